"""Drafting and approval end to end: signed Slack requests -> bolt -> router -> skills -> fake Web API."""
import json

import pytest

from bot.skills import SKILLS

REFERRAL = ("referral patient: 58-year-old man; receiving specialty: cardiology; referring specialty: family medicine; urgency: routine; "
            "reason: exertional chest tightness for 6 weeks; clinical question: is stress testing or CT coronary "
            "angiography preferred?; history: hypertension; medications: lisinopril 20 mg daily; "
            "allergies: none known; results: resting ECG normal; tried: sublingual nitroglycerin as needed")


@pytest.fixture
def settings_env():
    return {"CLINIBOT_APPROVERS": "UAPPROVER"}


async def _draft(slack, text=REFERRAL, user="U100"):
    await slack.command("/draft", text, user=user)
    [post] = await slack.api.wait_for("chat.postMessage")
    return post


async def _only_draft(slack):
    """The one draft row the test created (its message_ref is set once it was posted)."""
    from sqlalchemy import select

    from storage.models.core import Draft

    async with slack.svc.db.session() as s:
        return (await s.execute(select(Draft))).scalar_one()


def _blocks(call) -> str:
    return json.dumps(call.get("blocks")) + call.get("text", "")


async def test_draft_lists_skills(slack):
    await slack.command("/draft", "")
    [call] = await slack.api.wait_for("chat.postEphemeral")
    for name in SKILLS:
        assert f"`{name}`" in _blocks(call)


async def test_referral_drafted_offline_with_banner_and_buttons(slack):
    post = await _draft(slack)
    body = _blocks(post)
    assert "DRAFT: needs clinician review" in body and "cardiology" in body.lower()
    assert "draft.approve#0" in body and "draft.reject#1" in body and "draft.edit#2" in body
    assert "written by template" in body
    entries = await slack.svc.audit.entries("draft.created")
    assert len(entries) == 1


async def test_one_line_shorthand_drafts_in_one_step_with_visible_gaps(slack):
    await slack.command("/draft", "referral 58M exertional chest pain x3 weeks, abnormal ETT, to cardiology, urgent, "
                                  "h/o HTN, on amlodipine 10, NKDA")
    [post] = await slack.api.wait_for("chat.postMessage")
    assert not slack.api.of("views.open")  # no form: the draft comes first
    body = _blocks(post)
    assert "58-year-old man" in body and "Cardiology" in body and "urgent" in body
    assert "exercise treadmill test (ETT)" in body and "no known drug allergies" in body
    assert "history of hypertension" in body.lower() and "amlodipine 10" in body.lower()
    assert "[needs: question for the consultant]" in body and "[needs: referring specialty or service]" in body
    assert "Needs before approval" in body and "draft.notknown#3" in body
    await slack.settle()
    row = await _only_draft(slack)
    created = (await slack.svc.audit.entries("draft.created"))[0]
    assert json.loads(created.detail)["needs"] == ["referring_specialty", "clinical_question"]

    # approval waits on the gaps, by button and by reaction
    slack.api.reset()
    await slack.click("draft.approve", str(row.id))
    [refused] = await slack.api.wait_for("chat.postEphemeral")
    assert "still needs" in refused["text"] and "question for the consultant" in refused["text"]
    await slack.react("white_check_mark", user="U100", channel=row.channel, ts=row.message_ref)
    await slack.settle()
    assert (await _only_draft(slack)).state == "draft"
    assert len(await slack.svc.audit.entries("draft.approval_blocked")) == 2

    # the clinician marks them not known: a new version, which can be approved
    slack.api.reset()
    await slack.click("draft.notknown", str(row.id))
    posts = await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    new = _blocks(posts[-1])
    assert "not known" in new and "[needs:" not in new and "draft.notknown" not in new
    from sqlalchemy import select

    from storage.models.core import Draft

    async with slack.svc.db.session() as s:
        rows = list((await s.execute(select(Draft).order_by(Draft.id))).scalars())
    assert [r.state for r in rows] == ["superseded", "draft"] and rows[1].version == 2
    slack.api.reset()
    await slack.click("draft.approve", str(rows[1].id))
    await slack.settle()
    async with slack.svc.db.session() as s:
        assert (await s.get(Draft, rows[1].id)).state == "approved"


async def test_an_empty_request_opens_the_form_and_edit_reopens_it(slack):
    await slack.command("/draft", "referral")
    [view_call] = await slack.api.wait_for("views.open")
    view = json.loads(view_call["view"]) if isinstance(view_call["view"], str) else view_call["view"]
    assert view["callback_id"] == "draft.submit"
    assert {"receiving_specialty", "reason"} <= {b["block_id"] for b in view["blocks"]}
    await slack.submit("draft.submit", dict(SKILLS["referral"].sample), private_metadata=view["private_metadata"])
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "DRAFT: needs clinician review" in _blocks(post) and "Needs before approval" not in _blocks(post)
    # a one-liner's Edit opens the form prefilled with what was understood
    slack.api.reset()
    await slack.command("/draft", "referral knee pain x3 mo, to ortho, routine")
    await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    from sqlalchemy import select

    from storage.models.core import Draft

    async with slack.svc.db.session() as s:
        row = (await s.execute(select(Draft).order_by(Draft.id.desc()))).scalars().first()
    await slack.click("draft.edit", str(row.id))
    [view_call] = await slack.api.wait_for("views.open")
    view = json.loads(view_call["view"]) if isinstance(view_call["view"], str) else view_call["view"]
    prefilled = {b["block_id"]: b["element"].get("initial_value", "") for b in view["blocks"]}
    assert prefilled["receiving_specialty"] == "Orthopedics" and prefilled["urgency"] in ("routine", "")
    assert "knee pain" in prefilled["reason"]


