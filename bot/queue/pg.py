"""The PostgreSQL queue: procrastinate, on the production database (no extra broker).

The web side defers one job per request (one INSERT and a NOTIFY, committed before the 200). Workers
(`clinibot worker`, any number, any host) take jobs with LISTEN/NOTIFY and a polling fallback, send a
heartbeat, and retry the running jobs of any worker whose heartbeat stopped. SIGTERM stops fetching,
waits the grace period, and hands jobs still running back to the queue (procrastinate retries a job
aborted by shutdown). Scheduled jobs are procrastinate periodic tasks: one defer per tick across the
cluster (a unique row per task and tick) and a lock so two runs of one job never overlap.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import procrastinate
from procrastinate import RetryStrategy
from procrastinate import worker as procrastinate_worker

from bot.queue import QueueStats, QueueUnavailable
from bot.queue.group_commit import GroupCommit
from bot.queue.sealing import Sealer

log = logging.getLogger(__name__)

SLACK_TASK = "clinibot.slack"
SLACK_QUEUE = "slack"
JOBS_QUEUE = "jobs"
SCHEMA_LOCK = 0x636C696E  # advisory lock id held while the queue schema is applied
# A job is retried after a failure or a shutdown abort; effects are idempotent, so a retry is safe.
RETRY = RetryStrategy(max_attempts=10, wait=1)


def libpq_url(url: str) -> str:
    """postgresql+asyncpg://... -> postgresql://... (psycopg's form)."""
    scheme, _, rest = url.partition("://")
    return "postgresql://" + rest


def make_app(settings: Any, *, periodic: bool = False) -> procrastinate.App:
    # The web side must answer within Slack's 3 s: if no connection can be had quickly, it answers 503.
    wait = 30.0 if periodic else 1.5
    connector = procrastinate.PsycopgConnector(conninfo=libpq_url(settings.database_url), min_size=1, max_size=10,
                                               timeout=wait, kwargs={"connect_timeout": 2})
    app = procrastinate.App(connector=connector)
    app.task(name=SLACK_TASK, queue=SLACK_QUEUE, pass_context=True, retry=RETRY)(_slack_job)
    if periodic:
        from bot.jobs import scheduled_jobs

        for job_id, cron, func in scheduled_jobs(settings):
            task = app.task(name=f"clinibot.job.{job_id}", queue=JOBS_QUEUE, pass_context=True, lock=job_id)(
                _scheduled(func))
            app.periodic(cron=cron, periodic_id=job_id)(task)
    return app


async def _slack_job(context: Any, method: str, sealed: str) -> None:
    await context.additional_context["executor"].run(method, sealed)


def _scheduled(func):
    async def job(context: Any, timestamp: int) -> None:
        await func(context.additional_context["executor"].svc)

    job.__name__ = func.__name__
    return job


async def migrate(url: str) -> bool:
    """The application's migrations, then procrastinate's schema if it is not there yet; under an
    advisory lock, so replicas that start together migrate one at a time. True if the queue schema
    was created."""
    import psycopg

    from storage.migrate import upgrade_async

    async with await psycopg.AsyncConnection.connect(libpq_url(url), autocommit=True) as conn:
        await conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        try:
            await upgrade_async(url)
            found = (await (await conn.execute("SELECT to_regclass('procrastinate_jobs')")).fetchone())[0]
            if found is None:
                from procrastinate.schema import SchemaManager

                await conn.execute(SchemaManager.get_schema())
                return True
            return False
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))


