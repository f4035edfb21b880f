"""A quote that is a sentence of its own, and a short reporting sentence right after it:
'"...." Trump said.'."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


@sieve(Method.NEXT_SENTENCE)
def next_sentence(view, quote):
    si = quote.sent
    if not view.stands_alone(quote) or si + 1 >= len(view.sents):
        return None
    sent, nxt = view.sents[si], view.sents[si + 1]
    words = [t for t in nxt if not (t.is_punct or t.is_space)]
    gap = view.doc[sent.end - 1 : nxt.start + 1]
    tail = [t for t in nxt if not t.is_space][-1:]
    # A sentence ending in a colon, or holding a quote of its own, leads in to the next quote:
    # '"…" He added: "…"'.
    leads_in = (tail and tail[0].text == ":") or any(view.in_quote(t) for t in nxt)
    if len(words) > 8 or leads_in or any(t.is_space and "\n" in t.text for t in gap):
        return None
    for c in (t for t in nxt if view.is_cue(t)):
        subj = view.subject_of(c)
        if subj is not None:
            return view.attribution(quote, subj, [c])
    return None
