"""Shorthand found missing on the third and fourth request sets (dev split).

Each request is new text written for this test, not an item of the evaluation sets.
"""
from __future__ import annotations

from bot.skills import SKILLS


def extract(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_labels_match_in_any_word_order_and_with_shorthand_words() -> None:
    got = extract("discharge-summary", "Pt: 52 y/o F | Admitting Dx: cellulitis L leg | Stopped Meds: naproxen | "
                                       "Condition: stable | Dispo: home")
    assert got["admission_diagnosis"] == "cellulitis L leg"
    assert got["meds_stopped"] == "naproxen"


def test_labels_after_a_dash_or_a_comma_start_a_segment() -> None:
    got = extract("referral", "From: Family medicine - To: Rheumatology - Pt: 40 yo F - Dx: inflammatory arthritis "
                              "- Question: start DMARD?")
    assert got["receiving_specialty"] == "Rheumatology"
    assert "inflammatory arthritis" in got["reason"]
    got = extract("patient-message", "pt seen last wk for bronchitis, q: still wheezy at night, is that expected? "
                                     "answer: yes for up to 3 wk, keep using the inhaler")
    assert got["question"].startswith("still wheezy")


def test_a_label_inside_a_run_of_clauses_lets_cued_clauses_go() -> None:
    got = extract("patient-message", "dad asks if 6yo can swim with ear tubes, answer: ok in a pool with no diving, "
                                     "use ear plugs in lakes, call if ear drainage or fever")
    assert "ok in a pool" in got["answer_points"]
    assert "ear drainage" in got["safety_net"] and "ear drainage" not in got["answer_points"]
    got = extract("referral", "45M to GI, dysphagia to solids x2 mo, allergy: codeine, needs EGD?, routine")
    assert got["urgency"] == "routine"
    assert "EGD" in got["clinical_question"]


def test_a_label_opening_a_sentence_covers_that_sentence_only() -> None:
    got = extract("discharge-summary", "66M adm for CHF exac. d/c dx: ADHF, AKI. diuresed 5 L; Cr 1.8→1.3. "
                                       "furosemide 40 bid started. stable. home. PCP 1 wk")
    assert "ADHF" in got["discharge_diagnoses"] and "diuresed" not in got["discharge_diagnoses"]
    assert "furosemide" in got["meds_started"]


def test_an_allergy_with_its_reaction_in_brackets() -> None:
    got = extract("discharge-summary", "59F adm pneumonia. LOS 3d. amoxicillin (hives). home")
    assert got["allergies"] == "amoxicillin (hives)"
    got = extract("discharge-summary", "59F adm pneumonia. LOS 3d. metoprolol stopped (hypotension). home")
    assert "metoprolol" in got.get("meds_stopped", "") and "allergies" not in got


def test_admitted_after_a_word_of_context_is_the_reason_for_admission() -> None:
    got = extract("discharge-summary", "30F G2 adm for preterm labor @33w. LOS 2d. betamethasone x2. home")
    assert "preterm labor" in got["admission_diagnosis"]


def test_the_request_itself_is_not_a_fact() -> None:
    got = extract("discharge-summary", "Please prepare a discharge summary for a 61-year-old woman admitted with "
                                       "a hip fracture. She went for ORIF on day one.")
    assert "hip fracture" in got["admission_diagnosis"]
    assert "summary" not in got["admission_diagnosis"]
    got = extract("prior-auth", "I am requesting authorization from Aetna for a knee brace, L1833, for a 50 yo M")
    assert got["requested_service"] == "a knee brace"


def test_denial_references_with_letters_and_words_before_them() -> None:
    for typed, ref in (("ref HUM-PA-20931:", "HUM-PA-20931"), ("reference number QX-5521907", "QX-5521907"),
                       ("the denial number is ZZ-14-0098", "ZZ-14-0098"), ("denial no. 88213409", "88213409")):
        got = extract("appeal", f"Aetna, {typed} denied lumbar MRI 72148, pls overturn")
        assert got["denial_reference"] == ref, typed


def test_a_plan_named_like_an_urgency_word_is_the_payer() -> None:
    got = extract("prior-auth", "Priority Health: adalimumab 40 mg q2wk for RA, failed methotrexate")
    assert got["payer"] == "Priority Health"
    assert "review_type" not in got


def test_dictated_discharge_summary() -> None:
    got = extract("discharge-summary",
                  "summary for a 4 day old baby girl we admitted with poor feeding, she stayed two nights, her sodium "
                  "was 149 so we're calling it hypernatremic dehydration, she's feeding well now, she will go home "
                  "with her grandmother and see the lactation nurse in two days")
    assert got["patient"] == "4-day-old girl"
    assert got["length_of_stay"] == "two nights"
    assert got["discharge_diagnoses"] == "hypernatremic dehydration"
    assert got["disposition"] == "home with her grandmother"
    assert "lactation nurse in two days" in got["follow_up"]
    assert "poor feeding" in got["admission_diagnosis"]


def test_medicines_stopped_in_a_sentence() -> None:
    got = extract("discharge-summary", "70M adm syncope. LOS 2d. His doxazosin was stopped because of orthostasis. "
                                       "stable. home")
    assert "doxazosin" in got["meds_stopped"]


def test_appeal_phrases_that_introduce_a_fact() -> None:
    got = extract("appeal", "Aetna denied her knee MRI, they said she had no trial of therapy but she did 8 weeks of PT, "
                            "I am enclosing the PT notes, I'd like them to reverse the denial")
    assert got["denial_reason"] == "she had no trial of therapy"
    assert "8 weeks of PT" in got["rebuttal"]
    assert "PT notes" in got["evidence"]
    assert "reverse the denial" in got["requested_action"]


def test_a_specialty_typed_with_its_setting_keeps_the_setting() -> None:
    got = extract("referral", "gen med res → A/I, 30F hives after peanut, ?testing")
    assert got["referring_specialty"] == "Internal medicine (gen med res)"
    assert got["receiving_specialty"] == "Allergy and immunology"


def test_a_labelled_appeal_level_reads_as_the_canonical_level() -> None:
    assert extract("appeal", "Payer: Cigna | Level: 2nd level | Service: CT chest")["appeal_level"] == "second-level internal"
    assert extract("appeal", "Payer: Medicare Part D – Redetermination | Level: first")["appeal_level"] == "first-level internal"
