"""A quote that is a sentence of its own: the person of the sentence before it.

'..., Schiff said. "..."'; also across a paragraph break when the quote is its whole paragraph.
The person: a subject the NER calls a person, he or she, any proper noun or a person's noun
('His son said …') that is the subject of a reporting verb ('Valastro praised …', whom the NER
took for a place); or a document its author wrote ('The memo ended on a personal note.').
"""

from quotedesk.core.model import Method
from quotedesk.engine.components import AGE_WORD
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.view import DOCUMENTS, KIN_NOUNS, person_noun


@sieve(Method.PREVIOUS)
def previous(view, quote):
    si = quote.sent
    if si == 0 or not (view.stands_alone(quote) or _labelled(view, quote)):
        return None
    doc = view.doc
    sent, prev = view.sents[si], view.sents[si - 1]
    if any(view.quote_of(t.i) in view.sentential_ids for t in prev):
        return None  # (a quote of its own before carries on; not a fragment: 'under the banner "Homes, Not Assets."')
    gap = doc[prev.end - 1 : sent.start + 1]
    same_para = not any(t.is_space and "\n" in t.text for t in gap)
    # A paragraph that is nothing but the quote also continues the paragraph before.
    if not same_para and not _paragraph_is_only(doc, sent):
        return None
    verbs = [t for t in prev if view.is_cue(t)] + [prev.root]
    if view.subject_of(prev.root) is None:
        # (the parser hung the first clause under a later one: "The 38-year-old bus driver grew up in the
        # co-op, now rents a unit there": the first verb with a subject of its own)
        verbs += [t for t in prev if t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children)][:1]
    for verb in verbs:
        subj = view.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and (
            subj.ent_type_ == "PERSON"
            or subj.lower_ in ("he", "she")
            or any(c.ent_type_ == "PERSON" for c in subj.subtree)
            or (subj.pos_ == "PROPN" and view.is_cue(verb))
            # "His son said he had gone on writing.⏎"He'd get up at six …"": a described person who spoke
            # ("Sitting in his kitchen, the 41-year-old described what happened.": one the article gives an age)
            # ("His father was blunter. "If it doesn't rain …"": in the quote's own paragraph, any verb)
            # ("His daughter, a geology student, was sitting at his bedside.⏎⏎"…": a paragraph of its own about them)
            or (subj.pos_ == "NOUN" and (view.is_cue(verb) or same_para or _paragraph_is_only(doc, prev))
                and (subj.lower_ in KIN_NOUNS or person_noun(subj.lower_) or AGE_WORD.match(subj.text)))
            # ("The 38-year-old bus driver grew up in the co-op …⏎⏎"…": one the article gives an age, any verb)
            or (subj.pos_ == "NOUN" and any(AGE_WORD.match(c.text) for c in subj.children if c.i < subj.i))
            # "The memo ended on a personal note.⏎⏎"To those leaving: …": the memo's author
            or (subj.lemma_.lower() in DOCUMENTS and view.author_of(subj) is not None)
        ):
            return view.attribution(quote, subj, [verb] if view.is_cue(verb) else [])
    if not same_para:
        return _named_earlier_in_paragraph(view, quote, si - 1)
    return None


def _named_earlier_in_paragraph(view, quote, last):
    """'Hemi Ngata was asked to give the toast. The room of 350 fell silent.⏎⏎"In 1925 …"': the person
    an earlier sentence of the paragraph before made its subject, when the sentences after it have
    no person for one (up to two sentences back)."""
    doc = view.doc
    for si in range(last, max(last - 3, -1), -1):
        sent = view.sents[si]
        subjects = [view.subject_of(t) for t in sent if t.pos_ in ("VERB", "AUX")]
        people = [x for x in subjects if x is not None and (x.ent_type_ == "PERSON" or x.lower_ in ("he", "she"))]
        if people and si < last:
            return view.attribution(quote, people[0], [])
        if people or any(x is not None and (x.pos_ == "PROPN" or person_noun(x.lower_) or x.lower_ in KIN_NOUNS)
                         for x in subjects):
            return None  # (the last sentence's own person: the loop above passed them over)
        if si == 0 or any("\n" in t.text for t in doc[view.sents[si - 1].end - 1 : sent.start + 1] if t.is_space):
            return None  # (the paragraph's first sentence)
    return None


def _labelled(view, quote) -> bool:
    """Whether a whole-sentence quote is all of its sentence but for a short label with a colon
    before it, an item of a list the sentence before brings in ("On fever: "Come on day one."")."""
    if not quote.sentential:
        return False
    sent = view.sents[quote.sent]
    label = [t for t in sent if t.i < quote.tokens[0].i and not (t.is_space or t.is_quote or view.in_quote(t))]
    return bool(label) and label[-1].text == ":" and len(label) <= 5 and sent.start == label[0].i \
        and not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("PERSON", "ORG") for t in label) \
        and all(t.i in quote.tokset or t.is_punct or t.is_space for t in sent if t.i > quote.tokens[0].i)


def _paragraph_is_only(doc, sent) -> bool:
    """Whether the sentence is its whole paragraph."""
    end = sent.end
    after = doc[end : end + 1]
    return (sent.start == 0 or "\n" in doc[sent.start - 1].text or "\n" in doc[sent.start - 1].whitespace_) and (
        end >= len(doc) or any("\n" in t.text for t in after) or "\n" in doc[end - 1].whitespace_ or doc[end - 1].is_space
    )
