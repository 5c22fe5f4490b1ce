"""Tables the core needs: event de-duplication, the audit chain, drafts and their versions."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class ProcessedEvent(SQLModel, table=True):
    """One row per platform delivery already handled; the primary key makes retries no-ops."""

    __tablename__ = "processed_event"
    key: str = Field(primary_key=True, max_length=255)
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)


class AuditEntry(SQLModel, table=True):
    """Append-only, hash-chained. `detail` is JSON text already passed through the PHI guard."""

    __tablename__ = "audit_entry"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)
    actor: str = Field(max_length=128)
    action: str = Field(max_length=64, index=True)
    subject: str = Field(default="", max_length=128)
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64, unique=True)  # unique: two writers cannot fork the chain
    hash: str = Field(max_length=64, unique=True)
    mac: str | None = Field(default=None, max_length=64)  # HMAC of the hash under the audit key (None before keying)


class Draft(SQLModel, table=True):
    """One version of a drafted document. Approved rows are immutable (content + SHA-256)."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("root_id", "version"),)
    id: int | None = Field(default=None, primary_key=True)
    root_id: int | None = Field(default=None, index=True)  # first version's id; groups versions
    version: int = 1
    skill: str = Field(max_length=64, index=True)
    state: str = Field(default="draft", max_length=16, index=True)
    author: str = Field(max_length=128, index=True)
    platform: str = Field(default="slack", max_length=16)
    channel: str = Field(default="", max_length=64, index=True)
    message_ref: str = Field(default="", max_length=64, index=True)  # platform message id (Slack ts)
    content: str = Field(default="", sa_column=Column(Text, nullable=False))  # PHI-guarded text
    fields_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))  # PHI-guarded
    model: str = Field(default="template", max_length=128)
    template_version: str = Field(default="", max_length=64)
    sha256: str = Field(default="", max_length=64)
    moved_by: str = Field(default="", max_length=128)
    moved_at: datetime | None = Field(default=None, sa_type=DateTime())
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)
