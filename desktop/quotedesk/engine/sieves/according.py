"""'"...," according to Maria Lopez': "according to X" in the quote's sentence."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


@sieve(Method.ACCORDING)
def according(view, quote):
    doc = view.doc
    for t in view.window(quote):
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            to = doc[t.i + 1]
            for g in to.children:
                if g.dep_ == "pobj" and not view.in_quote(g):
                    return view.attribution(quote, g, [t, to])
    return None
