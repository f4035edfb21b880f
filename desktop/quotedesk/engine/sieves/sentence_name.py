"""A cue whose subject the parser lost: the name beside it.

'"…," Mitch McConnell, R-Ky., said Tuesday': the name standing between the quote and the cue;
else 'Trump accused Cruz of being "…"': the name right before the cue; else '"Said Ellis: …"':
the name right after the cue, unless it is what the cue acts on ('described Trump as "…"', 'Baker
was asked, "…?"'). A name further after the cue is part of what was said ('said that he spoke
with Mr. Sanders').
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.sieves.sentence import near_cues
from quotedesk.engine.view import SPEAKING_PASSIVES

OBJECT_DEPS = ("dobj", "dative", "iobj", "oprd")


@sieve(Method.SENTENCE_NAME)
def sentence_name(view, quote):
    anchor = quote.tokens[0].i
    for c in near_cues(view, quote):
        lo, hi = sorted((anchor, c.i))
        window = [t for t in view.doc[lo : hi + 4] if t.sent == c.sent and not view.in_quote(t)]
        names = [t for t in window if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B" and _beside(c, t)]
        between = [t for t in names if lo <= t.i <= hi]
        if between:
            pick = min(between, key=lambda t: abs(t.i - anchor))
        else:
            pick = _name_before(view, c) or min(names, key=lambda t: abs(t.i - c.i), default=None)
        if pick is not None:
            return view.attribution(quote, pick, [c])
    return None


def _beside(cue, name) -> bool:
    """Whether the name can be the cue's speaker: before it, or right after it (titles aside) and
    not (in) its object or the noun it modifies, nor whom a passive cue was said to ("Baker was
    asked, "…?"")."""
    if _target(cue, name):
        return False
    if name.i < cue.i:
        return True
    if any(t.pos_ not in ("PROPN", "DET") for t in cue.doc[cue.i + 1 : name.i]):
        return False
    node = name
    while node.dep_ in ("compound", "flat", "poss", "amod", "nmod") and node.head.i != node.i:
        node = node.head
    return not (cue.head.i == node.i or (node.head.i == cue.i and node.dep_ in OBJECT_DEPS))


def _name_before(view, cue):
    """'Trump accused Cruz of being "…"': the name right before the cue, in subject position."""
    k = cue.i - 1
    while k >= cue.sent.start and view.doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    if k < cue.sent.start or view.in_quote(view.doc[k]) or view.doc[k].ent_type_ not in ("PERSON", "ORG"):
        return None
    while view.doc[k].ent_iob_ != "B":
        k -= 1
    return None if _target(cue, view.doc[k]) else view.doc[k]


def _target(cue, name) -> bool:
    """Whether ``name`` heads the subject of a passive cue: who the words were said to or about."""
    node = name
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return node.head.i == cue.i and node.dep_ == "nsubjpass" and cue.lemma_.lower() not in SPEAKING_PASSIVES

