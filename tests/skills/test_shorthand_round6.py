"""Offline extraction, sixth round: speed on long and hostile lines, and the rules added this round.
Example phrases are written for these tests."""
from __future__ import annotations

import time

from bot.skills import SKILLS
from bot.skills.shorthand import _last_words, classify, keep_everything, rules, spoken


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def _seconds(skill: str, text: str) -> float:
    sk = SKILLS[skill]
    start = time.perf_counter()
    keep_everything(sk, text, sk.extract(text))
    return time.perf_counter() - start


def test_long_hostile_lines_extract_in_linear_time() -> None:
    ex("referral", "warm up")  # rules and indexes load once
    lines = ("knee ache comma swelling period " * 400, "metoprolol no wait " * 600, "tab *fix " * 1100,
             "z, " * 3300, "rash. " * 1600)
    for text in lines:
        assert len(text) >= 6000
        # generous for a slow CI machine; the old rules took seconds on some of these
        assert _seconds("patient-message", text) < 1.0, text[:30]


def test_last_words_reads_backwards() -> None:
    text = "alpha  beta\tgamma delta "
    assert _last_words(text, len(text), 3) == [(18, "delta"), (12, "gamma"), (7, "beta")]
    assert _last_words("one", 3, 3) == [(0, "one")]
    assert _last_words("   ", 3, 2) == []


def test_corrections_and_starred_fixes_still_apply_in_a_long_line() -> None:
    filler = "stable on review, " * 30
    assert "ibuprofen" not in spoken(filler + "sore wrist, tried ibuprofen *naproxen 250")
    got = ex("referral", filler + "to rheum no wait derm, itchy plaques on elbows")
    assert got["receiving_specialty"] == "Dermatology"


def test_classify_takes_the_longest_opening_cue() -> None:
    r = rules()
    assert classify("call 911 if lips turn blue", r) == "emergency"  # not the shorter "call"
    assert classify("s/p lap chole 2019", r) == "sp"  # first class listing the cue wins
    assert classify("?etoh use", r) == "history"
    assert classify("knee swelling", r) is None
