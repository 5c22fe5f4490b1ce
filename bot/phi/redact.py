"""Replace identifiers with stable placeholders and keep the way back in memory only.

``redact("pt Deshawn Carter, MRN 00482913")`` gives text ``"pt [NAME-1], MRN [MRN-1]"``; the
same value gets the same placeholder within one message, so a model can still tell two
people apart. The placeholder -> original map lives on the returned object only: it is
left out of ``repr``/``str`` and of equality, and nothing here writes it anywhere, so an
approved draft can be re-identified for the clinician who wrote it and then dropped.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from bot.phi.detector import PLACEHOLDER_RE, PhiSpan, find_phi

_NUMBERED = re.compile(r"\[([A-Z_]+)-(\d{1,6})\]")


@dataclass(frozen=True, eq=False)
class Redacted:
    """Redacted text plus what was taken out. Never prints the originals."""

    text: str
    spans: tuple[PhiSpan, ...]  # offsets into the original text
    categories: tuple[str, ...]  # sorted, distinct
    mapping: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def found(self) -> bool:
        return bool(self.spans)

    def reidentify(self, text: str) -> str:
        """Put the original values back into ``text`` (e.g. a model's draft built on ``self.text``)."""
        if not self.mapping or "[" not in text:
            return text
        return PLACEHOLDER_RE.sub(lambda m: self.mapping.get(m.group(), m.group()), text)

    def __repr__(self) -> str:
        return f"Redacted(text={self.text!r}, categories={self.categories!r}, spans={len(self.spans)})"

    __str__ = __repr__


def _translate(spans: list[PhiSpan], placed: list[tuple[int, int, int, int]]) -> list[PhiSpan]:
    """Map spans found in redacted text back to original offsets (they never overlap a placeholder)."""
    out = []
    starts = [r[0] for r in placed]
    for sp in spans:
        k = bisect.bisect_right(starts, sp.start) - 1
        shift = 0 if k < 0 else placed[k][3] - placed[k][1]
        out.append(PhiSpan(sp.start + shift, sp.end + shift, sp.category, sp.confidence))
    return out


def _apply(text: str, spans: list[PhiSpan]) -> tuple[str, dict[str, str], list[tuple[int, int, int, int]]]:
    counters: dict[str, int] = {}
    for m in _NUMBERED.finditer(text):
        counters[m.group(1)] = max(counters.get(m.group(1), 0), int(m.group(2)))
    by_value: dict[tuple[str, str], str] = {}
    mapping: dict[str, str] = {}
    parts: list[str] = []
    placed: list[tuple[int, int, int, int]] = []  # redacted start/end, original start/end
    pos = 0
    out_len = 0
    for sp in spans:
        value = text[sp.start:sp.end]
        key = (sp.category, value)
        ph = by_value.get(key)
        if ph is None:
            counters[sp.category] = counters.get(sp.category, 0) + 1
            ph = f"[{sp.category}-{counters[sp.category]}]"
            by_value[key] = ph
            mapping[ph] = value
        gap = text[pos:sp.start]
        parts.append(gap)
        out_len += len(gap)
        parts.append(ph)
        placed.append((out_len, out_len + len(ph), sp.start, sp.end))
        out_len += len(ph)
        pos = sp.end
    parts.append(text[pos:])
    return "".join(parts), mapping, placed


def redact(text: str, spans: list[PhiSpan] | None = None, keep: frozenset[str] = frozenset()) -> Redacted:
    """Redact every identifier ``find_phi`` reports (or the ``spans`` given).

    Removing one identifier can change the context of the words around it, so the result is
    scanned again and anything new is folded in (at most a few rounds): what comes out scans clean.
    ``keep``: exact values the author said are not identifiers; they stay as typed.
    """
    if spans is None:
        spans = find_phi(text)
    if keep:
        spans = [sp for sp in spans if text[sp.start:sp.end] not in keep]
    if not spans:
        return Redacted(text=text, spans=(), categories=(), mapping={})
    spans = sorted(spans, key=lambda sp: sp.start)
    out, mapping, placed = _apply(text, spans)
    for _ in range(3):
        extra = find_phi(out)
        if keep:
            extra = [sp for sp in extra if out[sp.start:sp.end] not in keep]
        if not extra:
            break
        spans = sorted(spans + _translate(extra, placed), key=lambda sp: sp.start)
        out, mapping, placed = _apply(text, spans)
    return Redacted(
        text=out,
        spans=tuple(spans),
        categories=tuple(sorted({sp.category for sp in spans})),
        mapping=mapping,
    )
