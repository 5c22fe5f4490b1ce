"""The drafting benchmark's field scorer: what it counts as found decides every figure quoted for #16."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from drafting_bench import field_match  # noqa: E402


def test_a_value_with_no_long_word_is_matched_as_text() -> None:
    # "5 d" has no word of two letters or more; it is found when the extraction holds it, not otherwise
    assert field_match("length_of_stay", "5 d", "LOS 5 d")
    assert not field_match("length_of_stay", "5 d", "LOS 7 d")


def test_words_typed_or_spelled_out_count() -> None:
    assert field_match("allergies", "NKDA", "no known drug allergies")
    assert not field_match("allergies", "penicillin", "sulfa")
