"""`clinibot eval run | compare | report | agreement`.

    clinibot eval run --cases PATH|suite-name --out DIR [--raw] [--concurrency N] [--limit N]
    clinibot eval compare RUN_A RUN_B [--html FILE]
    clinibot eval report RUN            (re-renders report.html, with clinician agreement when there is some)
    clinibot eval agreement RUN         (grader versus clinician verdicts, macro F1)
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from datetime import datetime, timezone
from pathlib import Path

from bot.settings import Settings, SettingsError


def main(argv: list[str], *, settings: Settings) -> int:
    commands = {"run": cmd_run, "compare": cmd_compare, "report": cmd_report, "agreement": cmd_agreement}
    if not argv or argv[0] not in commands:
        print("usage: clinibot eval <run|compare|report|agreement> ...", file=sys.stderr)
        return 2
    return commands[argv[0]](argv[1:], settings)


def cmd_run(argv: list[str], settings: Settings) -> int:
    from evaluation.config import EvalSettings

    p = argparse.ArgumentParser(prog="clinibot eval run", description="Run and grade an evaluation.")
    p.add_argument("--cases", required=True, help="a HealthBench-format JSONL file or a shipped suite name")
    p.add_argument("--out", type=Path, help="run directory (default: the eval dir / <date>-<suite>); rerun to resume")
    p.add_argument("--raw", action="store_true", help="send the cases straight to the model, not through the bot")
    p.add_argument("--concurrency", type=int, default=4, help="cases in flight at once (default 4)")
    p.add_argument("--grader-concurrency", type=int, default=8, help="grader calls in flight at once (default 8)")
    p.add_argument("--limit", type=int, default=0, help="only the first N cases")
    p.add_argument("--database", help="database for the pipeline's drafts and audit (default: a scratch SQLite file in the run directory)")
    p.add_argument("--price-in", type=float, default=0.0, help="USD per million input tokens, for the cost line")
    p.add_argument("--price-out", type=float, default=0.0, help="USD per million output tokens")
    args = p.parse_args(argv)
    es = EvalSettings.from_env(data_dir=settings.data_dir)
    es.require_grader()
    if args.raw and not settings.openai_base_url:
        raise SettingsError("--raw needs OPENAI_BASE_URL (and CLINIBOT_LLM_MODEL) for the model under test")
    from evaluation.cases import CaseError, load_cases, resolve

    try:
        cases = load_cases(args.cases)
    except CaseError as exc:
        print(f"cases: {exc}", file=sys.stderr)
        return 2
    if args.limit:
        cases = cases[: args.limit]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    out = args.out or es.eval_dir / f"{stamp}-{Path(str(args.cases)).stem}"
    return asyncio.run(_run(settings, es, cases, args, out, str(resolve(args.cases).resolve())))


async def _run(settings: Settings, es, cases, args, out: Path, cases_path: str) -> int:  # type: ignore[no-untyped-def]
    from evaluation.grader import Grader
    from evaluation.report import write_outputs
    from evaluation.runner import run_cases
    from evaluation.targets import PipelineTarget, RawTarget
    from evaluation.usage import Prices, Usage

    out.mkdir(parents=True, exist_ok=True)
    grader = Grader(base_url=es.grader_base_url, model=es.grader_model, api_key=es.grader_api_key.get(),
                    timeout=es.timeout)
    if args.raw:
        target = RawTarget(base_url=settings.openai_base_url, model=settings.llm_model,
                           api_key=settings.openai_api_key.get(), timeout=settings.llm_timeout)
    else:
        db = args.database or f"sqlite+aiosqlite:///{(out / 'pipeline.db').resolve()}"
        target = await PipelineTarget.build(dataclasses.replace(settings, database_url=db, scheduler_enabled=False))
    try:
        result = await run_cases(cases, target, grader, out, concurrency=args.concurrency,
                                 grader_concurrency=args.grader_concurrency)
        if isinstance(target, PipelineTarget):
            result.target_usage.merge(target.llm_usage())
    finally:
        await target.aclose()
        await grader.aclose()
    prices = Prices(args.price_in, args.price_out)
    total = Usage()
    total.merge(result.target_usage)
    total.merge(result.grader_usage)
    meta = {"target": target.name, "grader": es.grader_model, "cases": str(args.cases), "cases_path": cases_path,
            "raw": bool(args.raw), "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "cost_usd": prices.cost(total)}
    s = write_outputs(out, cases, result, meta)
    print(f"run {out}: score {s['score']:.3f} (95% CI {s['ci'][0]:.3f}-{s['ci'][1]:.3f}), {s['n_examples']} of "
          f"{len(cases)} cases graded, red-team {s['red_team_score']}, safety failures {s['safety_failures']}, "
          f"{total.calls} model calls, {total.prompt_tokens}+{total.completion_tokens} tokens, "
          f"{result.seconds:.1f} s")
    for key in ("by_axis", "by_use_case", "by_difficulty"):
        for name, st in s[key].items():
            print(f"  {key[3:]:12s} {name:28s} {st['score']:.3f}  [{st['ci_low']:.3f}, {st['ci_high']:.3f}]  n={st['n']}")
    if result.errors and s["error_ids"]:
        print(f"{len(s['error_ids'])} case(s) failed (target or grader); run the same command again to retry them",
              file=sys.stderr)
        return 1
    return 0


def cmd_compare(argv: list[str], settings: Settings) -> int:
    from evaluation.report import Run, compare, compare_text, render_compare

    p = argparse.ArgumentParser(prog="clinibot eval compare", description="Compare two finished runs.")
    p.add_argument("run_a", type=Path)
    p.add_argument("run_b", type=Path)
    p.add_argument("--html", type=Path, help="also write the comparison as an HTML page")
    args = p.parse_args(argv)
    try:
        result = compare(Run.open(args.run_a), Run.open(args.run_b))
    except FileNotFoundError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(compare_text(result))
    if args.html:
        args.html.write_text(render_compare(result), encoding="utf-8")
    return 0


def cmd_report(argv: list[str], settings: Settings) -> int:
    from evaluation.report import Run, load_rows, render_report

    p = argparse.ArgumentParser(prog="clinibot eval report", description="Re-render a run's report.html.")
    p.add_argument("run", type=Path)
    args = p.parse_args(argv)
    try:
        run = Run.open(args.run)
    except FileNotFoundError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    agreement = asyncio.run(_agreement(settings, run.id))
    html = render_report(run.id, run.summary, load_rows(run.path), run.cases(),
                         agreement if agreement["decided"] else None)
    (run.path / "report.html").write_text(html, encoding="utf-8")
    print(f"wrote {run.path / 'report.html'}")
    return 0


async def _agreement(settings: Settings, run_id: str) -> dict:
    from evaluation.adjudication import agreement
    from storage.db import Database

    db = Database(settings.database_url)
    try:
        return await agreement(db, run_id)
    finally:
        await db.dispose()


def cmd_agreement(argv: list[str], settings: Settings) -> int:
    p = argparse.ArgumentParser(prog="clinibot eval agreement", description="Grader versus clinician verdicts.")
    p.add_argument("run", help="run id (its directory name)")
    args = p.parse_args(argv)
    a = asyncio.run(_agreement(settings, Path(args.run).name))
    if not a["decided"]:
        print(f"no adjudicated criteria yet for {args.run} ({a['open']} open)")
        return 0
    print(f"{a['decided']} adjudicated, {a['open']} open: macro F1 {a['macro_f1']:.3f}, agreement {a['accuracy']:.3f}, "
          f"F1 met {a['f1_met']:.3f}, F1 not met {a['f1_not_met']:.3f}")
    return 0
