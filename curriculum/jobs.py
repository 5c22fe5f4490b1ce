"""Scheduled curriculum work: due lessons, inactivity reminders, spaced-review questions.

apscheduler only triggers these; the database decides what is due, and every delivery is claimed
with a unique key before it is sent, so two workers (or a restart) never send one twice, and a
failed send releases its claim so nothing is skipped.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy import select, update

from bot.core.events import Action, Button, Reply
from curriculum import quiz
from curriculum.engine import DAY_END, DAY_START, REMINDER_AFTER, Engine, local
from storage.models.curriculum import Delivery, Enrollment, ReviewDue

log = logging.getLogger(__name__)

CONCURRENCY = 50  # parallel sends; the Web API client waits out 429s, so Slack's limit sets the pace
BATCH = 1000


async def _gather_limited(coros: list, limit: int = CONCURRENCY) -> list:
    sem = asyncio.Semaphore(limit)

    async def run(c):
        async with sem:
            return await c

    return await asyncio.gather(*(run(c) for c in coros), return_exceptions=True)


async def deliver_due(svc: Any) -> int:
    """Scheduled pacing: send each learner whose lesson is due the rest of it as one message, once.

    Due enrolments are claimed in batches with one conditional UPDATE (only rows still due are
    taken, so two workers split the work instead of doubling it), the claims are recorded as
    delivery keys, and then the messages go out concurrently; a failed send puts that learner back.
    """
    engine = Engine(svc)
    now = svc.clock()
    sent, last_id = 0, 0
    while True:
        async with svc.db.session() as s:
            due = list((await s.execute(select(Enrollment).where(
                Enrollment.status == "active", Enrollment.phase == "lesson", Enrollment.next_due_at.is_not(None),
                Enrollment.next_due_at <= now, Enrollment.id > last_id).order_by(Enrollment.id).limit(BATCH))).scalars())
            if not due:
                return sent
            last_id = due[-1].id
            won = set((await s.execute(update(Enrollment).where(
                Enrollment.id.in_([e.id for e in due]), Enrollment.next_due_at.is_not(None),
                Enrollment.next_due_at <= now).values(next_due_at=None).returning(Enrollment.id))).scalars())
            mine = [e for e in due if e.id in won and e.module_index < len(engine.tracks[e.track_id].modules)]
            jobs = []
            for e in mine:
                module = engine.tracks[e.track_id].modules[e.module_index]
                if e.part_index < len(module.parts) and await engine.awaiting(e) is None:
                    jobs.append((e, e.part_index, engine.batch_end(module, e.part_index)))
            if jobs:
                await s.execute(_insert_ignore(s, [{"key": engine.lesson_key(e, a, b), "enrollment_id": e.id,
                                                    "kind": "lesson", "at": now} for e, a, b in jobs]))
                for e, _a, b in jobs:
                    await s.execute(update(Enrollment).where(Enrollment.id == e.id).values(part_index=b))
        results = await _gather_limited([_post_lesson(engine, e, a, b) for e, a, b in jobs])
        sent += sum(1 for r in results if r is True)


def _insert_ignore(session, rows: list[dict]):
    """INSERT ... ON CONFLICT DO NOTHING for the delivery keys, on SQLite and PostgreSQL alike."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(Delivery).values(rows).on_conflict_do_nothing(index_elements=["key"])


async def _post_lesson(engine: Engine, e: Enrollment, start: int, end: int) -> bool:
    try:
        await engine.post(e, [engine.lesson_reply(e, start, end)])
        await engine.log_delivered(e, engine.tracks[e.track_id].modules[e.module_index], start, end)
        return True
    except Exception as exc:
        log.warning("a scheduled lesson could not be sent (%s); it will be retried", type(exc).__name__)
        await engine.release(engine.lesson_key(e, start, end))
        async with engine.svc.db.session() as s:
            await s.execute(update(Enrollment).where(Enrollment.id == e.id)
                            .values(part_index=start, next_due_at=e.next_due_at))
        return False


async def send_reminders(svc: Any, *, after=REMINDER_AFTER) -> int:
    """A nudge after `after` without activity; at most one a day; never at night for the learner."""
    engine = Engine(svc)
    now = svc.clock()
    async with svc.db.session() as s:
        rows = list((await s.execute(select(Enrollment).where(
            Enrollment.status == "active", Enrollment.last_activity_at <= now - after))).scalars())
    sent = 0
    for e in rows:
        here = local(now, e.tz)
        if not DAY_START <= here.time() <= DAY_END:
            continue
        if e.last_reminder_at is not None and (now - e.last_reminder_at).total_seconds() < 86400:
            continue
        if not await engine.claim(f"reminder:{e.id}:{here.date().isoformat()}", e, "reminder"):
            continue
        track = engine.tracks[e.track_id]
        reply = Reply(text=f"A reminder about *{track.title}*: you are {min(e.module_index, len(track.modules))} of "
                           f"{len(track.modules)} modules in. Pick up where you left off whenever suits you.",
                      buttons=[Button("Continue", "train.next" if e.phase == "lesson" else "train.quiz", str(e.id), "primary")],
                      context=["/train pause stops reminders; /train pace daily HH:MM schedules lessons."])
        await engine.post(e, [reply])
        async with svc.db.session() as s:
            await s.execute(update(Enrollment).where(Enrollment.id == e.id).values(last_reminder_at=now))
        sent += 1
    return sent


async def send_reviews(svc: Any) -> int:
    """Spaced retrieval practice, about 1, 7 and 30 days after a module; not credit-bearing."""
    engine = Engine(svc)
    now = svc.clock()
    async with svc.db.session() as s:
        rows = list((await s.execute(select(ReviewDue, Enrollment).join(Enrollment, Enrollment.id == ReviewDue.enrollment_id)
                                     .where(ReviewDue.sent_at.is_(None), ReviewDue.due_at <= now,
                                            Enrollment.reviews_enabled.is_(True), Enrollment.status != "paused"))).all())
    sent = 0
    for review, e in rows:
        if not await engine.claim(f"review:{review.id}", e, "review"):
            continue
        item = engine.review_item(e, review)
        slot = quiz.Slot(item, tuple(o.key for o in item.options))
        reply = quiz.render_item(slot, 1, 1, action_id="train.review", value_prefix=f"r{review.id}",
                                 title=f"Review ({review.day}-day)", thread_ref=None)
        reply.where, reply.thread_ref = "dm", None
        reply.buttons.append(Button("Stop review questions", "train.review_off", str(e.id)))
        reply.context = ["Retrieval practice: not graded, no credit."]
        await engine.post(e, [reply])
        async with svc.db.session() as s:
            await s.execute(update(ReviewDue).where(ReviewDue.id == review.id).values(sent_at=now, item_id=item.qualified_id))
        sent += 1
    return sent


async def answer_review(engine: Engine, action: Action) -> list[Reply]:
    prefix, _, rest = action.value.partition(":")
    item_id, _, key = rest.rpartition(":")
    if not prefix.startswith("r") or not prefix[1:].isdigit():
        return []
    async with engine.svc.db.session() as s:
        review = await s.get(ReviewDue, int(prefix[1:]))
        e = await s.get(Enrollment, review.enrollment_id) if review else None
        if review is None or e is None or e.learner != action.actor.key or review.answered:
            return []
        review.answered = key[:2]
    item = engine.review_item(e, review)
    slot = quiz.Slot(item, tuple(o.key for o in item.options))
    return [Reply(text=quiz.feedback(slot, key), ephemeral=False, where="here")] if key in slot.options else []
