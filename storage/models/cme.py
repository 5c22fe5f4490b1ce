"""CME tables: learners, activities, enrolments, attempts, point-of-care cycles, claims, awards.

Credit amounts are stored as integer hundredths (`*_hundredths`): exact on SQLite and PostgreSQL
alike, and SQL sums stay exact. `credit_award` is append-only: rows are never updated or deleted
(an ORM guard refuses it); a correction is a new row whose `reverses_award_id` points at the old one.
Every award carries a unique `idempotency_key`, so a retried event or a second worker cannot award twice.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, DateTime, Index, Text, UniqueConstraint, event
from sqlmodel import Field, SQLModel

from storage.models.core import utcnow


def _dec(hundredths: int) -> Decimal:
    return (Decimal(hundredths) / 100).quantize(Decimal("0.01"))


class CmeLearner(SQLModel, table=True):
    """A clinician as the accredited provider knows them; `learner_uuid` is the only id used in URLs."""

    __tablename__ = "cme_learner"
    __table_args__ = (UniqueConstraint("platform", "chat_user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    learner_uuid: str = Field(max_length=36, unique=True)
    platform: str = Field(max_length=16)
    chat_user_id: str = Field(max_length=64)
    first_name: str = Field(default="", max_length=128)
    last_name: str = Field(default="", max_length=128)
    email: str = Field(default="", max_length=255)
    profession: str = Field(default="", max_length=16)  # MD/DO/NP/PA/RN/other
    dob_month: int | None = None
    dob_day: int | None = None
    npi: str = Field(default="", max_length=10)
    license_state: str = Field(default="", max_length=2)
    license_id: str = Field(default="", max_length=64)
    board_code: str = Field(default="", max_length=16)
    board_id: str = Field(default="", max_length=64)
    consent_board_reporting: bool = False
    consent_at: datetime | None = Field(default=None, sa_type=DateTime())
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or f"Learner {self.learner_uuid[:8]}"


class CmeActivity(SQLModel, table=True):
    """A snapshot of the configured activity (synced from cme/activities.yaml) so exports are self-contained."""

    __tablename__ = "cme_activity"
    activity_id: str = Field(primary_key=True, max_length=64)
    provider_activity_id: str = Field(default="", max_length=64)
    pars_activity_id: str = Field(default="", max_length=64)
    track_id: str | None = Field(default=None, max_length=64)
    title: str = Field(max_length=255)
    format: str = Field(max_length=16)  # enduring | internet_poc
    designated_max_hundredths: int
    moc_points_hundredths: int = 0
    moc_credit_type: str = Field(default="", max_length=16)
    passing_score: float = 0.75
    max_attempts: int = 3
    release_date: date | None = None
    review_date: date | None = None
    expiry_date: date | None = None
    accreditation_statement: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    designation_statement: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))

    @property
    def designated_max(self) -> Decimal:
        return _dec(self.designated_max_hundredths)


class CmeEnrollment(SQLModel, table=True):
    """One learner's enrolment in a track; `registration` is the xAPI registration reused by its statements."""

    __tablename__ = "cme_enrollment"
    __table_args__ = (UniqueConstraint("learner_id", "activity_id"),
                      Index("ix_cme_enrollment_progress", "activity_id", "completed_at"))
    id: int | None = Field(default=None, primary_key=True)
    learner_id: int = Field(foreign_key="cme_learner.id", index=True)
    activity_id: str = Field(foreign_key="cme_activity.activity_id", max_length=64)
    registration: str = Field(max_length=36, unique=True)
    enrolled_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    completed_at: datetime | None = Field(default=None, sa_type=DateTime())


class CmeAttempt(SQLModel, table=True):
    """One quiz try on one module, exactly as the curriculum engine reported it."""

    __tablename__ = "cme_attempt"
    # Covers the dashboard's per-module statistics (group by module, distinct learners, averages).
    __table_args__ = (Index("ix_cme_attempt_cohort", "activity_id", "module_id", "learner_id", "passed", "scaled_score"),)
    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=255, unique=True)
    learner_id: int = Field(foreign_key="cme_learner.id", index=True)
    activity_id: str = Field(foreign_key="cme_activity.activity_id", max_length=64)
    module_id: str = Field(max_length=64)
    attempt_no: int
    started_at: datetime = Field(sa_type=DateTime())
    finished_at: datetime = Field(sa_type=DateTime())
    duration_iso8601: str = Field(default="", max_length=32)
    minutes: float = 0
    raw_score: float = 0
    max_score: float = 0
    scaled_score: float = 0
    passed: bool = False
    xapi_registration: str = Field(max_length=36)
    item_responses: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


