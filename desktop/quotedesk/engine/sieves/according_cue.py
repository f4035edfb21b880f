"""'Obama said ..., according to a White House pool report': the quote rests on the report.

The cue is the one the syntax sieve chooses; it wins when "according to X" qualifies it.
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.sieves.syntax import syntax_choice


@sieve(Method.ACCORDING_CUE)
def according_cue(view, quote):
    choice = syntax_choice(view, quote)
    if choice is None:
        return None
    for child in choice[0].children:
        if child.lower_ == "according" and child.dep_ == "prep":
            for to in child.children:
                if to.lower_ == "to":
                    for g in to.children:
                        if g.dep_ == "pobj" and not view.in_quote(g):
                            return view.attribution(quote, g, [child, to])
    return None
