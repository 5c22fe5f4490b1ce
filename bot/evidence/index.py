"""Embedded evidence index: tantivy BM25 over title and text, stemmed, with stored citation fields.

Queries are never handed to a query-language parser: user text is run through the index's own
analyzer and turned into term queries, so quotes, colons, AND/OR or unbalanced brackets cannot
raise. Ranking adds a title boost, adjacent-pair phrase boosts and pseudo-relevance feedback
(settings tuned on SciFact's train split). An optional semantic stage (see ``semantic.py``) fuses
dense similarity with the lexical ranking by reciprocal rank fusion.
"""
from __future__ import annotations

import gc
import hashlib
import json
import math
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Iterator

import tantivy

from bot.evidence.analysis import ANALYZER_NAME, analyze, best_sentences, build_analyzer

META_FILE = "evidence_meta.json"
TANTIVY_DIR = "tantivy"
FORMAT_VERSION = 1
MAX_QUERY_CHARS = 2000
MAX_QUERY_TERMS = 64  # a pasted document as a "question" must not turn into a 5,000-clause query


@dataclass(slots=True)
class Hit:
    """One retrieved passage with the fields a citation needs."""

    doc_id: str
    title: str
    source: str
    url: str
    published: str
    snippet: str
    score: float
    text: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("text", None)
        return d


@dataclass(slots=True)
class SearchSettings:
    """Ranking knobs; defaults were chosen on SciFact train, never on test."""

    title_boost: float = 0.3        # extra weight of a term found in the title (body has it too)
    pair_boost: float = 0.0         # adjacent query-term pairs as sloppy phrases (did not help)
    pair_slop: int = 2
    prf_docs: int = 5               # pseudo-relevance feedback: feedback documents (0 = off)
    prf_terms: int = 20             # expansion terms added
    prf_weight: float = 0.5         # boost of the best expansion term (others scaled below it)
    candidates: int = 100           # lexical candidates handed to a second stage
    rrf_k: int = 20
    semantic_weight: float = 1.0    # RRF weight of the dense ranking (lexical weight is 1)
    dense_depth: int = 100          # dense ranking depth over the full corpus


