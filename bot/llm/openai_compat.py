"""Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure-style proxies, vLLM, Ollama...).

Requests carry ``store=False`` so the provider is asked not to keep prompts, and every failure is
translated into an :class:`LLMError` whose text a clinician can act on. Exceptions are raised
``from None`` so tracebacks in logs do not drag along the provider's error body.
"""
from __future__ import annotations

import openai

from bot.llm.base import LLMError, LLMTimeout, LLMUnavailable

# A local server (vLLM, Ollama) needs no key, but the client insists on one.
_NO_KEY = "not-needed"


class OpenAICompatLLM:
    offline = False

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 30,
        max_retries: int = 2,
    ) -> None:
        self.name = model
        self.base_url = base_url
        # Running totals for this backend (calls and tokens as the endpoint reports them), read by
        # the evaluation harness to report what a run cost; never holds prompt text.
        self.usage = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0}
        self._client = openai.AsyncOpenAI(
            base_url=base_url,
            api_key=api_key or _NO_KEY,
            timeout=timeout,
            max_retries=max_retries,
        )

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAICompatLLM(model={self.name!r}, base_url={self.base_url!r})"

    async def complete(
        self, messages: list[dict], *, max_tokens: int = 1200, temperature: float = 0.2,
        response_format: dict | None = None,
    ) -> str:
        """The model's answer; ``response_format`` asks for structured output (a JSON schema)."""
        extra = {"response_format": response_format} if response_format else {}
        try:
            response = await self._client.chat.completions.create(
                model=self.name,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
                store=False,
                **extra,
            )
        except openai.APITimeoutError:
            raise LLMTimeout() from None
        except openai.RateLimitError as exc:
            raise LLMUnavailable(
                "The drafting model is busy (rate limited); nothing was saved. "
                "Try again in a minute or use /draft with the template.",
                status=exc.status_code,
            ) from None
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise LLMUnavailable(
                "The drafting model refused this server's credentials; nothing was saved. "
                "Ask an administrator to check the model settings, or use /draft with the template.",
                status=exc.status_code,
            ) from None
        except openai.NotFoundError as exc:
            raise LLMUnavailable(
                "The configured drafting model was not found; nothing was saved. "
                "Ask an administrator to check the model name, or use /draft with the template.",
                status=exc.status_code,
            ) from None
        except openai.APIConnectionError:
            raise LLMUnavailable(
                "The drafting model could not be reached; nothing was saved. "
                "Try again or use /draft with the template."
            ) from None
        except openai.APIStatusError as exc:
            raise LLMError(
                f"The drafting model returned an error (HTTP {exc.status_code}); nothing was saved. "
                "Try again or use /draft with the template.",
                status=exc.status_code,
            ) from None
        except openai.OpenAIError:
            raise LLMError() from None
        self.usage["calls"] += 1
        if getattr(response, "usage", None) is not None:
            self.usage["prompt_tokens"] += int(response.usage.prompt_tokens or 0)
            self.usage["completion_tokens"] += int(response.usage.completion_tokens or 0)
        if not response.choices:
            raise LLMError("The drafting model returned no answer; nothing was saved. "
                           "Try again or use /draft with the template.")
        choice = response.choices[0]
        if choice.finish_reason == "length":
            raise LLMError("The drafting model's answer was cut off before the end; nothing was "
                           "saved. Try again or use /draft with the template.")
        content = choice.message.content
        if not content or not content.strip():
            raise LLMError("The drafting model returned an empty answer; nothing was saved. "
                           "Try again or use /draft with the template.")
        return content

    async def aclose(self) -> None:
        await self._client.close()
