"""The curriculum engine: enrolment, lessons, quizzes, pre/post tests, survey, pacing and reviews.

State lives in the database (storage.models.curriculum); this module turns it into the next
messages. It calculates no credit: it reports enrolments, finished quiz attempts and finished tracks
as `curriculum.events` records, and whoever subscribed (the CME package) decides credit.

Exercise, reading and reflection parts wait for the learner's answer in the thread before the next
part goes; a graded exercise then shows its rubric (and model answer) and asks for a self-score.
Each part's delivery and answer times are recorded for the time-on-task figures.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.core.events import Actor, Button, Reply
import re

from curriculum import quiz, timing
from curriculum.events import LearnerEnrolled, ModuleAttempted, TrackFinished, emit
from curriculum.loader import LessonPart, Module, QuizItem, Track, load_tracks
from storage.models.curriculum import (Delivery, Enrollment, PartLog, QuizAnswer, QuizAttempt, ReviewDue,
                                       SurveyAnswer)

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
REVIEW_DAYS = (1, 7, 30)
REMINDER_AFTER = timedelta(days=3)
DAY_START, DAY_END = time(8, 0), time(20, 0)  # reminders only in the learner's daytime


def tracks(svc: Any) -> dict[str, Track]:
    """Loaded once per process and validated on load."""
    if "tracks" not in svc.extras:
        svc.extras["tracks"] = load_tracks(getattr(svc.settings, "curriculum_dir", None))
    return svc.extras["tracks"]


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local(dt: datetime, tz: str) -> datetime:
    return dt.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone(tz))


def next_daily(now: datetime, hhmm: str, tz: str) -> datetime:
    """The next HH:MM in the learner's zone after `now` (naive UTC in, naive UTC out)."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    here = local(now, tz)
    candidate = here.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if candidate <= here:
        candidate += timedelta(days=1)
    return candidate.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


