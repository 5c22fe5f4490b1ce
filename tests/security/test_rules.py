"""The security rules on their own: origins for response_url, dedupe keys for replays, which audit
details are scrubbed, spreadsheet cells, and the keyed audit chain on both database backends."""
from __future__ import annotations

import asyncio
import json

from sqlalchemy import delete, update

from bot.adapters.slack import dedupe_keys, response_url_allowed
from bot.audit import GENESIS, AuditLog, entry_hash, scrub_detail
from bot.core.spreadsheet import safe_cell
from bot.settings import Settings
from storage.models.core import AuditEntry

SLACK = ("https://hooks.slack.com", "https://*.slack.com")


def test_response_urls_only_on_the_allowed_origins():
    assert response_url_allowed("https://hooks.slack.com/commands/T1/1/abc", SLACK)
    assert response_url_allowed("https://hooks.eu.slack.com/actions/x", SLACK)
    for url in ("http://hooks.slack.com/commands/x", "https://slack.com.evil.example/x", "https://evilslack.com/x",
                "https://hooks.slack.com:8443/x", "https://user@hooks.slack.com/x", "file:///etc/passwd",
                "https://slack.com/", "not a url", "https://[::1/x"):
        assert not response_url_allowed(url, SLACK), url
    assert Settings.from_env({}).slack_response_url_hosts == SLACK
    local = Settings.from_env({"CLINIBOT_SLACK_RESPONSE_URL_HOSTS": "http://127.0.0.1:8123/"}).slack_response_url_hosts
    assert response_url_allowed("http://127.0.0.1:8123/response_url/U1", local)
    assert not response_url_allowed("http://127.0.0.1:8124/response_url/U1", local)


def test_replays_share_a_key_and_new_invocations_do_not():
    cmd = {"command": "/draft", "text": "referral x", "user_id": "U1", "team_id": "T1", "channel_id": "C1",
           "trigger_id": "t.1"}
    assert dedupe_keys(cmd) == dedupe_keys(dict(cmd)) and dedupe_keys(cmd)[0].startswith("slack:command:")
    assert dedupe_keys(cmd) != dedupe_keys({**cmd, "trigger_id": "t.2"})
    click = {"type": "block_actions", "user": {"id": "U1"}, "team": {"id": "T1"}, "trigger_id": "t.9",
             "actions": [{"action_id": "draft.approve#0", "action_ts": "1.5", "value": "3"}]}
    assert dedupe_keys(click) == dedupe_keys(json.loads(json.dumps(click)))
    assert dedupe_keys(click) != dedupe_keys({**click, "trigger_id": "t.10"})
    assert dedupe_keys({"type": "event_callback", "event_id": "Ev1", "event": {"type": "message"}}) == ["slack:event:Ev1"]


def test_audit_details_scrub_free_text_but_keep_hashes_and_urls():
    def scrub(text: str) -> str:
        return "[SCRUBBED]"

    sha = "a" * 64
    out = json.loads(scrub_detail({"sha256": sha, "sources": ["https://pubmed.ncbi.nlm.nih.gov/123/"],
                                   "reason": "Mr Okafor asked", "skill": "referral", "version": 2,
                                   "note": "anything"}, scrub))
    assert out == {"sha256": sha, "sources": ["https://pubmed.ncbi.nlm.nih.gov/123/"], "reason": "[SCRUBBED]",
                   "skill": "referral", "version": 2, "note": "[SCRUBBED]"}
    # a structured key holding free text is still scrubbed
    assert json.loads(scrub_detail({"skill": "Mr Okafor, 12 Elm Street"}, scrub))["skill"] == "[SCRUBBED]"


def test_spreadsheet_cells_never_start_a_formula():
    for raw in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"):
        assert safe_cell(raw) == "'" + raw
    assert safe_cell("-1.5") == "-1.5" and safe_cell("Smith") == "Smith" and safe_cell(None) == ""


async def test_keyed_chain_catches_truncation_and_rewrites(db, tmp_path):
    key, checkpoints = b"k" * 32, tmp_path / "checkpoints.jsonl"
    log = AuditLog(db, lambda t: t, key=key, checkpoint_file=checkpoints)
    for i in range(5):
        await log.record("u", "x", str(i), {"n": i})
    ok = await log.verify()
    assert ok.ok and ok.entries == 5 and any("checkpoints match" in p for p in ok.proved) and not ok.unproved
    # without a key it says what it could not prove
    plain = await AuditLog(db, lambda t: t).verify()
    assert plain.ok and any("no audit key" in u for u in plain.unproved)
    entries = await log.entries()
    # delete the newest entries and recompute its hash (and the next link): the MAC gives it away
    async with db.session() as s:
        await s.execute(delete(AuditEntry).where(AuditEntry.id >= entries[3].id))
    cut = await log.verify()
    assert not cut.ok and "newest entries were removed" in cut.problem
    # rewrite an entry and recompute its hash (and the next link): the MAC gives it away
    async with db.session() as s:
        first = entries[0]
        digest = entry_hash(GENESIS, first.at, "someone-else", first.action, first.subject, first.detail)
        await s.execute(update(AuditEntry).where(AuditEntry.id == entries[1].id).values(prev_hash="moved"))
        await s.execute(update(AuditEntry).where(AuditEntry.id == first.id).values(actor="someone-else", hash=digest))
        await s.execute(update(AuditEntry).where(AuditEntry.id == entries[1].id).values(prev_hash=digest))
    forged = await log.verify()
    assert not forged.ok and forged.first_broken_id == first.id and "MAC" in forged.problem


async def test_keyed_writers_in_two_processes_never_fork(db, tmp_path):
    from storage.db import Database

    other = Database(db.url)
    try:
        logs = [AuditLog(d, lambda t: t, key=b"k" * 32, checkpoint_file=tmp_path / "c.jsonl") for d in (db, other)]
        await asyncio.gather(*(logs[i % 2].record("u", "x", str(i)) for i in range(20)))
        result = await logs[0].verify()
        assert result.ok and result.entries == 20
    finally:
        await other.dispose()
