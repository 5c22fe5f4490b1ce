"""Pilot metrics per department and ISO week: is the AI used, does it save time, is it trusted.

Numbers are rolled up into `mon_pilot_week` (counts only, no text, no patient data), so the page,
the CSV and `/clinibot metrics` read a few hundred small rows whatever the data volume. Finished
weeks are computed once (the hourly job or the first read); the current week is recomputed when
its roll-up is older than `STALE_AFTER`, and every week is recomputed when the departments file
changes. Weeks are ISO weeks in UTC.

Definitions (documented here because a pilot is judged on them):
- department: the draft's channel in the departments file, else the clinician's group there;
  for events without a channel (learning cycles, credits) the clinician's group, else the
  department of the channel they drafted in most over the previous 90 days. Without a
  departments file each channel is its own department. Anything else is "unassigned".
- active clinicians: distinct people who started a draft, asked an evidence question or
  completed a learning cycle that week.
- drafts by skill: new documents (version 1) started that week.
- decisions (approvals, rejections, time to approval, edits) count in the week of the decision.
  Time to approval runs from the first version's creation to approval; "approved without edit"
  means version 1 was approved; edit size is the mean number of edit rounds (extra versions) of
  drafts approved after editing.
- rejection reasons are put in fixed categories (never the free text).
- evidence searches: learning cycles opened; learning cycles: cycles completed; CME credits:
  net AMA PRA Category 1 credit by completion date (reversals included).
- feedback balance: helpful minus not helpful votes; problem reports counted apart.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import and_, delete, func, or_, select, text
from sqlalchemy.orm import aliased

from storage.models.cme import CmeCycle, CmeLearner, CreditAward
from storage.models.core import Draft
from storage.models.monitoring import MonitoredOutput, OutputFeedback, PilotWeek

ALL = "All departments"
UNASSIGNED = "unassigned"
STALE_AFTER = timedelta(minutes=10)
HOME_LOOKBACK = timedelta(days=90)
REJECTION_BUCKETS: list[tuple[str, tuple[str, ...]]] = [
    ("wrong recipient or service", ("recipient", "service", "specialty", "addressed", "wrong team")),
    ("not needed", ("not needed", "duplicate", "no longer", "cancel", "already")),
    ("tone or format", ("tone", "format", "style", "length", "too long", "too short", "wording", "layout")),
    ("incomplete", ("missing", "incomplete", "omit", "left out", "lacks")),
    ("inaccurate", ("wrong", "incorrect", "inaccurate", "error", "mistake", "made up", "hallucinat", "false")),
]
REJECTION_KEYS = [b for b, _ in REJECTION_BUCKETS] + ["other", "no reason given"]


def week_start(d: date | datetime) -> date:
    d = d.date() if isinstance(d, datetime) else d
    return d - timedelta(days=d.weekday())


def week_label(monday: date) -> str:
    y, w, _ = monday.isocalendar()
    return f"{y}-W{w:02d}"


def rejection_bucket(reason: str) -> str:
    low = (reason or "").strip().lower()
    if not low:
        return "no reason given"
    for bucket, words in REJECTION_BUCKETS:
        if any(w in low for w in words):
            return bucket
    return "other"


@dataclass(frozen=True)
class Departments:
    """Department -> channels and members, from the YAML named by CLINIBOT_DEPARTMENTS_FILE."""

    channels: dict[str, str] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)
    configured: bool = False

    @classmethod
    def load(cls, path: Path | None) -> "Departments":
        if not path:
            return cls()
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        channels: dict[str, str] = {}
        members: dict[str, str] = {}
        for name, spec in (raw.get("departments") or {}).items():
            for ch in (spec or {}).get("channels", []) or []:
                channels[str(ch)] = str(name)
            for m in (spec or {}).get("members", []) or []:
                members[str(m)] = str(name)
        return cls(channels, members, True)

    @property
    def signature(self) -> str:
        """Changes when the mapping changes, so roll-ups made with an older mapping are recomputed."""
        raw = json.dumps([sorted(self.channels.items()), sorted(self.members.items()), self.configured])
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def member(self, key: str) -> str | None:
        return self.members.get(key) or self.members.get(key.partition(":")[2])

    def resolve(self, channel: str, key: str) -> str:
        if channel and channel in self.channels:
            return self.channels[channel]
        group = self.member(key)
        if group:
            return group
        if not self.configured and channel:
            return f"#{channel}"
        return UNASSIGNED


def departments_for(svc: Any) -> Departments:
    return Departments.load(getattr(svc.settings, "departments_file", None))


@dataclass
class _Acc:
    active: set = field(default_factory=set)
    drafts: Counter = field(default_factory=Counter)
    minutes: list = field(default_factory=list)
    approved: int = 0
    approved_v1: int = 0
    edit_rounds: list = field(default_factory=list)
    rejections: Counter = field(default_factory=Counter)
    searches: int = 0
    cycles: int = 0
    credit_hundredths: int = 0
    helpful: int = 0
    not_helpful: int = 0
    reports: int = 0

    def finish(self) -> dict[str, Any]:
        return {
            "active_clinicians": len(self.active),
            "drafts": dict(sorted(self.drafts.items())),
            "drafts_total": sum(self.drafts.values()),
            "approved": self.approved,
            "approved_first_version": self.approved_v1,
            "median_minutes_to_approval": round(statistics.median(self.minutes), 1) if self.minutes else None,
            "approved_without_edit": round(self.approved_v1 / self.approved, 4) if self.approved else None,
            "edit_rounds_mean": round(statistics.fmean(self.edit_rounds), 2) if self.edit_rounds else None,
            "rejections": dict(sorted(self.rejections.items())),
            "rejections_total": sum(self.rejections.values()),
            "evidence_searches": self.searches,
            "learning_cycles": self.cycles,
            "cme_credits": round(self.credit_hundredths / 100, 2),
            "helpful": self.helpful,
            "not_helpful": self.not_helpful,
            "reports": self.reports,
            "feedback_balance": self.helpful - self.not_helpful,
        }


async def compute(svc: Any, first: date, last: date, deps: Departments | None = None) -> dict[tuple[date, str], dict]:
    """Metrics for every week from `first` to `last` (Mondays, inclusive), straight from the tables."""
    deps = deps or departments_for(svc)
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=7), datetime.min.time())
    acc: dict[tuple[date, str], _Acc] = defaultdict(_Acc)

    def add(when: datetime | date, dept: str) -> list[_Acc]:
        w = week_start(when)
        return [acc[(w, dept)], acc[(w, ALL)]]

    root = aliased(Draft)
    async with svc.db.session() as s:
        created = (await s.execute(select(Draft.author, Draft.channel, Draft.skill, Draft.version, Draft.created_at)
                                   .where(Draft.created_at >= start, Draft.created_at < end))).all()
        decided = (await s.execute(
            select(Draft.author, Draft.channel, Draft.state, Draft.version, Draft.reason, Draft.moved_at,
                   root.created_at)
            .join(root, root.id == func.coalesce(Draft.root_id, Draft.id))
            .where(Draft.moved_at >= start, Draft.moved_at < end, Draft.state.in_(("approved", "rejected"))))).all()
        cycles = (await s.execute(
            select(CmeLearner.platform, CmeLearner.chat_user_id, CmeCycle.searched_at, CmeCycle.completed_at)
            .join(CmeLearner, CmeLearner.id == CmeCycle.learner_id)
            .where(or_(and_(CmeCycle.searched_at >= start, CmeCycle.searched_at < end),
                       and_(CmeCycle.completed_at >= start, CmeCycle.completed_at < end))))).all()
        awards = (await s.execute(
            select(CmeLearner.platform, CmeLearner.chat_user_id, CreditAward.completion_date,
                   func.sum(CreditAward.amount_hundredths))
            .join(CmeLearner, CmeLearner.id == CreditAward.learner_id)
            .where(CreditAward.completion_date >= first, CreditAward.completion_date < last + timedelta(days=7))
            .group_by(CmeLearner.platform, CmeLearner.chat_user_id, CreditAward.completion_date))).all()
        feedback = (await s.execute(
            select(OutputFeedback.verdict, OutputFeedback.created_at, MonitoredOutput.channel, MonitoredOutput.author)
            .join(MonitoredOutput, MonitoredOutput.id == OutputFeedback.output_id)
            .where(OutputFeedback.created_at >= start, OutputFeedback.created_at < end))).all()
        homes_rows = []
        if not deps.configured or deps.channels:
            homes_rows = (await s.execute(
                select(Draft.author, Draft.channel, func.count())
                .where(Draft.created_at >= start - HOME_LOOKBACK, Draft.created_at < end, Draft.channel != "")
                .group_by(Draft.author, Draft.channel))).all()
    best: dict[str, tuple[int, str]] = {}
    for author, channel, n in homes_rows:
        if author not in best or n > best[author][0]:
            best[author] = (n, channel)

    def person_dept(key: str) -> str:
        group = deps.member(key)
        if group:
            return group
        home = best.get(key)
        return deps.resolve(home[1], key) if home else UNASSIGNED

    for author, channel, skill, version, at in created:
        for a in add(at, deps.resolve(channel, author)):
            a.active.add(author)
            if version == 1:
                a.drafts[skill] += 1
    for author, channel, state, version, reason, moved_at, first_at in decided:
        for a in add(moved_at, deps.resolve(channel, author)):
            if state == "approved":
                a.approved += 1
                a.minutes.append((moved_at - first_at).total_seconds() / 60)
                if version == 1:
                    a.approved_v1 += 1
                else:
                    a.edit_rounds.append(version - 1)
            else:
                a.rejections[rejection_bucket(reason)] += 1
    for platform, user, searched, completed in cycles:
        key = f"{platform}:{user}"
        dept = person_dept(key)
        if start <= searched < end:
            for a in add(searched, dept):
                a.searches += 1
                a.active.add(key)
        if completed is not None and start <= completed < end:
            for a in add(completed, dept):
                a.cycles += 1
                a.active.add(key)
    for platform, user, day, hundredths in awards:
        for a in add(day, person_dept(f"{platform}:{user}")):
            a.credit_hundredths += int(hundredths or 0)
    for verdict, at, channel, author in feedback:
        for a in add(at, deps.resolve(channel, author)):
            if verdict == "helpful":
                a.helpful += 1
            elif verdict == "not_helpful":
                a.not_helpful += 1
            else:
                a.reports += 1
    return {k: v.finish() for k, v in acc.items()}


async def refresh(svc: Any, first: date, last: date, deps: Departments | None = None) -> int:
    """Recompute and store the roll-up for weeks `first`..`last` (Mondays). Returns rows written."""
    deps = deps or departments_for(svc)
    data = await compute(svc, first, last, deps)
    now = svc.clock()
    async with svc.db.session() as s:
        if svc.db.dialect == "postgresql":  # two runs at once (replicas, a page read) take turns
            await s.execute(text("SELECT pg_advisory_xact_lock(hashtext('clinibot.pilot.refresh'))"))
        await s.execute(delete(PilotWeek).where(PilotWeek.week_start >= first, PilotWeek.week_start <= last))
        w = first
        while w <= last:  # an empty week still gets a row, so it is not recomputed on every read
            if (w, ALL) not in data:
                data[(w, ALL)] = _Acc().finish()
            w += timedelta(days=7)
        for (w, dept), metrics in data.items():
            s.add(PilotWeek(week_start=w, department=dept[:64], metrics=json.dumps(metrics, sort_keys=True),
                            mapping=deps.signature, computed_at=now))
    return len(data)


@dataclass
class WeekRow:
    week_start: date
    department: str
    metrics: dict[str, Any]

    @property
    def week(self) -> str:
        return week_label(self.week_start)


async def weekly(svc: Any, weeks: int = 12) -> list[WeekRow]:
    """The last `weeks` ISO weeks (this one included), computing whatever is missing or stale."""
    weeks = max(1, min(weeks, 260))
    now = svc.clock()
    current = week_start(now)
    first = current - timedelta(weeks=weeks - 1)
    deps = departments_for(svc)
    async with svc.db.session() as s:
        have = dict((await s.execute(select(PilotWeek.week_start, func.min(PilotWeek.computed_at))
                                     .where(PilotWeek.week_start >= first).group_by(PilotWeek.week_start))).all())
        remapped = set((await s.execute(select(PilotWeek.week_start).where(
            PilotWeek.week_start >= first, PilotWeek.mapping != deps.signature).distinct())).scalars())
    stale: list[date] = []
    w = first
    while w <= current:
        done = have.get(w)
        week_end = datetime.combine(w + timedelta(days=7), datetime.min.time())
        if done is None or w in remapped or (done < week_end + timedelta(days=1) and now - done > STALE_AFTER):
            stale.append(w)
        w += timedelta(days=7)
    if stale:
        await refresh(svc, min(stale), max(stale), deps)
    async with svc.db.session() as s:
        rows = (await s.execute(select(PilotWeek.week_start, PilotWeek.department, PilotWeek.metrics)
                                .where(PilotWeek.week_start >= first)
                                .order_by(PilotWeek.week_start, PilotWeek.department))).all()
    return [WeekRow(r[0], r[1], json.loads(r[2])) for r in rows]


async def refresh_job(svc: Any) -> None:
    """Scheduled (bot.jobs.JOBS): keep this week and last week current."""
    current = week_start(svc.clock())
    await refresh(svc, current - timedelta(weeks=1), current)


# -- renderings ------------------------------------------------------------------------------------
BASE_COLUMNS = ["week", "week_start", "department", "active_clinicians", "drafts_total", "approved",
                "approved_first_version",
                "median_minutes_to_approval", "approved_without_edit", "edit_rounds_mean", "rejections_total",
                "evidence_searches", "learning_cycles", "cme_credits", "helpful", "not_helpful", "reports",
                "feedback_balance"]


def csv_columns(rows: list[WeekRow]) -> list[str]:
    skills = sorted({k for r in rows for k in r.metrics.get("drafts", {})})
    return BASE_COLUMNS + [f"drafts_{k}" for k in skills] + [f"rejected_{k.replace(' ', '_')}" for k in REJECTION_KEYS]


def to_csv(rows: list[WeekRow]) -> str:
    cols = csv_columns(rows)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(cols)
    for r in rows:
        m = r.metrics
        line = {"week": r.week, "week_start": r.week_start.isoformat(), "department": r.department, **m}
        for k, v in m.get("drafts", {}).items():
            line[f"drafts_{k}"] = v
        for k, v in m.get("rejections", {}).items():
            line[f"rejected_{k.replace(' ', '_')}"] = v
        out.writerow([_cell(line.get(c, 0)) for c in cols])
    return buf.getvalue()


def _cell(v: Any) -> str:
    from bot.core.spreadsheet import safe_cell

    return safe_cell(v)


@dataclass
class PeriodRow:
    """One department over the whole period shown: sums of counts, shares from the sums."""

    department: str
    weeks: int
    active_mean: float
    drafts_total: int
    approved: int
    approved_without_edit: float | None
    median_of_weekly_medians: float | None
    rejections_total: int
    evidence_searches: int
    learning_cycles: int
    cme_credits: float
    helpful: int
    not_helpful: int
    reports: int

    @property
    def feedback_balance(self) -> int:
        return self.helpful - self.not_helpful


def period_totals(rows: list[WeekRow]) -> list[PeriodRow]:
    by_dept: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_dept[r.department].append(r.metrics)
    out = []
    for dept, ms in by_dept.items():
        approved = sum(m["approved"] for m in ms)
        first = sum(m.get("approved_first_version", 0) for m in ms)
        medians = [m["median_minutes_to_approval"] for m in ms if m["median_minutes_to_approval"] is not None]
        out.append(PeriodRow(
            department=dept, weeks=len(ms), active_mean=round(statistics.fmean(m["active_clinicians"] for m in ms), 1),
            drafts_total=sum(m["drafts_total"] for m in ms), approved=approved,
            approved_without_edit=round(first / approved, 4) if approved else None,
            median_of_weekly_medians=round(statistics.median(medians), 1) if medians else None,
            rejections_total=sum(m["rejections_total"] for m in ms),
            evidence_searches=sum(m["evidence_searches"] for m in ms), learning_cycles=sum(m["learning_cycles"] for m in ms),
            cme_credits=round(sum(m["cme_credits"] for m in ms), 2), helpful=sum(m["helpful"] for m in ms),
            not_helpful=sum(m["not_helpful"] for m in ms), reports=sum(m["reports"] for m in ms)))
    return sorted(out, key=lambda p: (p.department != ALL, p.department))


def _fmt_minutes(m: float | None) -> str:
    if m is None:
        return "n/a"
    return f"{m:.0f} min" if m < 120 else f"{m / 60:.1f} h"


def metrics_text(rows: list[WeekRow], weeks: int) -> str:
    """Chat rendering for admins: one block per department, a line per week."""
    by_dept: dict[str, list[WeekRow]] = defaultdict(list)
    for r in rows:
        by_dept[r.department].append(r)
    lines = [f"**Pilot metrics: last {weeks} week{'s' if weeks != 1 else ''}**"]
    for dept in sorted(by_dept, key=lambda d: (d != ALL, d)):
        lines.append(f"**{dept}**")
        for r in by_dept[dept]:
            m = r.metrics
            skills = ", ".join(f"{k} {v}" for k, v in m["drafts"].items())
            share = "n/a" if m["approved_without_edit"] is None else f"{m['approved_without_edit'] * 100:.0f}%"
            rounds = "n/a" if m["edit_rounds_mean"] is None else f"{m['edit_rounds_mean']:.1f}"
            rej = ", ".join(f"{k} {v}" for k, v in m["rejections"].items())
            lines.append(
                f"• {r.week}: {m['active_clinicians']} active · {m['drafts_total']} drafts"
                f"{f' ({skills})' if skills else ''} · {m['approved']} approved, median "
                f"{_fmt_minutes(m['median_minutes_to_approval'])} to approval, {share} without edit, "
                f"{rounds} edit rounds · {m['rejections_total']} rejected{f' ({rej})' if rej else ''} · "
                f"{m['evidence_searches']} searches · {m['learning_cycles']} cycles · {m['cme_credits']:.2f} credits · "
                f"feedback {m['feedback_balance']:+d} ({m['helpful']} helpful, {m['not_helpful']} not, "
                f"{m['reports']} reports)")
    return "\n".join(lines)
