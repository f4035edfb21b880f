"""Transcript style: "WALLACE: Let's start ..." names the speaker inside the quote."""

import re

from quotedesk.core.model import Method, Span
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.sieves.registry import sieve

LABEL_RE = re.compile(r"\s*([A-Z][A-Z.'\- ]{1,40}[A-Z]):\s")


@sieve(Method.LABEL)
def label(view, quote):
    part = quote.raw.parts[0]
    m = LABEL_RE.match(view.text[part.start : part.end])
    if not m:
        return None
    s = part.start + m.start(1)
    return Attribution(
        quote=quote.index, method=Method.LABEL, mention=Span(s, s + len(m.group(1))), mention_text=m.group(1),
        mention_label="LABEL", sent=view.sent_offset + view.sentence_of(quote.tokens[0]),
    )
