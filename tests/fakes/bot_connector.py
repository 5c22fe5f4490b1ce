"""A loopback fake of the Bot Connector service (an activity's `serviceUrl`) that records what the
SDK's connector client sends, plus a client-credentials token endpoint for the outbound token.

Paths are the Bot Framework REST API's: POST /v3/conversations/{id}/activities (send),
POST .../activities/{activityId} (reply), PUT .../activities/{activityId} (update),
POST /v3/conversations (create a 1:1 chat).
"""
from __future__ import annotations

import asyncio
import itertools
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web


@dataclass
class Sent:
    kind: str  # "send" | "reply" | "update" | "create"
    conversation: str
    activity_id: str | None
    body: dict[str, Any]
    authorization: str
    id: str = ""  # the id the fake gave the new activity

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [a.get("content") or {} for a in self.body.get("attachments") or []
                if a.get("contentType") == "application/vnd.microsoft.card.adaptive"]

    @property
    def text(self) -> str:
        return json.dumps(self.cards, ensure_ascii=False) + (self.body.get("text") or "")


@dataclass
class FakeBotConnector:
    sent: list[Sent] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    base_url: str = ""
    _runner: web.AppRunner | None = None
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _event: asyncio.Event = field(default_factory=asyncio.Event)

    # -- helpers for tests ------------------------------------------------------------------------
    def of(self, *kinds: str) -> list[Sent]:
        return [s for s in self.sent if s.kind in kinds]

    def posts(self) -> list[Sent]:
        return self.of("send", "reply")

    @property
    def token_url(self) -> str:
        return self.base_url.rsplit("/amer/", 1)[0] + "/botframework.com/oauth2/v2.0/token"

    def token_provider(self, config: Any) -> "ConnectorTokenProvider":
        """A factory in the SDK's provider_factory shape (AgentAuthConfiguration -> provider)."""
        return ConnectorTokenProvider(config, self.token_url)

    async def wait_for(self, kind: str, n: int = 1, timeout: float = 10.0) -> list[Sent]:
        async def until() -> list[Sent]:
            while len(self.of(kind)) < n:
                self._event.clear()
                await self._event.wait()
            return self.of(kind)

        return await asyncio.wait_for(until(), timeout)

    # -- the server -----------------------------------------------------------------------------------
    async def start(self) -> "FakeBotConnector":
        app = web.Application()
        app.router.add_post("/botframework.com/oauth2/v2.0/token", self._token)
        app.router.add_post("/amer/v3/conversations", self._create)
        app.router.add_post("/amer/v3/conversations/{conv}/activities", self._activity)
        app.router.add_post("/amer/v3/conversations/{conv}/activities/{aid}", self._activity)
        app.router.add_put("/amer/v3/conversations/{conv}/activities/{aid}", self._activity)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/amer/"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _token(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self.token_requests.append({k: str(v) for k, v in form.items()})
        if form.get("grant_type") != "client_credentials" or not form.get("client_id"):
            return web.json_response({"error": "invalid_request"}, status=400)
        token = "connector-" + secrets.token_hex(8)
        self.tokens.add(token)
        return web.json_response({"token_type": "Bearer", "expires_in": 3600, "access_token": token})

    def _authorized(self, request: web.Request) -> bool:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return scheme == "Bearer" and token in self.tokens

    async def _create(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"error": {"code": "Unauthorized"}}, status=401)
        body = await request.json()
        conv = f"a:new-{next(self._ids)}"
        self.sent.append(Sent("create", conv, None, body, request.headers.get("Authorization", ""), conv))
        self._event.set()
        return web.json_response({"id": conv, "serviceUrl": self.base_url})

    async def _activity(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"error": {"code": "Unauthorized"}}, status=401)
        body = await request.json()
        if len(json.dumps(body).encode()) > 100_000:
            return web.json_response({"error": {"code": "MessageSizeTooBig"}}, status=413)
        aid = request.match_info.get("aid")
        kind = "update" if request.method == "PUT" else ("reply" if aid else "send")
        new_id = aid if kind == "update" else f"17000000{next(self._ids):05d}"
        self.sent.append(Sent(kind, request.match_info["conv"], aid, body,
                              request.headers.get("Authorization", ""), new_id))
        self._event.set()
        return web.json_response({"id": new_id})


class ConnectorTokenProvider:
    """An access token provider in the SDK's `AccessTokenProviderBase` shape that gets its token from
    the fake connector's client-credentials endpoint (MSAL insists on https authorities)."""

    def __init__(self, config: Any, token_url: str) -> None:
        self._config = config
        self._url = token_url
        self._token: str | None = None

    @property
    def configuration(self) -> Any:
        return self._config

    async def get_access_token(self, resource_url: str, scopes: list[str], force_refresh: bool = False) -> str:
        if self._token is None or force_refresh:
            form = {"grant_type": "client_credentials", "client_id": self._config.CLIENT_ID or "",
                    "client_secret": self._config.CLIENT_SECRET or "", "scope": " ".join(scopes or [])}
            async with aiohttp.ClientSession() as session, session.post(self._url, data=form) as resp:
                resp.raise_for_status()
                self._token = (await resp.json())["access_token"]
        return self._token

    def get_token_credential(self) -> Any:
        raise NotImplementedError

    async def acquire_token_on_behalf_of(self, scopes: list[str], user_assertion: str) -> str:
        raise NotImplementedError
