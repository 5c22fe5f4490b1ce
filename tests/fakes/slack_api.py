"""A small fake Slack Web API on loopback that records every call, in the manner of bolt-python's
own mock server. The real `AsyncWebClient` talks to it over HTTP (`base_url`), so the adapter's
requests are exactly what Slack would receive.

It answers the methods clinibot uses with Slack-shaped JSON, can answer 429 with Retry-After, and
implements the external file upload flow (getUploadURLExternal -> upload -> completeUploadExternal).
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    at: float


@dataclass
class FakeSlackAPI:
    calls: list[Call] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    rate_limit: dict[str, int] = field(default_factory=dict)  # method -> number of 429s still to send
    retry_after: int = 1
    per_channel_rate: float = 0.0  # >0: 429 when a channel is posted to faster than this many per second
    workspace_rate: float = 0.0  # >0: a token bucket over all chat.postMessage calls (429 when empty)
    user_tz: dict[str, str] = field(default_factory=dict)
    base_url: str = ""
    _runner: web.AppRunner | None = None
    _ts: itertools.count = field(default_factory=lambda: itertools.count(1))
    _last_post: dict[str, float] = field(default_factory=dict)
    _event: asyncio.Event = field(default_factory=asyncio.Event)
    _bucket: list[float] = field(default_factory=list)  # [tokens, last refill]
    sockets: list = field(default_factory=list)  # Socket Mode connections
    socket_acks: list[dict] = field(default_factory=list)

    # -- helpers for tests --------------------------------------------------------------------
    def of(self, method: str) -> list[dict[str, Any]]:
        return [c.args for c in self.calls if c.method == method]

    def texts(self, method: str | None = None) -> list[str]:
        out = []
        for c in self.calls:
            if method and c.method != method:
                continue
            parts = [str(c.args.get("text", ""))]
            blocks = c.args.get("blocks")
            if isinstance(blocks, str):
                try:
                    blocks = json.loads(blocks)
                except ValueError:
                    blocks = []
            parts.append(json.dumps(blocks or [], ensure_ascii=False))
            out.append("\n".join(parts))
        return out

    def everything(self) -> str:
        return "\n".join(json.dumps(c.args, ensure_ascii=False, default=str) for c in self.calls)

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while len(self.of(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} {method} call(s), saw {len(self.of(method))}: "
                                     f"{[c.method for c in self.calls]}")
            self._event.clear()
            try:
                await asyncio.wait_for(self._event.wait(), timeout=0.05)
            except asyncio.TimeoutError:
                pass
        return self.of(method)

    def reset(self) -> None:
        self.calls.clear()

    # -- server -------------------------------------------------------------------------------
    async def start(self) -> "FakeSlackAPI":
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/api/{method}", self._handle)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_post("/response_url/{key}", self._response_url)
        app.router.add_get("/link", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/api/"
        return self

    @property
    def root(self) -> str:
        return self.base_url.rsplit("/api/", 1)[0]

    async def close(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def _args(self, request: web.Request) -> dict[str, Any]:
        raw = await request.read()
        ctype = request.headers.get("Content-Type", "")
        if "json" in ctype:
            return json.loads(raw or b"{}")
        if "multipart" in ctype:
            return {}
        args: dict[str, Any] = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        args.update(request.query)
        return args

    def _record(self, method: str, args: dict[str, Any]) -> None:
        self.calls.append(Call(method, args, time.monotonic()))
        self._event.set()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await self._args(request)
        if self.rate_limit.get(method, 0) > 0:
            self.rate_limit[method] -= 1
            self._record(method + ":429", args)
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": str(self.retry_after)})
        if method == "chat.postMessage" and self.workspace_rate > 0:
            now = time.monotonic()
            if not self._bucket:
                self._bucket = [self.workspace_rate, now]
            tokens = min(self.workspace_rate, self._bucket[0] + (now - self._bucket[1]) * self.workspace_rate)
            self._bucket[1] = now
            if tokens < 1:
                self._bucket[0] = tokens
                self._record(method + ":429", args)
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                         headers={"Retry-After": "1"})
            self._bucket[0] = tokens - 1
        if method == "chat.postMessage" and self.per_channel_rate > 0:
            now, channel = time.monotonic(), str(args.get("channel"))
            last = self._last_post.get(channel)
            if last is not None and now - last < 1.0 / self.per_channel_rate:
                self._record(method + ":429", args)
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                         headers={"Retry-After": "1"})
            self._last_post[channel] = now
        self._record(method, args)
        return web.json_response(self._answer(method, args, request))

    def _answer(self, method: str, args: dict[str, Any], request: web.Request) -> dict[str, Any]:
        ts = f"{1700000000 + next(self._ts)}.000100"
        if method == "apps.connections.open":
            return {"ok": True, "url": self.root.replace("http://", "ws://") + "/link"}
        if method == "auth.test":
            return {"ok": True, "url": "https://example.slack.com/", "team": "Example", "user": "clinibot",
                    "team_id": "T0001", "user_id": "UBOT", "bot_id": "BBOT"}
        if method in ("chat.postMessage", "chat.update"):
            channel = args.get("channel", "C0")
            return {"ok": True, "channel": channel, "ts": args.get("ts") or ts,
                    "message": {"text": args.get("text", ""), "ts": args.get("ts") or ts, "bot_id": "BBOT"}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "U0")).split(",")[0]}}
        if method == "views.open":
            return {"ok": True, "view": {"id": "V" + ts.replace(".", ""), "callback_id": "x"}}
        if method == "users.info":
            user = args.get("user", "U0")
            return {"ok": True, "user": {"id": user, "tz": self.user_tz.get(user, "America/New_York"),
                                         "real_name": "Test User", "profile": {"display_name": "test"}}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts)}"
            return {"ok": True, "upload_url": f"{self.root}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = args.get("files")
            if isinstance(files, str):
                files = json.loads(files)
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files or []]}
        return {"ok": True}

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        """Socket Mode: say hello, then record every acknowledgement the app sends back."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"},
                            "connection_info": {"app_id": "A0001"}})
        async for msg in ws:
            if msg.type == web.WSMsgType.TEXT:
                self.socket_acks.append(json.loads(msg.data))
                self._event.set()
        return ws

    async def socket_send(self, envelope: dict) -> None:
        for _ in range(200):
            if self.sockets:
                break
            await asyncio.sleep(0.05)
        await self.sockets[-1].send_json(envelope)

    async def _upload(self, request: web.Request) -> web.Response:
        self.files[request.match_info["file_id"]] = await request.read()
        self._record("upload", {"file_id": request.match_info["file_id"]})
        return web.Response(text="OK - uploaded")

    async def _response_url(self, request: web.Request) -> web.Response:
        self._record("response_url", json.loads(await request.read() or b"{}"))
        return web.Response(text="ok")
