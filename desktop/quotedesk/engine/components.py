"""spaCy components of the engine, registered by importing this module."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("quotedesk_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Make every line break a sentence boundary, so no sentence, and no parse, spans paragraphs."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
        elif i and "\n" in doc[i - 1].whitespace_:
            tok.is_sent_start = True
    return doc
