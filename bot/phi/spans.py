"""The span type shared by the detector passes."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhiSpan:
    """One identifier found in a text: ``text[start:end]`` is the value."""

    start: int
    end: int
    category: str
    confidence: float

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]
