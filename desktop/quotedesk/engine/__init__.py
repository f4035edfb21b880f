"""The quote engine: spaCy in, plain dataclasses out. Knows nothing of SQLite or Qt.

    >>> from quotedesk.engine import analyze
    >>> [q.speaker for q in analyze('"We will win," Jane Doe said.')]
    ['Jane Doe']
"""

from quotedesk.engine.pipeline import (
    ENGINE_VERSION,
    analyze,
    analyze_document,
    analyze_many,
    load_nlp,
)

__all__ = ["ENGINE_VERSION", "analyze", "analyze_document", "analyze_many", "load_nlp"]
