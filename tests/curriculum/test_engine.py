"""The curriculum engine through the console adapter and through Slack payloads."""
import asyncio
import json

import pytest
from sqlalchemy import func, select

from curriculum.engine import Engine
from tests.curriculum.conftest import FIXTURE_CONTENT
from storage.models.curriculum import Delivery, Enrollment, QuizAnswer, QuizAttempt

TRACK = "foundations"


def last_with_buttons(history, action_prefix: str):
    for reply in reversed(history):
        if any(b.action_id.startswith(action_prefix) for b in reply.buttons):
            return reply
    raise AssertionError(f"no reply with {action_prefix} buttons")


def button_index(bot, action_id: str, *, value_suffix: str | None = None, label: str | None = None) -> int:
    """The console number (`:N`) of the newest matching button."""
    for i in range(len(bot.console.buttons) - 1, -1, -1):
        b = bot.console.buttons[i][0]
        if b.action_id == action_id and (value_suffix is None or b.value.endswith(value_suffix)) \
                and (label is None or b.label == label):
            return i + 1
    raise AssertionError(f"no {action_id} button")


def current_item(bot):
    """The item on screen: (qualified id, correct key, a wrong key)."""
    reply = last_with_buttons(bot.console.history, "train.answer")
    values = [b.value for b in reply.buttons]
    qid = values[0].split(":")[1]
    engine = Engine(bot.svc)
    track = engine.tracks[TRACK]
    item = engine.items_by_id(track)[qid]
    wrong = next(o.key for o in item.options if o.key != item.answer)
    return qid, item.answer, wrong


async def answer(bot, correct: bool, by_letter: bool = False):
    qid, right, wrong = current_item(bot)
    key = right if correct else wrong
    if by_letter:
        reply = last_with_buttons(bot.console.history, "train.answer")
        letter = next(b.label for b in reply.buttons if b.value.endswith(":" + key))
        await bot.run(letter.lower())
    else:
        await bot.run(f":{button_index(bot, 'train.answer', value_suffix=':' + key)}")


async def enrollment(bot) -> Enrollment:
    async with bot.svc.db.session() as s:
        return (await s.execute(select(Enrollment))).scalar_one()


async def finish_pretest(bot):
    track = Engine(bot.svc).tracks[TRACK]
    for i in range(len(track.assessment_items)):
        await answer(bot, correct=i % 2 == 0)


async def read_lesson(bot):
    """Work through the rest of the current module: Next for reading parts, a thread reply for activities."""
    engine = Engine(bot.svc)
    while True:
        e = await enrollment(bot)
        module = engine.tracks[TRACK].modules[e.module_index]
        owed = await engine.awaiting(e)
        if owed is not None:
            await bot.run(f"My answer to {owed[2].title}: I would check the source first." if owed[3] == "answer"
                          else " ".join(str(c.points) for c in module.exercise(owed[2].exercise).rubric))
        elif e.part_index < len(module.parts):
            await bot.run(f":{button_index(bot, 'train.next')}")
        else:
            break
    await bot.run(f":{button_index(bot, 'train.quiz')}")


async def take_quiz(bot, n_correct: int, by_letter: bool = False):
    module = Engine(bot.svc).tracks[TRACK].modules[(await enrollment(bot)).module_index]
    for i in range(len(module.quiz)):
        await answer(bot, correct=i < n_correct, by_letter=by_letter)


async def test_full_module_in_the_console_fail_then_pass(bot):
    await bot.run(f"/train {TRACK}")
    text = bot.text()
    assert "welcome" in text and "75%" in text and "Pre-test" in text
    await finish_pretest(bot)
    assert "Pre-test done" in bot.text()
    await read_lesson(bot)
    assert "You pass with 75% or more" in bot.text()
    await take_quiz(bot, n_correct=2)
    assert "below the 75% pass mark" in bot.text() and "2 more attempts" in bot.text()
    first = [r.buttons for r in bot.console.history if r.buttons and r.buttons[0].action_id == "train.answer"]
    await bot.run(f":{button_index(bot, 'train.quiz', label='Retake the quiz')}")
    await take_quiz(bot, n_correct=99, by_letter=True)  # answered by typing letters in the thread
    assert "Passed with 100%" in bot.text()
    async with bot.svc.db.session() as s:
        attempts = list((await s.execute(select(QuizAttempt).where(QuizAttempt.kind == "module").order_by(QuizAttempt.attempt_no))).scalars())
        answers = (await s.execute(select(func.count()).select_from(QuizAnswer))).scalar()
    assert [(a.attempt_no, a.passed) for a in attempts] == [(1, False), (2, True)]
    assert json.loads(attempts[0].order_json) != json.loads(attempts[1].order_json)  # reshuffled retake
    n_items = len(Engine(bot.svc).tracks[TRACK].modules[0].quiz)
    assert answers == len(Engine(bot.svc).tracks[TRACK].assessment_items) + 2 * n_items
    assert first  # the first attempt's items were shown as buttons
    # the CME ledger received both attempts (it decides credit, not the curriculum)
    from storage.models.cme import CmeAttempt

    async with bot.svc.db.session() as s:
        ledger_attempts = list((await s.execute(select(CmeAttempt))).scalars())
    assert sorted(a.passed for a in ledger_attempts) == [False, True]


async def test_double_click_on_an_answer_counts_once(bot):
    await bot.run(f"/train {TRACK}")
    qid, right, _ = current_item(bot)
    n = button_index(bot, "train.answer", value_suffix=":" + right)
    await bot.run(f":{n}")
    await bot.run(f":{n}")
    async with bot.svc.db.session() as s:
        assert (await s.execute(select(func.count()).select_from(QuizAnswer))).scalar() == 1


async def test_restart_in_the_middle_of_a_quiz_shows_the_same_question(bot, db_url, tmp_path, clock):
    await bot.run(f"/train {TRACK}")
    await finish_pretest(bot)
    await read_lesson(bot)
    for _ in range(3):
        await answer(bot, correct=True)
    qid_before, _, _ = current_item(bot)
    from tests.conftest import TestBot, make_settings
    from bot.adapters.console import ConsoleAdapter
    from bot.app import Outbox, build_router, build_services
    from bot.core.dispatch import Dispatcher
    import io

    svc = build_services(make_settings(db_url, tmp_path, CLINIBOT_CURRICULUM_DIR=str(FIXTURE_CONTENT)), clock=clock)
    console = ConsoleAdapter(svc, Dispatcher(build_router(), svc), stdin=io.StringIO(""), stdout=io.StringIO())
    outbox = Outbox()
    outbox.adapters["console"] = console
    svc.extras["outbox"] = outbox
    restarted = TestBot(svc=svc, console=console, out=console.stdout)
    try:
        await restarted.run("/train resume")
        qid_after, _, _ = current_item(restarted)
        assert qid_after == qid_before
        await answer(restarted, correct=True)
        async with svc.db.session() as s:
            attempt = (await s.execute(select(QuizAttempt).where(QuizAttempt.kind == "module").order_by(QuizAttempt.attempt_no))).scalar_one()
        assert attempt.position == 4 and attempt.correct == 4
    finally:
        await svc.db.dispose()


async def test_scheduled_pacing_reminders_and_night_quiet(bot, clock):
    from curriculum.jobs import deliver_due, send_reminders

    await bot.run(f"/train {TRACK}")
    await finish_pretest(bot)
    await bot.run("/train pace daily 08:00")
    e = await enrollment(bot)
    assert e.pace == "08:00" and e.next_due_at is not None
    before = len(bot.console.history)
    clock.advance(days=1)
    assert await deliver_due(bot.svc) == 1
    assert await deliver_due(bot.svc) == 0  # delivered once
    module = Engine(bot.svc).tracks[TRACK].modules[0]
    new = bot.console.history[before:]
    assert sum(1 for r in new if r.title and module.title in r.title) >= 1
    # inactivity: three days later a reminder, at most one a day, never at night (UTC learner here)
    clock.now = clock.now.replace(hour=3)
    clock.advance(days=4)
    assert await send_reminders(bot.svc) == 0  # 03:00 local: night
    clock.now = clock.now.replace(hour=10)
    assert await send_reminders(bot.svc) == 1
    assert await send_reminders(bot.svc) == 0
    clock.advance(hours=5)
    assert await send_reminders(bot.svc) == 0  # still the same day
    clock.advance(days=1)
    assert await send_reminders(bot.svc) == 1


