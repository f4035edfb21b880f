"""A byline after a dash that follows the quote: ” -Commissioner Geoffrey Starks, ”― Carla Sanchez."""

import re

from quotedesk.core.model import Method, Span
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.sieves.registry import sieve

DASH_RE = re.compile(r"[^\S\n]*[-—–―]+[^\S\n]*((?:[A-Z][\w.'’-]*)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|van|von|al|bin)){0,4})")


@sieve(Method.DASH)
def dash(view, quote):
    end = quote.raw.end
    m = DASH_RE.match(view.text, end, min(len(view.text), end + 80))
    if not m:
        return None
    mention = Span(m.start(1), m.end(1))
    return Attribution(
        quote=quote.index, method=Method.DASH, mention=mention, mention_text=m.group(1), mention_label="PERSON",
        name=mention, name_text=m.group(1), sent=view.sent_offset + quote.sent,
    )
