"""Free text to fields, and the validation messages a clinician sees."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.skills import SKILLS

REFERRAL = SKILLS["referral"]
PRIOR_AUTH = SKILLS["prior-auth"]
DISCHARGE = SKILLS["discharge-summary"]


def test_labels_names_and_aliases_case_insensitive():
    values = REFERRAL.extract(
        "Receiving specialty: Cardiology; URGENCY: URGENT; Meds: aspirin 81 mg daily; "
        "referring_specialty: primary care; Allergies: none known"
    )
    assert values == {
        "receiving_specialty": "Cardiology",
        "urgency": "urgent",  # canonical spelling of the choice
        "medications": "aspirin 81 mg daily",
        "referring_specialty": "primary care",
        "allergies": "none known",
    }


def test_leftover_text_goes_to_the_field_its_shorthand_names():
    values = REFERRAL.extract("exertional chest tightness for 3 weeks; to: cardiology")
    assert values["reason"] == "exertional chest tightness for 3 weeks"
    assert values["receiving_specialty"] == "cardiology"
    values = PRIOR_AUTH.extract("failed two biologics; icd10: L40.0")
    assert values["prior_therapies"] == "failed two biologics"


def test_leftover_joins_an_explicit_main_field():
    values = REFERRAL.extract("chest tightness; reason: worse on hills")
    assert values["reason"] == "worse on hills\nchest tightness"


def test_keyed_value_runs_until_next_key():
    values = REFERRAL.extract(
        "to: cardiology; meds: metformin 1000 mg twice daily; lisinopril 20 mg daily; "
        "allergies: penicillin"
    )
    assert values["medications"] == "metformin 1000 mg twice daily; lisinopril 20 mg daily"
    assert values["allergies"] == "penicillin"
    assert "reason" not in values


def test_newlines_separate_fields_and_continue_multiline_values():
    text = (
        "Pneumonia treated with antibiotics\n"
        "Diagnoses:\n"
        "Community-acquired pneumonia\n"
        "Type 2 diabetes\n"
        "Pending: blood cultures\n"
        "Results pending at discharge: sputum culture\n"
    )
    values = DISCHARGE.extract(text)
    # the first line names the diagnosis, then the course ("Pneumonia" | "treated with antibiotics")
    assert values["admission_diagnosis"] == "Pneumonia" and values["hospital_course"] == "treated with antibiotics"
    assert values["discharge_diagnoses"] == "Community-acquired pneumonia\nType 2 diabetes"
    assert values["pending_results"] == "blood cultures\nsputum culture"


def test_colons_inside_values_are_kept():
    values = REFERRAL.extract("results: ECG: sinus rhythm; BP: 150/90; allergies: nil")
    assert values["results"] == "ECG: sinus rhythm; BP: 150/90"
    assert REFERRAL.extract("BP: 150/90 on three visits") == {"reason": "BP: 150/90 on three visits"}


def test_empty_and_unknown_values_are_dropped():
    assert REFERRAL.extract("") == {}
    assert REFERRAL.extract("  ;  \n ; ") == {}
    assert REFERRAL.extract("to: ; urgency: routine") == {"urgency": "routine"}


def test_missing_lists_required_fields_in_order():
    values = REFERRAL.extract("chest pain; to: cardiology")
    names = [f.name for f in REFERRAL.missing(values)]
    assert names == ["patient", "referring_specialty", "urgency", "clinical_question",
                     "medications", "allergies"]


def test_validation_messages():
    values = dict(PRIOR_AUTH.sample)
    assert PRIOR_AUTH.validate(values) == {}
    errors = PRIOR_AUTH.validate({**values, "icd10_codes": "diabetes", "service_codes": "MRI"})
    assert "E11.9" in errors["icd10_codes"]
    assert "CPT" in errors["service_codes"]
    errors = PRIOR_AUTH.validate({**values, "review_type": "asap", "payer": ""})
    assert errors["review_type"] == "Review type must be one of: standard, expedited."
    assert errors["payer"] == "Payer or health plan is required."
    long = "x" * 3001
    errors = PRIOR_AUTH.validate({**values, "medical_necessity": long})
    assert "too long" in errors["medical_necessity"] and "3000" in errors["medical_necessity"]


def test_code_lists_accept_common_ways_of_writing_them():
    ok = [
        "E11.9", "E11.9, I10", "M54.16 (lumbar radiculopathy); E66.01", "e11.65",
        "E11.65 - type 2 diabetes with hyperglycemia", "U07.1",
    ]
    for codes in ok:
        assert "icd10_codes" not in PRIOR_AUTH.validate({**PRIOR_AUTH.sample, "icd10_codes": codes})
    for codes in ["E1", "11.9", "E11.9 and I10", "diabetes", "E11.12345"]:
        assert "icd10_codes" in PRIOR_AUTH.validate({**PRIOR_AUTH.sample, "icd10_codes": codes}), codes
    for codes in ["72148", "J1745", "99213, 0518F", "12345-6789-01", "72148 (MRI lumbar spine)"]:
        assert "service_codes" not in PRIOR_AUTH.validate({**PRIOR_AUTH.sample, "service_codes": codes})
    for codes in ["7214", "MRI", "721480"]:
        assert "service_codes" in PRIOR_AUTH.validate({**PRIOR_AUTH.sample, "service_codes": codes}), codes


def test_every_field_declares_what_a_form_needs():
    for skill in SKILLS.values():
        assert skill.fields and skill.main_field
        for f in skill.fields:
            assert f.label and f.max_length > 0
            # limits every form renderer can honour (chat modals cap inputs at 3000, placeholders at 150)
            assert f.max_length <= 3000 and len(f.placeholder) <= 150 and len(f.label) <= 100
            assert f.name.isidentifier()
            if f.choices:
                assert len(set(f.choices)) == len(f.choices)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b", " ", ":", ";", "\n", "meds", "to", "urgency", "Allergies", "É"]),
        max_size=40,
    ).map("".join)
)
def test_extract_never_fails_and_returns_known_nonempty_fields(text):
    for skill in SKILLS.values():
        values = skill.extract(text)
        assert set(values) <= {f.name for f in skill.fields}
        assert all(v == v.strip() and v for v in values.values())
