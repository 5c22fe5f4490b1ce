"""Shortcuts taken for speed must answer exactly what the plain computation answers."""
from __future__ import annotations

import random
import re

from bot.phi import lexicon as lx
from bot.phi.name_model import _PERSON_CUES, _mentions_person

_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")


def test_person_needles_never_hide_a_person_cue() -> None:
    rng = random.Random(5)
    pieces = ["x", "@", "1", "/", " ", "\n", "he", "SHE", "Pt", "in 4", "45m", "3 yo", "y/o", "year-old", "refused", "grandson",
              "M", "F", "in", "consulted", "pager", "abc", "qz", ".", "é", "k"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert _mentions_person(text) == bool(_PERSON_CUES.search(text)), text


def test_allow_phrases_by_lead_word_match_as_the_whole_regex() -> None:
    lex = lx.lexicon()
    assert lex.allow_rx is not None and lex.allow_by_lead
    rng = random.Random(9)
    phrases = list(lex.allow_phrases)
    words = ["Dr.", "dr", "the", "Bell's", "x", "-", "  ", "\n", "Smith", "3"]

    def variant(p: str) -> str:  # any case, spaces or hyphens between the words, sometimes cut short
        parts = p.split()[:rng.randint(1, len(p.split()))]
        out = rng.choice([" ", "-", "  ", " - "]).join(parts)
        return "".join(c.upper() if rng.random() < 0.3 else c for c in out)

    for _ in range(3000):
        text = " ".join(variant(rng.choice(phrases)) if rng.random() < 0.5 else rng.choice(words) for _ in range(rng.randint(1, 6)))
        for tok in _TOKEN.finditer(text):
            s = tok.start()
            want = lex.allow_rx.match(text, s)
            rx = lex.allow_by_lead.get(tok.group().lower())
            got = rx.match(text, s) if rx is not None else None
            assert (got and got.span()) == (want and want.span()), (text, s)
