"""Ledger: credit flows from passed + attested tracks and reflected cycles, exactly once."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cme.ledger import TrackCompletion
from tests.cme.cme_helpers import T0, Clock, attempt, finish_track, make_ledger
from storage.db import Database
from storage.models.cme import CmeAttempt, CreditAward
from storage.repos.cme import CmeRepo


async def award_count(db) -> int:
    async with db.session() as s:
        return (await s.execute(select(func.count()).select_from(CreditAward))).scalar_one()


async def test_track_award_needs_pass_and_attestation(db):
    ledger = make_ledger(db)
    # Three of four modules passed, one failed: no claim, no credit.
    for m in ("f01", "f02", "f03"):
        await ledger.record_completion(attempt("U1", m))
    await ledger.record_completion(attempt("U1", "f04", passed=False, score=0.5))
    claim = await ledger.track_completed(TrackCompletion("U1", "slack", "foundations", ("f01", "f02", "f03", "f04"), T0))
    assert not claim.eligible and "f04" in claim.reason and claim.claim_id is None
    # Retake passes: a claim awaits attestation, still no award.
    await ledger.record_completion(attempt("U1", "f04", attempt_no=2, minutes=45))
    claim = await ledger.track_completed(TrackCompletion("U1", "slack", "foundations", ("f01", "f02", "f03", "f04"), T0))
    assert claim.eligible and claim.credits == Decimal("3.75")  # 3*60 + 45 minutes = 3.75 h
    assert claim.attestation_text == ("I claim 3.75 AMA PRA Category 1 Credit(s)™, commensurate with the extent of "
                                      "my participation.")
    assert await award_count(db) == 0
    with pytest.raises(PermissionError):
        await ledger.attest(claim.claim_id, "U2", "slack")
    award = await ledger.attest(claim.claim_id, "U1", "slack")
    assert award.amount == Decimal("3.75") and award.attestation_text == claim.attestation_text
    assert award.attestation_version == ledger.config.attestation_version and award.attested_at == T0
    assert award.source_attempt_id is not None and award.source_cycle_id is None
    # Attesting again (double click, retried delivery) returns the same award.
    again = await ledger.attest(claim.claim_id, "U1", "slack")
    assert again.id == award.id and await award_count(db) == 1


async def test_cap_applies_to_claimed_minutes(db):
    ledger = make_ledger(db)
    claim = await finish_track(ledger, "U1", minutes_each=90)  # 6 h claimed, 4.00 designated
    assert claim.credits == Decimal("4.00")


async def test_duplicate_events_are_no_ops(db):
    ledger = make_ledger(db)
    rec = attempt("U1", "f01")
    a1 = await ledger.record_completion(rec)
    a2 = await ledger.record_completion(rec)
    assert a1.id == a2.id
    c1 = await finish_track(ledger, "U1")
    c2 = await finish_track(ledger, "U1")
    assert c1.claim_id == c2.claim_id
    async with db.session() as s:
        assert (await s.execute(select(func.count()).select_from(CmeAttempt))).scalar_one() == 4


async def test_poc_cycles(db):
    clock = Clock()
    ledger = make_ledger(db, clock)
    src = [{"url": "https://www.nice.org.uk/guidance/ng136", "title": "Hypertension in adults"}]
    c1 = await ledger.open_cycle("U1", "slack", "First-line drug for stage 1 hypertension in a 45-year-old?", src)
    r = await ledger.complete_cycle(c1, "changed", "Will start with an ACE inhibitor")
    assert r.credited and r.credit == Decimal("0.50")
    assert (await ledger.complete_cycle(c1, "changed", "Will start with an ACE inhibitor")).award_id == r.award_id
    assert (await ledger.complete_cycle(c1, "confirmed", "Something else")).award_id == r.award_id  # once per cycle
    # The same question searched again with the same reflection: nothing.
    c2 = await ledger.open_cycle("U1", "slack", "first-line drug for stage 1 hypertension in a 45-year-old?  ", src)
    r2 = await ledger.complete_cycle(c2, "changed", "will start with an ACE inhibitor")
    assert not r2.credited and r2.credit == 0
    # A search with no reflection earns nothing; a new application does.
    await ledger.open_cycle("U1", "slack", "Another question never reflected on", src)
    c3 = await ledger.open_cycle("U1", "slack", "First-line drug for stage 1 hypertension in a 45-year-old?", src)
    r3 = await ledger.complete_cycle(c3, "confirmed", "Confirmed my current approach")
    assert r3.credited
    with pytest.raises(ValueError):
        await ledger.complete_cycle(c3, "maybe")
    learner = await ledger.learner("U1", "slack")
    totals = await CmeRepo(db).totals(learner.id, 2026)
    assert [(t.activity_id, t.total) for t in totals] == [("poc", Decimal("1.00"))]
    award = await ledger.reverse(r.award_id, reason="duplicate entry", actor="slack:EDU")
    assert award.amount == Decimal("-0.50")
    assert (await ledger.reverse(r.award_id, reason="again", actor="slack:EDU")).id == award.id


async def test_poc_yearly_cap(db):
    ledger = make_ledger(db, poc_yearly_cap=Decimal("1.25"))
    got = []
    for i in range(4):
        cid = await ledger.open_cycle("U1", "slack", f"Question {i}", [])
        got.append((await ledger.complete_cycle(cid, "changed", f"Application {i}")).credit)
    assert got == [Decimal("0.50"), Decimal("0.50"), Decimal("0.25"), Decimal("0")]


async def test_corrections_are_reversing_entries(db):
    ledger = make_ledger(db)
    claim = await finish_track(ledger, "U1", minutes_each=45)  # 3.00
    award = await ledger.attest(claim.claim_id, "U1", "slack")
    reversal, replacement = await ledger.correct(award.id, Decimal("3.50"), reason="minutes under-recorded",
                                                 actor="slack:EDU")
    assert reversal.amount == Decimal("-3.00") and reversal.reverses_award_id == award.id
    assert replacement.amount == Decimal("3.50")
    repo = CmeRepo(db)
    learner = await ledger.learner("U1", "slack")
    lines = await repo.transcript(learner.id)
    assert [(x.credits, x.award_uuid) for x in lines] == [(Decimal("3.50"), replacement.award_uuid)]
    # Rows are immutable: the ORM refuses an update.
    async with db.session() as s:
        row = await s.get(CreditAward, award.id)
        row.amount_hundredths = 1
        with pytest.raises(RuntimeError, match="append-only"):
            await s.flush()
        await s.rollback()
    assert await award_count(db) == 3


async def test_two_concurrent_workers_award_once(db_url):
    """Two processes' worth of engines on one database replay the same events at the same time."""
    dbs = [Database(db_url), Database(db_url)]
    await dbs[0].create_all()
    try:
        ledgers = [make_ledger(d) for d in dbs]
        await ledgers[0].sync_activities()
        users = [f"U{i}" for i in range(6)]

        async def worker(ledger):
            for u in users:
                claim = await finish_track(ledger, u)
                await ledger.attest(claim.claim_id, u, "slack")
                cid_q = f"What is the target HbA1c for {u}?"
                cid = await ledger.open_cycle(u, "slack", cid_q, [])
                await ledger.complete_cycle(cid, "changed", "Individualise the target")

        await asyncio.gather(worker(ledgers[0]), worker(ledgers[1]), worker(ledgers[0]))
        async with dbs[0].session() as s:
            per_kind = dict((await s.execute(select(CreditAward.activity_id, func.count())
                                              .group_by(CreditAward.activity_id))).all())
            attempts = (await s.execute(select(func.count()).select_from(CmeAttempt))).scalar_one()
        assert per_kind == {"foundations": len(users), "poc": len(users)}
        assert attempts == 4 * len(users)
    finally:
        for d in dbs:
            await d.dispose()
