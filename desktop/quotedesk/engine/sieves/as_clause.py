"""'"...", as a Homeland Security memo put it': an "as" clause right after the quote wins."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


@sieve(Method.AS_CLAUSE)
def as_clause(view, quote):
    doc = view.doc
    last = max(quote.tokset)
    for t in doc[last + 1 : min(len(doc), last + 12)]:
        if t.is_sent_start:
            break
        if view.is_cue(t) and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep") for c in t.children):
            subj = view.subject_of(t)
            if subj is not None:
                return view.attribution(quote, subj, [t])
    return None
