"""The real ``openai.AsyncOpenAI`` client against the loopback fake server."""
from __future__ import annotations

import pytest

from bot.llm import BACKENDS, LLM, LLMError, LLMTimeout, LLMUnavailable, OfflineLLM, make_llm
from bot.llm.openai_compat import OpenAICompatLLM

MESSAGES = [
    {"role": "system", "content": "You draft clinical letters."},
    {"role": "user", "content": "Reason: chest pain on exertion\nUrgency: urgent"},
]


def _llm(fake, **kw) -> OpenAICompatLLM:
    kw.setdefault("max_retries", 0)
    return OpenAICompatLLM(base_url=fake.base_url, api_key="sk-test", model="fake-model", **kw)


async def test_request_shape_and_reply(fake_openai):
    llm = _llm(fake_openai)
    text = await llm.complete(MESSAGES, max_tokens=300, temperature=0.1)
    assert "chest pain on exertion" in text
    [body] = fake_openai.requests
    assert body["model"] == "fake-model"
    assert body["store"] is False
    assert body["max_tokens"] == 300
    assert body["temperature"] == 0.1
    assert body["messages"] == MESSAGES
    assert fake_openai.request_headers[0]["authorization"] == "Bearer sk-test"
    assert llm.name == "fake-model" and llm.offline is False
    assert isinstance(llm, LLM)
    await llm.aclose()


async def test_custom_responder_sync_and_async(fake_openai):
    llm = _llm(fake_openai)
    fake_openai.respond_with(lambda body: "fixed answer")
    assert await llm.complete(MESSAGES) == "fixed answer"

    async def later(body: dict) -> str:
        return f"{len(body['messages'])} messages"

    fake_openai.respond_with(later)
    assert await llm.complete(MESSAGES) == "2 messages"
    await llm.aclose()


async def test_timeout_becomes_llm_timeout(fake_openai):
    fake_openai.set_latency(2.0)
    llm = _llm(fake_openai, timeout=0.2)
    with pytest.raises(LLMTimeout) as err:
        await llm.complete(MESSAGES)
    assert "did not answer in time" in str(err.value)
    assert "nothing was saved" in str(err.value)
    assert "chest pain" not in str(err.value)
    await llm.aclose()


async def test_server_error_after_retries(fake_openai):
    fake_openai.fail_next(500, n=5)
    llm = _llm(fake_openai, max_retries=1)
    with pytest.raises(LLMError) as err:
        await llm.complete(MESSAGES)
    assert not isinstance(err.value, (LLMTimeout, LLMUnavailable))
    assert err.value.status == 500
    assert "HTTP 500" in str(err.value) and "chest pain" not in str(err.value)
    assert len(fake_openai.requests) == 2  # first try + one retry


async def test_server_error_then_success_is_retried(fake_openai):
    fake_openai.fail_next(500, n=1)
    llm = _llm(fake_openai, max_retries=2)
    assert "chest pain" in await llm.complete(MESSAGES)
    assert len(fake_openai.requests) == 2
    await llm.aclose()


async def test_429_honours_retry_after_then_succeeds(fake_openai):
    fake_openai.fail_next(429, n=2, retry_after=0.05)
    llm = _llm(fake_openai, max_retries=2)
    assert "chest pain" in await llm.complete(MESSAGES)
    assert len(fake_openai.requests) == 3
    await llm.aclose()


async def test_429_exhausted_is_unavailable(fake_openai):
    fake_openai.fail_next(429, n=3, retry_after=0.02)
    llm = _llm(fake_openai, max_retries=1)
    with pytest.raises(LLMUnavailable) as err:
        await llm.complete(MESSAGES)
    assert "rate limited" in str(err.value) and err.value.status == 429
    await llm.aclose()


@pytest.mark.parametrize("status, phrase", [(401, "credentials"), (404, "not found"), (400, "HTTP 400")])
async def test_client_errors_have_clear_messages(fake_openai, status, phrase):
    fake_openai.fail_next(status)
    llm = _llm(fake_openai)
    with pytest.raises(LLMError) as err:
        await llm.complete(MESSAGES)
    assert phrase in str(err.value)
    await llm.aclose()


async def test_empty_answer_is_an_error(fake_openai):
    fake_openai.respond_with(lambda body: "  ")
    llm = _llm(fake_openai)
    with pytest.raises(LLMError, match="empty answer"):
        await llm.complete(MESSAGES)
    await llm.aclose()


async def test_unreachable_endpoint_is_unavailable(fake_openai):
    url = fake_openai.base_url
    await fake_openai.close()
    llm = OpenAICompatLLM(base_url=url, model="fake-model", max_retries=0, timeout=2)
    with pytest.raises(LLMUnavailable, match="could not be reached"):
        await llm.complete(MESSAGES)
    await llm.aclose()


async def test_fake_rejects_unknown_arguments(fake_openai):
    """The fake is strict, so a typo in the client call would fail the tests rather than pass."""
    import openai

    client = openai.AsyncOpenAI(base_url=fake_openai.base_url, api_key="k", max_retries=0)
    with pytest.raises(openai.BadRequestError):
        await client.chat.completions.create(
            model="m", messages=MESSAGES, extra_body={"not_a_real_option": 1}
        )
    await client.close()


async def test_offline_backend():
    llm = OfflineLLM()
    assert llm.offline and llm.name == "template"
    with pytest.raises(LLMUnavailable):
        await llm.complete(MESSAGES)


def test_make_llm_chooses_backend():
    assert isinstance(make_llm(base_url=None, api_key=None, model=None), OfflineLLM)
    assert isinstance(make_llm(base_url="", api_key="k", model="m"), OfflineLLM)
    llm = make_llm(base_url="http://127.0.0.1:9/v1", api_key="sk-secret", model="m", timeout=5)
    assert isinstance(llm, OpenAICompatLLM) and llm.name == "m"
    assert "sk-secret" not in repr(llm)
    with pytest.raises(ValueError, match="CLINIBOT_LLM_MODEL"):
        make_llm(base_url="http://127.0.0.1:9/v1", api_key=None, model=None)
    with pytest.raises(ValueError, match="unknown LLM backend"):
        make_llm(base_url=None, api_key=None, model=None, backend="nope")
    assert set(BACKENDS) >= {"openai_compat", "offline"}


async def test_truncated_answer_is_an_error(fake_openai):
    fake_openai.respond_with(lambda body: {"content": "Dear colleague, I am writing", "finish_reason": "length"})
    llm = _llm(fake_openai)
    with pytest.raises(LLMError, match="cut off"):
        await llm.complete(MESSAGES)
    await llm.aclose()
