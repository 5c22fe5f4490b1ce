"""At-most-once processing for platform deliveries, shared by every worker through the database."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from storage.db import Database
from storage.models.core import ProcessedEvent


async def first_time(db: Database, key: str) -> bool:
    """True exactly once per key, across restarts and across workers (primary-key insert)."""
    try:
        async with db.session() as s:
            s.add(ProcessedEvent(key=key[:255]))
        return True
    except IntegrityError:
        return False


async def claim(db: Database, key: str, owner: str) -> bool:
    """Like :func:`first_time`, but the same stored delivery (``owner``) may claim its key again: a
    queued job retried after its worker died is not mistaken for a Slack retry. The key and its
    owner are written in one transaction, so a crash cannot leave a key without its owner."""
    owned = f"{key[:200]}#{owner[:48]}"
    try:
        async with db.session() as s:
            s.add(ProcessedEvent(key=key[:255]))
            s.add(ProcessedEvent(key=owned))
        return True
    except IntegrityError:
        async with db.session() as s:
            return await s.get(ProcessedEvent, owned) is not None


async def forget_before(db: Database, cutoff: datetime) -> int:
    """Retention: Slack stops retrying after minutes, so old keys can go."""
    async with db.session() as s:
        result = await s.execute(delete(ProcessedEvent).where(ProcessedEvent.created_at < cutoff))
        return result.rowcount or 0
