"""The speed guards on the merged digit regex must not change what it finds."""
from __future__ import annotations

import random
import re

from bot.phi.patterns import DIGIT_ALTERNATIVES, DIGIT_RX

BARE = re.compile(r"(?=[\d(])(?:" + DIGIT_ALTERNATIVES + ")")

SAMPLES = [
    "DOB 1/2/1950, seen 3/4, call (555) 123-4567 or 555-1234, SSN 123-45-6789",
    "pt 95yo F, 92 y/o m, 1 Main St, Apt 4; 10.0.0.1; 1EG4-TE5-MK73",
    "5(555)123-4567 1/1/2020-2/2/2020 12.14.26 3rd of May 1999 4-Jan-2020 123 45 6789",
    "7 8 1 5 5 5 0 1 4 2 and 44190275 and 04/2016 and 2020-01-31",
    "1/2/3/4/5/6/7/8/9/10/11/12 11/22/33/44 /1/ 1// //1 a1/b2/",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(text)]


def test_guarded_digit_regex_matches_the_bare_union() -> None:
    rng = random.Random(7)
    alphabet = "0123456789" * 3 + "/-.() :,xyzmfMFAB\n"
    texts = SAMPLES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(4000)]
    texts += ["1/" * 40, "9" * 80, "1/1/" + "2020" * 3, "(1)" * 20]
    for text in texts:
        assert _spans(DIGIT_RX, text) == _spans(BARE, text), text


def test_dotted_words_tell_which_dotted_triggers_occur() -> None:
    from bot.phi.detector import _DOTTED_TRIGGERS, _dotted_words

    rng = random.Random(11)
    pieces = [".", "..", "co", "com", "m", "4a", "jpg", "health", "x", "1", " ", "io", "uk.", "gov"]
    for _ in range(5000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        present = _dotted_words(low)
        for t in _DOTTED_TRIGGERS:
            assert (t in present) == (t in low), (t, low)
