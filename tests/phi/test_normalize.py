"""Unicode folding at the detector's choke point: hidden identifiers are found, and spans point at
the characters the user typed, so a redaction never leaves half of a split value behind."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from bot.phi.normalize import fold
from bot.phi.redact import redact

ZW = "\u200b"


def test_ascii_text_is_untouched_and_needs_no_map() -> None:
    assert fold("MRN 00482913") == ("MRN 00482913", None)


@pytest.mark.parametrize(("typed", "folded"), [
    (f"MRN 004{ZW}82913", "MRN 00482913"),
    ("\u041cRN 00482913", "MRN 00482913"),  # Cyrillic capital M
    ("\uff16\uff11\uff17-555-0142", "617-555-0142"),  # full-width digits
    ("\u0660\u0664\u0668\u0662", "0482"),  # Arabic-Indic digits
    ("\u06f0\u06f4", "04"),  # extended Arabic-Indic (Persian) digits
    ("\u202e617\u202c-555\u200f-0142", "617-555-0142"),  # bidi override, pop, right-to-left mark
    ("Jos\u00e9 Garc\u00eda", "Jose Garcia"),  # accents
    ("caf\u0065\u0301", "cafe"),  # combining accent
    ("DOB\u00a03/4/61", "DOB 3/4/61"),  # no-break space
    ("soft\u00adhyphen\ufeff", "softhyphen"),
])
def test_fold(typed: str, folded: str) -> None:
    out, back = fold(typed)
    assert out == folded
    assert back is not None


@pytest.mark.parametrize(("typed", "value"), [
    (f"MRN 004{ZW}829{ZW}13 seen today", f"004{ZW}829{ZW}13"),
    ("call \u202e617-555-0142\u202c tonight", "617-555-0142"),
    ("MRN \u0660\u0660\u0664\u0668\u0662\u0669\u0661\u0663 today", "\u0660\u0660\u0664\u0668\u0662\u0669\u0661\u0663"),
    ("\u041cRN 55812093 please", "55812093"),
    (f"DOB 3/{ZW}4/61", f"3/{ZW}4/61"),
    ("tel \uff16\uff11\uff17-555-0142", "\uff16\uff11\uff17-555-0142"),
])
def test_spans_cover_the_typed_characters(typed: str, value: str) -> None:
    spans = find_phi(typed)
    assert any(typed[sp.start:sp.end] == value for sp in spans), [typed[sp.start:sp.end] for sp in spans]
    red = redact(typed)
    for piece in value.split(ZW):
        assert piece not in red.text or len(piece) < 3
    assert red.reidentify(red.text) == typed  # the way back is exact


def test_name_with_accents_and_hidden_joiner() -> None:
    text = f"pt Jos\u00e9 Garc\u00eda-L\u00f3pez came back; daughter Mar{ZW}\u00eda called"
    red = redact(text)
    assert "Jos\u00e9" not in red.text and "L\u00f3pez" not in red.text and "Mar" not in red.text
