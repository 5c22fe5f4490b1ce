"""Retries with exponential backoff for calls to a model endpoint (the target or the grader)."""
from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

import openai

T = TypeVar("T")
TRANSIENT = (openai.APIConnectionError, openai.APITimeoutError, openai.RateLimitError, openai.InternalServerError)


class GiveUp(Exception):
    """A call failed after every retry; the message says why, without the provider's body."""


async def with_backoff(call: Callable[[], Awaitable[T]], *, attempts: int = 4, base: float = 0.5,
                       on_retry: Callable[[], None] | None = None) -> T:
    """Run ``call``; on a transient error wait base*2^k (with jitter) and try again, up to ``attempts``."""
    for k in range(attempts):
        try:
            return await call()
        except TRANSIENT as exc:
            if k == attempts - 1:
                raise GiveUp(f"{type(exc).__name__} after {attempts} attempts") from None
            if on_retry:
                on_retry()
            await asyncio.sleep(base * (2 ** k) * (0.5 + random.random()))
        except openai.APIStatusError as exc:
            raise GiveUp(f"HTTP {exc.status_code} from the model endpoint") from None
    raise GiveUp("no attempts")  # pragma: no cover - attempts >= 1
