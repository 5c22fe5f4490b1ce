"""Text helpers every adapter shares."""
from __future__ import annotations


def chunks(text: str, limit: int) -> list[str]:
    """Split on paragraph, then line, then hard boundaries, never exceeding `limit` per piece."""
    out: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n\n", 0, limit)
        if cut < limit // 2:
            cut = text.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = limit
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n")
    if text.strip():
        out.append(text)
    return out
