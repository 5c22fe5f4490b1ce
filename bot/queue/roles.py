"""Where the queue's consumers run: `clinibot worker` (a process of its own, any number, any host) or,
for `clinibot serve` with no role flag, a worker thread inside the web process.

Either way the worker owns its services (database engine, model client, Web API session), built on
its own event loop, so acknowledgements never wait behind the work.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import time
from typing import Any

from bot.core.worker import WorkerLoop
from bot.queue import is_postgres
from bot.queue.executor import Executor

log = logging.getLogger(__name__)


async def _consume(settings: Any, executor: Executor, stop: asyncio.Event, *, signals: bool,
                   on_consumer: Any = None) -> None:
    """Run until `stop` is set (or SIGTERM/SIGINT when `signals`), then drain within the grace period."""
    if is_postgres(settings.database_url):
        from bot.queue.pg import run_worker

        await run_worker(settings, executor, stop=None if signals else stop, signals=signals)
        return
    from bot.queue.embedded import EmbeddedConsumer

    consumer = EmbeddedConsumer(executor.svc.db, executor.run, concurrency=settings.worker_concurrency,
                                grace=settings.shutdown_grace)
    consumer.start()
    if on_consumer is not None:
        on_consumer(consumer)
    if signals:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
    waiter = asyncio.create_task(stop.wait())
    await asyncio.wait([waiter, consumer._task], return_when=asyncio.FIRST_COMPLETED)
    consumer.stop()
    await consumer.wait()
    waiter.cancel()


async def worker_main(settings: Any) -> int:
    """`clinibot worker`: consume until SIGTERM, then finish or hand back running work and exit."""
    if is_postgres(settings.database_url):
        from bot.queue.pg import migrate

        await migrate(settings.database_url)
    else:
        from storage.migrate import upgrade_async

        await upgrade_async(settings.database_url)
    executor = await Executor(settings).open()
    health = await _health_server(settings) if settings.worker_health_port else None
    try:
        await _consume(settings, executor, asyncio.Event(), signals=True)
    finally:
        if health is not None:
            await health.cleanup()
        await executor.close()
    log.info("worker stopped")
    return 0


async def _health_server(settings: Any) -> Any:
    """/healthz for a worker pod's probes: 200 while this process's loop turns and reaches the database."""
    from aiohttp import web

    from storage.db import Database

    db = Database(settings.database_url)
    started = time.time()

    async def healthz(request: web.Request) -> web.Response:
        ok = await db.ping()
        return web.json_response({"status": "ok" if ok else "unavailable", "role": "worker",
                                  "uptime_s": round(time.time() - started)}, status=200 if ok else 503)

    app = web.Application()
    app.router.add_get("/healthz", healthz)

    async def close_db(app: web.Application) -> None:
        await db.dispose()

    app.on_cleanup.append(close_db)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.worker_health_port).start()
    return runner


class LocalWorker:
    """The worker role inside the web process (`clinibot serve` with no role flag, and `make run`)."""

    def __init__(self, settings: Any, handover: Any, *, router: Any = None, clock: Any = None) -> None:
        self.settings, self.handover = settings, handover
        self._router, self._clock = router, clock
        self._loop = WorkerLoop(self._setup, self._teardown, name="clinibot-queue-worker")
        self._stop: asyncio.Event | None = None
        self._done: Any = None

    def start(self) -> None:
        self._loop.start()
        self._done = self._loop.submit(self._run)

    async def _setup(self) -> Executor:
        self._stop = asyncio.Event()
        return await Executor(self.settings, clock=self._clock, router=self._router).open()

    async def _run(self, executor: Executor) -> None:
        def attach(consumer: Any) -> None:
            self.handover.wakers.append(consumer.wake)
            self.handover.consumer = consumer

        try:
            await _consume(self.settings, executor, self._stop, signals=False, on_consumer=attach)
        except Exception:
            log.exception("the in-process worker stopped")
            raise

    @staticmethod
    async def _teardown(executor: Executor) -> None:
        await executor.close()

    def alive(self) -> bool:
        return self._done is not None and not self._done.done()

    def stop(self) -> None:
        """Stop taking work; running work gets the grace period, then goes back to the queue."""
        if self._loop.loop is None or self._stop is None:
            return
        self._loop.loop.call_soon_threadsafe(self._stop.set)
        self._loop.stop(timeout=self.settings.shutdown_grace + 10)
