"""The detector finds each of the 18 identifier kinds and leaves clinical shorthand alone."""
from __future__ import annotations

import pytest

from bot.phi.detector import CATEGORIES, PhiSpan, find_phi
from bot.phi.redact import redact

# (message, category, value) - one or more per HIPAA category; invented patients only.
CATEGORY_EXAMPLES = [
    ("pt Deshawn Carter came in with chest pain", "NAME", "Deshawn Carter"),
    ("Mr. Okafor refused the CT", "NAME", "Okafor"),
    ("daughter Priya is the HCP", "NAME", "Priya"),
    ("discussed with dr healey this am", "NAME", "healey"),
    ("Marie Munroe, RN", "NAME", "Marie Munroe"),
    ("transferred from Calvert Hospital overnight", "LOCATION", "Calvert"),
    ("lives at 418 Maple Ridge Rd with her son", "LOCATION", "418 Maple Ridge Rd"),
    ("home health in Baltimore, MD 21201", "LOCATION", "21201"),
    ("DOB 3/4/61, allergic to PCN", "DATE", "3/4/61"),
    ("admitted January 12, 2024 with sepsis", "DATE", "January 12, 2024"),
    ("cath on 7/22 showed 3VD", "DATE", "7/22"),
    ("she is a 93 yo woman with afib", "AGE", "93 yo"),
    ("call her cell (617) 555-0142 after 5", "PHONE", "(617) 555-0142"),
    ("fax to (508) 555-0199 attn cardiology", "FAX", "(508) 555-0199"),
    ("send it to jlindqvist@northshoreclinic.org", "EMAIL", "jlindqvist@northshoreclinic.org"),
    ("SSN 412-58-9930 on the facesheet", "SSN", "412-58-9930"),
    ("MRN 00482913, needs prior auth", "MRN", "00482913"),
    ("member ID XWB88412375 for BCBS", "HEALTH_PLAN", "XWB88412375"),
    ("account number 77120045981 for billing", "ACCOUNT", "77120045981"),
    ("my DEA is BF4412907 for the letter", "LICENSE", "BF4412907"),
    ("his plate is 7KXM482, car in the ED lot", "VEHICLE", "7KXM482"),
    ("pacemaker serial PJN773401S interrogated", "DEVICE", "PJN773401S"),
    ("portal https://portal.rivermed.org/patients/88213 shows old meds", "URL", "https://portal.rivermed.org/patients/88213"),
    ("login from 10.44.18.207 flagged on the audit", "IP", "10.44.18.207"),
    ("her fingerprint template ID FP-22871 is on file", "BIOMETRIC", "FP-22871"),
    ("voice print on file as vprint_8841.wav for phone refills", "BIOMETRIC", "vprint_8841.wav"),
    ("palm-vein enrollment, template stored as PV-3309-A7 at registration", "BIOMETRIC", "PV-3309-A7"),
    ("case number CX-2024-00871 for the incident report", "ID", "CX-2024-00871"),
]

# Clinical text that must stay clean: every example from the issue plus look-alikes.
TRICKY_CLEAN = [
    "K 3.4", "Bell's palsy", "ACC/AHA 2022", "72 yo", "5/5 strength", "Parkinson disease",
    "Apgar 8/9", "metoprolol 25 mg", "since 2019", "I50.9", "BP 128/76", "HbA1c 7.2%",
    "CHA2DS2-VASc 3", "GCS 15", "q6h",
    "Wells score 4.5, get CTA chest",
    "Cushing's syndrome workup with late-night salivary cortisol",
    "Hodgkin lymphoma in remission since 2016",
    "Crohn's flare, CRP 48",
    "Down syndrome pt with new hypothyroidism",
    "Epley maneuver helped her BPPV",
    "2/6 systolic murmur at RUSB, 2+ pulses bilaterally",
    "pain 3/10 after oxycodone 5 mg",
    "D5 1/2 NS at 75 mL/hr",
    "PS 10/5 trial this afternoon",
    "Murphy's sign positive, RUQ US with gallstones",
    "MELD 18, Child-Pugh B",
    "pt may go home tomorrow if afebrile",
    "Foley removed at 0600, voiding spontaneously",
    "Started Eliquis 5 mg bid, hold Lasix tonight",
    "transfer to MICU for BiPAP",
    "ICD-10 E11.9 and CPT 99214",
]


