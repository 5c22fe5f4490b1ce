"""Which running jobs a worker gives back to the queue when their worker's heartbeat is late.

A worker's own heartbeat can be late on a busy machine while the worker is alive and still running the job; giving
that job back would run the command twice (two replies in Slack). Only other workers' jobs are given back.
"""
from __future__ import annotations

from types import SimpleNamespace

from bot.queue.pg import SLACK_QUEUE, SLACK_TASK, make_app, retry_stalled


async def _stalled_job(cluster) -> tuple[int, int]:
    """A worker whose last heartbeat is a minute old, holding one running job: (worker id, job id)."""
    import asyncpg

    conn = await asyncpg.connect(cluster.dsn)
    try:
        worker_id = await conn.fetchval(
            "INSERT INTO procrastinate_workers (last_heartbeat) VALUES (now() - interval '60 seconds') RETURNING id")
        job_id = await conn.fetchval(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, args, status, worker_id) "
            "VALUES ($1, $2, '{}'::jsonb, 'doing', $3) RETURNING id", SLACK_QUEUE, SLACK_TASK, worker_id)
        return worker_id, job_id
    finally:
        await conn.close()


async def test_a_worker_never_gives_back_its_own_running_jobs(cluster):
    worker_id, job_id = await _stalled_job(cluster)
    app = make_app(SimpleNamespace(database_url=cluster.db_url))
    async with app.open_async():
        assert await retry_stalled(app, 3, own_worker_id=worker_id) == 0
        assert await cluster.fetchval("SELECT status::text FROM procrastinate_jobs WHERE id = $1", job_id) == "doing"
        assert await retry_stalled(app, 3, own_worker_id=worker_id + 1000) == 1  # seen by another worker: dead
        assert await cluster.fetchval("SELECT status::text FROM procrastinate_jobs WHERE id = $1", job_id) == "todo"
