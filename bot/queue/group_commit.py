"""Group commit: requests that arrive together are stored in one transaction.

Each acknowledgement waits for a durable commit, and a commit costs a disk flush. Under load,
hundreds of requests arrive within one flush, so they share it. A request that arrives alone is
written at once (no timer); those that arrive while a write is under way go together in the next
one. Every caller still returns only after its own row is committed, or gets the write's error.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

MAX_BATCH = 500


class GroupCommit:
    def __init__(self, write_many: Callable[[list[Any]], Awaitable[None]], *, parallel: int = 2) -> None:
        self._write_many = write_many
        self._parallel = parallel  # writes under way at once (connections used)
        self._pending: list[tuple[Any, asyncio.Future]] = []
        self._running = 0

    async def write(self, item: Any) -> None:
        future = asyncio.get_running_loop().create_future()
        self._pending.append((item, future))
        if self._running < self._parallel:
            self._running += 1
            asyncio.get_running_loop().create_task(self._drain())
        await future

    async def _drain(self) -> None:
        try:
            while self._pending:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                try:
                    await self._write_many([item for item, _ in batch])
                except Exception as exc:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                else:
                    for _, future in batch:
                        if not future.done():
                            future.set_result(None)
        finally:
            self._running -= 1
