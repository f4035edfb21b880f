"""A quote that is a sentence of its own, and a short reporting sentence right after it:
'"...." Trump said.', or one that says whose words they were, in the next paragraph too:
'"We had nothing left."\n\nThat is how Maria Santos, 45, describes the morning after the fire.',
'"…" That assessment came from Rachel Fong, the state's fire chief.', '"…" That was Tomás Iribarren, his
coach, describing the moment the match turned.'."""

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
    if WORDS_FROM_RE.match(nxt.text) and not leads_in:
        source = next((o for t in nxt if t.lower_ == "from" for o in t.children if o.dep_ == "pobj"), None)
        return view.attribution(quote, source) if source is not None and not view.in_quote(source) else None
    if THAT_WAS_RE.match(nxt.text) and not leads_in:
        # "That was Tomás Iribarren, Centeno's coach, describing the moment the match turned."
        source = next((a for a in nxt.root.children if a.dep_ == "attr" and a.pos_ == "PROPN"), None)
        return view.attribution(quote, source) if source is not None and not view.in_quote(source) else None
    if len(words) > 8 or leads_in or any(t.is_space and "\n" in t.text for t in gap):
        return None
    return _cue_subject(view, quote, nxt)


# "That is how X describes it", "That's how X put it", "So says X", "So wrote X"
WHOSE_WORDS_RE = re.compile(r"\s*(?:(?:That|This)(?: is|'s|’s| was) how|So (?:says?|said|wrote|writes|tweeted|posted))\b")
# "That was X, describing …"
THAT_WAS_RE = re.compile(r"\s*(?:That|This)(?: was|'s|’s| is)\s+[A-Z]")
# "That assessment came from X", "That quote from X appeared …"
WORDS_FROM_RE = re.compile(r"\s*(?:That|This|The|Those|These)\s+(?:\w+\s+)?(?:assessment|quote|warning|remarks?|comments?|"
                           r"line|verdict|message|prediction|plea|words|description|response)(?:\s+(?:came|comes|is|was))?\s+from\b")


def _cue_subject(view, quote, sent):
    for c in (t for t in sent if view.is_cue(t)):
        subj = view.subject_of(c)
        if subj is not None:
            return view.attribution(quote, subj, [c])
    return None
