"""The server's default: acknowledgements in the HTTP process, the slow part in a worker process."""
import json

import pytest


@pytest.fixture
def settings_env():
    return {"CLINIBOT_SLACK_WORKER": "process", "CLINIBOT_APPROVERS": "UAPPROVER"}


async def test_commands_are_answered_from_the_worker_process(slack):
    from bot.app import ADAPTERS_KEY
    from bot.core.worker import WorkerProcess

    adapter = slack.app[ADAPTERS_KEY]["slack"]
    assert isinstance(adapter.worker, WorkerProcess) and adapter.worker.alive()
    await slack.command("/clinibot", "help")
    [help_reply] = await slack.api.wait_for("chat.postEphemeral", timeout=60)
    assert "/draft" in json.dumps(help_reply)
    text = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: cardiology; "
            "urgency: routine; reason: exertional chest tightness; clinical question: stress test or CT angiography?; "
            "medications: lisinopril 20 mg daily; allergies: none known")
    await slack.command("/draft", text)
    [post] = await slack.api.wait_for("chat.postMessage", timeout=60)
    assert "DRAFT: needs clinician review" in json.dumps(post)
    entries = await slack.svc.audit.entries("draft.created")  # written by the worker, read here
    assert len(entries) == 1
    # a retried event is still dropped by the HTTP process before any work is handed over
    event = {"type": "reaction_added", "user": "UAPPROVER", "reaction": "white_check_mark",
             "item": {"type": "message", "channel": "C100", "ts": "1.1"}}
    assert (await slack.event(event, event_id="EvP")).status == 200
    assert (await slack.event(event, event_id="EvP", retry=1)).status == 200
