"""`/train`, the training buttons, and quiz answers typed as thread replies."""
from __future__ import annotations

import re
from typing import Any

from bot.core import Command, Reply, Router, UsageError
from bot.core.events import Action, Message
from curriculum import quiz
from curriculum.engine import Engine, next_daily
from storage.models.curriculum import Enrollment

USAGE = ("/train [foundations|advanced|practicum|status|pause|resume|pace daily HH:MM|pace self|review on|off"
         "|report]")
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def register(router: Router) -> None:
    router.command("train", usage=USAGE, summary="training tracks (4, 8, 16 h): lessons and quizzes in a DM thread")(train)
    router.action("train")(train_action)
    router.message()(thread_reply)


async def train(cmd: Command, svc: Any) -> Reply | list[Reply]:
    engine = Engine(svc)
    args = [a.lower() for a in cmd.args]
    if not args:
        return await overview(engine, cmd)
    word = args[0]
    if word in engine.tracks:
        return await engine.enroll(cmd.actor, word)
    if word == "status":
        return await overview(engine, cmd)
    if word == "report":
        if not svc.has_role(cmd.actor, "educator"):
            await svc.audit.record(cmd.actor.key, "train.report_refused", "")
            return Reply(text="The cohort report is for educators.", ephemeral=True)
        from curriculum.outcomes import cohort_report

        return Reply(text=await cohort_report(engine), ephemeral=True)
    active = [e for e in await engine.enrollments(cmd.actor.key) if e.status != "completed"]
    if word in ("pause", "resume", "pace", "review") and not active:
        raise UsageError("You are not enrolled in a track yet. `/train` lists them.")
    if word == "pause":
        for e in active:
            await engine.save(e, status="paused")
        return Reply(text="Paused. Nothing will arrive until you `/train resume`.", ephemeral=True)
    if word == "resume":
        replies: list[Reply] = [Reply(text="Welcome back.", ephemeral=True)]
        for e in active:
            e = await engine.save(e, status="active")
            replies += await resume_point(engine, e)
        return replies
    if word == "pace":
        return await set_pace(engine, active, args[1:])
    if word == "review" and len(args) == 2 and args[1] in ("on", "off"):
        for e in active:
            await engine.save(e, reviews_enabled=args[1] == "on")
        return Reply(text=f"Spaced review questions are {args[1]}.", ephemeral=True)
    raise UsageError(f"I don't understand `{cmd.text}`.")


async def overview(engine: Engine, cmd: Command) -> Reply:
    mine = {e.track_id: e for e in await engine.enrollments(cmd.actor.key)}
    lines = ["*Training tracks* — `/train <track>` to enrol:"]
    for track in engine.tracks.values():
        e = mine.get(track.id)
        if e is None:
            state = "not started"
        elif e.status == "completed":
            state = "completed ✅"
        else:
            done = min(e.module_index, len(track.modules))
            state = f"{e.status}, {done}/{len(track.modules)} modules passed, {e.phase}"
            if e.pace != "self":
                state += f", daily at {e.pace} ({e.tz})"
        lines.append(f"• `{track.id}` — {track.title} ({track.hours} h, {len(track.modules)} modules): {state}")
    return Reply(text="\n".join(lines), ephemeral=True)


async def set_pace(engine: Engine, active: list[Enrollment], args: list[str]) -> Reply:
    if args == ["self"]:
        for e in active:
            await engine.save(e, pace="self", next_due_at=None)
        return Reply(text="Self-paced: press Next when you are ready for more.", ephemeral=True)
    if len(args) == 2 and args[0] == "daily" and _HHMM.match(args[1]):
        hhmm = "%02d:%s" % (int(args[1].split(":")[0]), args[1].split(":")[1])
        for e in active:
            due = next_daily(engine.svc.clock(), hhmm, e.tz) if e.phase == "lesson" else None
            await engine.save(e, pace=hhmm, next_due_at=due)
        return Reply(text=f"Scheduled: the next lesson arrives daily at {hhmm} in your time zone.", ephemeral=True)
    raise UsageError("Pace is `daily HH:MM` (24-hour clock) or `self`.")


