"""A slash command carrying identifiers: the clinician is warned (values never echoed), and nothing
identifying reaches the model server, the database or the logs."""
import json
import logging

import pytest
from sqlalchemy import text

from tests.conftest import model_env

RAW = ["00482913", "Deshawn Carter", "3/4/61", "617-555-0142"]
COMMAND = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: "
           "cardiology; urgency: routine; reason: pt Deshawn Carter, MRN 00482913, "
           "DOB 3/4/61, call 617-555-0142, exertional chest tightness; clinical question: stress test or CT "
           "angiography?; history: hypertension; medications: lisinopril 20 mg daily; allergies: none known; "
           "results: ECG normal; tried: nitroglycerin as needed")


@pytest.fixture
def model(fake_model):
    return fake_model


@pytest.fixture
def settings_env(model):
    return model_env(model, CLINIBOT_PHI_MODE="warn")


async def dump_database(svc) -> str:
    out = []
    async with svc.db.engine.connect() as conn:
        tables = await conn.run_sync(lambda c: __import__("sqlalchemy").inspect(c).get_table_names())
        for table in tables:
            rows = (await conn.execute(text(f'SELECT * FROM "{table}"'))).all()
            out.extend(json.dumps([str(v) for v in row]) for row in rows)
    return "\n".join(out)


async def test_warn_then_continue_redacted_keeps_phi_out_of_model_db_and_logs(slack, model, caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("clinibot.test").warning("clinician typed %s", COMMAND)  # a careless log line
    await slack.command("/draft", COMMAND)
    [warning] = await slack.api.wait_for("chat.postEphemeral")
    shown = json.dumps(warning)
    assert "MRN" in shown.upper() or "NAME" in shown.upper()
    # the words that would be replaced are shown to the author alone (an ephemeral message)
    assert warning["user"] == "U100" and "`Deshawn Carter`" in warning["text"] and "`00482913`" in warning["text"]
    blocks = json.loads(warning["blocks"]) if isinstance(warning["blocks"], str) else warning["blocks"]
    cont = next(el for b in blocks if b["type"] == "actions" for el in b["elements"]
                if el["action_id"].startswith("phi.continue"))
    await slack.click("phi.continue", cont["value"])
    await slack.api.wait_for("chat.postMessage")
    assert model.requests, "the model was called"
    sent_to_model = json.dumps(model.requests)
    stored = await dump_database(slack.svc)
    logs = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    for value in RAW:
        assert value not in sent_to_model, f"{value} reached the model"
        assert value not in stored, f"{value} reached the database"
        assert value not in logs, f"{value} reached the logs"
    assert "[NAME-1]" in sent_to_model or "[MRN-1]" in sent_to_model


async def test_cancel_sends_and_saves_nothing(slack, model):
    await slack.command("/draft", COMMAND)
    [warning] = await slack.api.wait_for("chat.postEphemeral")
    await slack.click("phi.cancel", "")
    await slack.api.wait_for("response_url")
    assert not model.requests and not slack.api.of("chat.postMessage")
    stored = await dump_database(slack.svc)
    for value in RAW:
        assert value not in stored


@pytest.mark.parametrize("settings_env", [{"CLINIBOT_PHI_MODE": "block"}])
async def test_block_mode_refuses(slack, settings_env):
    await slack.command("/evidence", "statin for pt Deshawn Carter MRN 00482913")
    [reply] = await slack.api.wait_for("chat.postEphemeral")
    assert "00482913" not in json.dumps(reply) and not slack.api.of("chat.postMessage")


async def test_author_gets_a_reidentified_copy_on_approval_and_nothing_is_stored(slack, model):
    from sqlalchemy import select

    from storage.models.core import Draft

    await slack.command("/draft", COMMAND)
    [warning] = await slack.api.wait_for("chat.postEphemeral")
    blocks = json.loads(warning["blocks"]) if isinstance(warning["blocks"], str) else warning["blocks"]
    cont = next(el for b in blocks if b["type"] == "actions" for el in b["elements"]
                if el["action_id"].startswith("phi.continue"))
    assert "Deshawn" not in cont["value"] and "00482913" not in cont["value"]
    await slack.click("phi.continue", cont["value"])
    await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    async with slack.svc.db.session() as s:
        row = (await s.execute(select(Draft))).scalar_one()
    await slack.react("white_check_mark", user="U100", channel=row.channel, ts=row.message_ref)
    await slack.api.wait_for("chat.update")
    ephemerals = await slack.api.wait_for("chat.postEphemeral", 2)
    restored = json.dumps(ephemerals[-1])
    assert ephemerals[-1]["user"] == "U100" and "only you can see this" in restored
    assert any(value in restored for value in RAW)  # the author sees their own identifiers again
    stored = await dump_database(slack.svc)
    for value in RAW:
        assert value not in stored


VOUCHED = "14-Jan-2025"
NOT_PHI = COMMAND.replace("pt Deshawn Carter, MRN 00482913, DOB 3/4/61, call 617-555-0142, ",
                          f"per the society guideline published {VOUCHED}, ")


async def test_not_identifiers_sends_as_typed_audited_by_category_and_counted(slack, model, caplog):
    """A false alarm: the author says the flagged words are not identifiers. The command runs as typed,
    the audit log records the choice with categories only, /metrics counts it, logs stay clean."""
    from sqlalchemy import select

    from storage.models.core import AuditEntry

    caplog.set_level(logging.DEBUG)
    await slack.command("/draft", NOT_PHI)
    [warning] = await slack.api.wait_for("chat.postEphemeral")
    assert f"`{VOUCHED}`" in warning["text"] and warning["user"] == "U100"
    blocks = json.loads(warning["blocks"]) if isinstance(warning["blocks"], str) else warning["blocks"]
    button = next(el for b in blocks if b["type"] == "actions" for el in b["elements"]
                  if el["action_id"].startswith("phi.override"))
    assert "Not identifiers" in json.dumps(button) and VOUCHED not in button["value"]
    await slack.click("phi.override", button["value"])
    await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    assert VOUCHED in json.dumps(model.requests), "the vouched words reach the model as typed"
    async with slack.svc.db.session() as s:
        rows = (await s.execute(select(AuditEntry).where(AuditEntry.action == "phi.override"))).scalars().all()
    assert len(rows) == 1 and json.loads(rows[0].detail)["categories"] == ["DATE"]
    assert VOUCHED not in rows[0].detail
    metrics = await (await slack.client.get("/metrics")).text()
    assert 'clinibot_phi_overrides_total{category="DATE"} 1' in metrics
    assert 'clinibot_phi_decisions_total{decision="override"} 1' in metrics
    assert 'clinibot_phi_decisions_total{decision="warn"} 1' in metrics
    logs = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert VOUCHED not in logs
    # the token is single-use: a second click (a Slack retry, a forged value) sends nothing more
    sent = len(model.requests)  # the fields extraction (and its re-ask) and the draft itself
    await slack.click("phi.override", button["value"])
    expired = await slack.api.wait_for("chat.postEphemeral", 2)
    assert "expired" in json.dumps(expired[-1])
    await slack.settle()
    assert len(model.requests) == sent
