"""The embedded queue (SQLite): one table, written before the ack, consumed in the same process.

SQLite is the one-process deployment, so one consumer owns the table: at start it takes back every
row a previous (crashed or killed) run had claimed, then claims rows in order, runs them, and deletes
each one when done. A SIGTERM stops claiming, lets running work finish within the grace period and
puts the rest back for the next start.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select, update

from bot.queue import QueueStats, QueueUnavailable
from bot.queue.group_commit import GroupCommit
from bot.queue.sealing import Sealer
from storage.models.core import utcnow
from storage.models.queue import QueuedRequest

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
POLL = 1.0  # seconds between looks at the table when nothing woke the consumer


class EmbeddedHandOver:
    def __init__(self, db: Any, settings: Any) -> None:
        self.db, self.settings = db, settings
        self.sealer = Sealer(settings)
        self.wakers: list[Callable[[], None]] = []
        self.consumer: "EmbeddedConsumer | None" = None  # set when a consumer runs in this process
        self._group = GroupCommit(self._write_many, parallel=1)  # SQLite has one writer anyway

    async def _write_many(self, rows: list[QueuedRequest]) -> None:
        async with self.db.session() as s:
            s.add_all(rows)

    async def open(self) -> None:
        return None

    async def put(self, method: str, args: list) -> None:
        try:
            await self._group.write(QueuedRequest(method=method, payload=self.sealer.seal(args)))
        except Exception as exc:
            raise QueueUnavailable(type(exc).__name__) from None
        for wake in self.wakers:
            wake()

    async def stats(self) -> QueueStats:
        return await table_stats(self.db, alive=None if self.consumer is None else int(self.consumer.alive()))

    async def close(self) -> None:
        return None


async def table_stats(db: Any, alive: int | None) -> QueueStats:
    async with db.session() as s:
        rows = dict((await s.execute(select(QueuedRequest.state, func.count()).group_by(QueuedRequest.state))).all())
        oldest = (await s.execute(select(func.min(QueuedRequest.created_at))
                                  .where(QueuedRequest.state == "todo"))).scalar()
        retrying = (await s.execute(select(func.count()).where(QueuedRequest.state.in_(("todo", "doing")),
                                                               QueuedRequest.attempts > 0))).scalar() or 0
    age = max(0.0, (utcnow() - oldest).total_seconds()) if oldest else 0.0
    return QueueStats(depth=rows.get("todo", 0), running=rows.get("doing", 0), oldest_age=age, retrying=retrying,
                      failed=rows.get("failed", 0), workers_alive=alive)


class EmbeddedConsumer:
    """Runs on the worker loop (its own thread); `run_job(method, sealed)` does the work."""

    def __init__(self, db: Any, run_job: Callable[[str, str], Any], *, concurrency: int, grace: float) -> None:
        self.db, self.run_job, self.concurrency, self.grace = db, run_job, concurrency, grace
        self._wake = asyncio.Event()
        self._stop = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self.running: set[asyncio.Task] = set()

    def wake(self) -> None:
        """Thread-safe: called by the web side after a put."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._wake.set)

    def alive(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self.run(), name="embedded-queue-consumer")

    def stop(self) -> None:
        """Thread-safe."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)

    async def wait(self) -> None:
        if self._task is not None:
            await self._task

    async def run(self) -> None:
        async with self.db.session() as s:  # whoever held these is gone: one process by design
            await s.execute(update(QueuedRequest).where(QueuedRequest.state == "doing").values(state="todo"))
        while not self._stop.is_set():
            self._wake.clear()
            free = self.concurrency - len(self.running)
            claimed = await self._claim(free) if free > 0 else []
            for job_id, method, payload in claimed:
                task = asyncio.create_task(self._one(job_id, method, payload))
                self.running.add(task)
                task.add_done_callback(self._finished)
            if claimed and len(claimed) == free:
                continue
            waits = [asyncio.create_task(self._wake.wait()), asyncio.create_task(self._stop.wait())]
            await asyncio.wait(waits, timeout=POLL, return_when=asyncio.FIRST_COMPLETED)
            for w in waits:
                w.cancel()
        await self._drain()

    def _finished(self, task: asyncio.Task) -> None:
        self.running.discard(task)
        self._wake.set()

    async def _drain(self) -> None:
        if self.running:
            log.info("stopping: waiting up to %.0f s for %d running jobs", self.grace, len(self.running))
            _done, pending = await asyncio.wait(set(self.running), timeout=self.grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def _claim(self, limit: int) -> list[tuple[int, str, str]]:
        now = utcnow()
        try:
            async with self.db.session() as s:
                ids = select(QueuedRequest.id).where(QueuedRequest.state == "todo").order_by(QueuedRequest.id).limit(limit)
                rows = (await s.execute(update(QueuedRequest).where(QueuedRequest.id.in_(ids.scalar_subquery()))
                                        .values(state="doing", attempts=QueuedRequest.attempts + 1,
                                                lease_until=now + timedelta(seconds=self.grace))
                                        .returning(QueuedRequest.id, QueuedRequest.method, QueuedRequest.payload))).all()
        except Exception as exc:  # the database is away: try again on the next tick
            log.warning("could not claim queued requests (%s)", type(exc).__name__)
            return []
        return sorted((r[0], r[1], r[2]) for r in rows)

    async def _one(self, job_id: int, method: str, payload: str) -> None:
        try:
            await self.run_job(method, payload)
        except asyncio.CancelledError:
            await asyncio.shield(self._set(job_id, "todo"))  # not finished in the grace period: next start
            raise
        except Exception as exc:
            log.error("a queued request failed (%s)", type(exc).__name__)
            async with self.db.session() as s:
                attempts = (await s.get(QueuedRequest, job_id)).attempts
            await self._set(job_id, "failed" if attempts >= MAX_ATTEMPTS else "todo")
            return
        async with self.db.session() as s:
            await s.execute(delete(QueuedRequest).where(QueuedRequest.id == job_id))

    async def _set(self, job_id: int, state: str) -> None:
        async with self.db.session() as s:
            await s.execute(update(QueuedRequest).where(QueuedRequest.id == job_id).values(state=state, lease_until=None))
