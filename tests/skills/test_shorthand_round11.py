"""Offline extraction, eleventh round: general mechanisms for writers the rules had not seen (run-on lines
cut at the cue that opens the next fact, facts phrased as sentences, the ask typed last). Example phrases
are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_run_on_line_is_cut_where_an_explanation_or_a_discharge_diagnosis_opens() -> None:
    got = ex("patient-instructions", "kidney stone 6 mm left ureter explain the stone usually passes on its own in two "
                                     "to three weeks tamsulosin 0.4 mg nightly drink 3 L water a day")
    assert "usually passes" in got["explanation"]
    assert "usually passes" not in got["condition"]
    got = ex("discharge-summary", "66M adm cellulitis L leg dc dx cellulitis resolving, venous stasis; LOS 3d; home")
    assert "venous stasis" in got["discharge_diagnoses"]
    assert "resolving" not in got["admission_diagnosis"]


def test_a_lone_q_in_a_run_on_referral_opens_the_question() -> None:
    got = ex("referral", "neuro to sleep med 44M narcolepsy suspected ESS 17 MSLT not done on modafinil 200 daily "
                         "q is an MSLT still worth doing on modafinil")
    assert "MSLT still worth doing" in got["clinical_question"]


def test_a_cue_word_typed_last_is_said_of_the_words_before_it() -> None:
    got = ex("discharge-summary", "59F adm pyelonephritis LOS 3d urine culture sensitivities pending")
    assert "urine culture" in got["pending_results"]
    assert "LOS" not in got["admission_diagnosis"] and "culture" not in got["admission_diagnosis"]
    got = ex("discharge-summary", "72M admitted with gout flare, LOS 2d, home. The uric acid level is still pending.")
    assert got["pending_results"] == "The uric acid level"
    # an ask typed last keeps its own clause
    got = ex("appeal", "Cigna denied sleep study 95810 saying home test first but he uses oxygen at night first level please overturn")
    assert "overturn" in got.get("requested_action", "")


def test_diagnoses_condition_and_destination_dictated_as_sentences() -> None:
    got = ex("discharge-summary", "This 70-year-old man was admitted with a cough and fever. We are discharging him with "
                                  "right lower lobe pneumonia. He stayed four days. His condition is good. Disposition is "
                                  "home with his son. He will see his family doctor in one week.")
    assert "pneumonia" in got["discharge_diagnoses"]
    assert got["condition_at_discharge"] == "good"
    assert "home with his son" in got["disposition"]


def test_a_templates_plain_words_label_a_discharge_summary() -> None:
    got = ex("discharge-summary", "Who: 52 F | In for: chest pain | Out with: costochondritis | Stay: 1 d | To: home | "
                                  "Next: PCP 1 wk")
    assert got["admission_diagnosis"] == "chest pain"
    assert got["discharge_diagnoses"] == "costochondritis"
    assert got["disposition"] == "home"
    assert "PCP 1 wk" in got["follow_up"]


def test_labelled_review_types_and_bare_appeal_levels_take_their_canonical_names() -> None:
    got = ex("prior-auth", "PLAN: Aetna | PRIORITY: urgent review | DRUG: dupilumab 300 mg q2wk | DX: atopic dermatitis")
    assert got["review_type"] == "expedited"
    got = ex("appeal", "Carrier:: Cigna // Appeal lvl:: 2 // Svc:: knee MRI // Denied because:: no x-ray first")
    assert got["appeal_level"] == "second-level internal"


def test_a_reply_typed_first_then_who_asked_and_what() -> None:
    got = ex("patient-message", "yes the rash is a common side effect, stop the amoxicillin and take cetirizine 10 mg daily; "
                                "call if lips swell; ER if trouble breathing — that's my reply to a mom who asked via portal: "
                                "my son has red spots after his antibiotic, should he stop it?")
    assert got["question"].startswith("my son has red spots")
    assert "rash is a common side effect" in got["answer_points"]
    # a request that opens with "reply to ..." is in the usual order
    got = ex("patient-message", "draft a reply to a patient who wrote asking if she can fly after her knee scope, "
                                "tell her yes after one week, walk the aisle every hour")
    assert "fly" in got["question"]
