"""Evidence answers, training quizzes and proactive lessons in a Teams 1:1 chat."""
import re

from sqlalchemy import select

from curriculum.engine import Engine
from storage.models.curriculum import Enrollment, QuizAnswer
from storage.models.teams import TeamsConversation
from tests.teams.conftest import CLINICIAN, find_action


async def test_evidence_answer_has_numbered_citations_links_and_reflection_buttons(teams):
    resp = await teams.post(teams.message("/evidence colorectal cancer screening age"))
    assert resp.status in (200, 202)
    [post] = [p for p in teams.connector.posts() if "evidence.reflect" in p.text]
    text = post.text
    assert "Evidence: colorectal cancer screening age" in text
    # "[1] Title. Source, year. https://..." becomes a numbered Markdown link
    assert re.search(r"\*\*\[1\]\*\* \[[^\]]+\]\(https?://[^)]+\)", text), text[:2000]
    reflect = find_action(post, "evidence.reflect", value_suffix=":confirmed")
    resp = await teams.click(post, "evidence.reflect", user=CLINICIAN)
    body = await resp.json()
    assert resp.status == 200 and "Recorded" in body["value"] and reflect["data"]["value"].count(":") == 1
    assert await teams.svc.audit.entries("evidence.reflected")


async def _enrollment(svc) -> Enrollment:
    async with svc.db.session() as s:
        return (await s.execute(select(Enrollment))).scalar_one()


def _latest_question(teams):
    for sent in reversed(teams.connector.posts()):
        if "train.answer" in sent.text:
            return sent
    raise AssertionError("no quiz question was sent")


async def _answer_current(teams, *, correct: bool = True, by_letter: bool = False):
    sent = _latest_question(teams)
    action = find_action(sent, "train.answer")
    attempt_id, qid = action["data"]["value"].split(":")[:2]
    engine = Engine(teams.svc)
    item = engine.items_by_id(engine.tracks["foundations"])[qid]
    key = item.answer if correct else next(o.key for o in item.options if o.key != item.answer)
    if by_letter:
        button = find_action(sent, "train.answer", value_suffix=f":{qid}:{key}")
        return await teams.post(teams.message(button["title"]))
    button = find_action(sent, "train.answer", value_suffix=f":{qid}:{key}")
    resp = await teams.post(teams.invoke("train.answer", button["data"], reply_to=sent.id))
    assert resp.status == 200
    return resp


async def test_quiz_items_answered_by_button_and_by_typed_letter(teams):
    await teams.post(teams.message("train foundations"))
    posts = teams.connector.posts()
    assert any("welcome" in p.text for p in posts)
    question = _latest_question(teams)
    assert [a["title"] for a in question.cards[0]["actions"]][:2] == ["A", "B"]
    e = await _enrollment(teams.svc)
    assert e.platform == "teams" and e.user_id == CLINICIAN and e.tz == "Europe/London"
    assert e.channel.startswith("tc_") and e.thread_ref  # references kept short for the core's columns
    await _answer_current(teams, correct=True)
    await _answer_current(teams, correct=False, by_letter=True)
    async with teams.svc.db.session() as s:
        answers = list((await s.execute(select(QuizAnswer).order_by(QuizAnswer.id))).scalars())
    assert [a.correct for a in answers] == [True, False]
    assert any("Correct" in p.text for p in teams.connector.posts())


async def test_scheduled_lesson_is_delivered_proactively(teams, clock):
    from curriculum.jobs import deliver_due

    await teams.post(teams.message("train foundations"))
    track = Engine(teams.svc).tracks["foundations"]
    for _ in range(len(track.assessment_items)):
        await _answer_current(teams, correct=True)
    await teams.post(teams.message("train pace daily 08:00"))
    e = await _enrollment(teams.svc)
    assert e.phase == "lesson" and e.next_due_at is not None
    before = len(teams.connector.posts())
    clock.advance(days=1)
    assert await deliver_due(teams.svc) == 1
    assert await deliver_due(teams.svc) == 0
    lesson = teams.connector.posts()[before:]
    module = track.modules[0]
    assert lesson and all(p.kind == "send" for p in lesson)  # written first, not a reply
    assert any(module.title in p.text for p in lesson)
    async with teams.svc.db.session() as s:
        conv = await s.get(TeamsConversation, e.channel)
    assert all(p.conversation == conv.conversation_id for p in lesson)
    assert all(p.authorization.startswith("Bearer connector-") for p in lesson)
    # the batch stops at the first part that waits for the learner's answer in the thread
    e = await _enrollment(teams.svc)
    assert module.parts[e.part_index - 1].awaits_reply
    assert all(not module.parts[i].awaits_reply for i in range(e.part_index - 1))
