"""Redaction: stable placeholders, a map kept in memory only, and output that scans clean."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.phi.detector import find_phi
from bot.phi.redact import redact

PHI_FRAGMENTS = [
    "pt Deshawn Carter", "Mr. Okafor", "daughter Priya", "MRN 00482913", "DOB 3/4/61", "93 yo",
    "call (617) 555-0142", "d.carter@example.com", "SSN 412-58-9930", "418 Maple Ridge Rd",
    "https://portal.rivermed.org/p/88213", "10.44.18.207", "Dr. Anika Ferreira", "son bill",
    "member ID XWB88412375", "transferred to Calvert Hospital", "on 7/22", "January 12, 2024",
    "plate 7KXM482", "serial PJN773401S", "fax (508) 555-0199", "voiceprint VP-44120", "ref # 88366521",
]
CLEAN_FRAGMENTS = [
    "K 3.4", "Bell's palsy", "ACC/AHA 2022", "72 yo", "5/5 strength", "Parkinson disease",
    "Apgar 8/9", "metoprolol 25 mg", "since 2019", "I50.9", "BP 128/76", "HbA1c 7.2%",
    "CHA2DS2-VASc 3", "GCS 15", "q6h", "and", "with", "the", "was seen", "will follow up", ",", ".", ";",
]
fragment = st.sampled_from(PHI_FRAGMENTS + CLEAN_FRAGMENTS) | st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po")), max_size=12)
message = st.lists(fragment, min_size=1, max_size=14).map(" ".join)


def test_same_value_same_placeholder() -> None:
    red = redact("Mr. Okafor is stable. Mr. Okafor wants to go home; his wife Ada called about Mr. Okafor.")
    assert red.text.count("[NAME-1]") == 3
    assert "[NAME-2]" in red.text
    assert "Okafor" not in red.text


def test_mapping_never_printed() -> None:
    red = redact("pt Deshawn Carter MRN 00482913")
    assert red.mapping  # kept in memory for re-identification
    for shown in (repr(red), str(red), f"{red}"):
        assert "Deshawn" not in shown
        assert "00482913" not in shown
    assert red.categories == ("MRN", "NAME")


def test_reidentify_a_draft() -> None:
    red = redact("Letter for pt Deshawn Carter, DOB 3/4/61.")
    draft = f"Dear colleague, I am writing about {red.text.split('pt ')[1].split(',')[0]}."
    assert red.reidentify(draft) == "Dear colleague, I am writing about Deshawn Carter."


def test_existing_placeholders_are_not_reused() -> None:
    red = redact("template says [NAME-1]; pt is Mr. Okafor")
    assert "[NAME-1]" in red.text and "[NAME-2]" in red.text
    assert red.reidentify(red.text) == "template says [NAME-1]; pt is Mr. Okafor"


def test_clean_text_unchanged() -> None:
    red = redact("K 3.4, Bell's palsy, GCS 15")
    assert red.text == "K 3.4, Bell's palsy, GCS 15"
    assert not red.found and red.categories == () and red.mapping == {}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message)
def test_redacted_text_scans_clean(text: str) -> None:
    red = redact(text)
    assert find_phi(red.text) == []


@settings(max_examples=300, deadline=None)
@given(message)
def test_placeholders_round_trip(text: str) -> None:
    red = redact(text)
    assert red.reidentify(red.text) == text
    for placeholder, value in red.mapping.items():
        assert placeholder in red.text
        assert value in text


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PHI_FRAGMENTS), st.lists(st.sampled_from(CLEAN_FRAGMENTS), max_size=5))
def test_repeated_value_gets_one_placeholder(phi: str, filler: list[str]) -> None:
    text = " ".join([phi, *filler, phi])
    red = redact(text)
    values = list(red.mapping.values())
    assert len(values) == len(set(values))
