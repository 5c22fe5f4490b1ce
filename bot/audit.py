"""Append-only, hash-chained, keyed audit log.

Each entry stores the previous entry's hash and its own SHA-256 over a canonical form of its
fields, so editing, deleting or reordering any row breaks the chain at that row. `prev_hash` is
unique, so two concurrent writers cannot fork the chain: the loser retries on the new tail.

A plain hash chain cannot catch someone with database access who deletes the newest rows or
rewrites every row and recomputes every hash. So, when a key is configured (CLINIBOT_AUDIT_KEY, or
one derived from CLINIBOT_SECRET_KEY), each entry also carries an HMAC of its hash under a key that
is not in the database, and every append writes a signed checkpoint of the chain head (entry id +
hash + HMAC) to a file outside the database (CLINIBOT_AUDIT_CHECKPOINT_FILE). `verify` checks all of
it and says what it could not prove when either is missing.

State changes and their audit entries commit together: `transaction()` yields one database session
in which the caller changes state and appends the entry; either both commit or neither does.

Details pass through the PHI guard before they are written, value by value for the keys that can
hold free text; hashes, ids and source URLs are kept as they are, so they stay checkable.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.models.core import AuditEntry, utcnow

log = logging.getLogger(__name__)

GENESIS = "0" * 64

# Detail keys whose values are identifiers, hashes, counts or public URLs: kept verbatim when they
# have that shape. Everything else is treated as free text and passes the PHI guard.
STRUCTURED_KEYS = frozenset({
    "sha256", "hash", "sources", "url", "urls", "model", "skill", "template_version", "version", "by", "mode",
    "path", "categories", "cycle", "reflection", "verdict", "action", "format", "from", "to", "period", "kind",
    "ref", "output", "attempted", "credited", "rows", "days", "weeks", "count", "counts", "problems_count",
    "draft", "root", "id", "platform", "source",
})
_STRUCTURED_VALUE = re.compile(r"^(?:[0-9a-f]{16,128}|https?://[^\s<>\"]{1,2000}|[A-Za-z0-9_.:#/@+=-]{0,80})$")


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, subject: str, detail: str) -> str:
    canonical = json.dumps([prev_hash, at.isoformat(timespec="microseconds"), actor, action, subject, detail],
                           separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def audit_key(settings: Any) -> bytes | None:
    """The HMAC key: CLINIBOT_AUDIT_KEY, else one derived from CLINIBOT_SECRET_KEY, else none."""
    if settings.audit_key:
        return hashlib.sha256(b"clinibot-audit\0" + settings.audit_key.get().encode("utf-8")).digest()
    if settings.secret_key:
        return hashlib.sha256(b"clinibot-audit-from-secret\0" + settings.secret_key.get().encode("utf-8")).digest()
    return None


def entry_mac(key: bytes, entry_id: int, digest: str) -> str:
    return hmac.new(key, f"entry:{entry_id}:{digest}".encode(), hashlib.sha256).hexdigest()


def checkpoint_mac(key: bytes, entry_id: int, digest: str) -> str:
    return hmac.new(key, f"checkpoint:{entry_id}:{digest}".encode(), hashlib.sha256).hexdigest()


def scrub_detail(detail: dict[str, Any] | None, scrub: Callable[[str], str]) -> str:
    """The detail as canonical JSON, with free-text values passed through the PHI guard."""
    def clean(key: str, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(str(k), v) for k, v in value.items()}
        if isinstance(value, (list, tuple, set, frozenset)):
            return [clean(key, v) for v in value]
        if value is None or isinstance(value, (bool, int, float)):
            return value
        text_value = str(value)
        if key in STRUCTURED_KEYS and _STRUCTURED_VALUE.match(text_value):
            return text_value
        return scrub(text_value)

    cleaned = {str(k): clean(str(k), v) for k, v in (detail or {}).items()}
    return json.dumps(cleaned, sort_keys=True, ensure_ascii=False, default=str)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_broken_id: int | None = None
    problem: str = ""
    proved: list[str] = field(default_factory=list)  # what this run established
    unproved: list[str] = field(default_factory=list)  # what it could not establish, and why


class AuditTx:
    """One unit of work: the caller's state change and its audit entries, in one session."""

    def __init__(self, log_: "AuditLog", session: AsyncSession) -> None:
        self.log, self.session = log_, session
        self.appended: list[AuditEntry] = []

    async def record(self, actor: str, action: str, subject: str = "", detail: dict[str, Any] | None = None) -> AuditEntry:
        body = scrub_detail(detail, self.log.scrub)
        entry = await self.log._append_in(self.session, self.log.scrub(actor), action, self.log.scrub(str(subject)), body)
        self.appended.append(entry)
        return entry


