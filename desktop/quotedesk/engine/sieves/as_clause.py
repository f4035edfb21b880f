"""'"...", as a Homeland Security memo put it': an "as" clause right after the quote wins.

The clause opens with its "as" ('as X put it', 'as X said'); 'whom he described as "…"' is no
such clause, and a reporting verb of its own before it ('"…," Wallace said, as the crowd
cheered') leaves the quote to that verb.
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


@sieve(Method.AS_CLAUSE)
def as_clause(view, quote):
    doc = view.doc
    last = max(quote.tokset)
    for t in doc[last + 1 : min(len(doc), last + 12)]:
        if t.is_sent_start:
            break
        if view.is_cue(t):
            if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep") and c.i < t.i for c in t.children):
                return None
            subj = view.subject_of(t)
            if subj is not None:
                return view.attribution(quote, subj, [t])
    return None
