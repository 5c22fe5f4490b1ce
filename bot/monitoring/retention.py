"""Retention: blank the content of old rows per data class, in short batches; and "delete my data".

The policy (how long) lives in `retention.yaml`; what each class means (which columns of which
tables) lives in `TARGETS` below, so the policy file cannot name arbitrary SQL. Each batch reads a
range of ids (no write lock), then blanks that id range in its own short transaction. The batch
size adapts so every write transaction stays under `max_batch_seconds` (hard ceiling 1 s), which
keeps the job safe to run beside live traffic on SQLite and PostgreSQL alike. Audit rows and CME
records are never touched (see the policy file for why).
"""
from __future__ import annotations

import argparse
import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from storage.models.cme import CmeCycle, CmeLearner, CreditAward
from storage.models.core import Draft
from storage.models.curriculum import Enrollment, QuizAnswer, QuizAttempt, SurveyAnswer
from storage.models.monitoring import MonitoredOutput, OutputFeedback, ReviewRating

POLICY_FILE = Path(__file__).resolve().parent / "retention.yaml"
CME_MIN_YEARS = 6
HARD_LOCK_CEILING = 1.0
MIN_BATCH = 50


class PolicyError(ValueError):
    """The retention file is wrong; the message names the problem."""


@dataclass(frozen=True)
class Target:
    """One table's content columns in a data class."""

    name: str
    model: Any
    time_col: str
    blank: dict[str, Any]  # column -> value meaning "purged"
    where: Callable[[], list[ColumnElement]] = lambda: []
    owner: Callable[[str], ColumnElement] | None = None  # rows belonging to a platform:user key

    @property
    def pk(self) -> Any:
        return self.model.id

    def not_purged(self) -> ColumnElement:
        return or_(*[getattr(self.model, c) != v for c, v in self.blank.items()])


def _learner(key: str) -> ColumnElement:
    platform, _, user = key.partition(":")
    return CmeCycle.learner_id.in_(select(CmeLearner.id).where(CmeLearner.platform == platform,
                                                                CmeLearner.chat_user_id == user))


def _uncredited_cycle() -> list[ColumnElement]:
    # NOT IN over a subquery is evaluated once (credit_award.source_cycle_id has no index of its own)
    credited = select(CreditAward.source_cycle_id).where(CreditAward.source_cycle_id.is_not(None))
    return [CmeCycle.credit_hundredths == 0, CmeCycle.id.not_in(credited)]


def _finished_attempt() -> list[ColumnElement]:
    return [QuizAnswer.attempt_id.in_(select(QuizAttempt.id).where(QuizAttempt.finished_at.is_not(None)))]


def _enrolled(key: str) -> Any:
    return select(Enrollment.id).where(Enrollment.learner == key)


# What each data class means. Adding a table with free text to a class is one entry here.
TARGETS: dict[str, list[Target]] = {
    "draft_text": [
        Target("draft", Draft, "created_at", {"content": "", "fields_json": "{}", "reason": ""},
               lambda: [Draft.state != "draft"], lambda k: Draft.author == k),
        Target("draft_output", MonitoredOutput, "created_at", {"text": ""},
               lambda: [MonitoredOutput.kind == "draft"], lambda k: MonitoredOutput.author == k),
    ],
    "evidence_queries": [
        Target("evidence_cycle", CmeCycle, "searched_at", {"question_text": "", "application_text": ""},
               _uncredited_cycle, _learner),
        Target("evidence_output", MonitoredOutput, "created_at", {"text": ""},
               lambda: [MonitoredOutput.kind == "evidence"], lambda k: MonitoredOutput.author == k),
    ],
    "quiz_answers": [
        Target("quiz_answer", QuizAnswer, "at", {"chosen": ""}, _finished_attempt,
               lambda k: QuizAnswer.attempt_id.in_(select(QuizAttempt.id).where(
                   QuizAttempt.enrollment_id.in_(_enrolled(k))))),
        Target("survey_answer", SurveyAnswer, "at", {"answer": ""}, lambda: [],
               lambda k: SurveyAnswer.enrollment_id.in_(_enrolled(k))),
    ],
    "review_ratings": [
        Target("review_comment", ReviewRating, "created_at", {"comment": ""}, lambda: [],
               lambda k: ReviewRating.reviewer == k),
        Target("report_note", OutputFeedback, "created_at", {"note": ""}, lambda: [],
               lambda k: OutputFeedback.actor == k),
    ],
    "audit_entries": [],  # kept whole: PHI-free metadata in a hash chain (see retention.yaml)
    "cme_records": [],  # kept whole for at least CME_MIN_YEARS
}


