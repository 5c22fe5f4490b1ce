"""Curated-card validation, hospital corpus loaders and the default index lifecycle."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.evidence import EvidenceIndex
from bot.evidence.corpus import (
    CURATED_DIR,
    CorpusError,
    card_files,
    card_to_doc,
    detect_format,
    ensure_default_index,
    iter_beir_docs,
    iter_corpus,
    iter_jsonl_docs,
    iter_medquad_docs,
    load_cards,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
MEDQUAD = SHARED / "evidence" / "medquad" / "medquad.jsonl"

CARD = {
    "id": "test-bp-screen", "title": "Should adults be screened for high blood pressure?",
    "statement": "Example statement for the validator: screen adults for hypertension and confirm "
                 "readings outside the clinic.",
    "population": "Adults 18 years or older without known hypertension", "grade_or_level": "A",
    "source_org": "Example Org", "source_title": "Example screening statement", "year": 2021,
    "url": "https://example.org/bp", "topics": ["hypertension", "screening"], "reviewed": "2026-11-01",
    "domain": "primary_care",
}


def write_cards(d: Path, name: str, cards: list[dict]) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_text("".join(json.dumps(c) + "\n" for c in cards))
    return p


def test_shipped_cards_validate() -> None:
    files = card_files()
    assert files, "no curated card files shipped"
    cards = load_cards()
    assert len({c["id"] for c in cards}) == len(cards)
    for c in cards:
        doc = card_to_doc(c)
        assert doc["url"].startswith("https://") and doc["published"].isdigit()


def test_card_to_doc_fields() -> None:
    doc = card_to_doc(CARD)
    assert doc["source"] == "Example Org: Example screening statement"
    assert doc["published"] == "2021"
    assert CARD["statement"] in doc["text"] and "Adults 18 years" in doc["text"] and "Grade: A." in doc["text"]


@pytest.mark.parametrize("change, message", [
    ({"url": "http://example.org/x"}, "https URL"),
    ({"year": "2021"}, "integer year"),
    ({"year": True}, "integer year"),
    ({"statement": ""}, "statement"),
    ({"topics": []}, "topics"),
    ({"reviewed": "Nov 2026"}, "YYYY-MM-DD"),
])
def test_validator_names_file_and_line(tmp_path: Path, change: dict, message: str) -> None:
    bad = {**CARD, "id": "bad", **change}
    write_cards(tmp_path, "cards_x.jsonl", [CARD, bad])
    with pytest.raises(CorpusError, match=rf"cards_x.jsonl:2: .*{message}"):
        load_cards(tmp_path)


def test_validator_missing_key_and_duplicates(tmp_path: Path) -> None:
    no_domain = {k: v for k, v in CARD.items() if k != "domain"}
    write_cards(tmp_path / "a", "cards_a.jsonl", [no_domain])
    with pytest.raises(CorpusError, match=r"cards_a.jsonl:1: .*'domain'"):
        load_cards(tmp_path / "a")
    write_cards(tmp_path / "b", "cards_a.jsonl", [CARD])
    write_cards(tmp_path / "b", "cards_b.jsonl", [{**CARD, "title": "x"}])
    with pytest.raises(CorpusError, match=r"cards_b.jsonl:1: duplicate id 'test-bp-screen' \(first at cards_a.jsonl:1\)"):
        load_cards(tmp_path / "b")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "cards_c.jsonl").write_text("{not json\n")
    with pytest.raises(CorpusError, match=r"cards_c.jsonl:1: invalid JSON"):
        load_cards(tmp_path / "c")


@pytest.mark.skipif(not MEDQUAD.exists(), reason="shared MedQuAD data not present")
def test_medquad_import_first_500(tmp_path: Path) -> None:
    docs = list(iter_medquad_docs(MEDQUAD, limit=500))
    assert len(docs) == 500
    assert all(d["url"].startswith("http") and d["text"] and d["title"] for d in docs)
    assert detect_format(MEDQUAD) == "medquad"
    idx = EvidenceIndex.build(docs, tmp_path / "mq")
    assert len(idx) == 500
    hits = idx.search("What are the symptoms of adult acute lymphoblastic leukemia?", k=3)
    assert hits and "leukemia" in hits[0].title.lower()
    assert hits[0].url.startswith("http") and hits[0].source


def test_beir_import(tmp_path: Path) -> None:
    beir = tmp_path / "beir"
    beir.mkdir()
    rows = [{"_id": "10", "title": "Metformin and lactic acidosis", "text": "Rare in normal renal function."},
            {"_id": "11", "title": "Insulin titration", "text": "Titrate basal insulin by fasting glucose.",
             "metadata": {"url": "https://example.org/ins", "source": "Example"}}]
    (beir / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert detect_format(beir) == "beir"
    docs = list(iter_corpus(beir))
    assert [d["id"] for d in docs] == ["10", "11"] and docs[1]["url"] == "https://example.org/ins"
    idx = EvidenceIndex.build(iter_beir_docs(beir), tmp_path / "idx")
    assert idx.search("basal insulin titration", k=1)[0].doc_id == "11"


def test_jsonl_import(tmp_path: Path) -> None:
    p = tmp_path / "hospital.jsonl"
    p.write_text(json.dumps({"id": "h1", "title": "Local sepsis pathway", "text": "Give antibiotics within one hour.",
                             "url": "https://intranet.example.org/sepsis", "source": "Example Hospital",
                             "published": "2025-02-01"}) + "\n\n")
    assert detect_format(p) == "jsonl"
    docs = list(iter_jsonl_docs(p))
    assert docs[0]["published"] == "2025-02-01"
    p.write_text('{"title": "no id"}\n')
    with pytest.raises(CorpusError, match="hospital.jsonl:1"):
        list(iter_jsonl_docs(p))


def test_default_index_built_once_and_rebuilt_on_change(tmp_path: Path) -> None:
    corpus = tmp_path / "cards"
    write_cards(corpus, "cards_a.jsonl", [CARD])
    path = tmp_path / "default"
    idx1 = ensure_default_index(path, corpus_dir=corpus)
    assert len(idx1) == 1
    built_at = (path / "evidence_meta.json").read_text()
    idx2 = ensure_default_index(path, corpus_dir=corpus)
    assert len(idx2) == 1 and (path / "evidence_meta.json").read_text() == built_at  # reused
    write_cards(corpus, "cards_b.jsonl", [{**CARD, "id": "second", "title": "Second card"}])
    idx3 = ensure_default_index(path, corpus_dir=corpus)
    assert len(idx3) == 2 and idx3.meta["corpus_hash"] != json.loads(built_at)["corpus_hash"]
    hit = idx3.search("blood pressure screening", k=1)[0]
    assert hit.source == "Example Org: Example screening statement" and hit.published == "2021"


def test_default_index_uses_shipped_cards(tmp_path: Path) -> None:
    assert card_files(CURATED_DIR), "no curated card files shipped"
    assert len(load_cards()) >= 300
    idx = ensure_default_index(tmp_path / "curated")
    assert len(idx) == len(load_cards())
