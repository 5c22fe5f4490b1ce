"""Clinician adjudication of the grader: sampled criterion verdicts and reviewers' votes on them.

Text is stored only after the PHI guard's storage rule; votes are one per reviewer per item.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models.core import utcnow


class EvalAdjudication(SQLModel, table=True):
    """One graded criterion of one case of one run, put to clinicians: open -> (escalated) -> done."""

    __tablename__ = "eval_adjudication"
    __table_args__ = (UniqueConstraint("run_id", "prompt_id", "criterion_index"),)
    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(max_length=128, index=True)
    prompt_id: str = Field(max_length=128)
    criterion_index: int
    criterion: str = Field(sa_column=Column(Text, nullable=False))
    points: float
    request: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    response: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    grader_met: bool
    status: str = Field(default="open", max_length=16, index=True)  # open | escalated | done
    verdict: bool | None = None  # the clinicians' verdict once decided
    channel: str = Field(default="", max_length=64)
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    closed_at: datetime | None = Field(default=None, sa_type=DateTime())


class EvalVote(SQLModel, table=True):
    __tablename__ = "eval_vote"
    __table_args__ = (UniqueConstraint("item_id", "reviewer"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="eval_adjudication.id", index=True)
    reviewer: str = Field(max_length=128)
    met: bool
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
