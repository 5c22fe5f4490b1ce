"""Services for monitoring tests: a real database (SQLite, and PostgreSQL when configured) and the
console adapter as the outbox, so posts to the review channel are real rendered replies."""
from __future__ import annotations

import io

import pytest

from tests.conftest import make_settings

REVIEW_ENV = {"CLINIBOT_REVIEW_CHANNEL": "CREVIEW", "CLINIBOT_REVIEWERS": "R1,R2,R3", "CLINIBOT_ADMINS": "ADMIN1",
              "CLINIBOT_EDUCATORS": "EDU1"}


@pytest.fixture
async def make_svc(db_url, tmp_path, clock):
    """`svc = await make_svc(**env)`: services + tables + a console outbox; disposed after the test.
    Several calls give several "workers" on the same database."""
    from bot.adapters.console import ConsoleAdapter
    from bot.app import Outbox, build_router, build_services
    from bot.core.dispatch import Dispatcher

    made = []

    async def make(**env):
        settings = make_settings(db_url, tmp_path, **{**REVIEW_ENV, **env})
        svc = build_services(settings, clock=clock)
        if not made:
            await svc.db.create_all()
        router = build_router()
        svc.extras["router"] = router
        dispatcher = Dispatcher(router, svc)
        console = ConsoleAdapter(svc, dispatcher, stdin=io.StringIO(""), stdout=io.StringIO())
        outbox = Outbox()
        outbox.adapters["console"] = console
        svc.extras.update(outbox=outbox, console=console, dispatcher=dispatcher)
        made.append(svc)
        return svc

    yield make
    for svc in made:
        await svc.db.dispose()


@pytest.fixture
async def svc(make_svc):
    return await make_svc()
