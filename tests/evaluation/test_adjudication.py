"""Clinician adjudication of the grader through genuinely signed Slack payloads."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from evaluation.adjudication import macro_f1
from evaluation.cases import load_cases
from evaluation.grader import Grader
from evaluation.report import write_outputs
from evaluation.runner import run_cases
from evaluation.targets import RawTarget
from storage.models.evaluation import EvalAdjudication, EvalVote
from tests.evaluation.helpers import SMALL, model_and_grader, write_cases


@pytest.fixture
def settings_env():
    return {"CLINIBOT_REVIEW_CHANNEL": "CREVIEW", "CLINIBOT_REVIEWERS": "UREV1,UREV2,UREV3",
            "CLINIBOT_REVIEW_SAMPLE_RATE": "0"}


async def _make_run(fake, svc, tmp_path, run_id="run-a") -> str:
    from evaluation.config import EvalSettings

    fake.respond_with(model_and_grader())
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL)
    out = EvalSettings.from_env({}, data_dir=svc.settings.data_dir).eval_dir / run_id
    cases = load_cases(cases_path)
    target, grader = RawTarget(base_url=fake.base_url, model="m"), Grader(base_url=fake.base_url, model="g")
    try:
        result = await run_cases(cases, target, grader, out)
    finally:
        await target.aclose()
        await grader.aclose()
    write_outputs(out, cases, result, {"target": "raw:m", "grader": "g", "cases": "x", "cases_path": str(cases_path)})
    return run_id


def _items(slack) -> list[dict]:
    return [c for c in slack.api.of("chat.postMessage") if c.get("channel") == "CREVIEW"]


def _value(call: dict, label: str) -> str:
    blocks = json.loads(call["blocks"]) if isinstance(call["blocks"], str) else call["blocks"]
    for b in blocks:
        for el in b.get("elements", []) if b.get("type") == "actions" else []:
            if el.get("text", {}).get("text") == label:
                return el["value"]
    raise AssertionError(f"no {label} button")


async def test_sampled_verdicts_go_to_two_reviewers_and_a_split_to_a_third(slack, fake_model, tmp_path, monkeypatch):
    monkeypatch.delenv("CLINIBOT_EVAL_DIR", raising=False)
    run_id = await _make_run(fake_model, slack.svc, tmp_path)

    await slack.command("/clinibot", f"eval adjudicate {run_id} 4", user="U999")  # not a reviewer
    [refused] = await slack.api.wait_for("chat.postEphemeral")
    assert "Only reviewers and admins" in refused["text"]
    assert [e.action for e in await slack.svc.audit.entries("eval.refused")]

    slack.api.reset()
    await slack.command("/clinibot", f"eval adjudicate {run_id} 4", user="UREV1")
    await slack.api.wait_for("chat.postMessage", count=4)
    await slack.settle()
    posts = _items(slack)
    assert len(posts) == 4
    assert all("The grader's verdict is hidden" in json.dumps(p) for p in posts)
    async with slack.svc.db.session() as s:
        items = list((await s.execute(select(EvalAdjudication).order_by(EvalAdjudication.id))).scalars())
    assert len(items) == 4 and sum(i.grader_met for i in items) == 2  # balanced between met and not met
    first, second = (_value(p, "Met") for p in posts[:2])

    # item 1: two reviewers agree -> decided
    for user in ("UREV1", "UREV2"):
        await slack.click("evaladj.met", first, user=user, channel="CREVIEW")
        await slack.settle()
    # a second vote by the same reviewer changes nothing
    slack.api.reset()
    await slack.click("evaladj.not", first, user="UREV1", channel="CREVIEW")
    await slack.settle()
    assert any("already" in c["text"] for c in slack.api.of("chat.postEphemeral"))

    # item 2: they disagree -> a third reviewer is asked, and decides
    slack.api.reset()
    await slack.click("evaladj.met", second, user="UREV1", channel="CREVIEW")
    await slack.click("evaladj.not", second, user="UREV2", channel="CREVIEW")
    await slack.settle()
    third = [p for p in _items(slack) if "Third reviewer needed" in json.dumps(p)]
    assert len(third) == 1
    await slack.click("evaladj.not", second, user="UREV3", channel="CREVIEW")
    await slack.settle()

    async with slack.svc.db.session() as s:
        got = {i.id: i for i in (await s.execute(select(EvalAdjudication))).scalars()}
        votes = list((await s.execute(select(EvalVote))).scalars())
    assert got[int(first)].status == "done" and got[int(first)].verdict is True
    assert got[int(second)].status == "done" and got[int(second)].verdict is False
    assert len(votes) == 5

    slack.api.reset()
    await slack.command("/clinibot", f"eval agreement {run_id}", user="UREV2")
    [answer] = await slack.api.wait_for("chat.postEphemeral")
    assert "2 criteria adjudicated" in answer["text"] and "macro F1" in answer["text"]
    assert [e for e in await slack.svc.audit.entries("eval.vote")]


async def test_non_reviewers_cannot_vote_and_are_audited(slack, fake_model, tmp_path, monkeypatch):
    monkeypatch.delenv("CLINIBOT_EVAL_DIR", raising=False)
    run_id = await _make_run(fake_model, slack.svc, tmp_path)
    await slack.command("/clinibot", f"eval adjudicate {run_id} 2", user="UREV1")
    await slack.api.wait_for("chat.postMessage", count=2)
    await slack.settle()
    value = _value(_items(slack)[0], "Met")
    slack.api.reset()
    await slack.click("evaladj.met", value, user="U555", channel="CREVIEW")
    [refused] = await slack.api.wait_for("chat.postEphemeral")
    assert "Only clinical reviewers" in refused["text"]
    async with slack.svc.db.session() as s:
        assert not list((await s.execute(select(EvalVote))).scalars())
    assert await slack.svc.audit.entries("eval.vote_refused")


def test_macro_f1_by_hand():
    # grader vs clinicians: TP(met)=2, FP(met)=1, FN(met)=1, TN=1
    pairs = [(True, True), (True, True), (True, False), (False, True), (False, False)]
    m = macro_f1(pairs)
    assert m["f1_met"] == pytest.approx(2 / 3)  # p = 2/3, r = 2/3
    assert m["f1_not_met"] == pytest.approx(0.5)  # p = 1/2, r = 1/2
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.5) / 2)
    assert m["accuracy"] == pytest.approx(3 / 5)
