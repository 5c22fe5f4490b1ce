"""Evaluation reports on the dashboard: signed in only, the run list, a report, a comparison."""
from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web import auth
from tests.conftest import make_settings
from tests.evaluation.test_adjudication import _make_run


@pytest.fixture
async def site(db_url, tmp_path, fake_model, monkeypatch):
    from bot.app import build_app, build_services
    from bot.phi.policy import uninstall_log_filter

    monkeypatch.delenv("CLINIBOT_EVAL_DIR", raising=False)
    settings = make_settings(db_url, tmp_path, CLINIBOT_EDUCATORS="UEDU")
    svc = build_services(settings)
    await svc.db.create_all()
    client = TestClient(TestServer(build_app(settings, services=svc, start_background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        yield client, svc
    finally:
        await client.close()
        await svc.db.dispose()
        uninstall_log_filter()


async def test_reports_need_a_dashboard_session(site, fake_model, tmp_path):
    client, svc = site
    await _make_run(fake_model, svc, tmp_path, "run-a")
    for path in ("/cme/dashboard/eval", "/cme/dashboard/eval/runs/run-a", "/cme/dashboard/eval/compare?a=run-a&b=run-a"):
        resp = await client.get(path)
        assert resp.status == 401, path


async def test_run_list_report_and_comparison(site, fake_model, tmp_path):
    client, svc = site
    await _make_run(fake_model, svc, tmp_path, "run-a")
    await _make_run(fake_model, svc, tmp_path, "run-b")
    token, _ = await auth.start_session(svc, "console:UEDU")
    cookies = {auth.COOKIE: token}
    resp = await client.get("/cme/dashboard/eval", cookies=cookies)
    assert resp.status == 200
    page = await resp.text()
    assert "run-a" in page and "run-b" in page and "<script" not in page
    assert "style-src 'sha256-" in resp.headers["Content-Security-Policy"]
    resp = await client.get("/cme/dashboard/eval/runs/run-a", cookies=cookies)
    assert resp.status == 200 and "Evaluation run run-a" in await resp.text()
    resp = await client.get("/cme/dashboard/eval/compare?a=run-a&b=run-b", cookies=cookies)
    assert resp.status == 200 and "run-a versus run-b" in await resp.text()
    for bad in ("/cme/dashboard/eval/runs/..%2F..%2Fetc", "/cme/dashboard/eval/runs/nope",
                "/cme/dashboard/eval/compare?a=run-a&b=../x"):
        assert (await client.get(bad, cookies=cookies)).status == 404, bad
