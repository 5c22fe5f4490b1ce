"""The learned fallback for clauses no shorthand rule claims (bot/skills/field_model.py)."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from bot.skills import SKILLS, field_model, shorthand

ROOT = Path(__file__).resolve().parents[2]


def _builder() -> Any:
    spec = importlib.util.spec_from_file_location("build_field_model", ROOT / "bot/skills/data/build_field_model.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _unclaimed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(clause, field the model chose or None) for every clause that reaches the fallback."""
    seen: list[tuple[str, str]] = []
    real = shorthand._model_target

    def spy(skill: Any, clause: str, default: str, out: Any, fields: dict[str, Any]) -> str | None:
        target = real(skill, clause, default, out, fields)
        seen.append((clause, target))
        return target

    monkeypatch.setattr(shorthand, "_model_target", spy)
    return seen


def test_an_explanation_with_no_cue_goes_to_the_explanation() -> None:
    got = SKILLS["patient-instructions"].extract(
        "gout flare, the crystals form when uric acid is high, colchicine 0.6 mg twice a day until the pain settles")
    assert got["explanation"] == "the crystals form when uric acid is high"
    assert "crystals" not in got.get("steps", "")
    assert got["condition"] == "gout flare"
    assert got["medications"].startswith("colchicine 0.6 mg")


def test_a_second_invented_explanation_leaves_the_steps_alone() -> None:
    got = SKILLS["patient-instructions"].extract(
        "plantar fasciitis, stretch the calf and roll the arch on a frozen bottle each morning, "
        "the tissue under the heel is irritated from overuse, see me in 6 weeks")
    assert got["explanation"] == "the tissue under the heel is irritated from overuse"
    assert got["steps"] == "stretch the calf and roll the arch on a frozen bottle each morning"
    assert got["follow_up"] == "see me in 6 weeks"


def test_without_the_model_the_clause_stays_in_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shorthand, "_model_target", lambda *a: None)
    got = SKILLS["patient-instructions"].extract("gout flare, the crystals form when uric acid is high")
    assert "explanation" not in got and "crystals" in got["steps"]


def test_the_model_never_overrides_a_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that names "avoid" for everything moves only the clauses no rule claimed."""
    text = ("gout flare, the crystals form when uric acid is high, colchicine 0.6 mg twice a day, "
            "see me in 2 weeks, call if fever")
    seen = _unclaimed(monkeypatch)
    monkeypatch.setattr(field_model, "choose", lambda *a, **k: "avoid")
    got = SKILLS["patient-instructions"].extract(text)
    reached = {c for c, _ in seen}
    assert not any("colchicine" in c or "2 weeks" in c or "fever" in c for c in reached)
    assert got["medications"].startswith("colchicine")
    assert got["follow_up"] == "see me in 2 weeks"
    assert "fever" in got["warning_signs"]


def test_a_filled_single_line_field_is_never_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []
    monkeypatch.setattr(field_model, "choose", lambda skill, clause, default, allowed, *a, **k: offered.append(allowed))
    skill = SKILLS["referral"]
    fields = {f.name: f for f in skill.fields}
    out = shorthand.Extraction()
    out.add("patient", "52-year-old woman", False)
    out.add("history", "RA", fields["history"].multiline)
    shorthand._model_target(skill, "tired all the time", "reason", out, fields)
    assert "patient" not in offered[0] and "urgency" not in offered[0]  # filled, and a field of fixed choices
    assert ("history" in offered[0]) == fields["history"].multiline  # a list takes more


def test_choose_respects_the_allowed_fields_and_the_threshold() -> None:
    clause = "the crystals form when uric acid is high"
    assert field_model.choose("patient-instructions", clause, "steps", ["explanation"]) == "explanation"
    assert field_model.choose("patient-instructions", clause, "steps", []) in (None, "steps")
    assert field_model.choose("patient-instructions", clause, "steps", ["explanation"], threshold=1.01) is None
    assert field_model.choose("no-such-skill", clause, "steps", ["explanation"]) is None


def test_the_model_file_loads_and_says_what_it_was_trained_on() -> None:
    data = json.loads(field_model.MODEL_FILE.read_text(encoding="utf-8"))
    files = [t["file"] for t in data["trained_on"]]
    assert files and all(f.endswith("/dev.jsonl") for f in files)  # never a test split
    for t in data["trained_on"]:
        assert hashlib.sha256((ROOT / t["file"]).read_bytes()).hexdigest() == t["sha256"], "rebuild the field model"
    compiled = field_model.model()
    assert set(compiled) == set(SKILLS)
    fields = {s: {f.name for f in SKILLS[s].fields} for s in SKILLS}
    assert all(set(compiled[s]["labels"]) <= fields[s] for s in compiled)


def test_building_is_deterministic() -> None:
    b = _builder()
    first = b.dumps(b.build(b.DEV_FILES))
    assert first == b.dumps(b.build(b.DEV_FILES))
    assert json.loads(first)["skills"].keys() == json.loads(field_model.MODEL_FILE.read_text())["skills"].keys()


def test_the_shipped_model_matches_a_fresh_build() -> None:
    """A rule change alters which clauses reach the fallback; the stored counts must be rebuilt with it."""
    b = _builder()
    assert field_model.MODEL_FILE.read_text(encoding="utf-8") == b.dumps(b.build(b.DEV_FILES)), \
        "bot/skills/data/field_model.json is stale: run bot/skills/data/build_field_model.py"
