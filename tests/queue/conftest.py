import pytest

from tests.conftest import POSTGRES_URL, skip_or_fail


@pytest.fixture
async def cluster(tmp_path, fake_slack, fake_model):
    from tests.queue.cluster import Cluster, create_database, drop_database

    if not POSTGRES_URL:
        skip_or_fail("CLINIBOT_TEST_POSTGRES_URL is not set; the cluster tests need PostgreSQL")
    name = await create_database()
    c = Cluster(db_name=name, tmp=tmp_path, slack=fake_slack, model=fake_model)
    c.migrate()
    try:
        yield c
    finally:
        c.stop_all()
        await drop_database(name)
