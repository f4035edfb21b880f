"""A cue whose subject the parser lost: the name beside it.

'"…," Mitch McConnell, R-Ky., said Tuesday', '"Said Ellis: …"': the name standing between the
quote and the cue, or right after the cue.
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.sieves.sentence import near_cues


@sieve(Method.SENTENCE_NAME)
def sentence_name(view, quote):
    anchor = quote.tokens[0].i
    for c in near_cues(view, quote):
        lo, hi = sorted((anchor, c.i))
        window = [t for t in view.doc[lo : hi + 4] if t.sent == c.sent and not view.in_quote(t)]
        names = [t for t in window if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B"]
        if names:
            between = [t for t in names if lo <= t.i <= hi]
            pick = min(between, key=lambda t: abs(t.i - anchor)) if between else min(names, key=lambda t: abs(t.i - c.i))
            return view.attribution(quote, pick, [c])
    return None
