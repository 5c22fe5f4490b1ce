"""The time model: how long a module is expected to take, and how long learners actually took.

Credit follows time, so the expected time is computed from the module's parts with stated rates
(see curriculum/CONTENT_FORMAT.md) rather than asserted, and the loader refuses content whose
declared minutes the estimate does not support. Measured time on task comes from the timestamps the
engine records; idle gaps are capped in one place, `IDLE_CAP_MINUTES`.
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the loader imports this module; avoid the cycle at run time
    from curriculum.loader import Module, Track

READING_WPM = 180  # lesson and case text: study reading of clinical text
SOURCE_WPM = 200  # an external primary source (reading parts: its declared `words`)
MINUTES_PER_GUIDING_QUESTION = 2  # answering one guiding question of a reading in the thread
QUIZ_MINUTES_PER_ITEM = 1.5  # read the vignette, answer, read the feedback
MODULE_TOLERANCE = 0.15  # a module's estimate may differ from its declared minutes by this share
TRACK_TOLERANCE = 0.10  # a track's total estimate may differ from hours * 60 by this share
EXERCISE_MINUTES = (3, 45)
REFLECTION_MINUTES = (3, 10)
IDLE_CAP_MINUTES = 30  # measured time: a longer gap between two recorded events counts as this

KINDS = ("lesson", "case", "exercise", "reading", "reflection", "quiz")
INTERACTIVE = ("exercise", "reading", "reflection")  # the learner answers in the thread before the next part

_WORD = re.compile(r"[A-Za-z0-9][\w'’/-]*")


def count_words(text: str) -> int:
    """Words as the model counts them (the same rule as the writers' self-check)."""
    return len(_WORD.findall(text))


def reading_minutes(words: int) -> float:
    return words / READING_WPM


@dataclass(frozen=True)
class Line:
    """One row of a module's breakdown: a kind, how many of it, its minutes and how they were derived."""

    kind: str
    count: int
    minutes: float
    basis: str


def breakdown(module: "Module") -> list[Line]:
    """Per kind: minutes and the basis, in the order lesson, case, exercise, reading, reflection, quiz."""
    rows: list[Line] = []
    for kind in KINDS:
        acts = [a for a in module.activities if a.kind == kind]
        if not acts:
            continue
        minutes = sum(a.minutes for a in acts)
        if kind == "lesson":
            words = sum(a.words for a in acts)
            basis = f"{words} words at {READING_WPM} wpm"
        elif kind == "quiz":
            items = len(module.quiz)
            basis = f"{items} items at {QUIZ_MINUTES_PER_ITEM:g} min"
        else:
            basis = "declared: " + "; ".join(f"{a.minutes:g} ({a.basis})" if a.basis else f"{a.minutes:g}" for a in acts)
        rows.append(Line(kind, len(acts), minutes, basis))
    return rows


def estimate_exact(module: "Module") -> float:
    """Lesson words / 180 + declared activity minutes + 1.5 per quiz item, unrounded."""
    return sum(a.minutes for a in module.activities)


def estimate_minutes(module: "Module") -> int:
    """The module's expected time in whole minutes (the figure compared with its declared minutes)."""
    return round(estimate_exact(module))


def track_estimate(track: "Track") -> int:
    return round(sum(estimate_exact(m) for m in track.modules))


def within(estimate: float, declared: float, tolerance: float) -> bool:
    return abs(estimate - declared) <= tolerance * declared


def render_breakdown(track: "Track", *, detail: bool = True) -> str:
    """The printed evidence for a track's declared time: per module, per kind, then the total."""
    out = [f"{track.id}: {track.title} — declared {track.minutes} min ({track.hours:g} h)"]
    for m in track.modules:
        est = estimate_exact(m)
        diff = (est - m.minutes) / m.minutes * 100
        out.append(f"  {m.id:<44} declared {m.minutes:4d}  estimate {round(est):4d}  ({diff:+.1f}%)")
        if detail:
            for row in breakdown(m):
                out.append(f"      {row.kind:<10} x{row.count:<3} {row.minutes:6.1f} min  {row.basis}"[:220])
    total = sum(estimate_exact(m) for m in track.modules)
    declared = track.hours * 60
    out.append(f"  TOTAL estimate {round(total)} min vs declared {declared:g} min ({(total - declared) / declared * 100:+.1f}%); "
               f"model: text {READING_WPM} wpm, sources {SOURCE_WPM} wpm, quiz {QUIZ_MINUTES_PER_ITEM:g} min/item, "
               f"tolerance {MODULE_TOLERANCE:.0%} per module, {TRACK_TOLERANCE:.0%} per track")
    return "\n".join(out)


# --------------------------------------------------------------------------- measured time on task


def time_on_task(stamps: Iterable[datetime], cap_minutes: float = IDLE_CAP_MINUTES) -> float:
    """Minutes between the first and last recorded event, each gap capped at `cap_minutes`.

    A learner who walks away for a day mid-module is counted for the cap, not for the day.
    """
    ordered = sorted(stamps)
    total = 0.0
    for a, b in zip(ordered, ordered[1:]):
        total += min((b - a).total_seconds() / 60, cap_minutes)
    return total


@dataclass(frozen=True)
class Spread:
    n: int
    median: float
    q1: float
    q3: float


def spread(values: list[float]) -> Spread | None:
    """Median and interquartile range (inclusive quartiles); None without data."""
    if not values:
        return None
    if len(values) == 1:
        v = values[0]
        return Spread(1, v, v, v)
    q1, med, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Spread(len(values), med, q1, q3)
