"""Cohort outcomes educators report: enrolment and completion, pre/post-test gain on matched items,
the post-test average (the programme aims for 85-90 %), and the evaluation survey."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from curriculum.engine import Engine
from storage.models.curriculum import Enrollment, QuizAttempt, SurveyAnswer


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
    return "\n".join(lines)
