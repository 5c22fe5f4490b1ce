"""Offline extraction, fifteenth round: a stay typed as a bare number of days or said as "leaves after", a
supply typed after its code ("A5500 x1 pair", "22514 x1"), a code with its modifier or in lower case, counts
of treatments and devices, "every other month", a request for approval from a plan; an allergy said as a sentence ("aspirin gave him
hives", "contrast → mild rash", "allergic to X, which made him ..."); writers named by role (podiatrist, physiatrist,
"I'm the allergist", "IR here:"), a consult sent on ("PM&R consult to neuropsychology"), "→ ED", and "surgery" as
an operation. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_number_of_days_alone_in_a_discharge_line_is_the_stay() -> None:
    got = ex("discharge-summary", "62M adm w/ pyelonephritis, dc dx E coli pyelo resolved, AKI resolved; 4 days; "
                                  "ceftriaxone then cefpodoxime; home w/ wife; PCP 1 wk")
    assert got["length_of_stay"] == "4 days"
    assert "4 days" not in got.get("follow_up", "")


def test_a_stay_of_nights_and_days_with_hours_in_brackets_is_the_stay() -> None:
    got = ex("discharge-summary", "31F adm w/ angioedema, dc dx ACE inhibitor angioedema, 2 nights + 1 day (~40 h); "
                                  "lisinopril stopped; home")
    assert got["length_of_stay"].startswith("2 nights + 1 day")


def test_leaves_after_a_number_of_days_is_the_stay() -> None:
    got = ex("discharge-summary", "This fifty year old woman was admitted with a small bowel obstruction and leaves "
                                  "after six days with the diagnosis of adhesive obstruction, resolved without surgery.")
    assert got["length_of_stay"] == "six days"


def test_a_labelled_count_of_days_is_the_stay() -> None:
    got = ex("discharge-summary", "Pt: 70 F | Dx: hip fracture s/p hemiarthroplasty | Days in hospital- 12 days | "
                                  "Dispo: SNF")
    assert got["length_of_stay"] == "12 days"


def test_stay_typed_in_a_run_on_discharge_line_is_the_stay() -> None:
    got = ex("discharge-summary", "55 yo F admitted with cellulitis R leg discharge diagnoses cellulitis resolving "
                                  "stay 3 days IV cefazolin then cephalexin home")
    assert got["length_of_stay"] == "3 days"


def test_a_supply_typed_after_its_code_is_the_quantity() -> None:
    got = ex("prior-auth", "aetna, std - custom foot orthotics l3000 x2 pairs/yr for 58 f plantar fasciitis + "
                           "pes planus, failed otc inserts")
    assert got["quantity"] == "x2 pairs/yr"
    assert "l3000" in got["service_codes"].lower()


def test_a_single_procedure_after_its_code_is_the_quantity() -> None:
    got = ex("prior-auth", "vertebroplasty t12, cpt 22510 x1, 81 m osteoporotic fx, failed brace, humana expedited")
    assert got["quantity"] == "x1"
    assert got["service_codes"] == "22510"


def test_a_code_typed_with_its_modifier_is_kept_whole() -> None:
    got = ex("prior-auth", "genicular nerve rfa bilat, cpt 64624-50, 71 f knee oa, failed pt + injections, cigna std")
    assert got["service_codes"] == "64624-50"


def test_a_count_of_treatments_or_devices_is_the_quantity() -> None:
    got = ex("prior-auth", "TARE right lobe for HCC, 79445, x1 treatment, Aetna, expedited")
    assert got["quantity"] == "x1 treatment"
    got = ex("prior-auth", "knee scooter E0118 for 40 F non-weight-bearing after ORIF, BCBS standard review 1 device")
    assert got["quantity"] == "1 device"


def test_sessions_counted_in_words_with_their_length_are_the_quantity() -> None:
    got = ex("prior-auth", "Hyperbaric oxygen, thirty sessions of ninety minutes at 2.0 atmospheres, for a man with "
                           "radiation cystitis, Cigna, standard review")
    assert got["quantity"] == "thirty sessions of ninety minutes at 2.0 atmospheres"


def test_every_other_month_is_a_schedule() -> None:
    got = ex("prior-auth", "faricimab 6 mg intravitreal OD, every other month, for wet AMD, UHC standard")
    assert got["quantity"] == "every other month"


def test_request_approval_from_a_plan_opens_the_request() -> None:
    got = ex("prior-auth", "Please request approval from Cigna for teprotumumab infusions for thyroid eye disease, "
                           "standard review")
    assert got["requested_service"].startswith("teprotumumab")
    assert got["payer"] == "Cigna"


def test_an_agent_that_gave_the_patient_a_reaction_is_an_allergy() -> None:
    got = ex("referral", "to GI 50M dysphagia, EGD pending. Naproxen gave him hives. q: EoE workup, routine")
    assert got["allergies"] == "Naproxen gave him hives"


def test_a_side_effect_that_stopped_a_medicine_is_not_an_allergy() -> None:
    got = ex("referral", "to cardiology 61F HTN uncontrolled; amlodipine gave her a rash and she stopped it; NKDA; routine")
    assert "amlodipine" not in got.get("allergies", "")


def test_an_agent_and_a_graded_reaction_after_an_arrow_is_an_allergy() -> None:
    got = ex("referral", "to IR 70M for port placement; on warfarin; iodinated contrast → mild hives; q: bridging?")
    assert got["allergies"] == "iodinated contrast → mild hives"
    got = ex("referral", "to allergy 35F asthma; naproxen 500 → wheeze + flushing in 20 min; q: AERD? routine")
    assert got["allergies"].startswith("naproxen 500 → wheeze")


def test_what_an_allergy_did_goes_on_after_its_comma() -> None:
    got = ex("discharge-summary", "A sixty year old man admitted with pneumonia. He is allergic to ceftriaxone, "
                                  "which gave him a rash. He goes home with his wife.")
    assert got["allergies"] == "allergic to ceftriaxone, which gave him a rash"
    got = ex("discharge-summary", "72F adm w/ CHF exacerbation; allergic to sulfa, with hives; stable; home")
    assert got["allergies"] == "allergic to sulfa, with hives"


def test_writers_named_by_their_role_are_the_referring_specialty() -> None:
    got = ex("referral", "I'm a physiatrist asking neurology to see a 40 yo man with new foot drop after a fall, routine")
    assert got["referring_specialty"] == "Physical medicine and rehabilitation"
    assert got["receiving_specialty"] == "Neurology"
    got = ex("referral", "I'm the podiatrist, sending 66M to vascular surgery for rest pain L foot, ABI 0.4; urgent")
    assert got["referring_specialty"] == "Podiatry"
    assert got["receiving_specialty"] == "Vascular surgery"


def test_a_service_saying_here_after_the_story_is_the_writer() -> None:
    got = ex("referral", "liver mets from colon ca, 3 lesions; on FOLFOX; NKDA — IR here: can hepatobiliary surgery "
                         "see this 59F for resection? routine")
    assert got["referring_specialty"] == "Interventional radiology"
    assert got["receiving_specialty"] == "Hepatobiliary surgery"


def test_a_consult_sent_on_to_another_service() -> None:
    got = ex("referral", "inpatient rehab PM&R consult to neuropsych for capacity testing 70M after stroke, routine")
    assert got["referring_specialty"].startswith("Physical medicine and rehabilitation")
    assert got["receiving_specialty"] == "Neuropsychology"


def test_an_arrow_to_the_ed_sends_the_patient_there() -> None:
    got = ex("referral", "ophtho → ed now: 80F sudden vision loss OS 2 h, afib off warfarin; emergent")
    assert got["referring_specialty"] == "Ophthalmology"
    assert got["receiving_specialty"] == "Emergency department"


def test_an_operation_named_with_surgery_is_not_general_surgery() -> None:
    got = ex("referral", "to ENT 45F chronic sinusitis w/ polyps, no prior sinus surgery, failed INCS x3 mo; routine")
    assert got["receiving_specialty"] == "Otolaryngology (ENT)"


def test_a_cue_followed_by_a_comma_still_opens_its_fact() -> None:
    got = ex("discharge-summary", "58M adm w/ CAP, dc dx CAP resolved; los 3 days; allergies: PCN (rash); "
                                  "stable, afebrile, on room air; home w/ wife")
    assert got["condition_at_discharge"].startswith("stable")
    assert "stable" not in got["allergies"]


def test_visits_typed_after_a_labelled_allergy_are_the_follow_up() -> None:
    got = ex("discharge-summary", "66F adm w/ COPD flare; dc dx AECOPD; allergies: sulfa (hives); "
                                  "pulm clinic 2 wk, pcp 1 wk; nothing pending")
    assert got["allergies"] == "sulfa (hives)"
    assert "pulm clinic 2 wk" in got["follow_up"]
    assert got["pending_results"] == "nothing pending"


def test_visits_in_a_run_on_discharge_line_are_the_follow_up() -> None:
    got = ex("discharge-summary", "70 yo M admitted with cellulitis L foot discharge diagnoses cellulitis resolving "
                                  "stay 4 days IV cefazolin then cephalexin home with wife podiatry 1 week "
                                  "ID 2 weeks nothing pending")
    assert got["follow_up"].startswith("podiatry 1 week")
    assert got["pending_results"] == "nothing pending"


def test_a_service_and_its_interval_in_a_run_on_instruction_is_the_follow_up() -> None:
    got = ex("patient-instructions", "new bee sting allergy for 30 yo man carry two epinephrine pens at all times "
                                     "allergy clinic 6 weeks for venom testing")
    assert got["follow_up"] == "allergy clinic 6 weeks for venom testing"


def test_a_ward_stay_typed_first_is_not_a_visit() -> None:
    got = ex("discharge-summary", "22F inpt psych 7 days for depression with SI, started sertraline 50, home w/ parents")
    assert "psych 7 days" not in got.get("follow_up", "")
