"""A colon lead-in before a whole-sentence quote: 'Hoff's letter makes the case: "..."'."""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.dash import dash
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.view import entity_at, person_noun

DASHES = ("-", "--", "–", "—")
# Verbs whose object is whom the words went to ("told the Herald-Standard:"), not who said them
# (as "quotes Alfred Kahn:" has it).
TELLING = {"tell", "inform", "assure", "warn", "remind", "urge", "ask", "brief", "promise", "address"}


@sieve(Method.LEAD_IN)
def lead_in(view, quote):
    if not quote.sentential or dash(view, quote) is not None:
        return None  # ("Here is what people told us:⏎⏎"…" — Priya Raman, nurse": the credit names her)
    found = _colon_lead_in(view, quote.tokens)
    return view.attribution(quote, *found) if found is not None else None


def dash_credit(view, quote) -> bool:
    """Whether a whole-sentence quote follows a credit "- Carl Bialik:" (a dash, a name, a colon),
    which names its speaker whatever the clause before the dash says ("Pollsters agree - …")."""
    colon = view.token_before(quote.tokens) if quote.sentential else None
    return colon is not None and colon.text == ":" and not view.in_quote(colon) and _dash_name(colon) is not None


def _dash_name(colon):
    """The name's last word in "- Carl Bialik:", "- Pew Research:" (one to four capitalised name
    words between a dash and ``colon``, known to the NER or not), else None."""
    doc = colon.doc
    j = colon.i - 1
    while j >= 0 and colon.i - j <= 5 and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("PERSON", "ORG")) and doc[j].is_title:
        j -= 1
    return doc[colon.i - 1] if 0 < colon.i - 1 - j <= 4 and j >= 0 and _spaced_dash(doc[j]) else None


def _colon_lead_in(view, toks):
    """(speaker token, cue tokens) of the clause ending in the colon just before the quote."""
    colon = view.token_before(toks)
    if colon is None or colon.text not in (":", "):") or view.in_quote(colon):
        return None
    before = [t for t in colon.sent if t.i < colon.i and not view.in_quote(t)]
    if not before:
        return None
    # "**Minister Dervla Kinsella**, speaking to reporters outside Government Buildings:", "**Cathal Brennan**
    # (31, her brother, PE and Irish, voted no):": a live blog's bold name opening the lead-in is who speaks
    if (bold := _bold_name(before)) is not None:
        return bold, []
    # "- Philip Bump: …", "Republican pollster Daron Shaw: …", "Rep. Trey Gowdy (R-S.C.): …":
    # a name right before the colon, or before a parenthesis that ends there.
    name_end = colon.i
    if colon.text == "):" or before[-1].text == ")":
        opening = [t for t in before[-8:] if t.text == "("]
        name_end = opening[-1].i if opening else name_end
    # A name a verb's preposition governs is whom the words went to: "delivered a message to
    # Trump:" (not so after a dash: "What that means - More from Jones:"), unless they came from
    # or were by the name: "The strongest words came from Sen. Bernie Sanders:".
    dashes = [t.i for t in before if _spaced_dash(t)]
    clause = any(t.pos_ == "VERB" and t.i > max(dashes, default=-1) for t in before)
    head = colon.sent.root
    person = entity_at(head) if not clause and head.i < colon.i and not view.in_quote(head) else None
    if person is not None and person.label_ == "PERSON" and not dashes:
        return head, []  # a label of its own: "Jane Doe, 45, a nurse from Akron:"
    for t in reversed([t for t in before if t.i < name_end][-3:]):
        ent = entity_at(t)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.end == name_end and not _venue(ent) \
                and not (clause and ent.root.dep_ in ("dobj", "dative") and ent.root.head.lemma_ in TELLING):  # "told the Herald:"
            if not (clause and ent.root.dep_ == "pobj" and ent.root.head.lower_ not in ("from", "by")):
                return ent.root, []
    # "- Pew Research: …" with a name the NER did not know
    if (name := _dash_name(colon)) is not None:
        return name, []
    # The cue nearest the clause's root first ("Perez answered the critics who called him weak:").
    for c in sorted((t for t in before if view.is_cue(t)), key=lambda t: (len(list(t.ancestors)), -t.i)):
        subj = view.subject_of(c)
        if subj is not None:
            return subj, [c]
    root = colon.sent.root
    if root.i < colon.i and root.pos_ in ("VERB", "AUX"):
        subj = view.subject_of(root)
        if subj is not None and subj.lemma_.lower() in _EXCERPTS and not any(c.dep_ == "poss" for c in subj.children) \
                and colon.sent.start > 0:
            # "… has just finished speaking. Here are the key lines:": the one the sentence before spoke of
            earlier = colon.doc[colon.sent.start - 1].sent
            spoke = view.subject_of(earlier.root) if earlier.root.pos_ in ("VERB", "AUX") else None
            return (spoke, []) if spoke is not None and not view.in_quote(spoke) else None
        if subj is not None and not view.in_quote(subj):
            # "Lindqvist's own plans are simple:": whose plans they are
            whose = next((c for c in subj.children if c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")), None)
            return (whose if subj.pos_ == "NOUN" and whose is not None and not person_noun(subj.lemma_.lower()) else subj), []
    # "Findlay himself posted on social media shortly after the final whistle:": the clause's subject
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN")
                 and t.head.pos_ in ("VERB", "AUX") and t.head.i < colon.i), None)
    if subj is not None:
        return subj, []
    for t in reversed(before):
        ent = entity_at(t)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP") and not _venue(ent):
            return ent.root, []
    # (not the time or the place a clause without a subject gives: "Then, after a moment's thought:")
    nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN") and not _venue(t) and (
        t.dep_ in ("nsubj", "dobj", "ROOT", "appos") or (t.dep_ == "pobj" and t.head.lower_ not in _WHEN))]
    return (nouns[-1], []) if nouns else None


