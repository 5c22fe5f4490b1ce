"""Feedback, the review queue, tiered ratings, escalation and the summary, through the dispatcher
(PHI guard + router) and the console adapter as the platform."""
from __future__ import annotations

import json

from sqlalchemy import select

from bot.core.events import Action, Command
from bot.monitoring import feedback_buttons, record_output
from bot.monitoring.feedback import sample_hit
from bot.monitoring.review import summary
from storage.models.monitoring import MonitoredOutput, OutputFeedback, ReviewRating, ReviewTask
from tests.monitoring.helpers import PATIENT_TEXT, actor, no_phi


async def act(svc, action_id: str, value: str = "", *, user: str, values: dict | None = None, kind: str = "button"):
    return await svc.extras["dispatcher"].action(Action(action_id=action_id, actor=actor(user), value=value,
                                                        values=values or {}, kind=kind, channel_id="CREVIEW"))


async def command(svc, text: str, user: str):
    return await svc.extras["dispatcher"].command(Command(name="clinibot", text=text, actor=actor(user),
                                                          channel_id="C1"))


def posts(svc) -> list:
    return [r for r in svc.extras["console"].history if r.where.startswith("channel:")]


async def rate(svc, task_id: int, user: str, safety: int, accuracy: int, trust: int, red_team: str = "no"):
    [opened] = await act(svc, "review.rate", str(task_id), user=user)
    assert opened.form is not None and opened.form.callback_id == "review.submit"
    return await act(svc, "review.submit", opened.form.private_metadata, user=user, kind="submission",
                     values={"safety": str(safety), "accuracy": str(accuracy), "trust": str(trust),
                             "red_team": red_team, "comment": ""})


async def output(svc, ref: str, *, author: str = "DOC1", skill: str = "referral", model: str = "template",
                 kind: str = "draft", text: str = PATIENT_TEXT) -> int:
    return await record_output(svc, kind=kind, ref=ref, text=text, skill=skill, model=model,
                               template_version=f"{skill}/1.0", actor=actor(author), channel="C1")


async def task_for(svc, output_id: int) -> ReviewTask:
    async with svc.db.session() as s:
        return (await s.execute(select(ReviewTask).where(ReviewTask.output_id == output_id))).scalar_one()


def test_feedback_buttons_shape():
    buttons = feedback_buttons(42)
    assert [b.action_id for b in buttons] == ["feedback.helpful", "feedback.not_helpful", "feedback.report"]
    assert all(b.value == "42" for b in buttons)


async def test_record_output_stores_hash_redacted_text_and_is_idempotent(make_svc):
    import hashlib

    svc = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE="0")
    first = await output(svc, "draft:1")
    again = await output(svc, "draft:1")
    assert first == again
    async with svc.db.session() as s:
        row = await s.get(MonitoredOutput, first)
    assert row.sha256 == hashlib.sha256(PATIENT_TEXT.encode()).hexdigest()
    assert "[NAME-1]" in row.text and row.chars == len(PATIENT_TEXT)
    no_phi(row.text)
    assert not row.sampled and not posts(svc)


async def test_sampling_rate_is_honoured_and_workers_agree(make_svc):
    rate = 0.2
    hits = sum(sample_hit("draft", f"draft:{i}", rate) for i in range(20_000))
    assert abs(hits - 4000) < 250  # binomial sd ~57; the hash is uniform
    assert sum(sample_hit("evidence", f"cyc-{i}", 0.05) for i in range(20_000)) in range(850, 1150)
    assert not any(sample_hit("draft", f"draft:{i}", 0.0) for i in range(1000))
    assert all(sample_hit("draft", f"draft:{i}", 1.0) for i in range(1000))

    one = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE=str(rate))
    two = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE=str(rate))  # a second worker on the same database
    ids = [await output(one if i % 2 else two, f"draft:{i}", text=f"text {i}") for i in range(400)]
    async with one.db.session() as s:
        sampled = {r.ref for r in (await s.execute(select(MonitoredOutput).where(MonitoredOutput.sampled))).scalars()}
        tasks = (await s.execute(select(ReviewTask.output_id))).scalars().all()
    expected = {f"draft:{i}" for i in range(400) if sample_hit("draft", f"draft:{i}", rate)}
    assert sampled == expected and len(tasks) == len(expected) and 50 <= len(expected) <= 110
    assert len(ids) == 400
    # every sampled output was posted once to the review channel, redacted
    assert len(posts(one)) + len(posts(two)) == len(expected)