async def test_two_schedulers_on_one_database_deliver_each_lesson_once(bot, db_url, tmp_path, clock):
    from bot.app import Outbox, build_services
    from curriculum.jobs import deliver_due
    from tests.conftest import make_settings

    await bot.run(f"/train {TRACK}")
    await finish_pretest(bot)
    await bot.run("/train pace daily 08:00")
    clock.advance(days=1)
    other = build_services(make_settings(db_url, tmp_path, CLINIBOT_CURRICULUM_DIR=str(FIXTURE_CONTENT)), clock=clock)
    outbox = Outbox()
    outbox.adapters["console"] = bot.console
    other.extras["outbox"] = outbox
    try:
        results = await asyncio.gather(deliver_due(bot.svc), deliver_due(other))
    finally:
        await other.db.dispose()
    assert sorted(results) == [0, 1]
    async with bot.svc.db.session() as s:
        keys = list((await s.execute(select(Delivery.key).where(Delivery.kind == "lesson"))).scalars())
    assert len(keys) == len(set(keys)) == 2  # the first part (self-paced) and the rest, scheduled, once


async def test_train_lists_tracks_and_usage(bot):
    [reply] = await bot.run("/train")
    assert "`foundations`" in reply.text and "Fixture foundations" in reply.text
    [bad] = await bot.run("/train pace weekly")
    assert "Usage" in bad.text or "not enrolled" in bad.text


async def test_a_quiz_through_slack_payloads(slack):
    """Enrol by slash command; the thread and buttons arrive in the DM; answer by button and by thread reply."""
    await slack.command("/train", TRACK, user="U7")
    posts = await slack.api.wait_for("chat.postMessage", 2)
    root = posts[0]
    assert root["channel"] == "DU7"
    thread_ts = (await enrollment_of(slack)).thread_ref
    assert thread_ts and all(p.get("thread_ts") == thread_ts for p in posts[1:])
    # answer the first pre-test question by button
    engine = Engine(slack.svc)
    item_post = None
    for _ in range(200):
        item_post = next((p for p in reversed(slack.api.of("chat.postMessage"))
                          if "train.answer" in json.dumps(p.get("blocks"))), None)
        if item_post:
            break
        await asyncio.sleep(0.05)
    assert item_post is not None, "the first pre-test question was not posted"
    blocks = json.loads(item_post["blocks"]) if isinstance(item_post["blocks"], str) else item_post["blocks"]
    buttons = [el for b in blocks if b["type"] == "actions" for el in b["elements"]]
    value = buttons[0]["value"]
    before = len(slack.api.of("chat.postMessage"))
    await slack.click("train.answer", value, user="U7", channel="DU7", message_ts=item_post.get("ts", "1"),
                      thread_ts=thread_ts)
    await slack.api.wait_for("chat.postMessage", before + 2)
    # the next one by replying in the thread with a letter
    before = len(slack.api.of("chat.postMessage"))
    await slack.dm("b", user="U7", channel="DU7", thread_ts=thread_ts)
    await slack.api.wait_for("chat.postMessage", before + 2)
    async with slack.svc.db.session() as s:
        assert (await s.execute(select(func.count()).select_from(QuizAnswer))).scalar() == 2
    assert engine.tracks[TRACK]


async def enrollment_of(slack) -> Enrollment:
    for _ in range(100):
        async with slack.svc.db.session() as s:
            e = (await s.execute(select(Enrollment))).scalar_one_or_none()
        if e is not None and e.thread_ref:
            return e
        await asyncio.sleep(0.05)
    raise AssertionError("no enrolment thread")


async def _finish_track(bot):
    track = Engine(bot.svc).tracks[TRACK]
    await bot.run(f"/train {TRACK}")
    await finish_pretest(bot)
    for _ in track.modules:
        await read_lesson(bot)
        await take_quiz(bot, n_correct=99)
    for _ in track.assessment_items:  # post-test
        await answer(bot, correct=True)
    for q in track.evaluation:
        if q.kind == "likert5":
            await bot.run(f":{button_index(bot, 'train.survey', label='5')}")
        elif q.kind == "yesno":
            await bot.run(f":{button_index(bot, 'train.survey', label='Yes')}")
        else:
            await bot.run("More verification of citations before I act on them.")


