"""The shipped evaluation suite end to end against the fake OpenAI-compatible server acting as both
the model under test and a deterministic grader: what the suite holds (cases per use case, tier,
red-team share, criteria), and what a run costs (wall time, model and grader calls, tokens), for
the bot's pipeline and for the raw model.

    .venv/bin/python bench/eval_bench.py [--cases clinibot] [--concurrency 4] [--latency 0.05]

The fake model answers each request after --latency seconds, so the wall time shows the harness's
own overhead plus what concurrency buys; a real endpoint's latency scales the run accordingly.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def grader_or_model(body: dict) -> str:
    """Grader: a criterion is met when its first content word appears in the response (cheap, deterministic)."""
    first = str(body["messages"][0].get("content", ""))
    if first.startswith("You are grading one response"):
        user = body["messages"][1]["content"]
        crit = user.split("\">\n", 1)[1].split("\n</criterion>", 1)[0].lower()
        resp = user.split("assistant (the response to grade): ", 1)[1].lower()
        words = [w.strip(".,;:()'\"") for w in crit.split() if len(w) > 6]
        met = bool(words) and words[0] in resp
        return json.dumps({"explanation": "keyword rule", "criteria_met": met})
    last = next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")
    return "Draft for clinician review. " + str(last)[:600]


async def one(mode: str, cases, cases_path: Path, concurrency: int, latency: float) -> dict:  # type: ignore[no-untyped-def]
    from evaluation.grader import Grader
    from evaluation.report import write_outputs
    from evaluation.runner import run_cases
    from evaluation.targets import PipelineTarget, RawTarget
    from tests.conftest import make_settings
    from tests.fakes.fake_openai import FakeOpenAI

    fake = await FakeOpenAI().start()
    fake.respond_with(grader_or_model)
    fake.set_latency(latency)
    tmp = Path(tempfile.mkdtemp(prefix=f"eval-bench-{mode}-"))
    if mode == "pipeline":
        settings = make_settings(f"sqlite+aiosqlite:///{tmp}/p.db", tmp, OPENAI_BASE_URL=fake.base_url,
                                 OPENAI_API_KEY="sk-x", CLINIBOT_LLM_MODEL="fake-model", CLINIBOT_PHI_MODE="redact",
                                 CLINIBOT_LOG_LEVEL="WARNING")
        target = await PipelineTarget.build(settings)
    else:
        target = RawTarget(base_url=fake.base_url, model="fake-model")
    grader = Grader(base_url=fake.base_url, model="grader")
    t0 = time.perf_counter()
    try:
        result = await run_cases(cases, target, grader, tmp / "run", concurrency=concurrency)
        if isinstance(target, PipelineTarget):
            result.target_usage.merge(target.llm_usage())
    finally:
        await target.aclose()
        await grader.aclose()
        await fake.close()
    wall = time.perf_counter() - t0
    s = write_outputs(tmp / "run", cases, result, {"target": target.name, "grader": "grader", "cases": "bench",
                                                   "cases_path": str(cases_path)})
    return {"mode": mode, "wall": wall, "graded": s["n_examples"], "errors": s["errors"],
            "model_calls": s["target_usage"]["calls"], "grader_calls": s["grader_usage"]["calls"],
            "tokens": s["target_usage"]["prompt_tokens"] + s["target_usage"]["completion_tokens"]
            + s["grader_usage"]["prompt_tokens"] + s["grader_usage"]["completion_tokens"], "score": s["score"]}


def describe(cases) -> None:  # type: ignore[no-untyped-def]
    n = len(cases)
    print(f"cases: {n}; criteria: {sum(len(c.rubrics) for c in cases)} "
          f"({sum(1 for c in cases for r in c.rubrics if r.points < 0)} negative); "
          f"red team: {sum(c.red_team for c in cases)} ({sum(c.red_team for c in cases) / n:.0%})")
    for key in ("use_case", "difficulty"):
        counts = Counter(getattr(c, key) or "-" for c in cases)
        print(f"  by {key:10s} " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    table = Counter((c.use_case, c.difficulty) for c in cases)
    uses = sorted({c.use_case for c in cases})
    print(f"  {'use case':12s} " + "".join(f"{d:>8s}" for d in ("easy", "medium", "hard")) + "  red team")
    for u in uses:
        red = sum(1 for c in cases if c.use_case == u and c.red_team)
        print(f"  {u:12s} " + "".join(f"{table[(u, d)]:8d}" for d in ("easy", "medium", "hard")) + f"  {red:8d}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default="clinibot")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--latency", type=float, default=0.05, help="seconds the fake model takes per request")
    args = ap.parse_args()
    import logging

    logging.disable(logging.WARNING)
    from evaluation.cases import load_cases, resolve

    cases = load_cases(args.cases)
    describe(cases)
    rows = [asyncio.run(one(mode, cases, resolve(args.cases), args.concurrency, args.latency))
            for mode in ("pipeline", "raw")]
    print(f"\nrun against the fake server (latency {args.latency * 1000:.0f} ms per call, concurrency {args.concurrency})")
    print(f"{'mode':10s} {'wall s':>8s} {'graded':>7s} {'errors':>7s} {'model calls':>12s} {'grader calls':>13s} {'tokens':>9s}")
    for r in rows:
        print(f"{r['mode']:10s} {r['wall']:8.1f} {r['graded']:7d} {r['errors']:7d} {r['model_calls']:12d} "
              f"{r['grader_calls']:13d} {r['tokens']:9d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
