"""Names decided from context (everyday-word names, any case, "Last, First", possessives), and
clinical words read as clinical: eponyms, place-named diseases, rare-disease words, drug brands."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from bot.phi.lexicon import use_site_dir


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_phi(text) if s.category == "NAME"]


@pytest.mark.parametrize(("text", "value"), [
    ("referral for Pat Long, 64, with new AF", "Pat Long"),
    ("ruby gold in bed 7 is asking for pain meds", "ruby gold"),
    ("SUMMER HOLT needs her lasix held", "SUMMER HOLT"),
    ("Banks, Sterling - needs dc summary", "Banks, Sterling"),
    ("Mrs. Frost's son called again", "Frost"),
    ("John Smith", "John Smith"),
    ("draft a letter for John Smith re knee OA", "John Smith"),
    ("re: Grace Hill, follow up echo", "Grace Hill"),
    ("Pat Long DOB 3/4/61", "Pat Long"),
    ("mark rivers in room 4 wants to go home", "mark rivers"),
])
def test_everyday_word_names_are_found(text: str, value: str) -> None:
    assert any(value in n or n in value for n in _names(text)), _names(text)


@pytest.mark.parametrize("text", [
    "Virchow node palpable on the left",
    "Osler nodes and Janeway lesions",
    "Trousseau sign positive",
    "Kussmaul breathing with DKA",
    "Rocky Mountain spotted fever in the differential",
    "Ottawa ankle rules negative, no xray",
    "Lyme titers pending",
    "meets Duke criteria for IE",
    "Chordoma of the sacrum, what is the radiation dose?",
    "Holoprosencephaly: what genes?",
    "started Allegra for allergies",
    "How many people are affected by Adams-Oliver syndrome ?",
    "What is Brody myopathy?",
    "Graves disease on methimazole",
    "Long QT on the ECG",
    "Addison disease on hydrocortisone",
    "Wernicke encephalopathy, give thiamine",
])
def test_clinical_words_are_not_names(text: str) -> None:
    assert find_phi(text) == [], [(text[s.start:s.end], s.category) for s in find_phi(text)]


def test_site_files_extend_the_lists_without_code(tmp_path) -> None:
    """A site folder (CLINIBOT_PHI_SITE_DIR) adds allowed terms and extra names."""
    allowed = "as Johns Hopkins recommends, cover MRSA"  # an institution cited, not a patient's hospital
    named = "ask Wellness about the schedule"  # a staff surname that is an everyday word
    (tmp_path / "site_allow.txt").write_text("# ours\njohns hopkins\npemberton clinic\n")
    (tmp_path / "site_names.txt").write_text("wellness\n")
    try:
        use_site_dir(tmp_path)
        assert find_phi(allowed) == []
        assert find_phi("follow up in Pemberton Clinic") == []
        assert _names(named) == ["Wellness"]
        assert _names("mark rivers in room 4") == ["mark rivers"]  # the rest still works
    finally:
        use_site_dir(None)
    assert find_phi(allowed) != [] and find_phi("follow up in Pemberton Clinic") != []
