"""A quote that is a sentence of its own, and a short reporting sentence right after it:
'"...." Trump said.', or one that says whose words they were, in the next paragraph too:
'"We had nothing left."\n\nThat is how Maria Santos, 45, describes the morning after the fire.'."""

import re

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
    if WHOSE_WORDS_RE.match(nxt.text) and not leads_in:
        return _cue_subject(view, quote, nxt)
    if len(words) > 8 or leads_in or any(t.is_space and "\n" in t.text for t in gap):
        return None
    return _cue_subject(view, quote, nxt)


# "That is how X describes it", "That's how X put it", "So says X"
WHOSE_WORDS_RE = re.compile(r"\s*(?:(?:That|This)(?: is|'s|’s| was) how|So says?)\b")


def _cue_subject(view, quote, sent):
    for c in (t for t in sent if view.is_cue(t)):
        subj = view.subject_of(c)
        if subj is not None:
            return view.attribution(quote, subj, [c])
    return None
