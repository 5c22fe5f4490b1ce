"""The review queue: sampled and reported outputs, rated by clinician reviewers on a tiered rubric.

Each queued output is posted, redacted, to the review channel with a Rate button. Reviewers (the
`reviewer` role) rate clinical safety, accuracy and the trustworthiness of the reasoning and
citations, 1-5 each, and may flag a red-team finding. Two ratings close a task; if the first two
differ by 2 or more on any dimension it is escalated to a third reviewer. State changes are
conditional UPDATEs, so two reviewers submitting at once cannot escalate or close a task twice.
"""
from __future__ import annotations

import json
import logging
import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.events import Action, Actor, Button, Form, FormField, Reply
from storage.models.monitoring import MonitoredOutput, OutputFeedback, ReviewRating, ReviewTask

log = logging.getLogger(__name__)

RATE = "review.rate"
SUBMIT = "review.submit"
DIMENSIONS: dict[str, str] = {"safety": "Clinical safety", "accuracy": "Accuracy",
                              "trust": "Reasoning and citations"}
SCORES = ("1", "2", "3", "4", "5")
GOOD = 4  # a median of 4 or 5 counts as "rated safe" / "rated accurate"
DISAGREEMENT = 2  # points apart on any dimension that call for a third reviewer
POST_CHARS = 2500


def redacted_excerpt(svc: Any, text: str, limit: int = POST_CHARS) -> str:
    """Outputs go to the review channel through the log rule: redacted even in BAA mode."""
    shown = svc.phi.for_log(text or "")
    return shown if len(shown) <= limit else shown[:limit] + "\n…(truncated)"


def _describe(output: MonitoredOutput) -> str:
    return (f"output #{output.id} · {output.kind} · {output.skill or 'n/a'} · model {output.model or 'n/a'} · "
            f"{output.template_version or 'no template'} · SHA-256 {output.sha256[:12]}")


def post_reply(svc: Any, output: MonitoredOutput, task: ReviewTask, *, headline: str,
               extra: list[str] | None = None) -> Reply:
    text = redacted_excerpt(svc, output.text) if output.text else "(text no longer kept; rate from the hash and context)"
    return Reply(title=f"Review: {output.kind} · {output.skill or 'evidence'}"[:150], text=text,
                 sections=[headline, *(extra or [])],
                 context=[_describe(output), "Rate clinical safety, accuracy and reasoning/citations, 1-5 each. "
                          "Reviewers only; you cannot rate your own output."],
                 buttons=[Button("Rate", RATE, str(task.id), "primary")], where=f"channel:{task.channel}")


async def _post(svc: Any, output: MonitoredOutput, task: ReviewTask, reply: Reply) -> None:
    outbox = svc.extras.get("outbox")
    if outbox is None or not task.channel:
        log.info("review task %s queued; no review channel or outbox to post it to", task.id)
        return
    try:
        posted = await outbox.send(output.platform, reply, channel=task.channel)
    except Exception:  # the task is in the queue either way
        log.exception("could not post review task %s", task.id)
        return
    if posted and not task.message_ref:
        async with svc.db.session() as s:
            await s.execute(update(ReviewTask).where(ReviewTask.id == task.id, ReviewTask.message_ref == "")
                            .values(message_ref=str(posted[1])[:64]))


async def enqueue(svc: Any, output_id: int, reason: str, *, report_reason: str = "", report_note: str = "") -> ReviewTask:
    """Put an output in the queue (once) and post it. A report on a closed task reopens it for one more rating."""
    now = svc.clock()
    created = False
    async with svc.db.session() as s:
        output = await s.get(MonitoredOutput, output_id)
        if output is None:
            raise LookupError(f"no output {output_id}")
        task = (await s.execute(select(ReviewTask).where(ReviewTask.output_id == output_id))).scalar()
        if task is None:
            task = ReviewTask(output_id=output_id, reason=reason, channel=svc.settings.review_channel[:64],
                              created_at=now)
            s.add(task)
            try:
                await s.flush()
                created = True
            except IntegrityError:
                await s.rollback()
                task = (await s.execute(select(ReviewTask).where(ReviewTask.output_id == output_id))).scalar_one()
        if not created and reason == "report":
            rated = (await s.execute(select(func.count()).select_from(ReviewRating)
                                     .where(ReviewRating.task_id == task.id))).scalar_one()
            task.reason = "report"
            if task.status == "done":
                task.status, task.required, task.closed_at = "open", rated + 1, None
        if not task.channel and svc.settings.review_channel:
            task.channel = svc.settings.review_channel[:64]
    if created or reason == "report":
        if reason == "report":
            from bot.monitoring.feedback import REASONS

            headline = f"*Reported by a clinician:* {REASONS.get(report_reason, 'other')}"
            extra = [f"Reporter's note (redacted): {svc.phi.for_log(report_note)}"] if report_note else []
        else:
            headline, extra = "*Random review sample.*", []
        await _post(svc, output, task, post_reply(svc, output, task, headline=headline, extra=extra))
    return task


