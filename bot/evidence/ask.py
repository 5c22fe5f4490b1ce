"""One call for ``/evidence``: search (online source with local fallback), then a cited answer.

Index searches are CPU work of a few milliseconds; ``search_evidence`` runs them in a worker
thread so a busy event loop serving chat traffic is never blocked by them.
"""
from __future__ import annotations

from bot.evidence.answer import LLM, Answer, compose
from bot.evidence.index import EvidenceIndex
from bot.evidence.sources import OnlineSource, SearchOutcome, search_evidence


async def ask(question: str, *, local: EvidenceIndex | None, online: OnlineSource | None = None,
              llm: LLM | None = None, k: int = 5) -> tuple[Answer, SearchOutcome]:
    """Answer ``question`` with citations; returns the answer and the search it was built from
    (the hits and their source are what a learning-cycle record needs)."""
    outcome = await search_evidence(question, k, local=local, online=online)
    answer = await compose(question, outcome.hits, llm, notice=outcome.notice)
    return answer, outcome
