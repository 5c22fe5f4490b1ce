"""Round 22 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _ref(text: str) -> dict[str, str]:
    return SKILLS["referral"].extract(text)


def test_dental_eye_lactation_nuclear_and_respiratory_services_are_specialties() -> None:
    got = _ref("pediatric dentist to peds cards, 6M with a new murmur before GA for caries, routine")
    assert got.get("referring_specialty") == "Pediatric dentistry"
    assert got.get("receiving_specialty") == "Pediatric cardiology"
    got = _ref("optometrist to neuro-ophthalmology, 31F bilateral disc edema, headaches worse lying down, urgent")
    assert got.get("referring_specialty") == "Optometry"
    assert got.get("receiving_specialty") == "Neuro-ophthalmology"
    got = _ref("IBCLC to peds ENT, 6 day old with a tight tongue tie and poor latch, routine")
    assert got.get("referring_specialty") == "Lactation"
    assert "otolaryngology" in got.get("receiving_specialty", "").lower()
    got = _ref("nuclear medicine to uro onc, 70M new bone mets on bone scan, PSA 88, routine")
    assert got.get("referring_specialty") == "Nuclear medicine"
    assert got.get("receiving_specialty") == "Urologic oncology"
    got = _ref("respiratory therapist to sleep medicine, 58M loud snoring and desats to 82% overnight, routine")
    assert got.get("referring_specialty") == "Respiratory therapy"
    got = _ref("dentistry to pediatrician, 4F with a facial swelling and fever, urgent")
    assert got.get("referring_specialty") == "Dentistry"
    assert got.get("receiving_specialty") == "Pediatrics"


def test_the_writer_named_with_the_and_i_am_referring() -> None:
    got = _ref("As the community optometrist I am referring a 47 year old man to the glaucoma clinic. His pressures "
               "are 32 and 30 despite latanoprost.")
    assert "Optometry" in got.get("referring_specialty", "")
    assert "community optometrist" in got.get("referring_specialty", "")
    assert "Optometry" not in got.get("receiving_specialty", "")
    got = _ref("As the hospital dentist I am referring a 60 year old woman on zoledronate with exposed bone to oral surgery.")
    assert "hospital dentist" in got.get("referring_specialty", "")
    assert got.get("receiving_specialty") == "Oral and maxillofacial surgery"
    got = _ref("As the hospital nephrologist I am referring a 52 year old woman to urology for a staghorn stone.")
    assert got.get("referring_specialty") == "Nephrology (hospital nephrologist)"
    assert got.get("receiving_specialty") == "Urology"


def test_to_the_service_after_the_writer() -> None:
    got = _ref("exposed bone posterior mandible 8 wk, on IV zoledronate; lisinopril 10; dentistry to the oral surgery "
               "service for 71F: biopsy vs debridement? routine")
    assert got.get("referring_specialty") == "Dentistry"
    assert got.get("receiving_specialty", "").startswith("Oral and maxillofacial surgery")
    got = _ref("new AF on amiodarone; cardiology to the electrophysiology service for 64M: ablation? routine")
    assert got.get("referring_specialty") == "Cardiology"
    assert got.get("receiving_specialty", "").startswith("Cardiac electrophysiology")


def test_nkda_then_a_dash_is_not_a_label() -> None:
    got = _ref("PSA 12 rising, on finasteride 5; NKDA \u2014 urology to rad onc for 70M: salvage RT? routine")
    assert got.get("allergies") == "no known drug allergies"
    assert got.get("referring_specialty") == "Urology"
    assert got.get("receiving_specialty") == "Radiation oncology"
    got = _ref("NKDA: none")
    assert "allergies" in got


def _pi(text: str) -> dict[str, str]:
    return SKILLS["patient-instructions"].extract(text)


def _dc(text: str) -> dict[str, str]:
    return SKILLS["discharge-summary"].extract(text)


def test_a_visit_to_come_after_a_labelled_explanation_is_follow_up() -> None:
    got = _pi("blepharitis both eyes; explain: the lid edges are inflamed and crusty; warm compress 5 min twice a day; "
              "lid scrubs nightly; call if eye pain or vision change; lid recheck visit in 6 wk")
    assert got.get("follow_up") == "lid recheck visit in 6 wk"
    assert "recheck" not in got.get("warning_signs", "")
    got = _pi("new night splint for plantar fasciitis; explain: the tissue under the heel is strained; calf stretches 3x/day; "
              "orthotic check every 3 mo with the podiatrist")
    assert got.get("follow_up", "").startswith("orthotic check every 3 mo")


def test_a_service_and_its_interval_and_a_referral_made_go_on_the_visits() -> None:
    got = _pi("gout flare; explain: uric acid crystals in the big toe joint; colchicine 0.6 mg twice a day; call if diarrhea; "
              "rheum in 3 wk, dietitian referral sent")
    assert "rheum in 3 wk" in got.get("follow_up", "")
    assert "dietitian referral sent" in got.get("follow_up", "")
    got = _dc("same-day discharge after tonsillectomy, 7M; los 8 h; procedure: tonsillectomy; home w/ mom; "
              "post-op phone call tomorrow, ENT 2 wk, hearing recheck 3 mo")
    assert "ENT 2 wk" in got.get("follow_up", "")
    assert "hearing recheck 3 mo" in got.get("follow_up", "")


def test_then_and_the_next_interval_continue_the_visits() -> None:
    got = _dc("amblyopia episode, 6F; 5 visits; patching stopped; home w/ glasses; vision check 3 mo, then q6mo to age 9; "
              "nothing pending")
    assert "then q6mo to age 9" in got.get("follow_up", "")
    assert "q6mo" not in got.get("hospital_course", "")


def _app(text: str) -> dict[str, str]:
    return SKILLS["appeal"].extract(text)


def test_the_service_after_its_denial_of_is_what_is_appealed() -> None:
    got = _app("external review; Aetna upheld its denial of dupilumab 300 mg q2wk at both internal levels, case AET-55012; "
               "34F severe atopic dermatitis, EASI 31, failed tacrolimus and methotrexate")
    assert got.get("requested_service", "").startswith("dupilumab 300 mg q2wk")
    got = _app("I am a speech pathologist asking Cigna for a first-level review of their denial of twelve voice therapy "
               "sessions for a 44 year old teacher with vocal fold nodules")
    assert "twelve voice therapy sessions" in got.get("requested_service", "")
    assert "speech pathologist" not in got.get("requested_service", "")


def test_medicines_and_steps_typed_after_an_explanation_label_leave_it() -> None:
    got = _pi("new atrial fibrillation; explain: the upper chambers quiver so blood can pool and clot; apixaban 5 mg twice "
              "daily, metoprolol 25 mg twice daily; call if bleeding gums or black stools")
    assert "apixaban 5 mg" in got.get("medications", "")
    assert "apixaban" not in got.get("explanation", "")
    assert got.get("explanation", "").startswith("the upper chambers quiver")
    got = _pi("ingrown toenail removed today; explain: the edge of the nail was cut out and the root treated so it does not "
              "grow back; soak the toe in warm salt water 10 min twice a day; keep a dry bandage on, change it daily; "
              "call if red streaks")
    assert "soak the toe" in got.get("steps", "")
    assert "dry bandage" in got.get("steps", "")
    assert "soak" not in got.get("explanation", "")


def test_a_sentence_that_tells_why_stays_with_the_explanation() -> None:
    got = _pi("shingles; explain: the chickenpox virus woke up in a nerve; the rash usually crusts in 7-10 days; "
              "valacyclovir 1 g three times a day x7 d")
    assert "usually crusts" in got.get("explanation", "")
    assert "crusts" not in got.get("steps", "")


def test_no_medication_change_by_whom() -> None:
    got = _dc("hand therapy d/c, 52F s/p ORIF distal radius, 12 visits over 8 wk; grip 40% → 85% of other side; "
              "no med changes by hand therapy; NKDA; home program")
    assert got.get("meds_changed") == "no med changes by hand therapy"
    assert "meds_started" not in got
    got = _dc("low vision rehab episode 81M macular degeneration; 5 visits; magnifier + lighting taught; no meds from us; "
              "allergies none; home w/ wife")
    assert got.get("meds_changed") == "no meds from us"
    got = _dc("cellulitis L leg 66F, IV cefazolin 3 d then cephalexin; home meds unchanged; home")
    assert got.get("meds_changed") == "home meds unchanged"


def test_visits_dictated_as_a_sentence_with_spelled_out_intervals() -> None:
    got = _dc("Please write the discharge summary for a seventy year old woman admitted with a hip fracture; she leaves "
              "after six days. She had a hemiarthroplasty on day one. She goes home with her son. She will see the "
              "orthopedic surgeon in two weeks and her GP in six weeks.")
    assert "orthopedic surgeon in two weeks" in got.get("follow_up", "")
    assert "two weeks" not in got.get("procedures", "")
    got = _pi("Your daughter had her tonsils out today. Give ibuprofen every six hours for pain. Call us for bleeding. "
              "We will see her in three weeks, then at six months.")
    assert "in three weeks" in got.get("follow_up", "")
    assert "at six months" in got.get("follow_up", "")


def test_a_clinician_and_an_interval_is_a_visit() -> None:
    got = _dc("OT d/c summary, 45M, L flexor tendon repair; 10 visits over 10 wk; course: protected ROM, blocking "
              "exercises, scar massage; no med changes; plastic surgeon 6 wk, re-referral if stiffness returns")
    assert got.get("follow_up", "").startswith("plastic surgeon 6 wk")
    assert "surgeon 6 wk" not in got.get("hospital_course", "")


def test_the_plan_named_by_its_role_denied_the_service() -> None:
    got = _app("WC carrier Hartford denied lumbar MRI 72148 as 'no red flags', ref HF-UR-20931; 38M roofer fell 12 ft, "
               "L4 numbness; 1st level: pls overturn")
    assert got.get("requested_service", "").startswith("lumbar MRI")
    assert "lumbar MRI" not in got.get("denial_reason", "")


def test_refusal_to_cover_and_a_reference_inside_the_denial() -> None:
    got = _app("This goes to external review after Aetna upheld at both internal levels its refusal to cover "
               "burosumab, for a 9 year old with X-linked hypophosphatemia and rickets despite phosphate and calcitriol")
    assert got.get("requested_service", "").startswith("burosumab")
    got = _app("On behalf of a 30 year old woman with severe hidradenitis, I am asking Cigna to reconsider its denial "
               "(reference CG-44120981) of adalimumab 40 mg weekly, for Hurley stage II disease after failed doxycycline")
    assert got.get("requested_service", "").startswith("adalimumab 40 mg weekly")


def test_a_dose_changed_with_its_schedule_and_a_medicine_held_then_resumed() -> None:
    got = _dc("pyelonephritis 67F, AKI cr 2.3 → 1.1; ceftriaxone then cefpodoxime x10 d; gabapentin 300 tid → 100 tid; NKDA; home")
    assert got.get("meds_changed") == "gabapentin 300 tid → 100 tid"
    assert "gabapentin" not in got.get("meds_started", "")
    got = _dc("GI bleed 74M, EGD clip x2; pantoprazole 40 bid x8 wk; apixaban held 5 days then resume; NKDA; home")
    assert got.get("meds_changed") == "apixaban held 5 days then resume"
    assert "apixaban" not in got.get("meds_started", "")


def test_a_patient_named_by_family_role_or_with_a_spelled_out_age() -> None:
    got = _ref("I am referring a twenty-nine year old mother to psychiatry for low mood since her delivery.")
    assert got.get("patient") == "twenty-nine year old mother"
    got = _ref("Please see a 6 week old infant in pediatric surgery for projectile vomiting after every feed.")
    assert got.get("patient") == "6 week old infant"
    got = _ref("We are sending a two and a half year old boy to audiology for speech delay.")
    assert got.get("patient") == "two and a half year old boy"
    got = _ref("I am referring a sixty-one year old with new atrial fibrillation to cardiology.")
    assert got.get("patient") == "sixty-one year old"


def test_a_therapy_that_fell_short_is_what_was_tried() -> None:
    got = _ref("PT to ortho, 47F R shoulder pain 4 mo; 8 visits of rotator cuff strengthening w/o lasting benefit; "
               "NKDA; routine")
    assert "rotator cuff strengthening" in got.get("tried", "")
    got = SKILLS["prior-auth"].extract("lumbar fusion L4-5 for a 62 year old man with spondylolisthesis. "
                                       "His back pain was treated in the past with physical therapy and naproxen.")
    assert "physical therapy and naproxen" in got.get("prior_therapies", "")


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def test_the_service_after_a_review_of() -> None:
    got = _pa("Please ask Cigna for an expedited review of a laparoscopic sleeve gastrectomy, CPT 43775. The patient is a "
              "forty year old woman with a BMI of 44 and type 2 diabetes.")
    assert got.get("requested_service", "").startswith("laparoscopic sleeve gastrectomy")
    got = _pa("Humana, urgent review of an insulin pump, E0784, for a 19 year old woman with type 1 diabetes and "
              "recurrent severe hypoglycemia on multiple daily injections")
    assert got.get("requested_service", "").startswith("insulin pump")


def test_the_service_after_authorization_for() -> None:
    got = _pa("neurosurgery requesting authorization for transfer to a skilled nursing facility for a 79 year old man "
              "after a subdural evacuation who needs daily PT")
    assert got.get("requested_service", "").startswith("transfer to a skilled nursing facility")
