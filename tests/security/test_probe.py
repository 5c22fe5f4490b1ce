"""The security probe, replayed: `clinibot serve` runs as a real subprocess on loopback, talking to
the fake Slack Web API and the fake OpenAI-compatible server, and every finding of the review is
attacked again the way an insider or an outsider on the hospital network would. One test per item.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web

from tests.conftest import REPO_ROOT, SIGNING_SECRET, sign

REFERRAL = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: cardiology; "
            "urgency: routine; reason: exertional chest tightness; clinical question: stress test or CT angiography?; "
            "medications: lisinopril 20 mg daily; allergies: none known")
APP_ID = "8f0e6d2c-4b1a-4c59-9a51-3f7e2d1c0b9a"
TENANT = "72f988bf-0000-4a5b-9c3d-1e2f3a4b5c6d"


# -- the fakes run on their own event loop in a thread, so one server can serve the whole module --
class LoopThread:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@dataclass
class Recorder:
    """An outside host that would love to receive the bot's replies (it must never hear anything)."""

    hits: list[str] = field(default_factory=list)
    url: str = ""
    _runner: Any = None

    async def start(self) -> "Recorder":
        async def hit(request: web.Request) -> web.Response:
            self.hits.append(await request.text())
            return web.Response(text="ok")

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", hit)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self

    async def close(self) -> None:
        await self._runner.cleanup()


@dataclass
class Fakes:
    loop: LoopThread
    slack: Any
    model: Any
    attacker: Recorder
    keys: Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    env: dict[str, str]
    proc: subprocess.Popen
    db_file: Path
    log_file: Path
    tmp: Path

    def log(self) -> str:
        return self.log_file.read_text(errors="replace")

    def cli(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                              env=env or self.env, cwd=REPO_ROOT, timeout=180)

    def rows(self, sql: str, *params: Any) -> list[tuple]:
        conn = sqlite3.connect(self.db_file, timeout=30)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_server(tmp: Path, fakes: Fakes, **extra: str) -> Server:
    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    db_file = tmp / "probe.db"
    env = {**os.environ, "PORT": str(port), "CLINIBOT_HOST": "127.0.0.1",
           "DATABASE_URL": f"sqlite+aiosqlite:///{db_file}", "CLINIBOT_DATA_DIR": str(tmp / "data"),
           "CLINIBOT_PUBLIC_URL": f"http://127.0.0.1:{port}", "CLINIBOT_SCHEDULER": "false",
           "SLACK_BOT_TOKEN": "xoxb-probe", "CLINIBOT_SLACK_API_URL": fakes.slack.base_url,
           "CLINIBOT_SLACK_RESPONSE_URL_HOSTS": fakes.slack.root,
           "OPENAI_BASE_URL": fakes.model.base_url, "OPENAI_API_KEY": "sk-probe", "CLINIBOT_LLM_MODEL": "fake-model",
           "CLINIBOT_APPROVERS": "UAPPROVER", "CLINIBOT_REVIEWERS": "UREVIEWER", "CLINIBOT_ADMINS": "UADMIN",
           "CLINIBOT_EDUCATORS": "UEDU", "CLINIBOT_SECRET_KEY": "probe-secret-key-0123456789",
           "CLINIBOT_AUDIT_CHECKPOINT_FILE": str(tmp / "audit-checkpoints.jsonl"),
           "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": APP_ID,
           "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID": TENANT,
           "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET": "probe-client-secret",
           "PROBE_JWKS_URL": fakes.keys.jwks_url, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("SLACK_SIGNING_SECRET", None)
    env.pop("SLACK_APP_TOKEN", None)
    env.update(extra)
    log_file = tmp / "server.log"
    proc = subprocess.Popen([sys.executable, str(Path(__file__).parent / "serve_launcher.py")], cwd=REPO_ROOT,
                            env=env, stdout=log_file.open("w"), stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", env, proc, db_file, log_file, tmp)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError("clinibot serve exited:\n" + server.log()[-3000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        server.stop()
        raise AssertionError("clinibot serve did not start:\n" + server.log()[-3000:])
    return server


@pytest.fixture(scope="module")
def fakes():
    from tests.fakes.fake_openai import FakeOpenAI
    from tests.fakes.jwks_server import JwksServer
    from tests.fakes.slack_api import FakeSlackAPI

    loop = LoopThread()
    f = Fakes(loop, loop.run(FakeSlackAPI().start()), loop.run(FakeOpenAI().start()), loop.run(Recorder().start()),
              loop.run(JwksServer().start()))
    try:
        yield f
    finally:
        for server in (f.slack, f.model, f.attacker, f.keys):
            loop.run(server.close())
        loop.stop()


@pytest.fixture(scope="module")
def server(fakes, tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("probe"), fakes, SLACK_SIGNING_SECRET=SIGNING_SECRET)
    try:
        yield srv
    finally:
        srv.stop()


# -- speaking Slack to it ---------------------------------------------------------------------------
_seq = iter(range(1, 1_000_000))


def command_body(fakes: Fakes, command: str, text: str, *, user: str, channel: str, response_url: str | None = None,
                 trigger: str | None = None) -> str:
    return urlencode({"token": "x", "team_id": "T0001", "team_domain": "example", "channel_id": channel,
                      "channel_name": "clinic", "user_id": user, "user_name": user.lower(), "command": command,
                      "text": text, "api_app_id": "A0001", "is_enterprise_install": "false",
                      "response_url": response_url or f"{fakes.slack.root}/response_url/{user}",
                      "trigger_id": trigger or f"trig.{user}.{time.time_ns()}.{next(_seq)}"})


def interaction_body(payload: dict) -> str:
    payload.setdefault("team", {"id": "T0001", "domain": "example"})
    payload.setdefault("api_app_id", "A0001")
    payload.setdefault("token", "x")
    return urlencode({"payload": json.dumps(payload)})


def click_payload(fakes: Fakes, action_id: str, value: str, *, user: str, channel: str, ts: str = "1700000001.000100") -> dict:
    return {"type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": "T0001"},
            "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": False},
            "trigger_id": f"trig.{time.time_ns()}.{next(_seq)}", "channel": {"id": channel, "name": "clinic"},
            "message": {"type": "message", "ts": ts, "text": ""},
            "response_url": f"{fakes.slack.root}/response_url/{user}",
            "actions": [{"action_id": f"{action_id}#0", "block_id": "b1", "type": "button", "value": value,
                         "action_ts": f"{time.time():.6f}"}]}


