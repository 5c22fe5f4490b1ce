"""Drafting and approval in Teams: typed commands, Action.Execute invokes and `like` reactions."""
from sqlalchemy import select

from bot.skills import SKILLS
from storage.models.core import Draft
from tests.teams.conftest import APPROVER, CLINICIAN, INTRUDER, find_action

# multi-line, as a clinician types it in the compose box
REFERRAL = "draft referral\n" + "\n".join(f"{k}: {' '.join(str(v).split())}"
                                            for k, v in SKILLS["referral"].sample.items())


async def _draft(teams, conversation=None, text=REFERRAL):
    resp = await teams.post(teams.message(text, conversation=conversation))
    assert resp.status in (200, 202)
    [post] = [s for s in teams.connector.posts() if "draft.approve" in s.text]
    async with teams.svc.db.session() as s:
        row = (await s.execute(select(Draft))).scalar_one()
    return post, row


async def test_typed_command_drafts_a_card_with_execute_buttons(teams):
    post, row = await _draft(teams)
    assert post.kind == "reply" and post.body["type"] == "message"
    card = post.cards[0]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    assert "DRAFT: needs clinician review" in post.text and "cardiology" in post.text.lower()
    verbs = {a["verb"]: a for a in card["actions"]}
    assert {"draft.approve", "draft.reject", "draft.edit"} <= set(verbs)
    assert set(verbs) - {"draft.approve", "draft.reject", "draft.edit"} <= {
        "feedback.helpful", "feedback.not_helpful", "feedback.report"} or all(v.startswith("feedback.") for v in set(verbs) - {"draft.approve", "draft.reject", "draft.edit"})
    assert verbs["draft.approve"]["type"] == "Action.Execute" and verbs["draft.approve"]["data"]["value"] == str(row.id)
    assert verbs["draft.approve"]["style"] == "positive" and verbs["draft.reject"]["style"] == "destructive"
    # the posted activity id was handed back (on_posted), so reactions can find the draft
    assert row.message_ref == post.id and row.platform == "teams" and row.author == f"teams:{CLINICIAN}"


async def test_approve_button_answers_the_invoke_with_the_updated_card(teams):
    post, row = await _draft(teams)
    resp = await teams.click(post, "draft.approve", user=APPROVER)
    assert resp.status == 200
    body = await resp.json()
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.card.adaptive"
    assert "APPROVED" in str(body["value"]) and "actions" not in body["value"]
    [update] = teams.connector.of("update")
    assert update.activity_id == post.id and "APPROVED" in update.text
    async with teams.svc.db.session() as s:
        row = await s.get(Draft, row.id)
    assert row.state == "approved" and row.moved_by == f"teams:{APPROVER}" and len(row.sha256) == 64
    # a second click changes nothing
    resp = await teams.click(post, "draft.approve", user=APPROVER)
    assert resp.status == 200 and len(teams.connector.of("update")) == 1
    assert len(await teams.svc.audit.entries("draft.approved")) == 1
    assert (await teams.svc.audit.verify()).ok


async def test_like_reaction_by_the_author_approves_once(teams):
    post, row = await _draft(teams)
    resp = await teams.post(teams.reaction(post.id, "like"))
    assert resp.status in (200, 202)
    [update] = teams.connector.of("update")
    assert update.activity_id == post.id and "APPROVED" in update.text
    await teams.post(teams.reaction(post.id, "like"))  # the same reaction again
    await teams.post(teams.reaction(post.id, "like", user=APPROVER, conversation=teams.personal(CLINICIAN)))
    await teams.post(teams.reaction(post.id, "heart"))  # not mapped: nothing
    assert len(teams.connector.of("update")) == 1
    async with teams.svc.db.session() as s:
        assert (await s.get(Draft, row.id)).state == "approved"
    assert len(await teams.svc.audit.entries("draft.approved")) == 1


async def test_unauthorized_approval_is_refused_by_button_and_reaction(teams):
    conv = teams.channel("1711999000002")
    post, row = await _draft(teams, conversation=conv, text="<at>clinibot</at> " + REFERRAL)
    resp = await teams.click(post, "draft.approve", user=INTRUDER, conversation=conv)
    body = await resp.json()
    assert resp.status == 200 and body["type"] == "application/vnd.microsoft.activity.message"
    assert "Nothing was changed" in body["value"]  # shown to the person who clicked, only
    before = len(teams.connector.posts())
    await teams.post(teams.reaction(post.id, "like", user=INTRUDER, conversation=conv))
    [note] = teams.connector.posts()[before:]
    assert "Nothing was changed" in note.text
    # a reaction has no private answer, so the refusal is a targeted message only the intruder sees
    assert note.body["recipient"]["aadObjectId"] == INTRUDER
    assert any(e.get("type") == "activityTreatment" for e in note.body.get("entities", []))
    async with teams.svc.db.session() as s:
        assert (await s.get(Draft, row.id)).state == "draft"
    assert not teams.connector.of("update")
    refused = await teams.svc.audit.entries("draft.refused")
    assert len(refused) == 2 and all(e.actor == f"teams:{INTRUDER}" for e in refused)


async def test_channel_mention_drafts_in_the_thread_and_reject_uses_a_form(teams):
    root = "1711999000001"
    conv = teams.channel(root)
    text = "<at>clinibot</at> " + REFERRAL.replace("draft referral", "/draft referral")
    post, row = await _draft(teams, conversation=conv, text=text)
    assert post.conversation.endswith(f";messageid={root}")
    resp = await teams.click(post, "draft.reject", user=APPROVER, conversation=conv)
    assert resp.status == 200
    [form] = [s for s in teams.connector.posts() if "draft.reject_reason" in s.text]
    assert form.body["recipient"]["aadObjectId"] == APPROVER  # the form goes to the approver alone
    inputs = [b for b in form.cards[0]["body"] if b["type"].startswith("Input.")]
    assert inputs[0]["id"] == "reason" and inputs[0]["isMultiline"] is True
    resp = await teams.click(form, "draft.reject_reason", user=APPROVER, conversation=conv,
                             inputs={"reason": "Wrong receiving service"})
    assert resp.status == 200
    [update] = teams.connector.of("update")
    assert update.activity_id == post.id and "REJECTED" in update.text and "Wrong receiving service" in update.text
    async with teams.svc.db.session() as s:
        assert (await s.get(Draft, row.id)).state == "rejected"


async def test_an_empty_request_sends_a_form_card_whose_submission_drafts(teams):
    await teams.post(teams.message("draft referral"))
    [form] = teams.connector.posts()
    submit = find_action(form, "draft.submit")
    assert submit["data"]["_form"] == "draft.submit"
    ids = {b["id"] for b in form.cards[0]["body"] if b["type"].startswith("Input.")}
    assert "reason" in ids
    resp = await teams.click(form, "draft.submit", inputs=dict(SKILLS["referral"].sample))
    body = await resp.json()
    assert body["type"] == "application/vnd.microsoft.card.adaptive"  # the form card becomes "Submitted."
    assert any("DRAFT: needs clinician review" in s.text for s in teams.connector.posts())
