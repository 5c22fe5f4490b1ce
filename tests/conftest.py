"""Shared fixtures: a real database per test (SQLite always, PostgreSQL when configured)."""
from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage.db import Database

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
POSTGRES_URL = os.environ.get("CLINIBOT_TEST_POSTGRES_URL", "")
STRICT = os.environ.get("CLINIBOT_STRICT") == "1"


def skip_or_fail(reason: str) -> None:
    """Skip on a developer's laptop; in CI (CLINIBOT_STRICT=1) a missing service is a failure."""
    if STRICT:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CLINIBOT_STRICT=1) a skipped test is a failed test: nothing may silently not run."""
    outcome = yield
    report = outcome.get_result()
    if STRICT and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CLINIBOT_STRICT=1: {report.longrepr}"


def _backends() -> list:
    return ["sqlite", "postgres"]


@pytest.fixture(params=_backends())
def db_url(request, tmp_path) -> str:
    """A fresh, empty database URL: a SQLite file, or a new schema-isolated PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    if not POSTGRES_URL:
        skip_or_fail("CLINIBOT_TEST_POSTGRES_URL is not set; PostgreSQL tests skipped")
    return _fresh_postgres(request)


def _fresh_postgres(request) -> str:
    import asyncio

    import asyncpg

    name = f"clinibot_t_{uuid.uuid4().hex[:12]}"
    admin = POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://")

    async def run(sql: str) -> None:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    request.addfinalizer(lambda: asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')))
    base = admin.rsplit("/", 1)[0]
    return f"postgresql+asyncpg://{base.split('://', 1)[1]}/{name}"


@pytest.fixture
async def db(db_url) -> AsyncIterator[Database]:
    """An empty database with every table, on each configured backend."""
    database = Database(db_url)
    await database.create_all()
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"


# -- the running bot: real aiohttp app, real bolt, fake Slack Web API over loopback ---------------
import hashlib  # noqa: E402
import hmac  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import datetime  # noqa: E402
from urllib.parse import urlencode  # noqa: E402

from aiohttp.test_utils import TestClient, TestServer  # noqa: E402

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def sign(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig}


class Clock:
    """A controllable clock (naive UTC) for jobs and expiry tests."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 27, 14, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        from datetime import timedelta

        self.now += timedelta(**kwargs)


def make_settings(db_url: str, tmp_path, **env):
    from bot.settings import Settings

    base = {
        "DATABASE_URL": db_url,
        "CLINIBOT_DATA_DIR": str(tmp_path / "data"),
        "CLINIBOT_SCHEDULER": "false",
        "CLINIBOT_SECRET_KEY": "test-secret-key-please-change",
        "CLINIBOT_PUBLIC_URL": "http://127.0.0.1:3000",
        # tests register handlers and drive a clock in this process, so the worker is a thread here;
        # tests/adapters/test_worker_process.py covers the server's default, a worker process
        "CLINIBOT_SLACK_WORKER": "thread",
    }
    base.update({k: str(v) for k, v in env.items()})
    return Settings.from_env(base)


@dataclass
class SlackHarness:
    client: TestClient
    api: "object"
    svc: "object"
    app: "object"
    secret: str = SIGNING_SECRET
    _event_seq: int = 0

    async def command(self, command: str, text: str = "", user: str = "U100", channel: str = "C100",
                      headers: dict | None = None, **extra):
        form = {"token": "x", "team_id": "T0001", "team_domain": "example", "channel_id": channel,
                "channel_name": "clinic", "user_id": user, "user_name": "dr.test", "command": command,
                "text": text, "api_app_id": "A0001", "is_enterprise_install": "false",
                "response_url": f"{self.api.root}/response_url/{user}", "trigger_id": f"trig.{user}.{time.time_ns()}"}
        form.update(extra)
        body = urlencode(form)
        hdrs = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, self.secret), **(headers or {})}
        return await self.client.post("/slack/events", data=body, headers=hdrs)

    async def event(self, event: dict, *, event_id: str | None = None, retry: int | None = None):
        self._event_seq += 1
        body = json.dumps({"token": "x", "team_id": "T0001", "api_app_id": "A0001", "event": event,
                           "type": "event_callback", "event_id": event_id or f"Ev{self._event_seq:08d}",
                           "event_time": int(time.time()),
                           "authorizations": [{"team_id": "T0001", "user_id": "UBOT", "is_bot": True}]})
        hdrs = {"Content-Type": "application/json", **sign(body, self.secret)}
        if retry:
            hdrs.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        return await self.client.post("/slack/events", data=body, headers=hdrs)

    async def interact(self, payload: dict):
        payload.setdefault("team", {"id": "T0001", "domain": "example"})
        payload.setdefault("api_app_id", "A0001")
        payload.setdefault("token", "x")
        body = urlencode({"payload": json.dumps(payload)})
        hdrs = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, self.secret)}
        return await self.client.post("/slack/events", data=body, headers=hdrs)

    async def click(self, action_id: str, value: str = "", *, user: str = "U100", channel: str = "C100",
                    message_ts: str = "1700000001.000100", thread_ts: str | None = None):
        container = {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False}
        if thread_ts:
            container["thread_ts"] = thread_ts
        return await self.interact({
            "type": "block_actions", "user": {"id": user, "username": "dr.test", "team_id": "T0001"},
            "container": container, "trigger_id": f"trig.{time.time_ns()}", "channel": {"id": channel, "name": "clinic"},
            "message": {"type": "message", "ts": message_ts, "text": "", "thread_ts": thread_ts},
            "response_url": f"{self.api.root}/response_url/{user}",
            "actions": [{"action_id": f"{action_id}#0", "block_id": "b1", "type": "button", "value": value,
                         "action_ts": str(time.time())}]})

    async def submit(self, callback_id: str, values: dict[str, str], *, user: str = "U100",
                     private_metadata: str = ""):
        state = {name: {"value": {"type": "plain_text_input", "value": v}} for name, v in values.items()}
        return await self.interact({
            "type": "view_submission", "user": {"id": user, "username": "dr.test", "team_id": "T0001"},
            "trigger_id": f"trig.{time.time_ns()}",
            "view": {"id": "V1", "type": "modal", "callback_id": callback_id, "private_metadata": private_metadata,
                     "state": {"values": state}, "hash": "h"}})

    async def react(self, reaction: str, *, user: str, channel: str, ts: str, event_id: str | None = None,
                    retry: int | None = None):
        return await self.event({"type": "reaction_added", "user": user, "reaction": reaction,
                                 "item": {"type": "message", "channel": channel, "ts": ts},
                                 "item_user": "UBOT", "event_ts": str(time.time())}, event_id=event_id, retry=retry)

    async def dm(self, text: str, *, user: str = "U100", channel: str | None = None, thread_ts: str | None = None):
        event = {"type": "message", "channel": channel or f"D{user}", "user": user, "text": text,
                 "ts": f"{time.time():.6f}", "channel_type": "im", "event_ts": f"{time.time():.6f}"}
        if thread_ts:
            event["thread_ts"] = thread_ts
        return await self.event(event)

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until the lazy listeners have finished (no tasks of ours left running)."""
        import asyncio

        from bot.app import ADAPTERS_KEY

        deadline = time.monotonic() + timeout
        me = asyncio.current_task()
        worker = self.app[ADAPTERS_KEY]["slack"].worker
        if worker is not None and not hasattr(worker, "inflight"):
            worker = None  # a worker process: tests poll the fake Web API instead
        quiet = 0
        while time.monotonic() < deadline:
            pending = [t for t in asyncio.all_tasks() if t is not me and not t.done()
                       and "lazy" in repr(t.get_coro()).lower()]
            quiet = quiet + 1 if not pending and (worker is None or worker.idle()) else 0
            if quiet >= 3:
                return
            await asyncio.sleep(0.02)
        raise AssertionError("background work did not finish")


@pytest.fixture
async def fake_slack():
    from tests.fakes.slack_api import FakeSlackAPI

    api = await FakeSlackAPI().start()
    try:
        yield api
    finally:
        await api.close()


@pytest.fixture
async def fake_model():
    """The fake OpenAI-compatible server (loopback) that the real `openai` client talks to."""
    from tests.fakes.fake_openai import FakeOpenAI

    server = await FakeOpenAI().start()
    try:
        yield server
    finally:
        await server.close()


def model_env(server, **extra) -> dict:
    return {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-test", "CLINIBOT_LLM_MODEL": "fake-model",
            **extra}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings_env() -> dict:
    """Override in a test module to change settings for the `slack` / `bot` fixtures."""
    return {}


@pytest.fixture
async def slack(db_url, tmp_path, fake_slack, clock, settings_env):
    """The whole app (bolt on aiohttp) served on loopback, talking to the fake Slack Web API."""
    from bot.app import build_app, build_services
    from bot.phi.policy import uninstall_log_filter

    settings = make_settings(db_url, tmp_path, SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET=SIGNING_SECRET,
                             CLINIBOT_SLACK_API_URL=fake_slack.base_url,
                             **{"CLINIBOT_SLACK_RESPONSE_URL_HOSTS": fake_slack.root, **settings_env})
    svc = build_services(settings, clock=clock)
    await svc.db.create_all()
    app = build_app(settings, services=svc, start_background=False)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        yield SlackHarness(client=client, api=fake_slack, svc=svc, app=app)
    finally:
        await client.close()
        await svc.db.dispose()
        uninstall_log_filter()


@dataclass
class TestBot:
    """errbot-style: `replies = await bot.run("/evidence statin")`, through the console adapter."""

    svc: "object"
    console: "object"
    out: io.StringIO = field(default_factory=io.StringIO)

    async def run(self, line: str, user: str | None = None) -> list:
        from bot.core.events import Actor

        if user is not None:
            self.console.actor = Actor(user_id=user, platform="console", display_name=user)
        return await self.console.handle_line(line)

    def text(self) -> str:
        return self.out.getvalue()


@pytest.fixture
async def bot(db_url, tmp_path, clock, settings_env):
    from bot.adapters.console import ConsoleAdapter
    from bot.app import Outbox, build_router, build_services
    from bot.core.dispatch import Dispatcher

    settings = make_settings(db_url, tmp_path, **settings_env)
    svc = build_services(settings, clock=clock)
    await svc.db.create_all()
    router = build_router()
    svc.extras["router"] = router
    out = io.StringIO()
    console = ConsoleAdapter(svc, Dispatcher(router, svc), stdin=io.StringIO(""), stdout=out)
    outbox = Outbox()
    outbox.adapters["console"] = console
    svc.extras["outbox"] = outbox
    try:
        yield TestBot(svc=svc, console=console, out=out)
    finally:
        await svc.db.dispose()