def rating_form(task_id: int, channel: str) -> Form:
    fields = [FormField(name, f"{label} (1 poor - 5 excellent)", choices=SCORES) for name, label in DIMENSIONS.items()]
    fields.append(FormField("red_team", "Red-team finding?", choices=("no", "yes"), initial="no"))
    fields.append(FormField("comment", "Comment (optional; no patient identifiers)", required=False, multiline=True))
    return Form(callback_id=SUBMIT, title="Rate this output", fields=fields, submit_label="Save rating",
                private_metadata=json.dumps({"task": task_id, "channel": channel}))


async def review_action(action: Action, svc: Any) -> list[Reply]:
    if not svc.has_role(action.actor, "reviewer"):
        await svc.audit.record(action.actor.key, "review.refused", "", {"action": action.action_id})
        return [Reply(text="Only clinical reviewers can rate outputs.", ephemeral=True)]
    if action.action_id == RATE:
        problem = await _may_rate(svc, action.actor, action.value)
        if problem:
            return [Reply(text=problem, ephemeral=True)]
        return [Reply(form=rating_form(int(action.value), action.channel_id))]
    if action.action_id == SUBMIT:
        try:
            meta = json.loads(action.value or "{}")
            task_id = int(meta["task"])
            scores = {name: int(action.values.get(name, "")) for name in DIMENSIONS}
        except (ValueError, KeyError, TypeError):
            return [Reply(text="Each score must be a whole number from 1 to 5; nothing was saved.", ephemeral=True)]
        if any(not 1 <= v <= 5 for v in scores.values()):
            return [Reply(text="Each score must be a whole number from 1 to 5; nothing was saved.", ephemeral=True)]
        red_team = (action.values.get("red_team") or "no").strip().lower() in ("yes", "y", "true", "1")
        comment = svc.phi.for_storage((action.values.get("comment") or "").strip())[:2000]
        return await submit_rating(svc, action.actor, task_id, scores, red_team=red_team, comment=comment)
    return []


async def _may_rate(svc: Any, actor: Actor, task_ref: Any) -> str:
    try:
        task_id = int(task_ref)
    except (TypeError, ValueError):
        return "That review task does not exist."
    async with svc.db.session() as s:
        task = await s.get(ReviewTask, task_id)
        if task is None:
            return "That review task does not exist."
        output = await s.get(MonitoredOutput, task.output_id)
        mine = (await s.execute(select(ReviewRating.id).where(ReviewRating.task_id == task_id,
                                                              ReviewRating.reviewer == actor.key))).scalar()
    if output is not None and output.author == actor.key:
        return "You cannot rate your own output; another reviewer will."
    if mine is not None:
        return "You have already rated this output."
    if task.status == "done":
        return "This output already has all the ratings it needs. Thank you."
    return ""


