"""The credit ledger: turns completion records and learning cycles into awards, exactly once.

Inputs come from other services: the curriculum engine calls `record_completion` per module attempt
and `track_completed` when a learner finishes a track; the evidence service calls `open_cycle` after
a search and `complete_cycle` when the clinician reflects. Credit amounts come only from
`cme.rules`. Every write is keyed: attempts, claims, awards and cycles carry unique idempotency keys,
so a retried event or a second worker hitting the same key gets the existing row back.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from cme import rules
from cme.config import ActivityConfig, CmeConfig
from storage.db import Database
from storage.models.cme import (CmeActivity, CmeAttempt, CmeClaim, CmeCycle, CmeEnrollment, CmeLearner,
                                CreditAward)
from storage.models.core import utcnow

XAPI_NAMESPACE = uuid.UUID("6f1d7a52-3f0e-5c36-9d1e-2b6c1c0f5a10")


@dataclass(frozen=True)
class CompletionRecord:
    """One module quiz attempt, as the curriculum engine reports it (it never calculates credit)."""

    learner_user_id: str
    platform: str
    track_id: str
    module_id: str
    minutes: float
    score: float  # scaled 0-1
    passed: bool
    attempt_no: int
    started_at: datetime
    finished_at: datetime
    item_responses: Sequence[dict[str, Any]] = ()  # [{"item_id", "response", "correct": bool}]
    raw_score: float | None = None
    max_score: float | None = None


@dataclass(frozen=True)
class TrackCompletion:
    """The learner finished every module of a track (the engine's view); the ledger re-checks it."""

    learner_user_id: str
    platform: str
    track_id: str
    module_ids: Sequence[str]
    completed_at: datetime
    minutes: float | None = None  # claimed engagement; default: sum of the passing attempts' minutes


@dataclass(frozen=True)
class ClaimResult:
    claim_id: int | None
    eligible: bool
    credits: Decimal = rules.ZERO
    attestation_text: str = ""
    attestation_version: str = ""
    activity_title: str = ""
    reason: str = ""
    already_attested: bool = False


@dataclass(frozen=True)
class CycleResult:
    cycle_id: str
    credited: bool
    credit: Decimal
    award_id: int | None = None
    reason: str = ""
    repeat: bool = False  # the award already existed: nothing new was credited this time


@dataclass
class LearnerIds:
    """Optional identifiers boards need; only the ones given are changed."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    profession: str | None = None
    dob_month: int | None = None
    dob_day: int | None = None
    npi: str | None = None
    license_state: str | None = None
    license_id: str | None = None
    board_code: str | None = None
    board_id: str | None = None
    consent_board_reporting: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def hundredths(amount: Decimal) -> int:
    return int((rules.to_decimal(amount) * 100).to_integral_value())


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration as xAPI wants it, e.g. PT12M30S."""
    secs = max(0, int(round(seconds)))
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s or not (h or m) else "")


