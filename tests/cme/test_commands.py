"""`/cme` through the console adapter: credits, attestation, transcript, educator-only exports and links."""
from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import pytest

from cme.commands import get_ledger
from cme.ledger import CompletionRecord, LearnerIds, TrackCompletion

MODULES = ("f01", "f02", "f03", "f04")


@pytest.fixture
def settings_env() -> dict:
    return {"CLINIBOT_EDUCATORS": "EDU1"}


async def complete_track(svc, user: str, minutes: float = 60):
    led = get_ledger(svc)
    now = svc.clock()
    for i, m in enumerate(MODULES):
        await led.record_completion(CompletionRecord(user, "console", "foundations", m, minutes, 0.875, True, 1,
                                                     now - timedelta(hours=8 - i), now - timedelta(hours=7 - i),
                                                     [{"item_id": f"{m}/q1", "response": "A", "correct": True}]))
    return await led.track_completed(TrackCompletion(user, "console", "foundations", MODULES, now))


async def test_learner_claims_and_sees_credit(bot):
    claim = await complete_track(bot.svc, "L1")
    replies = await bot.run("/cme me", user="L1")
    assert "No CME credit recorded yet" in replies[0].plain_text()
    prompt = replies[1]
    assert prompt.buttons[0].action_id == "cme.attest" and prompt.buttons[0].value == str(claim.claim_id)
    assert ("I claim 4.00 AMA PRA Category 1 Credit(s)™, commensurate with the extent of my participation."
            in prompt.plain_text())
    # Another user pressing the button is refused; the learner's press awards the credit.
    bot.console.actor = bot.console.actor.__class__(user_id="L2", platform="console")
    [refused] = await bot.console.dispatcher.action(_press(bot, prompt, "L2"))
    assert "Only the learner" in refused.text
    [done] = await bot.console.dispatcher.action(_press(bot, prompt, "L1"))
    assert done.title == "CME credit awarded" and "4.00" in done.text and "Verification ID" in done.context[0]
    replies = await bot.run("/cme me", user="L1")
    assert len(replies) == 1
    text = replies[0].plain_text()
    assert "*4.00* AMA PRA Category 1 Credits™ in 2026" in text and "Clinical AI Foundations: 4.00 this year" in text

    [pdf_reply] = await bot.run("/cme transcript 2026", user="L1")
    assert pdf_reply.where == "dm" and pdf_reply.file.mimetype == "application/pdf"
    pdf_text = pypdf.PdfReader(io.BytesIO(pdf_reply.file.content)).pages[0].extract_text()
    lines = pdf_text.splitlines()
    assert lines[lines.index("Total") + 1].strip() == "4.00"
    entries = await bot.svc.audit.entries("cme.attested")
    assert len(entries) == 1 and '"credits": "4.00"' in entries[0].detail


def test_periods():
    from datetime import date

    from cme.commands import parse_export_args, parse_period

    assert parse_period("2026-02", end=True) == date(2026, 2, 28)
    assert parse_period("2024-02", end=True) == date(2024, 2, 29)
    assert parse_period("2026-Q3") == date(2026, 7, 1) and parse_period("2026-q3", end=True) == date(2026, 9, 30)
    assert parse_export_args(["2026", "--format", "pdf"]) == (date(2026, 1, 1), date(2026, 12, 31), "pdf")
    assert parse_export_args(["2026-01-15", "2026-03"]) == (date(2026, 1, 15), date(2026, 3, 31), "csv")


def _press(bot, reply, user):
    from bot.core.events import Action, Actor

    b = reply.buttons[0]
    return Action(action_id=b.action_id, value=b.value, actor=Actor(user_id=user, platform="console"))


async def test_exports_are_for_educators_only(bot):
    claim = await complete_track(bot.svc, "L1")
    led = get_ledger(bot.svc)
    await led.attest(claim.claim_id, "L1", "console")
    await led.update_learner("L1", "console", LearnerIds(first_name="Dana", last_name="Reyes", dob_month=5, dob_day=17,
                                                         npi="1234567893", consent_board_reporting=True))
    [refused] = await bot.run("/cme export --format csv", user="L2")
    assert "Only educators" in refused.text
    [refused2] = await bot.run("/cme dashboard", user="L2")
    assert "Only educators" in refused2.text
    audits = await bot.svc.audit.entries("cme.refused")
    assert [e.subject for e in audits] == ["export", "dashboard"] and audits[0].actor == "console:L2"

    replies = await bot.run("/cme export 2026-01 2026-Q4 --format csv", user="EDU1")
    assert "1 completion row(s) exported" in replies[0].text and replies[0].where == "dm"
    body = replies[1].file.content.decode()
    assert body.split("\r\n")[1] == "CB-FND-2026,Dana,Reyes,5,17,1234567893,,,,,11/27/2026,4.00,,,add"
    [summary, tsv] = await bot.run("/cme export --format=tsv", user="EDU1")
    assert tsv.file.filename.endswith(".txt") and "\t" in tsv.file.content.decode()
    [summary, pdf] = await bot.run("/cme export --format pdf", user="EDU1")
    assert pdf.file.content.startswith(b"%PDF")
    [bad] = await bot.run("/cme export 2026-13", user="EDU1")
    assert "is not a period" in bad.text and "Usage" in bad.text
    [none, _empty] = await bot.run("/cme export 2025", user="EDU1")  # a single period: just that year
    assert "0 completion row(s) exported" in none.text
    [bad] = await bot.run("/cme export --format docx", user="EDU1")
    assert "Unknown format" in bad.text
    [xapi] = await bot.run("/cme export --format xapi", user="EDU1")
    assert "failed" in xapi.text and "CLINIBOT_LRS_URL" in xapi.text  # no LRS configured here


async def test_dashboard_link_in_dm(bot):
    [reply] = await bot.run("/cme dashboard", user="EDU1")
    assert reply.where == "dm" and "/cme/dashboard/login?t=" in reply.text
    url = reply.text.split("(", 1)[1].rstrip(")")
    assert "EDU1" not in url and "console" not in url
