"""Offline extraction, tenth round: a diagnosis typed with its own commas, and the other rules added this
round. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_an_admission_diagnosis_goes_on_over_its_commas() -> None:
    got = ex("discharge-summary", "81F syncope, orthostatic, on tamsulosin, LOS 2d, tamsulosin stopped, home, pcp 1 wk")
    assert "syncope" in got["admission_diagnosis"] and "orthostatic" in got["admission_diagnosis"]
    assert "LOS" not in got["admission_diagnosis"] and "home" not in got["admission_diagnosis"]
    got = ex("discharge-summary", "47M adm septic arthritis, R knee, MSSA, washout HD1, cefazolin IV x2 wk via PICC, LOS 6d, home")
    assert "R knee" in got["admission_diagnosis"]
    assert "washout" not in got["admission_diagnosis"] and "cefazolin" not in got["admission_diagnosis"]


def test_a_condition_named_first_goes_on_over_its_commas() -> None:
    got = ex("patient-instructions", "wrist sprain, left, mild. ice 20 min 3x/d, splint 1 wk. call if numb fingers. f/u 2 wk")
    assert "left" in got["condition"] and "mild" in got["condition"]
    assert "ice" not in got["condition"]
    # a first clause that is a sentence is not continued
    got = ex("patient-instructions", "toddler with hand foot mouth disease from daycare, fluids, popsicles, call if no wet diaper 8h")
    assert "popsicles" not in got["condition"]


def test_a_medicare_redetermination_and_an_ext_review_are_appeal_levels() -> None:
    got = ex("appeal", "Medicare (Palmetto) redetermination, denied home hospital bed E0260 as convenience item, 88F, "
                       "cannot turn without rails, pls reverse")
    assert got["appeal_level"] == "first-level internal"
    got = ex("appeal", "Anthem ext review after 2 internal denials, denied gender-affirming mastectomy 19303, request IRO review")
    assert got["appeal_level"] == "external review"


def test_what_the_plan_said_after_the_denied_service_is_the_reason_and_a_but_is_the_rebuttal() -> None:
    got = ex("appeal", "Humana denied knee MRI 73721 said xrays first but xrays done 3 wk ago show effusion only "
                       "1st level")
    assert "xrays first" in got["denial_reason"]
    assert "xrays done 3 wk ago" in got["rebuttal"]
    assert "knee MRI" in got["requested_service"]
    got = ex("appeal", "Aetna denied home infusion of IV abx says can take oral, 2nd level, pls overturn")
    assert "can take oral" in got["denial_reason"]


def test_a_count_typed_in_words_is_the_quantity() -> None:
    got = ex("prior-auth", "Freestyle Libre 3 for 58F T2DM on basal-bolus insulin E11.65, two sensors a month, Humana, std")
    assert "two sensors a month" in got["quantity"]
    got = ex("prior-auth", "in-lab PSG 95810 for 9yo snoring + pauses, Cigna, one night, routine")
    assert "one night" in got["quantity"]
    got = ex("prior-auth", "ursodiol 300 mg, one capsule twice a day, PBC K74.3, failed nothing yet, Aetna")
    assert "one capsule twice a day" in got["quantity"]


def test_a_pack_then_fills_is_the_quantity() -> None:
    got = ex("prior-auth", "edoxaban starter pack then 30d fills x2 for 66F PE I26.99, Cigna, expedited")
    assert got["quantity"] == "starter pack then 30d fills x2"
    assert "starter" not in got.get("requested_service", "")


def test_frequencies_in_words_and_dose_titrations_are_the_quantity() -> None:
    got = ex("prior-auth", "ustekinumab 390 mg IV induction then 90 mg SC q8wk, UC K51.90, failed vedolizumab, Anthem")
    assert got["quantity"] == "390 mg IV induction then 90 mg SC q8wk"
    got = ex("prior-auth", "guselkumab 100 mg SC wk0, wk4, then q8wk for 44M psoriasis L40.0, failed MTX, BCBS")
    assert "wk0, wk4, then q8wk" in got["quantity"]
    got = ex("prior-auth", "zoledronic acid 5 mg IV every twelve months for osteoporosis M81.0, fx on alendronate, "
                           "Medicare, std")
    assert got["quantity"] == "every twelve months"


def test_a_reply_clause_with_a_visit_set_up_is_a_next_step() -> None:
    got = ex("patient-message", "pt asks if the cough after her cold is normal. tell her a cough can last 3 wk after a virus, "
                                "honey helps. we'll see her in 2 weeks if the cough lingers. ER if short of breath")
    assert "we'll see her" in got["next_steps"]
    got = ex("patient-message", "mom asks if his eczema cream can be used on the face. tell her yes, thin layer bid x1 wk. "
                                "I'd like him to come in for a skin check next month")
    assert "come in for a skin check" in got["next_steps"]


def test_a_next_step_with_to_in_it_is_not_a_dose_change() -> None:
    got = ex("patient-message", "pt asks whether to keep taking lisinopril with the cough. tell him it is likely the cause. "
                                "the pharmacist will call him today to switch to losartan")
    assert "pharmacist will call him today" in got["next_steps"]


def test_instructions_asked_for_by_topic_name_the_condition_the_patient_has() -> None:
    got = ex("patient-instructions", "instructions on foot care for pt with diabetic neuropathy, check feet daily, call if sore")
    assert got["condition"].startswith("diabetic neuropathy") and "foot care" in got["condition"]
    assert "check feet daily" in got["steps"]
    got = ex("patient-instructions", "instructions on low salt diet for 67M w/ HFpEF: <2g Na, weigh daily, call if wt up 3 lb")
    assert got["condition"].startswith("HFpEF") and "<2g Na" in got["steps"]
    got = ex("patient-instructions", "Please write instructions for a 40-year-old man who is starting allopurinol for gout. "
                                     "Take it every day even without pain.")
    assert got["condition"].startswith("gout")
    got = ex("patient-instructions", "inhaler technique for a 9yo with persistent asthma. rinse mouth after ICS. ER if can't talk")
    assert "rinse mouth" in got["steps"] and "rinse" not in got["condition"]


def test_an_appeals_ask_at_the_end_of_a_run_on_line_is_the_requested_action() -> None:
    got = ex("appeal", "Cigna denied knee MRI 73721 as no PT tried but PT x6 wk done no relief 2nd level overturn")
    assert got["requested_action"] == "overturn"
    got = ex("appeal", "Aetna denied Nucala J2182 eos too low, eos 410 on repeat CBC pls re-review w/ new labs")
    assert "re-review" in got["requested_action"]