# What a story calls the parts of a speech it gives: "Here are the key lines:".
_EXCERPTS = frozenset({"line", "point", "remark", "highlight", "excerpt", "extract", "takeaway", "quote", "moment"})
# Prepositions of time: what follows them is when, not who ("after the final whistle:").
_WHEN = frozenset({"after", "before", "during", "following", "since", "until", "till", "ahead"})


def _bold_name(before):
    """The last word of a name in bold ("**Ruairí de Búrca**") opening the tokens ``before`` a colon, else None."""
    marks = [i for i, t in enumerate(before[:8]) if t.text in ("*", "**", "__")]
    if len(marks) < 2 or marks[0] != 0:
        return None
    opening = 2 if len(marks) >= 4 and marks[1] == 1 else 1  # ("**" is one token or two)
    closing = next((i for i in marks if i >= opening), None)
    words = before[opening:closing] if closing is not None else []
    if not 1 <= len(words) <= 5 or not words[0].is_title or not words[-1].is_title \
            or not all(w.is_title or w.is_lower and len(w) <= 3 for w in words):
        return None
    return words[-1]


def _spaced_dash(t) -> bool:
    """A dash set off by space, not the hyphen inside "Herald-Standard"."""
    return t.text in DASHES and bool(t.whitespace_ or t.i == 0 or t.doc[t.i - 1].whitespace_)


def _venue(name) -> bool:
    """Whether a name (a span or token) is where or to whom the words were said, not who said
    them: "Then, later that month on CNN:", "At the rally in Ohio:", "To his critics:"; "according
    to Pew:" still names its source."""
    root = getattr(name, "root", name)
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("on", "in", "at", "during", "to") and prep.head.lower_ != "according"
            and not any(t.text in DASHES for t in root.doc[prep.i : root.i]))  # not "IN OTHER STATES - Jo Li:"