@dataclass
class Engine:
    svc: Any

    @property
    def tracks(self) -> dict[str, Track]:
        return tracks(self.svc)

    def items_by_id(self, track: Track) -> dict[str, QuizItem]:
        return {i.qualified_id: i for m in track.modules for i in m.quiz}

    # -- persistence helpers ---------------------------------------------------------------------
    async def enrollment(self, learner: str, track_id: str) -> Enrollment | None:
        async with self.svc.db.session() as s:
            q = select(Enrollment).where(Enrollment.learner == learner, Enrollment.track_id == track_id)
            return (await s.execute(q)).scalar()

    async def enrollments(self, learner: str) -> list[Enrollment]:
        async with self.svc.db.session() as s:
            q = select(Enrollment).where(Enrollment.learner == learner).order_by(Enrollment.id)
            return list((await s.execute(q)).scalars())

    async def by_thread(self, thread_ref: str | None, learner: str) -> Enrollment | None:
        async with self.svc.db.session() as s:
            q = select(Enrollment).where(Enrollment.learner == learner, Enrollment.status != "completed")
            if thread_ref:
                q = q.where(Enrollment.thread_ref == thread_ref)
            rows = list((await s.execute(q.order_by(Enrollment.last_activity_at.desc()))).scalars())
        return rows[0] if rows else None

    async def save(self, enr: Enrollment, **changes: Any) -> Enrollment:
        changes.setdefault("last_activity_at", self.svc.clock())
        async with self.svc.db.session() as s:
            await s.execute(update(Enrollment).where(Enrollment.id == enr.id).values(**changes))
            fresh = await s.get(Enrollment, enr.id)
        assert fresh is not None
        return fresh

    async def claim(self, key: str, enr: Enrollment, kind: str) -> bool:
        """Exactly-once: True for the one caller that records this delivery first."""
        try:
            async with self.svc.db.session() as s:
                s.add(Delivery(key=key, enrollment_id=enr.id, kind=kind, at=self.svc.clock()))
            return True
        except IntegrityError:
            return False

    async def release(self, key: str) -> None:
        """Undo a claim when the message could not be sent, so the next run delivers it."""
        async with self.svc.db.session() as s:
            row = await s.get(Delivery, key)
            if row is not None:
                await s.delete(row)

    # -- enrolment --------------------------------------------------------------------------------
    async def enroll(self, actor: Actor, track_id: str) -> list[Reply]:
        track = self.tracks[track_id]
        existing = await self.enrollment(actor.key, track_id)
        if existing is not None:
            if existing.status == "completed":
                return [Reply(text=f"You have completed *{track.title}*. `/cme me` shows your credit.", ephemeral=True)]
            return [Reply(text=f"You are already enrolled in *{track.title}*; it continues in your DM thread. "
                               "`/train status` shows where you are.", ephemeral=True)]
        now = self.svc.clock()
        enr = Enrollment(learner=actor.key, platform=actor.platform, user_id=actor.user_id, track_id=track_id,
                         tz=actor.tz or "UTC", created_at=now, last_activity_at=now)
        try:
            async with self.svc.db.session() as s:
                s.add(enr)
        except IntegrityError:
            return [Reply(text=f"You are already enrolled in *{track.title}*.", ephemeral=True)]
        enr = await self.enrollment(actor.key, track_id)
        assert enr is not None
        await emit(self.svc, LearnerEnrolled(actor.user_id, actor.platform, track_id))
        await self.svc.audit.record(actor.key, "train.enrolled", track_id)
        return [self.intro(track, enr)]

    def intro(self, track: Track, enr: Enrollment) -> Reply:
        mods = "\n".join(f"{i}. {m.title} ({m.minutes} min)" for i, m in enumerate(track.modules, 1))
        objectives = "\n".join(f"• {o}" for o in track.objectives)
        text = (f"{track.description}\n\n*You will be able to:*\n{objectives}\n\n*Modules* (about {track.hours} hours):\n{mods}\n\n"
                f"*How to complete it:* read each lesson, then pass the module quiz with at least "
                f"{round(track.pass_mark * 100)}% (up to {MAX_ATTEMPTS} attempts; each retake is reshuffled). "
                "A short pre-test opens the track and a post-test and evaluation close it. "
                "Credit is claimed with an attestation after the last module.\n"
                f"Released {track.release_date}; content review {track.review_date}; expires {track.expiry_date}. "
                "Every lesson names its sources.")

        async def remember(channel: str, ref: str) -> None:
            fresh = await self.save(enr, channel=channel, thread_ref=ref)
            await self.post(fresh, await self.start_pretest(fresh))

        return Reply(title=f"{track.title} — welcome", text=text, where="dm", on_posted=remember,
                     context=["Lessons and quizzes arrive in this thread. /train pause, /train pace daily 08:00 "
                              "or /train pace self change the pacing."])

    async def post(self, enr: Enrollment, replies: list[Reply]) -> None:
        """Deliver replies to the learner's thread outside a request (jobs, follow-ups)."""
        outbox = self.svc.extras.get("outbox")
        for reply in replies:
            if reply.where in ("here", "thread") and not reply.thread_ref:
                reply.where, reply.thread_ref = "thread", enr.thread_ref or None
            if outbox is not None:
                await outbox.send(enr.platform, reply, user=enr.user_id, channel=enr.channel)

    # -- attempts ------------------------------------------------------------------------------------
    async def _new_attempt(self, enr: Enrollment, module_id: str, kind: str, items: list[QuizItem]) -> QuizAttempt:
        async with self.svc.db.session() as s:
            q = select(QuizAttempt).where(QuizAttempt.enrollment_id == enr.id, QuizAttempt.module_id == module_id,
                                          QuizAttempt.kind == kind).order_by(QuizAttempt.attempt_no.desc())
            last = (await s.execute(q)).scalars().first()
            if last is not None and last.finished_at is None:
                return last  # resume the open attempt
            attempt_no = (last.attempt_no + 1) if last else 1
            order = quiz.make_order(items, f"{enr.id}:{module_id}:{kind}:{attempt_no}")
            row = QuizAttempt(enrollment_id=enr.id, module_id=module_id, kind=kind, attempt_no=attempt_no,
                              order_json=order, started_at=self.svc.clock())
            s.add(row)
        return row

    async def current_attempt(self, enr: Enrollment) -> QuizAttempt | None:
        async with self.svc.db.session() as s:
            q = select(QuizAttempt).where(QuizAttempt.enrollment_id == enr.id, QuizAttempt.finished_at.is_(None))
            return (await s.execute(q.order_by(QuizAttempt.id.desc()))).scalars().first()

    def _quiz_title(self, track: Track, attempt: QuizAttempt) -> str:
        if attempt.kind == "pretest":
            return f"{track.title}: pre-test"
        if attempt.kind == "posttest":
            return f"{track.title}: post-test"
        module = next(m for m in track.modules if m.id == attempt.module_id)
        return f"{module.title}: quiz (attempt {attempt.attempt_no})"

    async def ask_current(self, enr: Enrollment, attempt: QuizAttempt) -> list[Reply]:
        track = self.tracks[enr.track_id]
        order = quiz.slots(attempt.order_json, self.items_by_id(track))
        if attempt.position >= len(order):
            return []
        return [quiz.render_item(order[attempt.position], attempt.position + 1, len(order), action_id="train.answer",
                                 value_prefix=str(attempt.id), title=self._quiz_title(track, attempt),
                                 thread_ref=enr.thread_ref or None)]

    async def start_pretest(self, enr: Enrollment) -> list[Reply]:
        track = self.tracks[enr.track_id]
        if not track.assessment_items:
            return await self.deliver_next(await self.save(enr, phase="lesson"))
        attempt = await self._new_attempt(enr, f"{track.id}:pretest", "pretest", list(track.assessment_items))
        intro = Reply(text=f"*Pre-test* — {len(track.assessment_items)} questions on what the track covers. "
                           "It is not graded; it lets you (and us) see what you learn.",
                      where="thread", thread_ref=enr.thread_ref or None)
        return [intro, *await self.ask_current(enr, attempt)]

    async def answer(self, actor: Actor, attempt_id: int, item_id: str, key: str | None = None,
                     letter: str | None = None) -> list[Reply]:
        async with self.svc.db.session() as s:
            attempt = await s.get(QuizAttempt, attempt_id)
            enr = await s.get(Enrollment, attempt.enrollment_id) if attempt else None
        if attempt is None or enr is None or enr.learner != actor.key:
            return [Reply(text="That question belongs to someone else's quiz.", ephemeral=True)]
        if enr.status == "paused":
            return [Reply(text="Your training is paused. `/train resume` to continue.", ephemeral=True)]
        if attempt.finished_at is not None:
            return []
        track = self.tracks[enr.track_id]
        order = quiz.slots(attempt.order_json, self.items_by_id(track))
        if attempt.position >= len(order):
            return []
        slot = order[attempt.position]
        if item_id and item_id != slot.item.qualified_id:
            return []  # a button from an earlier question: already answered
        chosen = key if key is not None else slot.original_key(letter or "")
        if chosen is None or chosen not in slot.options:
            return [Reply(text=f"Please answer with one of {', '.join(quiz.LETTERS[:len(slot.options)])}.",
                          ephemeral=True, where="thread", thread_ref=enr.thread_ref or None)]
        correct = chosen == slot.item.answer
        try:
            async with self.svc.db.session() as s:
                s.add(QuizAnswer(attempt_id=attempt.id, item_id=slot.item.qualified_id, chosen=chosen,
                                 correct=correct, at=self.svc.clock()))
                result = await s.execute(update(QuizAttempt).where(
                    QuizAttempt.id == attempt.id, QuizAttempt.position == attempt.position).values(
                    position=attempt.position + 1, correct=QuizAttempt.correct + (1 if correct else 0)))
                if (result.rowcount or 0) != 1:
                    raise IntegrityError("position moved", None, Exception())
        except IntegrityError:
            return []  # the same answer twice (double click, retry): counted once
        await self._xapi_answer(enr, attempt, slot, chosen, correct)
        enr = await self.save(enr)
        replies = [Reply(text=quiz.feedback(slot, chosen), where="thread", thread_ref=enr.thread_ref or None)]
        async with self.svc.db.session() as s:
            attempt = await s.get(QuizAttempt, attempt.id)
        if attempt.position < len(order):
            return replies + await self.ask_current(enr, attempt)
        return replies + await self.finish_attempt(enr, attempt, len(order))

    async def _xapi_answer(self, enr: Enrollment, attempt: QuizAttempt, slot: quiz.Slot, chosen: str, correct: bool) -> None:
        """Hook for the CME xAPI outbox (statements are built from stored answers by cme.exporters)."""
        return None

    async def finish_attempt(self, enr: Enrollment, attempt: QuizAttempt, total: int) -> list[Reply]:
        track = self.tracks[enr.track_id]
        now = self.svc.clock()
        score = quiz.scaled(attempt.correct, total)
        thread = enr.thread_ref or None
        if attempt.kind == "pretest":
            async with self.svc.db.session() as s:
                await s.execute(update(QuizAttempt).where(QuizAttempt.id == attempt.id).values(finished_at=now))
            enr = await self.save(enr, phase="lesson", module_index=0, part_index=0)
            summary = Reply(text=f"Pre-test done: {attempt.correct} of {total}. Now the first lesson.",
                            where="thread", thread_ref=thread)
            return [summary, *await self.deliver_next(enr)]
        if attempt.kind == "posttest":
            async with self.svc.db.session() as s:
                await s.execute(update(QuizAttempt).where(QuizAttempt.id == attempt.id).values(finished_at=now))
            pre = await self._score(enr, f"{track.id}:pretest")
            gain = f" (pre-test {pre})" if pre else ""
            enr = await self.save(enr, phase="survey", survey_index=0)
            summary = Reply(text=f"Post-test: {attempt.correct} of {total}{gain}. Last step: a short evaluation.",
                            where="thread", thread_ref=thread)
            return [summary, *self.ask_survey(track, enr)]
        module = next(m for m in track.modules if m.id == attempt.module_id)
        passed = score >= track.pass_mark
        async with self.svc.db.session() as s:
            await s.execute(update(QuizAttempt).where(QuizAttempt.id == attempt.id).values(finished_at=now, passed=passed))
        await self._record_completion(enr, module, attempt, score, passed, now)
        pct = round(score * 100)
        if not passed:
            left = MAX_ATTEMPTS - attempt.attempt_no
            if left <= 0:
                await self.svc.audit.record(enr.learner, "train.attempts_exhausted", module.id)
                return [Reply(text=f"Score {pct}% — below the {round(track.pass_mark * 100)}% pass mark, and that was "
                                   f"your last attempt. Your educator has been told; they can reset the module.",
                              where="thread", thread_ref=thread)]
            return [Reply(text=f"Score {pct}% — below the {round(track.pass_mark * 100)}% pass mark. "
                               f"You have {left} more attempt{'s' if left > 1 else ''}; the questions will be reshuffled.",
                          buttons=[Button("Retake the quiz", "train.quiz", str(enr.id), "primary")],
                          where="thread", thread_ref=thread)]
        await self._schedule_reviews(enr, module, now)
        next_index = enr.module_index + 1
        done_msg = Reply(text=f"Passed with {pct}%. Module complete: *{module.title}*.", where="thread", thread_ref=thread)
        if next_index >= len(track.modules):
            enr = await self.save(enr, phase="posttest", module_index=next_index, part_index=0)
            return [done_msg, *await self.start_posttest(enr)]
        enr = await self.save(enr, phase="lesson", module_index=next_index, part_index=0)
        if enr.pace != "self":
            due = next_daily(now, enr.pace, enr.tz)
            await self.save(enr, next_due_at=due)
            when = local(due, enr.tz).strftime("%a %H:%M")
            return [done_msg, Reply(text=f"The next lesson arrives {when} ({enr.tz}).", where="thread", thread_ref=thread)]
        return [done_msg, *await self.deliver_next(enr)]

    async def _score(self, enr: Enrollment, module_id: str) -> str:
        async with self.svc.db.session() as s:
            row = (await s.execute(select(QuizAttempt).where(QuizAttempt.enrollment_id == enr.id,
                                                             QuizAttempt.module_id == module_id))).scalars().first()
        if row is None:
            return ""
        total = len(json.loads(row.order_json))
        return f"{row.correct} of {total}"

    async def _record_completion(self, enr: Enrollment, module: Module, attempt: QuizAttempt, score: float,
                                 passed: bool, now: datetime) -> None:
        async with self.svc.db.session() as s:
            answers = list((await s.execute(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt.id)
                                            .order_by(QuizAnswer.id))).scalars())
        await emit(self.svc, ModuleAttempted(
            learner_user_id=enr.user_id, platform=enr.platform, track_id=enr.track_id, module_id=module.id,
            declared_minutes=module.minutes, measured_minutes=await self.measured_minutes(enr, module.id),
            score=score, passed=passed, attempt_no=attempt.attempt_no, started_at=attempt.started_at,
            finished_at=now,
            item_responses=[{"item_id": a.item_id, "response": a.chosen, "correct": a.correct} for a in answers],
            raw_score=attempt.correct, max_score=len(answers)))
        await self.svc.audit.record(enr.learner, "train.module_passed" if passed else "train.module_failed",
                                    module.id, {"score": score, "attempt": attempt.attempt_no})

    async def start_posttest(self, enr: Enrollment) -> list[Reply]:
        track = self.tracks[enr.track_id]
        if not track.assessment_items:
            enr = await self.save(enr, phase="survey", survey_index=0)
            return self.ask_survey(track, enr)
        attempt = await self._new_attempt(enr, f"{track.id}:posttest", "posttest", list(track.assessment_items))
        intro = Reply(text="*Post-test* — the same topics as the pre-test, to measure what changed.",
                      where="thread", thread_ref=enr.thread_ref or None)
        return [intro, *await self.ask_current(enr, attempt)]

    # -- lessons ---------------------------------------------------------------------------------------
    def lesson_key(self, enr: Enrollment, start: int, end: int) -> str:
        module = self.tracks[enr.track_id].modules[enr.module_index]
        return f"part:{enr.id}:{module.id}:{start}" + (f"-{end - 1}" if end - start > 1 else "")

    def lesson_reply(self, enr: Enrollment, start: int, end: int) -> Reply:
        """Parts [start, end) of the learner's current module as one message (no database work)."""
        track = self.tracks[enr.track_id]
        module = track.modules[enr.module_index]
        parts = module.parts[start:end]
        if len(parts) == 1:
            title = f"{module.title} — {start + 1}/{len(module.parts)}: {parts[0].title}"
            reply = Reply(title=title[:150], text=parts[0].body, where="thread", thread_ref=enr.thread_ref or None)
        else:
            reply = Reply(title=module.title[:150], text=f"**{parts[0].title}**\n{parts[0].body}",
                          sections=[f"**{p.title}**\n{p.body}" for p in parts[1:]], where="thread",
                          thread_ref=enr.thread_ref or None)
        last = parts[-1]
        if last.awaits_reply:
            reply.context = [f"{last.kind.capitalize()} · about {last.minutes:g} min. Reply in this thread with your "
                             "answer; the next part follows it."]
        elif end >= len(module.parts):
            reply.buttons = [Button("Start the quiz", "train.quiz", str(enr.id), "primary")]
            reply.context = [self._quiz_context(track, module)]
        else:
            reply.buttons = [Button("Next", "train.next", str(enr.id), "primary")]
        return reply

    def _quiz_context(self, track: Track, module: Module) -> str:
        return (f"Quiz: {len(module.quiz)} questions; pass mark {round(track.pass_mark * 100)}%; "
                f"up to {MAX_ATTEMPTS} attempts. References: " + "; ".join(r.citation for r in module.references))[:1500]

    @staticmethod
    def batch_end(module: Module, start: int) -> int:
        """Scheduled delivery sends parts up to and including the next one that waits for an answer."""
        for i in range(start, len(module.parts)):
            if module.parts[i].awaits_reply:
                return i + 1
        return len(module.parts)

    # -- time on task and answers in the thread ---------------------------------------------------------
    async def log_delivered(self, enr: Enrollment, module: Module, start: int, end: int) -> None:
        now = self.svc.clock()
        for i in range(start, end):
            part = module.parts[i]
            try:
                async with self.svc.db.session() as s:
                    s.add(PartLog(enrollment_id=enr.id, module_id=module.id, part_index=i, kind=part.kind,
                                  exercise_id=part.exercise, delivered_at=now))
            except IntegrityError:
                pass  # delivered before (a resend after a restart keeps the first time)

    async def _mark_read(self, enr: Enrollment, module: Module, index: int) -> None:
        """A lesson or case part is done when the learner asks for what comes next."""
        if 0 <= index < len(module.parts) and not module.parts[index].awaits_reply:
            async with self.svc.db.session() as s:
                await s.execute(update(PartLog).where(
                    PartLog.enrollment_id == enr.id, PartLog.module_id == module.id, PartLog.part_index == index,
                    PartLog.answered_at.is_(None)).values(answered_at=self.svc.clock()))

    async def awaiting(self, enr: Enrollment) -> tuple[Module, int, LessonPart, str] | None:
        """The part the learner still owes an answer ("answer") or a self-score ("score") for, if any."""
        track = self.tracks[enr.track_id]
        if enr.phase != "lesson" or enr.module_index >= len(track.modules) or enr.part_index <= 0:
            return None
        module = track.modules[enr.module_index]
        index = min(enr.part_index, len(module.parts)) - 1
        part = module.parts[index]
        if not part.awaits_reply:
            return None
        async with self.svc.db.session() as s:
            row = (await s.execute(select(PartLog).where(
                PartLog.enrollment_id == enr.id, PartLog.module_id == module.id,
                PartLog.part_index == index))).scalar_one_or_none()
        if row is None or row.answered_at is None:
            return module, index, part, "answer"
        if part.exercise and row.scored_at is None:
            return module, index, part, "score"
        return None

    def _rubric_reply(self, enr: Enrollment, module: Module, part: LessonPart) -> Reply:
        ex = module.exercise(part.exercise)
        lines = [f"*Score yourself on “{ex.title}”*, one number per criterion:"]
        for n, c in enumerate(ex.rubric, 1):
            levels = "; ".join(f"{score} = {text}" for score, text in c.levels.items())
            lines.append(f"{n}. {c.criterion} (0-{c.points}): {levels}")
        sections = [f"**Model answer**\n{part.model_answer}"] if part.model_answer else []
        example = " ".join(str(c.points) for c in ex.rubric)
        return Reply(text="\n".join(lines)[:2900], sections=sections, where="thread", thread_ref=enr.thread_ref or None,
                     context=[f"Reply in this thread with {len(ex.rubric)} numbers, e.g. “{example}”. "
                              "Your educator sees the scores; they are not part of the pass mark."])

    async def part_reply(self, actor: Actor, enr: Enrollment, text: str) -> list[Reply]:
        """The learner's thread answer to an exercise, reading or reflection, or a graded self-score."""
        owed = await self.awaiting(enr)
        if owed is None or enr.learner != actor.key or enr.status == "paused":
            return []
        module, index, part, what = owed
        now = self.svc.clock()
        thread = enr.thread_ref or None
        where = (PartLog.enrollment_id == enr.id, PartLog.module_id == module.id, PartLog.part_index == index)
        if what == "answer":
            if not text.strip():
                return []
            async with self.svc.db.session() as s:
                row = (await s.execute(select(PartLog).where(*where))).scalar_one_or_none()
                if row is None:  # delivered before records were kept: start the record now
                    s.add(PartLog(enrollment_id=enr.id, module_id=module.id, part_index=index, kind=part.kind,
                                  exercise_id=part.exercise, delivered_at=now))
            async with self.svc.db.session() as s:
                moved = await s.execute(update(PartLog).where(*where, PartLog.answered_at.is_(None)).values(
                    answered_at=now, reply=self.svc.phi.for_storage(text)[:4000], reply_chars=len(text)))
            if (moved.rowcount or 0) != 1:
                return []  # the same answer delivered twice (a retry): recorded once
            await self.save(enr)
            await self.svc.audit.record(enr.learner, "train.part_answered", f"{module.id}#{index + 1}",
                                        {"kind": part.kind, "chars": len(text)})
            if part.exercise:
                return [self._rubric_reply(enr, module, part)]
            return [Reply(text="Answer recorded.", where="thread", thread_ref=thread), *await self._after_part(enr)]
        ex = module.exercise(part.exercise)
        scores = [int(x) for x in re.findall(r"\d+", text)]
        if len(scores) != len(ex.rubric) or any(not 0 <= sc <= c.points for sc, c in zip(scores, ex.rubric)):
            limits = ", ".join(f"0-{c.points}" for c in ex.rubric)
            return [Reply(text=f"Please reply with {len(ex.rubric)} numbers, one per criterion ({limits}).",
                          where="thread", thread_ref=thread)]
        async with self.svc.db.session() as s:
            moved = await s.execute(update(PartLog).where(*where, PartLog.scored_at.is_(None)).values(
                scored_at=now, scores=" ".join(map(str, scores))))
        if (moved.rowcount or 0) != 1:
            return []
        await self.save(enr)
        await self.svc.audit.record(enr.learner, "train.self_scored", f"{module.id}/{ex.id}",
                                    {"scores": scores, "max": ex.max_points})
        done = Reply(text=f"Self-score recorded: {sum(scores)} of {ex.max_points}.", where="thread", thread_ref=thread)
        return [done, *await self._after_part(enr)]

    async def _after_part(self, enr: Enrollment) -> list[Reply]:
        """After an answer: the next part, or the quiz button when the lesson is over."""
        enr = await self.enrollment(enr.learner, enr.track_id) or enr
        track = self.tracks[enr.track_id]
        module = track.modules[enr.module_index]
        if enr.part_index < len(module.parts):
            return await self.deliver_next(enr)
        return [Reply(text="That was the last part of this module.", context=[self._quiz_context(track, module)],
                      buttons=[Button("Start the quiz", "train.quiz", str(enr.id), "primary")],
                      where="thread", thread_ref=enr.thread_ref or None)]

    async def measured_minutes(self, enr: Enrollment, module_id: str) -> float:
        """Time on task in one module: its recorded events, idle gaps capped (`timing.IDLE_CAP_MINUTES`)."""
        async with self.svc.db.session() as s:
            parts = list((await s.execute(select(PartLog).where(
                PartLog.enrollment_id == enr.id, PartLog.module_id == module_id))).scalars())
            attempts = list((await s.execute(select(QuizAttempt).where(
                QuizAttempt.enrollment_id == enr.id, QuizAttempt.module_id == module_id))).scalars())
            answers = list((await s.execute(select(QuizAnswer.at).where(
                QuizAnswer.attempt_id.in_([a.id for a in attempts] or [-1])))).scalars())
        return timing.time_on_task(module_stamps(parts, attempts, answers))

    async def deliver_next(self, enr: Enrollment) -> list[Reply]:
        """Self-paced: the next lesson part, with Next, claimed first so a double click or a
        retry delivers it once. (Scheduled lessons are delivered in batches by curriculum.jobs.)"""
        track = self.tracks[enr.track_id]
        if enr.phase != "lesson" or enr.module_index >= len(track.modules):
            return []
        module = track.modules[enr.module_index]
        start = enr.part_index
        if start >= len(module.parts):
            return []
        if await self.awaiting(enr) is not None:
            return [Reply(text="Answer the last activity in this thread first; the next part follows your answer.",
                          ephemeral=True)]
        if not await self.claim(self.lesson_key(enr, start, start + 1), enr, "lesson"):
            return []
        await self._mark_read(enr, module, start - 1)
        await self.save(enr, part_index=start + 1, next_due_at=None)
        await self.log_delivered(enr, module, start, start + 1)
        return [self.lesson_reply(enr, start, start + 1)]

    async def start_quiz(self, enr: Enrollment) -> list[Reply]:
        track = self.tracks[enr.track_id]
        if enr.phase not in ("lesson", "quiz") or enr.module_index >= len(track.modules):
            return []
        module = track.modules[enr.module_index]
        if enr.part_index < len(module.parts):
            return [Reply(text="Finish the lesson first — press Next.", ephemeral=True)]
        if await self.awaiting(enr) is not None:
            return [Reply(text="Answer the last activity in this thread first.", ephemeral=True)]
        await self._mark_read(enr, module, len(module.parts) - 1)
        async with self.svc.db.session() as s:
            done = list((await s.execute(select(QuizAttempt).where(
                QuizAttempt.enrollment_id == enr.id, QuizAttempt.module_id == module.id,
                QuizAttempt.finished_at.is_not(None)))).scalars())
        if any(a.passed for a in done):
            return []
        if len(done) >= MAX_ATTEMPTS:
            return [Reply(text="You have used every attempt for this quiz; your educator can reset it.", ephemeral=True)]
        enr = await self.save(enr, phase="quiz")
        attempt = await self._new_attempt(enr, module.id, "module", list(module.quiz))
        head = Reply(text=f"*Quiz: {module.title}* — {len(module.quiz)} questions. You pass with "
                          f"{round(track.pass_mark * 100)}% or more (attempt {attempt.attempt_no} of {MAX_ATTEMPTS}).",
                     where="thread", thread_ref=enr.thread_ref or None)
        return [head, *await self.ask_current(enr, attempt)] if attempt.position == 0 else await self.ask_current(enr, attempt)

    # -- survey ------------------------------------------------------------------------------------------
    def ask_survey(self, track: Track, enr: Enrollment) -> list[Reply]:
        if enr.survey_index >= len(track.evaluation):
            return []
        q = track.evaluation[enr.survey_index]
        value = f"{enr.id}:{q.id}"
        if q.kind == "likert5":
            buttons = [Button(str(n), "train.survey", f"{value}:{n}") for n in range(1, 6)]
            hint = "1 = not at all, 5 = very much."
        elif q.kind == "yesno":
            buttons = [Button("Yes", "train.survey", f"{value}:yes"), Button("No", "train.survey", f"{value}:no")]
            hint = ""
        else:
            buttons = [Button("Skip", "train.survey", f"{value}:")]
            hint = "Reply in this thread."
        return [Reply(title=f"Evaluation {enr.survey_index + 1} of {len(track.evaluation)}", text=q.text,
                      context=[hint] if hint else [], buttons=buttons, where="thread", thread_ref=enr.thread_ref or None)]

    async def survey_answer(self, actor: Actor, enr: Enrollment, question_id: str, answer: str) -> list[Reply]:
        track = self.tracks[enr.track_id]
        if enr.learner != actor.key or enr.phase != "survey" or enr.survey_index >= len(track.evaluation):
            return []
        if track.evaluation[enr.survey_index].id != question_id:
            return []
        try:
            async with self.svc.db.session() as s:
                s.add(SurveyAnswer(enrollment_id=enr.id, question_id=question_id,
                                   answer=self.svc.phi.for_storage(answer)[:4000], at=self.svc.clock()))
        except IntegrityError:
            return []
        enr = await self.save(enr, survey_index=enr.survey_index + 1)
        if enr.survey_index < len(track.evaluation):
            return self.ask_survey(track, enr)
        return await self.complete_track(enr)

    async def complete_track(self, enr: Enrollment) -> list[Reply]:
        track = self.tracks[enr.track_id]
        now = self.svc.clock()
        enr = await self.save(enr, phase="done", status="completed", completed_at=now)
        await self.svc.audit.record(enr.learner, "train.track_completed", track.id)
        measured = sum([await self.measured_minutes(enr, m.id) for m in track.modules])
        follow = await emit(self.svc, TrackFinished(
            learner_user_id=enr.user_id, platform=enr.platform, track_id=track.id,
            module_ids=[m.id for m in track.modules], completed_at=now, declared_minutes=track.minutes,
            measured_minutes=measured, thread_ref=enr.thread_ref or None))
        thanks = Reply(text=f"🎓 You have completed *{track.title}*. Thank you for the evaluation.",
                       where="thread", thread_ref=enr.thread_ref or None)
        return [thanks, *follow]

    # -- spaced review --------------------------------------------------------------------------------
    async def _schedule_reviews(self, enr: Enrollment, module: Module, now: datetime) -> None:
        if not enr.reviews_enabled or not module.quiz:
            return
        for day in REVIEW_DAYS:
            try:
                async with self.svc.db.session() as s:
                    s.add(ReviewDue(enrollment_id=enr.id, module_id=module.id, day=day, due_at=now + timedelta(days=day)))
            except IntegrityError:
                pass

    def review_item(self, enr: Enrollment, review: ReviewDue) -> QuizItem:
        module = next(m for m in self.tracks[enr.track_id].modules if m.id == review.module_id)
        return module.quiz[(review.id or 0) * 7 % len(module.quiz)]


def module_stamps(parts: list[PartLog], attempts: list[QuizAttempt], answer_times: list[datetime]) -> list[datetime]:
    """Every recorded moment of one learner's work in one module (module quiz attempts only)."""
    stamps: list[datetime] = []
    for p in parts:
        stamps += [t for t in (p.delivered_at, p.answered_at, p.scored_at) if t is not None]
    for a in attempts:
        stamps += [t for t in (a.started_at, a.finished_at) if t is not None]
    return stamps + list(answer_times)
