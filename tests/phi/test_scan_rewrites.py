"""Whole-text patterns are written to start with a character class, so the regex engine can skip ahead to
where one may start; each must find exactly what its plainer form (kept here) finds."""
from __future__ import annotations

import random
import re

import pytest

from bot.phi import chat_names, detector, patterns

_LOW = "a-zà-öø-ÿā-ž"
PLAIN = {
    "SLASH_DATE": (patterns.SLASH_DATE,
                   r"(?<![\w/])(?<![\d\s]\.)(?<!\d-)(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01]|\d\d)(?![\w/]|\.\d|-\d|\s?%)", 0),
    "ZIP_GATE": (patterns.ZIP_GATE, r"(?<!\d)\d{5}(?!\d)", 0),
    "CASE_NUMBER": (patterns.CASE_NUMBER, r"(?<![\w-])[A-Z]{1,5}-\d{2}-\d{3,7}(?![\w-])", 0),
    "AGE_BETWEEN_COMMAS": (chat_names._AGE_BETWEEN_COMMAS,
                           r"(?<=[a-z]), (?:\d{1,3}|ninety[- a-z]{0,12})(?: ?(?:yo|y/o|mo|[mfMF]))?(?=[,;)])", 0),
    "HANDOFF_ITEM": (chat_names._HANDOFF_ITEM,
                     r"(?<![\w.])(?=\d)(\d{1,3}[A-Za-z]?|[0-2]\d[0-5]\d)\s(?:[0-2]\d[0-5]\d\s)?(?:-\s|–\s)?"
                     r"((?:[DO]['’])?[A-Z][a-zà-öø-ÿā-ž'’]+(?:-[A-Z][a-zà-öø-ÿā-ž'’]+)?|[A-Z][a-z]*[A-Z][a-z]+)(?=[\s,:-]|$)", 0),
    "MENTION": (chat_names._MENTION, r"(?<![\w@])@([A-Z][A-Za-z'’-]{1,30})", 0),
    "IP6": (next(r.rx for r in patterns.RULES if r.category == "IP"),
            r"(?i)(?<![\w:])(?=[0-9a-f:]{0,40}[a-f])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:"
            r"(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\w:])", 0),
    "STAFF_ROLE": (chat_names._STAFF_ROLE,
                   r"(?i)\sfrom\s(?:transport|pharmacy|pt|ot|rt|sw|social work|dietary|nutrition|the kitchen|kitchen|lab|radiology|"
                   r"it|security|registration|the float pool|float pool|chaplaincy|case management|the lab)\b|,\sthe\s(?:night\s|day\s|evening\s)?"
                   r"(?:nurse|rn|pct|cna|tech|sitter|unit clerk|clerk|resident|intern|np|pa|pharmacist|rt|therapist|charge nurse)\b", 0),
    "HYPHEN_START": (chat_names._HYPHEN_START, r"(?<![\w'’-])[A-Z][a-z'’]{1,20}-[A-Z]", 0),
    "OWNED_START": (chat_names.OWNED_START, rf"(?<![\w'’-])(?:[A-Z][{_LOW}]*-)?[A-Z][A-Za-z{_LOW}]*['’]", 0),
    "SUBJECT_AGE_NUMBER": (detector._SUBJECT_AGE_NUMBER,
                           r"(?<![\w.])(9\d|1[01]\d)\b(?![.,]\d)"
                           r"(?!\s?(?:%|mg|kg|lbs?|bpm|/|mmhg|mm|cm|ml|units?|degrees|°|f\b|c\b|percent|beats|min|on|over))", re.I),
    "AGE_AFTER_DOB": (detector._AGE_AFTER_DOB,
                      r"(?i)\b(?:dob|born)\b[^()\n]{4,24}\)?,\s{1,3}(9\d|1[01]\d)\b(?![.,]\d)", 0),
    "NICKNAME": (detector._NICKNAME,
                 r"\b(?:goes by|go by|aka|a\.k\.a\.?|nicknamed|known as|prefers to be called|prefers)\s{1,3}['‘\"“]?"
                 r"([A-Z][a-z'’-]{1,20})\b", 0),
}

PIECES = ("0", "1", "2", "3", "5", "9", "12", "19", "99", "101", "0800", "2024", "44654", "/", "-", "–", ".", ",", ", ", ";", ")", "(",
          " ", "  ", "\n", "'", "’", "s", "a", "x", "Ab", "OK", "SP", "Tran", "McKay", "é", "D'", "O’", "y", "yo", "y/o", "mo", "m", "F",
          "%", "mg", "f", "on", "dob", "DOB", "Born", "born", "goes by", "go by", "aka", "a.k.a.", "AKA", "nicknamed", "known as",
          "prefers", "prefers to be called", "ninety", "_", "ab12", "7", "٣", "DOB 1/2/1930), ", "born in Ohio, ", "dob: 3/4/25, ",
          "SP-24-11873", "APS-25-0081", "X-", "-24-", "103", "95", "7/22", " 3/4 ", "12/31", "1/", "0/",
          "Mary-Ann", "Lee-", "Smith-Jones", " goes by Bill", " aka Bobby", "pt, 95, ", "x, 12;", "d, ninety two)", "@", "@Osei", "x@",
          ":", "::", "fe80", "2001:db8", "Ab", "c", "0", "FF:", ":1", " from ", "From", " pharmacy", " lab", ", the ", "night ", "RN", "pa")


def _spans(rx: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups() and tuple(m.span(g) for g in range(1, len(m.groups()) + 1))) for m in rx.finditer(text)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_rewritten_scan_finds_what_the_plain_pattern_finds(name: str) -> None:
    fast, plain, flags = PLAIN[name]
    slow = re.compile(plain, flags)
    rng = random.Random(name)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 24))) for _ in range(12000)]
    found = 0
    for text in texts:
        want = _spans(slow, text)
        found += len(want)
        assert _spans(fast, text) == want, text
    assert found > 0  # the pieces do exercise the pattern


def test_ipv6_rewrite_on_hex_and_colons_within_windows() -> None:
    """The IPv6 rule is searched in windows (pos, endpos): the rewrite must agree there too."""
    fast, plain, flags = PLAIN["IP6"]
    slow = re.compile(plain, flags)
    rng = random.Random(6)
    alphabet = "0123456789abcdefABCDEFgx::::: .-_"
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        want = [m.span() for m in slow.finditer(text, a, b)]
        found += len(want)
        assert [m.span() for m in fast.finditer(text, a, b)] == want, (text, a, b)
        assert _spans(fast, text) == _spans(slow, text), text
    assert found > 0
