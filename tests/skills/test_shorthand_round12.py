"""Offline extraction, twelfth round: run-on lines cut by words that open a fact in one skill only (an
instruction's next step, a discharge's new medicine, condition and destination), a rebuttal said as the
denial being wrong, a referral said in prose, a visit with what is done there, an instruction's heading.
Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_run_on_discharge_is_cut_at_the_new_medicine_the_condition_and_the_clinic() -> None:
    got = ex("discharge-summary", "63M adm cellulitis R forearm dc dx cellulitis improving LOS 3 days IV cefazolin x3d "
                                  "started cephalexin 500 mg qid x7d stable afebrile walking home w/ wife "
                                  "PCP 1 wk wound check")
    assert "cephalexin 500 mg" in got["meds_started"]
    assert got["condition_at_discharge"].startswith("stable")
    assert "wife" in got["disposition"]
    assert "PCP 1 wk" in got["follow_up"]


def test_stable_after_in_or_was_stays_with_the_words_before_it() -> None:
    got = ex("discharge-summary", "Admitted for a gout flare of the knee. She was discharged in stable condition to home. PCP in 1 week.")
    assert got["disposition"] == "home"


def test_a_run_on_instruction_is_cut_at_its_next_step() -> None:
    got = ex("patient-instructions", "ankle sprain left grade 1 explain the ligament is stretched not torn "
                                     "ice 15 min every few hours walk as pain allows stop ibuprofen if stomach upset")
    steps = got["steps"]
    assert "ice 15 min" in steps and "walk as pain allows" in steps
    assert "walk" not in got["explanation"]


def test_an_instruction_heading_before_a_colon_is_the_condition() -> None:
    got = ex("patient-instructions", "s/p tonsillectomy: cold soft foods x1 wk, no straws, ibuprofen 10 mg/kg q6h prn, "
                                     "ER if bleeding from the mouth")
    assert got["condition"] == "s/p tonsillectomy"
    assert "cold soft foods" in got["steps"]
    got = ex("patient-instructions", "WHAT YOU HAVE: shingles on the left chest || TAKE: valacyclovir 1 g tid x7d")
    assert got.get("condition") != "WHAT YOU HAVE"


def test_a_rebuttal_said_as_the_denial_being_wrong() -> None:
    got = ex("appeal", "appeal to Cigna, denied ustekinumab for Crohn's as step therapy not met; "
                       "that step does not apply to him, he failed infliximab; 1st level, please overturn")
    assert "does not apply" in got["rebuttal"]
    got = ex("appeal", "Humana denied home sleep test as not medically necessary; this is not correct, "
                       "he has an AHI of 28 on a prior study; please overturn")
    assert "not correct" in got["rebuttal"]


def test_a_referral_in_prose_names_who_refers_and_to_whom() -> None:
    got = ex("referral", "Cardiology is asking hematology to see a 70 year old man with new thrombocytopenia "
                         "on apixaban. Is it safe to continue?")
    assert got["referring_specialty"].lower().startswith("cardiology")
    assert got["receiving_specialty"].lower().startswith("hematology")
    got = ex("referral", "I'm his nephrologist asking urology to see him for recurrent stones, routine")
    assert "nephrolog" in got["referring_specialty"].lower()
    assert got["receiving_specialty"].lower().startswith("urology")


def test_a_visit_and_its_interval_with_what_is_done_there_is_follow_up() -> None:
    got = ex("patient-instructions", "new hypothyroidism, levothyroxine 50 mcg every morning on an empty stomach, "
                                     "call if racing heart, endo 8 wk w/ TSH")
    assert "endo 8 wk w/ TSH" in got["follow_up"]


def test_a_reply_safety_net_typed_last_in_a_run_on_answer() -> None:
    got = ex("patient-message", "pt asks can he swim 1 week after his ear tube surgery answer keep ears dry for "
                                "2 weeks use earplugs after that call us for ear drainage that lasts more than 3 days")
    assert "ear drainage" in got["safety_net"]


def test_a_break_word_inside_a_sentence_does_not_cut_it() -> None:
    got = ex("patient-instructions", "nosebleed right side pinch the soft nose 10 min lean forward "
                                     "ER if bleeding wont stop after 20 min of pressure")
    assert "wont stop after 20 min" in got["emergency_signs"]
    got = ex("patient-message", "pt asks if she can take ibuprofen for her sprained wrist answer yes with food for up to "
                                "5 days and if the swelling gets worse she should call us the same day")
    assert "swelling gets worse she should call us" in got.get("safety_net", "") + got.get("answer_points", "")


def test_an_appeal_ask_typed_last_in_a_run_on_line() -> None:
    got = ex("appeal", "Wellcare denied lumbar MRI 72148 as no red flags but she has new foot drop and saddle numbness "
                       "first level please reverse")
    assert got["requested_action"].lower().startswith("reverse")
    got = ex("appeal", "Oscar denied apremilast for plaque psoriasis as must try methotrexate first but she has "
                       "cirrhosis so MTX is contraindicated 1st level approve apremilast 30 mg bid")
    assert got["requested_action"].lower().startswith("approve")


def test_why_the_patient_asks_stays_with_the_question() -> None:
    got = ex("patient-message", "A woman on warfarin wrote asking whether she can take turmeric capsules, because a "
                                "friend said they help joint pain. Please tell her turmeric can raise her INR and "
                                "bleeding risk, so we advise against it.")
    assert "because a friend said" in got["question"]
