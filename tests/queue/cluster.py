"""Real `clinibot serve` / `clinibot worker` subprocesses on one PostgreSQL database, driven over
loopback with the fake Slack Web API and the fake model server running in the test's event loop."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import aiohttp

from tests.conftest import POSTGRES_URL, REPO_ROOT, SIGNING_SECRET, sign

REFERRAL = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: cardiology; "
            "urgency: routine; reason: exertional chest tightness; clinical question: stress test or CT angiography?; "
            "medications: lisinopril 20 mg daily; allergies: none known")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def admin_dsn() -> str:
    return POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://")


async def create_database(prefix: str = "durable") -> str:
    import asyncpg

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(admin_dsn())
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return name


async def drop_database(name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin_dsn())
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@dataclass
class Proc:
    role: str
    popen: subprocess.Popen
    port: int | None = None
    log: Path | None = None

    def kill9(self) -> None:
        self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(10)  # immediate: SIGKILL cannot be caught

    def term(self) -> None:
        self.popen.send_signal(signal.SIGTERM)

    async def wait(self, timeout: float) -> int:
        """Off the event loop: the fake servers in this loop must keep answering meanwhile."""
        return await asyncio.to_thread(self.popen.wait, timeout)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Cluster:
    db_name: str
    tmp: Path
    slack: object
    model: object
    env_extra: dict = field(default_factory=dict)
    procs: list[Proc] = field(default_factory=list)

    @property
    def db_url(self) -> str:
        return POSTGRES_URL.rsplit("/", 1)[0] + "/" + self.db_name

    def env(self, **extra) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CLINIBOT_", "SLACK_", "OPENAI_"))}
        env.update({
            "DATABASE_URL": self.db_url, "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "CLINIBOT_SLACK_API_URL": self.slack.base_url, "OPENAI_BASE_URL": self.model.base_url,
            "OPENAI_API_KEY": "sk-test", "CLINIBOT_LLM_MODEL": "fake-model", "CLINIBOT_DATA_DIR": str(self.tmp / "data"),
            "CLINIBOT_SECRET_KEY": "cluster-test-secret", "CLINIBOT_LOG_LEVEL": "INFO",
            "CLINIBOT_WORKER_HEARTBEAT": "0.5", "CLINIBOT_WORKER_STALLED_AFTER": "3",
            "CLINIBOT_WORKER_CONCURRENCY": "200", "CLINIBOT_SHUTDOWN_GRACE": "10", "CLINIBOT_HOST": "127.0.0.1",
            "CLINIBOT_JOB_SCHEDULE": "", "CLINIBOT_SCHEDULER": "true",
        })
        env.update({k: str(v) for k, v in {**self.env_extra, **extra}.items()})
        return env

    def migrate(self) -> None:
        subprocess.run([sys.executable, "-m", "bot.cli", "migrate"], cwd=REPO_ROOT, env=self.env(), check=True,
                       capture_output=True, timeout=120)

    def start(self, role: str, **extra) -> Proc:
        """role: web | all | worker."""
        port = None
        log = self.tmp / f"{role}-{len(self.procs)}.log"
        if role == "worker":
            cmd = [sys.executable, "-m", "bot.cli", "worker"]
        else:
            port = free_port()
            cmd = [sys.executable, "-m", "bot.cli", "serve", "--no-migrate", "--role", role, "--port", str(port)]
        out = open(log, "wb")
        popen = subprocess.Popen(cmd, cwd=REPO_ROOT, env=self.env(**extra), stdout=out, stderr=subprocess.STDOUT)
        proc = Proc(role, popen, port, log)
        self.procs.append(proc)
        return proc

    async def ready(self, proc: Proc, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession() as session:
            while time.monotonic() < deadline:
                if proc.popen.poll() is not None:
                    raise AssertionError(f"{proc.role} exited early:\n{proc.log.read_text()[-3000:]}")
                try:
                    async with session.get(proc.url + "/healthz") as resp:
                        if resp.status in (200, 503):
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
        raise AssertionError(f"{proc.role} did not start:\n{proc.log.read_text()[-3000:]}")

    async def worker_running(self, n: int = 1, timeout: float = 60) -> None:
        """Wait until `n` workers have registered a heartbeat."""
        import asyncpg

        deadline = time.monotonic() + timeout
        conn = await asyncpg.connect(self.dsn)
        try:
            while time.monotonic() < deadline:
                alive = await conn.fetchval("SELECT count(*) FROM procrastinate_workers "
                                            "WHERE last_heartbeat > now() - interval '2 seconds'")
                if alive >= n:
                    return
                await asyncio.sleep(0.2)
        finally:
            await conn.close()
        logs = "\n".join(p.log.read_text()[-2000:] for p in self.procs if p.role == "worker")
        raise AssertionError(f"{n} workers did not start:\n{logs}")

    @property
    def dsn(self) -> str:
        return self.db_url.replace("postgresql+asyncpg://", "postgresql://")

    async def fetchval(self, sql: str, *args):
        import asyncpg

        conn = await asyncpg.connect(self.dsn)
        try:
            return await conn.fetchval(sql, *args)
        finally:
            await conn.close()

    def stop_all(self) -> None:
        for p in self.procs:
            if p.popen.poll() is None:
                p.popen.send_signal(signal.SIGKILL)
                p.popen.wait(10)


def command_body(i: int, slack_root: str, command: str = "/draft", text: str = REFERRAL) -> str:
    return urlencode({"token": "x", "team_id": "T0001", "channel_id": f"C{i:04d}", "user_id": f"U{i:04d}",
                      "user_name": "dr.test", "command": command, "text": text, "api_app_id": "A0001",
                      "response_url": f"{slack_root}/response_url/{i}", "trigger_id": f"trig.{i}.{time.time_ns()}"})


async def send(url: str, body: str, content_type: str = "application/x-www-form-urlencoded",
               extra: dict | None = None) -> int:
    headers = {"Content-Type": content_type, **sign(body), **(extra or {})}
    async with aiohttp.ClientSession() as session:
        async with session.post(url + "/slack/events", data=body, headers=headers) as resp:
            await resp.read()
            return resp.status


async def fire(url: str, n: int, slack_root: str, start: int = 0) -> list[int]:
    """`n` signed /draft commands at once; returns each HTTP status."""
    async with aiohttp.ClientSession() as session:
        async def one(i: int) -> int:
            body = command_body(i, slack_root)
            async with session.post(url + "/slack/events", data=body,
                                    headers={"Content-Type": "application/x-www-form-urlencoded", **sign(body)}) as resp:
                await resp.read()
                return resp.status

        return list(await asyncio.gather(*(one(i) for i in range(start, start + n))))


def answers_by_channel(slack) -> dict[str, int]:
    """Draft answers (one chat.postMessage with the draft banner) per command's channel."""
    counts: dict[str, int] = {}
    for call in slack.of("chat.postMessage"):
        if "DRAFT" in str(call):
            ch = call.get("channel", "")
            counts[ch] = counts.get(ch, 0) + 1
    return counts


async def wait_answers(slack, expected: int, timeout: float) -> dict[str, int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        counts = answers_by_channel(slack)
        if len(counts) >= expected:
            await asyncio.sleep(0.5)  # let any duplicate show itself
            return answers_by_channel(slack)
        await asyncio.sleep(0.2)
    return answers_by_channel(slack)
