from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

try:
    from tests.fakes.fake_openai import FakeOpenAI, start_fake_openai
except ModuleNotFoundError:  # textstat's wheel installs a top-level ``tests`` package that can shadow ours
    from fakes.fake_openai import FakeOpenAI, start_fake_openai


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAI]:
    async with start_fake_openai() as fake:
        yield fake
