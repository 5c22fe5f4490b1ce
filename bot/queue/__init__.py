"""The durable hand-over between the server that acknowledges Slack and the workers that do the work.

Rule: a request is stored before Slack gets its 200; if it cannot be stored the server answers 503
and Slack retries later. On PostgreSQL the queue is procrastinate (`bot.queue.pg`): jobs live in the
production database, workers on any host take them with LISTEN/NOTIFY, heartbeats expose dead
workers and their jobs are retried. The embedded SQLite default uses one small table
(`bot.queue.embedded`) consumed in the same process. Both seal the payload (`bot.queue.sealing`) and
delete it once done.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol


class QueueUnavailable(Exception):
    """The request could not be stored; the caller must not acknowledge it."""


@dataclass
class QueueStats:
    depth: int = 0  # waiting
    running: int = 0
    oldest_age: float = 0.0  # seconds the oldest waiting job has waited
    retrying: int = 0  # waiting or running jobs on a second or later attempt
    failed: int = 0  # gave up; kept for an operator
    workers_alive: int | None = None  # None: not known from here

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class HandOver(Protocol):
    async def open(self) -> None: ...

    async def put(self, method: str, args: list) -> None: ...

    async def stats(self) -> QueueStats: ...

    async def close(self) -> None: ...


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql", "postgres:"))


def make_handover(svc: Any) -> HandOver:
    """The web side's queue for this deployment's database."""
    settings = svc.settings
    if is_postgres(settings.database_url):
        from bot.queue.pg import PgHandOver

        return PgHandOver(settings)
    from bot.queue.embedded import EmbeddedHandOver

    return EmbeddedHandOver(svc.db, settings)
