"""Concurrent puts share a commit; each caller returns only once its own write is done, or fails with it."""
import asyncio

from bot.queue.group_commit import GroupCommit


async def test_requests_arriving_together_share_a_write_and_all_wait_for_it():
    writes: list[list[int]] = []
    gate = asyncio.Event()

    async def write_many(items):
        await gate.wait()
        writes.append(list(items))

    group = GroupCommit(write_many, parallel=1)
    callers = [asyncio.create_task(group.write(i)) for i in range(50)]
    await asyncio.sleep(0.01)
    assert not any(c.done() for c in callers)  # nobody is told "stored" before the commit
    gate.set()
    await asyncio.gather(*callers)
    assert sorted(i for w in writes for i in w) == list(range(50))
    assert len(writes) <= 2  # the first alone, the other 49 together


async def test_a_failed_write_fails_every_caller_in_it_and_the_next_write_goes_on():
    fail = True

    async def write_many(items):
        if fail:
            raise ConnectionError("database away")

    group = GroupCommit(write_many)
    results = await asyncio.gather(*(group.write(i) for i in range(5)), return_exceptions=True)
    assert all(isinstance(r, ConnectionError) for r in results)
    fail = False
    await group.write(99)