async def test_a_whole_track_ends_in_attestation_and_credit_once(bot, settings_env):
    await _finish_track(bot)
    text = bot.text()
    assert "Post-test" in text and "You have completed" in text
    assert "I claim 4.00 AMA PRA Category 1 Credit" in text
    attest = button_index(bot, "cme.attest")
    await bot.run(f":{attest}")
    await bot.run(f":{attest}")  # a double click awards nothing more
    from storage.models.cme import CreditAward

    async with bot.svc.db.session() as s:
        awards = list((await s.execute(select(CreditAward))).scalars())
    assert len(awards) == 1 and str(awards[0].amount) in ("4", "4.00", "4.0")
    e = await enrollment(bot)
    assert e.status == "completed"
    [report] = await bot.run("/train report")
    assert "`foundations`: 1 enrolled, 1 completed" in report.text and "post-test 100%" in report.text


async def test_spaced_review_questions_arrive_and_can_be_switched_off(bot, clock):
    from curriculum.jobs import send_reviews

    await bot.run(f"/train {TRACK}")
    await finish_pretest(bot)
    await read_lesson(bot)
    await take_quiz(bot, n_correct=99)
    assert await send_reviews(bot.svc) == 0  # nothing due yet
    clock.advance(days=1, minutes=1)
    assert await send_reviews(bot.svc) == 1
    assert await send_reviews(bot.svc) == 0  # sent once
    review = last_with_buttons(bot.console.history, "train.review")
    assert "not graded" in " ".join(review.context)
    await bot.run(f":{button_index(bot, 'train.review_off')}")
    clock.advance(days=7)
    assert await send_reviews(bot.svc) == 0


def _slack_buttons(slack, action_prefix: str) -> list[dict]:
    """The buttons of the newest posted message that has `action_prefix` buttons."""
    for call in reversed(slack.api.of("chat.postMessage")):
        blocks = call.get("blocks") or []
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
        buttons = [el for b in blocks if b["type"] == "actions" for el in b["elements"]]
        if any(el["action_id"].startswith(action_prefix) for el in buttons):
            return buttons
    return []


async def _slack_wait_buttons(slack, action_prefix: str, value_part: str = "") -> list[dict]:
    for _ in range(400):
        buttons = _slack_buttons(slack, action_prefix)
        if buttons and (not value_part or any(value_part in b["value"] for b in buttons)):
            return buttons
        await asyncio.sleep(0.025)
    raise AssertionError(f"no {action_prefix} buttons posted")


async def test_a_module_through_slack_fail_then_pass(slack):
    """Enrol, pre-test, lessons by Next, a failed quiz answered by button, a passed retake answered
    by thread replies, all through signed Slack payloads and the fake Web API."""
    user, channel = "U8", "DU8"
    await slack.command("/train", TRACK, user=user)
    e = await enrollment_of(slack)
    engine = Engine(slack.svc)
    track = engine.tracks[TRACK]
    items = engine.items_by_id(track)

    async def click(button):
        await slack.click(button["action_id"].split("#")[0], button["value"], user=user, channel=channel,
                          thread_ts=e.thread_ref)

    async def answer_by_button(correct: bool):
        await _slack_wait_buttons(slack, "train.answer")
        await slack.settle()  # the newest question is on screen
        buttons = _slack_buttons(slack, "train.answer")
        right = items[buttons[0]["value"].split(":")[1]].answer
        await click(next(b for b in buttons if b["value"].endswith(":" + right) == correct))
        await slack.settle()

    for _ in range(len(track.assessment_items)):
        await answer_by_button(True)
    module = track.modules[0]
    while True:  # Next for reading parts; exercise, reading and reflection answers typed in the thread
        await slack.settle()
        async with slack.svc.db.session() as s:
            now = await s.get(Enrollment, e.id)
        owed = await engine.awaiting(now)
        if owed is not None:
            text = ("I checked the source; the allergy line is missing." if owed[3] == "answer"
                    else " ".join(str(c.points) for c in module.exercise(owed[2].exercise).rubric))
            await slack.dm(text, user=user, channel=channel, thread_ts=e.thread_ref)
        elif now.part_index < len(module.parts):
            await click((await _slack_wait_buttons(slack, "train.next"))[0])
        else:
            break
    await click((await _slack_wait_buttons(slack, "train.quiz"))[0])
    for _ in range(len(module.quiz)):
        await answer_by_button(False)  # every answer wrong: a fail
    retake = await _slack_wait_buttons(slack, "train.quiz")
    await slack.settle()
    await click(retake[0])
    for _ in range(len(module.quiz)):  # the retake, answered by typing the letter in the thread
        buttons = await _slack_wait_buttons(slack, "train.answer")
        await slack.settle()
        buttons = _slack_buttons(slack, "train.answer")
        qid = buttons[0]["value"].split(":")[1]
        letter = next(b["text"]["text"] for b in buttons if b["value"].endswith(":" + items[qid].answer))
        await slack.dm(letter, user=user, channel=channel, thread_ts=e.thread_ref)
        await slack.settle()
    for _ in range(200):  # the last answer finishes the attempt (and reports it) in the background
        async with slack.svc.db.session() as s:
            attempts = list((await s.execute(select(QuizAttempt).where(QuizAttempt.kind == "module")
                                             .order_by(QuizAttempt.attempt_no))).scalars())
        if len(attempts) == 2 and attempts[1].finished_at is not None:
            break
        await asyncio.sleep(0.05)
    assert [(a.attempt_no, a.passed) for a in attempts] == [(1, False), (2, True)]
    for _ in range(200):
        if any("Passed with 100%" in p.get("text", "") for p in slack.api.of("chat.postMessage")):
            break
        await asyncio.sleep(0.05)
    assert any("Passed with 100%" in p.get("text", "") for p in slack.api.of("chat.postMessage"))


