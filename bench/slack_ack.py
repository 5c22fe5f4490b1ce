"""Slack ack latency under load: clinibot vs a minimal bolt app vs a bare aiohttp handler.

    .venv/bin/python bench/slack_ack.py [--commands 2000] [--concurrency 200]

Each server runs in its own process (`clinibot serve` / `clinibot worker` for clinibot). clinibot
rows: the in-memory hand-over to a worker process (the old default), the durable queue on the
embedded SQLite default, the durable queue on PostgreSQL (procrastinate; web and worker in one
`serve`), and 2 web + 2 worker processes on PostgreSQL with the load spread over both web ports.
PostgreSQL rows use CLINIBOT_BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
and a throwaway database. The load generator fires
genuinely signed slash commands; the handler's slow part is a model call that takes 2 s (a fake
OpenAI-compatible server), and every delayed answer must reach the fake Slack Web API. Prints
ack latency p50/p99/max, commands per second and answers delivered, one row per server.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SECRET = "bench-signing-secret"
MODEL_DELAY = 2.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- servers run in child processes ---------------------------------------------------------------
async def serve_fakes(port_file: str) -> None:
    from aiohttp import web

    from tests.fakes.fake_openai import FakeOpenAI
    from tests.fakes.slack_api import FakeSlackAPI

    slack = await FakeSlackAPI().start()
    model = await FakeOpenAI().start()
    model.set_latency(MODEL_DELAY)

    async def stats(request):
        return web.json_response({m: len(slack.of(m)) for m in ("chat.postMessage", "chat.postEphemeral", "response_url")})

    async def reset(request):
        slack.reset()
        return web.json_response({})

    app = web.Application()
    app.router.add_get("/stats", stats)
    app.router.add_post("/reset", reset)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    ctl = free_port()
    await web.TCPSite(runner, "127.0.0.1", ctl).start()
    Path(port_file).write_text(json.dumps({"slack": slack.base_url, "openai": model.base_url,
                                           "control": f"http://127.0.0.1:{ctl}"}))
    await asyncio.Event().wait()


def serve_minimal_bolt(port: int, slack_url: str) -> None:
    from aiohttp import web
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    app = AsyncApp(client=AsyncWebClient(token="xoxb-bench", base_url=slack_url), signing_secret=SECRET)

    async def ack(ack):
        await ack()

    async def work(body, client):
        await asyncio.sleep(MODEL_DELAY)
        await client.chat_postMessage(channel=body["channel_id"], text="done")

    app.command("/draft")(ack=ack, lazy=[work])

    async def handle(request):
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    web_app = web.Application()
    web_app.router.add_post("/slack/events", handle)
    web.run_app(web_app, host="127.0.0.1", port=port, print=None, access_log=None)


def serve_bare(port: int) -> None:
    from aiohttp import web

    async def handle(request):
        await request.read()
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/slack/events", handle)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


# -- load generator ---------------------------------------------------------------------------------
def signed(body: str) -> dict[str, str]:
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sig}


TEXT = ("referral patient: 58-year-old man; receiving specialty: cardiology; referring specialty: family medicine; urgency: routine; "
        "reason: exertional chest tightness for 6 weeks; clinical question: is stress testing or CT coronary "
        "angiography preferred?; history: hypertension, type 2 diabetes; medications: metformin 1000 mg twice daily, "
        "lisinopril 20 mg daily; allergies: none known; results: ECG normal sinus rhythm; tried: sublingual "
        "nitroglycerin as needed")


async def fire(url: str | list[str], n: int, concurrency: int, slack_root: str) -> dict:
    """`concurrency` keep-alive connections, opened first (not timed), then `n` timed commands."""
    import aiohttp

    urls = [url] if isinstance(url, str) else url
    latencies: list[float] = []
    errors = 0
    sem = asyncio.Semaphore(concurrency)
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def open_connection(i: int) -> None:
            async with session.get(urls[i % len(urls)].replace("/slack/events", "/healthz")) as resp:
                await resp.read()

        await asyncio.gather(*(open_connection(i) for i in range(concurrency)))

        async def one(i: int) -> None:
            nonlocal errors
            body = urlencode({"token": "x", "team_id": "T1", "channel_id": f"C{i % 50}", "user_id": f"U{i % 300}",
                              "user_name": "bench", "command": "/draft", "text": TEXT, "api_app_id": "A1",
                              "response_url": f"{slack_root}/response_url/{i}", "trigger_id": f"t{i}.{time.time_ns()}"})
            async with sem:
                start = time.perf_counter()
                try:
                    async with session.post(urls[i % len(urls)], data=body, headers=signed(body)) as resp:
                        await resp.read()
                        if resp.status != 200:
                            errors += 1
                except aiohttp.ClientError:
                    errors += 1
                latencies.append(time.perf_counter() - start)

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {"p50": latencies[len(latencies) // 2] * 1000, "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
            "max": latencies[-1] * 1000, "rate": n / elapsed, "errors": errors}


async def wait_answers(control: str, expected: int, timeout: float) -> int:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(f"{control}/stats") as resp:
                stats = await resp.json()
            got = stats["chat.postMessage"] + stats["response_url"]
            if got >= expected or time.monotonic() > deadline:
                return got
            await asyncio.sleep(0.5)


async def reset(control: str) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        await session.post(f"{control}/reset")


async def pg_database(admin_url: str, *, create: bool = False, name: str = "") -> str:
    """Create (or drop) a throwaway database for one PostgreSQL row."""
    import uuid

    import asyncpg

    conn = await asyncpg.connect(admin_url.replace("+asyncpg", ""))
    try:
        if create:
            name = f"clinibot_bench_{uuid.uuid4().hex[:8]}"
            await conn.execute(f'CREATE DATABASE "{name}"')
        else:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
    return name


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server on {port} did not start")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commands", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--rows", default="", help="comma-separated row kinds to run (default: all): "
                        "process,sqlite,pg,pg2x2,pgweb,bolt,bare")
    parser.add_argument("--role", help=argparse.SUPPRESS)
    parser.add_argument("--arg", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.role == "fakes":
        asyncio.run(serve_fakes(args.arg[0]))
        return 0
    if args.role == "bolt":
        serve_minimal_bolt(int(args.arg[0]), args.arg[1])
        return 0
    if args.role == "bare":
        serve_bare(int(args.arg[0]))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="clinibot-bench-"))
    port_file = tmp / "fakes.json"
    procs: list[subprocess.Popen] = []
    me = [sys.executable, __file__]
    try:
        procs.append(subprocess.Popen(me + ["--role", "fakes", "--arg", str(port_file)], cwd=ROOT))
        while not port_file.exists():
            time.sleep(0.1)
        fakes = json.loads(port_file.read_text())
        slack_root = fakes["slack"].rsplit("/api/", 1)[0]
        rows = []
        pg = os.environ.get("CLINIBOT_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
        servers = [("clinibot, in-memory hand-over to a worker process (before: lost on a crash)", "process"),
                   ("clinibot, durable: SQLite embedded queue (one `serve`)", "sqlite"),
                   ("clinibot, durable: PostgreSQL queue (one `serve`: web + worker)", "pg"),
                   ("clinibot, durable: PostgreSQL, 2 web + 2 worker processes", "pg2x2"),
                   ("clinibot, durable: PostgreSQL, one web process; 2 workers start after the burst "
                    "(the hand-over alone)", "pgweb"),
                   ("minimal bolt AsyncApp (ack + 2 s lazy sleep)", "bolt"),
                   ("bare aiohttp (200 only; the ceiling)", "bare")]
        wanted = {k for k in args.rows.split(",") if k}
        for label, kind in servers:
            if wanted and kind not in wanted:
                continue
            ports: list[int] = []
            started: list[subprocess.Popen] = []
            db_name = ""
            try:
                if kind in ("process", "sqlite", "pg", "pg2x2", "pgweb"):
                    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET,
                           "CLINIBOT_SLACK_API_URL": fakes["slack"], "OPENAI_BASE_URL": fakes["openai"],
                           "OPENAI_API_KEY": "sk-bench", "CLINIBOT_DATA_DIR": str(tmp / "data"),
                           "CLINIBOT_SCHEDULER": "false", "CLINIBOT_LOG_LEVEL": "WARNING", "CLINIBOT_PHI_MODE": "redact",
                           "CLINIBOT_WORKER_CONCURRENCY": "200", "CLINIBOT_SECRET_KEY": "bench-secret",
                           "CLINIBOT_SLACK_RESPONSE_URL_HOSTS": slack_root}
                    if kind in ("pg", "pg2x2", "pgweb"):
                        db_name = asyncio.run(pg_database(pg, create=True))
                        env["DATABASE_URL"] = pg.rsplit("/", 1)[0] + "/" + db_name
                    else:
                        env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp / (kind + '.db')}"
                    env["CLINIBOT_SLACK_WORKER"] = "process" if kind == "process" else "queue"
                    cli = [sys.executable, "-m", "bot.cli"]
                    subprocess.run(cli + ["migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
                    roles = {"pg2x2": ["web", "web", "worker", "worker"], "pgweb": ["web"]}.get(kind, ["all"])

                    def start_worker() -> None:
                        started.append(subprocess.Popen(cli + ["worker"], cwd=ROOT, env=env,
                                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
                    for role in roles:
                        if role == "worker":
                            start_worker()
                            continue
                        ports.append(free_port())
                        cmd = cli + ["serve", "--no-migrate", "--role", role, "--port", str(ports[-1])]
                        started.append(subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                                        stderr=subprocess.PIPE))
                    if kind == "pgweb":  # a worker for the warm-up only; stopped before the measured burst
                        start_worker()
                else:
                    ports.append(free_port())
                    if kind == "bolt":
                        cmd = me + ["--role", "bolt", "--arg", str(ports[0]), "--arg", fakes["slack"]]
                    else:
                        cmd = me + ["--role", "bare", "--arg", str(ports[0])]
                    started.append(subprocess.Popen(cmd, cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL,
                                                    stderr=subprocess.PIPE))
                for port in ports:
                    wait_port(port, 120)
                time.sleep(1)
                asyncio.run(reset(fakes["control"]))
                urls = [f"http://127.0.0.1:{port}/slack/events" for port in ports]
                asyncio.run(fire(urls, 20, 10, slack_root))  # warm-up (not counted)
                if kind != "bare":
                    asyncio.run(wait_answers(fakes["control"], 20, 60))
                time.sleep(1)
                if kind == "pgweb":
                    warm = started.pop()
                    warm.terminate()
                    warm.wait(40)
                asyncio.run(reset(fakes["control"]))
                result = asyncio.run(fire(urls, args.commands, args.concurrency, slack_root))
                if kind == "pgweb":  # now the work: stored requests are taken by workers started afterwards
                    start_worker()
                    start_worker()
                if kind == "bare":
                    result["answered"] = "n/a"
                else:
                    result["answered"] = asyncio.run(wait_answers(fakes["control"], args.commands, 180))
                rows.append((label, result))
            finally:
                for proc in started:
                    proc.terminate()
                for proc in started:
                    try:
                        proc.wait(40)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                if db_name:
                    asyncio.run(pg_database(pg, name=db_name))
        print(f"\n{args.commands} signed slash commands, {args.concurrency} concurrent connections, "
              f"slow part {MODEL_DELAY:.0f} s; {os.cpu_count()} cores shared by load generator and servers\n")
        print(f"| server | ack p50 ms | ack p99 ms | ack max ms | commands/s | non-200 | answers delivered |")
        print("|---|---|---|---|---|---|---|")
        for label, r in rows:
            print(f"| {label} | {r['p50']:.1f} | {r['p99']:.1f} | {r['max']:.1f} | {r['rate']:.0f} | {r['errors']} | "
                  f"{r['answered']}{'' if r['answered'] == 'n/a' else '/' + str(args.commands)} |")
        return 0
    finally:
        for p in procs:
            p.terminate()


if __name__ == "__main__":
    raise SystemExit(main())
