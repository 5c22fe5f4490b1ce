"""The contract every drafting model backend meets, and the errors a clinician may see.

Error messages are written for the person who asked for the draft: they say what happened and
what to do next, and never echo prompt text (which may carry patient details) back to chat or logs.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable


class LLMError(Exception):
    """Base error; ``str(err)`` is safe to show a clinician and holds no prompt text."""

    default_message = (
        "The drafting model returned an error; nothing was saved. "
        "Try again or use /draft with the template."
    )

    def __init__(self, message: str | None = None, *, status: int | None = None) -> None:
        super().__init__(message or self.default_message)
        self.status = status

    def user_message(self) -> str:
        """The text to show the clinician (the same as ``str(err)``)."""
        return str(self)


class LLMTimeout(LLMError):
    default_message = (
        "The drafting model did not answer in time; nothing was saved. "
        "Try again or use /draft with the template."
    )


class LLMUnavailable(LLMError):
    default_message = (
        "No drafting model is available right now; nothing was saved. "
        "Try again later or use /draft with the template."
    )


@runtime_checkable
class LLM(Protocol):
    """A chat-completion model. ``offline`` backends are never called: skills render templates."""

    name: str
    offline: bool

    async def complete(
        self, messages: list[dict], *, max_tokens: int = 1200, temperature: float = 0.2
    ) -> str: ...
