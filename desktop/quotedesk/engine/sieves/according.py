"""'"...," according to Maria Lopez': "according to X" in the quote's sentence."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


def according_source(view, according):
    """The source an "according" token names ("according to X": X's head outside quotes), with
    the cue tokens, or None."""
    doc = view.doc
    if according.lower_ != "according" or according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    to = doc[according.i + 1]
    source = next((g for g in to.children if g.dep_ == "pobj" and not view.in_quote(g)), None)
    return (source, [according, to]) if source is not None else None


@sieve(Method.ACCORDING)
def according(view, quote):
    for t in view.window(quote):
        if (found := according_source(view, t)) is not None:
            return view.attribution(quote, *found)
    return None
