"""Template safety: a blank field is never rendered as "None", and crisis lines name 988 beside 911."""
from bot.skills import SKILLS
from bot.skills.base import NOT_PROVIDED

DISCHARGE = SKILLS["discharge-summary"]


def _blank(*names: str) -> dict:
    values = dict(DISCHARGE.sample)
    for n in names:
        values[n] = ""
    return values


def test_blank_medication_changes_and_procedures_read_not_provided() -> None:
    text = DISCHARGE.render(_blank("procedures", "meds_started", "meds_changed", "meds_stopped"))
    assert "None" not in text
    section = text.split("## Medication changes", 1)[1].split("## Condition", 1)[0]
    assert section.count(f"- {NOT_PROVIDED}") == 3
    assert f"## Procedures\n- {NOT_PROVIDED}" in text


def test_an_explicit_none_from_the_clinician_is_kept() -> None:
    assert "## Procedures\n- None" in DISCHARGE.render(dict(DISCHARGE.sample))


def test_blank_allergies_keep_the_section() -> None:
    text = DISCHARGE.render(_blank("allergies"))
    assert f"**Allergies:** {NOT_PROVIDED}" in text
    assert "**Allergies:** No known drug allergies" in DISCHARGE.render(dict(DISCHARGE.sample))


def test_the_model_is_told_which_fields_were_left_blank() -> None:
    values = _blank("meds_changed", "allergies")
    assert [f.name for f in DISCHARGE.not_provided(values)] == ["meds_changed", "allergies"]
    user = DISCHARGE.messages(values)[1]["content"]
    assert "Left blank by the clinician" in user and "Medications changed, Allergies" in user


def test_patient_message_names_988_beside_911() -> None:
    text = SKILLS["patient-message"].render(dict(SKILLS["patient-message"].sample))
    assert "911" in text and "988" in text


async def test_the_approver_sees_the_fields_not_provided(bot) -> None:
    values = _blank("procedures", "meds_changed")
    line = "discharge-summary " + "; ".join(f"{DISCHARGE.field_named(k).label}: {v}" for k, v in values.items() if v)
    replies = await bot.run(f"/draft {line}")
    draft = next(r for r in replies if r.buttons and r.buttons[0].action_id == "draft.approve")
    note = next(c for c in draft.context if c.startswith("Fields not provided"))
    assert "Procedures" in note and "Medications changed" in note and "Allergies" not in note
    assert NOT_PROVIDED in draft.text