@dataclass(frozen=True)
class ClassPolicy:
    name: str
    keep_days: int | None  # None: never purged
    description: str = ""


@dataclass(frozen=True)
class Policy:
    classes: dict[str, ClassPolicy]
    batch_rows: int = 5000
    max_batch_seconds: float = 0.5
    cme_keep_years: int = CME_MIN_YEARS


def load_policy(path: Path | None = None) -> Policy:
    """Read and check the policy: every class named, known classes only, CME kept >= 6 years."""
    path = path or POLICY_FILE
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError(f"cannot read retention policy {path}: {exc}") from None
    classes = raw.get("classes") or {}
    unknown = set(classes) - set(TARGETS)
    missing = set(TARGETS) - set(classes)
    if unknown:
        raise PolicyError(f"unknown data class(es) in {path}: {', '.join(sorted(unknown))}")
    if missing:
        raise PolicyError(f"the policy must say how long to keep: {', '.join(sorted(missing))}")
    cme = classes["cme_records"] or {}
    years = cme.get("keep_years")
    if not isinstance(years, int) or years < CME_MIN_YEARS:
        raise PolicyError(f"cme_records.keep_years must be a whole number of at least {CME_MIN_YEARS}")
    out: dict[str, ClassPolicy] = {}
    for name, spec in classes.items():
        spec = spec or {}
        if name == "cme_records":
            out[name] = ClassPolicy(name, None, str(spec.get("description", "")))
            continue
        days = spec.get("keep_content_days")
        if days == "never" or (name == "audit_entries" and days is None):
            days = None
        elif not isinstance(days, int) or isinstance(days, bool) or days < 1:
            raise PolicyError(f"{name}.keep_content_days must be a whole number of days (>= 1) or never")
        if name == "audit_entries" and days is not None:
            raise PolicyError("audit_entries must be kept (never): the entries are hash-chained")
        out[name] = ClassPolicy(name, days, str(spec.get("description", "")))
    batch = int(raw.get("batch_rows", 5000))
    seconds = float(raw.get("max_batch_seconds", 0.5))
    if not 1 <= batch <= 50_000:
        raise PolicyError("batch_rows must be between 1 and 50000")
    if not 0 < seconds <= HARD_LOCK_CEILING:
        raise PolicyError(f"max_batch_seconds must be above 0 and at most {HARD_LOCK_CEILING}")
    return Policy(out, batch, seconds, years)


def policy_for(svc: Any) -> Policy:
    return load_policy(getattr(svc.settings, "retention_file", None))


@dataclass
class TargetResult:
    data_class: str
    target: str
    cutoff: datetime | None
    rows: int = 0
    batches: int = 0
    max_lock_seconds: float = 0.0


