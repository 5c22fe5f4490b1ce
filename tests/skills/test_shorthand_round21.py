"""Round 21 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _dc(text: str) -> dict[str, str]:
    return SKILLS["discharge-summary"].extract(text)


def test_no_medication_change_is_the_changed_medicines_line() -> None:
    got = _dc("shoulder PT d/c, 61M s/p RCR, 16 visits over 10 wk; flexion 90 → 160; no medication changes; NKDA; home program")
    assert got.get("meds_changed") == "no medication changes"
    assert "no medication changes" not in got.get("hospital_course", "")
    got = _dc("72F admitted w/ cellulitis L leg, cefazolin then cephalexin, no meds changed, home w/ daughter")
    assert got.get("meds_changed") == "no meds changed"
    assert "no meds changed" not in got.get("meds_started", "")


def test_no_medication_change_after_a_medicine_label() -> None:
    got = _dc("Pt:: 79M | Came for:: L knee OA, TKA | Meds:: PT made no med changes | Allergies:: sulfa (rash)")
    assert "no med changes" in got.get("meds_changed", "")
    assert "meds_started" not in got


def test_no_medication_change_inside_a_run_on_line() -> None:
    got = _dc("vestibular PT d/c 66F BPPV right posterior canal 3 visits Epley x2 symptoms resolved no med changes "
              "discharged home")
    assert got.get("meds_changed", "").startswith("no med changes")


def _pi(text: str) -> dict[str, str]:
    return SKILLS["patient-instructions"].extract(text)


def test_go_to_the_er_ends_a_run_on_call_line() -> None:
    got = _pi("wrist buckle fracture in a 7 year old explain the bone bent but did not break through wear the soft cast 3 weeks "
              "call if fingers tingle or the cast gets wet go to the ER for blue cold fingers or pain that keeps getting worse "
              "ortho clinic in 3 weeks")
    assert got.get("emergency_signs", "").startswith("go to the ER for blue cold fingers")
    assert "blue cold" not in got.get("warning_signs", "")
    got = _pi("preeclampsia watch at 34 weeks check BP twice a day call if BP over 150/100 go to labor and delivery for "
              "headache that will not go away or seeing spots OB in 3 days")
    assert "seeing spots" in got.get("emergency_signs", "")


def test_a_forbidden_activity_inside_a_run_on_instruction_line_is_avoid() -> None:
    got = _pi("shoulder dislocation reduced in the ED today explain the joint went back in but the capsule is stretched wear "
              "the sling 2 weeks pendulum swings twice a day no overhead reaching or throwing for 6 weeks no lifting more "
              "than a coffee cup call us if numb fingers ortho in 1 week")
    assert "overhead reaching" in got.get("avoid", "")
    assert "lifting more than a coffee cup" in got.get("avoid", "")
    assert "overhead" not in got.get("steps", "")
    got = _pi("type 1 diabetes sick day plan check sugar every 3 hours keep taking basal insulin never skip the long acting "
              "dose even if not eating call us if ketones moderate")
    assert "skip the long acting" in got.get("avoid", "")


def test_no_after_if_or_a_finding_is_not_avoid() -> None:
    got = _pi("toddler with a cold saline drops and suction before feeds humidifier at night call if no wet diaper in 8 hours "
              "or fever over 3 days ER for working hard to breathe")
    assert "avoid" not in got
    assert "no wet diaper" in got.get("warning_signs", "")
    got = _pi("wrist sprain from a fall skating yesterday no fracture on x-ray wear the splint for comfort ice 20 minutes "
              "3 times a day")
    assert "fracture" not in got.get("avoid", "")


def _msg(text: str) -> dict[str, str]:
    return SKILLS["patient-message"].extract(text)


def test_the_patients_words_after_how_they_came_in() -> None:
    got = _msg("A 52-year-old teacher on lisinopril wrote through the portal: my cough has gone on for a month, it is dry "
               "and worse at night, could it be the blood pressure pill? Please tell her that a dry cough is a known side "
               "effect and we will switch to losartan.")
    assert got["question"].startswith("my cough has gone on for a month")
    assert "could it be the blood pressure pill" in got["question"]
    got = _msg("hip OA pt messaged: can I still do yoga, and is the pigeon pose ok? → yes, gentle yoga is fine; skip deep "
               "hip flexion poses for now; call if the hip locks")
    assert got["question"].startswith("can I still do yoga")
    assert "pigeon pose" in got["question"]
    got = _msg("68F — Pt Msg>> my new hearing aids whistle when I hug my grandkids, is that broken? || Reply>> feedback "
               "when something is close to the mic is normal; bring them in if it happens all the time")
    assert got["question"].startswith("my new hearing aids whistle")


def _ref(text: str) -> dict[str, str]:
    return SKILLS["referral"].extract(text)


def test_what_the_patient_does_is_history_not_the_reason() -> None:
    got = _ref("occ health → pulm, 44M, retired coal miner, DOE x6 mo, FVC 62%, on albuterol prn, NKDA, routine")
    assert got.get("history") == "retired coal miner"
    assert "miner" not in got.get("reason", "")
    assert got.get("reason", "").startswith("DOE x6 mo")
    got = _ref("peds sports med → peds ortho: 15 yo F varsity volleyball, R shoulder pain x2 mo serving, MRI SLAP tear, "
               "tried PT x8 wk; routine")
    assert got.get("history") == "varsity volleyball"
    got = _ref("38F night-shift ICU nurse, migraines 12 days/mo despite topiramate 100, to neurology for CGRP mab, routine")
    assert "ICU nurse" in got.get("history", "")
    assert "nurse" not in got.get("reason", "")


def test_referred_for_or_came_in_for_is_the_admission_reason() -> None:
    got = _dc("pelvic health PT discharge 41 yo F referred for coccydynia after a fall on ice 12 visits over 10 weeks "
              "pain 7 to 1 sitting tolerance 2 hours discharged to home program")
    assert got.get("admission_diagnosis", "").startswith("coccydynia after a fall on ice")
    got = _dc("Pt - 70M | Came in for - L shoulder adhesive capsulitis | Visits - 14 over 10 wk | Allergy - NKDA")
    assert got.get("admission_diagnosis", "").startswith("L shoulder adhesive capsulitis")
    got = _dc("The cardiology service is discharging a 64-year-old man who came in with crushing chest pain and sweating; "
              "we are discharging him with inferior STEMI treated with a stent to the RCA; home")
    assert got.get("admission_diagnosis", "").startswith("crushing chest pain")


def test_a_referrals_ask_typed_late_in_a_run_on_line() -> None:
    got = _ref("rheumatology to pulmonology 61 yo F scleroderma with dry cough and DOE x5 mo FVC 64% DLCO 48% HRCT NSIP "
               "on mycophenolate 1500 bid NKDA please advise whether to add nintedanib routine")
    assert got.get("clinical_question", "").startswith("advise whether to add nintedanib")
    got = _ref("cards to EP 70M AF with tachy-brady pauses 4.2 s on Holter on metoprolol 25 bid allergic to amiodarone "
               "rash is he a candidate for pacemaker then ablation urgent")
    assert got.get("clinical_question", "").startswith("is he a candidate for pacemaker")
    assert got.get("urgency") == "urgent"


def test_would_like_you_to_names_the_ask() -> None:
    got = _ref("I'm her GP asking dermatology to see a 44-year-old woman with a changing mole on her back. It has grown "
               "to 8 mm with two colours. I would like you to excise it and tell us if she needs skin checks. Routine.")
    assert "excise it" in got.get("clinical_question", "")


def test_a_therapy_episodes_end_state_and_destination() -> None:
    got = _dc("OT discharge 9 yo M with handwriting delay 20 visits over 10 weeks legibility 40% to 85% no meds allergies "
              "none known goals met and independent with keyboarding discharged to school OT consult nothing pending")
    assert got.get("condition_at_discharge", "").startswith("goals met and independent with keyboarding")
    assert got.get("disposition", "").startswith("school OT consult")
    got = _dc("voice therapy d/c, 52F, vocal fold nodules, 8 sessions; doing well, voice rest no longer needed; home program")
    assert got.get("condition_at_discharge", "").startswith("doing well")


def test_home_typed_last_in_a_run_on_discharge_clause_is_where_the_patient_goes() -> None:
    got = _dc("48M pyelonephritis LOS 3d IV ceftriaxone then PO cefpodoxime 200 bid x7d home f/u PCP 1 wk urine cx pending")
    assert got.get("disposition") == "home"
    got = _dc("83F hip fx s/p hemiarthroplasty LOS 5d back to her nursing home, f/u ortho 2 wk")
    assert got.get("disposition", "") != "home"


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def test_prior_therapy_named_as_prior_is_a_therapy_tried() -> None:
    got = _pa("Cigna standard review for pelvic floor PT CPT 97110 8 visits for a 45 yo F with stress incontinence N39.3 "
              "leaks with coughing 4 pads a day prior therapy 3 months of home Kegel exercises without change")
    assert "home Kegel exercises" in got.get("prior_therapies", "")
    got = _pa("Humana, std; dupilumab 300 mg q2wk for atopic dermatitis L20.9; EASI 28; prior tx: tacrolimus oint 8 wk, "
              "NB-UVB 24 sessions")
    assert "tacrolimus" in got.get("prior_therapies", "")


def test_an_operation_to_come_is_context_not_the_reason() -> None:
    got = _ref("pre-op clinic to pulm: 70M for elective L TKA in 4 wk, home O2 2L at night, FEV1 41%, COPD on trelegy, "
               "q: optimize before surgery?")
    assert "TKA" in got.get("history", "")
    assert "TKA" not in got.get("reason", "")
    got = _ref("anesthesia to heme 52F before planned hysterectomy, heavy bleeding after dental extractions x2, "
               "PTT 44, q: vWD workup")
    assert "hysterectomy" in got.get("history", "")
    assert got.get("reason", "").startswith("heavy bleeding after dental extractions")


def test_no_medicine_needed_is_the_medicine_line_not_avoid() -> None:
    got = _pi("Please write instructions for a 30-year-old with a viral sore throat. Explain that antibiotics do not help "
              "viruses. No antibiotics are needed. Gargle salt water and rest. Call if not better in a week.")
    assert got.get("medications", "").startswith("No antibiotics are needed")
    assert "antibiotics are needed" not in got.get("avoid", "")
    got = _pi("mild concussion in a 12 yo; no medicine is being prescribed; rest from screens 2 days; no sports until cleared")
    assert "no medicine is being prescribed" in got.get("medications", "")
    assert "no sports until cleared" in got.get("avoid", "")


def test_instruction_verbs_start_a_step_in_a_run_on_line() -> None:
    got = _pi("sprained wrist ibuprofen 400 tid x5d elevate the arm on pillows ice 15 min")
    assert "elevate the arm on pillows" in got.get("steps", "")
    assert "elevate" not in got.get("medications", "")
    got = _pi("UTI cephalexin 500 bid x7d finish all of it even if better call if fever or back pain")
    assert got.get("steps", "").startswith("finish all of it")


def test_referred_for_as_a_label_is_the_admission_reason() -> None:
    got = _dc("Pt:: 70M | Referred for:: R shoulder pain after rotator cuff repair, sling off | Visits:: 12 over 8 wk | "
              "Allergies:: none")
    assert got.get("admission_diagnosis") == "R shoulder pain after rotator cuff repair, sling off"


def test_an_operation_named_with_its_day_is_a_procedure() -> None:
    got = _dc("61F adm w/ ruptured PCOM aneurysm SAH; coiling day 1; EVD placed day 0, weaned; nimodipine x21 d; "
              "LOS 14 d; home w/ husband; neurosurgery 4 wk")
    assert "coiling day 1" in got.get("procedures", "")
    assert "EVD placed day 0" in got.get("procedures", "")
    got = _dc("77M adm w/ diabetic foot infection; debridement of L 2nd toe day 2, bone cx MSSA; PICC placed day 4; "
              "cefazolin x6 wk; LOS 6 d; SNF")
    assert "debridement" in got.get("procedures", "")


def _appeal(text: str) -> dict[str, str]:
    return SKILLS["appeal"].extract(text)


def test_the_fact_a_denial_missed_is_the_rebuttal() -> None:
    got = _appeal("Aetna denied tocilizumab J3262 M31.6 'GCA not confirmed'; temporal artery biopsy is documented: "
                  "granulomatous arteritis, report attached, 1st level")
    assert "biopsy is documented" in got.get("rebuttal", "")
    got = _appeal("Humana denied mepolizumab J2182 J45.50 as eos too low; eos 380 is within the label range; "
                  "pls re-review")
    assert "eos 380 is within the label range" in got.get("rebuttal", "")


def test_a_safety_net_typed_last_in_a_run_on_reply() -> None:
    got = _msg("dad of a 6 year old with asthma asks if he can go to soccer camp tell him yes with albuterol 2 puffs 15 "
               "minutes before running and the inhaler with the coach keep the daily controller going if he is too "
               "breathless to talk or his lips look blue call 911")
    assert got.get("safety_net", "").startswith("if he is too breathless to talk")
    got = _msg("pt on warfarin asks if she can eat kale salads tell her yes keep the amount steady week to week we will "
               "check her INR next week if she sees black stools or bleeding that won't stop call us")
    assert got.get("safety_net", "").startswith("if she sees black stools")


def test_what_the_team_will_do_inside_a_run_on_reply() -> None:
    got = _msg("mom of a 4 yo asks if his eczema cream can go on his face tell her yes the hydrocortisone 1% twice a day "
               "for up to a week is fine on the face our nurse will call friday to see how it looks")
    assert got.get("next_steps", "").startswith("our nurse will call friday")
    assert "nurse will call" not in got.get("answer_points", "")


def test_an_emergency_line_typed_with_an_arrow() -> None:
    got = _pi("asthma flare, prednisone 40 mg x5 d; albuterol 4 puffs q4h prn; call → needing albuterol more than q4h; "
              "911 → can't speak in sentences, blue lips; PCP in 3 d")
    assert "blue lips" in got.get("emergency_signs", "")
    got = _pi("new insulin pump; check sugar 4x/day; urgent care/er if ketones large or vomiting twice; endo in 1 wk")
    assert "ketones large" in got.get("emergency_signs", "")


def test_an_occupation_typed_in_the_patient_label_is_history() -> None:
    got = _ref("From: occ health | To: pulmonology | Patient: 51M, retired welder | Problem: DOE x8 mo, FVC 71% | "
               "Urgency: routine")
    assert got.get("history") == "retired welder"
    assert "welder" not in got.get("patient", "")