async def post(server: Server, body: str | bytes, *, signed: bool = True, headers: dict | None = None,
               content_type: str = "application/x-www-form-urlencoded") -> tuple[int, str]:
    hdrs = {"Content-Type": content_type}
    if signed:
        hdrs.update(sign(body if isinstance(body, str) else body.decode("utf-8", "replace")))
    hdrs.update(headers or {})
    async with aiohttp.ClientSession() as http:
        async with http.post(server.url + "/slack/events", data=body, headers=hdrs) as resp:
            return resp.status, await resp.text()


async def wait_until(predicate, timeout: float = 60, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def calls(fakes: Fakes, method: str, channel: str | None = None) -> list[dict]:
    return [a for a in fakes.slack.of(method) if channel is None or a.get("channel") == channel]


async def quiet(seconds: float = 1.5) -> None:
    """Give the worker time to do anything it was (wrongly) going to do."""
    await asyncio.sleep(seconds)


async def make_draft(server: Server, fakes: Fakes, *, user: str, channel: str) -> int:
    before = {r[0] for r in server.rows("SELECT id FROM draft")}
    status, _ = await post(server, command_body(fakes, "/draft", REFERRAL, user=user, channel=channel))
    assert status == 200
    await wait_until(lambda: calls(fakes, "chat.postMessage", channel), what="the draft to be posted")
    new = await wait_until(lambda: {r[0] for r in server.rows("SELECT id FROM draft")} - before, what="a draft row")
    return max(new)


def audit(server: Server, action: str) -> list[tuple]:
    return server.rows("SELECT id, actor, subject, detail FROM audit_entry WHERE action = ? ORDER BY id", action)


# -- 1. Critical: no unverified Slack route, ever; response_url only on Slack's hosts ----------------
async def test_1_socket_mode_mounts_no_route_and_response_urls_stay_on_slack(fakes, server, tmp_path):
    socket_server = start_server(tmp_path / "socket", fakes, SLACK_APP_TOKEN="xapp-1-A0001-probe")
    try:
        body = command_body(fakes, "/draft", REFERRAL, user="UEVIL", channel="CEVIL")
        status, _ = await post(socket_server, body, signed=False)
        assert status == 404  # Socket Mode: the HTTP route does not exist
        approve = interaction_body(click_payload(fakes, "draft.approve", "1", user="UAPPROVER", channel="CEVIL"))
        assert (await post(socket_server, approve, signed=False))[0] == 404
        assert socket_server.rows("SELECT count(*) FROM draft") == [(0,)]
    finally:
        socket_server.stop()
    # HTTP mode: unsigned and wrongly signed requests are refused before anything runs
    assert (await post(server, body, signed=False))[0] == 401
    assert (await post(server, body, signed=False, headers={"X-Slack-Request-Timestamp": str(int(time.time())),
                                                             "X-Slack-Signature": "v0=" + "0" * 64}))[0] == 401
    # a verified request whose response_url points elsewhere: the bot never POSTs there
    before = len(fakes.slack.of("response_url"))
    evil = command_body(fakes, "/clinibot", "help", user="U1A", channel="", response_url=fakes.attacker.url + "/grab")
    assert (await post(server, evil))[0] == 200
    good = command_body(fakes, "/clinibot", "help", user="U1B", channel="")
    assert (await post(server, good))[0] == 200
    await wait_until(lambda: len(fakes.slack.of("response_url")) > before, what="the allowed response_url reply")
    await quiet()
    assert fakes.attacker.hits == []


# -- 2. High: a form submission cannot edit someone else's draft ---------------------------------------
async def test_2_editing_someone_elses_draft_is_refused(fakes, server):
    draft_id = await make_draft(server, fakes, user="U2AUTHOR", channel="C2")
    model_calls = len(fakes.model.requests)
    meta = json.dumps({"skill": "referral", "channel": "C2", "root": draft_id})
    values = {"patient": "58-year-old man", "referring_specialty": "family medicine", "receiving_specialty": "cardiology",
              "urgency": "routine", "reason": "exertional chest tightness", "clinical_question": "stress test or CT?",
              "medications": "lisinopril 20 mg daily", "allergies": "none known"}
    state = {k: {"value": {"type": "plain_text_input", "value": v}} for k, v in values.items()}
    body = interaction_body({"type": "view_submission", "user": {"id": "U2INTRUDER", "team_id": "T0001"},
                             "trigger_id": f"trig.{time.time_ns()}",
                             "view": {"id": "V2", "type": "modal", "callback_id": "draft.submit",
                                      "private_metadata": meta, "state": {"values": state}, "hash": "h2"}})
    assert (await post(server, body))[0] == 200
    await wait_until(lambda: [r for r in audit(server, "draft.refused") if r[1] == "slack:U2INTRUDER"],
                     what="the refusal to be audited")
    await quiet(0.5)
    assert server.rows("SELECT state FROM draft WHERE id = ?", draft_id) == [("draft",)]
    assert server.rows("SELECT count(*) FROM draft WHERE author = 'slack:U2INTRUDER'") == [(0,)]
    assert len(fakes.model.requests) == model_calls  # refused before the model was asked anything


# -- 4. Medium: a state change commits with its audit entry or not at all -------------------------------
async def test_4_audit_failure_leaves_nothing_half_written(fakes, server):
    draft_id = await make_draft(server, fakes, user="U4", channel="C4")
    conn = sqlite3.connect(server.db_file, timeout=30)
    conn.execute("CREATE TRIGGER probe_audit_down BEFORE INSERT ON audit_entry "
                 "BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END")
    conn.commit()
    try:
        drafts = server.rows("SELECT count(*) FROM draft")
        assert (await post(server, command_body(fakes, "/draft", REFERRAL, user="U4", channel="C4")))[0] == 200
        await wait_until(lambda: any("nothing was saved" in t for t in fakes.slack.texts("chat.postEphemeral")),
                         what="the user to be told nothing was saved")
        assert server.rows("SELECT count(*) FROM draft") == drafts  # no draft without its audit entry
        click = interaction_body(click_payload(fakes, "draft.approve", str(draft_id), user="U4", channel="C4"))
        updates = len(calls(fakes, "chat.update"))
        assert (await post(server, click))[0] == 200
        await quiet()
        assert server.rows("SELECT state, sha256 FROM draft WHERE id = ?", draft_id) == [("draft", "")]
        assert len(calls(fakes, "chat.update")) == updates
    finally:
        conn.execute("DROP TRIGGER probe_audit_down")
        conn.commit()
        conn.close()
    # the retry now works, completely
    click = interaction_body(click_payload(fakes, "draft.approve", str(draft_id), user="U4", channel="C4"))
    assert (await post(server, click))[0] == 200
    await wait_until(lambda: [r for r in audit(server, "draft.approved") if r[2] == f"draft:{draft_id}"],
                     what="the approval's audit entry")
    assert server.rows("SELECT state FROM draft WHERE id = ?", draft_id) == [("approved",)]


# -- 5. Medium: truncating the tail or rewriting the whole chain is detected -----------------------------
def _copy_db(server: Server, name: str) -> tuple[Path, dict[str, str]]:
    target = server.tmp / name
    src = sqlite3.connect(server.db_file, timeout=30)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target, {**server.env, "DATABASE_URL": f"sqlite+aiosqlite:///{target}"}


async def test_5_audit_truncation_and_wholesale_rewrite_are_detected(fakes, server):
    await make_draft(server, fakes, user="U5", channel="C5")
    ok = server.cli("audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout and "signed checkpoints match" in ok.stdout, ok.stdout
    # deleting the newest entries
    path, env = _copy_db(server, "truncated.db")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)")
    conn.commit()
    conn.close()
    cut = server.cli("audit", "verify", env=env)
    assert cut.returncode == 1 and "newest entries were removed" in cut.stdout, cut.stdout
    # rewriting every row and recomputing every hash (what a plain hash chain cannot catch)
    from datetime import datetime

    from bot.audit import GENESIS, entry_hash

    path, env = _copy_db(server, "rewritten.db")
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, at, actor, action, subject, detail FROM audit_entry ORDER BY id").fetchall()
    conn.execute("UPDATE audit_entry SET prev_hash = 'x' || id, hash = 'y' || id")
    prev = GENESIS
    for entry_id, at, actor, action, subject, detail in rows:
        detail = detail.replace("referral", "nothing-to-see")
        digest = entry_hash(prev, datetime.fromisoformat(at), actor, action, subject, detail)
        conn.execute("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (detail, prev, digest, entry_id))
        prev = digest
    conn.commit()
    conn.close()
    rewritten = server.cli("audit", "verify", env=env)
    assert rewritten.returncode == 1 and "BROKEN" in rewritten.stdout, rewritten.stdout
    # without a key or a checkpoint file, verify says what it could not prove
    bare = {k: v for k, v in server.env.items() if k not in ("CLINIBOT_SECRET_KEY", "CLINIBOT_AUDIT_CHECKPOINT_FILE")}
    unkeyed = server.cli("audit", "verify", env=bare)
    assert "not proved" in unkeyed.stdout and "no audit key" in unkeyed.stdout, unkeyed.stdout


# -- 7. Low ------------------------------------------------------------------------------------------
async def test_7_malformed_requests_get_4xx_and_no_traceback(fakes, server):
    body = command_body(fakes, "/clinibot", "help", user="U7M", channel="C7M")
    log_start = len(server.log())
    cases = [
        (body, {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=abc"}, "application/x-www-form-urlencoded"),
        (b"text=\xff\xfe\xfa", {}, "application/x-www-form-urlencoded"),
        (body, {}, "application/x-www-form-urlencoded; charset=klingon"),
        ("{not json", {}, "application/json"),
    ]
    for data, headers, ctype in cases:
        signed = not headers
        status, _ = await post(server, data, signed=signed, headers=headers, content_type=ctype)
        assert 400 <= status < 500, (data, status)
    assert "Traceback" not in server.log()[log_start:]


async def test_7_retried_commands_and_clicks_are_dropped(fakes, server):
    body = command_body(fakes, "/draft", REFERRAL, user="U7D", channel="C7D")
    drafts = server.rows("SELECT count(*) FROM draft WHERE author = 'slack:U7D'")
    assert drafts == [(0,)]
    model_before = len(fakes.model.requests)
    assert (await post(server, body))[0] == 200
    await wait_until(lambda: calls(fakes, "chat.postMessage", "C7D"), what="the draft post")
    await quiet()
    model_one, posts_one = len(fakes.model.requests) - model_before, len(calls(fakes, "chat.postMessage", "C7D"))
    assert model_one >= 1  # the fields extraction (and its re-ask) and the draft
    assert (await post(server, body))[0] == 200  # a replay
    assert (await post(server, body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}))[0] == 200
    await quiet(2.5)
    assert server.rows("SELECT count(*) FROM draft WHERE author = 'slack:U7D'") == [(1,)]
    assert len(fakes.model.requests) - model_before == model_one  # the replays reached no model
    assert len(calls(fakes, "chat.postMessage", "C7D")) == posts_one
    # a replayed Approve click: one approval, one audit entry, one update
    [(draft_id,)] = server.rows("SELECT id FROM draft WHERE author = 'slack:U7D'")
    click = interaction_body(click_payload(fakes, "draft.approve", str(draft_id), user="UAPPROVER", channel="C7D"))
    for _ in range(3):
        assert (await post(server, click))[0] == 200
    await wait_until(lambda: [r for r in audit(server, "draft.approved") if r[2] == f"draft:{draft_id}"],
                     what="the approval")
    await quiet()
    assert len([r for r in audit(server, "draft.approved") if r[2] == f"draft:{draft_id}"]) == 1
    assert server.rows("SELECT count(*) FROM processed_event WHERE key LIKE 'slack:interaction:%'")[0][0] >= 1


async def test_7_audit_details_keep_hashes_and_source_urls(fakes, server):
    draft_id = await make_draft(server, fakes, user="U7S", channel="C7S")
    click = interaction_body(click_payload(fakes, "draft.approve", str(draft_id), user="U7S", channel="C7S"))
    assert (await post(server, click))[0] == 200
    [entry] = await wait_until(lambda: [r for r in audit(server, "draft.approved") if r[2] == f"draft:{draft_id}"],
                               what="the approval")
    detail = json.loads(entry[3])
    [(sha,)] = server.rows("SELECT sha256 FROM draft WHERE id = ?", draft_id)
    assert detail["sha256"] == sha and re.fullmatch(r"[0-9a-f]{64}", sha)
    assert "[NAME" not in entry[3]
    assert (await post(server, command_body(fakes, "/evidence", "statin for primary prevention in adults",
                                            user="U7S", channel="C7S")))[0] == 200
    [answered] = await wait_until(lambda: [r for r in audit(server, "evidence.answered") if r[1] == "slack:U7S"],
                                  what="the evidence answer")
    sources = json.loads(answered[3]).get("sources") or []
    assert sources and all(s.startswith("https://") and "[URL" not in s for s in sources), sources


async def test_7_refusals_are_audited(fakes, server):
    for text in ("review queue", "review summary", "metrics"):
        assert (await post(server, command_body(fakes, "/clinibot", text, user="U7R", channel="C7R")))[0] == 200
    refused = await wait_until(lambda: [r for r in audit(server, "monitoring.refused") if r[1] == "slack:U7R"]
                               if len([r for r in audit(server, "monitoring.refused") if r[1] == "slack:U7R"]) == 3
                               else None, what="three audited refusals")
    assert {json.loads(r[3])["attempted"] for r in refused} == {"review.queue", "review.summary", "pilot.metrics"}
    # reflecting on someone else's evidence answer
    assert (await post(server, command_body(fakes, "/evidence", "aspirin for secondary prevention",
                                            user="U7OWNER", channel="C7E")))[0] == 200

    def reflect_value() -> str | None:
        m = re.search(r'"action_id": "evidence\.reflect#\d+", "value": "([^"]+)"', fakes.slack.everything())
        return m.group(1) if m else None

    value = await wait_until(reflect_value, what="the answer's reflection buttons")
    click = interaction_body(click_payload(fakes, "evidence.reflect", value, user="U7OTHER", channel="C7E"))
    assert (await post(server, click))[0] == 200
    await wait_until(lambda: [r for r in audit(server, "evidence.refused") if r[1] == "slack:U7OTHER"],
                     what="the refused reflection to be audited")


async def test_7_no_500s_with_a_valid_login(fakes, server):
    # Teams: a validly signed token, then a conversation of null and a timestamp that is not one
    token = fakes.keys.token(aud=APP_ID, service_url="https://smba.trafficmanager.net/amer/")
    base = {"type": "message", "id": "1", "serviceUrl": "https://smba.trafficmanager.net/amer/", "channelId": "msteams",
            "from": {"id": "29:1", "aadObjectId": "u1"}, "recipient": {"id": f"28:{APP_ID}"}, "text": "/clinibot help",
            "channelData": {"tenant": {"id": TENANT}}}
    async with aiohttp.ClientSession() as http:
        for activity in ({**base, "conversation": None},
                         {**base, "conversation": {"id": "a:1", "tenantId": TENANT}, "timestamp": "yesterday-ish"}):
            async with http.post(server.url + "/api/messages", json=activity,
                                 headers={"Authorization": f"Bearer {token}"}) as resp:
                assert resp.status == 400, await resp.text()
    # the dashboard with an absurd page number, signed in as an educator
    assert (await post(server, command_body(fakes, "/cme", "dashboard", user="UEDU", channel="C7P")))[0] == 200
    link = await wait_until(lambda: (re.search(r"http://127\.0\.0\.1:\d+/cme/dashboard/login\?t=[\w.\-]+",
                                               fakes.slack.everything()) or [None])[0], what="the sign-in link")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.get(link) as resp:
            assert resp.status == 200
        async with http.get(server.url + "/cme/dashboard?page=99999999999999999999") as resp:
            assert resp.status == 200, await resp.text()


async def test_7_csv_exports_neutralise_formulas(fakes, server):
    # the pilot-metrics CSV an admin downloads: a department named like a formula stays text
    from bot.monitoring.pilot import WeekRow, to_csv
    from datetime import date

    rows = [WeekRow(week_start=date(2026, 11, 23), department="=HYPERLINK(\"http://x\")",
                    metrics={"drafts": {"referral": 1}})]
    out = to_csv(rows)
    assert "'=HYPERLINK" in out and ",=HYPERLINK" not in out
    export = server.cli("cme", "export", "--format", "csv", "--out", str(server.tmp / "export"))
    assert export.returncode == 0, export.stderr
    for cell in (server.tmp / "export").glob("*.csv"):
        for line in cell.read_text().splitlines():
            assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in line.split(","))


async def test_7_cli_startup_and_messages(fakes, server, tmp_path):
    # `clinibot cme` exists
    usage = server.cli("cme")
    assert usage.returncode == 2 and "ModuleNotFoundError" not in usage.stderr and "clinibot cme export" in usage.stderr
    # a database that is down at start-up: one line, no traceback
    port = free_port()
    down = server.cli("serve", env={**server.env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{port}/none"})
    errors = [line for line in down.stderr.splitlines() if line.strip() and " INFO " not in line]
    assert down.returncode != 0 and "Traceback" not in down.stderr and len(errors) == 1, down.stderr
    assert "cannot reach the database" in errors[0]
    # the intruder's reaction says "reject", not "rejecte"
    draft_id = await make_draft(server, fakes, user="U7T", channel="C7T")
    [(ts,)] = await wait_until(lambda: server.rows("SELECT message_ref FROM draft WHERE id = ? AND message_ref != ''",
                                                   draft_id), what="the draft's message ref")
    event = json.dumps({"token": "x", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
                        "event_id": f"Ev7T{time.time_ns()}", "event_time": int(time.time()),
                        "event": {"type": "reaction_added", "user": "U7INTRUDER", "reaction": "x",
                                  "item": {"type": "message", "channel": "C7T", "ts": ts}, "event_ts": "1.0"}})
    assert (await post(server, event, content_type="application/json"))[0] == 200
    text = await wait_until(lambda: [t for t in fakes.slack.texts("chat.postEphemeral") if "can reject it" in t],
                            what="the refusal message")
    assert not any("rejecte " in t for t in fakes.slack.texts())
    assert text
    # a repeated reflection does not claim new credit
    assert (await post(server, command_body(fakes, "/evidence", "statin intolerance management",
                                            user="U7C", channel="C7C")))[0] == 200

    def value() -> str | None:
        for args in calls(fakes, "chat.postEphemeral", "C7C") + calls(fakes, "chat.postMessage", "C7C"):
            m = re.search(r'"action_id": "evidence\.reflect#\d+", "value": "([^"]+:confirmed)"', json.dumps(args))
            if m:
                return m.group(1)
        return None

    reflect = await wait_until(value, what="the reflection buttons")
    for _ in range(2):
        click = interaction_body(click_payload(fakes, "evidence.reflect", reflect, user="U7C", channel="C7C"))
        assert (await post(server, click))[0] == 200
    entries = await wait_until(lambda: [r for r in audit(server, "evidence.reflected") if r[1] == "slack:U7C"]
                               if len([r for r in audit(server, "evidence.reflected") if r[1] == "slack:U7C"]) == 2
                               else None, what="two reflections")
    assert sorted(json.loads(e[3])["credited"] for e in entries) == [False, True]  # one award, said once
    # each reply is posted after its audit entry is stored: wait for both replies, not only both entries

    def said_now() -> list[str] | None:
        said = [t for t in fakes.slack.texts() if "Credit™ added" in t or "nothing new was added" in t]
        return said if len(said) >= 2 else None

    said = await wait_until(said_now, what="both replies")
    assert len([t for t in said if "Credit™ added" in t]) == 1 and any("nothing new" in t for t in said), said


# -- 8. Teams tokens: only a small, configured leeway past expiry -----------------------------------------
async def test_8_teams_token_leeway_is_a_setting(fakes, server):
    activity = {"type": "conversationUpdate", "id": "8", "serviceUrl": "https://smba.trafficmanager.net/amer/",
                "channelId": "msteams", "from": {"id": "29:8", "aadObjectId": "u8"},
                "recipient": {"id": f"28:{APP_ID}"}, "conversation": {"id": "a:8", "tenantId": TENANT},
                "channelData": {"tenant": {"id": TENANT}}}

    async def status(lifetime: int) -> int:
        token = fakes.keys.token(aud=APP_ID, service_url=activity["serviceUrl"], lifetime=lifetime)
        async with aiohttp.ClientSession() as http:
            async with http.post(server.url + "/api/messages", json=activity,
                                 headers={"Authorization": f"Bearer {token}"}) as resp:
                return resp.status

    assert await status(-120) == 401  # two minutes past expiry: the SDK alone would accept it
    assert await status(-5) != 401  # within the default 30 s leeway


# -- 6. Medium: anonymous sign-in failures are counted, not written one by one (last: it locks out 127.0.0.1) --
async def test_6_bad_signins_do_not_flood_the_audit_log(fakes, server):
    before = len(audit(server, "cme.dashboard_refused"))
    statuses = []
    async with aiohttp.ClientSession() as http:
        for i in range(40):
            async with http.get(f"{server.url}/cme/dashboard/login?t=forged{i}") as resp:
                statuses.append(resp.status)
    assert statuses[0] == 403 and statuses[-1] == 429 and 500 not in statuses
    assert len(audit(server, "cme.dashboard_refused")) - before <= 1
