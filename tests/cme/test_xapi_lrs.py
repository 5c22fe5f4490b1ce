"""xAPI statements posted to a real Ralph LRS and read back: verbs, cmi5 context, credits, no duplicates."""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import aiohttp
from aiohttp import web
from sqlalchemy import delete, func, select

from cme.config import LrsConfig
from cme.exporters import EXPORTERS, ExportRequest
from cme.exporters.xapi import (CMI5_CATEGORY, EXT_MASTERY, EXT_SESSION, MOVEON_CATEGORY, LrsClient,
                                send_statements)
from cme.ledger import TrackCompletion
from tests.cme.cme_helpers import T0, attempt, make_ledger
from storage.models.cme import XapiSent

MODULES = ("f01", "f02")


def lrs_config(ralph, **kw) -> LrsConfig:
    return LrsConfig(url=ralph.url, username=ralph.username, password=ralph.password, **kw)


async def seed(ledger, user: str):
    await ledger.record_completion(attempt(user, "f01", passed=False, score=0.5))
    await ledger.record_completion(attempt(user, "f01", attempt_no=2, start=T0 + timedelta(hours=1)))
    await ledger.record_completion(attempt(user, "f02", start=T0 + timedelta(hours=3)))
    claim = await ledger.track_completed(TrackCompletion(user, "slack", "foundations", MODULES, T0 + timedelta(hours=4)))
    award = await ledger.attest(claim.claim_id, user, "slack")
    cid = await ledger.open_cycle(user, "slack", "Which anticoagulant after a provoked DVT?",
                                  [{"url": "https://example.org/guideline", "title": "Guideline"}])
    cycle = await ledger.complete_cycle(cid, "confirmed", "")
    return award, cycle


async def test_statements_reach_ralph_once(db, ralph, tmp_path):
    user = f"U{uuid.uuid4().hex[:10]}"  # unique: the LRS is shared by the whole test session
    ledger = make_ledger(db)
    ledger.config = replace(ledger.config, lrs=lrs_config(ralph, batch_size=7))
    award, cycle = await seed(ledger, user)
    enrolment = await ledger.enrol(user, "slack", "foundations")

    report = await send_statements(db, ledger.config, None, None)
    # 3 attempts x (attempted + 8 answered + passed/failed) + 2 modules completed + track + PoC completed
    assert report.sent == 3 * 10 + 2 + 2 and report.batches == 5 and report.skipped == 0

    client = LrsClient(ledger.config.lrs)
    try:
        got = await client.get(registration=enrolment.registration, limit="500")
        assert len(got) == 33  # every track statement shares the enrolment's registration
        verbs = sorted(s["verb"]["id"].rsplit("/", 1)[1] for s in got)
        assert verbs.count("answered") == 24 and verbs.count("attempted") == 3
        assert verbs.count("failed") == 1 and verbs.count("passed") == 2 and verbs.count("completed") == 3
        for s in got:
            assert s["actor"]["account"] == {"homePage": "https://slack.com", "name": user}
            assert "mbox" not in s["actor"]
            cats = [c["id"] for c in s["context"]["contextActivities"]["category"]]
            assert CMI5_CATEGORY in cats
        failed = next(s for s in got if s["verb"]["id"].endswith("/failed"))
        assert failed["result"]["score"]["scaled"] == 0.5 and failed["result"]["success"] is False
        assert failed["result"]["duration"] == "PT1H"
        assert failed["context"]["extensions"][EXT_MASTERY] == 0.75 and EXT_SESSION in failed["context"]["extensions"]
        answered = next(s for s in got if s["verb"]["id"].endswith("/answered"))
        assert answered["object"]["definition"]["interactionType"] == "choice"
        assert answered["context"]["contextActivities"]["parent"][0]["id"].endswith("/quiz/f01")
        modules_done = [s for s in got if s["verb"]["id"].endswith("/completed") and "/module/" in s["object"]["id"]]
        assert sorted(s["object"]["id"].rsplit("/", 1)[1] for s in modules_done) == ["f01", "f02"]
        assert all(s["result"] == {"completion": True, "duration": "PT1H"} for s in modules_done)
        done = next(s for s in got if s["verb"]["id"].endswith("/completed") and "/track/" in s["object"]["id"])
        home = ledger.config.provider.xapi_homepage
        assert Decimal(str(done["result"]["extensions"][f"{home}/xapi/ext/cme-credits"])) == award.amount
        assert done["result"]["extensions"][f"{home}/xapi/ext/credit-type"] == "AMA_PRA_1"
        assert MOVEON_CATEGORY in [c["id"] for c in done["context"]["contextActivities"]["category"]]

        # Sending again posts nothing; forgetting what was sent and resending stores no duplicates.
        again = await send_statements(db, ledger.config, None, None)
        assert again.sent == 0 and again.skipped == 34
        async with db.session() as s:
            await s.execute(delete(XapiSent))
        resent = await send_statements(db, ledger.config, None, None)
        assert resent.sent == 34
        assert len(await client.get(registration=enrolment.registration, limit="500")) == 33
        from cme.exporters.xapi import statement_id
        poc_id = statement_id(f"completed:{(await _award_key(db, cycle.award_id))}")
        [poc] = await client.get(statementId=poc_id)
        assert poc["object"]["definition"]["type"].endswith("/poc-cycle")
        assert poc["result"]["extensions"][f"{home}/xapi/ext/cme-credits"] == 0.5
    finally:
        await client.close()


async def _award_key(db, award_id: int) -> str:
    from storage.models.cme import CreditAward
    async with db.session() as s:
        return (await s.get(CreditAward, award_id)).idempotency_key


async def test_batches_are_retried(db, ralph, tmp_path):
    """A flaky proxy in front of Ralph answers 503 twice; the sender retries and nothing is lost."""
    user = f"R{uuid.uuid4().hex[:10]}"
    calls = {"n": 0}

    async def proxy(request: web.Request) -> web.StreamResponse:
        calls["n"] += 1
        if calls["n"] <= 2:
            return web.Response(status=503, text="try later")
        async with aiohttp.ClientSession() as s:
            async with s.request(request.method, ralph.url + "/statements/", data=await request.read(),
                                 headers={k: v for k, v in request.headers.items() if k.lower() != "host"}) as r:
                return web.Response(status=r.status, body=await r.read(), content_type="application/json")

    app = web.Application()
    app.router.add_route("*", "/xAPI/statements/", proxy)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        ledger = make_ledger(db)
        cfg = lrs_config(ralph, batch_size=100, backoff=0.01)
        ledger.config = replace(ledger.config, lrs=replace(cfg, url=f"http://127.0.0.1:{port}/xAPI"))
        await seed(ledger, user)
        result = await EXPORTERS["xapi"](ExportRequest(db, ledger.config, date(2026, 12, 1), date(2026, 12, 31),
                                                       issued=date(2026, 12, 10)))
        assert "34 xAPI statement(s) sent" in result.summary and calls["n"] == 3
        async with db.session() as s:
            assert (await s.execute(select(func.count()).select_from(XapiSent))).scalar_one() == 34
        enrolment = await ledger.enrol(user, "slack", "foundations")
        client = LrsClient(lrs_config(ralph))
        try:
            assert len(await client.get(registration=enrolment.registration, limit="500")) == 33
        finally:
            await client.close()
    finally:
        await runner.cleanup()
