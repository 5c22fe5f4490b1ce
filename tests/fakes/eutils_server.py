"""Loopback E-utilities replay server for the PubMed client tests.

Serves ``esearch.fcgi`` and ``efetch.fcgi`` from the fixture files in
``tests/fixtures/eutils/`` and records every request (path, query and monotonic arrival time) so
tests can check parameters and the client's request rate from the server side. ``mode`` switches
behaviour: ``ok``, ``429_once`` (first request rate-limited, then ok), ``429`` (always), ``500``,
``slow`` (sleeps ``delay`` seconds before answering) and ``garbage`` (malformed bodies).
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "eutils"


@dataclass
class Request:
    path: str
    query: dict[str, str]
    at: float


@dataclass
class EUtilsServer:
    mode: str = "ok"
    delay: float = 5.0
    requests: list[Request] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    base_url: str = ""
    _served_429: bool = False

    async def start(self) -> "EUtilsServer":
        app = web.Application()
        app.router.add_get("/entrez/eutils/esearch.fcgi", self._esearch)
        app.router.add_get("/entrez/eutils/efetch.fcgi", self._efetch)
        self._runner = web.AppRunner(app, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/entrez/eutils/"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _common(self, request: web.Request) -> web.Response | None:
        self.requests.append(Request(request.path, dict(request.query), time.monotonic()))
        if self.mode == "429" or (self.mode == "429_once" and not self._served_429):
            self._served_429 = True
            return web.json_response(
                {"error": "API rate limit exceeded", "api-key": request.remote, "count": "4", "limit": "3"},
                status=429, headers={"Retry-After": "0.2"})
        if self.mode == "500":
            return web.Response(status=500, text="<html><body>Internal Server Error</body></html>",
                                content_type="text/html")
        if self.mode == "slow":
            await asyncio.sleep(self.delay)
        return None

    async def _esearch(self, request: web.Request) -> web.Response:
        early = await self._common(request)
        if early is not None:
            return early
        if self.mode == "garbage":
            return web.Response(text="{not json", content_type="application/json")
        term = request.query.get("term", "")
        name = "esearch_statin.json" if "statin" in term.lower() else "esearch_empty.json"
        return web.Response(text=(FIXTURES / name).read_text(), content_type="application/json")

    async def _efetch(self, request: web.Request) -> web.Response:
        early = await self._common(request)
        if early is not None:
            return early
        if self.mode == "garbage":
            return web.Response(text="<PubmedArticleSet><PubmedArticle>", content_type="text/xml")
        return web.Response(text=(FIXTURES / "efetch_statin.xml").read_text(), content_type="text/xml")

    def times(self) -> list[float]:
        return [r.at for r in self.requests]
