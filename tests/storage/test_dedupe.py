import asyncio

from storage.db import Database
from storage.repos.dedupe import first_time


async def test_first_time_is_true_once(db):
    assert await first_time(db, "slack:event:Ev1")
    assert not await first_time(db, "slack:event:Ev1")


async def test_dedupe_holds_across_restart_and_workers(db_url):
    a, b = Database(db_url), Database(db_url)
    await a.create_all()
    try:
        results = await asyncio.gather(*(first_time(x, "slack:event:EvSame") for x in (a, b, a, b)))
        assert sorted(results) == [False, False, False, True]
        await a.dispose()
        restarted = Database(db_url)
        assert not await first_time(restarted, "slack:event:EvSame")
        await restarted.dispose()
    finally:
        await b.dispose()


async def test_migrations_build_the_same_schema_as_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401
    from storage.migrate import upgrade_async

    await upgrade_async(db_url)
    database = Database(db_url)
    try:
        async with database.engine.connect() as conn:
            diff = await conn.run_sync(lambda c: compare_metadata(MigrationContext.configure(c), SQLModel.metadata))
        assert diff == [], diff
        assert await database.ping()
    finally:
        await database.dispose()
