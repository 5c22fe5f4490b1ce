"""Production monitoring: every AI output we showed, clinicians' feedback on it, reviewers' ratings,
and the weekly pilot roll-up.

Outputs are stored with the SHA-256 of the text that was shown, so a rating still names exactly
what was rated after retention has blanked the (already PHI-guarded) text. Nothing here holds a
patient identifier: text passes `svc.phi.for_storage` first and metric rows hold counts only.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models.core import utcnow


class MonitoredOutput(SQLModel, table=True):
    """One draft or evidence answer as shown to a clinician; `(kind, ref)` makes recording idempotent."""

    __tablename__ = "mon_output"
    __table_args__ = (UniqueConstraint("kind", "ref"), Index("ix_mon_output_channel_created", "channel", "created_at"))
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # draft | evidence
    ref: str = Field(max_length=64)  # "draft:12" or the evidence cycle id
    sha256: str = Field(max_length=64, index=True)
    text: str = Field(default="", sa_column=Column(Text, nullable=False))  # PHI-guarded; blanked by retention
    chars: int = 0
    skill: str = Field(default="", max_length=64, index=True)
    model: str = Field(default="", max_length=128)
    template_version: str = Field(default="", max_length=64)
    author: str = Field(default="", max_length=128, index=True)  # platform:user id
    platform: str = Field(default="console", max_length=16)
    channel: str = Field(default="", max_length=64)
    sampled: bool = False  # chosen by the sampling rate
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)


class OutputFeedback(SQLModel, table=True):
    """A clinician's vote (helpful / not_helpful) or problem report; one of each per person per output."""

    __tablename__ = "mon_feedback"
    __table_args__ = (UniqueConstraint("output_id", "actor", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    output_id: int = Field(foreign_key="mon_output.id", index=True)
    actor: str = Field(max_length=128, index=True)
    kind: str = Field(max_length=8)  # vote | report
    verdict: str = Field(max_length=16)  # helpful | not_helpful | report
    reason: str = Field(default="", max_length=48)  # report reason key
    note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))  # PHI-guarded
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)


class ReviewTask(SQLModel, table=True):
    """An output in the review queue: sampled, reported, or both. Two ratings close it, three if escalated."""

    __tablename__ = "mon_review_task"
    id: int | None = Field(default=None, primary_key=True)
    output_id: int = Field(foreign_key="mon_output.id", unique=True)
    reason: str = Field(default="sample", max_length=16)  # sample | report
    status: str = Field(default="open", max_length=16, index=True)  # open | escalated | done
    required: int = 2
    channel: str = Field(default="", max_length=64)
    message_ref: str = Field(default="", max_length=64)
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)
    closed_at: datetime | None = Field(default=None, sa_type=DateTime())


class ReviewRating(SQLModel, table=True):
    """One reviewer's tiered rating (1-5 each), stored with what was rated: hash, skill, model, template."""

    __tablename__ = "mon_review_rating"
    __table_args__ = (UniqueConstraint("output_id", "reviewer"),)
    id: int | None = Field(default=None, primary_key=True)
    output_id: int = Field(foreign_key="mon_output.id", index=True)
    task_id: int = Field(foreign_key="mon_review_task.id", index=True)
    reviewer: str = Field(max_length=128)
    safety: int
    accuracy: int
    trust: int
    red_team: bool = False
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))  # PHI-guarded
    output_sha256: str = Field(max_length=64)
    skill: str = Field(default="", max_length=64)
    model: str = Field(default="", max_length=128)
    template_version: str = Field(default="", max_length=64)
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)


class PilotWeek(SQLModel, table=True):
    """The pilot roll-up: one row per department and ISO week, counts only (JSON)."""

    __tablename__ = "mon_pilot_week"
    __table_args__ = (UniqueConstraint("week_start", "department"),)
    id: int | None = Field(default=None, primary_key=True)
    week_start: date = Field(index=True)  # the Monday
    department: str = Field(max_length=64)
    metrics: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    mapping: str = Field(default="", max_length=16)  # departments-file signature it was computed with
    computed_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
