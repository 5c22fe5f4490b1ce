import io
import os
import subprocess
import sys

from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import REPO_ROOT, make_settings


async def test_without_slack_credentials_the_server_starts_and_slack_answers_503(db_url, tmp_path):
    from bot.app import build_app, build_services, integration_report
    from bot.phi.policy import uninstall_log_filter

    settings = make_settings(db_url, tmp_path)
    svc = build_services(settings)
    await svc.db.create_all()
    client = TestClient(TestServer(build_app(settings, services=svc, start_background=False)))
    await client.start_server()
    try:
        resp = await client.post("/slack/events", data="x")
        assert resp.status == 503 and "SLACK_BOT_TOKEN" in (await resp.json())["error"]
        assert (await client.get("/healthz")).status == 200
    finally:
        await client.close()
        await svc.db.dispose()
        uninstall_log_filter()
    assert any(line.startswith("Slack: off (missing SLACK_BOT_TOKEN") for line in integration_report(settings))


async def test_healthz_is_503_when_the_database_is_down(tmp_path):
    from bot.app import build_app, build_services
    from bot.phi.policy import uninstall_log_filter

    settings = make_settings("postgresql+asyncpg://nobody@127.0.0.1:1/none", tmp_path)
    svc = build_services(settings)
    client = TestClient(TestServer(build_app(settings, services=svc, start_background=False)))
    await client.start_server()
    try:
        resp = await client.get("/healthz")
        assert resp.status == 503 and (await resp.json())["database"] == "unreachable"
    finally:
        await client.close()
        await svc.db.dispose()
        uninstall_log_filter()


def test_console_through_a_pipe_lists_the_commands(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'c.db'}",
           "CLINIBOT_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "console"], input="/clinibot help\n/nonsense\n",
                         capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "/clinibot help" in out.stdout and "/draft" in out.stdout
    assert "don't know the command `/nonsense`" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr
