from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from fakes.fake_openai import FakeOpenAI, start_fake_openai


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAI]:
    async with start_fake_openai() as fake:
        yield fake
