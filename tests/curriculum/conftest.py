"""The engine tests run on a small fixture track (tests/curriculum/content), so they test the engine,
not whichever lesson the content writers are editing; tests/curriculum/test_real_content.py checks those."""
from pathlib import Path

import pytest

FIXTURE_CONTENT = Path(__file__).resolve().parent / "content"


@pytest.fixture
def settings_env() -> dict:
    return {"CLINIBOT_CURRICULUM_DIR": str(FIXTURE_CONTENT)}
