"""Every skill drafts from its sample with the template-only backend."""
from __future__ import annotations

import importlib
import re

import pytest

from bot.llm import OfflineLLM
from bot.skills import SKILLS, Skill, draft
from bot.skills.base import TEMPLATE_DIR, _items

SKILL_NAMES = sorted(SKILLS)


@pytest.fixture(params=SKILL_NAMES)
def skill(request) -> Skill:
    return SKILLS[request.param]


def test_registry_is_the_six_skills():
    assert set(SKILLS) == {
        "referral", "prior-auth", "appeal", "patient-instructions", "discharge-summary",
        "patient-message",
    }
    for key, skill in SKILLS.items():
        assert skill.name == key
        assert (TEMPLATE_DIR / skill.template).is_file()
        assert skill.template_version.startswith(f"{key}/")
        module = importlib.import_module(f"bot.skills.{key.replace('-', '_')}")
        assert module.SKILL is skill and module.SAMPLE is skill.sample


def test_sample_is_complete_and_valid(skill):
    assert skill.missing(skill.sample) == []
    assert skill.validate(skill.sample) == {}
    assert set(skill.sample) <= {f.name for f in skill.fields}


async def test_drafts_offline_from_sample(skill):
    result = await draft(skill, skill.sample, OfflineLLM())
    assert result.model_name == "template"
    assert result.template_version == skill.template_version
    assert result.skill == skill.name
    assert result.problems == ()
    assert not result.fell_back
    text = result.text
    assert text.strip() and "{{" not in text and "{%" not in text
    assert "[needs:" not in text
    assert "DRAFT" not in text and "needs clinician review" not in text.lower()
    assert skill.check_output(text, skill.sample) == []
    # every item of every field given reaches the document
    squashed = " ".join(text.lower().split())
    for name, value in skill.sample.items():
        for item in _items(value):
            assert " ".join(item.lower().split()) in squashed, (name, item)


def test_render_marks_missing_required_fields(skill):
    required = [f for f in skill.fields if f.required]
    values = {k: v for k, v in skill.sample.items() if k != required[0].name}
    text = skill.render(values)
    assert f"[needs: {required[0].label.lower()}]" in text


def test_render_with_only_required_fields(skill):
    values = {f.name: skill.sample[f.name] for f in skill.fields if f.required}
    text = skill.render(values)
    assert "[needs:" not in text or skill.name == "discharge-summary"
    assert skill.check_output(text, values) == [] or skill.name == "discharge-summary"


def test_messages_carry_instructions_and_every_fact(skill):
    system, user = skill.messages(skill.sample)
    assert system["role"] == "system" and user["role"] == "user"
    assert "[needs:" in system["content"]  # told not to invent
    assert "identifiers" in system["content"]
    for value in skill.sample.values():
        for item in _items(value):
            assert item.lower() in user["content"].lower()


def test_example_text_extracts_to_valid_fields(skill):
    import re

    values = skill.extract(skill.example)
    assert values
    assert skill.validate(values).keys() <= {f.name for f in skill.missing(values)}
    kept = " ".join(values.values()).lower()
    labels = {w for f in skill.fields for k in f.keys() for w in re.findall(r"[a-z0-9]+", k)}
    typed = [w for w in re.findall(r"[a-z0-9]+", skill.example.lower()) if w not in labels and len(w) > 2]
    assert [w for w in typed if w not in kept] == []  # nothing the clinician typed is lost


def test_clinician_templates_lead_with_what_the_reader_needs():
    referral = SKILLS["referral"].render(SKILLS["referral"].sample)
    assert referral.index("Question for the consultant") < referral.index("Reason for referral")
    assert referral.index("Urgency") < referral.index("Relevant history")
    pa = SKILLS["prior-auth"].render(SKILLS["prior-auth"].sample)
    assert pa.index("ICD-10-CM") < pa.index("Medical necessity") < pa.index("Prior therapies")
    assert "[member ID on file]" in pa
    pi = SKILLS["patient-instructions"].render(SKILLS["patient-instructions"].sample)
    assert "**Call your clinic if:**" in pi
    assert "**Go to the emergency room or call 911 if:**" in pi
    assert re.search(r"^1\. ", pi, re.M)  # numbered steps
    ds = SKILLS["discharge-summary"].render(SKILLS["discharge-summary"].sample)
    for heading in ("**Started:**", "**Changed:**", "**Stopped or held:**", "Results pending at discharge"):
        assert heading in ds


def test_expedited_review_is_explained():
    skill = SKILLS["prior-auth"]
    text = skill.render({**skill.sample, "review_type": "expedited"})
    assert "Expedited review is requested" in text
    assert "Expedited review is requested" not in skill.render(skill.sample)


def test_empty_optional_sections_are_left_out():
    skill = SKILLS["referral"]
    values = {f.name: skill.sample[f.name] for f in skill.fields if f.required}
    text = skill.render(values)
    assert "Relevant results" not in text and "What has been tried" not in text