class PgHandOver:
    """The web side: defer, and read the queue's figures for /healthz and /metrics."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self.sealer = Sealer(settings)
        self.app = make_app(settings)
        self._opened = False
        self._group = GroupCommit(self._write_many, parallel=4)

    async def open(self) -> None:
        await self.app.open_async()
        self._opened = True

    async def put(self, method: str, args: list) -> None:
        sealed = self.sealer.seal(args)
        try:  # the pool checks each connection before use, so one that died with the database is replaced
            await self._group.write({"method": method, "sealed": sealed})
        except Exception as exc:
            raise QueueUnavailable(type(exc).__name__) from None

    async def _write_many(self, kwargs: list[dict]) -> None:
        await self.app.tasks[SLACK_TASK].batch_defer_async(*kwargs)

    async def stats(self) -> QueueStats:
        return await pg_stats(self.app, self.settings.worker_stalled_after)

    async def close(self) -> None:
        if self._opened:
            await self.app.close_async()
            self._opened = False


STATS_SQL = """
SELECT count(*) FILTER (WHERE j.status = 'todo' AND j.scheduled_at IS NULL OR j.scheduled_at <= now()) AS depth,
       count(*) FILTER (WHERE j.status = 'doing') AS running,
       count(*) FILTER (WHERE j.status IN ('todo', 'doing') AND j.attempts > 0) AS retrying,
       count(*) FILTER (WHERE j.status = 'failed') AS failed,
       (SELECT EXTRACT(EPOCH FROM now() - min(e.at)) FROM procrastinate_events e
          JOIN procrastinate_jobs t ON t.id = e.job_id
         WHERE t.status = 'todo' AND e.type = 'deferred') AS oldest,
       (SELECT count(*) FROM procrastinate_workers
         WHERE last_heartbeat > now() - make_interval(secs => %(stalled)s)) AS alive
  FROM procrastinate_jobs j
"""


async def pg_stats(app: procrastinate.App, stalled_after: float) -> QueueStats:
    row = await app.connector.execute_query_one_async(STATS_SQL, stalled=float(stalled_after))
    return QueueStats(depth=int(row["depth"] or 0), running=int(row["running"] or 0),
                      oldest_age=float(row["oldest"] or 0.0), retrying=int(row["retrying"] or 0),
                      failed=int(row["failed"] or 0), workers_alive=int(row["alive"] or 0))


async def retry_stalled(app: procrastinate.App, stalled_after: float, own_worker_id: int | None = None) -> int:
    """Give the running jobs of dead workers (no heartbeat for `stalled_after` s) back to the queue.

    A worker never gives back its own jobs: it is alive (it is asking), and a heartbeat that came late on a busy
    machine must not make it run a command twice while its first run is still going."""
    n = 0
    for job in await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after):
        if own_worker_id is not None and job.worker_id == own_worker_id:
            continue
        try:
            await app.job_manager.retry_job(job)
            n += 1
        except Exception:  # another worker retried it first
            continue
    if n:
        log.warning("re-queued %d jobs held by workers that stopped sending heartbeats", n)
    return n


async def run_worker(settings: Any, executor: Any, *, stop: asyncio.Event | None = None,
                     signals: bool = True) -> None:
    """One worker: Slack jobs and scheduled jobs, heartbeats, and the retry of dead workers' jobs."""
    app = make_app(settings, periodic=True)
    async with app.open_async():
        app.perform_import_paths()
        consumer = procrastinate_worker.Worker(app=app, **{**app.worker_defaults, **dict(
            queues=[SLACK_QUEUE, JOBS_QUEUE], concurrency=settings.worker_concurrency, wait=True,
            shutdown_graceful_timeout=settings.shutdown_grace, install_signal_handlers=signals,
            update_heartbeat_interval=settings.worker_heartbeat, stalled_worker_timeout=settings.worker_stalled_after,
            delete_jobs="successful", fetch_job_polling_interval=1.0,
            additional_context={"executor": executor})})

        async def rescue() -> None:
            while True:
                try:
                    await retry_stalled(app, settings.worker_stalled_after, own_worker_id=consumer.worker_id)
                except Exception as exc:
                    log.warning("stalled-job check failed (%s)", type(exc).__name__)
                await asyncio.sleep(max(settings.worker_heartbeat, 0.5))

        rescuer = asyncio.create_task(rescue(), name="retry-stalled")
        worker = asyncio.create_task(consumer.run(), name="procrastinate-worker")
        try:
            if stop is None:
                await worker
            else:
                waiter = asyncio.create_task(stop.wait())
                await asyncio.wait([worker, waiter], return_when=asyncio.FIRST_COMPLETED)
                if not worker.done():
                    worker.cancel()  # procrastinate treats cancellation as a graceful stop
                    await asyncio.gather(worker, return_exceptions=True)
                waiter.cancel()
        finally:
            rescuer.cancel()
            await asyncio.gather(rescuer, return_exceptions=True)
