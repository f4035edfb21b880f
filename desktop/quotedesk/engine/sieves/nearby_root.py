"""A whole-sentence quote the parser ran into a sentence about a person: that person.

'Sen. Bernie Sanders identified ... as one of the reasons. "The younger people ..."'
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


@sieve(Method.NEARBY_ROOT)
def nearby_root(view, quote):
    if not quote.sentential:
        return None
    root = view.sents[quote.sent].root
    if root.i in quote.tokset or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = view.subject_of(root)
    if subj is not None and not view.in_quote(subj) and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
        return view.attribution(quote, subj)
    return None