def _iter_docs(docs: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for n, d in enumerate(docs, 1):
        if not isinstance(d, dict) or not d.get("id") or not (d.get("title") or d.get("text")):
            raise ValueError(f"document #{n} needs 'id' and 'title' or 'text': {str(d)[:120]}")
        yield d


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("title", stored=True, tokenizer_name=ANALYZER_NAME)
    # "body" (title + text) is what BM25 ranks; the passage itself is kept stored-only as bytes so
    # it is not indexed twice.
    sb.add_text_field("body", stored=False, tokenizer_name=ANALYZER_NAME)
    sb.add_bytes_field("text", stored=True, indexed=False, fast=False)
    sb.add_text_field("url", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("source", stored=True, tokenizer_name=ANALYZER_NAME, index_option="basic")
    sb.add_text_field("published", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("row", stored=False, indexed=False, fast=True)
    return sb.build()


class EvidenceIndex:
    """A directory holding a tantivy index, a small metadata file and optional dense vectors."""

    def __init__(self, path: Path, index: tantivy.Index, meta: dict[str, Any],
                 settings: SearchSettings | None = None) -> None:
        self.path = path
        self.meta = meta
        known = {f.name for f in fields(SearchSettings)}
        stored = {k: v for k, v in (meta.get("settings") or {}).items() if k in known}
        self.settings = settings or SearchSettings(**stored)
        self._index = index
        self._searcher = index.searcher()
        self._schema = index.schema
        self._n = self._searcher.num_docs
        self._idf_cache: dict[str, float] = {}
        self._semantic = None
        if meta.get("semantic"):
            from bot.evidence.semantic import (
                DenseStore,  # optional dependency, imported lazily
            )

            self._semantic = DenseStore.open(path, meta["semantic"])

    # ---------------------------------------------------------------- build / open
    @classmethod
    def build(cls, docs: Iterable[dict[str, Any]], path: str | os.PathLike[str], *,
              semantic: bool | str = False, extra_meta: dict[str, Any] | None = None,
              heap_bytes: int = 256_000_000, threads: int = 0,
              settings: SearchSettings | None = None) -> "EvidenceIndex":
        """Stream ``docs`` into a fresh index at ``path`` and swap it in atomically.

        Documents are consumed one at a time (the writer flushes segments within ``heap_bytes``),
        so a million passages never sit in memory together. The index is built in a sibling temp
        directory and renamed into place only after a successful commit.
        """
        path = Path(path)
        _check_replaceable(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_builds(path)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.build-", dir=path.parent))
        writer = index = None
        try:
            tdir = tmp / TANTIVY_DIR
            tdir.mkdir()
            index = tantivy.Index(_schema(), path=str(tdir), reuse=False)
            index.register_tokenizer(ANALYZER_NAME, build_analyzer())
            writer = index.writer(heap_size=heap_bytes, num_threads=threads)
            encoder = None
            if semantic:
                from bot.evidence.semantic import DenseWriter

                encoder = DenseWriter(tmp, model=semantic if isinstance(semantic, str) else None)
            seen: set[str] = set()
            count = 0
            t0 = time.perf_counter()
            for d in _iter_docs(docs):
                doc_id = str(d["id"])
                if doc_id in seen:
                    raise ValueError(f"duplicate document id {doc_id!r}")
                seen.add(doc_id)
                title = str(d.get("title") or "")
                text = str(d.get("text") or "")
                doc = tantivy.Document()
                doc.add_text("id", doc_id)
                doc.add_text("title", title)
                doc.add_text("body", f"{title}\n{text}")
                doc.add_bytes("text", text.encode("utf-8"))
                doc.add_text("url", str(d.get("url") or ""))
                doc.add_text("source", str(d.get("source") or ""))
                doc.add_text("published", str(d.get("published") or ""))
                doc.add_unsigned("row", count)
                writer.add_document(doc)
                if encoder is not None:
                    encoder.add(doc_id, title, text)
                count += 1
            writer.commit()
            writer.wait_merging_threads()
            sem_meta = encoder.finish() if encoder is not None else None
            meta = {
                "format": FORMAT_VERSION,
                "analyzer": ANALYZER_NAME,
                "count": count,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "build_seconds": round(time.perf_counter() - t0, 3),
                "semantic": sem_meta,
                "settings": asdict(settings) if settings else {},
                **(extra_meta or {}),
            }
            (tmp / META_FILE).write_text(json.dumps(meta, indent=2))
            writer = index = None
            _swap_into_place(tmp, path)
        except BaseException:
            if writer is not None:
                try:
                    writer.rollback()
                except Exception:  # the writer may already be unusable; cleanup still proceeds
                    pass
            writer = index = None  # release tantivy's lock and file handles before removing
            gc.collect()
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str], settings: SearchSettings | None = None) -> "EvidenceIndex":
        path = Path(path)
        meta_path = path / META_FILE
        if not meta_path.is_file():
            raise FileNotFoundError(f"no evidence index at {path}")
        meta = json.loads(meta_path.read_text())
        if meta.get("format") != FORMAT_VERSION or meta.get("analyzer") != ANALYZER_NAME:
            raise ValueError(f"index at {path} was built by an incompatible version; rebuild it")
        index = tantivy.Index.open(str(path / TANTIVY_DIR))
        index.register_tokenizer(ANALYZER_NAME, build_analyzer())
        return cls(path, index, meta, settings)

    def __len__(self) -> int:
        return self._n

    @property
    def has_semantic(self) -> bool:
        return self._semantic is not None

    # ---------------------------------------------------------------- search
    def _df(self, fieldname: str, term: str) -> int:
        return self._searcher.doc_freq(fieldname, term)

    def _idf(self, term: str) -> float:
        v = self._idf_cache.get(term)
        if v is None:
            df = self._df("body", term)
            v = math.log(1.0 + (self._n - df + 0.5) / (df + 0.5))
            if len(self._idf_cache) > 200_000:
                self._idf_cache.clear()
            self._idf_cache[term] = v
        return v

    def _lexical_query(self, terms: list[str], expansion: dict[str, float] | None = None) -> tantivy.Query:
        s = self.settings
        schema = self._schema
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for term, tf in Counter(terms).items():
            q: tantivy.Query = tantivy.Query.term_query(schema, "body", term)
            if s.title_boost > 0:
                q = tantivy.Query.boolean_query([
                    (tantivy.Occur.Should, q),
                    (tantivy.Occur.Should, tantivy.Query.boost_query(
                        tantivy.Query.term_query(schema, "title", term), s.title_boost)),
                ])
            clauses.append((tantivy.Occur.Should, q if tf == 1 else tantivy.Query.boost_query(q, float(tf))))
        if s.pair_boost > 0 and len(terms) > 1:
            for a, b in zip(terms, terms[1:]):
                if a == b:
                    continue
                ph = tantivy.Query.phrase_query(schema, "body", [a, b], slop=s.pair_slop)
                clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(ph, s.pair_boost)))
        for term, w in (expansion or {}).items():
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(
                tantivy.Query.term_query(schema, "body", term), w)))
        return tantivy.Query.boolean_query(clauses)

    def _prf(self, terms: list[str], first: list[tuple[float, tantivy.DocAddress]]) -> dict[str, float]:
        """RM3-style expansion terms from the top feedback documents, weighted by idf."""
        s = self.settings
        qset = set(terms)
        acc: Counter[str] = Counter()
        top = first[: s.prf_docs]
        if not top:
            return {}
        max_score = top[0][0] or 1.0
        for score, addr in top:
            doc = self._searcher.doc(addr)
            toks = analyze(f"{doc.get_first('title') or ''} {_text(doc)}")
            if not toks:
                continue
            w = math.exp(score - max_score)
            for t, c in Counter(toks).items():
                if t not in qset and not t.isdigit() and len(t) > 2:
                    acc[t] += w * c / len(toks)
        # idf lookups dominate the cost; only the most frequent feedback terms can win anyway
        scored = {t: v * self._idf(t) for t, v in acc.most_common(4 * s.prf_terms)}
        best = sorted(scored.items(), key=lambda x: -x[1])[: s.prf_terms]
        if not best:
            return {}
        top_v = best[0][1]
        return {t: s.prf_weight * v / top_v for t, v in best}

    def lexical(self, query: str, k: int = 10) -> list[tuple[float, tantivy.DocAddress]]:
        """BM25 (+ pair boosts, + feedback) ranking as (score, address), best first."""
        terms = analyze(query[:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS]
        if not terms or self._n == 0:
            return []
        q = self._lexical_query(terms)
        s = self.settings
        res = self._searcher.search(q, limit=max(k, s.prf_docs), count=False).hits
        if s.prf_docs and s.prf_terms and s.prf_weight > 0 and res:
            exp = self._prf(terms, res)
            if exp:
                res = self._searcher.search(self._lexical_query(terms, exp), limit=k, count=False).hits
        return res[:k]

    def search(self, query: str, k: int = 10, *, semantic: bool | None = None) -> list[Hit]:
        """Top ``k`` passages for free-text ``query`` (any string is accepted)."""
        if not isinstance(query, str) or k <= 0:
            return []
        use_sem = self._semantic is not None if semantic is None else (semantic and self._semantic is not None)
        depth = max(k, self.settings.candidates) if use_sem else k
        lex = self.lexical(query, depth)
        if use_sem:
            ranked = self._fuse(query, lex, k)
        else:
            ranked = [(float(sc), addr) for sc, addr in lex]
        weights = self._snippet_weights(query)
        return [self._hit(addr, score, weights) for score, addr in ranked[:k]]

    def _fuse(self, query: str, lex: list[tuple[float, tantivy.DocAddress]], k: int
              ) -> list[tuple[float, tantivy.DocAddress]]:
        """Reciprocal rank fusion of the lexical candidates with the dense ranking."""
        s = self.settings
        assert self._semantic is not None
        rows = self._searcher.fast_field_values("row", [a for _, a in lex]) if lex else []
        fused: dict[int, float] = {}
        addr_of: dict[int, tantivy.DocAddress] = {}
        for rank, (row, (_, addr)) in enumerate(zip(rows, lex)):
            fused[row] = fused.get(row, 0.0) + 1.0 / (s.rrf_k + rank + 1)
            addr_of[row] = addr
        for rank, row in enumerate(self._semantic.search(query, s.dense_depth)):
            fused[row] = fused.get(row, 0.0) + s.semantic_weight / (s.rrf_k + rank + 1)
        best = sorted(fused.items(), key=lambda x: -x[1])[:k]  # resolve addresses only for these
        missing = [r for r, _ in best if r not in addr_of]
        if missing:
            for r, addr in zip(missing, self._addresses_for_rows(missing)):
                if addr is not None:
                    addr_of[r] = addr
        return [(sc, addr_of[r]) for r, sc in best if r in addr_of]

    def _addresses_for_rows(self, rows: list[int]) -> list[tantivy.DocAddress | None]:
        ids = self._semantic.ids_for_rows(rows) if self._semantic else []
        out: list[tantivy.DocAddress | None] = []
        for doc_id in ids:
            res = self._searcher.search(tantivy.Query.term_query(self._schema, "id", doc_id), limit=1,
                                        count=False).hits
            out.append(res[0][1] if res else None)
        return out

    def ranked_ids(self, query: str, k: int = 100, *, semantic: bool | None = None) -> list[tuple[str, float]]:
        """(doc_id, score) only — for batch runs and benchmarks, skips snippets."""
        use_sem = self._semantic is not None if semantic is None else (semantic and self._semantic is not None)
        lex = self.lexical(query, max(k, self.settings.candidates) if use_sem else k)
        ranked = self._fuse(query, lex, k) if use_sem else [(float(s), a) for s, a in lex]
        out = []
        for score, addr in ranked[:k]:
            out.append((self._searcher.doc(addr).get_first("id") or "", float(score)))
        return out

    def _snippet_weights(self, query: str) -> dict[str, float]:
        return {t: self._idf(t) for t in set(analyze(query[:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS])}

    def _hit(self, addr: tantivy.DocAddress, score: float, weights: dict[str, float]) -> Hit:
        doc = self._searcher.doc(addr)
        text = _text(doc)
        return Hit(
            doc_id=doc.get_first("id") or "",
            title=doc.get_first("title") or "",
            source=doc.get_first("source") or "",
            url=doc.get_first("url") or "",
            published=doc.get_first("published") or "",
            snippet=make_snippet(text, weights),
            score=float(score),
            text=text,
        )


def _text(doc: tantivy.Document) -> str:
    raw = doc.get_first("text")
    return bytes(raw).decode("utf-8") if raw else ""


def make_snippet(text: str, weights: dict[str, float], max_chars: int = 420) -> str:
    """The best sentence for the query, plus the next best if the first is short."""
    picks = best_sentences(text, weights, n=2)
    if not picks:
        return text[:max_chars]
    first = picks[0]
    chosen = [first]
    if len(first[2]) < 120 and len(picks) > 1 and picks[1][1] > 0:
        chosen.append(picks[1])
    chosen.sort(key=lambda x: x[0])
    out = " ".join(c[2] for c in chosen)
    return out if len(out) <= max_chars else out[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def _check_replaceable(path: Path) -> None:
    """Never move aside a directory that holds something other than an evidence index."""
    if path.exists() and (not path.is_dir() or (any(path.iterdir()) and not (path / META_FILE).exists())):
        raise FileExistsError(f"{path} exists and is not an evidence index; refusing to replace it")


def _remove_stale_builds(path: Path, max_age_s: float = 3600.0) -> None:
    """Delete leftovers of builds killed mid-way (a crash cannot run the cleanup handler)."""
    now = time.time()
    for pattern in (f".{path.name}.build-*", f".{path.name}.old-*"):
        for p in path.parent.glob(pattern):
            try:
                if now - p.stat().st_mtime > max_age_s:
                    shutil.rmtree(p, ignore_errors=True)
            except OSError:
                pass


def _swap_into_place(tmp: Path, path: Path) -> None:
    """Replace ``path`` by ``tmp`` with renames only, so readers see the old or the new index."""
    _check_replaceable(path)
    old = None
    if path.exists():
        old = path.parent / f".{path.name}.old-{os.getpid()}-{int(time.time() * 1000)}"
        os.replace(path, old)
    os.replace(tmp, path)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def hash_files(paths: Iterable[Path]) -> str:
    """Stable content hash of a set of files (names and bytes), for rebuild-on-change."""
    h = hashlib.sha256()
    for p in sorted(Path(x) for x in paths):
        h.update(p.name.encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()
