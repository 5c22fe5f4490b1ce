"""The template-only backend: the default when no model endpoint is configured.

Skills see ``offline=True`` and render their jinja2 template from the fields, so a clinic with
no model (or no agreement covering one) still gets structured drafts and nothing leaves the host.
"""
from __future__ import annotations

from bot.llm.base import LLMUnavailable


class OfflineLLM:
    name = "template"
    offline = True

    async def complete(
        self, messages: list[dict], *, max_tokens: int = 1200, temperature: float = 0.2
    ) -> str:
        raise LLMUnavailable(
            "No drafting model is configured; the draft was written from the template instead."
        )

    async def aclose(self) -> None:
        return None

    def __repr__(self) -> str:
        return "OfflineLLM()"
