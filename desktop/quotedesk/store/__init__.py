"""The quote library: SQLite through sqlite-utils. Knows SQLite, not spaCy and not Qt."""

from quotedesk.store.library import Library
from quotedesk.store.records import (
    ArticleRecord,
    ArticleSummary,
    CorrectionRecord,
    Curation,
    MergeSuggestion,
    ModelVersionRecord,
    Operation,
    QuoteRecord,
    Reanalysis,
    SearchHit,
    SpeakerSummary,
    Unchanged,
)

__all__ = [
    "ArticleRecord",
    "ArticleSummary",
    "CorrectionRecord",
    "Curation",
    "Library",
    "MergeSuggestion",
    "ModelVersionRecord",
    "Operation",
    "QuoteRecord",
    "Reanalysis",
    "SearchHit",
    "SpeakerSummary",
    "Unchanged",
]
