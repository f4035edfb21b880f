"""A byline after a dash that follows the quote: ” -Commissioner Geoffrey Starks, ”― Carla Sanchez,
or on a line of its own after it (a list of quotes: "…"⏎⏎- Clinton., "…"⏎⏎- Maria Lopez, a nurse.);
and a headline's credit after a colon: ‘The ice doesn’t care how you feel’: explorer Ingrid
Solheim-Baptiste on 90 days alone, 'I was never in it for the money': An interview with Dolly Parton."""

import re

from quotedesk.core.model import Method, Span
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.sieves.registry import sieve

NAME = r"((?:[A-Z][\w.'’-]*)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|\((?:Mrs|Mr|Ms|Miss|Dr)\.?\))){0,4})"
DASH_RE = re.compile(r"[^\S\n]*[-—–―]+[^\S\n]*" + NAME)
# On the next line the dash line holds the name alone or followed by a comma ("- Maria Lopez, a nurse."),
# so a list item ("- Clinton tends to …") is no byline.
LINE_DASH_RE = re.compile(r"[^\S\n]*\n\s*[-—–―]+[^\S\n]*" + NAME + r"(?:,[^\n]*|\.)?[^\S\n]*(?:\n|$)")
# (in the headline, the first line: a calling in lower case may come before the name, "on …" after it)
HEADLINE_CREDIT_RE = re.compile(r":[^\S\n]+(?:(?i:an interview with)[^\S\n]+|(?:[a-z][\w-]*[^\S\n]+){1,3})?"
                                + NAME.replace("{0,4}", "{1,3}") + r"(?=[^\S\n]+on\b|[^\S\n]*(?:\n|$))")


@sieve(Method.DASH)
def dash(view, quote):
    end = quote.raw.end
    window = min(len(view.text), end + 80)
    m = DASH_RE.match(view.text, end, window) or LINE_DASH_RE.match(view.text, end, window) or (
        HEADLINE_CREDIT_RE.match(view.text, end, window) if view.text.find("\n", 0, quote.raw.start) < 0 else None)
    if not m:
        return None
    mention = Span(m.start(1), m.end(1))
    return Attribution(
        quote=quote.index, method=Method.DASH, mention=mention, mention_text=m.group(1), mention_label="PERSON",
        name=mention, name_text=m.group(1), sent=view.sent_offset + quote.sent,
    )
