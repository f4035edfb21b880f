"""spaCy components of the engine, registered by importing this module."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotedesk.engine.pipeline import TITLE_ABBREVIATIONS


@Language.component("quotedesk_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Make every line break a sentence boundary, so no sentence, and no parse, spans paragraphs."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
        elif i and "\n" in doc[i - 1].whitespace_:
            tok.is_sent_start = True
        elif tok.text in TITLE_ABBREVIATIONS and tok.text != "Sr." and doc[i + 1].tag_ == "NNP":
            doc[i + 1].is_sent_start = False  # "Navy Capt. Jeff Davis" is one name, not two sentences
    return doc