async def test_report_goes_straight_to_the_queue_redacted(make_svc):
    svc = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE="0", CLINIBOT_PHI_MODE="baa")  # BAA: the database may hold PHI
    oid = await output(svc, "draft:7")
    assert not posts(svc)
    [form] = await act(svc, "feedback.report", str(oid), user="DOC2")
    assert form.form.callback_id == "feedback.report_submit"
    assert "Unsafe advice" in form.form.fields[0].choices
    replies = await act(svc, "feedback.report_submit", form.form.private_metadata, user="DOC2", kind="submission",
                        values={"reason": "Unsafe advice", "note": "dose wrong for Maria Gonzalez"})
    assert "review team" in replies[-1].text
    task = await task_for(svc, oid)
    assert task.reason == "report" and task.status == "open" and task.channel == "CREVIEW"
    [post] = posts(svc)
    assert post.where == "channel:CREVIEW" and "Unsafe advice" in post.plain_text()
    assert post.buttons[0].action_id == "review.rate" and post.buttons[0].value == str(task.id)
    no_phi(post.plain_text())
    async with svc.db.session() as s:
        fb = (await s.execute(select(OutputFeedback))).scalar_one()
    assert fb.kind == "report" and fb.reason == "unsafe_advice"
    assert task.message_ref  # the post's reference was kept


async def test_votes_are_one_per_person_and_can_change(svc):
    oid = await output(svc, "draft:8")
    await act(svc, "feedback.helpful", str(oid), user="DOC2")
    await act(svc, "feedback.not_helpful", str(oid), user="DOC2")
    await act(svc, "feedback.helpful", str(oid), user="DOC3")
    async with svc.db.session() as s:
        votes = {(f.actor, f.verdict) for f in (await s.execute(select(OutputFeedback))).scalars()}
    assert votes == {("console:DOC2", "not_helpful"), ("console:DOC3", "helpful")}


async def test_tiered_ratings_escalation_and_summary(make_svc):
    svc = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE="1")
    o1 = await output(svc, "draft:1")
    o2 = await output(svc, "draft:2")
    o3 = await output(svc, "cycle-3", kind="evidence", skill="evidence", model="gpt-4o-mini")
    t1, t2, t3 = [(await task_for(svc, o)).id for o in (o1, o2, o3)]
    assert len(posts(svc)) == 3

    await rate(svc, t1, "R1", 5, 5, 4)
    await rate(svc, t1, "R2", 4, 5, 4)
    assert (await task_for(svc, o1)).status == "done"

    await rate(svc, t2, "R1", 5, 4, 4)
    await rate(svc, t2, "R2", 2, 4, 3)  # 3 points apart on safety
    task = await task_for(svc, o2)
    assert task.status == "escalated" and task.required == 3
    escalation = posts(svc)[-1]
    assert "Third reviewer needed" in escalation.plain_text() and "3 points" in escalation.plain_text()
    await rate(svc, t2, "R3", 2, 3, 2, red_team="yes")
    assert (await task_for(svc, o2)).status == "done"

    await rate(svc, t3, "R1", 4, 3, 4)
    await rate(svc, t3, "R2", 4, 2, 5)  # 1 point apart: no third reviewer
    assert (await task_for(svc, o3)).status == "done"
    assert len(posts(svc)) == 4  # three samples + one escalation
    assert len(await svc.audit.entries("review.escalated")) == 1

    async with svc.db.session() as s:
        ratings = list((await s.execute(select(ReviewRating).where(ReviewRating.output_id == o2))).scalars())
        out2 = await s.get(MonitoredOutput, o2)
    assert {(r.reviewer, r.safety, r.accuracy, r.trust, r.red_team) for r in ratings} == {
        ("console:R1", 5, 4, 4, False), ("console:R2", 2, 4, 3, False), ("console:R3", 2, 3, 2, True)}
    assert all(r.output_sha256 == out2.sha256 and r.skill == "referral" and r.model == "template"
               and r.template_version == "referral/1.0" for r in ratings)

    sm = await summary(svc, 30)
    assert sm.total.n == 3 and sm.ratings == 7
    assert sm.total.share("safe") == 2 / 3 and sm.total.share("accurate") == 2 / 3
    assert sm.total.safe_and_accurate == 1 / 3 and sm.total.red_team == 1
    by = {(g.skill, g.model): g for g in sm.groups}
    assert by[("referral", "template")].share("safe") == 0.5 and by[("referral", "template")].share("accurate") == 1.0
    assert by[("evidence", "gpt-4o-mini")].safe_and_accurate == 0.0
    assert [g.skill for g in sm.groups] == ["evidence", "referral"]  # lowest share first
    assert [o.output_id for o in sm.worst] == [o2, o3, o1]  # worst cases first
    worst = sm.worst[0]
    assert (worst.safety, worst.accuracy, worst.trust, worst.red_team) == (2, 4, 3, True)

    [reply] = await command(svc, "review summary 30", "R1")
    text = reply.plain_text()
    assert "3 outputs rated (7 ratings)" in text and "rated safe 67%" in text and "safe and accurate 33%" in text
    assert text.index(f"output #{o2}") < text.index(f"output #{o3}") < text.index(f"output #{o1}")
    no_phi(text)
    assert "[NAME-1]" not in text  # the summary names outputs by id and hash, never their text
    [refused] = await command(svc, "review summary", "DOC1")
    assert "Only reviewers" in refused.text


