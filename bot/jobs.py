"""Scheduled jobs. Jobs call services, never adapters; the database says what is due, so a
restart or a second worker never delivers twice (each delivery has a unique key).

Each job runs once per tick across the whole cluster. On PostgreSQL the queue's workers run them as
procrastinate periodic tasks (one defer per task and tick, a lock per job; `bot.queue.pg`); on the
embedded SQLite default (one process) apscheduler runs them in the server.
"""
from __future__ import annotations

import importlib
import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from croniter import croniter

from bot.settings import SettingsError

log = logging.getLogger(__name__)

# (module, function, cron). Each function is `async def job(svc) -> None`. A cron has five fields,
# or six where the sixth is seconds (croniter's form, which procrastinate uses too).
JOBS: list[tuple[str, str, str]] = [
    ("bot.jobs", "forget_old_events", "0 */6 * * *"),
    ("curriculum.jobs", "deliver_due", "* * * * * */30"),
    ("curriculum.jobs", "send_reminders", "*/15 * * * *"),
    ("curriculum.jobs", "send_reviews", "*/15 * * * *"),
    ("bot.monitoring.retention", "daily_job", "17 3 * * *"),
    ("bot.monitoring.pilot", "refresh_job", "0 * * * *"),
]


async def forget_old_events(svc) -> None:
    from storage.repos.dedupe import forget_before

    await forget_before(svc.db, svc.clock() - timedelta(days=2))


def schedule_overrides(raw: str) -> dict[str, str]:
    """CLINIBOT_JOB_SCHEDULE: `deliver_due=*/5 * * * *;daily_job=0 4 * * *` (a name or module.name)."""
    out: dict[str, str] = {}
    for part in raw.split(";"):
        if not part.strip():
            continue
        name, sep, cron = part.partition("=")
        if not sep or not croniter.is_valid(cron.strip()):
            raise SettingsError(f"CLINIBOT_JOB_SCHEDULE has an invalid entry {part.strip()!r} (want name=cron)")
        out[name.strip()] = cron.strip()
    return out


def scheduled_jobs(settings: Any) -> list[tuple[str, str, Any]]:
    """(job id, cron, function) for every job that is available."""
    overrides = schedule_overrides(settings.job_schedule)
    jobs = []
    for module_name, func_name, cron in JOBS:
        job_id = f"{module_name}.{func_name}"
        try:
            func = getattr(importlib.import_module(module_name), func_name)
        except (ModuleNotFoundError, AttributeError):
            log.info("job %s not available", job_id)
            continue
        jobs.append((job_id, overrides.get(job_id, overrides.get(func_name, cron)), func))
    return jobs


class CronTrigger(BaseTrigger):
    """apscheduler trigger for a croniter expression, so both schedulers read the same JOBS."""

    def __init__(self, cron: str) -> None:
        self.cron = cron

    def get_next_fire_time(self, previous_fire_time, now):
        base = (previous_fire_time or now).astimezone(timezone.utc)
        return croniter(self.cron, base).get_next(datetime)


def start_scheduler(svc) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    for job_id, cron, func in scheduled_jobs(svc.settings):
        scheduler.add_job(_guarded(func, svc), CronTrigger(cron), id=job_id, name=job_id, max_instances=1,
                          coalesce=True, misfire_grace_time=60)
    scheduler.start()
    return scheduler


def _guarded(func, svc):
    async def run() -> None:
        try:
            await func(svc)
        except Exception:
            log.exception("scheduled job %s failed", func.__name__)

    return run
