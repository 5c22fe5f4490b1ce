"""IR scoring for the evidence benchmark: BEIR loaders, nDCG@k and Recall@k (standard formulas).

nDCG uses graded gains from the qrels (rel / log2(rank + 1)) and the ideal ordering of all judged
relevant documents, as trec_eval does; Recall@k is |relevant ∩ top-k| / |relevant|. Queries
without any relevant judgement are skipped, as BEIR does.
"""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Iterator


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    with open(path, newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        for row in reader:
            if not row or row[0] in ("query-id", "qid"):
                continue
            qid, did, rel = row[0], row[1], int(row[2])
            qrels.setdefault(qid, {})[did] = rel
    return qrels


def read_queries(path: Path) -> dict[str, str]:
    out = {}
    with open(path) as fh:
        for line in fh:
            if line.strip():
                q = json.loads(line)
                out[str(q["_id"])] = q["text"]
    return out


def iter_beir_corpus(path: Path) -> Iterator[dict]:
    with open(path) as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                yield {"id": str(d["_id"]), "title": d.get("title", ""), "text": d.get("text", "")}


def ndcg_at_k(ranked: list[str], rels: dict[str, int], k: int = 10) -> float:
    dcg = sum(rels.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted((r for r in rels.values() if r > 0), reverse=True)[:k]
    idcg = sum(r / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at_k(ranked: list[str], rels: dict[str, int], k: int = 100) -> float:
    relevant = {d for d, r in rels.items() if r > 0}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / len(relevant)


def evaluate(run: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    qids = [q for q in qrels if any(r > 0 for r in qrels[q].values())]
    n = len(qids) or 1
    return {
        "ndcg@10": sum(ndcg_at_k(run.get(q, []), qrels[q], 10) for q in qids) / n,
        "recall@100": sum(recall_at_k(run.get(q, []), qrels[q], 100) for q in qids) / n,
        "queries": float(len(qids)),
    }


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    idx = min(len(s) - 1, max(0, math.ceil(p / 100 * len(s)) - 1))
    return s[idx]