class CmeCycle(SQLModel, table=True):
    """A point-of-care learning cycle: question + sources when searched, reflection when completed."""

    __tablename__ = "cme_poc_cycle"
    id: int | None = Field(default=None, primary_key=True)
    cycle_uuid: str = Field(max_length=36, unique=True)
    learner_id: int = Field(foreign_key="cme_learner.id", index=True)
    activity_id: str = Field(foreign_key="cme_activity.activity_id", max_length=64)
    question_text: str = Field(default="", sa_column=Column(Text, nullable=False))  # PHI-guarded
    question_key: str = Field(max_length=64, index=True)  # sha256 of the normalised question
    sources: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON [{url,title}]
    searched_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)
    reflection: str = Field(default="", max_length=16)  # changed | confirmed | not_applicable
    application_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    completed_at: datetime | None = Field(default=None, sa_type=DateTime())
    credit_hundredths: int = 0


class CmeClaim(SQLModel, table=True):
    """A finished track waiting for (or given) the learner's attestation; the award follows attestation."""

    __tablename__ = "cme_claim"
    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=255, unique=True)
    learner_id: int = Field(foreign_key="cme_learner.id", index=True)
    activity_id: str = Field(foreign_key="cme_activity.activity_id", max_length=64)
    source_attempt_id: int = Field(foreign_key="cme_attempt.id")
    claimed_minutes: float = 0
    credit_hundredths: int = 0
    completed_at: datetime = Field(sa_type=DateTime())
    state: str = Field(default="awaiting_attestation", max_length=24, index=True)  # | attested
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)

    @property
    def credits(self) -> Decimal:
        return _dec(self.credit_hundredths)


class CreditAward(SQLModel, table=True):
    """Append-only credit ledger row. Negative amounts reverse the row named by `reverses_award_id`."""

    __tablename__ = "credit_award"
    __table_args__ = (Index("ix_credit_award_learner_date", "learner_id", "completion_date"),
                      Index("ix_credit_award_date_amount", "completion_date", "amount_hundredths"))
    id: int | None = Field(default=None, primary_key=True)
    award_uuid: str = Field(max_length=36, unique=True)  # verification id printed on transcripts
    idempotency_key: str = Field(max_length=255, unique=True)
    learner_id: int = Field(foreign_key="cme_learner.id", index=True)
    activity_id: str = Field(foreign_key="cme_activity.activity_id", index=True, max_length=64)
    credit_type: str = Field(default="AMA_PRA_1", max_length=16)
    amount_hundredths: int
    claimed_minutes: float = 0
    completion_date: date
    attestation_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    attestation_version: str = Field(default="", max_length=32)
    attested_at: datetime | None = Field(default=None, sa_type=DateTime())
    source_attempt_id: int | None = Field(default=None, foreign_key="cme_attempt.id")
    source_cycle_id: int | None = Field(default=None, foreign_key="cme_poc_cycle.id")
    source_claim_id: int | None = Field(default=None, foreign_key="cme_claim.id")
    reverses_award_id: int | None = Field(default=None, foreign_key="credit_award.id", unique=True)
    reason: str = Field(default="", max_length=255)
    created_by: str = Field(default="system", max_length=128)
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)

    @property
    def amount(self) -> Decimal:
        return _dec(self.amount_hundredths)


class CmeParsReport(SQLModel, table=True):
    """When an award went to PARS, kept apart so the award row itself never changes."""

    __tablename__ = "cme_pars_report"
    award_id: int = Field(foreign_key="credit_award.id", primary_key=True)
    pars_batch_id: str = Field(max_length=64)
    reported_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


class XapiSent(SQLModel, table=True):
    """Statements the LRS acknowledged; the deterministic id makes a resend a no-op."""

    __tablename__ = "cme_xapi_sent"
    statement_id: str = Field(primary_key=True, max_length=36)
    source_key: str = Field(max_length=255)
    sent_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


class DashboardLink(SQLModel, table=True):
    """A one-time dashboard sign-in link: only its nonce is stored; it can be spent once."""

    __tablename__ = "cme_dashboard_link"
    nonce: str = Field(primary_key=True, max_length=64)
    educator: str = Field(max_length=128)
    expires_at: datetime = Field(sa_type=DateTime())
    used_at: datetime | None = Field(default=None, sa_type=DateTime())
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


class DashboardSession(SQLModel, table=True):
    """A dashboard session; the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "cme_dashboard_session"
    token_hash: str = Field(primary_key=True, max_length=64)
    educator: str = Field(max_length=128)
    expires_at: datetime = Field(sa_type=DateTime(), index=True)
    created_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


@event.listens_for(CreditAward, "before_update")
@event.listens_for(CreditAward, "before_delete")
def _awards_are_immutable(_mapper, _conn, target: CreditAward) -> None:
    raise RuntimeError(f"credit_award rows are append-only (award {target.id}); add a reversing entry instead")