async def test_activities_wait_for_answers_and_record_time_on_task(bot, clock):
    """An exercise waits for the thread answer, then asks for a self-score; retries record once;
    time on task caps idle gaps; /train report shows declared vs measured minutes and the scores."""
    from curriculum import timing
    from storage.models.curriculum import PartLog

    engine = Engine(bot.svc)
    module = engine.tracks[TRACK].modules[0]
    ex_index = next(i for i, p in enumerate(module.parts) if p.exercise)
    await bot.run(f"/train {TRACK}")
    await finish_pretest(bot)
    for _ in range(ex_index):
        clock.advance(minutes=2)
        await bot.run(f":{button_index(bot, 'train.next')}")
    e = await enrollment(bot)
    assert e.part_index == ex_index + 1 and (await engine.awaiting(e))[3] == "answer"
    [refused] = await bot.run(f":{button_index(bot, 'train.next')}")
    assert "Answer the last activity" in refused.text
    clock.advance(hours=5)  # walked away: counts as the cap, not five hours
    [rubric] = await bot.run("The draft leaves out the allergy line.")
    assert "Score yourself" in rubric.text and "Model answer" in rubric.sections[0]
    [bad] = await bot.run("7 7")
    assert "3 numbers" in bad.text
    clock.advance(minutes=1)
    replies = await bot.run("2 1 2")
    assert "Self-score recorded: 5 of 6" in replies[0].text and len(replies) == 2  # and the next part
    async with bot.svc.db.session() as s:
        row = (await s.execute(select(PartLog).where(PartLog.part_index == ex_index))).scalar_one()
    assert row.scores == "2 1 2" and row.reply_chars == len("The draft leaves out the allergy line.")
    await read_lesson(bot)
    await take_quiz(bot, n_correct=99)
    measured = await engine.measured_minutes(await enrollment(bot), module.id)
    assert timing.IDLE_CAP_MINUTES <= measured < timing.IDLE_CAP_MINUTES + 2 * ex_index + 5
    [report] = await bot.run("/train report")
    assert f"{module.id}: declared {module.minutes} min" in report.text and "median" in report.text
    assert "IQR" in report.text and "self-scores 83% of points (1)" in report.text


async def test_the_learner_may_claim_less_than_the_maximum(bot, clock):
    run = bot.run

    async def slow_run(line, *a, **k):  # three minutes per step: about two hours in all, under the 4 h designed
        clock.advance(minutes=3)
        return await run(line, *a, **k)

    bot.run = slow_run
    await _finish_track(bot)
    prompt = last_with_buttons(bot.console.history, "cme.attest")
    assert any("claim only the credit commensurate" in c for c in prompt.context)
    assert any(c.startswith("Time recorded in this thread") for c in prompt.context)
    labels = [b.label for b in prompt.buttons]
    assert labels[0] == "I attest: 4.00 credits" and len(labels) == 2  # the measured time is well under 4 h
    lower = prompt.buttons[1]
    await bot.run(f":{button_index(bot, 'cme.attest', value_suffix=lower.value.split(':', 1)[1])}")
    from storage.models.cme import CreditAward

    async with bot.svc.db.session() as s:
        [award] = list((await s.execute(select(CreditAward))).scalars())
    assert f"{award.amount:.2f}" == lower.value.split(":", 1)[1] and "commensurate" in award.attestation_text
