"""Plain data shared by every layer: no Qt, no spaCy, no SQLite."""

from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.model import Analysis, Person, Quote, SpeakerKind, Span

__all__ = ["Analysis", "Person", "Quote", "QuoteDeskError", "SpeakerKind", "Span"]
