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
from storage.models.curriculum import Enrollment, ReviewDue

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
    """Scheduled pacing: send each learner whose next lesson is due the whole lesson, once."""
    engine = Engine(svc)
    now = svc.clock()
    sent = 0
    last_id = 0
    while True:
        async with svc.db.session() as s:
            rows = list((await s.execute(select(Enrollment).where(
                Enrollment.status == "active", Enrollment.phase == "lesson", Enrollment.next_due_at.is_not(None),
                Enrollment.next_due_at <= now, Enrollment.id > last_id).order_by(Enrollment.id).limit(BATCH))).scalars())
        if not rows:
            return sent
        last_id = rows[-1].id
        results = await _gather_limited([_deliver_one(engine, e) for e in rows])
        for r in results:
            if isinstance(r, Exception):
                log.warning("a scheduled lesson could not be sent: %s", type(r).__name__)
            else:
                sent += r


async def _deliver_one(engine: Engine, e: Enrollment) -> int:
    # Clear the due time first, conditionally: only one worker wins this enrolment this round.
    async with engine.svc.db.session() as s:
        won = await s.execute(update(Enrollment).where(Enrollment.id == e.id, Enrollment.next_due_at == e.next_due_at)
                              .values(next_due_at=None))
    if (won.rowcount or 0) != 1:
        return 0
    replies = await engine.deliver_next(e, all_parts=True)
    try:
        await engine.post(e, replies)
    except Exception:
        # put it back so the next run retries the lesson that did not arrive
        track = engine.tracks[e.track_id]
        module = track.modules[e.module_index]
        for i in range(e.part_index, len(module.parts)):
            await engine.release(f"part:{e.id}:{module.id}:{i}")
        await engine.save(e, part_index=e.part_index, next_due_at=e.next_due_at)
        raise
    return 1 if replies else 0


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
