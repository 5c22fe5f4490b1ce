"""`clinibot eval run` end to end against the fake OpenAI-compatible server as model and grader."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from evaluation.cases import load_cases
from evaluation.grader import Grader
from evaluation.report import Run, compare, write_outputs
from evaluation.runner import run_cases
from evaluation.targets import RawTarget
from tests.evaluation.helpers import SMALL, is_grading, model_and_grader, verdict, write_cases

ROOT = Path(__file__).resolve().parents[2]


def _target(fake) -> RawTarget:
    return RawTarget(base_url=fake.base_url, model="fake-model", backoff=0.01)


def _grader(fake, timeout: float = 10.0) -> Grader:
    return Grader(base_url=fake.base_url, model="grader-model", timeout=timeout, backoff=0.01)


async def _run(fake, tmp_path, cases_path, out_name="run1", **kw):
    cases = load_cases(cases_path)
    target, grader = _target(fake), _grader(fake, kw.pop("timeout", 10.0))
    try:
        result = await run_cases(cases, target, grader, tmp_path / out_name, **kw)
    finally:
        await target.aclose()
        await grader.aclose()
    summary = write_outputs(tmp_path / out_name, cases, result,
                            {"target": target.name, "grader": "grader-model", "cases": str(cases_path),
                             "cases_path": str(cases_path)})
    return result, summary


async def test_a_run_writes_summary_csv_and_html_with_the_healthbench_score(fake_model, tmp_path):
    fake_model.respond_with(model_and_grader())
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL)
    result, s = await _run(fake_model, tmp_path, cases_path)
    # c1: cardiology 5 + troponin 3 of 8 -> 1.0; c2: 'not a final decision' 4 + cardiology 2 -> 1.0; c3: 0/10
    assert s["n_examples"] == 3 and s["errors"] == 0
    assert s["score"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["by_use_case"]["writing"]["score"] == 0.0 and s["by_use_case"]["consult"]["score"] == 1.0
    assert s["red_team_score"] == 1.0 and s["safety_failures"] == 0
    assert set(s) >= {"score", "n_examples", "by_axis", "by_theme", "by_use_case", "by_difficulty",
                      "red_team_score", "safety_failures"}
    out = tmp_path / "run1"
    saved = json.loads((out / "summary.json").read_text())
    assert saved["score"] == s["score"]
    rows = list(csv.DictReader(io.StringIO((out / "cases.csv").read_text())))
    assert [r["prompt_id"] for r in rows] == ["c1", "c2", "c3"] and rows[2]["score"] == "0.0000"
    html = (out / "report.html").read_text()
    assert "Evaluation run run1" in html and "66.7%" in html and "<script" not in html
    # every criterion was graded once, and the model answered each case once
    graded = [b for b in fake_model.requests if is_grading(b)]
    assert len(graded) == 3 + 2 + 2
    assert len(fake_model.requests) - len(graded) == 3
    assert s["grader_usage"]["calls"] == 7 and s["target_usage"]["calls"] == 3
    assert s["grader_usage"]["prompt_tokens"] > 0


async def test_a_safety_failure_is_counted_when_a_harmful_criterion_is_met(fake_model, tmp_path):
    fake_model.respond_with(model_and_grader(lambda body: "Fine to discharge home today."))
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL[:1])
    _, s = await _run(fake_model, tmp_path, cases_path)
    assert s["safety_failures"] == 1 and s["safety_failure_ids"] == ["c1"]
    assert s["score"] == 0.0  # (0 - 4) / 8, clipped


async def test_malformed_grader_answers_are_re_asked_until_they_fit_the_schema(fake_model, tmp_path):
    seen: dict[str, int] = {}

    def respond(body):
        if not is_grading(body):
            return "Refer to cardiology; check troponin."
        key = body["messages"][1]["content"]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 1:
            return "I think it is met."  # prose, no JSON
        if seen[key] == 2:
            return '```json\n{"criteria_met": "yes", "explanation": "x"}\n```'  # wrong type
        return verdict(body)

    fake_model.respond_with(respond)
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL[:1])
    _, s = await _run(fake_model, tmp_path, cases_path)
    assert s["errors"] == 0 and s["score"] == 1.0
    assert s["grader_usage"]["calls"] == 9 and s["grader_usage"]["retries"] == 6
    # the re-ask carries the bad answer and says what was wrong
    reasks = [b for b in fake_model.requests if is_grading(b) and len(b["messages"]) > 2]
    assert any("criteria_met" in m["content"] and "must be true or false" in m["content"]
               for b in reasks for m in b["messages"])


async def test_a_grader_that_never_answers_in_the_schema_marks_the_case_as_an_error(fake_model, tmp_path):
    fake_model.respond_with(lambda body: "no" if is_grading(body) else "cardiology")
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL[:2])
    result, s = await _run(fake_model, tmp_path, cases_path)
    assert s["n_examples"] == 0 and s["errors"] == 2 and s["error_ids"] == ["c1", "c2"]
    assert all("schema" in e["error"] for e in result.errors)


async def test_timeouts_are_retried_with_backoff(fake_model, tmp_path):
    calls = {"n": 0}

    async def respond(body):
        if is_grading(body):
            calls["n"] += 1
            if calls["n"] <= 2:
                await asyncio.sleep(1.0)  # longer than the grader's timeout
            return verdict(body)
        return "cardiology troponin"

    fake_model.respond_with(respond)
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL[:1])
    _, s = await _run(fake_model, tmp_path, cases_path, timeout=0.3, grader_concurrency=1)
    assert s["errors"] == 0 and s["score"] == 1.0
    assert s["grader_usage"]["retries"] >= 2


async def test_a_model_outage_is_an_error_and_the_next_run_resumes_it(fake_model, tmp_path):
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL)
    fake_model.respond_with(model_and_grader())
    fake_model.fail_next(500, n=4)  # the first case's target call fails every retry
    _, s1 = await _run(fake_model, tmp_path, cases_path, concurrency=1)
    assert s1["errors"] == 1 and s1["n_examples"] == 2
    before = len(fake_model.requests)
    _, s2 = await _run(fake_model, tmp_path, cases_path, concurrency=1)
    assert s2["errors"] == 0 and s2["n_examples"] == 3 and s2["resumed"] == 2
    # only the failed case ran again: one model call and its three criteria
    assert len(fake_model.requests) - before == 1 + 3


async def test_a_crashed_run_resumes_without_regrading_finished_cases(fake_model, tmp_path):
    rows = [dict(SMALL[i % 3], prompt_id=f"k{i}") for i in range(12)]
    cases_path = write_cases(tmp_path / "cases.jsonl", rows)
    fake_model.respond_with(model_and_grader())
    fake_model.set_latency(0.15)
    out = tmp_path / "crash"
    env = {**os.environ, "OPENAI_BASE_URL": fake_model.base_url, "OPENAI_API_KEY": "sk-test",
           "CLINIBOT_LLM_MODEL": "fake-model", "CLINIBOT_GRADER_MODEL": "grader-model",
           "CLINIBOT_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "bot.cli", "eval", "run", "--cases", str(cases_path), "--out", str(out), "--raw",
            "--concurrency", "1"]
    proc = await asyncio.create_subprocess_exec(*argv, env=env, cwd=str(ROOT), stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    results = out / "results.jsonl"
    for _ in range(400):
        if results.exists() and len(results.read_text().splitlines()) >= 3:
            break
        await asyncio.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    await proc.wait()
    done_before = {json.loads(x)["prompt_id"] for x in results.read_text().splitlines() if x.strip()}
    assert 3 <= len(done_before) < 12 and not (out / "summary.json").exists()

    fake_model.set_latency(0)
    first_second_run = len(fake_model.requests)
    proc = await asyncio.create_subprocess_exec(*argv, env=env, cwd=str(ROOT), stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, stderr.decode()
    ok = [json.loads(x) for x in results.read_text().splitlines() if x.strip()]
    assert sorted(r["prompt_id"] for r in ok) == sorted(f"k{i}" for i in range(12))  # each once
    s = json.loads((out / "summary.json").read_text())
    assert s["n_examples"] == 12 and s["resumed"] == len(done_before)
    second = fake_model.requests[first_second_run:]
    answered = [b for b in second if not is_grading(b)]
    assert len(answered) == 12 - len(done_before)  # finished cases were not asked again
    assert b"score" in stdout


async def test_compare_lists_the_cases_that_changed(fake_model, tmp_path):
    cases_path = write_cases(tmp_path / "cases.jsonl", SMALL)
    fake_model.respond_with(model_and_grader())
    await _run(fake_model, tmp_path, cases_path, out_name="before")
    fake_model.respond_with(model_and_grader(lambda b: "Apply ice and elevate the ankle; not a final decision."))
    await _run(fake_model, tmp_path, cases_path, out_name="after")
    c = compare(Run.open(tmp_path / "before"), Run.open(tmp_path / "after"))
    changed = {r["id"]: r for r in c["changed"]}
    assert set(changed) == {"c1", "c2", "c3"}
    assert changed["c3"]["a"] == 0.0 and changed["c3"]["b"] == 1.0
    assert changed["c1"]["delta"] == pytest.approx(-1.0)
    from bot.cli import main

    assert main(["eval", "compare", str(tmp_path / "before"), str(tmp_path / "after"),
                 "--html", str(tmp_path / "cmp.html")]) == 0
    assert "Cases that changed (3)" in (tmp_path / "cmp.html").read_text()


def test_cli_refuses_a_run_without_a_grader_in_one_line(tmp_path, capsys, monkeypatch):
    from bot.cli import main

    for var in ("CLINIBOT_GRADER_BASE_URL", "OPENAI_BASE_URL", "CLINIBOT_GRADER_MODEL"):
        monkeypatch.delenv(var, raising=False)
    assert main(["eval", "run", "--cases", "clinibot", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "CLINIBOT_GRADER_BASE_URL" in err[0]


def test_cli_names_a_missing_cases_file(tmp_path, capsys, monkeypatch):
    from bot.cli import main

    monkeypatch.setenv("CLINIBOT_GRADER_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("CLINIBOT_GRADER_MODEL", "g")
    assert main(["eval", "run", "--cases", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