async def test_who_may_rate(make_svc):
    svc = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE="1")
    oid = await output(svc, "draft:1", author="R1")
    task = await task_for(svc, oid)
    [r] = await act(svc, "review.rate", str(task.id), user="DOC9")
    assert "Only clinical reviewers" in r.text
    [r] = await act(svc, "review.rate", str(task.id), user="R1")
    assert "your own output" in r.text
    await rate(svc, task.id, "R2", 4, 4, 4)
    [r] = await act(svc, "review.rate", str(task.id), user="R2")
    assert "already rated" in r.text
    [opened] = await act(svc, "review.rate", str(task.id), user="R3")
    [bad] = await act(svc, "review.submit", opened.form.private_metadata, user="R3", kind="submission",
                      values={"safety": "9", "accuracy": "4", "trust": "4"})
    assert "1 to 5" in bad.text
    assert len(await svc.audit.entries("review.refused")) == 1


async def test_review_queue_command_lists_open_tasks(make_svc):
    svc = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE="1")
    await output(svc, "draft:1")
    replies = await command(svc, "review queue", "R2")
    assert "1 output(s) waiting" in replies[0].text
    assert replies[1].buttons[0].action_id == "review.rate"
    no_phi("\n".join(r.plain_text() for r in replies))
    [refused] = await command(svc, "review queue", "DOC1")
    assert "Only clinical reviewers" in refused.text


async def test_report_after_review_reopens_for_one_more_rating(make_svc):
    svc = await make_svc(CLINIBOT_REVIEW_SAMPLE_RATE="1")
    oid = await output(svc, "draft:1")
    task = await task_for(svc, oid)
    await rate(svc, task.id, "R1", 4, 4, 4)
    await rate(svc, task.id, "R2", 4, 4, 4)
    assert (await task_for(svc, oid)).status == "done"
    [form] = await act(svc, "feedback.report", str(oid), user="DOC2")
    await act(svc, "feedback.report_submit", form.form.private_metadata, user="DOC2", kind="submission",
              values={"reason": "Made-up fact or citation"})
    task = await task_for(svc, oid)
    assert (task.status, task.required, task.reason) == ("open", 3, "report")
    await rate(svc, task.id, "R3", 1, 1, 1, red_team="yes")
    assert (await task_for(svc, oid)).status == "done"
    assert json.loads((await svc.audit.entries("feedback.report"))[0].detail)["reason"] == "fabrication"
