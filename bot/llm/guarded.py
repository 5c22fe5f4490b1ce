"""Every prompt bound for a model passes the PHI guard here, whatever feature sends it.

`build_services` wraps the configured backend in `GuardedLLM`, so no caller can reach a model
without the policy (redact outside BAA mode; refuse in block mode) being applied.
"""
from __future__ import annotations

from typing import Any


class GuardedLLM:
    def __init__(self, inner: Any, phi: Any) -> None:
        self.inner = inner
        self.phi = phi
        self.name = inner.name
        self.offline = inner.offline

    async def complete(self, messages: list[dict], **kwargs: Any) -> str:
        safe = [{**m, "content": self.phi.for_model(m.get("content") or "")} for m in messages]
        return await self.inner.complete(safe, **kwargs)
