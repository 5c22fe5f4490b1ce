"""The one place that wires things: settings -> services -> router -> adapters -> aiohttp app."""
from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.audit import AuditLog, audit_key
from bot.core.dispatch import Dispatcher
from bot.core.events import Reply
from bot.core.router import Router
from bot.metrics import Metrics
from bot.services import Services
from bot.settings import Settings
from storage.db import Database
from storage.models.core import utcnow

log = logging.getLogger("clinibot")

# Each feature module exposes `register(router)`; adding a feature is one line here.
FEATURES: list[str] = [
    "bot.help",
    "bot.drafts",
    "bot.evidence.chat",
    "curriculum.commands",
    "cme.commands",
    "bot.monitoring.commands",
    "evaluation.adjudication",
]

# Server-rendered pages; each module exposes `register_routes(app, svc)`.
WEB_PAGES: list[str] = ["bot.web", "bot.monitoring.web", "evaluation.web"]

SERVICES_KEY = web.AppKey("services", Services)
METRICS_KEY = web.AppKey("metrics", Metrics)
ADAPTERS_KEY = web.AppKey("adapters", dict)


def build_services(settings: Settings, *, clock: Callable[[], datetime] = utcnow, db: Database | None = None) -> Services:
    from bot.llm import make_llm
    from bot.llm.guarded import GuardedLLM
    from bot.phi.lexicon import use_site_dir
    from bot.phi.policy import PhiGuard

    phi = PhiGuard(settings.phi_mode)
    use_site_dir(settings.phi_site_dir)
    database = db or Database(settings.database_url)
    audit = AuditLog(database, scrub=phi.for_log, clock=clock, key=audit_key(settings),
                     checkpoint_file=settings.audit_checkpoint_file)
    llm = GuardedLLM(make_llm(base_url=settings.openai_base_url or None,
                              api_key=settings.openai_api_key.get() or None,
                              model=settings.llm_model, timeout=settings.llm_timeout), phi)
    svc = Services(settings=settings, db=database, phi=phi, audit=audit, clock=clock, llm=llm)
    from cme.completions import on_completion
    from curriculum.events import SINKS_KEY

    svc.extras[SINKS_KEY] = [on_completion]  # the curriculum reports, CME decides
    return svc


def build_router(features: list[str] | None = None) -> Router:
    router = Router()
    for name in features if features is not None else FEATURES:
        module = importlib.import_module(name)
        module.register(router)
    return router


class Outbox:
    """Proactive delivery (scheduled lessons, reminders, DMs) to whichever platform a user is on."""

    def __init__(self) -> None:
        self.adapters: dict[str, Any] = {}

    async def send(self, platform: str, reply: Reply, *, user: str = "", channel: str = "") -> tuple[str, str] | None:
        adapter = self.adapters.get(platform)
        if adapter is None:
            log.info("no %s adapter running; a proactive message was not sent", platform)
            return None
        return await adapter.send(reply, user=user, channel=channel)


ROLES = ("all", "web")  # "worker" runs without the web app: bot.queue.roles.worker_main


def uses_queue(settings: Settings) -> bool:
    """Durable hand-over (the default) rather than the in-memory test modes (thread, inline, process)."""
    return settings.slack_worker == "queue"


def build_app(settings: Settings, *, services: Services | None = None, router: Router | None = None,
              start_background: bool = True, role: str = "all") -> web.Application:
    """The aiohttp application: /slack/events, /healthz, /metrics and every feature's routes.

    role "all" also runs a queue worker in this process; "web" only acknowledges and enqueues."""
    from bot.phi.policy import install_log_filter
    from bot.queue import is_postgres

    svc = services or build_services(settings)
    install_log_filter(svc.phi)
    metrics = Metrics()
    router = router or build_router()
    dispatcher = Dispatcher(router, svc, metrics)
    outbox = Outbox()
    svc.extras.setdefault("outbox", outbox)
    svc.extras.setdefault("router", router)
    if uses_queue(settings):
        from bot.queue import make_handover

        svc.extras["queue"] = make_handover(svc)

    app = web.Application(middlewares=[_metrics_middleware(metrics)], client_max_size=2 * 1024 * 1024)
    app[SERVICES_KEY] = svc
    app[METRICS_KEY] = metrics
    adapters: dict[str, Any] = {}
    app[ADAPTERS_KEY] = adapters

    from bot.adapters import PLATFORMS

    for name, adapter_class in PLATFORMS.items():
        reason = adapter_class.off_reason(settings)
        if reason:
            app.router.add_post(adapter_class.path, _integration_off(adapter_class.label, reason))
            continue
        adapter = adapter_class(svc, dispatcher, metrics)
        adapters[name] = outbox.adapters[name] = adapter
        app.add_routes(adapter.routes())

    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", _metrics)
    for name in WEB_PAGES:
        importlib.import_module(name).register_routes(app, svc)

    async def on_startup(app: web.Application) -> None:
        for line in integration_report(settings):
            log.info(line)
        queue = svc.extras.get("queue")
        if queue is not None:
            await queue.open()
            if role == "all" and start_background:
                import asyncio

                from bot.queue.roles import LocalWorker

                worker = LocalWorker(settings, queue, router=router, clock=svc.clock)
                await asyncio.to_thread(worker.start)
                svc.extras["local_worker"] = worker
        for adapter in adapters.values():
            start = getattr(adapter, "start", None)
            if start is not None:
                await start()
        for hook in svc.extras.get("startup", []):
            await hook(svc)
        if start_background and settings.slack_app_token and "slack" in adapters:
            svc.extras["socket_mode"] = await adapters["slack"].start_socket_mode()
        # On PostgreSQL with the queue, the workers run the scheduled jobs (once per cluster).
        if start_background and settings.scheduler_enabled and role == "all" and \
                not (svc.extras.get("queue") is not None and is_postgres(settings.database_url)):
            from bot.jobs import start_scheduler

            svc.extras["scheduler"] = start_scheduler(svc)

    async def on_cleanup(app: web.Application) -> None:
        for adapter in adapters.values():
            close = getattr(adapter, "close", None)
            if close is not None:
                await close()
        scheduler = svc.extras.pop("scheduler", None)
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        socket = svc.extras.pop("socket_mode", None)
        if socket is not None:
            await socket.close_async()
        worker = svc.extras.pop("local_worker", None)
        if worker is not None:  # the web side has stopped taking requests; drain the work
            import asyncio

            await asyncio.to_thread(worker.stop)
        queue = svc.extras.get("queue")
        if queue is not None:
            await queue.close()
        if services is None:
            await svc.db.dispose()

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


