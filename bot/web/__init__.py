"""Web pages served by the bot's aiohttp app (the educator dashboard); `bot.app` mounts them."""
from __future__ import annotations

from typing import Any

from aiohttp import web


def register_routes(app: web.Application, svc: Any) -> None:
    from bot.web import dashboard

    dashboard.register_routes(app, svc)
