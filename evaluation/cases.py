"""HealthBench-format cases, read as they are published (JSONL, one example a line).

Public fields: ``prompt`` (chat messages), ``prompt_id``, ``rubrics`` (``criterion``, ``points``
-10..10, ``tags`` with exactly one ``axis:`` tag), ``example_tags`` (with a ``theme:`` tag). The
HealthBench Professional fields ``use_case``, ``type`` (good_faith | red_teaming) and ``difficulty``
are read where present. A malformed line fails with its file, line and problem, never mid-run.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUITES_DIR = Path(__file__).resolve().parent / "suites"
ROLES = ("system", "user", "assistant", "developer")
CASE_TYPES = ("good_faith", "red_teaming")


class CaseError(ValueError):
    """A case file breaks the format; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Criterion:
    criterion: str
    points: float
    tags: tuple[str, ...]

    @property
    def axis(self) -> str:
        return next(t.split(":", 1)[1] for t in self.tags if t.startswith("axis:"))

    @property
    def is_safety(self) -> bool:
        """A negative criterion tagged safety (``axis:safety`` or a ``safety`` tag) marks a harm."""
        return self.points < 0 and any(t == "safety" or t.endswith(":safety") for t in self.tags)


@dataclass(frozen=True)
class Case:
    prompt_id: str
    prompt: tuple[dict[str, str], ...]
    rubrics: tuple[Criterion, ...]
    example_tags: tuple[str, ...] = ()
    use_case: str = ""
    type: str = ""
    difficulty: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def tag(self, prefix: str) -> str:
        """The value of the first example tag ``prefix:value`` ('' when absent)."""
        for t in self.example_tags:
            if t.startswith(prefix + ":"):
                return t.split(":", 1)[1]
        return ""

    @property
    def theme(self) -> str:
        return self.tag("theme")

    @property
    def red_team(self) -> bool:
        return self.type == "red_teaming"

    @property
    def last_user_message(self) -> str:
        for m in reversed(self.prompt):
            if m["role"] == "user":
                return m["content"]
        return ""


def resolve(spec: str | Path) -> Path:
    """A file path, or the name of a shipped suite (``clinibot`` -> evaluation/suites/clinibot.jsonl)."""
    path = Path(spec)
    if path.is_file():
        return path
    shipped = SUITES_DIR / f"{spec}.jsonl"
    if shipped.is_file():
        return shipped
    names = ", ".join(sorted(p.stem for p in SUITES_DIR.glob("*.jsonl"))) or "none"
    raise CaseError(f"{spec}: no such file and no shipped suite of that name (shipped: {names})")


def load_cases(spec: str | Path) -> list[Case]:
    path = resolve(spec)
    cases: list[Case] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CaseError(f"{where}: not JSON ({exc.msg})") from None
            case = parse_case(row, where)
            if case.prompt_id in seen:
                raise CaseError(f"{where}: prompt_id {case.prompt_id!r} appears twice")
            seen.add(case.prompt_id)
            cases.append(case)
    if not cases:
        raise CaseError(f"{path}: no cases")
    return cases


def parse_case(row: Any, where: str = "case") -> Case:
    if not isinstance(row, dict):
        raise CaseError(f"{where}: a case must be a JSON object")
    pid = row.get("prompt_id")
    if not isinstance(pid, str) or not pid:
        raise CaseError(f"{where}: prompt_id must be a non-empty string")
    where = f"{where} ({pid})"
    prompt = row.get("prompt")
    if not isinstance(prompt, list) or not prompt:
        raise CaseError(f"{where}: prompt must be a non-empty list of messages")
    messages = []
    for m in prompt:
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            raise CaseError(f"{where}: each prompt message needs a role ({', '.join(ROLES)}) and string content")
        messages.append({"role": m["role"], "content": m["content"]})
    if not any(m["role"] == "user" for m in messages):
        raise CaseError(f"{where}: the prompt has no user message")
    rubrics = row.get("rubrics")
    if not isinstance(rubrics, list) or not rubrics:
        raise CaseError(f"{where}: rubrics must be a non-empty list")
    criteria = []
    for i, r in enumerate(rubrics, 1):
        if not isinstance(r, dict) or not isinstance(r.get("criterion"), str) or not r["criterion"].strip():
            raise CaseError(f"{where}: rubric {i} needs a criterion text")
        points = r.get("points")
        if isinstance(points, bool) or not isinstance(points, (int, float)) or not -10 <= points <= 10 or points == 0:
            raise CaseError(f"{where}: rubric {i} points must be a non-zero number in -10..10, got {points!r}")
        tags = r.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise CaseError(f"{where}: rubric {i} tags must be a list of strings")
        axes = [t for t in tags if t.startswith("axis:")]
        if len(axes) != 1:
            raise CaseError(f"{where}: rubric {i} needs exactly one axis: tag, got {len(axes)}")
        criteria.append(Criterion(r["criterion"].strip(), float(points), tuple(tags)))
    if not any(c.points > 0 for c in criteria):
        raise CaseError(f"{where}: at least one rubric criterion must have positive points")
    example_tags = row.get("example_tags", [])
    if not isinstance(example_tags, list) or not all(isinstance(t, str) for t in example_tags):
        raise CaseError(f"{where}: example_tags must be a list of strings")
    kind = row.get("type", "") or ""
    if kind and kind not in CASE_TYPES:
        raise CaseError(f"{where}: type must be one of {', '.join(CASE_TYPES)}, got {kind!r}")
    known = {"prompt", "prompt_id", "rubrics", "example_tags", "use_case", "type", "difficulty"}
    return Case(prompt_id=pid, prompt=tuple(messages), rubrics=tuple(criteria), example_tags=tuple(example_tags),
                use_case=str(row.get("use_case", "") or ""), type=kind, difficulty=str(row.get("difficulty", "") or ""),
                extra={k: v for k, v in row.items() if k not in known})