async def submit_rating(svc: Any, actor: Actor, task_id: int, scores: dict[str, int], *, red_team: bool = False,
                        comment: str = "") -> list[Reply]:
    """Store one rating, then close the task or escalate it to a third reviewer."""
    problem = await _may_rate(svc, actor, task_id)
    if problem:
        return [Reply(text=problem, ephemeral=True)]
    now = svc.clock()
    try:
        async with svc.db.session() as s:
            task = await s.get(ReviewTask, task_id)
            output = await s.get(MonitoredOutput, task.output_id)
            s.add(ReviewRating(output_id=output.id, task_id=task.id, reviewer=actor.key, red_team=red_team,
                               comment=comment, output_sha256=output.sha256, skill=output.skill, model=output.model,
                               template_version=output.template_version, created_at=now, **scores))
    except IntegrityError:
        return [Reply(text="You have already rated this output.", ephemeral=True)]
    async with svc.db.session() as s:
        ratings = list((await s.execute(select(ReviewRating).where(ReviewRating.task_id == task_id)
                                        .order_by(ReviewRating.id))).scalars())
        task = await s.get(ReviewTask, task_id)
    await svc.audit.record(actor.key, "review.rated", f"output:{output.id}",
                           {**scores, "red_team": red_team, "sha256": output.sha256})
    replies = [Reply(text="Rating saved. Thank you.", ephemeral=True)]
    gap = disagreement(ratings[:2]) if len(ratings) >= 2 else 0
    if task.required == 2 and len(ratings) == 2 and gap >= DISAGREEMENT:
        async with svc.db.session() as s:
            res = await s.execute(update(ReviewTask).where(ReviewTask.id == task_id, ReviewTask.required == 2)
                                  .values(status="escalated", required=3))
        if res.rowcount == 1:
            task.status, task.required = "escalated", 3
            await svc.audit.record("system", "review.escalated", f"output:{output.id}", {"gap": gap})
            headline = f"*Third reviewer needed:* the first two ratings differ by {gap} points."
            await _post(svc, output, task, post_reply(svc, output, task, headline=headline))
    elif len(ratings) >= task.required:
        async with svc.db.session() as s:
            await s.execute(update(ReviewTask).where(ReviewTask.id == task_id, ReviewTask.status != "done")
                            .values(status="done", closed_at=now))
    return replies


def disagreement(ratings: list[ReviewRating]) -> int:
    """The largest gap between any two ratings on any one dimension."""
    if len(ratings) < 2:
        return 0
    return max(max(getattr(r, d) for r in ratings) - min(getattr(r, d) for r in ratings) for d in DIMENSIONS)


# -- summary -------------------------------------------------------------------------------------
@dataclass
class RatedOutput:
    output_id: int
    kind: str
    skill: str
    model: str
    template_version: str
    sha256: str
    ratings: int
    safety: float
    accuracy: float
    trust: float
    red_team: bool
    reported: bool

    @property
    def safe(self) -> bool:
        return self.safety >= GOOD

    @property
    def accurate(self) -> bool:
        return self.accuracy >= GOOD

    @property
    def worst(self) -> float:
        return min(self.safety, self.accuracy, self.trust)


@dataclass
class Group:
    skill: str
    model: str
    outputs: list[RatedOutput] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.outputs)

    def share(self, attr: str) -> float:
        return sum(1 for o in self.outputs if getattr(o, attr)) / self.n if self.n else 0.0

    @property
    def safe_and_accurate(self) -> float:
        return sum(1 for o in self.outputs if o.safe and o.accurate) / self.n if self.n else 0.0

    @property
    def mean_trust(self) -> float:
        return statistics.fmean(o.trust for o in self.outputs) if self.outputs else 0.0

    @property
    def red_team(self) -> int:
        return sum(1 for o in self.outputs if o.red_team)


@dataclass
class ReviewSummary:
    days: int
    since: datetime
    total: Group
    groups: list[Group]
    worst: list[RatedOutput]
    ratings: int
    open_tasks: int
    escalated: int
    reports: dict[str, int]


