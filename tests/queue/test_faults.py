"""Every acknowledged command is answered exactly once through crashes, deploys and database blips.

Real `clinibot serve` / `clinibot worker` subprocesses on PostgreSQL (procrastinate), the fake Slack
Web API and the fake model over loopback. The model takes MODEL_DELAY seconds, so work is in flight
when a process is killed.
"""
import asyncio

import pytest

from tests.queue.cluster import fire, wait_answers

N = 100
MODEL_DELAY = 1.5


def slack_root(cluster) -> str:
    return cluster.slack.base_url.rsplit("/api/", 1)[0]


async def drafts(cluster) -> int:
    return await cluster.fetchval("SELECT count(*) FROM draft")


async def assert_all_answered_once(cluster, timeout: float = 60) -> None:
    counts = await wait_answers(cluster.slack, N, timeout)
    assert len(counts) == N, f"{len(counts)} of {N} answered"
    assert set(counts.values()) == {1}, "a command was answered more than once"
    assert await drafts(cluster) == N


async def test_worker_killed_mid_work(cluster):
    cluster.model.set_latency(MODEL_DELAY)
    web = cluster.start("web")
    worker = cluster.start("worker")
    await cluster.ready(web)
    await cluster.worker_running()
    assert await fire(web.url, N, slack_root(cluster)) == [200] * N
    await asyncio.sleep(0.7)  # the worker has taken the jobs and waits on the model
    assert await cluster.fetchval("SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing'") > 0
    worker.kill9()
    assert cluster.slack.of("chat.postMessage") == []
    cluster.start("worker")
    await assert_all_answered_once(cluster)