@pytest.mark.parametrize(("text", "category", "value"), CATEGORY_EXAMPLES)
def test_each_category_is_found_and_redacted(text: str, category: str, value: str) -> None:
    spans = find_phi(text)
    start = text.index(value)
    end = start + len(value)
    hits = [sp for sp in spans if sp.start < end and start < sp.end]
    assert hits, f"{category} not found in {text!r}"
    assert any(sp.category == category for sp in hits), [(sp.category, sp.text_of(text)) for sp in hits]
    red = redact(text)
    assert value not in red.text
    assert f"[{category}-1]" in red.text or any(f"[{sp.category}-1]" in red.text for sp in hits)


def test_every_category_has_an_example() -> None:
    assert {c for _, c, _ in CATEGORY_EXAMPLES} == set(CATEGORIES)


@pytest.mark.parametrize("text", TRICKY_CLEAN)
def test_clinical_shorthand_is_not_flagged(text: str) -> None:
    assert find_phi(text) == [], [(sp.category, sp.text_of(text)) for sp in find_phi(text)]


def test_spans_sorted_non_overlapping_and_typed() -> None:
    text = ("pt Deshawn Carter MRN 00482913 DOB 3/4/61 seen by Dr. Anika Ferreira at Lakeview Medical Center, "
            "call 617-555-0142 or email d.carter@example.com; daughter Priya. K 3.4, Bell's palsy.")
    spans = find_phi(text)
    assert spans
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    for sp in spans:
        assert isinstance(sp, PhiSpan)
        assert sp.category in CATEGORIES
        assert 0.0 < sp.confidence <= 1.0
        assert sp.text_of(text) == text[sp.start:sp.end]


def test_placeholders_are_never_flagged() -> None:
    text = " ".join(f"[{c}-{i}]" for c in CATEGORIES for i in (1, 2, 17))
    assert find_phi(text) == []
    assert find_phi("pt [NAME-1], MRN [MRN-1], daughter [NAME-2], Dr. [NAME-3] at [LOCATION-1] 3") == []


def test_names_in_notes_without_capitals() -> None:
    text = "son bill called, spoke with dr parrilli. pt transferred to quartermain 2."
    found = {sp.text_of(text).lower() for sp in find_phi(text)}
    assert "bill" in found
    assert "parrilli" in found
    assert any(f.startswith("quartermain") for f in found)


@pytest.mark.parametrize("text", [
    "a" * 200_000,
    "1/" * 100_000,
    "Dr. " * 50_000,
    "9" * 200_000,
    "x@" * 50_000 + "y.com",
    "http://" + "a" * 150_000,
    "(" * 100_000,
    "Mr. Smith-" * 20_000,
    "1.2.3." * 30_000,
    ":" * 100_000 + "ab:cd",
    ("MRN " * 40_000) + "1234",
    "A. " * 60_000,
    "St " * 60_000,
    "Calvert Hospital " * 10_000,
    "Dr. Smith-" * 20_000,
])
def test_pathological_inputs_finish(text: str) -> None:
    spans = find_phi(text)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_double_barrelled_and_particle_names_are_covered_whole() -> None:
    for text, value in [("Dr. Vasquez-Bell asked for the echo", "Vasquez-Bell"),
                        ("pt Maria de la Cruz is here", "Maria de la Cruz"),
                        ("Mrs. Van der Berg is 96 today", "Van der Berg")]:
        red = redact(text)
        for part in value.replace("-", " ").split():
            if part[0].isupper():
                assert part not in red.text, red.text


def test_age_over_89_after_a_name() -> None:
    spans = find_phi("Mrs. Van der Berg is 96 and on 11 meds")
    assert [sp.category for sp in spans] == ["NAME", "AGE"]
    assert find_phi("HR is 96 and regular") == []
