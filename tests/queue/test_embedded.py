"""The embedded default (SQLite, one `clinibot serve` process): stored before the ack, answered once
after a kill -9, and a SIGTERM finishes running work before the process exits."""
import asyncio
import time
from pathlib import Path

from tests.queue.cluster import Cluster, fire, wait_answers

N = 40


class SqliteCluster(Cluster):
    @property
    def db_url(self) -> str:
        return f"sqlite+aiosqlite:///{self.tmp / 'bot.db'}"


async def queued(db_path: Path) -> int:
    import aiosqlite

    async with aiosqlite.connect(db_path) as conn:
        async with conn.execute("SELECT count(*) FROM queued_request") as cur:
            return (await cur.fetchone())[0]


async def test_kill_9_then_restart_answers_everything_once(tmp_path, fake_slack, fake_model):
    fake_model.set_latency(1.5)
    c = SqliteCluster(db_name="", tmp=tmp_path, slack=fake_slack, model=fake_model)
    c.migrate()
    root = fake_slack.base_url.rsplit("/api/", 1)[0]
    try:
        server = c.start("all")
        await c.ready(server)
        assert await fire(server.url, N, root) == [200] * N
        assert await queued(tmp_path / "bot.db") == N  # on disk before any answer
        await asyncio.sleep(0.5)
        server.kill9()
        assert len(fake_slack.of("chat.postMessage")) < N  # work was in flight
        server = c.start("all")
        await c.ready(server)
        counts = await wait_answers(fake_slack, N, 60)
        assert len(counts) == N and set(counts.values()) == {1}
        deadline = time.monotonic() + 10
        while await queued(tmp_path / "bot.db") and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        assert await queued(tmp_path / "bot.db") == 0  # done rows are deleted (no clinical text rests)
        # SIGTERM with work in flight: it finishes within the grace period, then exits
        fake_slack.reset()
        assert await fire(server.url, 10, root, start=N) == [200] * 10
        await asyncio.sleep(0.3)
        server.term()
        assert await server.wait(30) == 0
        assert len(await wait_answers(fake_slack, 10, 1)) == 10
    finally:
        c.stop_all()
