"""'"...," according to Maria Lopez': "according to X" in the quote's sentence; and '"...," came
the reply from his wife'."""

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


REPLIES = frozenset({"reply", "response", "answer", "retort", "rejoinder"})


def reply_source(view, came):
    """Whom "came the reply from X" names (X's head outside quotes), with the cue tokens, or None."""
    if came.lemma_ != "come":
        return None
    noun = next((c for c in came.children if c.dep_ in ("nsubj", "attr", "dobj") and c.lemma_ in REPLIES and c.i > came.i), None)
    if noun is None:
        return None
    by = next((c for n in (noun, came) for c in n.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i), None)
    source = next((g for g in by.children if g.dep_ == "pobj" and not view.in_quote(g)), None) if by is not None else None
    return (source, [came, noun]) if source is not None else None


@sieve(Method.ACCORDING)
def according(view, quote):
    for t in view.window(quote):
        if (found := according_source(view, t) or reply_source(view, t)) is not None:
            return view.attribution(quote, *found)
    return None
