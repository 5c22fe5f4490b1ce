"""Feedback and review through genuinely signed Slack payloads: bolt -> dispatcher -> router ->
monitoring -> the fake Slack Web API. Reports end in the review channel; reviewers rate in chat."""
from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import select

from bot.core.events import Actor
from bot.monitoring import record_output
from storage.models.monitoring import OutputFeedback, ReviewRating, ReviewTask
from tests.monitoring.helpers import PATIENT_TEXT, no_phi


@pytest.fixture
def settings_env():
    return {"CLINIBOT_REVIEW_CHANNEL": "CREVIEW", "CLINIBOT_REVIEWERS": "UREV1,UREV2,UREV3",
            "CLINIBOT_REVIEW_SAMPLE_RATE": "0"}


def _view(call) -> dict:
    return json.loads(call["view"]) if isinstance(call["view"], str) else call["view"]


def _review_posts(slack) -> list[dict]:
    return [c for c in slack.api.of("chat.postMessage") if c.get("channel") == "CREVIEW"]


async def _rate(slack, task_id: int, user: str, scores: tuple[int, int, int], red_team: str = "no") -> None:
    slack.api.reset()
    await slack.click("review.rate", str(task_id), user=user, channel="CREVIEW")
    [opened] = await slack.api.wait_for("views.open")
    view = _view(opened)
    assert view["callback_id"] == "review.submit"
    assert {b["block_id"] for b in view["blocks"]} == {"safety", "accuracy", "trust", "red_team", "comment"}
    values = dict(zip(("safety", "accuracy", "trust"), map(str, scores)), red_team=red_team, comment="")
    await slack.submit("review.submit", values, user=user, private_metadata=view["private_metadata"])
    await slack.api.wait_for("chat.postEphemeral")
    await slack.settle()


async def test_report_through_slack_lands_in_the_review_channel_and_is_rated(slack):
    oid = await record_output(slack.svc, kind="evidence", ref="cycle-abc", text=PATIENT_TEXT, skill="evidence",
                              model="gpt-4o-mini", template_version="evidence/1", channel="C100",
                              actor=Actor(user_id="U100", platform="slack"))
    assert not _review_posts(slack)  # rate 0: not sampled

    await slack.click("feedback.helpful", str(oid), user="U200")
    [thanks] = await slack.api.wait_for("chat.postEphemeral")
    assert thanks["user"] == "U200" and "feedback was recorded" in thanks["text"]

    await slack.click("feedback.report", str(oid), user="U200")
    [opened] = await slack.api.wait_for("views.open")
    view = _view(opened)
    assert view["callback_id"] == "feedback.report_submit"
    reason_block = next(b for b in view["blocks"] if b["block_id"] == "reason")
    assert [o["value"] for o in reason_block["element"]["options"]] == [
        "Made-up fact or citation", "Citation does not support the sentence", "Unsafe advice", "PHI exposed", "Other"]
    await slack.submit("feedback.report_submit", {"reason": "PHI exposed", "note": "shows Maria Gonzalez"},
                       user="U200", private_metadata=view["private_metadata"])
    [post] = await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    assert post["channel"] == "CREVIEW"
    blocks = json.dumps(post["blocks"])
    assert "review.rate#0" in blocks and "PHI exposed" in blocks and "[NAME-1]" in blocks
    no_phi(slack.api.everything())
    for _ in range(100):  # the lazy listener stores the post's ts just after Slack answers
        async with slack.svc.db.session() as s:
            task = (await s.execute(select(ReviewTask))).scalar_one()
        if task.message_ref:
            break
        await asyncio.sleep(0.02)
    async with slack.svc.db.session() as s:
        fb = {(f.kind, f.verdict, f.reason) for f in (await s.execute(select(OutputFeedback))).scalars()}
    assert task.reason == "report" and task.message_ref  # the post's ts was kept
    assert fb == {("vote", "helpful", ""), ("report", "report", "phi_exposed")}

    await _rate(slack, task.id, "UREV1", (4, 4, 4))
    await _rate(slack, task.id, "UREV2", (2, 4, 4))  # 2 apart on safety: a third reviewer
    escalations = [c for c in _review_posts(slack) if "Third reviewer needed" in json.dumps(c["blocks"])]
    assert len(escalations) == 1
    await _rate(slack, task.id, "UREV3", (2, 3, 3), red_team="yes")

    async with slack.svc.db.session() as s:
        task = await s.get(ReviewTask, task.id)
        ratings = list((await s.execute(select(ReviewRating))).scalars())
    assert task.status == "done" and len(ratings) == 3
    assert {r.reviewer for r in ratings} == {"slack:UREV1", "slack:UREV2", "slack:UREV3"}
    assert sum(r.red_team for r in ratings) == 1
    no_phi(slack.api.everything())

    slack.api.reset()
    await slack.click("review.rate", str(task.id), user="U300", channel="CREVIEW")
    [refused] = await slack.api.wait_for("chat.postEphemeral")
    assert "Only clinical reviewers" in refused["text"]
    assert (await slack.svc.audit.verify()).ok


async def test_review_summary_slash_command(slack):
    await slack.command("/clinibot", "review summary 7", user="UREV1")
    [reply] = await slack.api.wait_for("chat.postEphemeral")
    assert "Review summary: last 7 days" in reply["text"] + json.dumps(reply.get("blocks"))
