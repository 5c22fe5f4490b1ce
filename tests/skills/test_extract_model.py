"""Extraction through a model: structured output, validated, traceable, through the real openai
client to the fake OpenAI-compatible server, from a signed Slack command."""
from __future__ import annotations

import json

import pytest

from bot.skills import SKILLS
from bot.skills.extract_model import parse, traceable, _source_words
from tests.conftest import model_env

LINE = "61M h/o HTN, NKDA, amlodipine 10 + atorva 40, cards urgent pls ?cath"
EXTRACTION_MARK = "You turn a clinician's one-line request"


@pytest.fixture
def settings_env(fake_model):
    return model_env(fake_model)


def _is_extraction(body: dict) -> bool:
    return str(body["messages"][0]["content"]).startswith(EXTRACTION_MARK)


def responder(answers: list[str]):
    """Extraction calls get the given answers in turn; drafting calls get a plausible letter."""
    def respond(body):
        if _is_extraction(body):
            return answers.pop(0) if len(answers) > 1 else answers[0]
        facts = body["messages"][-1]["content"]
        return "# Referral\n\n" + facts + "\n\nThank you for seeing this patient.\n"
    return respond


GOOD = json.dumps({"patient": "61-year-old man", "referring_specialty": None, "receiving_specialty": "Cardiology",
                   "urgency": "urgent", "clinical_question": "Is cardiac catheterization indicated?",
                   "reason": None, "history": "hypertension", "medications": "amlodipine 10; atorvastatin 40",
                   "allergies": "no known drug allergies", "results": None,
                   "tried": "metoprolol 50 mg stopped for bradycardia"})  # the last value was never typed


async def test_structured_extraction_is_validated_and_untraceable_values_are_dropped(slack, fake_model):
    fake_model.respond_with(responder(["Sure! Here are the fields: patient is 61M", GOOD]))
    await slack.command("/draft", f"referral {LINE}")
    [post] = await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    extraction = [b for b in fake_model.requests if _is_extraction(b)]
    assert len(extraction) == 2  # the prose answer was re-asked once
    fmt = extraction[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    props = fmt["json_schema"]["schema"]["properties"]
    assert set(props) == {f.name for f in SKILLS["referral"].fields}
    assert props["urgency"]["enum"][:3] == ["routine", "urgent", "emergent"]
    assert "not valid" in extraction[1]["messages"][-1]["content"]
    body = json.dumps(post)
    assert "Cardiology" in body and "metoprolol" not in body  # invented value dropped
    created = json.loads((await slack.svc.audit.entries("draft.created"))[0].detail)
    assert created["extraction"]["path"] == "model" and created["extraction"]["dropped"] == 1
    assert created["extraction"]["invalid_answers"] == 1
    metrics = await (await slack.client.get("/metrics")).text()
    assert 'clinibot_extraction_total{outcome="dropped"} 1' in metrics
    assert 'clinibot_extraction_total{outcome="model"} 1' in metrics


async def test_a_model_that_never_answers_in_the_schema_falls_back_to_the_rules(slack, fake_model):
    fake_model.respond_with(responder(["not json at all"]))
    await slack.command("/draft", f"referral {LINE}")
    [post] = await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    body = json.dumps(post)
    assert "Cardiology" in body and "no known drug allergies" in body  # the rules found them
    created = json.loads((await slack.svc.audit.entries("draft.created"))[0].detail)
    assert created["extraction"]["path"].startswith("rules")


def test_parse_refuses_what_the_schema_does_not_allow():
    skill = SKILLS["referral"]
    with pytest.raises(ValueError, match="unknown field"):
        parse(skill, json.dumps({"diagnosis": "x"}))
    with pytest.raises(ValueError, match="urgency must be one of"):
        parse(skill, json.dumps({"urgency": "whenever"}))
    assert parse(skill, "```json\n{\"reason\": \"knee pain\", \"history\": null}\n```") == {"reason": "knee pain"}


def test_traceability_allows_expansions_but_not_new_facts():
    src = _source_words(LINE)
    assert traceable("Cardiology", src) and traceable("hypertension", src) and traceable("atorvastatin 40", src)
    assert traceable("61-year-old man", src)
    assert not traceable("atorvastatin 80", src)  # a number the clinician did not type
    assert not traceable("metoprolol stopped for bradycardia", src)