@dataclass
class RunResult:
    dry_run: bool
    results: list[TargetResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.results)

    @property
    def max_lock_seconds(self) -> float:
        return max((r.max_lock_seconds for r in self.results), default=0.0)

    @property
    def batches(self) -> int:
        return sum(r.batches for r in self.results)

    def by_class(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            out[r.data_class] = out.get(r.data_class, 0) + r.rows
        return out

    def table(self) -> str:
        verb = "would purge" if self.dry_run else "purged"
        lines = [f"{'data class':<18} {'target':<16} {'older than':<20} {verb:>12}"]
        for r in self.results:
            when = r.cutoff.strftime("%Y-%m-%d %H:%M") if r.cutoff else "any age"
            lines.append(f"{r.data_class:<18} {r.target:<16} {when:<20} {r.rows:>12}")
        lines.append(f"{'total':<56} {self.rows:>12}")
        return "\n".join(lines)


async def _count(db: Any, target: Target, conditions: list[ColumnElement]) -> int:
    async with db.session() as s:
        return int((await s.execute(select(func.count()).select_from(target.model).where(*conditions))).scalar_one())


async def _purge(db: Any, target: Target, conditions: list[ColumnElement], result: TargetResult, policy: Policy) -> None:
    """Blank matching rows in id order, one short write transaction per batch."""
    batch, last = policy.batch_rows, None
    while True:
        async with db.session() as s:  # a read: takes no write lock
            q = select(target.pk).where(*conditions)
            if last is not None:
                q = q.where(target.pk > last)
            ids = list((await s.execute(q.order_by(target.pk).limit(batch))).scalars())
        if not ids:
            return
        lo, hi = ids[0], ids[-1]
        started = time.perf_counter()
        async with db.session() as s:
            res = await s.execute(update(target.model).where(target.pk >= lo, target.pk <= hi, *conditions)
                                  .values(**target.blank).execution_options(synchronize_session=False))
        held = time.perf_counter() - started
        result.rows += res.rowcount or 0
        result.batches += 1
        result.max_lock_seconds = max(result.max_lock_seconds, held)
        if held > policy.max_batch_seconds and batch > MIN_BATCH:
            batch = max(MIN_BATCH, batch // 2)
        elif held < policy.max_batch_seconds / 4 and batch < policy.batch_rows:
            batch = min(policy.batch_rows, batch * 2)
        last = hi
        await asyncio.sleep(0)  # let live requests in between batches


async def run(svc: Any, *, dry_run: bool = False, policy: Policy | None = None,
              now: datetime | None = None) -> RunResult:
    """Apply the policy once. A dry run only counts. A real run records one audit entry."""
    policy = policy or policy_for(svc)
    now = now or svc.clock()
    out = RunResult(dry_run=dry_run)
    started = time.perf_counter()
    for name, targets in TARGETS.items():
        keep = policy.classes[name].keep_days
        if keep is None:
            continue
        cutoff = now - timedelta(days=keep)
        for target in targets:
            conditions = [getattr(target.model, target.time_col) < cutoff, target.not_purged(), *target.where()]
            result = TargetResult(name, target.name, cutoff)
            if dry_run:
                result.rows = await _count(svc.db, target, conditions)
            else:
                await _purge(svc.db, target, conditions, result, policy)
            out.results.append(result)
    out.seconds = time.perf_counter() - started
    if not dry_run:
        await svc.audit.record("system", "retention.run", "", {
            "purged": out.by_class(), "batches": out.batches, "max_lock_ms": round(out.max_lock_seconds * 1000, 1)})
    return out


async def daily_job(svc: Any) -> None:
    """Scheduled (bot.jobs.JOBS): apply the policy once a day."""
    await run(svc)


# -- a user's "delete my data" ----------------------------------------------------------------------
KEPT_ON_REQUEST = (
    "CME credit records (kept at least 6 years, as the accreditation rules require)",
    "the audit log (metadata only, hash-chained)",
    "who requested and approved each document, with its hash (the record of clinical documents)",
    "drafts still awaiting a decision (approve or reject them first)",
)


async def delete_user_data(svc: Any, actor_key: str, *, dry_run: bool = False) -> dict[str, int]:
    """Blank every piece of this user's content the policy allows, whatever its age; pseudonymise
    their votes and reports; record what was done in the audit log. Returns rows per data class."""
    policy = policy_for(svc)
    counts: dict[str, int] = {}
    for name, targets in TARGETS.items():
        for target in targets:
            if target.owner is None:
                continue
            conditions = [target.owner(actor_key), target.not_purged(), *target.where()]
            if dry_run:
                n = await _count(svc.db, target, conditions)
            else:
                result = TargetResult(name, target.name, None)
                await _purge(svc.db, target, conditions, result, policy)
                n = result.rows
            counts[name] = counts.get(name, 0) + n
    if dry_run:
        return counts
    alias = "deleted:" + secrets.token_hex(6)  # random: the votes still count, but name nobody
    async with svc.db.session() as s:
        res = await s.execute(update(OutputFeedback).where(OutputFeedback.actor == actor_key)
                              .values(actor=alias).execution_options(synchronize_session=False))
    counts["feedback_pseudonymised"] = res.rowcount or 0
    await svc.audit.record(actor_key, "retention.user_data_deleted", "", {"counts": counts,
                                                                          "kept": list(KEPT_ON_REQUEST)})
    return counts


# -- `clinibot retention run [--dry-run]` ------------------------------------------------------------
def main(argv: list[str], *, settings: Any) -> int:
    parser = argparse.ArgumentParser(prog="clinibot retention", description="Apply the retention policy.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_run = sub.add_parser("run", help="print what the policy would purge, then purge it")
    p_run.add_argument("--dry-run", action="store_true", help="only print what would be purged")
    args = parser.parse_args(argv)

    async def go() -> int:
        from bot.app import build_services

        svc = build_services(settings)
        try:
            try:
                policy = policy_for(svc)
            except PolicyError as exc:
                print(f"retention policy error: {exc}")
                return 2
            plan = await run(svc, dry_run=True, policy=policy)
            print(plan.table())
            if args.dry_run:
                print("dry run: nothing was changed")
                return 0
            done = await run(svc, policy=policy)
            print(done.table())
            print(f"{done.rows} rows purged in {done.batches} batches, {done.seconds:.1f} s; "
                  f"longest write transaction {done.max_lock_seconds * 1000:.0f} ms")
            return 0
        finally:
            await svc.db.dispose()

    return asyncio.run(go())
