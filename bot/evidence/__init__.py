"""Evidence search with citations: embedded index, curated corpus, live PubMed, cited answers."""
from bot.evidence.index import EvidenceIndex, Hit, SearchSettings

__all__ = ["EvidenceIndex", "Hit", "SearchSettings"]
