"""Curriculum state: enrolments, quiz attempts and answers, deliveries, reviews, survey answers.

The database is the source of truth for what is due and where each learner is, so a restart
mid-quiz continues where the learner was, and a unique key on each delivery means a second worker
or a retried click never delivers twice.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models.core import utcnow


class Enrollment(SQLModel, table=True):
    __tablename__ = "train_enrollment"
    __table_args__ = (UniqueConstraint("learner", "track_id"),)
    id: int | None = Field(default=None, primary_key=True)
    learner: str = Field(max_length=128, index=True)  # platform:user id
    platform: str = Field(max_length=16)
    user_id: str = Field(max_length=64)
    track_id: str = Field(max_length=32, index=True)
    status: str = Field(default="active", max_length=16, index=True)  # active | paused | completed
    phase: str = Field(default="pretest", max_length=16)  # pretest | lesson | quiz | posttest | survey | done
    module_index: int = 0
    part_index: int = 0
    survey_index: int = 0
    pace: str = Field(default="self", max_length=16)  # "self" or "HH:MM" (daily)
    tz: str = Field(default="UTC", max_length=64)
    channel: str = Field(default="", max_length=64)
    thread_ref: str = Field(default="", max_length=64, index=True)
    next_due_at: datetime | None = Field(sa_type=DateTime(), default=None, index=True)
    last_activity_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    last_reminder_at: datetime | None = Field(default=None, sa_type=DateTime())
    reviews_enabled: bool = True
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    completed_at: datetime | None = Field(default=None, sa_type=DateTime())


class QuizAttempt(SQLModel, table=True):
    __tablename__ = "train_attempt"
    __table_args__ = (UniqueConstraint("enrollment_id", "module_id", "kind", "attempt_no"),)
    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(index=True, foreign_key="train_enrollment.id")
    module_id: str = Field(max_length=64)  # the module, or "<track>:pretest" / "<track>:posttest"
    kind: str = Field(max_length=16)  # module | pretest | posttest
    attempt_no: int = 1
    order_json: str = Field(sa_column=Column(Text, nullable=False))  # [{"item": qid, "options": [orig keys]}]
    position: int = 0
    correct: int = 0
    started_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    finished_at: datetime | None = Field(default=None, sa_type=DateTime())
    passed: bool | None = None


class QuizAnswer(SQLModel, table=True):
    __tablename__ = "train_answer"
    __table_args__ = (UniqueConstraint("attempt_id", "item_id"),)
    id: int | None = Field(default=None, primary_key=True)
    attempt_id: int = Field(index=True, foreign_key="train_attempt.id")
    item_id: str = Field(max_length=160)
    chosen: str = Field(max_length=2)  # the option's original key
    correct: bool = False
    at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)


class Delivery(SQLModel, table=True):
    """Claimed before sending; the unique key is what makes delivery exactly-once across workers."""

    __tablename__ = "train_delivery"
    key: str = Field(primary_key=True, max_length=200)
    enrollment_id: int = Field(index=True)
    kind: str = Field(max_length=16)
    at: datetime = Field(sa_type=DateTime(), default_factory=utcnow, index=True)


class ReviewDue(SQLModel, table=True):
    """Spaced retrieval practice (about 1, 7 and 30 days after a module); not credit-bearing."""

    __tablename__ = "train_review"
    __table_args__ = (UniqueConstraint("enrollment_id", "module_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(index=True)
    module_id: str = Field(max_length=64)
    day: int
    due_at: datetime = Field(sa_type=DateTime(), index=True)
    item_id: str = Field(default="", max_length=160)
    sent_at: datetime | None = Field(default=None, sa_type=DateTime())
    answered: str = Field(default="", max_length=2)


class SurveyAnswer(SQLModel, table=True):
    __tablename__ = "train_survey"
    __table_args__ = (UniqueConstraint("enrollment_id", "question_id"),)
    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(index=True)
    question_id: str = Field(max_length=64)
    answer: str = Field(default="", sa_column=Column(Text, nullable=False))  # PHI-guarded
    at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


class PartLog(SQLModel, table=True):
    """When each lesson part reached a learner and when they were done with it: the time-on-task record.

    Lesson and case parts count as done when the learner asks for the next part; exercises, readings
    and reflections when the learner answers in the thread (the answer is kept only as the PHI guard's
    storage rule allows); graded exercises also carry the learner's self-score per rubric criterion.
    """

    __tablename__ = "train_part"
    __table_args__ = (UniqueConstraint("enrollment_id", "module_id", "part_index"),)
    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(index=True, foreign_key="train_enrollment.id")
    module_id: str = Field(max_length=64)
    part_index: int
    kind: str = Field(max_length=16)
    delivered_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    answered_at: datetime | None = Field(default=None, sa_type=DateTime())
    reply: str = Field(default="", sa_column=Column(Text, nullable=False))  # PHI-guarded
    reply_chars: int = 0
    exercise_id: str = Field(default="", max_length=64)
    scores: str = Field(default="", max_length=200)  # self-score per criterion, e.g. "2 1 2"
    scored_at: datetime | None = Field(default=None, sa_type=DateTime())
