"""What a run leaves behind: summary.json, cases.csv and report.html; and a comparison of two runs."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from evaluation.cases import Case
from evaluation.runner import META, RESULTS, RunResult
from evaluation.scoring import Graded, summarise

TEMPLATES = Path(__file__).resolve().parent / "templates"
CHANGED = 0.1  # a case whose score moved this much (or whose safety verdict flipped) is listed
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Spreadsheet formula injection: a text cell that starts like a formula is quoted."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def env() -> jinja2.Environment:
    e = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                           autoescape=jinja2.select_autoescape(["html", "j2"]))
    e.filters["pct"] = lambda v: "—" if v is None else f"{v * 100:.1f}%"
    e.filters["signed"] = lambda v: "—" if v is None else f"{v * 100:+.1f}"
    return e


def write_outputs(out: Path, cases: list[Case], result: RunResult, meta: dict) -> dict:
    summary = summarise(result.graded)
    summary.update({
        "target": meta.get("target", ""), "grader": meta.get("grader", ""), "cases": meta.get("cases", ""),
        "n_cases_in_file": len(cases), "errors": len(result.errors),
        "error_ids": sorted({e["prompt_id"] for e in result.errors} - {g.case.prompt_id for g in result.graded}),
        "resumed": result.resumed, "seconds": round(result.seconds, 2),
        "target_usage": result.target_usage.as_dict(), "grader_usage": result.grader_usage.as_dict(),
        "cost_usd": meta.get("cost_usd", 0.0),
    })
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / META).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "cases.csv").write_text(cases_csv(result.graded), encoding="utf-8")
    (out / "report.html").write_text(render_report(out.name, summary, load_rows(out), cases), encoding="utf-8")
    return summary


def cases_csv(graded: list[Graded]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["prompt_id", "use_case", "type", "difficulty", "theme", "score", "safety_failure",
                "criteria", "criteria_met"])
    for g in graded:
        c = g.case
        w.writerow([safe_cell(v) for v in (c.prompt_id, c.use_case, c.type, c.difficulty, c.theme,
                                           "" if g.score is None else f"{g.score:.4f}", g.safety_failure,
                                           len(c.rubrics), sum(g.met))])
    return buf.getvalue()


def load_rows(out: Path) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    path = out / RESULTS
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if row.get("status") == "ok":
                rows[row["prompt_id"]] = row
    return rows


def _case_views(rows: dict[str, dict], cases: list[Case]) -> list[dict]:
    views = []
    for c in cases:
        row = rows.get(c.prompt_id)
        if row is None:
            continue
        g = Graded(c, tuple(bool(x["met"]) for x in row["criteria"]))
        views.append({"id": c.prompt_id, "use_case": c.use_case, "type": c.type, "difficulty": c.difficulty,
                      "theme": c.theme, "score": g.score, "safety_failure": g.safety_failure,
                      "prompt": c.last_user_message, "response": row.get("response", ""),
                      "criteria": [{"text": cr.criterion, "points": cr.points, "axis": cr.axis, "met": v["met"],
                                    "explanation": v.get("explanation", "")}
                                   for cr, v in zip(c.rubrics, row["criteria"])]})
    return views


def render_report(run_id: str, summary: dict, rows: dict[str, dict], cases: list[Case],
                  agreement: dict | None = None) -> str:
    return env().get_template("report.html.j2").render(run_id=run_id, s=summary, cases=_case_views(rows, cases),
                                                       agreement=agreement)


@dataclass(frozen=True)
class Run:
    """A finished run directory, as the reports and the dashboard read it."""

    path: Path
    summary: dict
    meta: dict

    @property
    def id(self) -> str:
        return self.path.name

    @classmethod
    def open(cls, path: Path) -> "Run":
        path = Path(path)
        try:
            summary = json.loads((path / "summary.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            raise FileNotFoundError(f"{path}: not a finished run (no readable summary.json)") from None
        try:
            meta = json.loads((path / META).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            meta = {}
        return cls(path, summary, meta)

    def cases(self) -> list[Case]:
        from evaluation.cases import load_cases

        source = self.meta.get("cases_path") or self.meta.get("cases")
        try:
            return load_cases(source) if source else []
        except Exception:
            return []

    def scores(self) -> dict[str, tuple[float | None, bool]]:
        out = {}
        by_id = {c.prompt_id: c for c in self.cases()}
        for pid, row in load_rows(self.path).items():
            case = by_id.get(pid)
            if case is not None and len(row["criteria"]) == len(case.rubrics):
                g = Graded(case, tuple(bool(x["met"]) for x in row["criteria"]))
                out[pid] = (g.score, g.safety_failure)
        return out


def compare(a: Run, b: Run) -> dict:
    """Side by side: overall and grouped scores with deltas, and the cases that changed."""
    def pairs(key: str) -> list[dict]:
        names = sorted(set(a.summary.get(key, {})) | set(b.summary.get(key, {})))
        out = []
        for n in names:
            va = a.summary.get(key, {}).get(n, {}).get("score")
            vb = b.summary.get(key, {}).get(n, {}).get("score")
            out.append({"name": n, "a": va, "b": vb, "delta": None if va is None or vb is None else vb - va})
        return out

    sa, sb = a.scores(), b.scores()
    changed = []
    for pid in sorted(set(sa) & set(sb)):
        (xa, fa), (xb, fb) = sa[pid], sb[pid]
        if xa is None or xb is None:
            continue
        if abs(xb - xa) >= CHANGED or fa != fb:
            changed.append({"id": pid, "a": xa, "b": xb, "delta": xb - xa, "safety_a": fa, "safety_b": fb})
    changed.sort(key=lambda r: (r["delta"], r["id"]))
    return {
        "a": a.id, "b": b.id, "target_a": a.summary.get("target", ""), "target_b": b.summary.get("target", ""),
        "overall": {"a": a.summary.get("score"), "b": b.summary.get("score"),
                    "delta": (b.summary.get("score") or 0) - (a.summary.get("score") or 0)},
        "red_team": {"a": a.summary.get("red_team_score"), "b": b.summary.get("red_team_score")},
        "safety_failures": {"a": a.summary.get("safety_failures"), "b": b.summary.get("safety_failures")},
        "by_axis": pairs("by_axis"), "by_theme": pairs("by_theme"), "by_use_case": pairs("by_use_case"),
        "by_difficulty": pairs("by_difficulty"), "changed": changed,
        "only_a": sorted(set(sa) - set(sb)), "only_b": sorted(set(sb) - set(sa)),
    }


def render_compare(result: dict) -> str:
    return env().get_template("compare.html.j2").render(c=result)


def compare_text(result: dict) -> str:
    def f(v: Any) -> str:
        return "—" if v is None else f"{v:.3f}"

    lines = [f"{result['a']} ({result['target_a']})  vs  {result['b']} ({result['target_b']})",
             f"overall   {f(result['overall']['a'])}  {f(result['overall']['b'])}  delta {result['overall']['delta']:+.3f}",
             f"red team  {f(result['red_team']['a'])}  {f(result['red_team']['b'])}",
             f"safety failures  {result['safety_failures']['a']}  {result['safety_failures']['b']}"]
    for key in ("by_axis", "by_use_case", "by_difficulty"):
        for r in result[key]:
            d = "" if r["delta"] is None else f"  delta {r['delta']:+.3f}"
            lines.append(f"{key[3:]:12s} {r['name']:24s} {f(r['a'])}  {f(r['b'])}{d}")
    lines.append(f"{len(result['changed'])} case(s) changed by >= {CHANGED} or in safety verdict")
    for r in result["changed"]:
        lines.append(f"  {r['id']:32s} {r['a']:.3f} -> {r['b']:.3f}" + ("  SAFETY" if r["safety_a"] != r["safety_b"] else ""))
    return "\n".join(lines)
