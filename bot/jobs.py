"""apscheduler jobs. Jobs call services, never adapters; the database says what is due, so a
restart or a second worker never delivers twice (each delivery has a unique key)."""
from __future__ import annotations

import importlib
import logging
from datetime import timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)

# (module, function, trigger kwargs). Each function is `async def job(svc) -> None`.
JOBS: list[tuple[str, str, dict[str, Any]]] = [
    ("bot.jobs", "forget_old_events", {"trigger": "interval", "hours": 6}),
    ("curriculum.jobs", "deliver_due", {"trigger": "interval", "seconds": 30}),
    ("curriculum.jobs", "send_reminders", {"trigger": "interval", "minutes": 15}),
    ("curriculum.jobs", "send_reviews", {"trigger": "interval", "minutes": 15}),
    ("bot.monitoring.retention", "daily_job", {"trigger": "cron", "hour": 3, "minute": 17}),
    ("bot.monitoring.pilot", "refresh_job", {"trigger": "interval", "hours": 1}),
]


async def forget_old_events(svc) -> None:
    from storage.repos.dedupe import forget_before

    await forget_before(svc.db, svc.clock() - timedelta(days=2))


def start_scheduler(svc) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    for module_name, func_name, trigger in JOBS:
        try:
            func = getattr(importlib.import_module(module_name), func_name)
        except (ModuleNotFoundError, AttributeError):
            log.info("job %s.%s not available", module_name, func_name)
            continue
        scheduler.add_job(_guarded(func, svc), id=f"{module_name}.{func_name}", name=f"{module_name}.{func_name}",
                          max_instances=1,
                          coalesce=True, misfire_grace_time=60, **trigger)
    scheduler.start()
    return scheduler


def _guarded(func, svc):
    async def run() -> None:
        try:
            await func(svc)
        except Exception:
            log.exception("scheduled job %s failed", func.__name__)

    return run
