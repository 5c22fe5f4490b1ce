"""The educator dashboard: one-time links, sessions, pages and the CSV, in aiohttp and headless Chromium."""
from __future__ import annotations

import asyncio
import re
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import aiohttp

from tests.curriculum.conftest import FIXTURE_CONTENT
import pytest
from aiohttp.test_utils import TestServer

from tests.conftest import Clock, skip_or_fail
from tests.web.cdp import Browser, find_chromium

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
MODULES = ("f01", "f02", "f03", "f04")


@dataclass
class Dash:
    svc: object
    clock: Clock
    base: str
    names: dict

    async def link(self, user: str = "EDU1") -> str:
        from bot.core.events import Actor, Command
        from cme.commands import cme_dashboard

        reply = await cme_dashboard(Command("cme", "dashboard", Actor(user_id=user, platform="slack")), self.svc)
        m = re.search(r"\((http[^)]+)\)", reply.text)
        assert m, reply.text
        return m.group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _seed(svc) -> dict:
    from cme.commands import get_ledger
    from cme.ledger import CompletionRecord, LearnerIds, TrackCompletion

    led = get_ledger(svc)
    names = {"U1": ("Iris", "Novak"), "U2": ("Tomás", "Ferreira"), "U3": ("Grace", "Mensah")}
    base = svc.clock() - timedelta(days=40)
    for n, (user, (first, last)) in enumerate(names.items()):
        await led.update_learner(user, "slack", LearnerIds(first_name=first, last_name=last, profession="MD",
                                                           dob_month=4, dob_day=12 + n, npi="1234567893",
                                                           consent_board_reporting=user != "U3"))
        for i, m in enumerate(MODULES[: 4 - n]):
            t = base + timedelta(days=i + n)
            await led.record_completion(CompletionRecord(user, "slack", "foundations", m, 60, 0.8 + n / 20, True, 1,
                                                         t, t + timedelta(minutes=60), []))
        if n == 0:
            claim = await led.track_completed(TrackCompletion(user, "slack", "foundations", MODULES, base + timedelta(days=5)))
            await led.attest(claim.claim_id, user, "slack")
        cid = await led.open_cycle(user, "slack", f"Question {n} about anticoagulation", [])
        await led.complete_cycle(cid, "changed", "Apply the guideline")
    return names


