"""The evidence subcommands: index, search, batch (TREC run file)."""
from __future__ import annotations

import io
import json
from pathlib import Path

from bot.evidence.cli import main


def _corpus(tmp_path: Path) -> Path:
    p = tmp_path / "hospital.jsonl"
    rows = [
        {"id": "sep-1", "title": "Sepsis bundle", "text": "Start antibiotics within one hour of recognising sepsis.",
         "url": "https://intranet.example.org/sepsis", "source": "Example Hospital: Sepsis pathway", "published": "2025"},
        {"id": "vte-1", "title": "VTE prophylaxis", "text": "Assess every admitted patient for thrombosis risk.",
         "url": "https://intranet.example.org/vte", "source": "Example Hospital: VTE policy", "published": "2024"},
    ]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return p


def test_index_search_json_and_text(tmp_path: Path) -> None:
    idx = tmp_path / "idx"
    out = io.StringIO()
    assert main(["index", "--corpus", str(_corpus(tmp_path))], index_dir=idx, out=out) == 0
    assert "indexed 2 passages" in out.getvalue()
    out = io.StringIO()
    assert main(["search", "antibiotics for sepsis", "--json", "-k", "1"], index_dir=idx, out=out) == 0
    data = json.loads(out.getvalue())
    assert [h["doc_id"] for h in data["hits"]] == ["sep-1"]
    assert data["hits"][0]["url"] == "https://intranet.example.org/sepsis"
    assert data["answer"]["sentences"][0]["cites"] == [1]
    out = io.StringIO()
    assert main(["search", "thrombosis risk"], index_dir=idx, out=out) == 0
    assert "[1] VTE prophylaxis. Example Hospital: VTE policy, 2024." in out.getvalue()
    assert out.getvalue().rstrip().endswith("AI support, not a clinical decision.")


def test_batch_writes_trec_run(tmp_path: Path) -> None:
    idx = tmp_path / "idx"
    main(["index", "--corpus", str(_corpus(tmp_path)), "--format", "jsonl"], index_dir=idx, out=io.StringIO())
    q = tmp_path / "queries.jsonl"
    q.write_text(json.dumps({"_id": "q1", "text": "sepsis antibiotics"}) + "\n"
                 + json.dumps({"_id": "q 2", "text": "thrombosis"}) + "\n"
                 + json.dumps({"_id": "q3", "text": "zzzz"}) + "\n")
    run = tmp_path / "out" / "run.tsv"
    assert main(["batch", "--queries", str(q), "--out", str(run), "--tag", "test"], index_dir=idx,
                out=io.StringIO()) == 0
    lines = [line.split(" ") for line in run.read_text().splitlines()]
    assert lines[0][:4] == ["q1", "Q0", "sep-1", "1"] and lines[0][5] == "test"
    assert all(len(parts) == 6 for parts in lines)
    assert ["q_2", "Q0", "vte-1", "1"] == lines[-1][:4]
    float(lines[0][4])


def test_bad_arguments_return_nonzero(tmp_path: Path) -> None:
    assert main(["nosuchcmd"], index_dir=tmp_path) != 0
    assert main(["search"], index_dir=tmp_path) != 0


def test_layout_custom_wins_and_curated_default(tmp_path: Path) -> None:
    from bot.evidence.corpus import active_index, card_files

    root = tmp_path / "evidence"
    if card_files():
        idx = active_index(root)
        assert (root / "curated" / "evidence_meta.json").is_file() and len(idx) > 0
    main(["index", "--corpus", str(_corpus(tmp_path))], index_dir=root, out=io.StringIO())
    assert len(active_index(root)) == 2
    out = io.StringIO()
    main(["search", "sepsis", "--json"], index_dir=root, out=out)
    assert json.loads(out.getvalue())["hits"][0]["doc_id"] == "sep-1"


def test_with_curated_adds_cards(tmp_path: Path) -> None:
    from bot.evidence.corpus import load_cards

    n_cards = len(load_cards())
    main(["index", "--corpus", str(_corpus(tmp_path)), "--with-curated", "--out", str(tmp_path / "x")],
         index_dir=tmp_path, out=io.StringIO())
    from bot.evidence import EvidenceIndex

    assert len(EvidenceIndex.open(tmp_path / "x")) == 2 + n_cards
