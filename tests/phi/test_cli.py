"""`clinibot phi scan`: JSON lines on stdout, values only with --show."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.phi.cli import scan

TEXT = "pt Deshawn Carter, MRN 00482913, K 3.4"


def test_scan_prints_offsets_without_values() -> None:
    out = io.StringIO()
    assert scan(io.StringIO(TEXT), out) == 1
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["category"] for r in rows] == ["NAME", "MRN"]
    assert all(set(r) == {"start", "end", "category", "confidence"} for r in rows)
    assert "00482913" not in out.getvalue()
    assert TEXT[rows[1]["start"]:rows[1]["end"]] == "00482913"


def test_scan_show_includes_text() -> None:
    out = io.StringIO()
    assert scan(io.StringIO(TEXT), out, ["--show"]) == 1
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["text"] == "Deshawn Carter"


def test_scan_clean_text_exits_zero() -> None:
    out = io.StringIO()
    assert scan(io.StringIO("K 3.4, GCS 15"), out) == 0
    assert out.getvalue() == ""


def test_module_entry_point() -> None:
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-m", "bot.phi.cli", "--show"], input="MRN 00482913", text=True,
                          capture_output=True, cwd=root, timeout=60)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["text"] == "00482913"