@pytest.fixture
async def dash(db_url, tmp_path):
    from bot.app import build_app, build_services
    from bot.settings import Settings

    port = _free_port()
    settings = Settings.from_env({
        "DATABASE_URL": db_url, "CLINIBOT_DATA_DIR": str(tmp_path / "data"), "CLINIBOT_SCHEDULER": "false",
        "CLINIBOT_SECRET_KEY": "dashboard-test-secret", "CLINIBOT_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "CLINIBOT_EDUCATORS": "EDU1", "CLINIBOT_CURRICULUM_DIR": str(FIXTURE_CONTENT)})
    clock = Clock(datetime(2026, 12, 10, 9, 0, 0))
    svc = build_services(settings, clock=clock)
    await svc.db.create_all()
    names = await _seed(svc)
    app = build_app(settings, services=svc, start_background=False)
    server = TestServer(app, host="127.0.0.1", port=port)
    await server.start_server()
    try:
        yield Dash(svc, clock, f"http://127.0.0.1:{port}", names)
    finally:
        await server.close()
        await svc.db.dispose()
        try:
            from bot.phi.policy import uninstall_log_filter
            uninstall_log_filter()
        except ImportError:
            pass


async def test_link_session_and_refusals(dash):
    url = await dash.link()
    assert url.startswith(dash.base + "/cme/dashboard/login?t=")
    assert "EDU1" not in url and "slack" not in url
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.get(dash.base + "/cme/dashboard") as r:
            assert r.status == 401  # no session yet
        async with http.get(url, allow_redirects=False) as r:
            assert r.status == 200
            cookie = r.headers["Set-Cookie"]
            assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Max-Age=3600" in cookie
            assert "Path=/cme/" in cookie
        async with http.get(dash.base + "/cme/dashboard") as r:
            html = await r.text()
            assert r.status == 200 and "Cohort progress by track" in html
            assert "Iris Novak" in html and "Clinical AI Foundations" in html
            assert "<svg" in html and "<script" not in html
            assert "Time on task by module" in html and "f01-fixture-1" in html  # declared vs measured per module
        for href in re.findall(r'href="([^"]+)"', html):  # nothing identifying in any URL
            assert not any(x in href for x in ("Iris", "Novak", "U1", "U2", "slack", "1234567893")), href
        async with http.get(url) as r:
            assert r.status == 403 and "already been used" in await r.text()
        # The session expires.
        dash.clock.advance(minutes=61)
        async with http.get(dash.base + "/cme/dashboard") as r:
            assert r.status == 401
    # An expired link is refused; so is a tampered one and one for someone who is not an educator.
    late = await dash.link()
    dash.clock.advance(minutes=10, seconds=1)
    async with aiohttp.ClientSession() as http:
        async with http.get(late) as r:
            assert r.status == 403 and "expired" in await r.text()
        fresh = await dash.link()
        async with http.get(fresh[:-3] + ("AAA" if not fresh.endswith("AAA") else "BBB")) as r:
            assert r.status == 403 and "not valid" in await r.text()
        from bot.web.auth import issue_link
        other = await issue_link(dash.svc, "slack:U9")
        async with http.get(other) as r:
            assert r.status == 403 and "Only educators" in await r.text()
    refused = await dash.svc.audit.entries("cme.dashboard_refused")
    # anonymous failures are counted, and summarised in the audit log at most once a minute
    assert len(refused) == 1 and dash.svc.extras["signin_failures"].total == 4


async def test_dashboard_in_headless_chromium(dash):
    binary = find_chromium()
    if binary is None:
        skip_or_fail("chromium is not installed (apt-get install -y chromium)")
    url = await dash.link()
    browser = await Browser(binary).start(width=412, height=915)  # a phone-sized viewport
    try:
        await browser.goto(url)
        for _ in range(100):  # the sign-in page moves on to the dashboard by itself
            if await browser.evaluate("location.pathname + ':' + document.readyState") == "/cme/dashboard:complete":
                break
            await asyncio.sleep(0.05)
        assert await browser.evaluate("document.querySelector('h2').textContent") == "Cohort progress by track"
        rows = await browser.evaluate(
            "[...document.querySelectorAll('table[aria-labelledby=tracks-h] tbody tr')].map(r => r.innerText)")
        foundations = next(r for r in rows if r.startswith("Clinical AI Foundations"))
        cells = foundations.split("\t")
        assert cells[1:5] == ["3", "2", "1", "1"]  # enrolled, in progress, passed, awarded
        assert await browser.evaluate("document.querySelectorAll('svg rect.bar').length") == 24
        # Accessible basics: language, one h1, every form control labelled, no sideways scrolling.
        assert await browser.evaluate("document.documentElement.lang") == "en"
        assert await browser.evaluate("document.querySelectorAll('h1').length") == 1
        assert await browser.evaluate(
            "[...document.querySelectorAll('input,select')].every(e => e.labels && e.labels.length > 0)")
        assert await browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        await browser.screenshot(ARTIFACTS / "cme-dashboard-cohort.png")

        cookies = {c["name"]: c for c in await browser.cookies()}
        session = cookies["cme_session"]
        assert session["httpOnly"] and session["sameSite"] == "Strict" and not session["session"]

        csv_href = await browser.evaluate("document.getElementById('download-csv').getAttribute('href')")
        async with aiohttp.ClientSession() as http:
            async with http.get(dash.base + csv_href, headers={"Cookie": f"cme_session={session['value']}"}) as r:
                assert r.status == 200 and r.headers["Content-Disposition"].endswith('filename="pars-learners.csv"')
                body = (await r.read()).decode("utf-8")
        lines = body.split("\r\n")
        assert lines[0].startswith("Activity ID,First Name,Last Name")
        assert "CB-FND-2026,Iris,Novak,4,12,1234567893,,,,,11/05/2026,4.00,,,add" in lines
        assert not any("Mensah" in ln for ln in lines)  # no consent: held back

        learner_href = await browser.evaluate(
            "[...document.querySelectorAll('a')].find(a => a.textContent === 'Iris Novak').getAttribute('href')")
        assert re.fullmatch(r"/cme/dashboard/learners/[0-9a-f-]{36}", learner_href)
        await browser.goto(dash.base + learner_href)
        total = await browser.evaluate("document.querySelector('tfoot td.num').textContent")
        assert total == "4.50"
        await browser.screenshot(ARTIFACTS / "cme-dashboard-learner.png")

        await browser.goto(url)  # the same link again
        assert "already been used" in await browser.evaluate("document.body.innerText")
    finally:
        await browser.close()
    assert (ARTIFACTS / "cme-dashboard-cohort.png").stat().st_size > 5000