async def test_approve_by_reaction_updates_in_place_and_is_idempotent(slack):
    await _draft(slack)
    await slack.settle()
    # the fake answered chat.postMessage with a ts, which the draft row remembers (on_posted)
    from storage.models.core import Draft

    row = await _only_draft(slack)
    assert row.message_ref
    await slack.react("white_check_mark", user="U100", channel=row.channel, ts=row.message_ref, event_id="EvA")
    [update] = await slack.api.wait_for("chat.update")
    assert "APPROVED" in _blocks(update) and update["ts"] == row.message_ref
    # the same reaction again (a retry, or another emoji event) changes nothing
    await slack.react("white_check_mark", user="U100", channel=row.channel, ts=row.message_ref, event_id="EvA", retry=1)
    await slack.react("white_check_mark", user="UAPPROVER", channel=row.channel, ts=row.message_ref, event_id="EvB")
    await slack.settle()
    assert len(slack.api.of("chat.update")) == 1
    async with slack.svc.db.session() as s:
        row = await s.get(Draft, row.id)
    assert row.state == "approved" and len(row.sha256) == 64
    assert len(await slack.svc.audit.entries("draft.approved")) == 1
    assert (await slack.svc.audit.verify()).ok


async def test_unauthorized_approval_is_refused_and_audited(slack):
    await _draft(slack)
    await slack.settle()
    from storage.models.core import Draft

    row = await _only_draft(slack)
    await slack.click("draft.approve", str(row.id), user="UINTRUDER", message_ts=row.message_ref)
    [eph] = await slack.api.wait_for("chat.postEphemeral")
    assert eph["user"] == "UINTRUDER" and "Nothing was changed" in eph["text"]
    await slack.react("white_check_mark", user="UINTRUDER", channel=row.channel, ts=row.message_ref)
    await slack.settle()
    async with slack.svc.db.session() as s:
        assert (await s.get(Draft, row.id)).state == "draft"
    assert len(await slack.svc.audit.entries("draft.refused")) == 2
    assert not slack.api.of("chat.update")


async def test_approver_button_and_reject_with_reason(slack):
    await _draft(slack)
    await slack.settle()
    from storage.models.core import Draft

    row = await _only_draft(slack)
    await slack.click("draft.reject", str(row.id), user="UAPPROVER", message_ts=row.message_ref)
    [view_call] = await slack.api.wait_for("views.open")
    view = json.loads(view_call["view"]) if isinstance(view_call["view"], str) else view_call["view"]
    await slack.submit("draft.reject_reason", {"reason": "Wrong receiving service"}, user="UAPPROVER",
                       private_metadata=view["private_metadata"])
    [update] = await slack.api.wait_for("chat.update")
    assert "REJECTED" in _blocks(update) and "Wrong receiving service" in _blocks(update)
    await slack.click("draft.approve", str(row.id), user="UAPPROVER", message_ts=row.message_ref)
    await slack.settle()
    async with slack.svc.db.session() as s:
        assert (await s.get(Draft, row.id)).state == "rejected"


async def test_reaction_on_a_message_that_is_not_a_draft_changes_nothing(slack):
    await slack.react("white_check_mark", user="U100", channel="C100", ts="1111.2222")
    await slack.settle()
    assert not slack.api.of("chat.update") and not await slack.svc.audit.entries()


async def test_edit_creates_a_new_version_and_supersedes_the_old(slack):
    await _draft(slack)
    await slack.settle()
    from sqlalchemy import select

    from storage.models.core import Draft

    first = await _only_draft(slack)
    await slack.click("draft.edit", str(first.id), user="U100", message_ts=first.message_ref)
    [view_call] = await slack.api.wait_for("views.open")
    view = json.loads(view_call["view"]) if isinstance(view_call["view"], str) else view_call["view"]
    values = {b["block_id"]: b["element"].get("initial_value", "") for b in view["blocks"]}
    values["urgency"] = "urgent"
    await slack.submit("draft.submit", values, private_metadata=view["private_metadata"])
    posts = await slack.api.wait_for("chat.postMessage", 2)
    assert "v2" in _blocks(posts[1])
    [update] = await slack.api.wait_for("chat.update")
    assert "SUPERSEDED" in _blocks(update)
    async with slack.svc.db.session() as s:
        rows = list((await s.execute(select(Draft).order_by(Draft.id))).scalars())
    assert [r.state for r in rows] == ["superseded", "draft"] and rows[1].root_id == rows[0].id


@pytest.mark.parametrize("skill", sorted(SKILLS))
async def test_every_skill_drafts_through_slack(slack, skill):
    sample = SKILLS[skill].sample
    text = skill + "\n" + "\n".join(f"{k}: {' '.join(str(v).split())}" for k, v in sample.items())
    await slack.command("/draft", text)
    calls = await slack.api.wait_for("chat.postMessage")
    assert "DRAFT: needs clinician review" in _blocks(calls[0])


async def test_a_long_document_is_attached_as_a_file(slack):
    def long(sentence: str) -> str:  # each field stays under its 3,000-character limit
        return " ".join([sentence] * (2900 // (len(sentence) + 1)))

    text = (REFERRAL.split("; history:")[0] + "; history: " + long("Hypertension for 12 years, well controlled.")
            + "; medications: " + long("Lisinopril 20 mg daily.") + "; results: " + long("Resting ECG normal.")
            + "; tried: " + long("Nitroglycerin as needed.") + "; allergies: none known")
    await slack.command("/draft", text)
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "continued in the attached file" in _blocks(post)
    await slack.api.wait_for("files.completeUploadExternal")
    uploaded = b"".join(slack.api.files.values())
    assert b"Hypertension for 12 years" in uploaded
