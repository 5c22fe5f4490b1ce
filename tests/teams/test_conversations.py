"""Conversation references, proactive messages through the Outbox, help and redelivery."""
from sqlalchemy import select

from bot.core.events import Button, Reply
from storage.models.teams import TeamsConversation
from tests.teams.conftest import APPROVER, CLINICIAN


async def test_install_stores_the_reference_and_the_outbox_writes_first(teams):
    update = teams.base("conversationUpdate", user=CLINICIAN)
    update["membersAdded"] = [{"id": f"28:{update['recipient']['id'][3:]}"}]
    resp = await teams.post(update)
    assert resp.status in (200, 202) and not teams.connector.sent
    async with teams.svc.db.session() as s:
        [row] = list((await s.execute(select(TeamsConversation))).scalars())
    assert row.conversation_type == "personal" and row.user_id == CLINICIAN and row.service_url.endswith("/amer/")
    outbox = teams.svc.extras["outbox"]
    posted = await outbox.send("teams", Reply(text="A reminder about **Foundations**.", where="dm",
                                              buttons=[Button("Continue", "train.next", "1", "primary")]),
                               user=CLINICIAN)
    [sent] = teams.connector.posts()
    assert sent.kind == "send" and sent.conversation == row.conversation_id
    assert posted == (row.key, sent.id) and "**Foundations**" in sent.text
    assert sent.body["recipient"]["aadObjectId"] == CLINICIAN and sent.body["from"]["id"].startswith("28:")
    # nobody to write to: nothing is sent, nothing fails
    assert await outbox.send("teams", Reply(text="hello", where="dm"), user=APPROVER) is None


async def test_long_proactive_content_is_split_below_the_connector_limit(teams):
    await teams.post(teams.base("conversationUpdate", user=CLINICIAN))
    long = "\n\n".join(f"Paragraph {i}: " + "evidence summary text " * 60 for i in range(200))
    await teams.svc.extras["outbox"].send("teams", Reply(title="Long lesson", text=long, where="dm"), user=CLINICIAN)
    sent = teams.connector.posts()
    assert len(sent) >= 3  # the fake connector answers 413 above 100 KB, so every part got through
    assert "Paragraph 199" in sent[-1].text and "Paragraph 0" in sent[0].text


async def test_help_in_a_channel_with_only_a_mention_and_unknown_text_in_a_chat(teams):
    await teams.post(teams.message("<at>clinibot</at>", conversation=teams.channel("1711999000009")))
    [help_reply] = teams.connector.posts()
    assert "clinibot commands" in help_reply.text and "/evidence" in help_reply.text
    await teams.post(teams.message("what's up"))
    assert "Type **help**" in teams.connector.posts()[-1].text


async def test_cme_transcript_in_teams(teams):
    resp = await teams.post(teams.message("cme me"))
    assert resp.status in (200, 202)
    [reply] = teams.connector.posts()
    assert "CME" in reply.text or "credit" in reply.text.lower()


async def test_a_redelivered_message_is_handled_once(teams):
    act = teams.message("help")
    await teams.post(act)
    await teams.post(act)
    assert len(teams.connector.posts()) == 1


async def test_work_slower_than_the_turn_is_answered_proactively(teams):
    from bot.app import ADAPTERS_KEY

    adapter = teams.app[ADAPTERS_KEY]["teams"]
    adapter.turn_budget = 0  # the evidence search runs in a worker thread, so it outlives a zero budget
    conv = teams.channel("1711999000077")
    resp = await teams.post(teams.message("<at>clinibot</at> evidence statin primary prevention",
                                          conversation=conv))
    assert resp.status in (200, 202)
    await adapter.drain()
    [sent] = teams.connector.posts()
    # written into the same thread after the turn ended
    assert sent.kind == "send" and sent.conversation.endswith(";messageid=1711999000077")
    assert "Evidence: statin primary prevention" in sent.text


async def test_training_started_in_a_channel_opens_a_personal_chat(teams):
    from storage.models.curriculum import Enrollment

    await teams.post(teams.message("<at>clinibot</at> train foundations", conversation=teams.channel("1711999000088")))
    [created] = teams.connector.of("create")
    assert created.body["members"][0]["aadObjectId"] == CLINICIAN and created.body["isGroup"] is False
    posts = teams.connector.posts()
    assert posts and all(p.conversation == created.conversation for p in posts)
    assert any("welcome" in p.text for p in posts) and any("train.answer" in p.text for p in posts)
    async with teams.svc.db.session() as s:
        row = (await s.execute(select(TeamsConversation).where(TeamsConversation.user_id == CLINICIAN))).scalar_one()
        e = (await s.execute(select(Enrollment))).scalar_one()
    assert row.conversation_id == created.conversation and e.channel == row.key
