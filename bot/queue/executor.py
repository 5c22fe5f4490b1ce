"""What a worker does with a job: open it and run the named adapter method on its own services.

Only the methods below can be named by a job, so a row in the database can never call anything else.
Effects stay exactly-once under redelivery through the services' own idempotency (event dedupe keys,
conditional updates, ledger keys), not through the queue.
"""
from __future__ import annotations

import logging
from typing import Any

from bot.queue.sealing import Sealer

log = logging.getLogger(__name__)

METHODS = frozenset({"_dispatch_raw", "_on_command", "_on_block_action", "_on_view_submission", "_on_reaction",
                     "_on_message", "_on_mention"})


class Executor:
    def __init__(self, settings: Any, *, clock: Any = None, router: Any = None) -> None:
        self.settings, self._clock, self._router = settings, clock, router
        self.sealer = Sealer(settings)
        self.sender: Any = None
        self.svc: Any = None

    async def open(self) -> "Executor":
        from bot.adapters.slack import SlackAdapter
        from bot.app import Outbox, build_router, build_services
        from bot.core.dispatch import Dispatcher
        from bot.phi.policy import install_log_filter
        from storage.models.core import utcnow

        svc = build_services(self.settings, clock=self._clock or utcnow)
        install_log_filter(svc.phi)
        router = self._router or build_router()
        svc.extras["router"] = router
        outbox = Outbox()
        svc.extras["outbox"] = outbox
        if self.settings.slack_enabled:
            sender = SlackAdapter(svc, Dispatcher(router, svc), worker_mode="inline", verified_upstream=True)
            await sender.start()
            outbox.adapters["slack"] = sender
            self.sender = sender
        self.svc = svc
        return self

    async def run(self, method: str, sealed: str) -> None:
        if method not in METHODS:
            raise ValueError(f"a queued job names an unknown method {method[:40]!r}")
        if self.sender is None:
            raise RuntimeError("Slack is not configured on this worker")
        args = self.sealer.open(sealed)
        await getattr(self.sender, method)(*args)

    async def close(self) -> None:
        if self.sender is not None:
            await self.sender.close()
        if self.svc is not None:
            await self.svc.db.dispose()
