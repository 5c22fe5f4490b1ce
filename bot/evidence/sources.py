"""Online evidence sources and the search entry point that falls back to the local index.

``SOURCES`` maps a source name to a factory taking keyword settings (api_key, tool, email,
base_url, timeout...). Any failure of an online source degrades to the local index, and the
result says so, because an answer from the shipped corpus beats no answer at the bedside.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from bot.evidence.index import EvidenceIndex, Hit
from bot.evidence.pubmed import PubMedClient, PubMedError


class OnlineSource(Protocol):
    name: str

    async def search(self, query: str, k: int = 5) -> list[Hit]: ...


SOURCES: dict[str, Callable[..., OnlineSource]] = {"pubmed": PubMedClient}


@dataclass(slots=True)
class SearchOutcome:
    """Hits plus where they came from; ``notice`` is shown to the clinician when set."""

    hits: list[Hit]
    source: str                     # "pubmed" | "local" | "pubmed+local"
    degraded: bool = False
    notice: str | None = None
    errors: list[str] = field(default_factory=list)


async def _local(index: EvidenceIndex | None, query: str, k: int) -> list[Hit]:
    """Local search off the event loop (a few ms of CPU each)."""
    return await asyncio.to_thread(index.search, query, k) if index is not None else []


def make_source(name: str, **settings: Any) -> OnlineSource:
    try:
        factory = SOURCES[name]
    except KeyError:
        raise ValueError(f"unknown evidence source {name!r}; known: {sorted(SOURCES)}") from None
    return factory(**settings)


async def search_evidence(query: str, k: int = 5, *, local: EvidenceIndex | None,
                          online: OnlineSource | None = None) -> SearchOutcome:
    """Search the online source when configured, else (or on failure) the local index."""
    if online is not None:
        try:
            hits = await online.search(query, k)
        except (PubMedError, asyncio.TimeoutError, OSError) as exc:
            reason = str(exc) or exc.__class__.__name__
            local_hits = await _local(local, query, k)
            return SearchOutcome(
                hits=local_hits, source="local", degraded=True, errors=[reason],
                notice=f"{online.name} unavailable ({reason}); showing results from the local evidence index.",
            )
        if hits:
            return SearchOutcome(hits=hits, source=online.name)
        local_hits = await _local(local, query, k)
        return SearchOutcome(hits=local_hits, source="local", degraded=True,
                             notice=f"{online.name} found nothing for this question; "
                                    "showing results from the local evidence index.")
    return SearchOutcome(hits=await _local(local, query, k), source="local")
