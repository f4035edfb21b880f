"""'Obama said ..., according to a White House pool report': the quote rests on the report.

The cue is the one the syntax sieve chooses; it wins when "according to X" qualifies it, as does
an "according to X" right after the quote.
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.according import according_source
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.sieves.syntax import syntax_choice


@sieve(Method.ACCORDING_CUE)
def according_cue(view, quote):
    doc = view.doc
    choice = syntax_choice(view, quote)
    # '… "there has been a reinvigorated engagement," according to a senior official': the
    # quote's own "according to", right after it in its sentence, wherever the parser hung it,
    # when the parse names nobody who said it ("Conversations … have been going on") (with no
    # parse at all, the "according" sieve reads it)
    k = max(quote.tokset) + 1
    while k < len(doc) and k - max(quote.tokset) <= 3 and (doc[k].is_punct or doc[k].is_space) and not doc[k].is_sent_start:
        k += 1
    unnamed = choice is not None and not (choice[1].pos_ in ("PROPN", "PRON") or choice[1].ent_type_ in ("PERSON", "ORG"))
    if unnamed and k < len(doc) and doc[k].text == "according" and (found := according_source(view, doc[k])) is not None:
        return view.attribution(quote, *found)
    if choice is None:
        return None
    for child in choice[0].children:
        if child.dep_ == "prep" and (found := according_source(view, child)) is not None:
            return view.attribution(quote, *found)
    return None
