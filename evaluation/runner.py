"""Runs cases against a target, grades every criterion, and keeps going after a crash.

Each finished case is appended to ``DIR/results.jsonl`` (flushed and fsynced) with its response
and every criterion's verdict; a rerun with the same ``--out`` skips the cases already there, so a
crash or a Ctrl-C costs only the cases in flight. Concurrency is bounded; the target and the
grader retry transient failures with backoff; a case whose target or grader still fails is
recorded as an error (and retried on the next resume), never scored as if it had been graded.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.cases import Case
from evaluation.grader import Grader, GraderError
from evaluation.retry import GiveUp
from evaluation.scoring import Graded
from evaluation.targets import Target
from evaluation.usage import Usage

log = logging.getLogger(__name__)
RESULTS = "results.jsonl"
META = "run.json"


@dataclass
class RunState:
    out: Path
    done: dict[str, dict] = field(default_factory=dict)  # prompt_id -> result row

    @classmethod
    def open(cls, out: Path) -> "RunState":
        out.mkdir(parents=True, exist_ok=True)
        state = cls(out)
        path = out / RESULTS
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by a crash: that case runs again
                if row.get("status") == "ok":
                    state.done[row["prompt_id"]] = row
        return state

    def append(self, row: dict) -> None:
        with (self.out / RESULTS).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if row.get("status") == "ok":
            self.done[row["prompt_id"]] = row


@dataclass
class RunResult:
    graded: list[Graded]
    rows: list[dict]
    errors: list[dict]
    target_usage: Usage
    grader_usage: Usage
    seconds: float
    resumed: int


async def run_cases(cases: Sequence[Case], target: Target, grader: Grader, out: Path, *,
                    concurrency: int = 4, grader_concurrency: int = 8, progress: Callable[[str], None] | None = None) -> RunResult:
    state = RunState.open(out)
    resumed = sum(1 for c in cases if c.prompt_id in state.done)
    todo = [c for c in cases if c.prompt_id not in state.done]
    limit = asyncio.Semaphore(max(1, concurrency))
    grade_limit = asyncio.Semaphore(max(1, grader_concurrency))
    lock = asyncio.Lock()
    target_usage, grader_usage = Usage(), Usage()
    errors: list[dict] = []
    started = time.perf_counter()

    async def one(case: Case) -> None:
        async with limit:
            t0 = time.perf_counter()
            row: dict[str, Any] = {"prompt_id": case.prompt_id, "target": target.name}
            try:
                response = await target.respond(case)
                target_usage.merge(response.usage)
                usage = Usage()

                async def judge(criterion):  # type: ignore[no-untyped-def]
                    async with grade_limit:
                        return await grader.grade(case.prompt, response.text, criterion, usage)

                verdicts = await asyncio.gather(*(judge(c) for c in case.rubrics))
                grader_usage.merge(usage)
                row.update(status="ok", response=response.text, routed_as=response.routed_as,
                           dropped_turns=response.dropped_turns,
                           criteria=[{"met": v.met, "explanation": v.explanation} for v in verdicts],
                           target_usage=response.usage.as_dict(), grader_usage=usage.as_dict())
            except (GiveUp, GraderError) as exc:
                row.update(status="error", error=str(exc))
            except Exception as exc:  # the pipeline itself failed: record, keep the run going
                log.warning("case %s failed in the target: %s", case.prompt_id, type(exc).__name__)
                row.update(status="error", error=f"{type(exc).__name__} in the target")
            row["seconds"] = round(time.perf_counter() - t0, 3)
            async with lock:
                state.append(row)
                if row["status"] != "ok":
                    errors.append(row)
            if progress:
                progress(f"{case.prompt_id}: {row['status']}")

    await asyncio.gather(*(one(c) for c in todo))
    rows = [state.done[c.prompt_id] for c in cases if c.prompt_id in state.done]
    by_id = {c.prompt_id: c for c in cases}
    graded = [Graded(by_id[r["prompt_id"]], tuple(bool(x["met"]) for x in r["criteria"])) for r in rows]
    # usage of resumed cases counts too: the run as a whole cost that much
    for r in rows:
        if r["prompt_id"] not in {c.prompt_id for c in todo}:
            target_usage.merge(r.get("target_usage", {}))
            grader_usage.merge(r.get("grader_usage", {}))
    return RunResult(graded, rows, errors, target_usage, grader_usage, time.perf_counter() - started, resumed)
