"""A second event loop, in its own thread, for the slow part of every chat request.

Slack wants an answer within 3 seconds and retries when it gets none. If acknowledging shared one
event loop with drafting, searching and database writes, acks would queue behind that work under
load. So the HTTP loop only verifies, acknowledges and hands the payload over; this loop owns its
own services (database engine, model client, Web API session), built inside it, because async
connections belong to the loop that made them.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)


class WorkerLoop:
    def __init__(self, setup: Callable[[], Awaitable[Any]], teardown: Callable[[Any], Awaitable[None]] | None = None,
                 name: str = "clinibot-worker") -> None:
        self._setup, self._teardown, self.name = setup, teardown, name
        self.loop: asyncio.AbstractEventLoop | None = None
        self.state: Any = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self.inflight: set[concurrent.futures.Future] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._main, name=self.name, daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self.loop = loop
        try:
            self.state = loop.run_until_complete(self._setup())
        except BaseException as exc:  # report to the starting thread
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        loop.run_forever()
        try:
            if self._teardown is not None:
                loop.run_until_complete(self._teardown(self.state))
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        finally:
            loop.close()

    def submit(self, work: Callable[[Any], Awaitable[Any]]) -> concurrent.futures.Future:
        """Run `work(state)` on the worker loop; returns at once."""
        assert self.loop is not None, "worker not started"
        future = asyncio.run_coroutine_threadsafe(work(self.state), self.loop)
        with self._lock:
            self.inflight.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: concurrent.futures.Future) -> None:
        with self._lock:
            self.inflight.discard(future)
        if not future.cancelled() and future.exception() is not None:
            log.error("background work failed: %s", type(future.exception()).__name__)

    def idle(self) -> bool:
        with self._lock:
            return not self.inflight

    def stop(self, timeout: float = 10.0) -> None:
        if self.loop is None or self._thread is None:
            return
        # let work in flight finish (it has already been acknowledged), then stop
        concurrent.futures.wait(list(self.inflight), timeout=timeout)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)


class WorkerProcess:
    """The same hand-over, to a child process: for a busy server, where even a second thread would
    compete with acknowledgements for the interpreter lock. `entry` names an `async def
    main(settings, queue)` that builds its own services and runs each (method, args) it receives."""

    def __init__(self, entry: str, settings: Any, name: str = "clinibot-worker") -> None:
        self.entry, self.settings, self.name = entry, settings, name
        self._proc: Any = None
        self._queue: Any = None

    def start(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self._queue = ctx.Queue()
        self._proc = ctx.Process(target=_child_main, args=(self.entry, self.settings, self._queue),
                                 name=self.name, daemon=True)
        self._proc.start()

    def submit_call(self, method: str, args: tuple) -> None:
        self._queue.put((method, args))

    def alive(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def idle(self) -> bool:
        return self._queue is None or self._queue.empty()

    def stop(self, timeout: float = 15.0) -> None:
        if self._proc is None:
            return
        self._queue.put(None)  # finish what was handed over, then exit
        self._proc.join(timeout)
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc = None


def _child_main(entry: str, settings: Any, queue: Any) -> None:
    import importlib

    module, _, func = entry.rpartition(".")
    asyncio.run(getattr(importlib.import_module(module), func)(settings, queue))
