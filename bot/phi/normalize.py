"""Fold the text the detector reads, and map what it finds back to the text the user typed.

An identifier can be hidden from a pattern without hiding it from a reader: a zero-width space
inside an MRN, a right-to-left mark in a phone number, full-width or Arabic-Indic digits, a
Cyrillic "М" in "MRN", "é" in a name. :func:`fold` removes invisible and bidi characters, applies
NFKC compatibility folding, turns every decimal digit into ASCII, folds Latin look-alike letters
(``data/confusables.txt``) and strips accents, and returns the folded text with a :class:`OffsetMap`
so spans found in it cover the right characters of the original (including any invisible
characters inside them: a redaction never leaves half of a split identifier behind).

ASCII text (nearly every message) is returned as it is, at no cost.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from bot.phi.lexicon import DATA_DIR

# Zero-width, joiners, bidi marks/embeddings/isolates, word joiner, invisible operators, BOM,
# soft hyphen, Mongolian vowel separator, combining grapheme joiner, Hangul fillers, tag characters.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=1)
def confusables() -> dict[str, str]:
    """Look-alike character -> the ASCII letter a reader sees (``data/confusables.txt``)."""
    table: dict[str, str] = {}
    for line in (DATA_DIR / "confusables.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        code, target = line.split()
        table[chr(int(code, 16))] = target
    return table


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """What one non-ASCII character reads as, in ASCII where possible ('' for invisible ones)."""
    if _INVISIBLE.match(c):
        return ""
    look = confusables().get(c)
    if look is not None:
        return look
    if unicodedata.category(c) == "Nd":
        return str(unicodedata.digit(c))
    out = []
    for d in unicodedata.normalize("NFKD", c):
        if unicodedata.combining(d):
            continue  # accents: "José" reads as "Jose"
        if unicodedata.category(d) == "Zs":
            d = " "
        elif d in "\u2010\u2011\u2012\u2212":
            d = "-"  # hyphens, the figure dash and the minus sign: "11\u201102\u20111931" is a date (dashes between words stay)
        elif unicodedata.category(d) == "Nd":
            d = str(unicodedata.digit(d))
        out.append(confusables().get(d, d))
    return unicodedata.normalize("NFC", "".join(out))


class OffsetMap:
    """Folded-text offsets -> original offsets. Built from runs where the two line up one to one
    and single characters that were replaced by zero or more characters."""

    def __init__(self, runs: list[tuple[int, int, int]], length: int, folded_length: int) -> None:
        # (folded start, original start, original length of the folded chars: 0 = one-to-one run)
        self._runs = runs
        self._starts = [r[0] for r in runs]
        self._length = length
        self._folded_length = folded_length

    def _locate(self, pos: int) -> tuple[int, int]:
        """Original (start, end) of the folded character at ``pos``."""
        k = bisect.bisect_right(self._starts, pos) - 1
        fstart, ostart, width = self._runs[k]
        if width == 0:
            o = ostart + (pos - fstart)
            return o, o + 1
        return ostart, ostart + width

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span covering folded ``[start, end)``."""
        if end <= start:
            o = self._locate(start)[0] if start < self._folded_length else self._length
            return o, o
        return self._locate(start)[0], self._locate(end - 1)[1]


def fold(text: str) -> tuple[str, OffsetMap | None]:
    """The text the detector reads, and the way back (``None`` when nothing changed)."""
    if text.isascii():
        return text, None
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    out_len = 0
    pos = 0
    changed = False
    for m in _NON_ASCII.finditer(text):
        if m.start() > pos:
            runs.append((out_len, pos, 0))
            parts.append(text[pos:m.start()])
            out_len += m.start() - pos
        # a whole word in another script ("Оксана", "Коваленко") stays in it: its look-alike letters are folded only
        # inside a Latin word, where they disguise it ("МRN"); a word with a letter that has no Latin look-alike is
        # written in that script, and folding half its letters would make it neither
        native = (not text[m.start() - 1:m.start()].isalpha() and not text[m.end():m.end() + 1].isalpha()
                  and any(c.isalpha() and not _fold_char(c).isascii() for c in m.group()))
        for i in range(m.start(), m.end()):
            c = text[i]
            r = c if native and c.isalpha() else _fold_char(c)
            if r == c:
                runs.append((out_len, i, 0))
            else:
                changed = True
                if r:
                    runs.append((out_len, i, 1))
                else:
                    # invisible: its original character joins the previous folded character's span
                    continue
            parts.append(r)
            out_len += len(r)
        pos = m.end()
    if pos < len(text):
        runs.append((out_len, pos, 0))
        parts.append(text[pos:])
    if not changed:
        return text, None
    folded = "".join(parts)
    return folded, OffsetMap(runs, len(text), len(folded))


# A scanned or faxed form read by OCR writes "O" for 0 and "l" or "I" for 1 inside numbers ("DOB: 0l/05/l959",
# "Phone: 7l5-555-0l24"). A run of digits and separators with such letters, mostly digits, reads as the number.
_OCR_HINT = re.compile(r"\d[OolI]|[OolI]\d")
_OCR_RUN = re.compile(r"[\dOolI]{1,4}(?:[-/.][\dOolI]{1,4}){1,3}|[\dOolI]{5,12}")
_RUN_CHARS = frozenset("0123456789OolI-/.")
_OCR_DIGITS = str.maketrans("OolI", "0011")


def ocr_digits(text: str) -> str:
    """The text with OCR letter-for-digit slips inside numbers mended; same length, so offsets hold. Only the runs
    around a digit touching one of those letters are read (a whole-text substitution costs far more)."""
    if not _OCR_HINT.search(text):
        return text
    parts: list[str] = []
    done = 0
    n = len(text)
    scanned = 0
    for h in _OCR_HINT.finditer(text):
        if h.start() < scanned:
            continue  # inside a run already read: each character is looked at once
        a, b = h.start(), h.end()
        while a > scanned and text[a - 1] in _RUN_CHARS:
            a -= 1
        while b < n and text[b] in _RUN_CHARS:
            b += 1
        scanned = b
        run = text[a:b].strip("-/.")
        a = text.index(run, a) if run else a
        b = a + len(run)
        if not run or (a and text[a - 1].isalpha()) or (b < n and text[b].isalpha()) or not _OCR_RUN.fullmatch(run):
            continue
        digits = sum(c.isdigit() for c in run)
        letters = sum(c in "OolI" for c in run)
        if letters and digits >= 4 and digits >= letters + 2:
            parts.append(text[done:a])
            parts.append(run.translate(_OCR_DIGITS))
            done = b
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)
