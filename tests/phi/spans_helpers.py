"""What the detector flags, in the forms the context tests assert on."""
from __future__ import annotations

from bot.phi.detector import find_phi


def found(text: str) -> list[tuple[str, str]]:
    """(flagged text, category) pairs: the readable form for assertion messages."""
    return [(text[s.start:s.end], s.category) for s in find_phi(text)]


def covers(text: str, value: str, category: str | None = None) -> bool:
    """Is the whole of ``value`` inside one flagged span (of ``category``, when given)?"""
    start = text.index(value)
    end = start + len(value)
    spans = [s for s in find_phi(text) if s.start <= start and end <= s.end]
    return bool(spans) and (category is None or any(s.category == category for s in spans))
