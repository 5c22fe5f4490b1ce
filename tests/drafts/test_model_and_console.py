"""Drafting through the fake OpenAI-compatible server: outages give a clear message and leave no
half-written draft; the console asks for missing fields in turn; the audit CLI finds tampering."""
import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select, update

from storage.models.core import AuditEntry, Draft
from tests.conftest import REPO_ROOT, model_env

TEXT = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: cardiology; "
        "urgency: routine; reason: exertional chest tightness for 6 weeks; clinical question: stress test or CT "
        "angiography?; history: hypertension; medications: lisinopril 20 mg daily; allergies: none known")


@pytest.fixture
def model(fake_model):
    return fake_model


@pytest.fixture
def settings_env(model):
    return model_env(model, CLINIBOT_LLM_TIMEOUT="1")


async def _drafts(svc) -> int:
    async with svc.db.session() as s:
        return (await s.execute(select(func.count()).select_from(Draft))).scalar()


async def test_draft_through_the_model_names_it_and_sends_store_false(slack, model):
    await slack.command("/draft", TEXT)
    [post] = await slack.api.wait_for("chat.postMessage", timeout=30)
    assert "fake-model" in json.dumps(post)
    body = model.requests[-1]
    assert body["store"] is False and body["model"] == "fake-model"


@pytest.mark.parametrize("failure", ["timeout", "500"])
async def test_model_outage_gives_a_clear_message_and_no_draft(slack, model, failure):
    if failure == "timeout":
        model.set_latency(5)
    else:
        model.fail_next(500, n=10)
    await slack.command("/draft", TEXT)
    [eph] = await slack.api.wait_for("chat.postEphemeral", timeout=60)
    assert "nothing was saved" in eph["text"].lower() or "try again" in eph["text"].lower()
    assert not slack.api.of("chat.postMessage") and await _drafts(slack.svc) == 0
    assert len(await slack.svc.audit.entries("draft.failed")) == 1


def test_console_asks_for_missing_fields_in_turn(tmp_path):
    from bot.skills import SKILLS

    skill = SKILLS["referral"]
    given: dict[str, str] = {}
    answers = [("62-year-old woman" if f.name == "patient" else f.choices[0] if f.choices
                else "knee pain for 3 months" if f.name == "reason" else f"answer for {f.name}")
               for f in skill.fields]
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'c.db'}",
           "CLINIBOT_DATA_DIR": str(tmp_path / "data")}
    script = "/draft referral\n" + "\n".join(answers) + "\n"  # an empty request: the fields are asked in turn
    out = subprocess.run([sys.executable, "-m", "bot.cli", "console"], input=script, capture_output=True, text=True,
                         env=env, cwd=REPO_ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    for f in skill.fields:
        if not given.get(f.name):
            assert f.label in out.stdout
    assert "DRAFT: needs clinician review" in out.stdout and "knee pain" in out.stdout


async def test_audit_verify_cli_names_the_broken_entry(sqlite_url, tmp_path):
    db_url = sqlite_url
    from bot.audit import AuditLog
    from storage.db import Database

    db = Database(db_url)
    await db.create_all()
    log = AuditLog(db, scrub=lambda t: t)
    for i in range(4):
        await log.record("slack:U1", "draft.created", f"draft:{i}")
    env = {**os.environ, "DATABASE_URL": db_url}
    ok = subprocess.run([sys.executable, "-m", "bot.cli", "audit", "verify"], capture_output=True, text=True,
                        env=env, cwd=REPO_ROOT, timeout=120)
    assert ok.returncode == 0 and "intact: 4 entries" in ok.stdout
    entries = await log.entries()
    async with db.session() as s:
        await s.execute(update(AuditEntry).where(AuditEntry.id == entries[1].id).values(subject="draft:99"))
    await db.dispose()
    bad = subprocess.run([sys.executable, "-m", "bot.cli", "audit", "verify"], capture_output=True, text=True,
                         env=env, cwd=REPO_ROOT, timeout=120)
    assert bad.returncode == 1 and f"BROKEN at entry {entries[1].id}" in bad.stdout
