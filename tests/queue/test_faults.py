"""Every acknowledged command is answered exactly once through crashes, deploys and database blips.

Real `clinibot serve` / `clinibot worker` subprocesses on PostgreSQL (procrastinate), the fake Slack
Web API and the fake model over loopback. The model takes MODEL_DELAY seconds, so work is in flight
when a process is killed or stopped.
"""
import asyncio
import json
import time

import aiohttp

from tests.queue.cluster import fire, send, wait_answers

N = 100
MODEL_DELAY = 1.5


def slack_root(cluster) -> str:
    return cluster.slack.base_url.rsplit("/api/", 1)[0]


async def assert_all_answered_once(cluster, n: int = N, timeout: float = 60) -> None:
    counts = await wait_answers(cluster.slack, n, timeout)
    assert len(counts) == n, f"{len(counts)} of {n} answered"
    assert set(counts.values()) == {1}, "a command was answered more than once"
    assert await cluster.fetchval("SELECT count(*) FROM draft") == n


async def in_flight(cluster) -> int:
    """Jobs a worker holds, once it has them (the model is slow, so they stay held)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        doing = await cluster.fetchval("SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing'")
        if doing >= 20:
            return doing
        await asyncio.sleep(0.1)
    raise AssertionError("the worker did not take the jobs")


async def healthz(url: str) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session:
        async with session.get(url + "/healthz") as resp:
            return resp.status, await resp.json()


async def started(cluster, *roles: str, **extra):
    procs = [cluster.start(role, **extra) for role in roles]
    for p in procs:
        if p.role != "worker":
            await cluster.ready(p)
    await cluster.worker_running(sum(1 for r in roles if r in ("worker", "all")))
    return procs


async def test_worker_killed_mid_work(cluster):
    cluster.model.set_latency(MODEL_DELAY)
    web, worker = await started(cluster, "web", "worker")
    assert await fire(web.url, N, slack_root(cluster)) == [200] * N
    await in_flight(cluster)
    worker.kill9()
    assert cluster.slack.of("chat.postMessage") == []
    cluster.start("worker")  # the replacement retries what the dead worker held (no heartbeat)
    await assert_all_answered_once(cluster)


async def test_server_killed_after_acknowledging(cluster):
    cluster.model.set_latency(MODEL_DELAY)
    web, _worker = await started(cluster, "web", "worker")
    assert await fire(web.url, N, slack_root(cluster)) == [200] * N
    web.kill9()
    await assert_all_answered_once(cluster)


async def test_server_and_worker_killed(cluster):
    cluster.model.set_latency(MODEL_DELAY)
    web, worker = await started(cluster, "web", "worker")
    assert await fire(web.url, N, slack_root(cluster)) == [200] * N
    await in_flight(cluster)
    web.kill9()
    worker.kill9()
    await started(cluster, "web", "worker")
    await assert_all_answered_once(cluster)


async def test_sigterm_of_a_combined_server_requeues_what_it_cannot_finish(cluster):
    """A rolling deploy of `clinibot serve` (web and worker in one process) with a short grace period."""
    cluster.model.set_latency(MODEL_DELAY)
    [server] = await started(cluster, "all", CLINIBOT_SHUTDOWN_GRACE="0.3")
    assert await fire(server.url, N, slack_root(cluster)) == [200] * N
    await in_flight(cluster)
    began = time.monotonic()
    server.term()
    assert await server.wait(30) == 0
    assert time.monotonic() - began < 15
    answered_before = len(cluster.slack.of("chat.postMessage"))
    assert answered_before < N  # it did not simply finish everything: the rest went back to the queue
    await started(cluster, "all")
    await assert_all_answered_once(cluster)


async def test_sigterm_of_a_worker_finishes_running_work_within_the_grace_period(cluster):
    cluster.model.set_latency(MODEL_DELAY)
    web, worker = await started(cluster, "web", "worker")
    assert await fire(web.url, N, slack_root(cluster)) == [200] * N
    await in_flight(cluster)
    began = time.monotonic()
    worker.term()
    assert await worker.wait(30) == 0
    assert time.monotonic() - began < 10  # the work took 1.5 s; the grace period is 10 s
    held = await cluster.fetchval("SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing'")
    assert held == 0  # nothing is left claimed by a worker that has gone
    # what it had taken was finished before it exited; the rest waits for the next worker. A job whose reply
    # went out just as the worker stopped may still be queued: its retry is idempotent (checked below: once each)
    answered = len(cluster.slack.of("chat.postMessage"))
    assert answered >= 20 and answered >= N - await cluster.fetchval("SELECT count(*) FROM procrastinate_jobs")
    await started(cluster, "worker")
    await assert_all_answered_once(cluster)


async def test_worker_pool_dead_is_reported_and_nothing_is_lost(cluster):
    [web] = await started(cluster, "web")
    statuses = await fire(web.url, 10, slack_root(cluster))
    assert statuses == [200] * 10
    status, body = await healthz(web.url)
    assert status == 200 and body["status"] == "degraded"
    assert body["workers"] == {"alive": 0, "state": "none alive"}
    assert body["queue"]["depth"] == 10
    async with aiohttp.ClientSession() as session:
        async with session.get(web.url + "/metrics") as resp:
            metrics = await resp.text()
    assert "clinibot_queue_depth 10" in metrics and "clinibot_queue_workers_alive 0" in metrics
    assert "clinibot_queue_oldest_job_age_seconds" in metrics
    await started(cluster, "worker")
    await assert_all_answered_once(cluster, 10)
    # the last reply can go out a moment before the worker marks its job done: wait for the queue to drain
    deadline = time.monotonic() + 10
    status, body = await healthz(web.url)
    while body["queue"]["depth"] and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        status, body = await healthz(web.url)
    assert body["status"] == "ok" and body["workers"]["alive"] == 1 and body["queue"]["depth"] == 0


async def test_requests_while_the_database_is_down_get_503_and_are_not_lost(cluster):
    from tests.fakes.tcp_proxy import TcpProxy
    from urllib.parse import urlsplit

    target = urlsplit(cluster.db_url.replace("+asyncpg", ""))
    proxy = await TcpProxy(target.hostname, target.port or 5432).start()
    try:
        via_proxy = cluster.db_url.replace(f"{target.hostname}:{target.port}", f"127.0.0.1:{proxy.port}")
        [web] = await started(cluster, "web", DATABASE_URL=via_proxy)
        await started(cluster, "worker")
        root = slack_root(cluster)
        assert await fire(web.url, 20, root) == [200] * 20
        await proxy.cut()
        began = time.monotonic()
        down = await fire(web.url, 30, root, start=20)
        assert down == [503] * 30  # not acknowledged, so Slack sends them again
        assert time.monotonic() - began < 3  # within Slack's 3 s, so the 503 is what Slack sees
        await proxy.restore()
        # Slack's retries: the first may still meet the pool's dead connections and get another 503
        # (Slack then retries again); within a few seconds every one is stored and acknowledged
        for _ in range(10):
            retried = await fire(web.url, 30, root, start=20)
            if retried == [200] * 30:
                break
            await asyncio.sleep(1)
        assert retried == [200] * 30
        await assert_all_answered_once(cluster, 50)
    finally:
        await proxy.close()


async def test_the_same_event_to_two_web_replicas_is_processed_once(cluster):
    web1, web2, _w1, _w2 = await started(cluster, "web", "web", "worker", "worker")
    event = {"type": "app_mention", "user": "U100", "text": "<@UBOT> help", "channel": "C900", "ts": "1700000000.000100",
             "event_ts": "1700000000.000100"}
    body = json.dumps({"token": "x", "team_id": "T0001", "api_app_id": "A0001", "event": event,
                       "type": "event_callback", "event_id": "EvSAME1", "event_time": int(time.time()),
                       "authorizations": [{"team_id": "T0001", "user_id": "UBOT", "is_bot": True}]})
    assert await send(web1.url, body, "application/json") == 200
    assert await send(web2.url, body, "application/json", {"X-Slack-Retry-Num": "1"}) == 200
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and await cluster.fetchval("SELECT count(*) FROM procrastinate_jobs") > 0:
        await asyncio.sleep(0.2)
    await asyncio.sleep(0.5)
    replies = [c for c in cluster.slack.calls if c.method.startswith("chat.") and c.args.get("channel") == "C900"]
    assert len(replies) == 1
