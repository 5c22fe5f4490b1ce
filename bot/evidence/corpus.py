"""Corpora for the evidence index: the curated cards shipped in the repo and a hospital's own files.

Curated cards live in ``bot/evidence/corpus/*.jsonl`` (schema in the clinical-content guide plus a
``domain`` key). They are validated strictly because a card with a missing source or a non-https
link would surface as a citation a clinician cannot check. Errors name the file and line.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from bot.evidence.index import EvidenceIndex, hash_files

CURATED_DIR = Path(__file__).resolve().parent / "corpus"
CARD_GLOB = "*.jsonl"

REQUIRED_STR = ("id", "title", "statement", "source_org", "source_title", "url", "reviewed", "domain")
OPTIONAL_STR = ("population", "grade_or_level")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CorpusError(ValueError):
    """A corpus file is malformed; the message starts with ``file:line``."""


def _where(path: Path, line: int) -> str:
    return f"{path.name}:{line}"


def validate_card(card: Any, where: str) -> dict[str, Any]:
    if not isinstance(card, dict):
        raise CorpusError(f"{where}: card must be a JSON object")
    for key in REQUIRED_STR:
        v = card.get(key)
        if not isinstance(v, str) or not v.strip():
            raise CorpusError(f"{where}: missing or empty required key {key!r}")
    for key in OPTIONAL_STR:
        if key not in card:
            raise CorpusError(f"{where}: missing required key {key!r}")
        if not isinstance(card[key], str):
            raise CorpusError(f"{where}: {key!r} must be a string")
    year = card.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100:
        raise CorpusError(f"{where}: 'year' must be an integer year, got {year!r}")
    if not re.match(r"^https://[^\s/]+\.[^\s]+$", card["url"]):
        raise CorpusError(f"{where}: 'url' must be an https URL, got {card['url']!r}")
    topics = card.get("topics")
    if not isinstance(topics, list) or not topics or not all(isinstance(t, str) and t for t in topics):
        raise CorpusError(f"{where}: 'topics' must be a non-empty list of strings")
    if not _DATE.match(card["reviewed"]):
        raise CorpusError(f"{where}: 'reviewed' must be YYYY-MM-DD, got {card['reviewed']!r}")
    return card


def card_files(directory: Path = CURATED_DIR) -> list[Path]:
    return sorted(Path(directory).glob(CARD_GLOB))


def load_cards(directory: Path = CURATED_DIR) -> list[dict[str, Any]]:
    """All curated cards, validated; ids must be unique across files."""
    cards: list[dict[str, Any]] = []
    first_seen: dict[str, str] = {}
    for path in card_files(directory):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = _where(path, n)
                try:
                    card = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{where}: invalid JSON ({exc.msg})") from None
                validate_card(card, where)
                if card["id"] in first_seen:
                    raise CorpusError(f"{where}: duplicate id {card['id']!r} (first at {first_seen[card['id']]})")
                first_seen[card["id"]] = where
                cards.append(card)
    return cards


def card_to_doc(card: dict[str, Any]) -> dict[str, Any]:
    parts = [card["statement"].strip()]
    if card.get("population", "").strip():
        parts.append(f"Population: {card['population'].strip()}.")
    if card.get("grade_or_level", "").strip():
        parts.append(f"Grade: {card['grade_or_level'].strip()}.")
    return {
        "id": card["id"],
        "title": card["title"],
        "text": " ".join(parts),
        "url": card["url"],
        "source": f"{card['source_org']}: {card['source_title']}",
        "published": str(card["year"]),
    }


# ------------------------------------------------------------------ a hospital's own corpus
def iter_jsonl_docs(path: Path) -> Iterator[dict[str, Any]]:
    """JSON lines with id, title, text and optional url, source, published."""
    path = Path(path)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{_where(path, n)}: invalid JSON ({exc.msg})") from None
            if not isinstance(d, dict) or not d.get("id") or not (d.get("title") or d.get("text")):
                raise CorpusError(f"{_where(path, n)}: needs 'id' and 'title' or 'text'")
            yield {
                "id": str(d["id"]), "title": str(d.get("title") or ""), "text": str(d.get("text") or ""),
                "url": str(d.get("url") or ""), "source": str(d.get("source") or ""),
                "published": str(d.get("published") or ""),
            }


def iter_beir_docs(path: Path) -> Iterator[dict[str, Any]]:
    """BEIR layout: a directory with corpus.jsonl (``_id``, ``title``, ``text``, optional metadata)."""
    path = Path(path)
    corpus = path / "corpus.jsonl" if path.is_dir() else path
    with open(corpus, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{_where(corpus, n)}: invalid JSON ({exc.msg})") from None
            if "_id" not in d:
                raise CorpusError(f"{_where(corpus, n)}: BEIR document needs '_id'")
            meta = d.get("metadata") or {}
            yield {
                "id": str(d["_id"]), "title": str(d.get("title") or ""), "text": str(d.get("text") or ""),
                "url": str(meta.get("url") or d.get("url") or ""),
                "source": str(meta.get("source") or d.get("source") or ""),
                "published": str(meta.get("published") or d.get("published") or ""),
            }


def iter_medquad_docs(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """MedQuAD question-answer pairs (``_id, source, url, focus, qtype, question, answer``).

    The question becomes the title (it is what a clinician's query resembles) and the answer the
    passage; pairs without an answer are skipped. MedQuAD reuses an ``_id`` for different
    sub-topics of one page, so repeats get a ``#n`` suffix to keep ids unique.
    """
    seen: dict[str, int] = {}
    path = Path(path)
    file = path / "medquad.jsonl" if path.is_dir() else path
    with open(file, encoding="utf-8") as fh:
        yielded = 0
        for n, line in enumerate(fh, 1):
            if limit is not None and yielded >= limit:
                return
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{_where(file, n)}: invalid JSON ({exc.msg})") from None
            answer = re.sub(r"[ \t]+", " ", str(d.get("answer") or "")).strip()
            if not answer or "_id" not in d:
                continue
            org = str(d.get("source") or "MedQuAD")
            focus = str(d.get("focus") or "")
            yielded += 1
            base = str(d["_id"])
            seen[base] = seen.get(base, 0) + 1
            yield {
                "id": base if seen[base] == 1 else f"{base}#{seen[base]}",
                "title": str(d.get("question") or focus),
                "text": answer,
                "url": str(d.get("url") or ""),
                "source": f"{org}: {focus}" if focus else org,
                "published": "",
            }


LOADERS = {"jsonl": iter_jsonl_docs, "beir": iter_beir_docs, "medquad": iter_medquad_docs}


def detect_format(path: Path) -> str:
    path = Path(path)
    if path.is_dir():
        if (path / "corpus.jsonl").is_file():
            return "beir"
        if (path / "medquad.jsonl").is_file():
            return "medquad"
        raise CorpusError(f"{path}: directory has neither corpus.jsonl (BEIR) nor medquad.jsonl")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                first = json.loads(line)
                if "_id" in first and "answer" in first and "question" in first:
                    return "medquad"
                if "_id" in first:
                    return "beir"
                return "jsonl"
    return "jsonl"


def iter_corpus(path: Path, fmt: str | None = None) -> Iterator[dict[str, Any]]:
    fmt = fmt or detect_format(path)
    if fmt not in LOADERS:
        raise CorpusError(f"unknown corpus format {fmt!r}; one of {sorted(LOADERS)}")
    return LOADERS[fmt](Path(path))


# ------------------------------------------------------------------ the default index
def curated_docs(directory: Path = CURATED_DIR) -> Iterable[dict[str, Any]]:
    return [card_to_doc(c) for c in load_cards(directory)]


def ensure_default_index(path: Path, *, corpus_dir: Path = CURATED_DIR,
                         semantic: bool = False) -> EvidenceIndex:
    """Open the curated index at ``path``, building it when absent or when the cards changed.

    The content hash of the card files is stored in the index metadata, so a restart with the same
    corpus reuses the index and an edited corpus triggers one rebuild.
    """
    path = Path(path)
    files = card_files(corpus_dir)
    digest = hash_files(files)
    try:
        idx = EvidenceIndex.open(path)
        if idx.meta.get("corpus_hash") == digest and bool(idx.meta.get("semantic")) == bool(semantic):
            return idx
    except (FileNotFoundError, ValueError, OSError):
        pass
    docs = curated_docs(corpus_dir)
    return EvidenceIndex.build(docs, path, semantic=semantic,
                               extra_meta={"corpus_hash": digest, "corpus": "curated",
                                           "files": [f.name for f in files]})


# ------------------------------------------------------------------ layout under one data directory
CURATED_SUBDIR = "curated"
CUSTOM_SUBDIR = "custom"


def active_index(root: Path) -> EvidenceIndex:
    """The index ``/evidence`` should search under the evidence data directory ``root``.

    ``root/custom`` (built by ``clinibot evidence index``) wins when present; otherwise the curated
    cards are indexed into ``root/curated`` on first use and reused afterwards.
    """
    root = Path(root)
    custom = root / CUSTOM_SUBDIR
    if (custom / "evidence_meta.json").is_file():
        return EvidenceIndex.open(custom)
    return ensure_default_index(root / CURATED_SUBDIR)
