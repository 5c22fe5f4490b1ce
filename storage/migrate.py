"""`clinibot migrate`: bring a database to the latest schema with alembic (no alembic.ini needed)."""
from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

from storage.db import normalise_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Synchronous entry point (runs its own event loop): for the CLI and `make run`."""
    command.upgrade(alembic_config(url), revision)


async def upgrade_async(url: str, revision: str = "head") -> None:
    """For code already inside an event loop (tests, server start-up)."""
    await asyncio.to_thread(upgrade, url, revision)


def revision(url: str, message: str) -> None:
    """Developer helper: autogenerate a migration from the models."""
    command.revision(alembic_config(url), message=message, autogenerate=True)
