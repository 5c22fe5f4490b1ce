"""Text analysis shared by indexing, querying, snippets and extractive answers.

One analyzer definition is used everywhere so that a query token always matches the indexed token
(the index registers the same analyzer under ``ANALYZER_NAME``); changing it requires a rebuild,
which is why its name carries a version.
"""
from __future__ import annotations

import re
from functools import lru_cache

import tantivy

ANALYZER_NAME = "clin_en_v1"

# Lucene's short English list plus a few words that carry no topical signal in clinical questions.
# Negations ("no", "not") are kept out of this list on purpose: they matter when reading, and BM25
# gives them little weight anyway because they are frequent.
STOPWORDS: tuple[str, ...] = (
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
    "to", "was", "will", "with", "what", "which", "who", "whom", "how", "does", "do", "did", "can",
    "should", "would", "could", "were", "been", "being", "has", "have", "had", "its", "from",
    "about", "than", "so", "we", "our", "you", "your", "i", "me", "my", "when", "where", "why",
)


def build_analyzer() -> tantivy.TextAnalyzer:
    """Simple tokenizer, long-token removal, lowercase, stopwords, English Snowball stemmer."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.custom_stopword(list(STOPWORDS)))
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


@lru_cache(maxsize=1)
def _analyzer() -> tantivy.TextAnalyzer:
    return build_analyzer()


def analyze(text: str) -> list[str]:
    """Stemmed, lowercased index terms of ``text`` (never raises on odd input)."""
    if not text:
        return []
    return list(_analyzer().analyze(text))


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\s*\n\s*(?=[-*•])")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences; conservative so abbreviations rarely break a statement."""
    parts = [p.strip(" \t\n-*•") for p in _SENT_SPLIT.split(text or "")]
    return [re.sub(r"\s+", " ", p) for p in parts if p and len(p) > 2]


def score_sentence(sentence_terms: list[str], weights: dict[str, float]) -> float:
    """Sum of the weights of distinct query terms present, lightly normalised for length.

    Long sentences match more terms by chance; dividing by a dampened length keeps a short,
    on-topic sentence ahead of a rambling one.
    """
    if not sentence_terms:
        return 0.0
    present = set(sentence_terms)
    s = sum(w for t, w in weights.items() if t in present)
    return s / (1.0 + 0.02 * max(0, len(sentence_terms) - 25))


def best_sentences(text: str, weights: dict[str, float], n: int = 1) -> list[tuple[int, float, str]]:
    """Top ``n`` sentences of ``text`` as (position, score, sentence), best first."""
    scored = []
    for i, sent in enumerate(split_sentences(text)):
        scored.append((i, score_sentence(analyze(sent), weights), sent))
    scored.sort(key=lambda x: (-x[1], x[0]))
    return scored[:n]


def term_weights(query: str) -> dict[str, float]:
    """Uniform weights for query terms when no collection statistics are at hand."""
    return {t: 1.0 for t in analyze(query)}
