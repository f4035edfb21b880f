"""Another reporting verb in the quote's sentence, nearest to the quote: its subject.

Unless that verb follows a fragment in a clause of its own and has no named subject, while the
fragment's own clause has one: 'Trump defended his manager as a "very decent man" Tuesday, hours
after the staffer was charged' is Trump's, not the staffer's.
"""

from quotedesk.core.model import Method
from quotedesk.engine.lexicon import LIGHT_CUES
from quotedesk.engine.sieves.registry import sieve


def near_cues(view, quote) -> list:
    """Reporting verbs (not nouns) in the quote's sentence window, nearest to the quote first."""
    anchor = quote.tokens[0].i
    cues = [
        t for t in view.window(quote)
        if view.is_cue(t) and t.pos_ != "NOUN" and t.lemma_.lower() not in LIGHT_CUES and not _about_something_else(t)
    ]
    cues.sort(key=lambda t: abs(t.i - anchor))
    return cues


@sieve(Method.SENTENCE)
def sentence(view, quote):
    for c in near_cues(view, quote):
        subj = view.subject_of(c)
        if subj is None or view.in_quote(subj):
            continue
        if not quote.sentential and not _named(subj) and _apart(quote, c):
            own = _clause_subject(view, quote)
            if own is not None:
                return view.attribution(quote, own)
        if subj.pos_ == "PRON":
            subj = view.outer_subject(c, subj) or subj
        return view.attribution(quote, subj, [c])
    return None


def _about_something_else(cue) -> bool:
    """"the arguments that they believe worked", "the standard the court announced": a relative
    clause describing a thing, whose own subject says nothing of the quote beside it."""
    return cue.dep_ == "relcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in cue.children
    )


def _clause_subject(view, quote):
    """The named or personal subject of the clause a fragment sits in ('Trump defended his
    manager as a "very decent man"'), if any."""
    for r in quote.roots:
        node = r.head
        for _ in range(8):
            if node.i not in quote.tokset and node.pos_ in ("VERB", "AUX"):
                subj = view.subject_of(node)
                if subj is not None and not view.in_quote(subj):
                    return subj if _named(subj) else None
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _apart(quote, cue) -> bool:
    """A cue after the quote in a clause of its own ('… as a "very decent man" Tuesday, hours
    after the staffer was charged'), neither above the quote nor a parenthetical 'he said'."""
    if cue.i < max(quote.tokset) or cue.dep_ == "parataxis":
        return False
    return not any(cue in r.ancestors for r in quote.roots)


def _named(tok) -> bool:
    return tok.ent_type_ in ("PERSON", "ORG") or tok.lower_ in ("he", "she")
