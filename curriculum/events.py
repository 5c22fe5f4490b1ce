"""What the curriculum reports: enrolments, module attempts and finished tracks, as plain records.

The curriculum emits these and never decides credit; whoever subscribed (the CME package, wired in
`bot.app.build_services`) turns them into ledger entries and may answer with messages for the learner,
such as the attestation prompt. Data flows one way: the curriculum never imports the CME package.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.events import Reply

SINKS_KEY = "completion_sinks"  # svc.extras[SINKS_KEY]: the subscribers, in order


@dataclass(frozen=True)
class LearnerEnrolled:
    learner_user_id: str
    platform: str
    track_id: str


@dataclass(frozen=True)
class ModuleAttempted:
    """One finished module quiz attempt, with the module's declared and the learner's measured minutes."""

    learner_user_id: str
    platform: str
    track_id: str
    module_id: str
    declared_minutes: float
    measured_minutes: float
    score: float  # scaled 0-1
    passed: bool
    attempt_no: int
    started_at: datetime
    finished_at: datetime
    item_responses: Sequence[dict[str, Any]] = ()
    raw_score: float | None = None
    max_score: float | None = None


@dataclass(frozen=True)
class TrackFinished:
    """Every module passed, post-test and evaluation done."""

    learner_user_id: str
    platform: str
    track_id: str
    module_ids: Sequence[str]
    completed_at: datetime
    declared_minutes: float
    measured_minutes: float
    thread_ref: str | None = None


Event = LearnerEnrolled | ModuleAttempted | TrackFinished
Sink = Callable[[Any, Event], Awaitable[list[Reply]]]


async def emit(svc: Any, event: Event) -> list[Reply]:
    """Hand the event to every subscriber; their replies go to the learner."""
    replies: list[Reply] = []
    for sink in svc.extras.get(SINKS_KEY, ()):
        replies += await sink(svc, event) or []
    return replies
