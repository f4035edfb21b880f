"""Another reporting verb in the quote's sentence, nearest to the quote: its subject."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve


def near_cues(view, quote) -> list:
    """Reporting verbs (not nouns) in the quote's sentence window, nearest to the quote first."""
    anchor = quote.tokens[0].i
    cues = [t for t in view.window(quote) if view.is_cue(t) and t.pos_ != "NOUN" and not _about_something_else(t)]
    cues.sort(key=lambda t: abs(t.i - anchor))
    return cues


@sieve(Method.SENTENCE)
def sentence(view, quote):
    for c in near_cues(view, quote):
        subj = view.subject_of(c)
        if subj is not None and not view.in_quote(subj):
            if subj.pos_ == "PRON":
                subj = view.outer_subject(c, subj) or subj
            return view.attribution(quote, subj, [c])
    return None


def _about_something_else(cue) -> bool:
    """"the arguments that they believe worked", "the standard the court announced": a relative
    clause describing a thing, whose own subject says nothing of the quote beside it."""
    return cue.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in cue.children)
