"""A colon lead-in before a whole-sentence quote: 'Hoff's letter makes the case: "..."'."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.view import entity_at


@sieve(Method.LEAD_IN)
def lead_in(view, quote):
    if not quote.sentential:
        return None
    found = _colon_lead_in(view, quote.tokens)
    return view.attribution(quote, *found) if found is not None else None


def dash_credit(view, quote) -> bool:
    """Whether a whole-sentence quote follows a credit "- Carl Bialik:" (a dash, a name, a colon),
    which names its speaker whatever the clause before the dash says ("Pollsters agree - …")."""
    if not quote.sentential:
        return False
    doc = view.doc
    k = min(quote.tokset) - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    if k < 1 or doc[k].text != ":" or view.in_quote(doc[k]):
        return False
    name = []
    j = k - 1
    while j >= 0 and len(name) <= 4 and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("PERSON", "ORG")) and doc[j].is_title:
        name.append(doc[j])
        j -= 1
    return 0 < len(name) <= 4 and j >= 0 and doc[j].text in ("-", "--", "–", "—")


def _colon_lead_in(view, toks):
    """(speaker token, cue tokens) of the clause ending in the colon just before the quote."""
    doc = view.doc
    k = min(t.i for t in toks) - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote or doc[k].text in "\"“”'"):
        k -= 1
    if k < 0 or doc[k].text not in (":", "):") or view.in_quote(doc[k]):
        return None
    colon = doc[k]
    before = [t for t in colon.sent if t.i < colon.i and not view.in_quote(t)]
    if not before:
        return None
    # "- Philip Bump: …", "Republican pollster Daron Shaw: …", "Rep. Trey Gowdy (R-S.C.): …":
    # a name right before the colon, or before a parenthesis that ends there.
    name_end = colon.i
    if colon.text == "):" or before[-1].text == ")":
        opening = [t for t in before[-8:] if t.text == "("]
        name_end = opening[-1].i if opening else name_end
    # A name a verb's preposition governs is whom the words went to: "delivered a message to
    # Trump:" (not so after a dash: "What that means - More from Jones:").
    dashes = [t.i for t in before if t.text in ("-", "--", "–", "—")]
    clause = any(t.pos_ == "VERB" and t.i > max(dashes, default=-1) for t in before)
    for t in reversed([t for t in before if t.i < name_end][-3:]):
        ent = entity_at(t)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.end == name_end:
            if not (clause and ent.root.dep_ == "pobj"):
                return ent.root, []
    # "- Pew Research: …" with a name the NER did not know: only capitalised words after a dash.
    after_dash = [t for t in before if t.i > max(dashes, default=colon.i) and t.i < name_end]
    if 0 < len(after_dash) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in after_dash):
        return after_dash[-1], []
    # The cue nearest the clause's root first ("Perez answered the critics who called him weak:").
    for c in sorted((t for t in before if view.is_cue(t)), key=lambda t: (len(list(t.ancestors)), -t.i)):
        subj = view.subject_of(c)
        if subj is not None:
            return subj, [c]
    root = colon.sent.root
    if root.i < colon.i and root.pos_ in ("VERB", "AUX"):
        subj = view.subject_of(root)
        if subj is not None and not view.in_quote(subj):
            return subj, []
    for t in reversed(before):
        ent = entity_at(t)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP"):
            return ent.root, []
    nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "pobj", "dobj", "ROOT", "appos")]
    return (nouns[-1], []) if nouns else None
