"""Scheduled jobs run once per tick across the cluster, however many workers there are."""
import asyncio
import time

import pytest

from bot.monitoring import pilot
from tests.queue.test_faults import started

TICK = 2  # seconds


@pytest.mark.parametrize("workers", [2, 3])
async def test_each_tick_runs_once_across_workers(cluster, workers):
    every = f"* * * * * */{TICK}"
    cluster.env_extra["CLINIBOT_JOB_SCHEDULE"] = ";".join(
        f"{name}={every}" for name in ("daily_job", "refresh_job", "deliver_due", "send_reminders", "send_reviews"))
    procs = await started(cluster, *["worker"] * workers)
    began = time.time()
    await asyncio.sleep(4 * TICK + 1)
    for p in procs:
        p.term()
    for p in procs:
        assert await p.wait(30) == 0
    elapsed = time.time() - began
    stamps = await cluster.fetchval(
        "SELECT array_agg(EXTRACT(EPOCH FROM at)) FROM audit_entry WHERE action = 'retention.run'") or []
    # ticks after every worker is up (at start a worker may catch up on the tick just missed)
    steady = [float(t) for t in stamps if began + TICK <= float(t) <= began + elapsed - 1]
    buckets = [int(t // TICK) for t in steady]
    # every tick ran, and none ran twice, with any number of workers
    assert len(steady) >= (elapsed - TICK - 1) / TICK - 1
    assert len(set(buckets)) == len(buckets), (began, elapsed, sorted(float(t) for t in stamps))
    # nothing failed: the pilot refresh never collides with itself
    assert await cluster.fetchval("SELECT count(*) FROM procrastinate_jobs WHERE status = 'failed'") == 0
    assert await cluster.fetchval("SELECT count(*) FROM mon_pilot_week") > 0


async def test_concurrent_pilot_refreshes_do_not_collide(cluster):
    """The same refresh started five times at once (the job and page reads on several replicas)."""
    from bot.app import build_services
    from tests.conftest import make_settings

    settings = make_settings(cluster.db_url, cluster.tmp)
    services = [build_services(settings) for _ in range(5)]
    try:
        results = await asyncio.gather(*(pilot.refresh_job(svc) for svc in services), return_exceptions=True)
    finally:
        for svc in services:
            await svc.db.dispose()
    assert [r for r in results if isinstance(r, BaseException)] == []