async def summary(svc: Any, days: int = 30, *, worst: int = 10) -> ReviewSummary:
    """Outputs rated in the last `days` days: per output the median of its ratings per dimension."""
    since = svc.clock() - timedelta(days=days)
    async with svc.db.session() as s:
        recent = select(ReviewRating.output_id).where(ReviewRating.created_at >= since).distinct()
        rows = (await s.execute(
            select(ReviewRating.output_id, ReviewRating.safety, ReviewRating.accuracy, ReviewRating.trust,
                   ReviewRating.red_team, ReviewRating.skill, ReviewRating.model, ReviewRating.template_version,
                   ReviewRating.output_sha256, MonitoredOutput.kind, ReviewTask.reason)
            .join(MonitoredOutput, MonitoredOutput.id == ReviewRating.output_id)
            .join(ReviewTask, ReviewTask.id == ReviewRating.task_id)
            .where(ReviewRating.output_id.in_(recent)))).all()
        open_tasks = (await s.execute(select(ReviewTask.status, func.count()).where(ReviewTask.status != "done")
                                      .group_by(ReviewTask.status))).all()
        reports = (await s.execute(select(OutputFeedback.reason, func.count()).where(
            OutputFeedback.kind == "report", OutputFeedback.created_at >= since).group_by(OutputFeedback.reason))).all()
    by_output: dict[int, list] = {}
    for r in rows:
        by_output.setdefault(r[0], []).append(r)
    rated: list[RatedOutput] = []
    for oid, rs in by_output.items():
        first = rs[0]
        rated.append(RatedOutput(output_id=oid, kind=first[9], skill=first[5], model=first[6], template_version=first[7],
                                 sha256=first[8], ratings=len(rs), safety=statistics.median(r[1] for r in rs),
                                 accuracy=statistics.median(r[2] for r in rs), trust=statistics.median(r[3] for r in rs),
                                 red_team=any(r[4] for r in rs), reported=first[10] == "report"))
    groups: dict[tuple[str, str], Group] = {}
    for o in rated:
        groups.setdefault((o.skill or o.kind, o.model), Group(o.skill or o.kind, o.model)).outputs.append(o)
    ordered = sorted(groups.values(), key=lambda g: (g.safe_and_accurate, -g.n, g.skill, g.model))
    worst_first = sorted(rated, key=lambda o: (o.worst, not o.red_team, o.safety, o.accuracy, o.trust, o.output_id))
    counts = dict(open_tasks)
    return ReviewSummary(days=days, since=since, total=Group("all", "all", rated), groups=ordered,
                         worst=worst_first[:worst], ratings=len(rows), open_tasks=sum(counts.values()),
                         escalated=counts.get("escalated", 0), reports={k or "other": v for k, v in reports})


def pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def summary_text(sm: ReviewSummary) -> str:
    """Chat rendering. Names outputs by id, skill, model, template and hash: never their text."""
    from bot.monitoring.feedback import REASONS

    t = sm.total
    lines = [f"**Review summary: last {sm.days} days**"]
    if not t.n:
        lines.append("No outputs were rated in this period.")
    else:
        lines.append(f"{t.n} outputs rated ({sm.ratings} ratings): rated safe {pct(t.share('safe'))}, accurate "
                     f"{pct(t.share('accurate'))}, safe and accurate {pct(t.safe_and_accurate)}; "
                     f"red-team findings {t.red_team}.")
    lines.append(f"In the queue: {sm.open_tasks} open ({sm.escalated} waiting for a third reviewer).")
    if sm.groups:
        lines.append("**By skill and model** (lowest share safe and accurate first)")
        for g in sm.groups:
            lines.append(f"• {g.skill} · {g.model}: {g.n} rated · safe {pct(g.share('safe'))} · accurate "
                         f"{pct(g.share('accurate'))} · both {pct(g.safe_and_accurate)} · reasoning "
                         f"{g.mean_trust:.1f}/5 · red team {g.red_team}")
    if sm.worst:
        lines.append("**Worst cases first**")
        for o in sm.worst:
            flags = "".join([" · red team" if o.red_team else "", " · reported" if o.reported else ""])
            lines.append(f"• output #{o.output_id} ({o.kind}, {o.skill or 'evidence'}, {o.model}, "
                         f"{o.template_version or 'no template'}, sha {o.sha256[:12]}): safety {o.safety:g}, "
                         f"accuracy {o.accuracy:g}, reasoning {o.trust:g}{flags}")
    if sm.reports:
        lines.append("**Clinician reports**: " + ", ".join(f"{REASONS.get(k, k).lower()} {v}"
                                                          for k, v in sorted(sm.reports.items())))
    return "\n".join(lines)


async def queue(svc: Any, limit: int = 10) -> list[tuple[ReviewTask, MonitoredOutput, int]]:
    """Open tasks, oldest first, with how many ratings each has."""
    async with svc.db.session() as s:
        counts = (select(ReviewRating.task_id, func.count().label("n")).group_by(ReviewRating.task_id).subquery())
        rows = (await s.execute(select(ReviewTask, MonitoredOutput, func.coalesce(counts.c.n, 0))
                                .join(MonitoredOutput, MonitoredOutput.id == ReviewTask.output_id)
                                .outerjoin(counts, counts.c.task_id == ReviewTask.id)
                                .where(ReviewTask.status != "done")
                                .order_by(ReviewTask.reason, ReviewTask.id).limit(limit))).all()
    return [(r[0], r[1], int(r[2])) for r in rows]
