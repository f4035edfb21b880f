"""Nothing said a fragment: the main subject of the sentence it sits in.

"Trump defended his manager as a "very decent man"", "Lewandowski ripped Comey for acting as
"the judge"": the sentence is an attribution by its main subject. Not "it" ("It gets better",
"It was Mr. Obama's rejection of "a politics of cynicism"": no one).
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


@sieve(Method.NEARBY)
def nearby(view, quote):
    if quote.sentential:
        return None
    subj = view.main_subject(quote)
    return view.attribution(quote, subj) if subj is not None and subj.lower_ != "it" else None
