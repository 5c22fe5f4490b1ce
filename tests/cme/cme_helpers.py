"""Shared builders for CME tests: a ledger on the test database and invented learners' records."""
from __future__ import annotations

from datetime import datetime, timedelta

from cme.config import load_config
from cme.ledger import CompletionRecord, Ledger, TrackCompletion

T0 = datetime(2026, 12, 3, 9, 0, 0)
FOUNDATION_MODULES = ("f01", "f02", "f03", "f04")


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_ledger(db, clock: Clock | None = None, **cfg) -> Ledger:
    config = load_config()
    if cfg:
        from dataclasses import replace
        config = replace(config, **cfg)
    return Ledger(db, config, clock=clock or Clock())


def attempt(user: str, module: str, *, passed: bool = True, score: float = 0.875, minutes: float = 60,
            attempt_no: int = 1, track: str = "foundations", start: datetime = T0) -> CompletionRecord:
    items = [{"item_id": f"{module}/q{i}", "response": "B", "correct": i <= round(score * 8)} for i in range(1, 9)]
    return CompletionRecord(learner_user_id=user, platform="slack", track_id=track, module_id=module,
                            minutes=minutes, score=score, passed=passed, attempt_no=attempt_no, started_at=start,
                            finished_at=start + timedelta(minutes=minutes), item_responses=items)


async def finish_track(ledger: Ledger, user: str, *, minutes_each: float = 60,
                       modules=FOUNDATION_MODULES, track: str = "foundations"):
    for i, m in enumerate(modules):
        await ledger.record_completion(attempt(user, m, minutes=minutes_each, track=track,
                                               start=T0 + timedelta(hours=2 * i)))
    return await ledger.track_completed(TrackCompletion(user, "slack", track, modules, T0 + timedelta(days=1)))
