"""The checks that stand between a model's output and a clinician."""
from __future__ import annotations

from bot.skills.output_checks import check_output, fact_present, new_identifiers


def test_fact_present_keeps_numbers_exact_and_allows_light_paraphrase():
    fact = "Lisinopril 20 mg daily"
    assert fact_present(fact, "She takes lisinopril 20 mg once daily.")
    assert fact_present(fact, "- LISINOPRIL 20 MG DAILY")
    assert not fact_present(fact, "She takes lisinopril 40 mg daily (20 pack-years).")
    assert not fact_present(fact, "She takes lisinopril daily.")
    assert fact_present("M54.16", "ICD-10-CM: M54.16 (radiculopathy, lumbar)")
    assert not fact_present("M54.16", "ICD-10-CM: M54.1")
    assert fact_present("urgent", "Urgency: urgent")
    assert not fact_present("urgent", "Urgency: routine")
    assert fact_present(
        "Exertional chest tightness relieved by rest", "chest tightness on exertion, relieved with rest"
    )
    assert not fact_present("Exertional chest tightness relieved by rest", "shortness of breath")


def test_check_output_reports_labels_and_categories_only():
    source = "Medications: warfarin 5 mg daily\nAllergies: none"
    text = "Warfarin 5 mg daily. Call Ms. Reyes on 555-201-4477."
    problems = check_output(
        text, facts=[("Medications", "warfarin 5 mg daily"), ("Allergies", "none")],
        source=source, max_chars=20,
    )
    assert problems == [
        "required fact missing from the draft: Allergies",
        "the draft contains a name that was not in the input",
        "the draft contains a phone number that was not in the input",
        "the draft is longer than 20 characters",
    ]
    assert check_output("   ", facts=[], source=source) == ["the draft is empty"]


def test_identifiers_in_the_source_pass_whatever_their_formatting():
    source = "Referring: Dr. Okafor, (617) 555-0199, referrals@example-clinic.org"
    text = "Dr Okafor can be reached at 617.555.0199 or REFERRALS@example-clinic.org"
    assert new_identifiers(text, source) == []
    assert {f.category for f in new_identifiers("Dr. Adeyemi", source)} == {"name"}


def test_clinical_numbers_are_not_mistaken_for_identifiers():
    text = (
        "HbA1c 7.4%; LDL 96 mg/dL; BP 150/90; creatinine 1.6 mg/dL; ICD-10-CM M54.16; CPT 72148; "
        "amoxicillin-clavulanate 875/125 mg twice daily; call 911"
    )
    assert new_identifiers(text, "") == []
