"""Read side of the CME ledger: totals, transcripts, cohort statistics and streamed export rows.

Every query nets out reversed awards: an award counts unless a later row reverses it, and reversing
rows themselves never appear on a transcript. Exports stream in batches (`yield_per`) so memory
stays flat however many rows there are.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from storage.db import Database
from storage.models.cme import (CmeActivity, CmeAttempt, CmeClaim, CmeEnrollment, CmeLearner, CreditAward)

_reversal = aliased(CreditAward)


def effective_awards():
    """Awards that still count: not a reversal and not reversed (reversals are few; unique-indexed)."""
    reversed_ids = select(_reversal.reverses_award_id).where(_reversal.reverses_award_id.is_not(None))
    return and_(CreditAward.reverses_award_id.is_(None), CreditAward.id.not_in(reversed_ids))


def _dec(h: int | None) -> Decimal:
    return (Decimal(int(h or 0)) / 100).quantize(Decimal("0.01"))


class AwardRow:
    """The award columns an export needs (lighter than an ORM object when streaming millions)."""

    __slots__ = ("id", "award_uuid", "activity_id", "credit_type", "amount_hundredths", "completion_date")

    def __init__(self, id, award_uuid, activity_id, credit_type, amount_hundredths, completion_date) -> None:  # noqa: A002
        self.id, self.award_uuid, self.activity_id = id, award_uuid, activity_id
        self.credit_type, self.amount_hundredths = credit_type, amount_hundredths
        self.completion_date = completion_date if isinstance(completion_date, date) else date.fromisoformat(str(completion_date))

    @property
    def amount(self) -> Decimal:
        return _dec(self.amount_hundredths)


class LearnerRow:
    __slots__ = ("learner_uuid", "first_name", "last_name", "email", "profession", "dob_month", "dob_day", "npi",
                 "license_state", "license_id", "board_code", "board_id", "consent_board_reporting")

    def __init__(self, *values) -> None:
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or f"Learner {self.learner_uuid[:8]}"


@dataclass(frozen=True)
class TranscriptLine:
    award_uuid: str
    activity_id: str
    title: str
    format: str
    completion_date: date
    credits: Decimal
    moc_points: Decimal
    moc_credit_type: str
    credit_type: str


@dataclass(frozen=True)
class ActivityTotal:
    activity_id: str
    title: str
    year: Decimal
    total: Decimal


@dataclass(frozen=True)
class TrackProgress:
    activity_id: str
    title: str
    enrolled: int
    in_progress: int
    passed: int
    awarded: int
    average_score: float | None
    attempts: int


@dataclass(frozen=True)
class ModuleProgress:
    activity_id: str
    module_id: str
    learners: int
    passed: int
    average_score: float | None
    attempts: int


class CmeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def learner_by_uuid(self, learner_uuid: str) -> CmeLearner | None:
        async with self.db.session() as s:
            return (await s.execute(select(CmeLearner).where(CmeLearner.learner_uuid == learner_uuid))).scalar_one_or_none()

    async def learner_by_chat(self, platform: str, user_id: str) -> CmeLearner | None:
        async with self.db.session() as s:
            return (await s.execute(select(CmeLearner).where(
                CmeLearner.platform == platform, CmeLearner.chat_user_id == user_id))).scalar_one_or_none()

    async def activities(self) -> list[CmeActivity]:
        async with self.db.session() as s:
            return list((await s.execute(select(CmeActivity).order_by(CmeActivity.activity_id))).scalars())

    async def totals(self, learner_id: int, year: int) -> list[ActivityTotal]:
        """Credits by activity: this calendar year and all time."""
        start = date(year, 1, 1)
        this_year = func.sum(case((CreditAward.completion_date >= start, CreditAward.amount_hundredths), else_=0))
        q = (select(CmeActivity.activity_id, CmeActivity.title, this_year, func.sum(CreditAward.amount_hundredths))
             .join(CmeActivity, CmeActivity.activity_id == CreditAward.activity_id)
             .where(CreditAward.learner_id == learner_id, effective_awards())
             .group_by(CmeActivity.activity_id, CmeActivity.title).order_by(CmeActivity.activity_id))
        async with self.db.session() as s:
            rows = (await s.execute(q)).all()
        return [ActivityTotal(a, t, _dec(y), _dec(tot)) for a, t, y, tot in rows]

    async def transcript(self, learner_id: int, start: date | None = None, end: date | None = None) -> list[TranscriptLine]:
        q = (select(CreditAward, CmeActivity).join(CmeActivity, CmeActivity.activity_id == CreditAward.activity_id)
             .where(CreditAward.learner_id == learner_id, effective_awards()))
        if start:
            q = q.where(CreditAward.completion_date >= start)
        if end:
            q = q.where(CreditAward.completion_date <= end)
        q = q.order_by(CreditAward.completion_date, CreditAward.id)
        async with self.db.session() as s:
            rows = (await s.execute(q)).all()
        return [_line(a, act) for a, act in rows]

    async def stream_export(self, start: date | None, end: date | None, *,
                            batch: int = 2000) -> AsyncIterator[tuple["AwardRow", "LearnerRow", CmeActivity]]:
        """Effective positive awards with their learner and activity, in keyset-paged batches.

        Each batch is its own short query (seek on award id) returning plain columns, so neither the
        driver nor the ORM holds more than one batch, on SQLite and PostgreSQL alike.
        """
        activities = {a.activity_id: a for a in await self.activities()}
        cols = [CreditAward.id, CreditAward.award_uuid, CreditAward.activity_id, CreditAward.credit_type,
                CreditAward.amount_hundredths, CreditAward.completion_date,
                *[getattr(CmeLearner, f) for f in LearnerRow.__slots__]]
        q = (select(*cols).join(CmeLearner, CmeLearner.id == CreditAward.learner_id)
             .where(effective_awards(), CreditAward.amount_hundredths > 0))
        if start:
            q = q.where(CreditAward.completion_date >= start)
        if end:
            q = q.where(CreditAward.completion_date <= end)
        last = 0
        while True:
            async with self.db.session() as s:
                rows = (await s.execute(q.where(CreditAward.id > last).order_by(CreditAward.id).limit(batch))).all()
            for r in rows:
                award = AwardRow(*r[:6])
                yield award, LearnerRow(*r[6:]), activities[award.activity_id]
            if len(rows) < batch:
                return
            last = rows[-1][0]

    async def stream_learners(self, start: date | None, end: date | None, *, batch: int = 500) -> AsyncIterator[CmeLearner]:
        """Learners with at least one effective award in the window (for per-learner PDFs), in batches."""
        has = select(CreditAward.learner_id).where(effective_awards())
        if start:
            has = has.where(CreditAward.completion_date >= start)
        if end:
            has = has.where(CreditAward.completion_date <= end)
        last = 0
        while True:
            async with self.db.session() as s:
                rows = list((await s.execute(select(CmeLearner).where(CmeLearner.id.in_(has), CmeLearner.id > last)
                                             .order_by(CmeLearner.id).limit(batch))).scalars())
            for learner in rows:
                yield learner
            if len(rows) < batch:
                return
            last = rows[-1].id

    async def cohort_version(self) -> tuple:
        """A cheap fingerprint of everything the cohort statistics read.

        Ledger rows are append-only and every state change (a claim attested, a track completed)
        comes with a new award or claim row, so the highest ids change whenever the figures can.
        """
        async with self.db.session() as s:
            row = (await s.execute(select(
                select(func.max(CmeAttempt.id)).scalar_subquery(), select(func.max(CreditAward.id)).scalar_subquery(),
                select(func.max(CmeClaim.id)).scalar_subquery(), select(func.max(CmeEnrollment.id)).scalar_subquery(),
                select(func.max(CmeLearner.id)).scalar_subquery()))).one()
        return tuple(row)

    async def cohort_tracks(self) -> list[TrackProgress]:
        acts = [a for a in await self.activities() if a.format == "enduring"]
        async with self.db.session() as s:
            enrolled = dict((await s.execute(select(CmeEnrollment.activity_id, func.count())
                                             .group_by(CmeEnrollment.activity_id))).all())
            done = dict((await s.execute(select(CmeEnrollment.activity_id, func.count())
                                         .where(CmeEnrollment.completed_at.is_not(None))
                                         .group_by(CmeEnrollment.activity_id))).all())
            attempts = {a: (n, avg) for a, n, avg in (await s.execute(
                select(CmeAttempt.activity_id, func.count(), func.avg(CmeAttempt.scaled_score))
                .group_by(CmeAttempt.activity_id))).all()}
            awarded = dict((await s.execute(select(CmeClaim.activity_id, func.count())
                                            .where(CmeClaim.state == "attested").group_by(CmeClaim.activity_id))).all())
        out = []
        for a in acts:
            n, avg = attempts.get(a.activity_id, (0, None))
            e, d = int(enrolled.get(a.activity_id, 0)), int(done.get(a.activity_id, 0))
            out.append(TrackProgress(a.activity_id, a.title, e, e - d, d, int(awarded.get(a.activity_id, 0)),
                                     None if avg is None else float(avg), int(n)))
        return out

    async def cohort_modules(self) -> list[ModuleProgress]:
        q = (select(CmeAttempt.activity_id, CmeAttempt.module_id, func.count(func.distinct(CmeAttempt.learner_id)),
                    func.count(func.distinct(case((CmeAttempt.passed.is_(True), CmeAttempt.learner_id)))),
                    func.avg(CmeAttempt.scaled_score), func.count())
             .group_by(CmeAttempt.activity_id, CmeAttempt.module_id)
             .order_by(CmeAttempt.activity_id, CmeAttempt.module_id))
        async with self.db.session() as s:
            rows = (await s.execute(q)).all()
        return [ModuleProgress(a, m, int(n), int(p), None if avg is None else float(avg), int(c))
                for a, m, n, p, avg, c in rows]

    async def credits_by_day(self, start: date | None = None) -> list[tuple[date, Decimal]]:
        """Net credits per completion day (reversals included, so corrections show up where they land)."""
        q = select(CreditAward.completion_date, func.sum(CreditAward.amount_hundredths)).group_by(
            CreditAward.completion_date).order_by(CreditAward.completion_date)
        if start:
            q = q.where(CreditAward.completion_date >= start)
        async with self.db.session() as s:
            rows = (await s.execute(q)).all()
        return [(d if isinstance(d, date) else date.fromisoformat(str(d)), _dec(h)) for d, h in rows]

    async def learner_page(self, offset: int = 0, limit: int = 50) -> tuple[list[tuple[CmeLearner, Decimal]], int]:
        """One page of learners (by id) with their net credit totals; sums only the page's learners."""
        async with self.db.session() as s:
            learners = list((await s.execute(select(CmeLearner).order_by(CmeLearner.id)
                                             .offset(offset).limit(limit))).scalars())
            ids = [lrn.id for lrn in learners]
            sums = dict((await s.execute(select(CreditAward.learner_id, func.sum(CreditAward.amount_hundredths))
                                         .where(CreditAward.learner_id.in_(ids))
                                         .group_by(CreditAward.learner_id))).all()) if ids else {}
            count = (await s.execute(select(func.count()).select_from(CmeLearner))).scalar_one()
        return [(lrn, _dec(sums.get(lrn.id))) for lrn in learners], int(count)


def _line(a: CreditAward, act: CmeActivity) -> TranscriptLine:
    from cme.rules import moc_points

    return TranscriptLine(a.award_uuid, act.activity_id, act.title, act.format, a.completion_date, a.amount,
                          moc_points(a.amount, _dec(act.moc_points_hundredths), act.designated_max),
                          act.moc_credit_type, a.credit_type)


def as_datetime(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)
