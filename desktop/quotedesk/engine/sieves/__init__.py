"""Attribution as a cascade of named sieves, in the manner of CoreNLP's quote attribution.

Each sieve is ``fn(view, quote) -> Attribution | None`` over one parsed chunk
(:class:`~quotedesk.engine.view.ChunkView`) and one of its quotes, registered under its
:class:`~quotedesk.core.model.Method` name in its own module. :data:`ORDER` is the cascade: the
first sieve that answers wins and its name is recorded as the quote's ``method``. A quote no
sieve answers is ``Method.NONE``; article-wide steps (:mod:`quotedesk.engine.steps`) may still
give it a speaker.

A new sieve is a module here with ``@sieve(Method.NEW)``, a new ``Method`` member and a place in
:data:`ORDER`. Trained models see methods by family (``engine.attribution.FAMILY``): map the new
one to an existing family to keep their features, or retrain them.
"""

from __future__ import annotations

from quotedesk.core.model import Method
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.sieves import (  # noqa: F401  each module registers its sieve
    according,
    according_cue,
    as_clause,
    asked,
    dash,
    label,
    lead_in,
    nearby,
    nearby_root,
    next_sentence,
    previous,
    sentence,
    sentence_name,
    syntax,
)
from quotedesk.engine.sieves.registry import SIEVES, sieve
from quotedesk.engine.view import ChunkQuote, ChunkView

ORDER: tuple[Method, ...] = (
    Method.LABEL,  # the speaker named inside the quote
    Method.AS_CLAUSE,
    Method.ACCORDING_CUE,
    Method.ASKED,
    Method.SYNTAX,
    Method.LEAD_IN,  # whole-sentence quotes only
    Method.ACCORDING,
    Method.SENTENCE,
    Method.SENTENCE_NAME,
    Method.DASH,
    Method.NEARBY,  # fragments only
    Method.NEARBY_ROOT,  # whole-sentence quotes only
    Method.NEXT_SENTENCE,  # quotes standing alone in their sentence
    Method.PREVIOUS,
)

__all__ = ["ORDER", "SIEVES", "attribute", "attribute_quote", "sieve"]


def attribute(view: ChunkView, order=ORDER) -> list[Attribution]:
    """Attributions of the chunk's quotes, in order."""
    return [attribute_quote(view, q, order) for q in view.chunk_quotes()]


def attribute_quote(view: ChunkView, quote: ChunkQuote, order=ORDER) -> Attribution:
    """The first answer of the sieves named in ``order``, marked with that sieve's name."""
    if not quote.tokens:
        return Attribution(quote=quote.index, method=Method.NONE)
    for name in order:
        att = SIEVES[Method(name)](view, quote)
        if att is not None:
            att.method = Method(name)
            return att
    return Attribution(quote=quote.index, method=Method.NONE, sent=view.sent_offset + quote.sent)
