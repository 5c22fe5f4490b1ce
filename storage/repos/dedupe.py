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


async def forget_before(db: Database, cutoff: datetime) -> int:
    """Retention: Slack stops retrying after minutes, so old keys can go."""
    async with db.session() as s:
        result = await s.execute(delete(ProcessedEvent).where(ProcessedEvent.created_at < cutoff))
        return result.rowcount or 0