async def resume_point(engine: Engine, e: Enrollment) -> list[Reply]:
    """Where the learner left off: the open question, the lesson, the survey."""
    attempt = await engine.current_attempt(e)
    if attempt is not None:
        return await engine.ask_current(e, attempt)
    if e.phase == "survey":
        return engine.ask_survey(engine.tracks[e.track_id], e)
    owed = await engine.awaiting(e)
    if owed is not None:  # show the activity that waits for an answer again
        module, index, part, what = owed
        e_view = await engine.save(e)
        return ([engine.lesson_reply(e_view, index, index + 1)] if what == "answer"
                else [engine._rubric_reply(e_view, module, part)])
    if e.phase == "lesson" and e.pace == "self":
        replies = await engine.deliver_next(e)
        if not replies and e.part_index >= len(engine.tracks[e.track_id].modules[e.module_index].parts):
            return await engine.start_quiz(e)
        return replies
    return []


async def _own(engine: Engine, action: Action, enrollment_id: str) -> Enrollment | None:
    try:
        key = int(enrollment_id)
    except ValueError:
        return None
    async with engine.svc.db.session() as s:
        e = await s.get(Enrollment, key)
    return e if e is not None and e.learner == action.actor.key else None


async def train_action(action: Action, svc: Any) -> list[Reply]:
    engine = Engine(svc)
    verb = action.action_id.rpartition(".")[2]
    if verb == "answer":
        attempt_id, _, rest = action.value.partition(":")
        item_id, _, key = rest.rpartition(":")
        if not attempt_id.isdigit():
            return []
        return await engine.answer(action.actor, int(attempt_id), item_id, key=key)
    if verb == "survey":
        enr_id, question_id, answer = (action.value.split(":", 2) + ["", ""])[:3]
        e = await _own(engine, action, enr_id)
        return await engine.survey_answer(action.actor, e, question_id, answer) if e else []
    if verb == "review":
        from curriculum.jobs import answer_review

        return await answer_review(engine, action)
    if verb == "review_off":
        e = await _own(engine, action, action.value)
        if e:
            await engine.save(e, reviews_enabled=False)
        return [Reply(text="Spaced review questions are off. `/train review on` brings them back.", ephemeral=True)]
    e = await _own(engine, action, action.value)
    if e is None:
        return [Reply(text="That button belongs to someone else's training.", ephemeral=True)]
    if e.status == "paused":
        return [Reply(text="Your training is paused. `/train resume` to continue.", ephemeral=True)]
    if verb == "next":
        return await engine.deliver_next(e)
    if verb == "quiz":
        return await engine.start_quiz(e)
    return []


async def thread_reply(msg: Message, svc: Any) -> list[Reply]:
    """A learner's reply in their training thread: an activity answer, a self-score, a quiz letter, a survey answer."""
    engine = Engine(svc)
    e = await engine.by_thread(msg.thread_ref, msg.actor.key)
    if e is None:
        return []
    if e.phase == "survey":
        track = engine.tracks[e.track_id]
        if e.survey_index < len(track.evaluation) and track.evaluation[e.survey_index].kind == "text":
            return await engine.survey_answer(msg.actor, e, track.evaluation[e.survey_index].id, msg.text)
        return []
    if e.phase == "lesson" and await engine.awaiting(e) is not None:
        return await engine.part_reply(msg.actor, e, msg.text)  # an exercise, reading or reflection answer
    letter = quiz.parse_letter(msg.text)
    if letter is None:
        return []
    attempt = await engine.current_attempt(e)
    if attempt is None:
        return []
    return await engine.answer(msg.actor, attempt.id, "", letter=letter)
