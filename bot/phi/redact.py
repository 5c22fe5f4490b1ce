"""Replace identifiers with stable placeholders, keeping the way back only in memory.

`[NAME-1]`, `[DATE-2]`: the same value gets the same placeholder within one text, so a redacted
message still reads sensibly. The map lives on the `Redacted` object alone (never printed, never
stored), so an approved draft can be re-identified for the clinician who wrote it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.phi.detector import PhiSpan, find_phi


@dataclass(frozen=True)
class Redacted:
    text: str
    spans: tuple[PhiSpan, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({s.category for s in self.spans}))

    @property
    def found(self) -> bool:
        return bool(self.spans)

    def reidentify(self, text: str) -> str:
        """Put the original values back (for the author's eyes only)."""
        for placeholder in sorted(self.mapping, key=len, reverse=True):
            text = text.replace(placeholder, self.mapping[placeholder])
        return text

    def __repr__(self) -> str:
        return f"Redacted(text={self.text!r}, categories={self.categories!r})"

    __str__ = __repr__


def _norm(value: str) -> str:
    return " ".join(value.split()).casefold()


def redact(text: str, spans: list[PhiSpan] | None = None) -> Redacted:
    spans = find_phi(text) if spans is None else spans
    if not spans:
        return Redacted(text)
    counters: dict[str, int] = {}
    by_value: dict[tuple[str, str], str] = {}
    mapping: dict[str, str] = {}
    out: list[str] = []
    pos = 0
    for span in spans:
        value = text[span.start:span.end]
        key = (span.category, _norm(value))
        placeholder = by_value.get(key)
        if placeholder is None:
            counters[span.category] = counters.get(span.category, 0) + 1
            placeholder = f"[{span.category}-{counters[span.category]}]"
            by_value[key] = placeholder
            mapping[placeholder] = value
        out.append(text[pos:span.start])
        out.append(placeholder)
        pos = span.end
    out.append(text[pos:])
    return Redacted("".join(out), tuple(spans), mapping)
