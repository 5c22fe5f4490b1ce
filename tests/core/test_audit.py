import asyncio

from sqlalchemy import update

from bot.audit import AuditLog
from storage.models.core import AuditEntry


def scrub(text: str) -> str:
    return text.replace("Okafor", "[NAME-1]")


async def test_chain_verifies_and_detects_tampering(db):
    log = AuditLog(db, scrub)
    for i in range(5):
        await log.record("slack:U1", "draft.created", f"draft:{i}", {"skill": "referral", "note": "Mr. Okafor"})
    ok = await log.verify()
    assert ok.ok and ok.entries == 5
    entries = await log.entries()
    assert all("Okafor" not in e.detail for e in entries)  # details pass the PHI scrubber
    async with db.session() as s:
        await s.execute(update(AuditEntry).where(AuditEntry.id == entries[2].id).values(action="draft.approved"))
    bad = await log.verify()
    assert not bad.ok and bad.first_broken_id == entries[2].id and "altered" in bad.problem


async def test_deleting_an_entry_breaks_the_link(db):
    log = AuditLog(db, scrub)
    for i in range(3):
        await log.record("u", "x", str(i))
    entries = await log.entries()
    async with db.session() as s:
        await s.delete(await s.get(AuditEntry, entries[1].id))
    bad = await log.verify()
    assert not bad.ok and bad.first_broken_id == entries[2].id


async def test_concurrent_writers_never_fork_the_chain(db):
    from storage.db import Database

    other_db = Database(db.url)  # a second worker process has its own engine and its own lock
    try:
        logs = [AuditLog(db, scrub), AuditLog(other_db, scrub)]
        await asyncio.gather(*(logs[i % 2].record("u", "x", str(i)) for i in range(20)))
        result = await logs[0].verify()
        assert result.ok and result.entries == 20
    finally:
        await other_db.dispose()
