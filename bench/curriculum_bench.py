"""10,000 learners with a lesson due at the same minute: how long the due-lesson job takes to deliver
them all through the (fake) Slack Web API, and the peak memory.

    .venv/bin/python bench/curriculum_bench.py [--learners 10000] [--rate 100]

Two runs over the same seeded database state:
  1. no rate limit: what the bot itself can push (messages/s), i.e. the bot's ceiling;
  2. the fake Web API enforcing a workspace posting limit of --rate messages/s with HTTP 429 +
     Retry-After, as Slack does; the job must finish close to messages / rate, i.e. limited by
     Slack, not by the bot.
Prints a table. Uses SQLite in a temporary directory.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def run(learners: int, rate: float | None, tmp: Path) -> dict:
    from sqlalchemy import insert

    from bot.adapters.slack import SlackAdapter
    from bot.app import Outbox, build_services
    from bot.core.dispatch import Dispatcher
    from bot.core.router import Router
    from curriculum.engine import Engine
    from curriculum.jobs import deliver_due
    from storage.models.curriculum import Enrollment
    from storage.models.core import utcnow
    from tests.conftest import make_settings
    from tests.fakes.slack_api import FakeSlackAPI

    api = FakeSlackAPI(workspace_rate=rate or 0.0)
    await api.start()
    db_file = tmp / f"bench-{rate or 0}.db"
    settings = make_settings(f"sqlite+aiosqlite:///{db_file}", tmp, SLACK_BOT_TOKEN="xoxb-bench",
                             SLACK_SIGNING_SECRET="x", CLINIBOT_SLACK_API_URL=api.base_url,
                             CLINIBOT_SLACK_RESPONSE_URL_HOSTS=api.root)
    svc = build_services(settings)
    await svc.db.create_all()
    slack = SlackAdapter(svc, Dispatcher(Router(), svc), worker_mode="inline")
    outbox = Outbox()
    outbox.adapters["slack"] = slack
    await slack.start()
    svc.extras["outbox"] = outbox
    engine = Engine(svc)
    track = engine.tracks["foundations"]
    parts = 1  # a scheduled lesson arrives as one message
    now = utcnow()
    rows = [dict(learner=f"slack:U{i:06d}", platform="slack", user_id=f"U{i:06d}", track_id="foundations",
                 status="active", phase="lesson", module_index=0, part_index=0, pace="08:00", tz="UTC",
                 channel=f"DU{i:06d}", thread_ref=f"1700000000.{i:06d}", next_due_at=now, last_activity_at=now,
                 reviews_enabled=True, survey_index=0, created_at=now) for i in range(learners)]
    async with svc.db.session() as s:
        for start in range(0, len(rows), 2000):
            await s.execute(insert(Enrollment), rows[start:start + 2000])
    started = time.perf_counter()
    cpu0 = time.process_time()
    delivered = await deliver_due(svc)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    posted = len(api.of("chat.postMessage"))
    throttled = len([c for c in api.calls if c.method == "chat.postMessage:429"])
    await slack.close()
    await svc.db.dispose()
    await api.close()
    return {"learners": learners, "delivered": delivered, "messages": posted, "expected": learners * parts,
            "seconds": elapsed, "cpu": cpu, "rate": rate, "throttled": throttled,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=100.0, help="workspace chat.postMessage limit, messages/s")
    args = parser.parse_args()
    os.environ.setdefault("CLINIBOT_LOG_LEVEL", "WARNING")
    import logging

    logging.basicConfig(level=logging.WARNING)
    tmp = Path(tempfile.mkdtemp(prefix="clinibot-curriculum-bench-"))
    results = [asyncio.run(run(args.learners, None, tmp)), asyncio.run(run(args.learners, args.rate, tmp))]
    print(f"\n{args.learners} learners, lesson due at the same minute (foundations module 1: one message per learner)\n")
    print("| Slack limit | learners delivered | messages posted / expected | 429s answered | wall s | bot CPU s |"
          " messages/s | ideal s at the limit | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        ideal = f"{r['expected'] / r['rate']:.0f}" if r["rate"] else "—"
        print(f"| {'none' if not r['rate'] else str(int(r['rate'])) + '/s'} | {r['delivered']} | {r['messages']} / "
              f"{r['expected']} | {r['throttled']} | {r['seconds']:.1f} | {r['cpu']:.1f} | "
              f"{r['messages'] / r['seconds']:.0f} | {ideal} | {r['peak_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
