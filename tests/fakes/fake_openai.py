"""A small OpenAI-compatible server on loopback that the real ``openai`` client talks to.

It records every request body so tests can assert on exactly what reached the model (for
example, that only redacted text left the host), and it can be slowed down, made to fail with a
status (500, 429 with Retry-After, ...) or given a custom responder.

    async with start_fake_openai() as fake:
        llm = OpenAICompatLLM(base_url=fake.base_url, model="fake-model")
        ...
        assert fake.requests[0]["store"] is False
"""
from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

# A responder returns the reply text, or {"content": ..., "finish_reason": ...} to shape it.
Responder = Callable[[dict], "str | dict | Awaitable[str | dict]"]


def default_responder(body: dict) -> str:
    """A plausible, deterministic document that restates every fact in the user message.

    Skills send their fields as ``Label: value`` lines, so echoing them under a heading gives a
    draft in which every required fact is present.
    """
    user = "\n\n".join(
        str(m.get("content", "")) for m in body.get("messages", []) if m.get("role") == "user"
    )
    lines = [line.strip() for line in user.splitlines() if line.strip()]
    out = ["# Document", ""]
    for line in lines:
        label, sep, value = line.partition(":")
        if sep and value.strip() and len(label) < 60:
            out.append(f"**{label.strip()}:** {value.strip()}")
        else:
            out.append(line)
        out.append("")
    return "\n".join(out).strip() + "\n"


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.request_headers: list[dict[str, str]] = []
        self.latency: float = 0.0
        self._failures: deque[tuple[int, float | None]] = deque()
        self._responder: Responder = default_responder
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.base_url = ""
        self._closing = asyncio.Event()

    # configuration -------------------------------------------------------------------------
    def set_latency(self, seconds: float) -> None:
        self.latency = seconds

    def fail_next(self, status: int, n: int = 1, *, retry_after: float | None = None) -> None:
        """The next ``n`` requests get ``status``; a 429 carries Retry-After (default 50 ms)."""
        if status == 429 and retry_after is None:
            retry_after = 0.05
        for _ in range(n):
            self._failures.append((status, retry_after))

    def respond_with(self, fn: Responder | None) -> None:
        """Use ``fn(request_body)`` (sync or async; returns str or a dict with ``content`` and
        ``finish_reason``) for the reply; None restores the default."""
        self._responder = fn or default_responder

    def reset(self) -> None:
        self.requests.clear()
        self.request_headers.clear()
        self._failures.clear()
        self.latency = 0.0
        self._responder = default_responder

    # server --------------------------------------------------------------------------------
    async def start(self) -> "FakeOpenAI":
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}/v1"
        return self

    async def close(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeOpenAI":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except (json.JSONDecodeError, ValueError):
            return _error(400, "invalid_request_error", "body is not JSON")
        self.requests.append(body)
        self.request_headers.append({k.lower(): v for k, v in request.headers.items()})
        if self.latency:
            try:  # a slow model, but one that gives up at once when the server closes
                await asyncio.wait_for(self._closing.wait(), self.latency)
            except asyncio.TimeoutError:
                pass
        if self._failures:
            status, retry_after = self._failures.popleft()
            headers = {}
            if retry_after is not None:
                headers["Retry-After"] = str(max(1, math.ceil(retry_after)))
                headers["retry-after-ms"] = str(int(retry_after * 1000))
            kind = "rate_limit_exceeded" if status == 429 else "server_error"
            return _error(status, kind, f"fake failure {status}", headers)
        problem = _validate(body)
        if problem:
            return _error(400, "invalid_request_error", problem)
        content = self._responder(body)
        if inspect.isawaitable(content):
            content = await content
        finish_reason = "stop"
        if isinstance(content, dict):  # {"content": ..., "finish_reason": "length"}
            finish_reason = content.get("finish_reason", "stop")
            content = content.get("content", "")
        prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in body["messages"])
        completion_tokens = len(str(content).split())
        return web.json_response({
            "id": f"chatcmpl-fake{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body["model"],
            "system_fingerprint": "fp_fake",
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": finish_reason,
            }],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        })


_KNOWN_KEYS = {
    "model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "n",
    "stop", "store", "metadata", "user", "seed", "presence_penalty", "frequency_penalty",
    "response_format", "stream", "tools", "tool_choice", "logprobs", "top_logprobs",
}


def _validate(body: Any) -> str | None:
    """Reject what a real endpoint would reject, so client-side mistakes fail the tests."""
    if not isinstance(body, dict):
        return "body must be an object"
    unknown = set(body) - _KNOWN_KEYS
    if unknown:
        return f"unrecognized request argument(s): {sorted(unknown)}"
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "model is required"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages must be a non-empty array"
    for m in messages:
        if not isinstance(m, dict) or m.get("role") not in {"system", "user", "assistant", "developer"}:
            return "each message needs a valid role"
    if "store" in body and not isinstance(body["store"], bool):
        return "store must be a boolean"
    if body.get("stream"):
        return "this fake server does not stream"
    return None


def _error(status: int, kind: str, message: str, headers: dict | None = None) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": kind, "param": None, "code": kind}},
        status=status,
        headers=headers,
    )


class _Starting:
    """Lets ``start_fake_openai()`` be awaited (``fake = await ...``) or used in ``async with``."""

    def __init__(self) -> None:
        self._fake = FakeOpenAI()

    def __await__(self):
        return self._fake.start().__await__()

    async def __aenter__(self) -> FakeOpenAI:
        return await self._fake.start()

    async def __aexit__(self, *exc: object) -> None:
        await self._fake.close()


def start_fake_openai() -> _Starting:
    """Start a fake server on 127.0.0.1 with a free port; ``async with`` it or ``close()`` it."""
    return _Starting()