def integration_report(settings: Settings) -> list[str]:
    """One line per integration saying whether it is on and, if not, why (no secret values)."""
    lines = [f"database: {settings.database_url.split('@')[-1]}", f"PHI mode: {settings.phi_mode}"]
    if settings.slack_enabled:
        lines.append("Slack: on (" + ("Socket Mode" if settings.slack_app_token else "HTTP /slack/events") + ")")
    else:
        lines.append(f"Slack: off ({settings.slack_off_reason}); /slack/events answers 503")
    lines.append("Microsoft Teams: on (POST /api/messages)" if settings.teams_enabled
                 else f"Microsoft Teams: off ({settings.teams_off_reason}); /api/messages answers 503")
    lines.append(f"model: {settings.llm_model} at {settings.openai_base_url}" if settings.openai_base_url
                 else "model: off (OPENAI_BASE_URL not set); drafts come from templates")
    return lines


def _integration_off(name: str, reason: str):
    async def handler(request: web.Request) -> web.Response:
        return web.json_response({"error": f"{name} is not configured: {reason}"}, status=503)

    return handler


async def _healthz(request: web.Request) -> web.Response:
    """503 when this process cannot do its job (database unreachable, or its own worker died), so a
    probe restarts it; "degraded" (200) when the cluster's worker pool is dead or stuck, because this
    server still stores every request safely and restarting it would not help."""
    svc = request.app[SERVICES_KEY]
    ok = await svc.db.ping()
    body: dict = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "unreachable",
                  "slack": "on" if "slack" in request.app[ADAPTERS_KEY] else "off"}
    queue = svc.extras.get("queue")
    if queue is not None and ok:
        local = svc.extras.get("local_worker")
        try:
            stats = await queue.stats()
        except Exception:
            stats = None
        if stats is not None:
            workers = _worker_pool_state(svc.settings, stats)
            body["queue"] = {"depth": stats.depth, "running": stats.running,
                             "oldest_age_s": round(stats.oldest_age, 1), "failed": stats.failed}
            body["workers"] = {"alive": stats.workers_alive, "state": workers}
            if workers != "ok":
                body["status"] = "degraded"
        if local is not None and not local.alive():
            body["status"], body["worker"] = "unavailable", "the in-process worker has stopped"
            return web.json_response(body, status=503)
    return web.json_response(body, status=200 if ok else 503)


def _worker_pool_state(settings: Settings, stats) -> str:
    if stats.workers_alive == 0:
        return "none alive"
    if stats.depth and stats.oldest_age > max(60.0, 2 * settings.worker_stalled_after):
        return "stuck"
    return "ok"


async def _metrics(request: web.Request) -> web.Response:
    text = request.app[METRICS_KEY].render()
    queue = request.app[SERVICES_KEY].extras.get("queue")
    if queue is not None:
        try:
            text += _queue_metrics(await queue.stats())
        except Exception:
            text += "# queue figures unavailable (database unreachable)\n"
    return web.Response(text=text, content_type="text/plain", charset="utf-8",
                        headers={"X-Content-Type-Options": "nosniff"})


def _queue_metrics(stats) -> str:
    """Cluster-wide queue figures, read from the queue's tables at scrape time."""
    out = []
    for name, help_, value in (
        ("clinibot_queue_depth", "Jobs waiting to be taken by a worker.", stats.depth),
        ("clinibot_queue_running", "Jobs being worked on.", stats.running),
        ("clinibot_queue_oldest_job_age_seconds", "How long the oldest waiting job has waited.",
         round(stats.oldest_age, 3)),
        ("clinibot_queue_retrying_jobs", "Waiting or running jobs on a second or later attempt.", stats.retrying),
        ("clinibot_queue_failed_jobs", "Jobs that failed every attempt (kept for an operator).", stats.failed),
    ) + ((("clinibot_queue_workers_alive", "Workers with a recent heartbeat.", stats.workers_alive),)
         if stats.workers_alive is not None else ()):
        out += [f"# HELP {name} {help_}", f"# TYPE {name} gauge", f"{name} {value}"]
    return "\n".join(out) + "\n"


def _metrics_middleware(metrics: Metrics):
    @web.middleware
    async def middleware(request: web.Request, handler):
        started = time.perf_counter()
        route = request.match_info.route.resource.canonical if request.match_info.route.resource else "unmatched"
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            metrics.observe_request(route, request.method, status, time.perf_counter() - started)

    return middleware
