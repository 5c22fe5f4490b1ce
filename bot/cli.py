"""`clinibot serve | worker | console | migrate | phi scan | evidence ... | audit verify | cme ...`

Subcommands are a plain dict of name -> function(argv) -> exit code; a feature adds one line.
Configuration errors print one line naming the variable and exit 2, never a traceback.
"""
from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import sys
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError

from bot.settings import Settings, SettingsError


def _one_line(exc: BaseException) -> str:
    """The innermost cause's type and first line, without any URL credentials."""
    while exc.__cause__ is not None or (exc.__context__ is not None and not exc.__suppress_context__):
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _settings() -> Settings:
    return Settings.from_env()


def _logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def cmd_serve(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="clinibot serve", description="Run the HTTP server and/or a queue worker.")
    parser.add_argument("--port", type=int, help="overrides PORT")
    parser.add_argument("--no-migrate", action="store_true", help="do not apply migrations at start")
    parser.add_argument("--role", choices=("all", "web", "worker"), default="all",
                        help="all (default): web and a worker in one process; web: acknowledge and enqueue only; "
                             "worker: run jobs only (same as `clinibot worker`)")
    args = parser.parse_args(argv)
    settings = _settings()
    _logging(settings)
    if args.role == "worker":
        return _worker(settings)
    from aiohttp import web

    from bot.app import build_app

    if not args.no_migrate:
        _migrate(settings)
    app = build_app(settings, role=args.role)
    _add_default_startup(app)
    # SIGTERM: stop accepting, let requests in flight finish, then drain the in-process worker.
    web.run_app(app, host=settings.host, port=args.port or settings.port, print=None,
                access_log_format='%r %s %b %Tf', shutdown_timeout=settings.shutdown_grace)
    return 0


def cmd_worker(argv: list[str]) -> int:
    argparse.ArgumentParser(prog="clinibot worker", description="Run queue workers (Slack requests and scheduled "
                            "jobs) until SIGTERM; any number, on any host.").parse_args(argv)
    settings = _settings()
    _logging(settings)
    return _worker(settings)


def _worker(settings: Settings) -> int:
    from bot.queue.roles import worker_main

    return asyncio.run(worker_main(settings))


def _migrate(settings: Settings) -> None:
    """The application's tables (alembic) and, on PostgreSQL, the queue's own schema."""
    from bot.queue import is_postgres
    from storage.migrate import upgrade

    if is_postgres(settings.database_url):
        from bot.queue.pg import migrate

        asyncio.run(migrate(settings.database_url))
    else:
        upgrade(settings.database_url)


def _add_default_startup(app) -> None:
    """Index the bundled evidence corpus on first start (reused afterwards)."""
    from bot.app import SERVICES_KEY
    from bot.evidence.chat import startup

    app[SERVICES_KEY].extras.setdefault("startup", []).append(startup)


def cmd_console(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="clinibot console", description="Talk to the bot in a terminal or pipe.")
    parser.add_argument("--as", dest="user", default="operator", help="act as this configured user id")
    args = parser.parse_args(argv)
    settings = _settings()
    logging.basicConfig(level="WARNING", stream=sys.stderr)
    return asyncio.run(_console(settings, args.user))


async def _console(settings: Settings, user: str) -> int:
    from bot.adapters.console import ConsoleAdapter
    from bot.app import build_router, build_services
    from bot.core.dispatch import Dispatcher
    from bot.phi.policy import install_log_filter
    from storage.migrate import upgrade_async

    await upgrade_async(settings.database_url)
    svc = build_services(settings)
    install_log_filter(svc.phi)
    router = build_router()
    svc.extras["router"] = router
    from bot.evidence.chat import startup

    await startup(svc)
    console = ConsoleAdapter(svc, Dispatcher(router, svc), user=user)
    from bot.app import Outbox

    outbox = Outbox()
    outbox.adapters["console"] = console
    svc.extras["outbox"] = outbox
    try:
        return await console.run()
    finally:
        await svc.db.dispose()


def cmd_migrate(argv: list[str]) -> int:
    argparse.ArgumentParser(prog="clinibot migrate", description="Apply database migrations.").parse_args(argv)
    settings = _settings()
    _migrate(settings)
    print(f"database at {settings.database_url.split('@')[-1]} is up to date")
    return 0


def cmd_phi(argv: list[str]) -> int:
    if not argv or argv[0] != "scan":
        print("usage: clinibot phi scan [--show] < text", file=sys.stderr)
        return 2
    from bot.phi.cli import scan

    return scan(sys.stdin, sys.stdout, argv[1:])


def cmd_audit(argv: list[str]) -> int:
    if argv[:1] != ["verify"]:
        print("usage: clinibot audit verify", file=sys.stderr)
        return 2
    settings = _settings()

    async def run() -> int:
        from bot.app import build_services

        svc = build_services(settings)
        try:
            result = await svc.audit.verify()
        finally:
            await svc.db.dispose()
        if result.ok:
            print(f"audit chain intact: {result.entries} entries")
        else:
            print(f"audit chain BROKEN at entry {result.first_broken_id}: {result.problem}")
        for line in result.proved:
            print(f"  proved: {line}")
        for line in result.unproved:
            print(f"  not proved: {line}")
        return 0 if result.ok else 1

    return asyncio.run(run())


def _delegate(module: str, func: str = "main") -> Callable[[list[str]], int]:
    def run(argv: list[str]) -> int:
        return getattr(importlib.import_module(module), func)(argv, settings=_settings())

    return run


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "serve": cmd_serve,
    "worker": cmd_worker,
    "console": cmd_console,
    "migrate": cmd_migrate,
    "phi": cmd_phi,
    "audit": cmd_audit,
    "evidence": _delegate("bot.evidence.chat", "cli"),
    "cme": _delegate("cme.cli"),
    "train": _delegate("curriculum.cli"),
    "retention": _delegate("bot.monitoring.retention"),
    "teams": _delegate("bot.teams_cli"),
    "eval": _delegate("evaluation.cli"),
}


def _unreachable() -> tuple[type[BaseException], ...]:
    """Errors that mean a service is down (SQLAlchemy's and the queue's own PostgreSQL driver)."""
    errors: list[type[BaseException]] = [OSError, DBAPIError]
    try:
        import psycopg

        errors.append(psycopg.Error)
    except ImportError:  # the queue's driver is an install of PostgreSQL deployments only
        pass
    return tuple(errors)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help") or argv[0] not in COMMANDS:
        names = " | ".join(COMMANDS)
        print(f"usage: clinibot <{names}> [options]", file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    try:
        return COMMANDS[argv[0]](argv[1:])
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except _unreachable() as exc:
        print(f"cannot reach the database or a required service: {_one_line(exc)}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