def question_key(question: str) -> str:
    norm = " ".join(question.casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


class Ledger:
    """All CME writes go through here. Safe to run in several processes against one database."""

    def __init__(self, db: Database, config: CmeConfig, *, clock: Callable[[], datetime] = utcnow,
                 scrub: Callable[[str], str] | None = None) -> None:
        self.db = db
        self.config = config
        self.clock = clock
        self.scrub = scrub or (lambda text: text)
        self._synced = False

    # -- configuration -> tables ---------------------------------------------------------------
    async def sync_activities(self) -> None:
        """Upsert the configured activities so every award and export can join to them."""
        for act in self.config.activities.values():
            await self._upsert_activity(act)
        self._synced = True

    async def _upsert_activity(self, act: ActivityConfig) -> None:
        prov = self.config.provider
        values = dict(provider_activity_id=act.provider_activity_id, pars_activity_id=act.pars_activity_id,
                      track_id=act.track_id, title=act.title, format=act.format,
                      designated_max_hundredths=hundredths(act.designated_max_credits),
                      moc_points_hundredths=hundredths(act.moc_points), moc_credit_type=act.moc_credit_type,
                      passing_score=float(act.passing_score), max_attempts=act.max_attempts,
                      release_date=act.release_date, review_date=act.review_date, expiry_date=act.expiry_date,
                      accreditation_statement=prov.accreditation_statement,
                      designation_statement=prov.designation_for(act.designated_max_credits))
        for _ in range(3):
            try:
                async with self.db.session() as s:
                    row = await s.get(CmeActivity, act.activity_id)
                    if row is None:
                        s.add(CmeActivity(activity_id=act.activity_id, **values))
                    else:
                        for k, v in values.items():
                            setattr(row, k, v)
                return
            except IntegrityError:
                continue  # another worker inserted it first; update on the next pass

    async def _ready(self) -> None:
        if not self._synced:
            await self.sync_activities()

    # -- learners and enrolments -----------------------------------------------------------------
    async def learner(self, user_id: str, platform: str) -> CmeLearner:
        """Get or create the learner for a chat user (race-safe: the unique key decides)."""
        for _ in range(5):
            async with self.db.session() as s:
                row = (await s.execute(select(CmeLearner).where(
                    CmeLearner.platform == platform, CmeLearner.chat_user_id == user_id))).scalar_one_or_none()
                if row is not None:
                    return row
            try:
                async with self.db.session() as s:
                    row = CmeLearner(learner_uuid=str(uuid.uuid4()), platform=platform, chat_user_id=user_id,
                                     created_at=self.clock())
                    s.add(row)
                return row
            except IntegrityError:
                continue
        raise RuntimeError("could not create learner under contention")

    async def update_learner(self, user_id: str, platform: str, ids: LearnerIds) -> CmeLearner:
        learner = await self.learner(user_id, platform)
        async with self.db.session() as s:
            row = await s.get(CmeLearner, learner.id)
            for name in ("first_name", "last_name", "email", "profession", "dob_month", "dob_day", "npi",
                         "license_state", "license_id", "board_code", "board_id"):
                value = getattr(ids, name)
                if value is not None:
                    setattr(row, name, value)
            if ids.consent_board_reporting is not None:
                row.consent_board_reporting = ids.consent_board_reporting
                row.consent_at = self.clock() if ids.consent_board_reporting else None
        return row

    async def enrol(self, user_id: str, platform: str, track_id: str) -> CmeEnrollment:
        """The learner's enrolment in a track (created once); its registration groups xAPI statements."""
        await self._ready()
        learner = await self.learner(user_id, platform)
        activity_id = self.config.for_track(track_id).activity_id
        return await self._enrolment(learner.id, activity_id)

    async def _enrolment(self, learner_id: int, activity_id: str) -> CmeEnrollment:
        for _ in range(5):
            async with self.db.session() as s:
                row = (await s.execute(select(CmeEnrollment).where(
                    CmeEnrollment.learner_id == learner_id,
                    CmeEnrollment.activity_id == activity_id))).scalar_one_or_none()
                if row is not None:
                    return row
            try:
                async with self.db.session() as s:
                    row = CmeEnrollment(learner_id=learner_id, activity_id=activity_id,
                                        registration=str(uuid.uuid4()), enrolled_at=self.clock())
                    s.add(row)
                return row
            except IntegrityError:
                continue
        raise RuntimeError("could not create enrolment under contention")

    # -- (a) curriculum: attempts and track completion ---------------------------------------------
    async def record_completion(self, rec: CompletionRecord) -> CmeAttempt:
        """Store one module attempt (idempotent by learner/module/attempt number). Never awards credit."""
        await self._ready()
        learner = await self.learner(rec.learner_user_id, rec.platform)
        activity = self.config.for_track(rec.track_id)
        enrolment = await self._enrolment(learner.id, activity.activity_id)
        key = f"attempt:{rec.platform}:{rec.learner_user_id}:{rec.track_id}:{rec.module_id}:{rec.attempt_no}"
        responses = [dict(r) for r in rec.item_responses]
        raw = rec.raw_score if rec.raw_score is not None else float(sum(1 for r in responses if r.get("correct")))
        mx = rec.max_score if rec.max_score is not None else float(len(responses))
        row = CmeAttempt(idempotency_key=key, learner_id=learner.id, activity_id=activity.activity_id,
                         module_id=rec.module_id, attempt_no=rec.attempt_no, started_at=rec.started_at,
                         finished_at=rec.finished_at,
                         duration_iso8601=iso_duration((rec.finished_at - rec.started_at).total_seconds()),
                         minutes=float(rec.minutes), raw_score=raw, max_score=mx, scaled_score=float(rec.score),
                         passed=bool(rec.passed) and rules.passed(rec.score, activity.passing_score),
                         xapi_registration=enrolment.registration,
                         item_responses=json.dumps(responses, ensure_ascii=False, default=str),
                         created_at=self.clock())
        return await self._insert_once(row, CmeAttempt, key)

    async def track_completed(self, done: TrackCompletion) -> ClaimResult:
        """Check the track against the stored attempts and open a claim awaiting attestation.

        Returns `eligible=False` (and no claim) when a required module has no passing attempt.
        """
        await self._ready()
        learner = await self.learner(done.learner_user_id, done.platform)
        activity = self.config.for_track(done.track_id)
        async with self.db.session() as s:
            attempts = list((await s.execute(select(CmeAttempt).where(
                CmeAttempt.learner_id == learner.id, CmeAttempt.activity_id == activity.activity_id,
                CmeAttempt.passed.is_(True)).order_by(CmeAttempt.finished_at, CmeAttempt.id))).scalars())
        best: dict[str, CmeAttempt] = {}
        for a in attempts:
            best.setdefault(a.module_id, a)  # the first passing attempt per module
        required = set(done.module_ids)
        if not rules.track_eligible(required, set(best), attested=True):
            missing = sorted(required - set(best))
            return ClaimResult(None, False, reason="no passing attempt for: " + ", ".join(missing),
                               activity_title=activity.title)
        minutes = done.minutes if done.minutes is not None else sum(best[m].minutes for m in required)
        credits = rules.course_credit(rules.to_decimal(minutes), activity.designated_max_credits)
        last = max((best[m] for m in required), key=lambda a: (a.finished_at, a.id or 0))
        enrolment = await self._enrolment(learner.id, activity.activity_id)
        key = f"claim:{enrolment.registration}"
        claim = await self._insert_once(CmeClaim(
            idempotency_key=key, learner_id=learner.id, activity_id=activity.activity_id,
            source_attempt_id=last.id, claimed_minutes=float(minutes), credit_hundredths=hundredths(credits),
            completed_at=done.completed_at, created_at=self.clock()), CmeClaim, key)
        async with self.db.session() as s:
            row = await s.get(CmeEnrollment, enrolment.id)
            if row.completed_at is None:
                row.completed_at = done.completed_at
        return self._claim_result(claim, activity)

    def _claim_result(self, claim: CmeClaim, activity: ActivityConfig) -> ClaimResult:
        return ClaimResult(claim.id, True, claim.credits, rules.attestation_text(claim.credits),
                           self.config.attestation_version, activity.title,
                           already_attested=claim.state == "attested")

    async def claim(self, claim_id: int) -> tuple[CmeClaim, CmeLearner] | None:
        async with self.db.session() as s:
            row = await s.get(CmeClaim, claim_id)
            if row is None:
                return None
            return row, await s.get(CmeLearner, row.learner_id)

    async def pending_claims(self, user_id: str, platform: str) -> list[ClaimResult]:
        learner = await self.learner(user_id, platform)
        async with self.db.session() as s:
            rows = list((await s.execute(select(CmeClaim).where(
                CmeClaim.learner_id == learner.id, CmeClaim.state == "awaiting_attestation")
                .order_by(CmeClaim.id))).scalars())
        return [self._claim_result(r, self.config.activities[r.activity_id]) for r in rows]

    async def attest(self, claim_id: int, user_id: str, platform: str, credits: object | None = None) -> CreditAward:
        """The learner attests; the award is written with the attestation's exact text, version and time.

        Only the claim's own learner may attest. `credits` is the amount claimed (default: the claim's
        maximum; `rules.claimed_credit` checks it). Attesting twice returns the first award.
        """
        found = await self.claim(claim_id)
        if found is None:
            raise LookupError(f"no claim {claim_id}")
        claim, learner = found
        if (learner.platform, learner.chat_user_id) != (platform, user_id):
            raise PermissionError("only the learner can attest to their own participation")
        amount = claim.credits if credits is None else rules.claimed_credit(credits, claim.credits)
        now = self.clock()
        key = f"award:{claim.idempotency_key}"
        award = CreditAward(award_uuid=str(uuid.uuid5(XAPI_NAMESPACE, key)), idempotency_key=key,
                            learner_id=learner.id, activity_id=claim.activity_id, credit_type="AMA_PRA_1",
                            amount_hundredths=hundredths(amount),
                            claimed_minutes=min(claim.claimed_minutes, float(amount) * 60),
                            completion_date=claim.completed_at.date(),
                            attestation_text=rules.attestation_text(amount),
                            attestation_version=self.config.attestation_version, attested_at=now,
                            source_attempt_id=claim.source_attempt_id, source_claim_id=claim.id,
                            created_by=f"{platform}:{user_id}", created_at=now)
        award = await self._insert_once(award, CreditAward, key)
        async with self.db.session() as s:
            row = await s.get(CmeClaim, claim.id)
            row.state = "attested"
        return award

    # -- (b) evidence: point-of-care learning cycles -----------------------------------------------
    async def open_cycle(self, user_id: str, platform: str, question_text: str,
                         sources: Sequence[dict[str, str]] = ()) -> str:
        """A search opened a cycle (question + sources logged); it earns nothing until reflected on."""
        await self._ready()
        learner = await self.learner(user_id, platform)
        question = self.scrub(question_text)
        cycle = CmeCycle(cycle_uuid=str(uuid.uuid4()), learner_id=learner.id,
                         activity_id=self.config.poc_activity_id, question_text=question,
                         question_key=question_key(question),
                         sources=json.dumps([{"url": str(x.get("url", "")), "title": self.scrub(str(x.get("title", "")))}
                                             for x in sources], ensure_ascii=False),
                         searched_at=self.clock())
        async with self.db.session() as s:
            s.add(cycle)
        return cycle.cycle_uuid

    async def complete_cycle(self, cycle_id: str, reflection: str, text: str = "") -> CycleResult:
        """Record the reflection and award 0.5 (within the yearly cap) once per question and application."""
        if reflection not in rules.REFLECTIONS:
            raise ValueError(f"reflection must be one of {rules.REFLECTIONS}")
        await self._ready()
        application = self.scrub(text.strip())
        now = self.clock()
        async with self.db.session() as s:
            cycle = (await s.execute(select(CmeCycle).where(CmeCycle.cycle_uuid == cycle_id))).scalar_one_or_none()
            if cycle is None:
                raise LookupError(f"no learning cycle {cycle_id}")
            if cycle.completed_at is None:
                cycle.reflection, cycle.application_text, cycle.completed_at = reflection, application, now
            else:  # a cycle is reflected on once; a repeat (retry, second click) counts what was stored
                reflection, application = cycle.reflection, cycle.application_text
        # One question + one application count once, whichever cycle carried them.
        app_key = hashlib.sha256(f"{reflection}\n{' '.join(application.casefold().split())}".encode()).hexdigest()
        async with self.db.session() as s:
            learner_uuid = (await s.get(CmeLearner, cycle.learner_id)).learner_uuid
        key = f"poc:{learner_uuid}:{cycle.question_key}:{app_key[:32]}"
        async with self.db.session() as s:
            existing = (await s.execute(select(CreditAward).where(CreditAward.idempotency_key == key))).scalar_one_or_none()
            if existing is not None:
                return CycleResult(cycle_id, existing.source_cycle_id == cycle.id,
                                   existing.amount if existing.source_cycle_id == cycle.id else rules.ZERO,
                                   existing.id, "" if existing.source_cycle_id == cycle.id
                                   else "this question and reflection were already credited", repeat=True)
            year_start = date(now.year, 1, 1)
            earned = (await s.execute(select(func.coalesce(func.sum(CreditAward.amount_hundredths), 0)).where(
                CreditAward.learner_id == cycle.learner_id, CreditAward.activity_id == cycle.activity_id,
                CreditAward.completion_date >= year_start))).scalar_one()
        credit = rules.poc_credit(Decimal(int(earned)) / 100, self.config.poc_yearly_cap)
        if credit <= 0:
            return CycleResult(cycle_id, False, rules.ZERO, reason="the yearly point-of-care credit cap is reached")
        award = CreditAward(award_uuid=str(uuid.uuid5(XAPI_NAMESPACE, key)), idempotency_key=key,
                            learner_id=cycle.learner_id, activity_id=cycle.activity_id, credit_type="AMA_PRA_1",
                            amount_hundredths=hundredths(credit), completion_date=now.date(),
                            source_cycle_id=cycle.id, created_by="system", created_at=now)
        mine = award
        award = await self._insert_once(award, CreditAward, key)
        if award.source_cycle_id != cycle.id:
            return CycleResult(cycle_id, False, rules.ZERO, award.id, "this question and reflection were already credited")
        if award is not mine:  # a concurrent repeat (double click, retry) inserted it first
            return CycleResult(cycle_id, True, award.amount, award.id, repeat=True)
        async with self.db.session() as s:
            row = await s.get(CmeCycle, cycle.id)
            row.credit_hundredths = award.amount_hundredths
        return CycleResult(cycle_id, True, award.amount, award.id)

    # -- corrections ----------------------------------------------------------------------------
    async def reverse(self, award_id: int, *, reason: str, actor: str) -> CreditAward:
        """Reverse an award with a new, negative row (once: a second reversal returns the first)."""
        async with self.db.session() as s:
            orig = await s.get(CreditAward, award_id)
        if orig is None:
            raise LookupError(f"no award {award_id}")
        if orig.reverses_award_id is not None:
            raise ValueError("a reversing entry cannot itself be reversed; add a new award instead")
        key = f"reverse:{orig.idempotency_key}"
        now = self.clock()
        row = CreditAward(award_uuid=str(uuid.uuid5(XAPI_NAMESPACE, key)), idempotency_key=key,
                          learner_id=orig.learner_id, activity_id=orig.activity_id, credit_type=orig.credit_type,
                          amount_hundredths=-orig.amount_hundredths, claimed_minutes=-orig.claimed_minutes,
                          completion_date=orig.completion_date, reverses_award_id=orig.id,
                          source_attempt_id=orig.source_attempt_id, source_cycle_id=orig.source_cycle_id,
                          source_claim_id=orig.source_claim_id, reason=reason[:255], created_by=actor, created_at=now)
        return await self._insert_once(row, CreditAward, key)

    async def correct(self, award_id: int, new_amount: Decimal, *, reason: str, actor: str) -> tuple[CreditAward, CreditAward]:
        """Reverse an award and add its replacement (e.g. the claimed minutes were wrong)."""
        reversal = await self.reverse(award_id, reason=reason, actor=actor)
        async with self.db.session() as s:
            orig = await s.get(CreditAward, award_id)
            act = await s.get(CmeActivity, orig.activity_id)
        amount = min(rules.to_decimal(new_amount), act.designated_max)
        key = f"correct:{orig.idempotency_key}"
        now = self.clock()
        row = CreditAward(award_uuid=str(uuid.uuid5(XAPI_NAMESPACE, key)), idempotency_key=key,
                          learner_id=orig.learner_id, activity_id=orig.activity_id, credit_type=orig.credit_type,
                          amount_hundredths=hundredths(amount), claimed_minutes=orig.claimed_minutes,
                          completion_date=orig.completion_date, attestation_text=orig.attestation_text,
                          attestation_version=orig.attestation_version, attested_at=orig.attested_at,
                          source_attempt_id=orig.source_attempt_id, source_cycle_id=orig.source_cycle_id,
                          source_claim_id=orig.source_claim_id, reason=reason[:255], created_by=actor, created_at=now)
        return reversal, await self._insert_once(row, CreditAward, key)

    # -- helpers ----------------------------------------------------------------------------------
    async def _insert_once(self, row: Any, model: type, key: str) -> Any:
        """Insert `row`; if its idempotency key already exists, return the stored row instead."""
        try:
            async with self.db.session() as s:
                s.add(row)
            return row
        except IntegrityError:
            async with self.db.session() as s:
                existing = (await s.execute(select(model).where(model.idempotency_key == key))).scalar_one_or_none()
            if existing is None:
                raise
            return existing