class AuditLog:
    def __init__(self, db: Database, scrub: Callable[[str], str], clock: Callable[[], datetime] = utcnow, *,
                 key: bytes | None = None, checkpoint_file: Path | None = None) -> None:
        self.db = db
        self.scrub = scrub
        self.clock = clock
        self.key = key
        self.checkpoint_file = checkpoint_file
        self._lock = asyncio.Lock()  # one writer per process; the unique prev_hash handles other processes

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AuditTx]:
        """`async with audit.transaction() as tx:` change state in `tx.session`, then
        `await tx.record(...)`; both commit together or not at all. Retries a whole unit of work
        are the caller's business; here a lost race for the chain tail is retried in a savepoint."""
        async with self._lock:
            tx: AuditTx | None = None
            async with self.db.session() as s:
                tx = AuditTx(self, s)
                yield tx
            if tx.appended:
                self._checkpoint(tx.appended[-1])

    async def record(self, actor: str, action: str, subject: str = "", detail: dict[str, Any] | None = None) -> AuditEntry:
        """An audit entry on its own (no state change beside it)."""
        for attempt in range(50):
            try:
                async with self.transaction() as tx:
                    return await tx.record(actor, action, subject, detail)
            except IntegrityError:
                continue  # another process appended first; chain onto the new tail
        raise RuntimeError("audit log is under too much contention")

    async def _append_in(self, s: AsyncSession, actor: str, action: str, subject: str, body: str) -> AuditEntry:
        if self.db.is_sqlite:
            # Take SQLite's write lock before reading the tail, so no other process can append between.
            await s.execute(text("UPDATE audit_entry SET id = id WHERE 0 = 1"))
            return await self._insert(s, actor, action, subject, body)
        for _ in range(50):
            try:
                async with s.begin_nested():
                    return await self._insert(s, actor, action, subject, body)
            except IntegrityError:
                continue  # another process appended first; chain onto the new tail
        raise RuntimeError("audit log is under too much contention")

    async def _insert(self, s: AsyncSession, actor: str, action: str, subject: str, body: str) -> AuditEntry:
        tail = (await s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))).scalar()
        prev = tail or GENESIS
        at = self.clock().replace(tzinfo=None)
        digest = entry_hash(prev, at, actor, action, subject, body)
        entry = AuditEntry(at=at, actor=actor, action=action, subject=subject, detail=body, prev_hash=prev, hash=digest)
        s.add(entry)
        await s.flush()
        if self.key is not None:
            assert entry.id is not None
            entry.mac = entry_mac(self.key, entry.id, digest)
            await s.flush()
        return entry

    def _checkpoint(self, entry: AuditEntry) -> None:
        """Append a signed note of the new chain head outside the database (one short line, one write)."""
        if self.key is None or self.checkpoint_file is None or entry.id is None:
            return
        line = json.dumps({"id": entry.id, "hash": entry.hash, "at": entry.at.isoformat(),
                           "mac": checkpoint_mac(self.key, entry.id, entry.hash)}, separators=(",", ":")) + "\n"
        try:
            self.checkpoint_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.checkpoint_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line.encode())
            finally:
                os.close(fd)
        except OSError as exc:
            log.error("audit checkpoint could not be written: %s", type(exc).__name__)

    async def entries(self, action: str | None = None) -> list[AuditEntry]:
        async with self.db.session() as s:
            q = select(AuditEntry).order_by(AuditEntry.id)
            if action:
                q = q.where(AuditEntry.action == action)
            return list((await s.execute(q)).scalars())

    def _checkpoints(self) -> tuple[list[tuple[int, str]], int]:
        """Checkpoints whose signature holds, and how many lines did not."""
        good: list[tuple[int, str]] = []
        bad = 0
        assert self.key is not None and self.checkpoint_file is not None
        for line in self.checkpoint_file.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                item = json.loads(line)
                entry_id, digest, mac = int(item["id"]), str(item["hash"]), str(item["mac"])
            except (ValueError, KeyError, TypeError):
                bad += 1
                continue
            if hmac.compare_digest(mac, checkpoint_mac(self.key, entry_id, digest)):
                good.append((entry_id, digest))
            else:
                bad += 1
        return good, bad

    async def verify(self) -> VerifyResult:
        prev, count, keyed, unkeyed = GENESIS, 0, 0, 0
        hashes: dict[int, str] = {}
        last_id = 0
        async with self.db.session() as s:
            result = await s.stream(select(AuditEntry).order_by(AuditEntry.id))
            async for (e,) in result:
                count += 1
                if e.prev_hash != prev:
                    return VerifyResult(False, count, e.id, "previous-hash link does not match (an entry was removed or reordered)")
                if entry_hash(e.prev_hash, e.at, e.actor, e.action, e.subject, e.detail) != e.hash:
                    return VerifyResult(False, count, e.id, "content does not match its hash (the entry was altered)")
                if self.key is not None:
                    if e.mac:
                        if not hmac.compare_digest(e.mac, entry_mac(self.key, e.id, e.hash)):
                            return VerifyResult(False, count, e.id, "keyed MAC does not match (the entry was rewritten "
                                                                    "without the audit key, or the key changed)")
                        keyed += 1
                    elif keyed:
                        return VerifyResult(False, count, e.id, "entry has no MAC although earlier ones do "
                                                                "(written or rewritten without the audit key)")
                    else:
                        unkeyed += 1
                prev = e.hash
                hashes[e.id] = e.hash
                last_id = e.id
        proved = [f"{count} entries are linked and match their hashes (no single entry edited, removed or reordered)"]
        unproved: list[str] = []
        if self.key is None:
            unproved.append("no audit key (CLINIBOT_AUDIT_KEY or CLINIBOT_SECRET_KEY): a wholesale rewrite with "
                            "recomputed hashes, or removal of the newest entries, cannot be detected")
        else:
            proved.append(f"{keyed} entries carry a valid keyed MAC (not rewritten by anyone without the key)")
            if unkeyed:
                unproved.append(f"{unkeyed} older entries were written before keyed hashing and carry no MAC")
        if self.key is not None and self.checkpoint_file is not None and self.checkpoint_file.exists():
            checkpoints, bad = self._checkpoints()
            for entry_id, digest in checkpoints:
                if entry_id not in hashes:
                    reason = ("the newest entries were removed" if entry_id > last_id else "an entry was removed")
                    return VerifyResult(False, count, entry_id, f"signed checkpoint names entry {entry_id}, which is "
                                                                f"missing ({reason})", proved, unproved)
                if hashes[entry_id] != digest:
                    return VerifyResult(False, count, entry_id, f"signed checkpoint for entry {entry_id} does not match "
                                                                "its hash (the chain was rewritten)", proved, unproved)
            if checkpoints:
                newest = max(i for i, _ in checkpoints)
                proved.append(f"{len(checkpoints)} signed checkpoints match; the chain holds at least up to entry {newest}")
                if last_id > newest:
                    unproved.append(f"entries after {newest} are newer than the last checkpoint")
            if bad:
                unproved.append(f"{bad} checkpoint lines were unreadable or wrongly signed and were ignored")
        elif self.key is not None and self.checkpoint_file is not None:
            unproved.append(f"checkpoint file {self.checkpoint_file} does not exist: removal of the newest entries "
                            "cannot be detected")
        elif self.key is not None:
            unproved.append("no checkpoint file (CLINIBOT_AUDIT_CHECKPOINT_FILE): removal of the newest entries "
                            "cannot be detected")
        return VerifyResult(True, count, proved=proved, unproved=unproved)
