"""Build bot/skills/data/field_model.json, the word model behind the shorthand extractor's fallback.

    PYTHONPATH=. python bot/skills/data/build_field_model.py [--check]

Training data: the development splits of the drafting bench only, of the sets named in TRAIN_SETS (v1..v13,
bench/data/drafting{,_v2..._v13}/dev.jsonl); the test splits are never read. The list is fixed on purpose: a
new set (e.g. drafting_v14) is not picked up by a pattern, so a set that has not yet had its first measurement
never trains the fallback; add it here by hand only after it has been measured. Two kinds of example, per skill:
- every expected value, labelled with its field (how each field's facts are worded, whoever typed them);
- every clause the rules leave unclaimed (each request run through the rules with the fallback off), with
  where it sits, labelled with the expected field whose typed words cover at least half of the clause's
  words, or the rules' default field when none does (noise stays where the rules put it).
Leave-one-set-out on the dev splits scored both together above either alone (/draft bench, offline rules).
The output is the same for the same data (sorted keys, no randomness); --check fails when the file is stale.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
# Fixed list, not a glob: a newly written set must not train the fallback before its first measurement.
TRAIN_SETS = ("drafting", "drafting_v2", "drafting_v3", "drafting_v4", "drafting_v5",
              "drafting_v6", "drafting_v7", "drafting_v8", "drafting_v9", "drafting_v10", "drafting_v11",
              "drafting_v12", "drafting_v13")
DEV_FILES = sorted(ROOT / "bench" / "data" / name / "dev.jsonl" for name in TRAIN_SETS)
COVER = 0.5  # share of a clause's words an expected value must hold to name its field


def load_rows(files: list[Path]) -> list[dict]:
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _parts(value: Any) -> list[str]:
    return value if isinstance(value, list) else [value]


def right_field(expected: dict[str, Any], clause: str, default: str) -> str:
    """The expected field that holds most of the clause's words, or the default when none holds half."""
    from bot.skills.shorthand import content_words

    words = set(content_words(clause))
    best, share = default, 0.0
    for name, value in sorted(expected.items()):
        for part in _parts(value):
            s = len(words & set(content_words(str(part)))) / max(1, len(words))
            if s > share:
                best, share = name, s
    return best if share >= COVER else default


def unclaimed(rows: list[dict]) -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    """(skill, clause, context, right field) for each clause the rules leave unclaimed."""
    from bot.skills import SKILLS, shorthand
    from bot.skills.field_model import context

    seen: list[tuple[str, str, str | None]] = []

    def record(skill: Any, clause: str, default: str, out: Any, fields: dict[str, Any]) -> None:
        seen.append((clause, default, out.placed[-1][0] if out.placed else None))
        return None

    hook = shorthand._model_target
    shorthand._model_target = record  # the rules alone: the examples must not depend on an earlier model
    try:
        for row in rows:
            seen.clear()
            text = row["text"].split(None, 1)[1] if " " in row["text"] else ""
            SKILLS[row["skill"]].extract(text)
            for clause, default, after in seen:
                yield row["skill"], clause, context(default, after), right_field(row["expected"], clause, default)
    finally:
        shorthand._model_target = hook


def typed_values(rows: list[dict]) -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    """(skill, value, no context, field) for each expected value."""
    for row in rows:
        for name, value in sorted(row["expected"].items()):
            for part in _parts(value):
                yield row["skill"], str(part), (), name


def examples(rows: list[dict]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [*typed_values(rows), *unclaimed(rows)]


def build(files: list[Path]) -> dict[str, Any]:
    from bot.skills.field_model import train

    examples_ = examples(load_rows(files))
    model = train(examples_)
    return {"about": "naive Bayes counts for the shorthand extractor's unclaimed clauses "
                     "(bot/skills/field_model.py); built by bot/skills/data/build_field_model.py",
            "trained_on": [{"file": str(f.relative_to(ROOT)), "sha256": hashlib.sha256(f.read_bytes()).hexdigest()}
                           for f in files],
            "examples": len(examples_), **model}


def dumps(model: dict[str, Any]) -> str:
    """JSON with the header and each skill's field counts on lines of their own (readable, small diffs)."""
    def one(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False)

    head = [f" {one(k)}: {one(v)}" for k, v in model.items() if k != "skills"]
    skills = []
    for name, s in model["skills"].items():
        counts = ",\n".join(f"    {one(lab)}: {one(c)}" for lab, c in s["counts"].items())
        skills.append(f"  {one(name)}: {{\n   \"docs\": {one(s['docs'])},\n   \"counts\": {{\n{counts}\n   }}\n  }}")
    return "{\n" + ",\n".join([*head, ' "skills": {\n' + ",\n".join(skills) + "\n }"]) + "\n}\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail when the stored file differs from a fresh build")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    sys.path.insert(0, str(ROOT))
    from bot.skills.field_model import MODEL_FILE

    text = dumps(build(DEV_FILES))
    if args.check:
        same = MODEL_FILE.exists() and MODEL_FILE.read_text(encoding="utf-8") == text
        print("field model is up to date" if same else "field model is stale: rebuild it")
        return 0 if same else 1
    MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} from {len(DEV_FILES)} dev splits")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
