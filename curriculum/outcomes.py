"""Cohort outcomes educators report: enrolment and completion, pre/post-test gain on matched items,
the post-test average (the programme aims for 85-90 %), the evaluation survey, and per module the
declared minutes beside the measured time on task (median and interquartile range) and the graded
exercises' self-scores, so a provider can confirm or revise the designation from pilot data."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from curriculum import timing
from curriculum.engine import Engine, module_stamps
from storage.models.curriculum import Enrollment, PartLog, QuizAnswer, QuizAttempt, SurveyAnswer


@dataclass
class ModuleTime:
    track_id: str
    module_id: str
    title: str
    declared: int
    estimate: int
    measured: timing.Spread | None  # learners who passed the module
    scored: int = 0  # graded exercise answers self-scored
    score_share: float | None = None  # points scored / points possible


async def module_times(engine: Engine) -> list[ModuleTime]:
    """Declared vs measured minutes per module, over learners who passed it."""
    svc = engine.svc
    async with svc.db.session() as s:
        enrolments = {e.id: e for e in (await s.execute(select(Enrollment))).scalars()}
        parts = list((await s.execute(select(PartLog))).scalars())
        attempts = list((await s.execute(select(QuizAttempt).where(QuizAttempt.kind == "module"))).scalars())
        answers = list((await s.execute(select(QuizAnswer.attempt_id, QuizAnswer.at))).all())
    by_attempt: dict[int, list] = defaultdict(list)
    for attempt_id, at in answers:
        by_attempt[attempt_id].append(at)
    parts_of: dict[tuple[int, str], list[PartLog]] = defaultdict(list)
    for p in parts:
        parts_of[(p.enrollment_id, p.module_id)].append(p)
    attempts_of: dict[tuple[int, str], list[QuizAttempt]] = defaultdict(list)
    for a in attempts:
        attempts_of[(a.enrollment_id, a.module_id)].append(a)
    out = []
    for track in engine.tracks.values():
        for module in track.modules:
            minutes = []
            for (eid, mid), tries in attempts_of.items():
                if mid != module.id or eid not in enrolments or not any(a.passed for a in tries):
                    continue
                stamps = module_stamps(parts_of[(eid, mid)], tries, [t for a in tries for t in by_attempt[a.id]])
                minutes.append(timing.time_on_task(stamps))
            row = ModuleTime(track.id, module.id, module.title, module.minutes, timing.estimate_minutes(module),
                             timing.spread(minutes))
            got = possible = 0
            for p in parts:
                if p.module_id == module.id and p.scored_at is not None and p.exercise_id:
                    try:
                        ex = module.exercise(p.exercise_id)
                    except KeyError:
                        continue
                    row.scored += 1
                    got += sum(int(x) for x in p.scores.split())
                    possible += ex.max_points
            row.score_share = got / possible if possible else None
            out.append(row)
    return out


def minutes_line(t: ModuleTime) -> str:
    if t.measured is None:
        measured = "no completions yet"
    else:
        m = t.measured
        measured = f"median {m.median:.0f} (IQR {m.q1:.0f}-{m.q3:.0f}), n={m.n}"
    scores = f"; self-scores {t.score_share * 100:.0f}% of points ({t.scored})" if t.score_share is not None else ""
    return f"   {t.module_id}: declared {t.declared} min, estimate {t.estimate}; measured {measured}{scores}"


@dataclass
class TrackOutcome:
    track_id: str
    enrolled: int = 0
    completed: int = 0
    paired: int = 0  # learners with both a pre- and a post-test
    pre_avg: float | None = None
    post_avg: float | None = None
    likert: dict[str, float] | None = None
    yes_share: dict[str, float] | None = None

    @property
    def gain(self) -> float | None:
        return None if self.pre_avg is None or self.post_avg is None else self.post_avg - self.pre_avg


async def outcomes(engine: Engine) -> list[TrackOutcome]:
    svc = engine.svc
    async with svc.db.session() as s:
        enrolments = list((await s.execute(select(Enrollment))).scalars())
        attempts = list((await s.execute(select(QuizAttempt).where(
            QuizAttempt.kind.in_(("pretest", "posttest")), QuizAttempt.finished_at.is_not(None)))).scalars())
        answers = list((await s.execute(select(SurveyAnswer))).scalars())
    by_enrolment = {e.id: e for e in enrolments}
    scores: dict[str, dict[int, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for a in attempts:
        e = by_enrolment.get(a.enrollment_id)
        total = len(json.loads(a.order_json))
        if e and total:
            scores[e.track_id][e.id][a.kind] = a.correct / total
    survey: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ans in answers:
        e = by_enrolment.get(ans.enrollment_id)
        if e:
            survey[e.track_id][ans.question_id].append(ans.answer)
    out = []
    for track in engine.tracks.values():
        mine = [e for e in enrolments if e.track_id == track.id]
        o = TrackOutcome(track.id, enrolled=len(mine), completed=sum(e.status == "completed" for e in mine))
        pairs = [v for v in scores[track.id].values() if "pretest" in v and "posttest" in v]
        posts = [v["posttest"] for v in scores[track.id].values() if "posttest" in v]
        o.paired = len(pairs)
        if pairs:
            o.pre_avg = sum(v["pretest"] for v in pairs) / len(pairs)
            o.post_avg = sum(v["posttest"] for v in pairs) / len(pairs)
        elif posts:
            o.post_avg = sum(posts) / len(posts)
        kinds = {q.id: q.kind for q in track.evaluation}
        o.likert = {q: sum(int(a) for a in vals if a.isdigit()) / max(1, sum(a.isdigit() for a in vals))
                    for q, vals in survey[track.id].items() if kinds.get(q) == "likert5" and any(a.isdigit() for a in vals)}
        o.yes_share = {q: Counter(vals)["yes"] / len(vals) for q, vals in survey[track.id].items()
                       if kinds.get(q) == "yesno" and vals}
        out.append(o)
    return out


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


async def cohort_report(engine: Engine) -> str:
    lines = ["*Training outcomes* (matched pre/post items; the programme aims for an 85-90% post-test average)"]
    for o in await outcomes(engine):
        gain = "—" if o.gain is None else f"{o.gain * 100:+.0f} points"
        lines.append(f"• `{o.track_id}`: {o.enrolled} enrolled, {o.completed} completed; pre-test {_pct(o.pre_avg)}, "
                     f"post-test {_pct(o.post_avg)} ({o.paired} paired), gain {gain}")
        if o.likert:
            lines.append("   evaluation (1-5): " + ", ".join(f"{q} {v:.1f}" for q, v in sorted(o.likert.items())))
        if o.yes_share:
            lines.append("   " + ", ".join(f"{q}: {v * 100:.0f}% yes" for q, v in sorted(o.yes_share.items())))
    times = await module_times(engine)
    lines.append(f"*Time on task* (minutes; idle gaps over {timing.IDLE_CAP_MINUTES} min count as "
                 f"{timing.IDLE_CAP_MINUTES}; learners who passed the module)")
    for t in times:
        if t.measured is not None or t.scored:
            lines.append(minutes_line(t))
    untouched = [t for t in times if t.measured is None and not t.scored]
    if untouched:
        lines.append(f"   {len(untouched)} other modules: no completions yet "
                     f"(declared {', '.join(str(t.declared) for t in untouched[:12])}{'…' if len(untouched) > 12 else ''})")
    return "\n".join(lines)
