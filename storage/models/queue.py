"""The embedded (SQLite) hand-over queue: a request is a row here before Slack gets its 200.

PostgreSQL deployments use procrastinate's own tables instead (applied by `clinibot migrate`); this
table exists there too but stays empty. The payload is sealed (encrypted) and the row is deleted
once the work is done, so no clinical text rests here.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Text
from sqlmodel import Field, SQLModel

from storage.models.core import utcnow


class QueuedRequest(SQLModel, table=True):
    __tablename__ = "queued_request"
    id: int | None = Field(default=None, primary_key=True)
    method: str = Field(max_length=64)
    payload: str = Field(sa_type=Text())  # sealed JSON arguments
    state: str = Field(default="todo", max_length=16, index=True)  # todo | doing | failed
    attempts: int = 0
    lease_until: datetime | None = Field(default=None, sa_type=DateTime())
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
