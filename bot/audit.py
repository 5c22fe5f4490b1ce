"""Append-only, hash-chained audit log.

Each entry stores the previous entry's hash and its own SHA-256 over a canonical form of its
fields, so editing or deleting any row breaks the chain at that row. `prev_hash` is unique, so two
concurrent writers cannot fork the chain: the loser retries on the new tail. Details pass through
the PHI guard's log rule before they are written: entries never hold raw PHI.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.db import Database
from storage.models.core import AuditEntry, utcnow

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, subject: str, detail: str) -> str:
    canonical = json.dumps([prev_hash, at.isoformat(timespec="microseconds"), actor, action, subject, detail],
                           separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_broken_id: int | None = None
    problem: str = ""


class AuditLog:
    def __init__(self, db: Database, scrub: Callable[[str], str], clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.scrub = scrub
        self.clock = clock
        self._lock = asyncio.Lock()  # one writer per process; the unique prev_hash handles other processes

    async def record(self, actor: str, action: str, subject: str = "", detail: dict[str, Any] | None = None) -> AuditEntry:
        body = self.scrub(json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, default=str))
        actor, subject = self.scrub(actor), self.scrub(str(subject))
        async with self._lock:
            return await self._append(actor, action, subject, body)

    async def _append(self, actor: str, action: str, subject: str, body: str) -> AuditEntry:
        for _ in range(50):
            try:
                async with self.db.session() as s:
                    tail = (await s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))).scalar()
                    prev = tail or GENESIS
                    at = self.clock().replace(tzinfo=None)
                    entry = AuditEntry(at=at, actor=actor, action=action, subject=subject, detail=body,
                                       prev_hash=prev, hash=entry_hash(prev, at, actor, action, subject, body))
                    s.add(entry)
                return entry
            except IntegrityError:
                continue  # someone appended first; chain onto the new tail
        raise RuntimeError("audit log is under too much contention")

    async def entries(self, action: str | None = None) -> list[AuditEntry]:
        async with self.db.session() as s:
            q = select(AuditEntry).order_by(AuditEntry.id)
            if action:
                q = q.where(AuditEntry.action == action)
            return list((await s.execute(q)).scalars())

    async def verify(self) -> VerifyResult:
        prev, count = GENESIS, 0
        async with self.db.session() as s:
            result = await s.stream(select(AuditEntry).order_by(AuditEntry.id))
            async for (e,) in result:
                count += 1
                if e.prev_hash != prev:
                    return VerifyResult(False, count, e.id, "previous-hash link does not match (an entry was removed or reordered)")
                if entry_hash(e.prev_hash, e.at, e.actor, e.action, e.subject, e.detail) != e.hash:
                    return VerifyResult(False, count, e.id, "content does not match its hash (the entry was altered)")
                prev = e.hash
        return VerifyResult(True, count)
