"""Offline extraction, fifth round: dictated lines, phone autocorrections, ages in words, obstetric
identification, voice frames. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS
from bot.skills.shorthand import spoken


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_spoken_punctuation_in_a_dictated_line() -> None:
    assert spoken("knee pain comma worse on stairs period no meds period") == "knee pain, worse on stairs. no meds."
    # one spoken word is no dictation, and a period that is a period stays
    assert spoken("no period in six weeks, test today") == "no period in six weeks, test today"
    assert spoken("cramps comma her period is late period test today") == "cramps, her period is late. test today"


def test_starred_autocorrection_replaces_the_word_before() -> None:
    assert spoken("tried motrin *naproxen 500 bid") == "tried naproxen 500 bid"
    assert spoken("icd m17.21 *M17.11 knee") == "icd M17.11 knee"
    assert spoken("dose 40 *80mg weekly") == "dose 80mg weekly"
    got = ex("referral", "62m hip pain, tried ibuprofin *meloxicam 15 no relief, to ortho")
    assert "meloxicam" in got["tried"] and "ibuprofin" not in str(got)


def test_age_in_words_and_obstetric_identification() -> None:
    assert ex("referral", "sixty two year old man comma to urology comma hematuria period")["patient"] \
        == "sixty two year old man"
    assert ex("referral", "we send this male of 47 years for knee pain, to ortho")["patient"] == "male of 47 years"
    assert ex("referral", "33 yo G4P2012 at 27w2d, short cervix, to MFM")["patient"] == "33 yo G4P2012 at 27w2d"
    assert ex("discharge-summary", "41 yo G2P2 PPD3 after SVD, home")["patient"] == "41 yo G2P2"
