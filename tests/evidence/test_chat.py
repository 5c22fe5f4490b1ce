"""/evidence end to end: cited answer in Slack and the console, and the reflection that completes
a point-of-care learning cycle (credited once by the CME ledger)."""
import json

from sqlalchemy import select


def _blocks(call) -> str:
    return json.dumps(call.get("blocks")) + call.get("text", "")


async def test_evidence_in_slack_with_citations_and_reflection(slack):
    await slack.command("/evidence", "colorectal cancer screening age")
    [post] = await slack.api.wait_for("chat.postMessage", timeout=60)
    body = _blocks(post)
    assert "[1]" in body and "AI support, not a clinical decision" in body
    assert "https://" in body
    blocks = json.loads(post["blocks"]) if isinstance(post["blocks"], str) else post["blocks"]
    buttons = {el["action_id"].split("#")[0]: el["value"] for b in blocks if b["type"] == "actions"
               for el in b["elements"]}
    assert "evidence.reflect" in buttons
    value = next(el["value"] for b in blocks if b["type"] == "actions" for el in b["elements"]
                 if el["action_id"].startswith("evidence.reflect") and el["value"].endswith(":changed"))
    await slack.click("evidence.reflect", value, message_ts=post.get("ts", "1"))
    [confirm] = await slack.api.wait_for("chat.postEphemeral")
    assert "0.5" in confirm["text"]
    # the same click again (a double click) credits nothing more
    await slack.click("evidence.reflect", value, message_ts=post.get("ts", "1"))
    await slack.api.wait_for("chat.postEphemeral", 2)
    from storage.models.cme import CmeCycle, CreditAward

    async with slack.svc.db.session() as s:
        cycles = list((await s.execute(select(CmeCycle))).scalars())
        awards = list((await s.execute(select(CreditAward))).scalars())
    assert len(cycles) == 1 and cycles[0].completed_at is not None
    assert len(awards) == 1


async def test_search_without_reflection_earns_nothing_and_someone_else_cannot_reflect(slack):
    await slack.command("/evidence", "statin primary prevention")
    [post] = await slack.api.wait_for("chat.postMessage", timeout=60)
    blocks = json.loads(post["blocks"]) if isinstance(post["blocks"], str) else post["blocks"]
    value = next(el["value"] for b in blocks if b["type"] == "actions" for el in b["elements"]
                 if el["action_id"].startswith("evidence.reflect"))
    await slack.click("evidence.reflect", value, user="USOMEONEELSE")
    [refused] = await slack.api.wait_for("chat.postEphemeral")
    assert "Only the clinician who asked" in refused["text"]
    from storage.models.cme import CreditAward

    async with slack.svc.db.session() as s:
        assert not list((await s.execute(select(CreditAward))).scalars())


async def test_evidence_in_the_console_and_usage(bot):
    [reply] = await bot.run("/evidence aspirin for preeclampsia prevention")
    text = reply.plain_text()
    assert "[1]" in text and "AI support, not a clinical decision" in text
    [usage] = await bot.run("/evidence")
    assert "Usage" in usage.text


async def test_reflection_with_a_note_through_the_console_form(bot):
    await bot.run("/evidence influenza vaccination in pregnancy")
    note = next(i for i, (b, _, _) in enumerate(bot.console.buttons) if b.action_id == "evidence.note")
    await bot.run(f":{note + 1}")  # the form is answered from its defaults on a non-interactive console
    assert "Recorded" in bot.text() and "0.5" in bot.text()


import pytest  # noqa: E402


@pytest.fixture
async def eutils():
    from tests.fakes.eutils_server import EUtilsServer

    server = await EUtilsServer().start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def settings_env(eutils):
    return {"CLINIBOT_PUBMED": "true", "CLINIBOT_PUBMED_URL": eutils.base_url, "NCBI_EMAIL": "it@example.org"}


async def test_pubmed_results_join_the_local_ones_through_slack(slack, eutils):
    await slack.command("/evidence", "statin primary prevention")
    [post] = await slack.api.wait_for("chat.postMessage", timeout=60)
    assert "pubmed.ncbi.nlm.nih.gov" in _blocks(post)
    paths = [r.path for r in eutils.requests]
    assert any("esearch" in p for p in paths) and any("efetch" in p for p in paths)
    assert all(r.query.get("email") == "it@example.org" and r.query.get("tool") for r in eutils.requests)


async def test_pubmed_outage_degrades_to_the_local_index_with_a_notice(slack, eutils):
    eutils.mode = "500"
    await slack.command("/evidence", "statin primary prevention")
    [post] = await slack.api.wait_for("chat.postMessage", timeout=60)
    body = _blocks(post)
    assert "unavailable" in body.lower() and "[1]" in body


def test_evidence_cli_search_json(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    env = {**os.environ, "CLINIBOT_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "evidence", "search", "hepatitis C screening", "--json",
                          "-k", "3"], capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "hepatitis" in out.stdout.lower() and "https://" in out.stdout


async def test_a_hospitals_own_corpus_is_what_evidence_then_searches(bot, tmp_path):
    """`clinibot evidence index --corpus FILE` builds the custom index; /evidence answers from it."""
    from bot.evidence.chat import cli

    corpus = tmp_path / "hospital.jsonl"
    corpus.write_text(json.dumps({
        "id": "hosp-vte-001", "title": "Inpatient VTE prophylaxis protocol",
        "text": "Our hospital protocol gives enoxaparin prophylaxis to medical inpatients at high VTE risk "
                "unless bleeding risk is high; mechanical prophylaxis is used when anticoagulation is contraindicated.",
        "url": "https://intranet.example.org/protocols/vte", "source": "Example Hospital P&T Committee",
        "published": "2025"}) + "\n")
    assert cli(["index", "--corpus", str(corpus)], settings=bot.svc.settings) == 0
    [reply] = await bot.run("/evidence VTE prophylaxis protocol for medical inpatients")
    assert "intranet.example.org/protocols/vte" in reply.plain_text()
