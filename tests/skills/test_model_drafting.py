"""Drafting through the real ``openai.AsyncOpenAI`` client and the loopback fake model."""
from __future__ import annotations

import json

import pytest

from bot.llm import LLMError, LLMTimeout
from bot.llm.openai_compat import OpenAICompatLLM
from bot.skills import SKILLS, draft
from bot.skills.base import _items

SKILL_NAMES = sorted(SKILLS)


def _llm(fake, **kw) -> OpenAICompatLLM:
    kw.setdefault("max_retries", 0)
    return OpenAICompatLLM(base_url=fake.base_url, api_key="sk-test", model="fake-model", **kw)


@pytest.mark.parametrize("name", SKILL_NAMES)
async def test_every_skill_drafts_through_the_model(fake_openai, name):
    skill = SKILLS[name]
    llm = _llm(fake_openai)
    result = await draft(skill, skill.sample, llm)
    assert result.problems == ()
    assert result.model_name == "fake-model" and result.attempted_model == "fake-model"
    assert result.template_version == skill.template_version
    assert not result.fell_back
    [body] = fake_openai.requests
    assert body["model"] == "fake-model"
    assert body["store"] is False
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["messages"][0]["content"].startswith(skill.instructions.strip()[:40])
    user = body["messages"][1]["content"].lower()
    for field, value in skill.sample.items():
        for item in _items(value):
            assert item.lower() in user, (field, item)
    await llm.aclose()


async def test_only_the_given_values_reach_the_model(fake_openai):
    """The drafter sends what it is handed (already filtered by the PHI policy) and nothing more."""
    skill = SKILLS["referral"]
    values = {**skill.sample, "patient": "[PATIENT] aged 62", "reason": "chest tightness, seen by [NAME]"}
    llm = _llm(fake_openai)
    await draft(skill, values, llm)
    sent = json.dumps(fake_openai.requests[0])
    assert "[PATIENT] aged 62" in sent and "seen by [NAME]" in sent
    assert "62-year-old woman" not in sent
    await llm.aclose()


async def test_missing_required_fact_falls_back_to_template(fake_openai):
    skill = SKILLS["referral"]

    def drops_medications(body: dict) -> str:
        text = body["messages"][1]["content"]
        return "\n".join(line for line in text.splitlines() if "mg" not in line)

    fake_openai.respond_with(drops_medications)
    llm = _llm(fake_openai)
    result = await draft(skill, skill.sample, llm)
    assert result.model_name == "template" and result.attempted_model == "fake-model"
    assert result.fell_back
    assert result.text == skill.render(skill.sample)
    assert "required fact missing from the draft: Current medications" in result.problems
    # problems name fields, never the values themselves
    assert all("Metformin" not in p for p in result.problems)
    await llm.aclose()


async def test_changed_dose_is_a_missing_fact(fake_openai):
    skill = SKILLS["referral"]
    fake_openai.respond_with(
        lambda body: body["messages"][1]["content"].replace("Lisinopril 20 mg", "Lisinopril 40 mg")
    )
    llm = _llm(fake_openai)
    result = await draft(skill, skill.sample, llm)
    assert result.fell_back
    assert result.problems == ("required fact missing from the draft: Current medications",)
    await llm.aclose()


@pytest.mark.parametrize(
    "addition, category",
    [
        ("Please call me on (617) 555-0199 to discuss.", "phone number"),
        ("Dear Dr. Okafor,", "name"),
        ("The patient, Mrs. Alvarez, agrees.", "name"),
        ("Contact: referrals@example-clinic.org", "email address"),
        ("Seen on 03/14/2025.", "date"),
        ("MRN 84421907", "record number"),
    ],
)
async def test_new_identifier_is_flagged(fake_openai, addition, category):
    skill = SKILLS["referral"]
    fake_openai.respond_with(lambda body: f"{addition}\n\n{body['messages'][1]['content']}")
    llm = _llm(fake_openai)
    result = await draft(skill, skill.sample, llm)
    assert result.fell_back
    assert f"the draft contains a {category} that was not in the input" in result.problems
    assert all(addition not in p for p in result.problems)
    await llm.aclose()


async def test_identifier_given_in_the_input_is_not_flagged(fake_openai):
    skill = SKILLS["referral"]
    values = {**skill.sample, "referring_specialty": "Primary care, Dr. Okafor, (617) 555-0199"}
    fake_openai.respond_with(lambda body: body["messages"][1]["content"] + "\nDr Okafor: 617.555.0199")
    llm = _llm(fake_openai)
    result = await draft(skill, values, llm)
    assert result.problems == () and result.model_name == "fake-model"
    await llm.aclose()


async def test_runaway_output_is_refused(fake_openai):
    skill = SKILLS["patient-message"]
    fake_openai.respond_with(lambda body: body["messages"][1]["content"] + "\n" + "More words. " * 2000)
    llm = _llm(fake_openai)
    result = await draft(skill, skill.sample, llm, max_chars=5000)
    assert result.fell_back
    assert "the draft is longer than 5000 characters" in result.problems
    await llm.aclose()


async def test_model_timeout_propagates_and_nothing_is_drafted(fake_openai):
    fake_openai.set_latency(2.0)
    llm = _llm(fake_openai, timeout=0.2)
    skill = SKILLS["referral"]
    with pytest.raises(LLMTimeout) as err:
        await draft(skill, skill.sample, llm)
    assert "did not answer in time" in err.value.user_message()
    assert "Metformin" not in str(err.value)
    await llm.aclose()


async def test_model_500_after_retries_propagates(fake_openai):
    fake_openai.fail_next(500, n=3)
    llm = _llm(fake_openai, max_retries=2)
    skill = SKILLS["prior-auth"]
    with pytest.raises(LLMError) as err:
        await draft(skill, skill.sample, llm)
    assert err.value.status == 500
    assert len(fake_openai.requests) == 3
    await llm.aclose()


async def test_model_429_is_retried_and_the_draft_arrives(fake_openai):
    fake_openai.fail_next(429, n=1, retry_after=0.05)
    llm = _llm(fake_openai, max_retries=2)
    skill = SKILLS["appeal"]
    result = await draft(skill, skill.sample, llm)
    assert result.model_name == "fake-model" and result.problems == ()
    assert len(fake_openai.requests) == 2
    await llm.aclose()


async def test_patient_facing_draft_above_grade_8_falls_back(fake_openai):
    skill = SKILLS["patient-message"]
    jargon = (
        "Peripheral edema represents a well-characterized dose-dependent adverse effect of "
        "dihydropyridine calcium-channel antagonists, attributable to preferential arteriolar "
        "vasodilatation with consequent transcapillary hydrostatic pressure elevation."
    )
    fake_openai.respond_with(lambda body: body["messages"][1]["content"] + "\n" + (jargon + " ") * 8)
    llm = _llm(fake_openai)
    result = await draft(skill, skill.sample, llm)
    assert result.fell_back
    assert any(p.startswith("the draft reads above US grade 8") for p in result.problems)
    await llm.aclose()
