"""Chat latency end to end through Slack: a signed slash command -> `clinibot serve` (offline
backend: template drafting, extractive evidence answers, bundled corpus) -> the answer posted to the
fake Slack Web API. One row for `/draft referral ...` and one for `/evidence ...`.

    .venv/bin/python bench/chat_latency.py [--drafts 500] [--queries 200] [--concurrency 10]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from slack_ack import SECRET, free_port, signed, wait_port  # noqa: E402

QUESTIONS = [
    "colorectal cancer screening age", "statin for primary prevention", "aspirin to prevent preeclampsia",
    "blood pressure target in older adults", "sepsis antibiotics timing", "febrile infant evaluation",
    "hepatitis C screening adults", "gestational diabetes screening", "atrial fibrillation anticoagulation score",
    "acute otitis media antibiotics children", "opioid prescribing chronic pain", "osteoporosis screening women",
]


REFERRAL = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: cardiology; "
            "urgency: routine; reason: exertional chest tightness for 6 weeks; clinical question: stress test or CT "
            "angiography?; history: hypertension; medications: lisinopril 20 mg daily; allergies: none known; "
            "results: resting ECG normal; tried: nitroglycerin as needed")


async def run(command: str, texts: list[str], queries: int, concurrency: int) -> dict:
    import aiohttp

    from tests.fakes.slack_api import FakeSlackAPI

    api = await FakeSlackAPI().start()
    tmp = Path(tempfile.mkdtemp(prefix="clinibot-evidence-bench-"))
    port = free_port()
    env = {**os.environ, "PORT": str(port), "DATABASE_URL": f"sqlite+aiosqlite:///{tmp / 'b.db'}",
           "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET, "CLINIBOT_SLACK_API_URL": api.base_url,
           "CLINIBOT_SLACK_RESPONSE_URL_HOSTS": api.root,
           "CLINIBOT_DATA_DIR": str(tmp / "data"), "CLINIBOT_SCHEDULER": "false", "CLINIBOT_LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        await asyncio.to_thread(wait_port, port, 180)
        url = f"http://127.0.0.1:{port}/slack/events"
        sem = asyncio.Semaphore(concurrency)
        latencies: list[float] = []
        async with aiohttp.ClientSession() as session:
            async def one(i: int) -> None:
                channel = f"C{i:05d}"  # one channel per query, so the answer can be matched to it
                body = urlencode({"token": "x", "team_id": "T1", "channel_id": channel, "user_id": f"U{i % 40}",
                                  "user_name": "bench", "command": command, "text": texts[i % len(texts)],
                                  "api_app_id": "A1", "response_url": f"{api.root}/response_url/{i}",
                                  "trigger_id": f"t{i}.{time.time_ns()}"})
                async with sem:
                    start = time.monotonic()
                    async with session.post(url, data=body, headers=signed(body)) as resp:
                        await resp.read()
                    while True:
                        posted = [c.at for c in api.calls if c.method == "chat.postMessage"
                                  and c.args.get("channel") == channel]
                        if posted:
                            latencies.append(posted[0] - start)
                            return
                        if time.monotonic() - start > 30:
                            latencies.append(float("inf"))
                            return
                        await asyncio.sleep(0.005)

            await one(-1 % 1)  # warm-up: builds the index on first use
            latencies.clear()
            api.reset()
            await asyncio.gather(*(one(i) for i in range(1, queries + 1)))
    finally:
        proc.terminate()
        proc.wait(10)
        await api.close()
    latencies.sort()
    return {"n": len(latencies), "p50": latencies[len(latencies) // 2], "p95": latencies[int(len(latencies) * 0.95) - 1],
            "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)], "max": latencies[-1]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=500)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args()
    rows = [("/draft referral (template)", asyncio.run(run("/draft", [REFERRAL], args.drafts, args.concurrency))),
            ("/evidence (extractive, bundled corpus)", asyncio.run(run("/evidence", QUESTIONS, args.queries,
                                                                       args.concurrency)))]
    print(f"\nSigned slash command -> reply posted to the fake Slack Web API, offline backend, "
          f"{args.concurrency} commands at a time\n")
    print("| command | n | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for label, r in rows:
        print(f"| {label} | {r['n']} | {r['p50'] * 1000:.0f} | {r['p95'] * 1000:.0f} | {r['p99'] * 1000:.0f} | "
              f"{r['max'] * 1000:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
