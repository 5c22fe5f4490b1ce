"""Drafting model backends: one module each, one line in ``BACKENDS``, chosen by settings."""
from __future__ import annotations

from collections.abc import Callable

from bot.llm.base import LLM, LLMError, LLMTimeout, LLMUnavailable
from bot.llm.offline import OfflineLLM
from bot.llm.openai_compat import OpenAICompatLLM


def _openai_compat(
    *, base_url: str | None, api_key: str | None, model: str | None, timeout: float, max_retries: int
) -> LLM:
    if not base_url:
        raise ValueError("the openai_compat backend needs OPENAI_BASE_URL")
    if not model:
        raise ValueError("OPENAI_BASE_URL is set but CLINIBOT_LLM_MODEL is not: name the model to use")
    return OpenAICompatLLM(
        base_url=base_url, api_key=api_key, model=model, timeout=timeout, max_retries=max_retries
    )


def _offline(**_: object) -> LLM:
    return OfflineLLM()


BACKENDS: dict[str, Callable[..., LLM]] = {
    "openai_compat": _openai_compat,
    "offline": _offline,
}


def make_llm(
    *,
    base_url: str | None,
    api_key: str | None,
    model: str | None,
    timeout: float = 30,
    max_retries: int = 2,
    backend: str | None = None,
) -> LLM:
    """Build the configured backend; with no endpoint the template-only backend is the default."""
    chosen = backend or ("openai_compat" if base_url else "offline")
    try:
        factory = BACKENDS[chosen]
    except KeyError:
        raise ValueError(f"unknown LLM backend {chosen!r}; choose one of {sorted(BACKENDS)}") from None
    return factory(
        base_url=base_url, api_key=api_key, model=model, timeout=timeout, max_retries=max_retries
    )


__all__ = [
    "BACKENDS", "LLM", "LLMError", "LLMTimeout", "LLMUnavailable", "OfflineLLM", "OpenAICompatLLM",
    "make_llm",
]
