"""CME test fixtures: one real Ralph LRS per test session."""
from __future__ import annotations

import pytest

from tests.conftest import skip_or_fail
from tests.fakes.ralph_lrs import RalphUnavailable, start


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    """A Ralph LRS on a free loopback port (its venv is created on first use)."""
    try:
        server = start(tmp_path_factory.mktemp("ralph"))
    except RalphUnavailable as exc:
        skip_or_fail(f"Ralph LRS unavailable: {exc}")
    yield server
    server.stop()
