"""A public view of one parsed chunk of an article: what the sieves and the trained model read.

The parse works on the masked text (see :mod:`quotedesk.engine.masking`); the view knows which
tokens belong to which quote, which sentence a token is in, which words are reporting cues and
who their subjects are, and turns a speaker token into an :class:`Attribution` in original
offsets (:meth:`ChunkView.mention_from`), so what leaves the view is plain data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Span as DocSpan

from quotedesk.core.model import Method, Span
from quotedesk.core.names import PARTICLES
from quotedesk.engine.attribution import NAME_LABELS, SUBJECT_DEPS, Attribution, MentionInfo
from quotedesk.engine.components import AGE_WORD, years
from quotedesk.engine.lexicon import lexicon
from quotedesk.engine.marks import RawQuote
from quotedesk.engine.masking import Masked

# Verbs and nouns that put a quoted title or name, not speech: starred in "X", called "X".
TITLE_CONTEXT = {"star", "title", "entitle", "headline", "nickname", "brand", "read", "watch", "host", "appear", "perform", "sing"}
# Documents that speak for their author: "a statement from X", "the lawsuit filed by X".
# What a person's possessive may lead as a subject and still be the person acting: "Whitaker's jaw
# tightened", "Her voice cracked".
_OWN_PARTS = frozenset({"jaw", "voice", "face", "eyes", "eye", "hands", "hand", "mood", "tone", "smile", "expression",
                        "shoulders", "lip", "lips", "brow", "cheeks", "heart", "temper"})
DOCUMENTS = {"statement", "letter", "report", "email", "e-mail", "memo", "lawsuit", "suit", "complaint", "filing",
             "release", "post", "tweet", "document", "ruling", "order", "message", "note", "missive", "editorial",
             "op-ed", "column", "article", "essay", "ad", "advertisement", "commercial", "account", "speech",
             "submission", "communique", "communiqué", "video", "clip", "flyer", "leaflet", "mailer",
             "brochure", "pamphlet", "newsletter", "affidavit", "memorandum", "bulletin", "dossier", "indictment",
             "audit", "judgment", "judgement", "transcript", "citation"}
# What an author does to a document in a clause on it: "a speech Mrs. Clinton delivered", "the letter she wrote".
AUTHORING = {"deliver", "give", "write", "send", "sign", "issue", "publish", "post", "release", "pen", "draft", "make",
             "file", "tweet", "compile", "prepare", "produce", "author", "swear"}
# What someone says, named as a thing: "Smith's response was swift:", "his reply".
SPEECH_NOUNS = {"response", "reply", "answer", "retort", "comment", "remark", "word", "verdict",
                "explanation", "assessment", "warning", "advice", "argument", "plea", "promise", "pledge", "vow"}
# Whose a document or words are: a name before them is their author ("Farley's account", "one Clinton ad").
AUTHORED = DOCUMENTS | SPEECH_NOUNS
# What the author of a document does with it: "The family released a statement".
ISSUING = {"release", "issue", "send", "post", "publish", "write", "file", "sign", "deliver", "circulate",
           "distribute", "submit", "draft", "pen", "tweet", "put", "share", "email", "bring", "provide", "give",
           "make", "read", "present"}
# Who has a document without being its author: "a copy of the letter obtained by The Post".
READERS = {"obtain", "review", "see", "read", "receive", "get", "acquire", "examine", "view", "leak", "report",
           "cite", "quote"}
# Who a message goes to, not who speaks: "emailed supporters saying", "told reporters, saying".
AUDIENCE_NOUNS = {"supporter", "voter", "member", "reporter", "journalist", "donor", "follower", "fan", "customer",
                  "employee", "staff", "reader", "viewer", "listener", "lawmaker", "colleague", "student", "worker",
                  "parent", "resident", "crowd", "audience", "delegate", "investor", "shareholder", "subscriber"}
SENDING_VERBS = {"email", "e-mail", "text", "tell", "message", "write", "mail", "urge", "remind", "warn", "assure", "address"}
# Reporting verbs whose passive subject is the speaker: "was quoted as saying", "was heard saying".
SPEAKING_PASSIVES = {"quote", "hear", "overhear", "record", "cite", "tape", "film", "catch", "report"}
# What news calls a business it has named ("the company said").
BUSINESS_NOUNS = {"company", "firm", "operator", "airline", "insurer", "lender", "retailer", "manufacturer", "bank",
                   "chain", "startup", "business", "carrier", "maker", "supplier", "provider", "developer", "publisher",
                   "broadcaster", "utility", "brand", "automaker", "carmaker", "conglomerate", "app", "platform", "group",
                   "label"}
# Of those, the ones no person is called ("drill operator Kojo Darkwa", "Florida developer Mel Sembler").
BUSINESS_ONLY = BUSINESS_NOUNS - {"operator", "developer", "publisher", "maker", "supplier", "provider", "broadcaster",
                                  "carrier", "brand"}
# Heads of an apposition that make a name an organisation, whatever the NER said.
ORGANISATION_NOUNS = {"shop", "store", "company", "firm", "restaurant", "bakery", "bank", "organization", "organisation",
                      "agency", "charity", "nonprofit", "business", "chain", "retailer", "brand", "newspaper", "website",
                      "startup", "manufacturer", "university", "hospital", "club", "cafe", "hotel", "group", "operator",
                      "airline", "insurer", "lender", "supplier", "provider", "developer", "publisher", "broadcaster",
                      "utility", "label", "studio", "gallery", "venue"}
# Heads of a description that names a body, not a person: "the government", "the ministry".
GROUP_HEADS_ORG = frozenset({"campaign", "administration", "government", "ministry", "department", "police", "military", "army",
                             "agency", "committee", "office", "company", "party", "group", "coalition", "council", "court",
                             "commission"})
BODY_NOUNS = GROUP_HEADS_ORG | BUSINESS_NOUNS | ORGANISATION_NOUNS | {
    "union", "federation", "association", "board", "authority", "regulator", "institute", "foundation", "trust", "team",
    "school", "network", "embassy", "parliament", "senate", "assembly", "tribunal", "panel", "watchdog", "body"}
# Who speaks for an organisation: "a spokesperson for Google", "officials at the agency".
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "official", "officials"}
# People named by how they are related to someone, and the gender that says: "her son, Diego,".
# "the elder Habermann": the older (True) or younger of two namesakes
ELDER = {"elder": True, "older": True, "senior": True, "younger": False, "junior": False}
PARENT_NOUNS = frozenset({"father", "mother", "dad", "mum", "mom", "grandfather", "grandmother", "grandpa", "grandma"})
CHILD_NOUNS = frozenset({"son", "daughter", "grandson", "granddaughter", "child", "boy", "girl"})
KIN_NOUNS = {"son": "m", "grandson": "m", "husband": "m", "father": "m", "dad": "m", "brother": "m", "uncle": "m",
             "nephew": "m", "boyfriend": "m", "fiance": "m", "fiancé": "m", "daughter": "f", "granddaughter": "f",
             "wife": "f", "mother": "f", "mom": "f", "sister": "f", "aunt": "f", "niece": "f", "girlfriend": "f",
             "fiancee": "f", "fiancée": "f", "grandmother": "f", "grandfather": "m", "child": None, "cousin": None,
             "partner": None, "friend": None, "neighbor": None, "neighbour": None, "colleague": None, "spouse": None,
             "widow": "f", "widower": "m"}
# Kin words for the same relative: "His widow" is his wife.
KIN_FORMS = {"widow": "wife", "widower": "husband"}
# Function words that stay lower-case inside a title: "Face the Nation", "Contract with America".
TITLE_SMALL_WORDS = {"the", "a", "an", "of", "and", "or", "on", "in", "with", "for", "to", "at", "by", "from", "&"}


@dataclass(slots=True)
class ChunkQuote:
    """One quote of a chunk as the sieves see it."""

    index: int  # article-level index of the raw quote
    raw: RawQuote
    tokens: list  # its tokens in the parse (placeholder tokens or a fragment's words)
    sentential: bool  # a whole sentence (masked), not a fragment inside one
    tokset: set[int] = field(default_factory=set)
    roots: list = field(default_factory=list)  # its tokens whose heads lie outside it
    sent: int = 0  # chunk-local sentence number of its first root
    memo: dict = field(default_factory=dict)  # what one sieve computed for a later one

    def __post_init__(self) -> None:
        self.tokset = {t.i for t in self.tokens}
        self.roots = [t for t in self.tokens if t.head.i not in self.tokset or t.head.i == t.i]


def span_of(tokens, masked: Masked) -> Span:
    """The original-offset span covering ``tokens``."""
    toks = sorted(tokens, key=lambda t: t.i)
    start = masked.span_to_orig(toks[0].idx, toks[0].idx + len(toks[0].text)).start
    last = toks[-1]
    end = masked.span_to_orig(last.idx, last.idx + len(last.text)).end
    return Span(start, max(start, end))


_OWN_PRONOUNS = {"his": "m", "himself": "m", "her": "f", "herself": "f"}


# Words that say how many of a group: "one of them", "some of the residents".
PARTITIVES = {"one", "some", "many", "several", "most", "each", "none", "all", "both", "few", "another", "two", "three"}


def noun_phrase(head):
    """The base noun phrase of ``head``: determiners, modifiers, compounds, not clauses; and the
    group a partitive picks from ("one of them")."""
    keep = {"det", "amod", "compound", "poss", "nummod", "flat", "nmod", "case", "quantmod", "advmod"}
    toks = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and head.lower_ in PARTITIVES and child.i > head.i:
            toks.append(child)
            toks.extend(t for g in child.children if g.dep_ == "pobj" for t in noun_phrase(g))
        elif child.dep_ in keep:
            lo, hi = sorted((child.i, head.i))
            if child.dep_ == "advmod" and any(t.is_punct for t in head.doc[lo + 1 : hi]):
                continue  # a sentence adverb the parser hung on the subject: "Repeatedly, the crowd"
            toks.extend(child.subtree)
    return sorted(set(toks), key=lambda t: t.i)


def _sent_to(noun):
    """The verb that sends a message to an audience ``noun`` ("emailed supporters", "a text
    message to supporters"), or None."""
    if noun.lemma_.lower() not in AUDIENCE_NOUNS:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ in ("dobj", "dative") and head.lemma_.lower() in SENDING_VERBS:
        return head
    return None


def _named_as_organisation(ent) -> bool:
    """"Acme Hardware, a shop on Main Street": an apposition says the name is a business."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in ORGANISATION_NOUNS and c.left_edge.i <= ent.end + 1
               and not any(AGE_WORD.match(x.text) for x in c.subtree)  # (not "a 52-year-old drill operator")
               for t in ent for c in t.children)


# Name particles that are no English word: "von der Leyen" is a name even when no full name
# came before it ("ten Democrats", "de facto" are not).
_FOREIGN_PARTICLES = frozenset({"von", "van", "der", "den", "dos", "bin", "ibn", "della"})


def _join_name_particles(doc) -> None:
    """Person names the NER broke at their lower-case particles made whole again.

    The small model reads "Ursula von der Leyen" as PERSON "Ursula von" and GPE "Leyen", and
    "Erik ten Hag" as "Erik" and the number "ten". A PERSON entity followed by particles and a
    capitalised proper noun takes them in; afterwards the same particles and surname elsewhere
    in the chunk ("von der Leyen said", "ten Hag told") are that person too, as is a foreign
    particle before a capitalised proper noun ("von der Leyen" alone).
    """
    n = len(doc)

    def particles_from(k: int) -> int:
        while k < n and doc[k].lower_ in PARTICLES and doc[k].text.islower():
            k += 1
        return k

    def surname_at(k: int) -> bool:
        return k < n and doc[k].pos_ == "PROPN" and doc[k].is_title

    def surname_end(k: int) -> int:  # past a double-barrelled surname: "van der Linde-Bos"
        while k + 1 < n and _glued_hyphen(doc, k + 1) and doc[k + 2].is_title:
            k += 2
        return k + 1

    spans, tails = [], set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        k = particles_from(ent.end)  # "Erik" + "ten Hag"; "Ursula von" + "der Leyen"
        if (k > ent.end or doc[ent.end - 1].lower_ in PARTICLES) and surname_at(k) and k - ent.start > 1:
            spans.append((ent.start, surname_end(k)))
    for s, e in spans:
        first = next(i for i in range(s, e) if doc[i].lower_ in PARTICLES and doc[i].text.islower())
        tails.add(tuple(t.lower_ for t in doc[first:e]))
    taken = {i for s, e in spans for i in range(s, e)}
    k = 0
    while k < n:
        end = particles_from(k)
        if end > k and k not in taken and doc[k].ent_iob_ != "I" and surname_at(end) and not (k and doc[k - 1].is_title):
            words = tuple(t.lower_ for t in doc[k : end + 1])
            if words in tails or all(t.lower_ in _FOREIGN_PARTICLES for t in doc[k:end]):
                last = surname_end(end)
                spans.append((k, last))
                taken.update(range(k, last))
                k = last
                continue
        k = max(end, k + 1)
    if not spans:
        return
    kept = [e for e in doc.ents if not any(e.start < b and a < e.end for a, b in spans)]
    doc.ents = sorted(kept + [DocSpan(doc, a, b, label="PERSON") for a, b in spans], key=lambda e: e.start)


def repair_entities(doc) -> set[str]:
    """The NER's entities mended where the small model is known to slip: names broken at their
    particles joined (:func:`_join_name_particles`); a possessive ending, a line break or a bullet
    dropped; two names joined by a hyphen parted (:func:`_two_names`); a name with an age beside
    it a person's; an age ("the 46-year-old") or an adjective no name; a lone surname of a person
    named in the chunk, taken for a place or an organisation, that person when it is a clause's
    subject; a platform ("on Twitter"), a campaign ("Team Trump") or a business, building or law
    ("Acme Robotics", "Trump Plaza") no person; a storm ("Hurricane Milton") no one; names it passed
    over or mistyped made people's by an age beside them, a first name known and a surname named
    later, or a Gaelic particle; a one-word "person" that is a place elsewhere and never a subject
    a place; a party ("Labour") no person; a name an acronym in brackets spells out one
    organisation (:func:`_spelt_out`), and so a body named "the X and Y Board"; a surname after a
    title a person's when the chunk names them in full (:func:`_titled_surnames`).
    Returns the surnames of the mended entities: the last words of the person names of two words
    or more."""
    _join_name_particles(doc)
    # no age is a name, nor an adjective alone ("Environmental groups": the NER's organisation), nor a
    # title alone ("Engr" of "Engr. Kayode Odusanya", "the Duchess", an organisation to the NER),
    # unless a person named in the chunk bears it ("Sheikh" after "Imran Sheikh"), nor a calling by
    # what one heads ("the bank's Head of Internal Control")
    borne = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and not _names_a_place(e)
             and not all(x.lower_ in lexicon().title_words for x in e) for t in e[1:]}
    ents = [e for e in doc.ents if not AGE_WORD.match(e.text)
            and not (len(e) == 1 and e.label_ in ("ORG", "PERSON") and e[0].pos_ == "ADJ")
            and not (e.label_ == "PERSON" and all(t.lower_ in lexicon().title_words or t.is_punct for t in e)
                     and not any(t.text in borne for t in e))
            and not (len(e) == 1 and e[0].lower_ in PEERAGE and e.text not in borne)
            and not (e.label_ == "PERSON" and e.text.islower())  # ("sakura ebi", "pomelo": no name)
            and not (e.label_ == "ORG" and len(e) > 2 and e[0].lower_ in ("head", "chief", "director") and e[1].lower_ == "of")]
    # "the Labour MP Imogen Faraday" with "Faraday" a date to the NER: a surname after a known first name
    first_names = lexicon().first_names
    ents = [DocSpan(doc, e.start - 1, e.end, label="PERSON")
            if e.label_ in ("DATE", "TIME") and e.start and doc[e.start - 1].lower_ in first_names and doc[e.start - 1].is_title
            and doc[e.start - 1].ent_type_ == "" and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in e)
            and not any(t.lower_ in _CALENDAR for t in e) else e for e in ents]
    # "Christopher Nolan's", "X.\n\n", "• Environmental": the NER's entity with a possessive ending,
    # a line break or a list's bullet, which are no part of the name
    ents = [DocSpan(doc, e.start, e.end - 1, label=e.label_) if len(e) > 1 and (e[-1].tag_ == "POS" or e[-1].is_space)
            else DocSpan(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and e[0].text in BULLETS
            else e for e in ents]
    # "Cllr Geoff Fenwick (Independent": a bracket the NER ran into after the name is no part of it
    ents = [DocSpan(doc, e.start, next(t.i for t in e[1:] if t.text == "("), label=e.label_)
            if any(t.text == "(" for t in e[1:]) else e for e in ents]
    # "Thomas Ashworth-Lyle KC", "Retiree Koh Siew Lan", "Brothers Tama": letters after a name and a calling
    # opening a sentence are no part of it
    ents = [DocSpan(doc, e.start + ((e[0].is_sent_start and person_noun(e[0].lower_) and len(e) >= 3)
                                    or (e[0].lower_ in _KIN_PLURALS and e[0].is_title)),
                    e.end - (e[-1].text in POST_NOMINALS), label=e.label_)
            if len(e) >= 2 and (e.label_ == "PERSON" or (e.label_ == "ORG" and e[0].lower_ in lexicon().first_names))
            else e for e in ents]
    ents = [part for e in ents for part in _two_names(e)]
    # "A Chennai-based fintech company, ZephyrPay,": what a business is based in is a place, and the name
    # beside the business its own
    ents = [DocSpan(doc, e.start, e.end, label="GPE") if e.label_ in ("ORG", "PERSON", "NORP") and e.end + 1 < len(doc)
            and doc[e.end].text == "-" and doc[e.end + 1].lower_ == "based" and not doc[e.end - 1].whitespace_
            else DocSpan(doc, e.start, e.end, label="ORG") if e.label_ in ("GPE", "LOC", "NORP", "PERSON")
            and (r := name_root(e)).dep_ == "appos" and r.head.lemma_.lower() in ORGANISATION_NOUNS and r.head.i < e.start
            and not any(x.lower_ in lexicon().first_names for x in e[:-1]) else e for e in ents]
    # "Police Scotland", "Transport Canada" with only the place an entity: a body named by the place it serves
    ents = [DocSpan(doc, e.start - 1, e.end, label="ORG") if e.label_ in ("GPE", "ORG") and e.start
            and (p := doc[e.start - 1]).pos_ == "PROPN" and p.is_title and not p.ent_type_ and p.dep_ == "compound"
            and e.start <= p.head.i < e.end and p.lower_ not in lexicon().title_words and p.lower_ not in first_names
            and (e.start < 2 or doc[e.start - 2].pos_ != "PROPN") else e for e in ents]
    # "at Allt-na-reigh", "Stratford-upon-Avon": a place's name of words hyphened to a lower-case one is
    # no person's ("Allt" a person to the NER)
    ents = [e for e in ents if not (e.label_ == "PERSON" and len(e) == 1 and _glued_hyphen(doc, e.end)
                                    and doc[e.end + 1].is_lower and doc[e.end + 1].is_alpha and len(doc[e.end + 1]) <= 4
                                    and e.end + 2 < len(doc) and doc[e.end + 2].text == "-")]
    # "Leung Kwok-wing", "Okafor-Lindgren said" with only "Leung Kwok" or "Lindgren" a name to the NER:
    # a person's name cut inside a hyphenated word
    taken = {t.i for e in ents for t in e}
    ents = _hyphenated_given_names(doc, [_whole_words(doc, e, taken) for e in ents])
    # "Daria Kovalenko 4-6 7-6(8": a score the NER ran into the name
    ents = [DocSpan(doc, e.start, next(t.i for t in e[1:] if _no_word(t)), label="PERSON")
            if e.label_ == "PERSON" and len(e) > 2 and any(_no_word(t) for t in e[1:]) else e for e in ents]
    # "Amara Nwosu said" with only "Nwosu" an entity: a name the chunk gives whole elsewhere
    whole = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    taken = {t.i for e in ents for t in e}
    ents = [DocSpan(doc, e.start - 1, e.end, label="PERSON") if e.start and e.start - 1 not in taken
            and doc[e.start - 1].is_title and f"{doc[e.start - 1].text} {e.text}" in whole else e for e in ents]
    # "Luciana Lopez: Saying …", "on X. Another …": the NER running on past a label's colon or into
    # the next sentence
    ents = [DocSpan(doc, e.start, next(t.i for t in e[1:] if t.text[:1] == ":" or t.is_sent_start), label=e.label_)
            if any(t.text[:1] == ":" or t.is_sent_start for t in e[1:]) else e for e in ents]  # (":*" of "**Name:**")
    ents = _aged_people(doc, ents)
    # "Dr Mairi NicLeòid said", "Chief Emeka Nwachukwu" with only "Nwachukwu" an organisation to the
    # NER: a name a title leads is a person's
    ents = [_titled_person(doc, e) or e for e in ents]
    # "Amandeep Singh Brar" with only "Singh Brar" a name to the NER: the first name the parser hung on
    # it; "the singer Maria Amélia Tavares" with only "Maria Amélia": the surname it hung them on
    ents = _first_name_taken_for_a_place(doc, ents)
    taken = {t.i for e in ents for t in e}
    ents = [_with_surname(doc, _with_first_name(doc, e, taken), taken) for e in ents]
    ents = [e for e in ents if not any(o is not e and o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in ents)]
    ents = _named_beside_calling(doc, ents)
    # "Siobhán Ní Dhálaigh", "Ní Dhálaigh said" (an organisation to the NER): a Gaelic name, by its particle
    ents = [DocSpan(doc, e.start, e.end, label="PERSON") if e.label_ in ("ORG", "GPE", "NORP") and 2 <= len(e) <= 4
            and all(name_cased(t) for t in e) and (e[0].lower_ in _GAELIC_HERS or any(
                t.lower_ in _GAELIC for t in e[1:-1])) else e for e in ents]
    ents = _first_name_and_surname(doc, ents)
    ents = _opening_name(doc, ents)
    ents = _spelt_out(doc, ents)
    ents = _joined_by_and(doc, ents)
    ents = _titled_surnames(doc, ents)
    surnames = _surnames(ents)
    ships = {" ".join(t.text for t in e if t.text not in SHIP_PREFIXES) for e in ents if _a_ship(doc, e, set())}
    # ("Calum did not hesitate", a nationality to the NER, after "Calum MacAoidh": his first name)
    firsts = defaultdict(set)
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            firsts[e[0].text].add(e.text)
    # (and "Sutrisno spent Sunday helping", a place to the NER, after "said Sutrisno, 52,": a one-name person)
    alone = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e.text.lower() not in PLATFORMS | PARTIES}
    ents = [DocSpan(doc, e.start, e.end, label="PERSON")
            if e.label_ in ("GPE", "ORG", "NORP") and len(e) == 1 and (e.text in surnames or len(firsts[e.text]) == 1 or e.text in alone)
            and subject_like(e.root)
            else DocSpan(doc, e.start, e.end, label="ORG")
            if e.label_ == "PERSON" and (e.text.lower() in PLATFORMS | PARTIES or (len(e) > 1 and (e[0].lower_ in CAMPAIGN_WORDS
                                                                                     or any(t.lower_ == "for" for t in e[1:-1])
                                                                                     or _corporate(e) or _the_named(doc, e))))
            # ("the Great Barrier Reef Marine Park Authority", a place to the NER: a body by its last word)
            else DocSpan(doc, e.start, e.end, label="ORG") if e.label_ in ("FAC", "GPE", "LOC") and len(e) > 1
            and e[-1].lower_ in _BODY_LAST_WORDS
            # ("from the Mising community": a people, not a person; "Salthill Garda station": a place)
            else DocSpan(doc, e.start, e.end, label="NORP") if e.label_ == "PERSON" and e.root.dep_ == "compound"
            and e.root.head.lower_ in _PEOPLES and e.root.head.i == e.end
            else DocSpan(doc, e.start, e.end, label="FAC") if e.label_ == "PERSON" and _names_a_place(e)
            else DocSpan(doc, e.start, e.end, label="EVENT") if len(e) > 1 and e[0].lower_ in STORM_WORDS
            else DocSpan(doc, e.start, e.end, label="FAC") if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in STREET_WORDS
            else DocSpan(doc, e.start, e.end, label="ORG") if _the_team(doc, e, surnames)
            # ("the MV Flora Ann", "HMS Victory": a ship, and "the Flora Ann" after)
            else DocSpan(doc, e.start, e.end, label="PRODUCT") if e.label_ == "PERSON" and _a_ship(doc, e, ships)
            else e for e in ents]
    ents = sorted(ents + _first_names_alone(doc, ents), key=lambda e: e.start)
    ents = sorted(ents + _names_given(doc, ents), key=lambda e: e.start)
    # "near Bowen", "in Bowen", "south of Bowen": a one-word "person" only ever where places stand is a place
    places = defaultdict(list)
    for e in ents:
        if e.label_ == "PERSON" and len(e) == 1:
            places[e.text].append(_where(e.root))
    # ("thinks about Perm", a person to the NER, where "in Perm" was a place to it and Perm never a subject)
    placed = {e.text for e in ents if len(e) == 1 and (e.label_ in ("GPE", "LOC") or (e.label_ == "PERSON" and _where(e.root)))}
    acting = {e.text for e in ents if e.label_ == "PERSON" and subject_like(e.root)}
    ents = [DocSpan(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and len(e) == 1 and e.text not in surnames
            and (all(places[e.text]) or (e.text in placed and e.text not in acting)) else e for e in ents]
    # "Turnout looks to be around 38%", "Whips are understood to …": a common noun opening a sentence
    # is no one (the tagger's noun, no name of anyone the chunk names, nor a first name)
    ents = [e for e in ents if not (e.label_ == "PERSON" and len(e) == 1 and e[0].pos_ == "NOUN"
                                    and (e[0].is_sent_start or "\n" in doc[e.start - 1].text_with_ws)
                                    and e.text not in surnames and e.text not in borne and e[0].lower_ not in lexicon().first_names)]
    if [(e.start, e.end, e.label_) for e in ents] != [(e.start, e.end, e.label_) for e in doc.ents]:
        doc.ents = ents
    return _surnames(doc.ents)


# The heads of a body's name that run on with "of" ("Department of Planning and Development").
INSTITUTION_HEADS = frozenset({"department", "ministry", "bureau", "agency", "office", "commission", "secretariat",
                               "directorate", "division", "school", "faculty", "bank", "church", "society", "court"})


_LEGAL_PAPERS = frozenset({"lawsuit", "suit", "complaint", "filing", "claim", "petition"})
_STUDIES = frozenset({"report", "study", "survey", "review", "analysis", "paper"})


def _same_document(a: str, b: str) -> bool:
    """Whether document words ``a`` and ``b`` can name one document: the same word, or two words for
    a court paper ("The lawsuit, filed by …" then "the complaint says") or for a study ("… in its
    latest annual study" then "the report said")."""
    return a == b or (a in _LEGAL_PAPERS and b in _LEGAL_PAPERS) or (a in _STUDIES and b in _STUDIES)


def _the_named(doc, run) -> bool:
    """"The Evening Courier called her performance …": a name (tokens ``run``) of two words or
    more that "the" leads, with no first name or title in it, is a paper's, a band's or a firm's,
    whatever the NER or the parse said (a person's name takes no article: "the actor Tom Hanks"
    has a noun between)."""
    words = [t for t in run if t.lower_ != "the"]
    led = run[0].lower_ == "the" or (run[0].i > 0 and doc[run[0].i - 1].lower_ == "the")
    return led and len(words) >= 2 and all(t.is_alpha and t.lower_ not in lexicon().first_names
                                           and t.lower_ not in lexicon().titles for t in words)


def _the_team(doc, e, surnames: set[str]) -> bool:
    """A one-word "person" in the plural after "the" is a team or a band ("the Tides", "followed the
    Tides"), not a family ("the Clintons", of a surname named) nor a name before a noun ("the
    Obama administration")."""
    return (e.label_ == "PERSON" and len(e) == 1 and e.start > 0 and doc[e.start - 1].lower_ == "the"
            and e.text[-1:] == "s" and e.text[:-1] not in surnames and e.text[:-2] not in surnames
            and e.root.dep_ != "compound" and not e.text.endswith(("ss", "'s", "’s")))


def _a_ship(doc, e, ships: set[str]) -> bool:
    """Whether a name is a ship's, by its prefix ("MV Flora Ann", "the MV Flora Ann" with "Flora Ann" the
    name), or one of ``ships`` named so ("the Flora Ann's skipper")."""
    return (e[0].text in SHIP_PREFIXES and len(e) > 1) or (e.start > 0 and doc[e.start - 1].text in SHIP_PREFIXES) \
        or any(" ".join(t.text for t in e if t.lower_ != "the").startswith(ship) for ship in ships)


def _corporate(e) -> bool:
    return corporate_name([t.lower_ for t in e])


def corporate_name(words: list[str]) -> bool:
    """Whether a name's lower-case words say it is a business's, a building's or a body's: by its
    last word ("Acme Robotics"), or a head with "of" after it ("Brookvale Department of Planning")."""
    return bool(words) and (words[-1] in CORPORATE_WORDS or any(
        (w in CORPORATE_WORDS or w in INSTITUTION_HEADS) and nxt == "of" for w, nxt in zip(words, words[1:])))


def _titled_person(doc, e):
    """The person's name a title leads, from the NER's organisation or place ``e`` and the
    first names before it the NER left out; None if no title leads it."""
    if e.label_ not in ("ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC") or _corporate(e):
        return None
    lead = 1 if e[0].lower_ == "the" and len(e) >= 4 else 0  # ("the Rev Adebayo Ogunleye")
    if 3 <= len(e) - lead <= 4 and e[lead].lower_.rstrip(".") in lexicon().titles \
            and all(t.pos_ == "PROPN" and name_cased(t) for t in e[lead + 1 :]) \
            and not any(t.lower_ in lexicon().titles for t in e[lead + 1 :]):
        return DocSpan(doc, e.start + lead + 1, e.end, label="PERSON")  # ("Imam Yusuf Abdelrahman", "GM Ramesh Chandrasekaran")
    start = e.start
    while start > e.start - 2 and start and doc[start - 1].pos_ == "PROPN" and name_cased(doc[start - 1]) \
            and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in lexicon().titles:
        start -= 1
    if not (2 <= e.end - start <= 3 and start and doc[start - 1].lower_ in lexicon().titles and doc[start - 1].pos_ == "PROPN"):
        return None
    if not all(t.pos_ == "PROPN" and name_cased(t) for t in doc[start : e.end]):
        return None
    return DocSpan(doc, start, e.end, label="PERSON")


def _with_first_name(doc, e, taken):
    """A name ``e`` with the proper nouns before it that the parser made part of it."""
    if e.label_ == "GPE" and len(e) == 1 and e.start and (t := doc[e.start - 1]).head.i == e.start \
            and t.pos_ == "PROPN" and t.is_title and t.lower_ in lexicon().first_names and t.i not in taken:
        return DocSpan(doc, t.i, e.end, label="PERSON")  # ("Priya Raghunathan, defending,": to the NER, a place)
    if e.label_ not in ("PERSON", "ORG"):
        return e
    start = e.start
    if start > 1 and doc[start - 1].lower_ in _GAELIC and name_cased(doc[start - 1]) and start - 1 not in taken \
            and doc[start - 1].head.i in range(e.start, e.end):
        start -= 1  # ("Darragh Mac Giolla Phádraig" with only "Giolla Phádraig" a name to the NER)
        e = DocSpan(doc, start, e.end, label=e.label_)
    while start > e.start - 2 and start and _opens_name(doc, t := doc[start - 1], e) and t.i not in taken \
            and t.lower_.removesuffix("s") not in lexicon().titles:
        start -= 1  # (not a title, nor a capitalised word opening a sentence or in a headline: "Rival Hillary Clinton")
    if start == e.start and e.label_ == "PERSON" and len(e) == 1 and start and (t := doc[start - 1]).i not in taken \
            and t.pos_ == "PROPN" and name_cased(t) and t.is_alpha and t.lower_ in lexicon().first_names \
            and t.whitespace_ == " " and (t.is_sent_start or doc[t.i - 1].is_space):
        start -= 1  # ("Halina Kowalczyk stands outside", opening a paragraph, with only the surname a name to the NER)
    # "Kees ter Horst", "Marijke de Bruijn-Terpstra" with only the surname a name to the NER (the
    # first name, a verb to the tagger): the particles, and the first name before them
    k = start
    while k and doc[k - 1].is_lower and doc[k - 1].lower_ in PARTICLES and doc[k - 1].i not in taken:
        k -= 1
    if k < start and k and name_cased(doc[k - 1]) and doc[k - 1].is_alpha and not doc[k - 1].is_stop \
            and doc[k - 1].i not in taken and doc[k - 1].lower_ not in lexicon().titles:
        start = k - 1
    return e if start == e.start else DocSpan(doc, start, e.end, label=e.label_)


def _glued_hyphen(doc, k: int) -> bool:
    """Whether ``doc[k]`` is a hyphen inside a word: no space on either side, a word on both."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
        and _wordlike(doc[k - 1]) and _wordlike(doc[k + 1])


def _wordlike(t) -> bool:
    """Letters only, or with an apostrophe inside: "O'Rourke" of "O'Rourke-Bains"."""
    return t.text.replace("'", "").replace("’", "").isalpha()


def _syllable(doc, i: int) -> bool:
    """Whether a hyphen at ``i`` leads a given name's lower-case second part: "-min", "-woo", "-wing"
    (not "Oscar-winner", "Cruz-friendly")."""
    return _glued_hyphen(doc, i) and doc[i + 1].is_lower and len(doc[i + 1]) <= 4


def _whole_words(doc, e, taken):
    """A name ``e`` with the rest of a word the NER cut at its hyphen: an organisation's last word
    ("Riverdale Commons Co-" of "… Co-operative"); a person's given name: a lower-case
    syllable after a name of two words or more ("Leung Kwok" of "Leung Kwok-wing"; not a ticket's
    second name, "Johnson-Weld", or an adjective, "Cruz-friendly"), or the given name's first part
    before a name that opens with the lower-case one ("min Park" of "Sung-min Park")."""
    start, end = e.start, e.end
    if e.label_ == "ORG" and len(e) >= 2 and e[-1].text == "-" and not e[-1].whitespace_ and end < len(doc) \
            and doc[end].is_alpha and end not in taken:
        return DocSpan(doc, start, end + 1, label="ORG")  # ("Riverdale Commons Co-" of "… Co-operative")
    if e.label_ == "PERSON" and len(e) >= 2 and _syllable(doc, end) and end + 1 not in taken:
        end += 2
    if e.label_ in ("PERSON", "ORG") and e[0].is_lower and _glued_hyphen(doc, start - 1) and start - 2 not in taken \
            and name_cased(doc[start - 2]):
        start -= 2  # ("min Park" of "Sung-min Park")
    return e if (start, end) == (e.start, e.end) else DocSpan(doc, start, end, label="PERSON")


def _hyphenated_given_names(doc, ents) -> list:
    """``ents`` with a hyphenated given name and the surname after it made one person: "Sung-min Park"
    (to the NER, "Sung-min" and no more), "Hyun-woo Park" ("Hyun", a person, and "Park", an
    organisation), "Ji-woo Kang" ("Kang", an organisation), "Sung-min Baek" (an organisation whole)."""
    at = {e.start: e for e in ents}
    merged, gone = {}, set()
    for e in ents:
        k = e.end
        if e.label_ != "PERSON" or not name_cased(e[0]):
            continue
        if _syllable(doc, k) and k + 1 not in at:
            k += 2  # outside the entity: "Hyun" + "-woo"
        if not any(_syllable(doc, i) for i in range(e.start, k - 1)) or k >= len(doc):
            continue
        t, other = doc[k], at.get(k)
        if doc[k - 1].whitespace_ == " " and t.pos_ == "PROPN" and name_cased(t) and (other is None or len(other) == 1) \
                and not any(k in range(x.start, x.end) for x in ents if x is not other) and t.lower_ not in CORPORATE_WORDS:
            merged[e.start] = DocSpan(doc, e.start, k + 1, label="PERSON")
            gone.add(k)
    taken = {t.i for e in ents for t in e}
    for e in ents:  # "Ji-woo Kang" with only "Kang" a name (an organisation) to the NER
        k = e.start
        if len(e) == 1 and e.label_ in ("PERSON", "ORG", "GPE", "NORP") and k >= 3 and e.start not in merged \
                and _syllable(doc, k - 2) and doc[k - 1].whitespace_ == " " and name_cased(doc[k - 3]) \
                and not {k - 1, k - 2, k - 3} & taken:
            merged[e.start] = DocSpan(doc, k - 3, e.end, label="PERSON")
    for e in ents:  # "Han Seo-jun", family name first, with "Han" a people to the NER and the given name none
        k = e.end
        if len(e) == 1 and e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.start not in merged and name_cased(e[0]) \
                and k + 2 < len(doc) and doc[k].pos_ == "PROPN" and name_cased(doc[k]) and e[0].whitespace_ == " " \
                and _syllable(doc, k + 1) and not {k, k + 1, k + 2} & taken:
            merged[e.start] = DocSpan(doc, e.start, k + 3, label="PERSON")
    for e in ents:  # "Sung-min Baek" whole, an organisation to the NER
        if len(e) == 4 and e.label_ in ("ORG", "GPE", "NORP") and e.start not in merged and name_cased(e[0]) \
                and _syllable(doc, e.start + 1) and name_cased(e[3]) and e[3].lower_ not in CORPORATE_WORDS:
            merged[e.start] = DocSpan(doc, e.start, e.end, label="PERSON")
    return [merged.get(e.start, e) for e in ents if e.start not in gone]


def _with_surname(doc, e, taken):
    """A person's name ``e`` with the surname after it that the NER left out and the parser made the
    head of the name: "Maria Amélia" + "Tavares" (not a business's, a street's or another entity's word)."""
    t = doc[e.end] if e.label_ == "PERSON" and e.end < len(doc) else None
    first = next((x for x in e if x.lower_.rstrip(".") not in lexicon().titles), e[0])
    # (a name, place or body of one word to the NER: "Cllr Priya" + "Raghunathan")
    alone = t is not None and t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "ORG") and t.ent_iob_ == "B" \
        and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
    if t is not None and (alone or (t.i not in taken and not t.ent_type_)) and t.pos_ == "PROPN" and name_cased(t) \
            and t.dep_ not in ("compound", "flat") and e[-1].dep_ in ("compound", "flat") and e[-1].head.i == t.i \
            and first.lower_ in lexicon().first_names and t.lower_ not in CORPORATE_WORDS | STREET_WORDS | lexicon().title_words \
            and not (t.i + 1 < len(doc) and name_cased(doc[t.i + 1])):  # (nor a headline's: "Zimmerman Auctioning Off Gun")
        return DocSpan(doc, e.start, e.end + 1, label="PERSON")
    return e


# The particles of Gaelic surnames; a woman's ("Ní", "Nic", "Uí", "Mhic") open only people's names,
# where "Ó Dálaigh's" may be a pub.
_GAELIC_HERS = frozenset({"ní", "nic", "uí", "mhic"})
_GAELIC = _GAELIC_HERS | {"ó", "o'", "mac", "mc"}


def _aged_people(doc, ents) -> list:
    """``ents`` with the names that have an age beside them made people's, whatever the NER said
    ("Giorgos Papadakis, 78,", a place to it) or if it passed them over ("people like Edna
    Farrow, 81, who")."""
    ents = [DocSpan(doc, e.start, e.end, label="PERSON") if e.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC")
            and len(e) <= 4 and all(name_cased(t) or _glued_hyphen(doc, t.i) for t in e) and _aged(doc, e.end) is not None
            else e for e in ents]  # (and "Owusu-Ansah, 61,")
    taken = {t.i for e in ents for t in e}
    named = {t.text for e in ents if e.label_ == "PERSON" for t in e}
    out = []
    for t in doc:
        if t.i in taken or t.pos_ != "PROPN" or not (name_cased(t) and t.is_alpha) or _aged(doc, t.i + 1) is None:
            continue
        start = t.i
        while t.i - start < 2 and start and (x := doc[start - 1]).i not in taken and x.pos_ == "PROPN" and name_cased(x) \
                and x.is_alpha and x.head.i == t.i and x.lower_ not in lexicon().titles:
            start -= 1
        if start < t.i or t.lower_ in lexicon().first_names or t.text in named:
            out.append(DocSpan(doc, start, t.i + 1, label="PERSON"))  # (and "Callum, 21, who came through")
    return sorted(ents + out, key=lambda e: e.start)


def _first_name_and_surname(doc, ents) -> list:
    """``ents`` with a known first name and the surname of a person the chunk names made that
    person, whether the NER took the two for a place ("Imogen Tallis's studio" after "Tallis, 44,")
    or passed them over, opening a sentence or a clause ("Layla Haddad's "The Salt Road" won …"
    before "Haddad, 44,", "Skipper Pádraig Gallagher" before "his son Declan Gallagher"; not "Navy SEAL
    Ty Woods")."""
    persons = {e[-1].text for e in ents if e.label_ == "PERSON"}
    firsts = lexicon().first_names
    ents = [DocSpan(doc, e.start, e.end, label="PERSON") if e.label_ in ("ORG", "GPE", "NORP") and 2 <= len(e) <= 3
            and e[0].lower_ in firsts and e[-1].text in persons and all(name_cased(t) for t in e) else e for e in ents]
    taken = {t.i for e in ents for t in e}
    passed = [DocSpan(doc, t.i, t.i + 2, label="PERSON") for t in doc[:-1]
              if t.i not in taken and t.i + 1 not in taken and t.pos_ == doc[t.i + 1].pos_ == "PROPN"
              and t.is_alpha and name_cased(t) and t.head.i == t.i + 1 and doc[t.i + 1].text in persons
              and t.lower_ in firsts and t.text not in persons
              and (t.is_sent_start or doc[t.i - 1].is_punct or doc[t.i - 1].is_space or person_noun(doc[t.i - 1].lower_))
              and (t.i + 2 == len(doc) or doc[t.i + 2].pos_ != "PROPN")]
    return sorted(ents + passed, key=lambda e: e.start)


def _opening_name(doc, ents) -> list:
    """``ents`` with the name that opens a sentence (or follows a dateline blanked out) before its
    verb made a person's where the NER passed it over: a known first name and one to three more
    name words, then a verb, or a verb the tagger took for a plural noun ("Kwame Owusu-Ansah walks
    slowly between the rows")."""
    taken = {t.i for e in ents for t in e}
    out = []
    for t in doc:
        opening = t.is_sent_start or (t.i and doc[t.i - 1].is_space and (t.i == 1 or doc[t.i - 1].is_sent_start))
        if not opening or t.i in taken or t.pos_ != "PROPN" or not name_cased(t) or t.lower_ not in lexicon().first_names:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i < 6 and end not in taken and (
                (doc[end].pos_ == "PROPN" and name_cased(doc[end])) or _glued_hyphen(doc, end)):
            end += 1
        verb = doc[end] if end < len(doc) else None
        if verb is not None and 2 <= end - t.i and (verb.pos_ == "VERB" or (
                verb.tag_ == "NNS" and verb.is_lower and verb.dep_ == "ROOT" and verb.text.endswith("s"))) \
                and all(x.head.i in range(t.i, end + 1) for x in doc[t.i : end]):
            out.append(DocSpan(doc, t.i, end, label="PERSON"))
    return sorted(ents + out, key=lambda e: e.start)


def _first_name_taken_for_a_place(doc, ents) -> list:
    """``ents`` with a first name the NER took for a place or an organisation of its own joined to
    the person's name it opens ("Priya Raghunathan's father, Harish Raghunathan," with "Harish" and
    "Raghunathan" two places), as :func:`_with_first_name` joins a first name the NER left out."""
    surnames = {x[-1].text for x in ents if x.label_ == "PERSON" and len(x) > 1}
    out = []
    for e in ents:
        t = doc[e.start - 1] if e.start else None
        if out and len(e) == 1 and (e.label_ == "PERSON" or e.text in surnames) and out[-1].end == e.start \
                and len(out[-1]) == 1 and out[-1].label_ in ("GPE", "ORG") and _opens_name(doc, t, e):
            out[-1] = DocSpan(doc, t.i, e.end, label="PERSON")
        else:
            out.append(e)
    return out


def _opens_name(doc, t, e) -> bool:
    """Whether the proper noun ``t`` before the name ``e`` is its first word, as the parser hung it
    on the name (or a word with letters English has not, whatever the tagger took it for: "Nguyễn"):
    not a capitalised word opening a sentence or standing in a headline."""
    return (t.pos_ == "PROPN" or not t.text.isascii()) and name_cased(t) and t.dep_ in ("compound", "flat") \
        and e.start <= t.head.i < e.end \
        and not t.is_sent_start and (doc[t.i - 1].is_lower or doc[t.i - 1].text in (",", ";", "(", "—", "–")
                                     or doc[t.i - 1].lower_.rstrip(".") in lexicon().titles)  # ("Sinn Féin TD Aoife Ní Bhriain")


def _first_name_left_off(ent) -> str:
    """The first name right before a person's name that the NER left out of it, or "": "Ifeoma" in
    "Ifeoma Nwachukwu arrives …" opening a paragraph, which :func:`_with_first_name` does not take
    (a capitalised word opening a sentence may be no name: "Rival Hillary Clinton")."""
    doc = ent.doc
    t = doc[ent.start - 1] if ent.start and ent.label_ == "PERSON" else None
    if t is not None and t.pos_ == "PROPN" and name_cased(t) and t.dep_ in ("compound", "flat") \
            and ent.start <= t.head.i < ent.end and not t.is_stop and t.ent_type_ in ("", "PERSON") \
            and t.lower_.removesuffix("s") not in lexicon().titles:
        return t.text
    return ""


# What a trial report says of the one on trial and of the one who prosecutes, in the sentence
# that names them: "Keith Mawdsley, 58, … is on trial", "Opening the case for the prosecution,
# Simon Pryce-Llewellyn KC told the jury".
_ON_TRIAL_RE = re.compile(r"\b(?:is|was|went|goes) on trial\b|\b(?:denies|denied) (?:the |all |a )?(?:charges?|offences?|"
                          r"manslaughter|murder|fraud)\b|\bpleaded not guilty\b|\bstands? trial\b")
_PROSECUTES_RE = re.compile(r"\bfor the prosecution\b|\bprosecuting\b")
_TESTIFIES_RE = re.compile(r"\b(?:led in evidence|gave evidence|giving evidence|testified|testifying|in the witness box|"
                           r"took the stand|under cross-examination|prosecution witness|defence witness)\b")


def _what_they_do(root) -> str:
    """The calling a "who" clause on a name tells of, by what the person does as a rule: "promoter"
    for "Vince Castellano, who promotes Adebayo,", so that "the promoter" is he (not "who finished
    the day"); else ""."""
    does = next((c for c in root.children if c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP") and c.lemma_.isalpha()
                 and c.lemma_ not in _NO_CALLING and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)), None)
    return "" if does is None else does.lemma_ + ("r" if does.lemma_.endswith("e") else "er")


_NO_CALLING = frozenset({"be", "have", "say", "do", "get", "go", "make", "take", "ask", "tell", "live", "come", "become"})


def _court_role(ent) -> str:
    """"defendant", "prosecutor" or "witness" for a name that is the subject of its sentence's words
    on the trial, else ""."""
    sent = ent.sent
    words = sent.text
    subject = name_root(ent).dep_ in SUBJECT_DEPS or name_root(ent).head.dep_ in SUBJECT_DEPS
    if not subject:
        return ""
    if _PROSECUTES_RE.search(words):
        return "prosecutor"
    if _ON_TRIAL_RE.search(words):
        return "defendant"
    if _TESTIFIES_RE.search(words):
        return "witness"
    return ""


def _calling_before(ent) -> str:
    """The calling a name follows as its modifier: "controller" in "Civil Defence controller Aroha Ngata"."""
    doc = ent.doc
    t = doc[ent.start - 1] if ent.start else None
    return t.lower_ if t is not None and t.pos_ == "NOUN" and (t.is_lower or t.is_sent_start) and ent.start <= t.head.i < ent.end else ""


_INITIAL = re.compile(r"[A-Z]\.")


def name_for_calling(subj):
    """The person's name a calling the parser made the subject stands for: "Mission operations
    engineer Nurul Huda Ismail, 29, said" (the calling a verb to the tagger, the name its object),
    "Senior JVP leader and former finance minister Anjali Deshpande-Rao said" (two callings of one
    person, the name the second's conjunct), "a noise that coach Ngaire Te Whatu described as" (the name
    the calling's apposition); else None."""
    if subj.pos_ == "VERB" and subj.dep_ in SUBJECT_DEPS:
        return next((e for c in subj.children if c.dep_ == "dobj" and (e := entity_at(c)) is not None
                     and e.label_ == "PERSON" and e.start == subj.i + 1), None)
    if subj.lower_ in lexicon().title_words and subj.is_title and (e := entity_at(subj.right_edge)) is not None and e.label_ == "PERSON" \
            and e.end == subj.right_edge.i + 1 and e.start > subj.i + 1 \
            and all(t.is_title or t.lower_ in ("of", "for", "and", "the", "&") for t in subj.doc[subj.i + 1 : e.start]):
        return e  # ("Senior Minister of State for Digital Development and Information Edwin Tay Kok Leong said")
    if subj.pos_ != "NOUN" or not person_noun(subj.lemma_.lower()):
        return None
    bare = not any(c.dep_ in ("det", "poss") for c in subj.children)
    return next((e for c in subj.children if (e := entity_at(c)) is not None and e.label_ == "PERSON" and (
        (c.dep_ == "appos" and e.start == subj.i + 1)
        or (bare and c.dep_ == "conj" and e.start and subj.doc[e.start - 1].pos_ == "NOUN"
            and person_noun(subj.doc[e.start - 1].lower_)))), None)


def _calling_alone(run, surnames) -> bool:
    """"Senior Minister", "Labour MP": a run of proper nouns ending in a title is a calling, not a
    name (unless a first name opens it or its last word is a surname here: "John King")."""
    return run[-1].lower_ in lexicon().title_words and run[-1].text not in surnames \
        and not any(r.lower_ in lexicon().first_names for r in run[:-1])


def _calling_for(t) -> bool:
    """"The Labour MP for Calder Valley", "the minister for culture": a calling by what it is for,
    ``t`` the place or thing (the parser hangs the name after it on it)."""
    return t.dep_ == "pobj" and t.head.lower_ in ("for", "of") and t.head.head.i < t.i and person_noun(t.head.head.lower_)


def _heads_something(t) -> bool:
    """"Our head of production", "the chief of staff": a calling by what the person heads."""
    return t.lower_ in ("head", "chief") and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _named_beside_calling(doc, ents) -> list:
    """``ents`` with the names in apposition to a person's calling made people's, whether the NER
    took them for something else or missed them: "Its chairman, Des Monaghan," (a place to the
    NER), "Local councillor Seán Mac Gearailt", "The Minister for Culture, Eoin Mac Cárthaigh,",
    "Yaw Mensah, a 52-year-old drill operator,", "Local trader Mairéad de Búrca"."""
    def calling(t) -> bool:  # a person's calling, or any noun with an age: "a 52-year-old drill operator"
        return person_noun(t.lower_) or (t.pos_ == "NOUN" and any(AGE_WORD.match(x.text) for x in t.subtree))

    def beside(run, root) -> bool:
        return (root.dep_ == "appos" and (person_noun(root.head.lower_) or _heads_something(root.head) or _calling_for(root.head))
                or (run.end < len(doc) and doc[run.end].text == "," and any(c.dep_ == "appos" and calling(c) for c in root.children))
                # "Local trader Mairéad de Búrca" (an organisation to the NER): a calling before a first name,
                # or before any name the NER passed over ("the Nigeria striker Emeka Nwosu")
                or ((run[0].lower_ in lexicon().first_names or not any(x.ent_type_ for x in run))
                    and run.start and (c := doc[run.start - 1]).head.i == root.i
                    and c.dep_ == "compound" and c.pos_ == "NOUN" and person_noun(c.lower_))) \
            and 2 <= len(run) <= 6 and all((name_cased(x) and x.is_alpha) or (0 < x.i - run.start < len(run) - 1 and (
                x.lower_ in PARTICLES or _glued_hyphen(doc, x.i))) or (x.i == run.start and _INITIAL.fullmatch(x.text))
                for x in run) \
            and run[0].lower_ not in lexicon().titles  # (and "Marijke de Bruijn-Terpstra")
    ents = [DocSpan(doc, e.start, e.end, label="PERSON") if e.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC")
            and beside(e, name_root(e)) else e for e in ents]
    # ("Their father, R. Venkatesh Iyer,": an initial the NER took for something of its own is the name's)
    ents = [e for e in ents if not (len(e) == 1 and e.label_ != "PERSON" and _INITIAL.fullmatch(e.text))]
    taken = {t.i for e in ents for t in e}
    for t in doc:
        start = t.i
        while start and (doc[start - 1].dep_ in ("compound", "flat") or _glued_hyphen(doc, start - 1)) and doc[start - 1].head.i == t.i:
            start -= 1
        while start < t.i and doc[start].lower_.rstrip(".") in lexicon().titles:
            start += 1  # ("the Speaker, Dame Philippa Rourke-Hamid,": the name after the title)
        if t.pos_ == "PROPN" and not any(x.i in taken for x in doc[start : t.i + 1]) and beside(doc[start : t.i + 1], t):
            ents.append(DocSpan(doc, start, t.i + 1, label="PERSON"))
    return sorted(ents, key=lambda e: e.start)


def _joined_by_and(doc, ents) -> list:
    """``ents`` with "the Landlord and Tenant Board" one organisation, where the NER took its first
    word for a person and the rest for the organisation (a person's name takes no "the")."""
    out = list(ents)
    for e in ents:
        if e.label_ == "ORG" and e.start >= 3 and doc[e.start - 1].lower_ in ("and", "&") and doc[e.start - 3].lower_ == "the" \
                and name_cased(doc[e.start - 2]) and doc[e.start - 2].is_alpha:
            out = [x for x in out if x.end <= e.start - 2 or x.start >= e.end] + [DocSpan(doc, e.start - 2, e.end, label="ORG")]
        # ("Kath and Megan Doyle", "Kath" an organisation to the NER: a first name before a person's whole name)
        if e.label_ == "PERSON" and 2 <= len(e) <= 3 and e[0].lower_ in lexicon().first_names and e.start >= 2 \
                and doc[e.start - 1].lower_ == "and" and name_cased(prev := doc[e.start - 2]) and prev.is_alpha \
                and (e.start < 3 or doc[e.start - 3].lower_ != "the") and prev.lower_ not in lexicon().titles:
            one = next((x for x in out if x.start <= prev.i < x.end), None)
            if one is None or (len(one) == 1 and one.label_ in ("ORG", "GPE", "NORP", "PRODUCT")):
                out = [x for x in out if x is not one] + [DocSpan(doc, prev.i, prev.i + 1, label="PERSON")]
    return sorted(out, key=lambda x: x.start)


def _titled_surnames(doc, ents) -> list:
    """``ents`` with a surname the NER passed over after a title a person's, when the chunk names
    a person of that surname: "Dr O’Neill said" after "Dr Declan O’Neill"."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    taken = {t.i for e in ents for t in e}
    found = [DocSpan(doc, t.i + 1, t.i + 2, label="PERSON") for t in doc[:-1]
             if t.lower_.rstrip(".") in _SURNAME_TITLES and t.i not in taken and t.i + 1 not in taken
             and doc[t.i + 1].text in surnames and name_cased(doc[t.i + 1])
             and not (t.i + 2 < len(doc) and doc[t.i + 2].pos_ == "PROPN")]  # (not "Ms Goh Siew Lan", surname first)
    return sorted(ents + found, key=lambda e: e.start) if found else ents


# Words an organisation's name holds that its acronym leaves out ("Maritime and Port Authority")
_SPELT_OUT_SKIPS = frozenset({"and", "&", "of", "for", "the", "on", "in", "to"})


def _spelt_out(doc, ents) -> list:
    """``ents`` with the name an acronym in brackets spells out one organisation's, and the acronym
    its, whatever the NER made of their words: "The Maritime and Port Authority of Singapore
    (MPA)", "Free State Agriculture (FSA)" (the acronym's letters the initials of the name's
    capitalised words, from its first; words after them only behind "of", "for", "in")."""
    out = list(ents)
    for t in doc[1:-2]:
        acronym = doc[t.i + 1]
        if t.text != "(" or doc[t.i + 2].text != ")" or not re.fullmatch(r"[A-Z]{2,6}", acronym.text):
            continue
        start = t.i  # the run of capitalised words and the words between them, back from the bracket
        while start > 0 and "\n" not in doc[start - 1].text_with_ws and (
                doc[start - 1].is_title or doc[start - 1].lower_ in _SPELT_OUT_SKIPS) and doc[start - 1].is_alpha:
            start -= 1
        spelt = None
        for i in range(start, t.i):
            capitals = [x for x in doc[i : t.i] if x.is_title]
            if not doc[i].is_title or len(capitals) < 2 or "".join(x.text[0] for x in capitals[: len(acronym.text)]) != acronym.text:
                continue
            rest = doc[capitals[len(acronym.text) - 1].i + 1 : t.i] if len(capitals) >= len(acronym.text) else None
            if rest is not None and (not len(rest) or rest[0].lower_ in ("of", "for", "in")):
                spelt = DocSpan(doc, i, t.i, label="ORG")
                break
        if spelt is None or any(e.label_ == "PERSON" and (e.start, e.end) == (spelt.start, spelt.end) for e in out):
            continue
        out = [e for e in out if e.end <= spelt.start or e.start >= acronym.i + 1] + [
            spelt, DocSpan(doc, acronym.i, acronym.i + 1, label="ORG")]
    return sorted(out, key=lambda e: e.start)


def _first_names_alone(doc, ents) -> list:
    """The subjects that are the first name alone of one person named whole in the chunk ("Amara,
    the elder by three years, said …" after "Dr. Amara Nwosu"), which the NER passed over."""
    firsts = defaultdict(set)
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            firsts[e[0].text].add(e.text)
    taken = {t.i for e in ents for t in e}
    return [DocSpan(doc, t.i, t.i + 1, label="PERSON") for t in doc
            if t.i not in taken and t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" and t.is_title and len(firsts.get(t.text, ())) == 1
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
            and t.lower_ not in lexicon().titles]  # (the title "Alhaji Musa Bello" opens with: "the Alhaji replied")


def _names_given(doc, ents) -> list:
    """The names someone gave as theirs that the NER passed over: "a taxi driver who gave his name
    only as Emeka", "who identified herself only as Marta"."""
    taken = {t.i for e in ents for t in e}
    found = []
    for t in doc[:-1]:
        # ("as" of the verb that gives the name, or marking a clause the parser hung on it: "as Emeka said")
        if t.lower_ != "as" or not (_gave_name(t.head) or (t.head.dep_ == "advcl" and _gave_name(t.head.head))):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and end not in taken and name_cased(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        if end > t.i + 1:
            found.append(DocSpan(doc, t.i + 1, end, label="PERSON"))
    return found


BULLETS = {"•", "·", "▪", "►", "*", "-", "–", "—"}


def _where(token) -> bool:
    """Whether ``token`` stands where a place does: "in Bowen", "near Bowen", "south of Bowen"."""
    prep = token.head
    return token.dep_ == "pobj" and (prep.lower_ in ("in", "near", "outside", "around", "across", "toward", "towards")
                                     or (prep.lower_ == "of" and prep.head.lower_ in ("north", "south", "east", "west")))


# What a relative named by first name alone is to someone whose surname they share
_FAMILY_WORDS = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "grandson",
                           "granddaughter", "grandmother", "grandfather", "twin"})


def _person_and(ent):
    """The person named right after ``ent`` and an "and" ("Raj" and "Priya Patel"), or None."""
    doc = ent.doc
    other = entity_at(doc[ent.end + 1]) if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "&") else None
    return other if other is not None and other.label_ == "PERSON" and other.start == ent.end + 1 else None


# Endings of callings the lists lack: "cardiologist", "paediatrician", "physiotherapist", "winemaker"
_CALLING_ENDINGS = ("ologist", "iatrist", "ician", "ographer", "therapist", "maker")
_NOT_CALLINGS = {"playlist", "checklist", "wishlist", "shortlist", "blacklist", "whitelist", "watchlist", "haymaker",
                 "pacemaker", "peacemaker", "troublemaker", "noisemaker", "matchmaker", "icemaker"}


def _where_they_work(x, head) -> bool:
    """Whether the name ``x`` in the phrase of the described ``head`` is where (or with whom) a
    clause about them says they work, not who they are: "The team leader, a retired ghillie who has
    volunteered with Glen Etive MRT since 2004," (not "who gave only her first name, Priya")."""
    path = [x]
    while path[-1].dep_ != "relcl" and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    # (not a name given "as": "who gave her name only as Minoti")
    return path[-1].dep_ == "relcl" and head in path[-1].ancestors \
        and any(a.dep_ == "pobj" and a.head.lower_ != "as" for a in path)


def person_noun(lemma: str) -> bool:
    """Whether a noun names a person by calling, rank or kin ("owner", "duchess", "son")."""
    return lemma in SPEAKING_DESCRIPTIONS or lemma in lexicon().titles or lemma == "owner" \
        or (lemma.endswith(_CALLING_ENDINGS) and len(lemma) > 7 and lemma not in _NOT_CALLINGS)


def subject_like(t) -> bool:
    """A clause's subject, or a name the parser hung as a modifier on the verb right after it that
    has no subject ("After the vote, Tolliver crossed the dais": an adverb to the parser)."""
    verb = t.head
    if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.i < t.i and t.i + 1 < len(t.doc):
        verb = t.doc[t.i + 1]  # "under questioning from Raghunathan, Tremaine became emotional": to the parser, an apposition
    title = t.doc[t.i - 1] if t.i else None
    return t.dep_ in SUBJECT_DEPS or (
        t.dep_ in ("advmod", "npadvmod", "appos") and t.pos_ == "PROPN" and verb.pos_ == "VERB" and verb.i == t.i + 1
        and verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)) or (
        # ("Dr O’Neill said": the title the subject to the parser, the surname an adverb)
        title is not None and t.dep_ == "advmod" and title.dep_ in SUBJECT_DEPS and t.head.i in (title.head.i, title.i)
        and title.lower_.rstrip(".") in _SURNAME_TITLES)


def _verb_after_opening_phrase(root, start: int, end: int):
    """The verb with no subject whose subject the name ``doc[start:end]`` (``root`` its head) is,
    after the place or thing that opens the sentence: to the parser, its apposition ("In Tsuyama,
    in Okayama prefecture, Minoru Ikeda, 71, whose …, said"); else None."""
    node = root
    while node.dep_ == "appos" and node.head.dep_ == "appos" and node.head.i < node.i:
        node = node.head  # (past the calling the name stands beside: "…, the union's general secretary, Kehinde Olanrewaju,")
    if node.dep_ != "appos" or node.head.dep_ != "pobj":
        return None
    doc = root.doc
    verb = node.head  # (through the prepositions: "In the village of Nghĩa Hòa, Nguyễn Thị Hoa, 52, stood",
    while verb.dep_ in ("pobj", "prep", "acl", "advcl") and verb.head.i != verb.i:  # "In a statement read to the
        verb = verb.head  # court,", "Speaking on the picket line at Fairhaven Central,")
    # (and only an age or a relative clause between: not "with hosts Joe Scarborough and Mika
    # Brzezinski, the Democratic presidential candidate, stated", where the subject is the last)
    between = [c for c in root.children if end <= c.i < verb.i]
    if verb.pos_ == "VERB" and verb.i > root.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and all(c.is_punct or c.dep_ == "relcl" or (c.dep_ == "appos" and c.like_num) for c in between) \
            and all(t.i in range(start, end) or t.head.i == verb.i and t.is_punct
                    or any(a.i == root.i for a in t.ancestors) for t in doc[start : verb.i]):
        return verb
    return None


def opening_phrase_name(subj):
    """The name the parser joined to the phrase opening its sentence and took that phrase for
    the subject of: "Outside court, Detective Sergeant Lena Kovač said" (to the parser "court" the
    subject, the name its conjunct); else None. A phrase of a thing or place, a comma after it,
    and no "and" or "or": "The judge, Smith and Jones said" are three."""
    if subj.pos_ != "NOUN" or person_noun(subj.lemma_.lower()) or any(c.dep_ in ("cc", "det", "poss") for c in subj.children):
        return None  # (not "Henry Clay's biographers, David and Jeanne Heidler, wrote")
    opening = next((t for t in subj.sent if not t.is_space), subj)
    if subj.left_edge.i != opening.i or subj.i + 1 >= len(subj.doc) or subj.doc[subj.i + 1].text != ",":
        return None
    for c in subj.children:
        if c.dep_ != "conj" or c.i <= subj.i + 1 or any(g.dep_ == "cc" for g in c.children):
            continue
        if c.ent_type_ == "PERSON":
            return c
        name = next((g for g in c.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"), None)
        if c.pos_ == "NOUN" and (name is not None or person_noun(c.lemma_.lower())):
            return name or c  # ("Outside court, the family's solicitor, Priya Mendis, said": the name beside the calling)
    return None


def _object_left_over(root) -> bool:
    """Whether the name headed by ``root`` is the object of the preposition right before it, which
    the parser left without one and took the name for the clause's subject, the subject for the
    name's apposition ("Giving evidence before Justice Oluwakemi Adebayo-Ogunleye, the actress, …
    said")."""
    start = root.left_edge.i
    prep = root.doc[start - 1] if start else None
    return root.dep_ in SUBJECT_DEPS and prep is not None and prep.pos_ == "ADP" and prep.dep_ == "prep" \
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children) \
        and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)  # (not "before Carmody was allowed in")


def _subject_misparsed(ent) -> bool:
    """Whether a name is the subject of a verb the parser did not see as one: a present tense
    taken for a plural noun after the name opening a sentence ("Al-Khatib shrugs at this."), a
    past tense hung on the calling before the name ("Almadena coach Rafael Ferrer praised …"), or
    a verb with no subject after the place that opens the sentence, the name to the parser the
    place's apposition ("In Tsuyama, in Okayama prefecture, Minoru Ikeda, 71, whose …, said") or
    the conjunct of the phrase opening it (:func:`opening_phrase_name`)."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None:
        return False
    if _verb_after_opening_phrase(name_root(ent), ent.start, ent.end) is not None:
        return True
    root = name_root(ent)
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS and getattr(opening_phrase_name(root.head), "i", None) == root.i:
        return True  # ("Outside court, Sergeant Lena Kovač said")
    opener = root.head
    if root.dep_ in ("npadvmod", "appos") and opener.dep_ in SUBJECT_DEPS and opener.pos_ in ("ADV", "ADP") and opener.is_sent_start \
            and opener.i + 1 < len(doc) and doc[opener.i + 1].text == "," and opener.head.pos_ == "VERB":
        return True  # ("Outside, resident Ted Hollingworth, 81, … said": the adverb opening it the verb's subject to the parser)
    if after.tag_ == "NNS" and after.dep_ == "ROOT" and after.is_lower and after.text.endswith("s") and ent[0].is_sent_start \
            and all(t.head.i == after.i or t.head.i in range(ent.start, ent.end) for t in ent) \
            and not any(c.dep_ == "det" for c in after.children):
        return True
    calling = doc[ent.start - 1] if ent.start else None
    if calling is not None and root.head.i == calling.i and root.dep_ in ("dobj", "appos") and calling.dep_ in SUBJECT_DEPS:
        return True  # ("Mission operations engineer Nurul Huda Ismail, 29, said": the calling a verb to the tagger)
    return calling is not None and calling.pos_ == "NOUN" and after.tag_ in ("VBD", "VBZ") and name_root(ent).head.i == calling.i \
        and (after.head.i == calling.i or (calling.head.i == after.i and calling.dep_ in SUBJECT_DEPS))


def name_cased(t) -> bool:
    """Whether a word is cased as a name is: "Peigi", and "MacAoidh" or "NicLeòid" too."""
    return t.is_title or (t.text[:1].isupper() and any(c.islower() for c in t.text))


def _gave_name(verb) -> bool:
    return verb.lemma_ in ("identify", "know") or (
        verb.lemma_ == "give" and any(c.lemma_ == "name" and c.dep_ == "dobj" for c in verb.children))


def _given_as(root) -> bool:
    """Whether a name is the one someone gave as theirs: "who gave his name only as Marcus",
    "who identified herself only as Marta", "known only as Jojo"."""
    return (root.dep_ == "pobj" and root.head.lower_ == "as" and _gave_name(root.head.head)) or _said_as_given(root)


def _said_as_given(root) -> bool:
    """Whether a name given as someone's is the subject of the verb after it, to the parser a
    clause of its own: "a taxi driver who gave his name only as Emeka said he …" ("as Emeka said")."""
    verb = root.head
    return root.dep_ == "nsubj" and verb.dep_ == "advcl" and _gave_name(verb.head) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _name_given_aside(root) -> bool:
    """Whether a name is the one the sentence's subject gave in a relative clause: "A man …, who
    gave only his first name, Terry, said he …" (wherever the parser hung the clause)."""
    verb = root.head.head
    return root.dep_ == "appos" and root.head.lemma_ == "name" and verb.dep_ == "relcl" and _gave_name(verb) \
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


def _owned(noun) -> bool:
    """Whether a noun is someone's by a possessive: "his sister", "whose father", "the singer's mother"."""
    return any(c.dep_ == "poss" and (c.lower_ in ("his", "her", "their", "whose") or c.pos_ in ("NOUN", "PROPN"))
               for c in noun.children)


# Titles of courtesy that may stand between "the elder" and a surname.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})
# The titles news puts before a bare surname ("Dr O’Neill", "Cllr Pryce")
_SURNAME_TITLES = COURTESY_TITLES | {"cllr", "rev", "judge", "justice"}


def _according_source(root) -> bool:
    """Whether a name is the person "according to" credits with the sentence it stands in, by
    calling and name ("Turnout is around 38%, according to the returning officer, Janet Morrow."):
    as much the one the story turns to as a subject is. A bare name counts where it is part of a
    person's full name ("According to Imran, he set one condition." after "Imran Chaudhry"), not a
    publication's ("according to Politico")."""
    node = root
    while node.dep_ == "appos" and node.head.i != node.i:
        node = node.head
    if not (node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according"):
        return False
    if node.i != root.i:
        return person_noun(node.lemma_.lower())
    return any(e.label_ == "PERSON" and len(e) > 1 and any(t.text == root.text for t in e) for e in root.doc.ents)


def _heard_from(root) -> bool:
    """Whether a name is whom a court or a meeting heard from ("The jury then heard from Harriet
    Dunmore, 71, who founded …"): the witness the story turns to, as a subject would be."""
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.pos_ == "NOUN":
        root = root.head  # ("heard from the victim's father, Chief Emeka Okeke,")
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ == "hear" \
        and (root.ent_type_ == "PERSON" or root.pos_ == "NOUN")


def _died(subject) -> bool:
    """Whether a clause's subject died in it: "Her mother, Ngozi, died in 2020", "was killed"."""
    verb = subject.head
    return (subject.dep_ == "nsubj" and verb.lemma_ in ("die", "perish", "drown")) or (
        subject.dep_ == "nsubjpass" and verb.lemma_ in ("kill", "murder", "slay"))


# What a place's name says of a thing after a hyphen: "the Oslo-based carrier".
WHERE_BASED = ("based", "born", "bred", "headquartered", "registered", "listed")


def _where_based(e) -> bool:
    """Whether a name says where something is, not whose it is: "the Oslo-based carrier"."""
    doc = e.doc
    return e.end + 1 < len(doc) and doc[e.end].text == "-" and doc[e.end + 1].lower_ in WHERE_BASED


def _no_word(t) -> bool:
    """A token with no letter that is no punctuation either: "4-6", "7-6(8"."""
    return not t.is_punct and not any(c.isalpha() for c in t.text)


def _aged(doc, k: int) -> int | None:
    """The age in apposition at token ``k`` (", 78," or ", 78.", ", the 29-year-old champion"), or None."""
    if k + 2 < len(doc) and doc[k].text == "," and (n := years(doc[k + 1].text)) is not None and 0 < n < 120 \
            and doc[k + 2].text in (",", ".") and (doc[k + 1].is_digit or doc[k + 1].is_lower):
        return n  # (", nine,": a child's age in words)
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("the", "a") \
            and (age := AGE_WORD.match(doc[k + 2].text)) and (n := years(age.group(1))) is not None:
        return n
    return None


def _two_names(ent) -> list:
    """A person entity that is two names joined by a hyphen ("the Muhammad Ali-Joe Frazier fight"),
    as the two; a hyphenated name stays one ("Jean-Luc Picard", "Alexandria Ocasio-Cortez"). A
    couple the NER took for one name ("Rhys and Kylie Donnelly", an organisation to it) as two."""
    doc = ent.doc
    if len(ent) >= 4 and ent[1].lower_ in ("and", "&") and ent[0].is_title and ent[2].is_title \
            and all(t.lower_ in lexicon().first_names for t in (ent[0], ent[2])):
        return [DocSpan(doc, ent.start, ent.start + 1, label="PERSON"), DocSpan(doc, ent.start + 2, ent.end, label="PERSON")]
    if ent.label_ == "PERSON":
        for k in range(ent.start + 2, ent.end - 2):
            if doc[k].text == "-" and doc[k + 1].lower_ in lexicon().first_names and doc[k + 1].is_title:
                return [DocSpan(doc, ent.start, k, label="PERSON"), DocSpan(doc, k + 1, ent.end, label="PERSON")]
    return [ent]


# Letters after a name: "Thomas Ashworth-Lyle KC", "Amina Yusuf MP".
POST_NOMINALS = {"KC", "QC", "SC", "MP", "MSP", "MLA", "TD", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"}


# Platforms the NER takes for people ("he savaged her on Twitter"): never a "she" or a "he".
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "reddit", "linkedin", "whatsapp",
             "telegram", "truth social", "bluesky", "tumblr", "weibo", "wechat"}
# Political parties by the one or two words news names them with, which the NER takes for a person now and then
PARTIES = {"labour", "tories", "tory", "conservatives", "greens", "reform", "reform uk", "ukip", "snp", "plaid", "plaid cymru",
           "sinn féin", "sinn fein", "fine gael", "fianna fáil", "fianna fail", "lib dems", "democrats", "republicans", "gop",
           "anc", "bjp", "likud", "fidesz", "podemos", "vox", "syriza", "dup", "alliance", "labor", "liberals", "nationals"}


# Last words of a business's, an institution's, a building's or a law's name, never of a person's:
# "Acme Robotics", "Trump Plaza", "Paris Agreement".
CORPORATE_WORDS = {"inc", "inc.", "llc", "corp", "corp.", "ltd", "ltd.", "plc", "robotics", "technologies",
                   "pharmaceuticals", "therapeutics", "airlines", "airways", "motors", "industries", "holdings",
                   "enterprises", "systems", "laboratories", "labs", "solutions", "software", "ventures", "capital",
                   "foundation", "institute", "university", "college", "hospital", "association", "committee",
                   "plaza", "tower", "towers", "hotel", "casino", "stadium", "arena", "airport", "center", "centre",
                   "agreement", "accord", "accords", "act", "treaty", "amendment", "doctrine", "station", "service",
                   "services", "buses", "railway", "railways", "lines", "shipping", "logistics", "freight", "foods", "brands", "products", "energy", "media",
                   "partners", "associates", "studios", "pictures", "records", "clinic", "academy", "ministries",
                   "lodge", "inn", "resort", "restaurant", "cafe", "café", "bakery", "pub", "brewery", "winery", "kitchen", "diner",
                   "eatery", "bistro", "team", "hardware", "garage", "pharmacy", "chemists", "butchers", "jewellers",
                   "builders", "solicitors", "farms", "dairy", "nursery", "supplies",
                   "shop", "stores", "supermarket", "salon", "gallery", "museum", "theatre", "theater", "cinema",
                   "council", "board", "authority", "trust", "union", "party", "alliance", "coalition", "federation",
                   "realty", "properties", "group", "minerals", "mining", "mines", "metals", "resources", "renewables",
                   "utilities", "telecom", "telecoms", "communications", "insurance", "advisory", "consulting",
                   "consultancy", "studio", "club", "water", "bank", "chemicals", "steel", "petroleum", "biotech",
                   "police", "constabulary", "fc", "afc", "athletic", "rovers", "wanderers", "albion", "rangers", "united",
                   # company forms abroad: "Nordavind ASA", "Vattenfall AB", "Siemens AG", "Banco Santander SA"
                   "asa", "ab", "oyj", "gmbh", "ag", "nv", "bv", "spa", "sa", "s.a.", "a/s", "pty", "bhd", "offshore"}


# Head nouns of the descriptions of people who speak unnamed, with the gender the word says:
# "a senior official said …, "…," he said" is the official.
SPEAKING_DESCRIPTIONS = {**{w: None for w in (
    "official", "officials", "spokesperson", "spokespeople", "source", "sources", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "witness", "witnesses",
    "resident", "residents", "insider", "insiders", "staffer", "staffers", "officer", "officers", "representative",
    "representatives", "member", "members", "lawmaker", "lawmakers", "supporter", "supporters", "worker", "workers",
    "activist", "activists", "doctor", "doctors", "neighbour", "neighbor", "neighbours", "neighbors", "friend", "friends",
    "executive", "executives", "counsel", "employee", "employees", "investigator", "investigators", "person", "people",
    # everyday callings news quotes unnamed: "A shopkeeper who asked not to be named said …"
    *(w + s for w in ("shopkeeper", "vendor", "trader", "farmer", "nurse", "teacher", "driver", "passenger", "student",
                      "shopper", "customer", "survivor", "protester", "volunteer", "commuter", "fisherman", "miner",
                      "villager", "tenant", "landlord", "patient", "soldier", "firefighter", "paramedic", "contractor",
                      "engineer", "lawyer", "attorney", "banker", "manager", "owner", "parent", "voter", "fan",
                      "retiree", "pensioner", "barista", "waiter", "waitress", "cashier", "cleaner", "chef", "cook",
                      "bartender", "courier", "mechanic", "labourer", "laborer", "builder", "crofter", "porter", "pupil",
                      "demonstrator", "marcher", "guard", "clerk", "technician", "carer", "caregiver", "midwife",
                      "referee", "umpire", "steward", "pilot", "climber", "rider", "runner", "player", "coroner",
                      "professor", "lecturer", "academic", "researcher", "scientist", "economist", "historian",
                      "solicitor", "barrister", "buyer", "seller", "dealer", "critic", "consultant", "designer",
                      "organiser", "organizer", "journalist", "photographer", "pharmacist", "surgeon", "inspector",
                      "accountant", "sailor", "diner", "guest", "visitor", "spectator", "onlooker", "bystander",
                      "attendee", "motorist", "cyclist", "pedestrian", "traveller", "traveler", "tourist",
                      "exhibitor", "breeder", "handler", "competitor", "entrant", "stallholder", "delegate", "walker",
                      "hiker", "parishioner", "churchgoer", "shareholder", "investor", "donor", "listener", "viewer",
                      "patron", "halfback", "fullback", "flanker", "relative", "mourner", "skipper")
      for s in ("", "s")))},
    "spokesman": "m", "spokeswoman": "f", **KIN_NOUNS}


def _year_of_study(t) -> bool:
    """A student by their year: "One first-year said", "a third-year"."""
    return t.lower_ in ("year", "years") and t.i >= 2 and t.doc[t.i - 1].text == "-" \
        and t.doc[t.i - 2].lower_ in ("first", "second", "third", "fourth", "fifth", "sixth", "final")


# What a ship's name opens with: "MV Flora Ann", "HMS Victory".
SHIP_PREFIXES = frozenset({"MV", "HMS", "RMS", "SS", "USS", "HMAS", "HMCS", "HMNZS", "RV", "FV", "MY", "SV"})
# Birth order, as an article tells siblings apart ("his elder brother, Mandla Mthembu,", "Liam's
# younger brother"): True for the elder.
BIRTH_ORDER = {**dict.fromkeys(("elder", "older", "eldest", "oldest", "big"), True),
               **dict.fromkeys(("younger", "youngest", "little", "kid"), False)}
_SIBLINGS_AND_CHILDREN = frozenset({"brother", "sister", "son", "daughter"})
# Relatives named together ("Brothers Tama and Nikau Herewini"): no part of the first name.
_KIN_PLURALS = frozenset({"brothers", "sisters", "siblings", "twins", "cousins"})
# Verbs that make or let someone do something ("let her go", "made them wait").
CAUSATIVES = frozenset({"let", "make", "have", "help", "allow", "force", "watch", "see", "hear"})
# Adverbs that open a subordinate clause the parser may not mark as one ("awarded when Adeyemi went down").
SUBORDINATING = {"when", "while", "whenever", "where", "wherever", "once", "as"}
# Titles of the peerage, which the NER takes for organisations ("the Duchess said").
PEERAGE = {"duchess", "countess", "baroness", "viscount", "marquess"}
# Nouns a people's name stands before: "the Mising community".
_PEOPLES = frozenset({"community", "communities", "tribe", "tribes", "clan", "clans", "people", "peoples", "nation",
                      "language", "diaspora"})
# Last words of a body's name: "… Marine Park Authority".
_BODY_LAST_WORDS = frozenset({"authority", "board", "commission", "agency", "council", "ministry", "department", "office",
                              "service", "trust", "foundation", "association", "union", "institute", "committee"})
# Nouns a place's name stands before: "Salthill Garda station".
_PLACE_HEADS = frozenset({"station", "hospital", "school", "church", "college", "airport", "stadium", "library", "prison",
                          "barracks", "hotel", "market"})


def _names_a_place(e) -> bool:
    """Whether a name is that of a place by the noun after it: "Salthill Garda station"."""
    return e.root.dep_ == "compound" and e.root.head.lower_ in _PLACE_HEADS and e.root.head.i == e.end


# Names that say where someone is from, not who ("a buyer for a Johannesburg department store").
_PLACES = frozenset({"NORP", "GPE", "LOC", "FAC"})

_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "christmas", "easter", "eve", "day", "week", "month", "year", "spring", "summer", "autumn", "winter"})


# "Market Street", "Burdekin River", "Ho Chi Minh City": a place, not a person.
STREET_WORDS = {"street", "road", "avenue", "boulevard", "square", "river", "lake", "creek", "bay", "valley",
                "island", "mountain", "mountains", "hills", "falls", "beach", "harbour", "harbor", "bridge", "city"}


# Anyone, by sex and age: "One girl came to my office in tears."
ANYONE = {"man": "m", "boy": "m", "woman": "f", "girl": "f", "pupil": None, "teenager": None, "child": None}
# Words that open the description of someone the article has not named before: "a senior official",
# "another witness", "my mother" (the writer's).
NEW_PERSON_WORDS = {"a", "an", "another", "one", "two", "three", "several", "some", "many", "my", "our"}


# "Hurricane Milton", "Storm Ciarán": weather, not a person.
STORM_WORDS = {"hurricane", "storm", "typhoon", "cyclone", "tropical"}


# "Team Trump", "Camp Clinton": a campaign, not a person.
CAMPAIGN_WORDS = ("team", "camp")  # ("Team Trump"; and a campaign "for": "Nguyen for Riverside")


def _surnames(ents) -> set[str]:
    """The last words of the person names of two words or more."""
    return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}


def name_root(ent):
    """The word a name hangs on: its last word whose head lies outside it ("dos Santos says",
    where the parser took "dos" for an auxiliary, hangs on "Santos")."""
    outside = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head is t]
    root = outside[-1] if outside else ent.root
    # ("Fiona Drummond MSP, welcomed": the letters after a name the parser hung it on)
    return root.head if root.dep_ == "compound" and root.head.i == ent.end and root.head.text in POST_NOMINALS else root


def entities(doc) -> list:
    """The doc's named entities, each cut where a spaced dash stands inside it: the NER runs
    "Deborah Jordan Reynolds - Santilli's girlfriend" into one name."""
    found = doc.user_data.get("quotedesk_ents")
    if found is None:
        found = []
        for ent in doc.ents:
            start = ent.start
            for t in ent:
                if t.text in ("-", "–", "—") and t.whitespace_ and t.i > start and doc[t.i - 1].whitespace_:
                    found.append(DocSpan(doc, start, t.i, label=ent.label))
                    start = t.i + 1
            if start < ent.end:
                found.append(DocSpan(doc, start, ent.end, label=ent.label) if start > ent.start else ent)
        doc.user_data["quotedesk_ents"] = found
    return found


def entity_at(token):
    """The named entity ``token`` is part of, if any (through the doc's token index)."""
    if not token.ent_type_:
        return None
    index = token.doc.user_data.get("quotedesk_ent_index")
    if index is None:
        index = {i: ent for ent in entities(token.doc) for i in range(ent.start, ent.end)}
        token.doc.user_data["quotedesk_ent_index"] = index
    return index.get(token.i)


class ChunkView:
    """One parsed (masked) chunk of an article with its quotes."""

    def __init__(self, doc, masked: Masked, quotes: list[RawQuote], quote_ids: list[int], sent_offset: int, text: str, sentential_ids=frozenset()):
        self.doc = doc
        self.sentential_ids = sentential_ids
        self.masked = masked
        self.quotes = quotes
        self.quote_ids = quote_ids  # article-level index of each quote
        self.sent_offset = sent_offset
        self.text = text
        self.lex = lexicon()
        self._surnames = repair_entities(doc)
        self._name_words = {t.text for e in doc.ents if e.label_ in ("PERSON", "ORG") for t in e if t.is_title}
        self.sents = list(doc.sents)
        self._sent_of = {}
        for si, s in enumerate(self.sents):
            for t in s:
                self._sent_of[t.i] = si
        self._quote_tokens: dict[int, list] = {qi: [] for qi in quote_ids}
        self._token_quote: dict[int, int] = {}
        starts = {ms: qi for ms, _me, qi, _p in masked.placeholders}
        wanted = set(quote_ids)
        # Fragments kept in the parse: their parts in original offsets, walked with the tokens.
        inline = sorted(
            (p.start, p.end, qi)
            for q, qi in zip(quotes, quote_ids)
            for p in q.parts
        )
        j = 0
        for t in doc:
            qi = starts.get(t.idx)
            if qi is None and inline:
                o = masked.to_orig(t.idx)
                while j < len(inline) and inline[j][1] <= o:
                    j += 1
                if j < len(inline) and inline[j][0] <= o < inline[j][1]:
                    qi = inline[j][2]
            if qi is not None and qi in wanted:
                self._quote_tokens[qi].append(t)
                self._token_quote[t.i] = qi

    # ---- quotes and sentences -------------------------------------------------------------
    def quote_tokens(self, qi: int) -> list:
        """The tokens of quote ``qi`` (article-level index), in order."""
        return self._quote_tokens.get(qi) or []

    def quote_of(self, i: int) -> int | None:
        """The quote the token at index ``i`` belongs to, if any."""
        return self._token_quote.get(i)

    def in_quote(self, tok) -> bool:
        return tok.i in self._token_quote

    def token_before(self, toks):
        """The token before the quote made of ``toks``, past its opening marks (None at the start)."""
        k = min(t.i for t in toks) - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].is_quote or self.doc[k].text in "\"“”'"):
            k -= 1
        return self.doc[k] if k >= 0 else None

    def sentence_of(self, tok) -> int:
        """Chunk-local sentence number of ``tok``."""
        return self._sent_of.get(tok.i, 0)

    def chunk_quotes(self) -> list[ChunkQuote]:
        """The chunk's quotes, in order, as the sieves take them."""
        out = []
        for q, qi in zip(self.quotes, self.quote_ids):
            cq = ChunkQuote(qi, q, self.quote_tokens(qi), qi in self.sentential_ids)
            if cq.tokens:
                cq.sent = self.sentence_of(cq.roots[0] if cq.roots else cq.tokens[0])
            out.append(cq)
        return out

    def title_context(self, qi: int) -> bool:
        """Whether the quote names a title or nickname: starred in "X", the show "Face the Nation"."""
        toks = self.quote_tokens(qi)
        if not toks:
            return False
        first = min(t.i for t in toks)
        for t in self.doc[max(0, first - 2) : first]:
            if t.lemma_.lower() in TITLE_CONTEXT:
                return True
        if any(t.ent_type_ == "WORK_OF_ART" for t in toks):
            return True
        words = [t for t in toks if t.is_alpha]
        return 0 < len(words) <= 7 and all(t.text[0].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words) and words[0].text[0].isupper()

    # ---- mentions -------------------------------------------------------------------------
    def _beside_a_name(self, ent) -> bool:
        """Whether an entity stands in brackets right after a person's name: their party, state or
        ward ("Sen. Cal Whitfield (R-Kan.)", "Cllr Sarah Whitfield (Liberal Democrat, Eastgate North)")."""
        k = ent.start - 1
        while k >= 0 and self.doc[k].text != "(" and not self.doc[k].is_space and k > ent.start - 6:
            if self.doc[k].is_sent_start or self.doc[k].text == ")":
                return False
            k -= 1
        if k <= 0 or self.doc[k].text != "(":
            return False
        close = next((t.i for t in self.doc[ent.end : ent.end + 6] if t.text in (")", "\n")), None)
        if close is None or self.doc[close].text != ")" or self.doc[k - 1].ent_type_ != "PERSON":
            return False
        # (not an actor beside the part played: "Tomas Kell (Rafael D'Souza)")
        return ent.label_ != "PERSON" or any(t.text == "," for t in self.doc[k + 1 : close])

    def mentions(self) -> list[MentionInfo]:
        """Names and pronouns outside quotes, in text order."""
        out = []
        seen = set()
        # "The Salt Orchard is in cinemas from Friday.", after "'The Salt Orchard'": a title the chunk quotes is no one
        quoted = (self.text[p.start : p.end].strip(" ,.;:!?").lower().removeprefix("the ") for q in self.quotes for p in q.parts)
        titles = {words for words in quoted if len(words.split()) <= 6}
        for ent in entities(self.doc):
            root = name_root(ent)
            kin = root.head.lemma_.lower() if root.dep_ == "appos" else ""  # what the name stands beside
            given = _given_as(root)
            if given:
                kin = "name"  # ("a student who gave her name only as Marta": the student's name)
            if ent.label_ not in NAME_LABELS and not (kin in KIN_NOUNS or person_noun(kin)):
                continue  # (but "His wife, Lina," is a person, whatever the NER said: a product)
            if any(t.i in self._token_quote for t in ent):
                continue
            if ent.text.lower().removeprefix("the ") in titles:
                seen.update(range(ent.start, ent.end))
                continue
            if self._beside_a_name(ent):
                seen.update(range(ent.start, ent.end))
                continue  # ("Cllr Sarah Whitfield (Liberal Democrat, Eastgate North)": her party and ward)
            ent = self._without_headline_verb(ent)
            span = span_of(list(ent), self.masked)
            before = " ".join(t.text for t in self.doc[max(0, ent.start - 6) : ent.start])
            root = name_root(ent)
            # ("Payment app Lumora", "Lumora, the payments app,": a business the NER took for a person)
            label = "ORG" if ent.label_ == "PERSON" and (_named_as_organisation(ent) or (
                ent[0].lower_ not in self.lex.first_names
                and {_calling_before(ent), self._called_beside(root, business=True)} & BUSINESS_ONLY)) else ent.label_
            gender = self._own_gender(ent) if label == "PERSON" and self._clause_subject(root) else None
            if kin in KIN_NOUNS and all(t.pos_ == "PROPN" and name_cased(t) for t in ent):
                label, gender = "PERSON", gender or KIN_NOUNS[kin]  # "her son, Diego," (the NER: a place)
            elif kin == "name" and (given or any(c.lower_ == "first" for c in root.head.children)) \
                    and all(name_cased(t) for t in ent):
                label = "PERSON"  # "identified only by her first name, Priya,", "who gave his name only as Marcus"
            asked = (root.dep_ in ("dobj", "dative") and root.head.lemma_ in ("ask", "question", "press", "quiz")) or (
                root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_ == "put")  # ("put it to Sipho that")
            # "Her father, Brad, 39, worried …": a name beside the subject is the subject, and so
            # is one the parser hung on the subject's last word ("A resident of Dnipro, Olena
            # Kovalenko, 67, said …")
            subject = root
            if kin == "name" and label == "PERSON":
                # "Their mother, who asked to be identified only by her first name, Rose, said": the one
                # the clause the name stands in is about
                subject = next((a.head for a in root.ancestors if a.dep_ == "relcl"), root)
                while subject.dep_ == "appos" and subject.head.pos_ == "NOUN":
                    subject = subject.head  # ("Another passenger, a student who gave her name only as Marta,")
            elif root.dep_ == "compound" and root.head.lower_ in ("senior", "junior") and root.head.i == ent.end:
                subject = root.head  # ("Gallagher senior, a native Irish speaker, addressed …")
            elif root.dep_ == "appos" and root.head.dep_ == "pobj" and (
                    (calling := root.head.head.head).pos_ == "NOUN" or (calling.pos_ == "PROPN" and person_noun(calling.lower_))):
                subject = calling  # ("Counsel to the convict, Chief Emeka Nwachukwu (SAN), said")
            elif root.dep_ == "appos":
                subject = root.head
                while subject.dep_ == "appos" and subject.head.pos_ == "NOUN":
                    subject = subject.head  # ("His son, the cellist Kerem Aydınoğlu, said")
                while subject.dep_ == "conj" and subject.head.pos_ == "NOUN":
                    subject = subject.head  # ("The Reform leader and outgoing prime minister, Vernon Tighe, conceded")
                rel = next((a for a in subject.ancestors if a.dep_ == "relcl"), None) if subject.dep_ not in SUBJECT_DEPS else None
                if rel is not None and rel.head.dep_ in SUBJECT_DEPS and person_noun(rel.head.lemma_.lower()) \
                        and rel.right_edge.i + 2 >= ent.start:
                    subject = rel.head  # ("A bus driver who witnessed the raid, Stelian Popescu, described …": the driver)
            elif root.dep_ == "poss" and ((label == "PERSON" and root.head.lemma_.lower() in _OWN_PARTS) or (
                    label in ("PERSON", "ORG") and (ent[0].is_sent_start or (ent.start and self.doc[ent.start - 1].is_space)))):
                # "Whitaker's jaw tightened.", "Takahashi-Byrne's breakthrough came in 2019": the story has
                # turned to Whitaker, to Takahashi-Byrne
                subject = root.head
            subject = subject if subject.dep_ in SUBJECT_DEPS else root
            # ("Margaret Kowalczyk, whose mother Irena Kowalczyk lived at the home, said": the one the
            # relative clause tells of is not whom the story turns to)
            whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)
            # ("Sheriff Ada Kowalczyk (Marisa Delgado) stands on a levee": the actor in brackets is an
            # aside; the story turns to the part)
            aside = whose or (0 < ent.start and ent.end < len(self.doc) and self.doc[ent.start - 1].text == "("
                              and self.doc[ent.end].text == ")")
            out.append(MentionInfo(span, self._shared_surname(ent), label, self.sent_offset + self._sent_of.get(ent.start, 0),
                                   (self._story_subject(subject) or _subject_misparsed(ent) or _said_as_given(root)
                                    or _according_source(root) or _heard_from(root) or _name_given_aside(root)) and not aside, before, gender, asked, self._partner(root, ent),
                                   described=self._called_beside(root, business=label == "ORG") or _calling_before(ent),
                                   court=(_court_role(ent) or _what_they_do(root)) if label == "PERSON" else "",
                                   age=_aged(self.doc, ent.end), left_off=_first_name_left_off(ent),
                                   relative=(kin in KIN_NOUNS and _owned(root.head)) or any(
                                       c.dep_ == "appos" and c.lemma_.lower() in KIN_NOUNS and _owned(c) for c in root.children),
                                   dead=_died(subject)))
            seen.update(range(ent.start, ent.end))
        # Names the NER missed: a run of proper nouns that is a clause's subject
        # ("Mayor Ana Ruiz spoke ..."), counted as a person when a title leads it, it has
        # two or more words or it is the surname of a person named in the chunk ("Tester
        # credits …", "Price disagreed.", where "Tester" and "Price" are also words).
        titles = self.lex.title_words
        for t in self.doc:
            surname = t.text in self._surnames and t.is_title  # ("Price disagreed.": the tagger's noun)
            # (or beside a calling that is: "the Irish referee Declan Ó Cathasaigh went under the posts")
            beside = t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS and t.head.pos_ == "NOUN" and t.head.i < t.i \
                and person_noun(t.head.lemma_.lower())
            # (or a name a "who" or "whose" clause tells of, whatever the parser made of the sentence:
            # "Thabo Mokoena, whose younger brother, Lerato Mokoena, is among the trapped, drove")
            who = t.i + 2 < len(self.doc) and self.doc[t.i + 1].text == "," and self.doc[t.i + 2].lower_ in ("who", "whose")
            if t.i in seen or t.i in self._token_quote or not (t.pos_ == "PROPN" or surname) \
                    or not (subject_like(t) or beside or who):
                continue
            run = [t]
            k = t.i - 1
            while k >= 0 and k not in seen:
                if self.doc[k].head.i == t.i and (self.doc[k].pos_ == "PROPN" or _glued_hyphen(self.doc, k)):
                    run.insert(0, self.doc[k])  # (and a double-barrelled name's hyphen: "Thandiwe Ndlovu-Carter")
                    k -= 1
                elif _glued_hyphen(self.doc, k) and k - 1 not in seen and name_cased(self.doc[k - 1]) \
                        and self.doc[k - 1].text not in self._surnames and self.doc[k - 1].lower_ not in titles:
                    run[:0] = [self.doc[k - 1], self.doc[k]]  # ("Okafor-Lindgren said", to the parser two subjects)
                    k -= 2
                else:
                    break
            if run[0].text in PARTICLES and run[0].i and run[0].i - 1 not in seen and (prev := self.doc[run[0].i - 1]).is_title \
                    and (prev.pos_ == "PROPN" or prev.lower_ in self.lex.first_names) and not prev.ent_type_ \
                    and prev.i not in self._token_quote:
                run.insert(0, prev)  # ("Pieter du Plessis made his first century": the first name before the particle)
            lead = bool(run) and run[0].lower_ in titles
            while run and run[0].lower_ in titles:
                run.pop(0)
            if run and (run[0].lower_ in CAMPAIGN_WORDS or run[0].lower_ in STORM_WORDS or run[-1].lower_ in STREET_WORDS
                        or run[0].text in SHIP_PREFIXES or _calling_alone(run, self._surnames)
                        or " ".join(r.lower_ for r in run).removeprefix("the ") in titles):
                continue  # "Team Trump" is a campaign, "Hurricane Milton" a storm, "Market Street" a place, "MV Flora
                # Ann" a ship (or a title)
            # (a known first name alone too, as the subject of a reporting verb: "Maisie disagreed.")
            first = len(run) == 1 and run[0].lower_ in self.lex.first_names and self.is_cue(run[0].head)
            # (a surname may open with its particle: "the younger du Plessis grinned")
            opens = bool(run) and (run[0].text[:1].isupper() or (run[0].text in PARTICLES and len(run) >= 2))
            if run and (lead or len(run) >= 2 or run[-1].text in self._surnames or first) and opens \
                    and all(r.text[:1].isupper() or r.text == "-" or r.text in PARTICLES for r in run):  # ("Jan-Willem de Vries")
                span = span_of(run, self.masked)
                before = " ".join(x.text for x in self.doc[max(0, run[0].i - 6) : run[0].i])
                # "Acme Robotics builds …", "The Evening Courier called it …"
                label = "ORG" if run[-1].lower_ in CORPORATE_WORDS or _the_named(self.doc, run) else "PERSON"
                gender = self._own_gender(DocSpan(self.doc, run[0].i, run[-1].i + 1)) if label == "PERSON" else None
                out.append(MentionInfo(span, self.text[span.start : span.end], label, self.sent_offset + self._sent_of.get(t.i, 0),
                                       True, before, gender, described=self._called_beside(t)))
                seen.update(r.i for r in run)
        # Descriptions that speak: "A member of the rescue corps, who asked not to be named, said …",
        # "A police spokeswoman declined to say …", "my mother took me … and told me …" (not who asks:
        # "when an Iowa voter asked if she …, "…," she said" is the answer; nor one named in the phrase:
        # "A community organiser, known to everyone as Abu Sami, said", "One protester, student Mai Anh-Reyes,")
        for t in self.doc:
            if t.i not in seen and t.i not in self._token_quote and t.pos_ == "NOUN" and t.dep_ in SUBJECT_DEPS \
                    and (t.lower_ in SPEAKING_DESCRIPTIONS or _year_of_study(t)) and not any(c.dep_ == "appos" and c.pos_ != "NOUN" for c in t.children) \
                    and not any(c.dep_ in ("acl", "relcl", "conj") and any(x.ent_type_ == "PERSON" for x in c.subtree)
                                for c in t.children) \
                    and t.head.lemma_ not in ("ask", "question") \
                    and any(self.is_cue(v) for v in (t.head, *(c for c in t.head.children if c.dep_ in ("xcomp", "conj")))):
                toks = [x for x in noun_phrase(t) if x.i not in self._token_quote]
                if toks[0].lower_ not in NEW_PERSON_WORDS and not (t.tag_ == "NNS" and toks[0].pos_ != "DET"):
                    continue  # "the partner", "his brother": likelier someone the article has named
                whose = next((p for p in t.children if p.dep_ == "prep" and p.i == toks[-1].i + 1
                              and p.lower_ in ("for", "of", "at") and t.lower_ in SPOKESPEOPLE), None)
                if whose is not None and not any(x.i in self._token_quote for x in whose.subtree):
                    toks += list(whose.subtree)  # ("A spokeswoman for the Interior Ministry said")
                span = span_of(toks, self.masked)
                out.append(MentionInfo(span, self.text[span.start : span.end], "NOUN", self.sent_offset + self._sent_of.get(t.i, 0),
                                       True, gender=SPEAKING_DESCRIPTIONS.get(t.lower_), plural=t.tag_ == "NNS"))
                seen.update(x.i for x in toks)
        # "One, the chief medical officer of a hospital, who asked not to be named, said …", "Another,
        # an international student, said": one of those just described who speaks, by the calling
        # beside "One" (the parser hangs it anywhere)
        for t in self.doc[:-2]:
            if t.lower_ not in ("one", "another") or t.dep_ not in SUBJECT_DEPS or t.i in seen or t.i in self._token_quote \
                    or self.doc[t.i + 1].text != "," or not self.is_cue(t.head):
                continue
            toks = []
            for x in self.doc[t.i + 2 : t.head.i]:
                if x.text == "," or x.i in self._token_quote or x.is_sent_start:
                    break
                toks.append(x)
            if toks and toks[0].lower_ in ("the", "a", "an") and any(x.pos_ == "NOUN" and person_noun(x.lemma_.lower()) for x in toks):
                span = span_of(toks, self.masked)
                out.append(MentionInfo(span, self.text[span.start : span.end], "NOUN", self.sent_offset + self._sent_of.get(t.i, 0), True))
                seen.update(x.i for x in toks)
        # A described person the story turns to as a clause's subject: "The judge was unmoved.", "Her
        # husband, speaking from his bed, was blunter.", "Pruitt's mother wept." (a "he" or "she" right
        # after is theirs)
        # (and people so described, whom a "they" right after stands for: "the protesters regrouped outside.
        # "…," they told the committee.")
        for t in self.doc:
            whose = {x.i for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" for x in c.subtree}
            plural = t.tag_ == "NNS" and t.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            if t.i in seen or t.i in self._token_quote or t.pos_ != "NOUN" or (t.tag_ != "NN" and not plural) \
                    or t.dep_ not in SUBJECT_DEPS \
                    or not (t.lower_ in KIN_NOUNS or t.lower_ in ANYONE or person_noun(t.lower_)) \
                    or any(c.dep_ == "appos" and (c.pos_ == "PROPN" or any(x.ent_type_ == "PERSON" and not _where_they_work(x, t)
                                                                          for x in c.subtree))
                           for c in t.children) \
                    or any(x.i in seen and x.i not in whose and x.ent_type_ not in _PLACES and not x.like_num
                           and not _where_they_work(x, t) for x in t.subtree):
                continue  # (named in its own phrase: "Their tenant, who gave only her first name, Priya,"; not
                # "A Conservative campaign source", "A buyer for a Johannesburg department store"; an age is no
                # name: "Her sister, 23, was more emotional.")
            if plural and not person_noun(t.lemma_.lower()):
                continue
            toks = [x for x in noun_phrase(t) if x.i not in self._token_quote]
            # ("One girl … came to my office in tears.": not one who asks, nor anyone in general: "a president should")
            unnamed = toks[0].lower_ in ("a", "an", "one", "another") and (t.lower_ in ANYONE or t.lower_ in SPEAKING_DESCRIPTIONS) \
                and t.head.dep_ == "ROOT" and t.head.lemma_ not in ("ask", "question") \
                and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.head.children)
            if toks[0].lower_ in ("the", "his", "her", "their", "my", "our") or toks[0].i in whose or unnamed:
                span = span_of(toks, self.masked)
                out.append(MentionInfo(span, self.text[span.start : span.end], "DESC", self.sent_offset + self._sent_of.get(t.i, 0),
                                       self._story_subject(t) or unnamed, lemma=KIN_FORMS.get(t.lower_, t.lower_), unnamed=unnamed,
                                       gender=KIN_NOUNS.get(t.lower_) or SPEAKING_DESCRIPTIONS.get(t.lower_) or ANYONE.get(t.lower_),
                                       relative=t.lower_ in KIN_NOUNS and toks[0].lower_ != "the", plural=plural))
        # A body the story turns to by what it is, as a clause's subject: "The ministry said it would …"
        # (an "it" right after is the ministry's, not the last organisation named)
        for t in self.doc:
            if t.i in seen or t.i in self._token_quote or t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ not in SUBJECT_DEPS \
                    or t.head.dep_ not in ("ROOT", "conj") or t.lower_ not in BODY_NOUNS \
                    or any(x.i in seen or x.i in self._token_quote for x in t.subtree):
                continue
            toks = noun_phrase(t)
            if toks[0].lower_ == "the" and toks[-1].i == t.i:
                span = span_of(toks, self.masked)
                out.append(MentionInfo(span, self.text[span.start : span.end], "BODY", self.sent_offset + self._sent_of.get(t.i, 0),
                                       True, lemma=t.lower_))
        for t in self.doc:
            if t.i in seen or t.i in self._token_quote:
                continue
            low = t.lower_
            if t.pos_ == "PRON" and low in {"he", "she", "they", "it", "him", "her", "them"}:
                span = span_of([t], self.masked)
                out.append(MentionInfo(span, t.text, "PRON", self.sent_offset + self._sent_of.get(t.i, 0), t.dep_ in SUBJECT_DEPS))
        out.sort(key=lambda m: m.span.start)
        return out

    def _called_beside(self, root, *, business: bool = False) -> str:
        """What the article calls the person named by ``root`` beside the name: "duchess" in
        "Princess Adelaide, the Duchess of Kelbourne,", "owner" in "The lodge's owner, Piers Athelney,";
        with ``business``, what it calls an organisation so ("The mine's operator, Sankofa Gold Resources,")."""
        doc = root.doc
        if _object_left_over(root):
            return ""  # ("Giving evidence before Justice X, the actress, … said": the actress is the subject)
        # (set off by punctuation on both sides: not "… and Mika Brzezinski, the Democratic candidate stated")
        # (not a noun with a name of its own: "his daughter, Gráinne, his son, Ciarán", the son hung on Gráinne)
        # (and a capitalised office: "The Commissioner for Health, Prof X,"; up a chain of them: "The prosecution's
        # second witness, the bank's Head of Internal Control, Mrs X,")
        beside, node = [], root
        while node.dep_ == "appos" and len(beside) < 2 and (node.head.pos_ == "NOUN" or (
                node.head.pos_ == "PROPN" and any(c.dep_ in ("det", "poss") for c in node.head.children))):
            node = node.head
            beside.append(node)
        if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.pos_ == "PROPN" and root.head.head.dep_ == "prep" \
                and root.head.head.head.pos_ == "NOUN" \
                and root.head.head.lower_ in ("for", "of", "at"):
            beside = [root.head.head.head]  # ("The senior coroner for Teesside, Clare Bailey,": the name hung on the place)
        beside += [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and entity_at(c) is None
                   and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].is_punct
                   and not any(g.dep_ == "appos" and entity_at(g) is not None for g in c.children)]
        beside = [c for c in beside if (person_noun(c.lemma_.lower()) or (business and c.lemma_.lower() in BUSINESS_NOUNS))
                  and not self.in_quote(c)]
        return beside[0].lower_ if beside else ""

    def _named_as(self, noun):
        """The one organisation the chunk named whose name ends in ``noun`` ("the trust" after
        "Northfield and Aireside Hospitals NHS Trust"), when ``noun`` is "the" and a common noun."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        orgs = {e.text: e for e in self.doc.ents if e.label_ == "ORG" and len(e) > 1 and e[-1].lower_ == noun.lower_
                and e.end <= noun.i and not self.in_quote(e.root)}
        return next(iter(orgs.values())) if len(orgs) == 1 else None

    @staticmethod
    def _clause_subject(root) -> bool:
        """Whether a name headed by ``root`` is its clause's subject, the clause not a subordinate
        one ("unless Sanders wins", "when Tapper asked", "awarded when Adeyemi went down"), though
        a concessive one counts ("although Kavanagh refused to commit"); a name modifying the subject is none
        ("Sanders supporters"), nor one of a "where" clause on a noun ("the stand, where
        their mother, Mele, sat")."""
        verb = root.head
        clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb  # (the parser's "sat wrapped")
        return subject_like(root) and not _object_left_over(root) and not (
            (clause.dep_ == "advcl" and any((c.dep_ == "mark" and c.lower_ not in ("although", "though"))
                                            or (c.dep_ == "advmod" and c.lower_ in SUBORDINATING) for c in clause.children))
            or (clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                               for c in (*verb.children, *clause.children))))

    def _story_subject(self, root) -> bool:
        """Whether a name headed by ``root`` is a subject of the story, one a later "he" may go
        back to: a clause subject, but not of what someone says ("She says Trump represents …")."""
        if not self._clause_subject(root):
            return False
        verb = root.head
        if root.dep_ in SUBJECT_DEPS and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ != "ROOT":
            return False  # (a subject the parser hung on a noun: "helping Mr Whitfield drag sodden mattresses")
        if verb.lemma_ in ("do", "be", "have") and verb.i < root.i and any(c.lower_ in ("neither", "nor", "so") for c in verb.children):
            return False  # ("She had no idea she was a twin, and neither did Fenwick.": said of her, not a turn to Fenwick)
        # inside what someone says, however deep: "Rubio claimed that Muslims face no bias and
        # that Obama is to blame", "Trump said having Putin treat him with respect is good"
        # (and "told analysts on a call that Nordavind would now prioritise …", the clause the parser hung
        # on the call: a "that" clause under a cue before it)
        verbs = [root.head, *root.head.ancestors]
        return not any(v.dep_ == "ccomp" and v.head.i < root.i and self.is_cue(v.head) for v in verbs) and not any(
            any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) and any(a.i < root.i and self.is_cue(a) for a in v.ancestors)
            for v in verbs)

    def _own_gender(self, ent) -> str | None:
        """The gender a subject's own clause gives it: "Clinton now talks freely of her own
        experiences", "Smith defended himself" (possessive or reflexive pronouns of one gender
        in the clause, none inside a clause with a subject of its own, and no other name there
        to take them)."""
        root = name_root(ent)
        verb = root.head
        if verb.i == root.i:
            return None
        if verb.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children):
            return None  # ("His principal, Leonora Bautista, said Manalastas had not been late in her six years")
        found = set()
        for t in verb.subtree:
            if t.i in self._token_quote or ent.start <= t.i < ent.end:
                continue
            if t.ent_type_ == "PERSON":
                return None
            gender = _OWN_PRONOUNS.get(t.lower_)
            if gender is None or (t.lower_ in ("his", "her") and t.tag_ != "PRP$"):  # (not "attacked her")
                continue
            node = t.head
            # (not in an apposition: "Donald Trump, her Republican opponent, said")
            while node.i != verb.i and node.dep_ != "appos" and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
                node = node.head
            if node.i == verb.i:
                found.add(gender)
        return found.pop() if len(found) == 1 else None

    # ---- cues and subjects ----------------------------------------------------------------
    def _without_headline_verb(self, ent):
        """The name without the words of a title-case headline the NER took along: its
        reporting verb ("Obama Says Museum …" → "Obama"; only present-tense forms, so "Edward
        Said" stays), or words the article never uses again ("Ben Carson Defends Himself" →
        "Ben Carson", "Lawmakers Rip Donald Trump" → "Donald Trump")."""
        end = ent.end
        while end - ent.start > 1 and (t := self.doc[end - 1]).text[:1].isupper() and t.lower_.endswith("s") \
                and self.lex.is_cue(t.lower_[:-1], t.lower_):
            end -= 1
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        if end == ent.end and after is not None and after.is_alpha and after.text[:1].isupper() and self._headline_like(ent.sent):
            # Inside a run of headline words ("Ben Carson Defends Himself Again"; not a name
            # that ends its line or meets punctuation, "Rep. Maxine Waters (D-Calif.):"), down
            # to a first and last name.
            while end - ent.start > 2 and (t := self.doc[end - 1]).text[:1].isupper() and self.text.count(t.text) == 1:
                end -= 1
        start = ent.start
        before = self.doc[start - 1] if start else None
        if before is not None and before.is_alpha and before.text[:1].isupper() and self._headline_like(ent.sent):
            # and before it: "Black Lawmakers Rip Donald Trump As A …" → "Donald Trump"
            while end - start > 2 and (t := self.doc[start]).text[:1].isupper() and self.text.count(t.text) == 1 \
                    and t.lower_ not in self.lex.first_names:
                start += 1
            # "… Senator Endorse Trump": a headline's word before a known person's surname
            first = self.doc[start].lower_
            if end - start == 2 and first not in self.lex.first_names and first not in self.lex.title_words \
                    and self._first_named(self.doc[end - 1].text):
                start += 1
        # Any line: a verb, a preposition or a prefix the NER took along ("Asserting Clinton",
        # "Without Bloomberg", "pro-Clinton"; a first name that is also a word stays: "Hope Hicks")
        while end - start > 1 and ent.label_ == "PERSON" and self._no_name_word(self.doc[start]):
            start += 1
        if (start, end) == (ent.start, ent.end):
            return ent
        return DocSpan(self.doc, start, end, label=ent.label)

    def _partner(self, root, ent) -> int | None:
        """Where the person named with ``root`` (the head of ``ent``) as one subject starts, in
        original offsets: "Tom and Linda Baker have lived …", "Jane Smith and her husband, Bob, said …"."""
        other = _person_and(ent) if ent.label_ == "PERSON" else None
        if other is not None and root.dep_ not in ("dobj", "pobj", "dative") and not self.in_quote(other.root):
            return span_of(list(other), self.masked).start  # "Rhys and Kylie Donnelly lost …", parsed as one name
        if root.dep_ not in SUBJECT_DEPS or root.ent_type_ != "PERSON":
            return None
        for c in root.children:
            if c.dep_ == "conj":
                named = c if c.ent_type_ == "PERSON" else next((a for a in c.children if a.dep_ == "appos"), None)
                ent = entity_at(named) if named is not None else None
                if ent is not None and ent.label_ == "PERSON" and not self.in_quote(ent.root):
                    return span_of(list(ent), self.masked).start
        return None

    def _shared_surname(self, ent) -> str:
        """The name of ``ent``, with the surname it shares in "Raj and Priya Patel" ("Raj Patel"), or
        the namesake "the elder Habermann" or "the younger Habermann" means."""
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in self._surnames \
                and not any(e.label_ == "PERSON" and len(e) >= 3 and e[0].text == ent.text for e in self.doc.ents):
            # (not a family name written first: "Nguyen and Peter Kariuki" after "Nguyen Van Thanh")
            other = _person_and(ent)
            # (a first name the lexicon lacks, when the one after "and" is a first name it knows: "Kath
            # and Megan Doyle"; or both, where the article says they are kin: "Brothers Lwazi and Bongani Mthembu")
            kin = ent.start and ent.doc[ent.start - 1].lower_ in _KIN_PLURALS and other is not None and other.start == ent.end + 1
            if other is not None and 2 <= len(other) <= 3 and (kin or other[0].lower_ in self.lex.first_names and (
                    ent[0].lower_ in self.lex.first_names or (other.start == ent.end + 1 and ent[0].is_title))):
                # (the particles of the surname with it: "Síle and Nuala Ní Dhónaill")
                k = len(other) - 1
                while k > 1 and (other[k - 1].lower_ in PARTICLES or other[k - 1].lower_ in _GAELIC):
                    k -= 1
                return f"{ent.text} {other[k:].text}"
            if ent[0].lower_ in self.lex.first_names and (family := self._family_of_relative(ent)):
                return f"{ent.text} {family}"
        doc = ent.doc
        k = ent.start - (ent.start >= 1 and doc[ent.start - 1].lower_.rstrip(".") in COURTESY_TITLES)  # ("the elder Mr Young")
        if len(ent) == 1 and k >= 2 and doc[k - 2].lower_ == "the" and doc[k - 1].lower_ in ELDER:
            return self._namesake(ent.text, elder=ELDER[doc[k - 1].lower_], before=ent.start) or ent.text
        if len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in ("senior", "junior"):  # ("Gallagher senior, a …,")
            return self._namesake(ent.text, elder=ELDER[doc[ent.end].lower_], before=ent.start) or ent.text
        return ent.text

    def _family_of_relative(self, ent) -> str:
        """The surname of a relative the article names by first name alone beside what they are to
        someone named whole: "Callum MacLeod, 52, and his daughter Eilidh" (the last person named in
        full in the sentence before the "his"), "Mr MacLeod's wife, Fiona" (the name before "'s");
        else ""."""
        doc = ent.doc
        k = ent.start - 1 if ent.start and doc[ent.start - 1].text == "," else ent.start
        if k < 2 or doc[k - 1].lower_ not in _FAMILY_WORDS:
            return ""
        owner = doc[k - 2]
        if owner.lower_ in ("his", "her"):
            sent = doc[owner.sent.start : owner.i]
            whole = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and sent.start <= e.start and e.end <= owner.i]
            return whole[-1][-1].text if whole and not whole[-1][-1].lower_.endswith(("'s", "’s")) else ""
        if owner.text in ("'s", "’s") and k >= 3 and (name := doc[k - 3]).pos_ == "PROPN" and name_cased(name) \
                and name.text in self._surnames:
            return name.text
        return ""

    def _namesake(self, surname: str, *, elder: bool, before: int) -> str | None:
        """The elder (or younger) of the people of this surname named whole in the chunk before token
        ``before``: the one introduced so ("The accused's elder brother, Mandla Mthembu,"), else by the
        ages given beside their names ("Tobias Habermann, 29,"), else by what the article calls
        them ("Habermann's son, Tobias Habermann"; "His father was there. Reggie Kettering …")."""
        ages: dict[str, int] = {}
        kin: dict[str, str] = {}
        called = set()
        for e in self.doc.ents:
            if e.label_ != "PERSON" or len(e) < 2 or surname not in (e[0].text, e[-1].text) or e.start >= before:
                continue  # ("Jung Dong-hyun")
            if any(BIRTH_ORDER.get(t.lower_) is elder and t.head.lower_ in _SIBLINGS_AND_CHILDREN
                   for t in self.doc[max(0, e.start - 4) : e.start]):
                called.add(e.text)
            if (age := _aged(self.doc, e.end)) is not None:
                ages[e.text] = age
            root = name_root(e)
            near = [root.head] if root.dep_ == "appos" else []
            near += [t for t in self.doc[max(0, e.start - 14) : e.start] if t.dep_ in SUBJECT_DEPS or t.dep_ == "appos"]
            word = next((t.lower_ for t in near if t.lower_ in PARENT_NOUNS | CHILD_NOUNS), None)
            kin.setdefault(e.text, word or "")
        parents = [n for n, w in kin.items() if w in PARENT_NOUNS]
        if elder and len(parents) == 1 and len(kin) >= 3:
            return parents[0]  # (a father before "Her elder brother, Obinna Okeke": "the elder Okeke" is the father)
        if elder and not parents and len(kin) >= 2 and (father := self._parent_by_first_name(before)) is not None:
            return f"{father} {surname}"  # ("Nathan Corr, 27, … His brother Liam Corr, 24, … their father, Desmond,")
        if len(called) == 1:
            return called.pop()
        if len(kin) < 2:
            return None
        if len(ages) >= 2:
            return (max if elder else min)(ages, key=ages.get)
        children = [n for n, w in kin.items() if w in CHILD_NOUNS]
        ours, theirs = (parents, children) if elder else (children, parents)
        if len(ours) == 1:
            return ours[0]
        if len(kin) == 2 and len(theirs) == 1:
            return next(n for n in kin if n != theirs[0])
        return None

    def _parent_by_first_name(self, before: int) -> str | None:
        """The one parent the chunk introduced by first name alone before token ``before``, after
        "his", "her" or "their" and the kin word ("their father, Desmond,"), else None."""
        found = {e.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) == 1 and e.start < before
                 and e[0].lower_ in self.lex.first_names and e.start >= 3 and self.doc[e.start - 1].text == ","
                 and self.doc[e.start - 2].lower_ in PARENT_NOUNS and self.doc[e.start - 3].lower_ in ("his", "her", "their")}
        return found.pop() if len(found) == 1 else None

    def _first_named(self, surname: str) -> bool:
        """Whether a person of this surname is named with a known first name in the chunk ("Donald Trump")."""
        return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == surname and e[0].lower_ in self.lex.first_names
                   for e in self.doc.ents)

    def _no_name_word(self, t) -> bool:
        """Whether a token opening a person's name is no part of it."""
        if t.lower_ in self.lex.first_names or t.lower_ in self.lex.title_words:
            return False
        word = t.text.lstrip("-–—―")  # ("-Craig Fehrman": a credit's dash the tokenizer kept)
        return not word or not word[:1].isupper() or t.tag_ in ("VBG", "VBZ", "VBD", "IN")

    @staticmethod
    def _headline_like(sent) -> bool:
        """A short sentence with (nearly) every word capitalised: a headline."""
        words = [t for t in sent if t.is_alpha]
        return 2 <= len(words) <= 20 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)

    def is_cue(self, tok) -> bool:
        """Whether ``tok`` is a reporting verb or noun (said, told, statement) outside quotes."""
        if tok.i in self._token_quote or tok.pos_ not in ("VERB", "NOUN", "AUX"):
            return False
        # "addressed supporters", "addressed the crowd": a speech, though "addressed the issue" is none
        return self.lex.is_cue(tok.lemma_, tok.text) or (tok.lemma_ == "address" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in AUDIENCE_NOUNS for c in tok.children))

    def subject_of(self, cue, depth: int = 0):
        """The speaker token of a cue: its subject, else the subject of the verb it hangs from."""
        if any(c.dep_ in ("auxpass", "agent") for c in cue.children):
            # "has been called "…" by Joshua Hendrick", "was asked by host Bill Maher"
            for by in (b for c in (cue, *(c for c in cue.children if c.dep_ == "oprd")) for b in c.children):
                if by.dep_ in ("agent", "prep") and by.lower_ == "by" and by.i > cue.i:
                    for g in by.children:
                        if g.dep_ == "pobj" and g.i not in self._token_quote:
                            return g
            passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
            if depth == 0 and cue.lemma_.lower() not in SPEAKING_PASSIVES and passive_subject is not None \
                    and passive_subject.lemma_.lower() not in DOCUMENTS:
                # "Obama has been criticized for …", "was asked about …": the passive's subject
                # is who the words were about or to, unless "quoted as saying", "heard saying"
                # (a verb coordinated with it shares that subject: "was forced … and said"; a
                # document keeps speaking for its author: "his missive was ridiculed for …")
                return None
        # The subject nearest the cue first: a parser that gives one verb two subjects
        # ("Speaking in Salem, New Hampshire, Trump went", "Berea, OH, ... Gov. John Kasich
        # (R-OH), said") has hung a place on it.
        for child in sorted(cue.children, key=lambda c: abs(c.i - cue.i)):
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in self._token_quote:
                # The parser took the quote for the subject: "Hello," the minister, ... told
                for g in child.children:
                    if g.dep_ == "appos" and g.i not in self._token_quote:
                        return g
            if child.dep_ == "nsubj" and child.ent_type_ in ("DATE", "TIME") and any(c.dep_ == "mark" for c in cue.children):
                # "One Reform activist who has been knocking on doors since January said:": a date the
                # parser made the subject of a clause it opened with "since"; the speaker is the noun above
                node = cue.head
                while node.pos_ != "NOUN" and node.head.i != node.i:
                    node = node.head
                return node if node.pos_ == "NOUN" and node.i not in self._token_quote else None
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in self._token_quote and child.text not in ("-", "–", "—"):
                # (not a hyphen the parser split off: "the ex-international wrote")
                if child.lower_ in ("who", "that", "which") and cue.dep_ == "relcl":
                    # ("McConnell, now the Senate majority leader, who in 2010 said": the name the
                    # clause's noun stands beside)
                    head = cue.head
                    if head.ent_type_ in ("DATE", "TIME") and child.lower_ == "which":
                        # ("an email MacLeod sent … on 14 May, which read:": the document, not the date)
                        node = head
                        while node.head.i != node.i and not (node.pos_ == "NOUN" and node.lemma_.lower() in DOCUMENTS):
                            node = node.head
                        return node if node.pos_ == "NOUN" and node.lemma_.lower() in DOCUMENTS else None
                    return head.head if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" else head
                if (name := opening_phrase_name(child)) is not None:
                    return name  # ("Outside court, Sergeant Lena Kovač said": not "court")
                if child.pos_ == "ADP":
                    # "Of Carson, Levine, who …, said": a preposition taken for the subject, the
                    # name after it for its object
                    obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
                return child
        for child in cue.children:
            if child.lower_ == "as" and child.i < cue.i:
                # "As Akhil Amar, professor of law, put it, …": the parser took the subject for
                # the object of "as".
                obj = next((g for g in child.children if g.dep_ == "pobj" and g.i not in self._token_quote), None)
                if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return obj
        prev = cue.doc[cue.i - 1] if cue.i else None
        if prev is not None and prev.head.i == cue.i and prev.is_title and prev.text in self._name_words:
            return prev  # "Skelly said …" with the surname tagged an adverb; the article names him elsewhere
        nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        if nxt is not None and nxt.head.i == cue.i and nxt.dep_ == "advmod" and nxt.is_title and nxt.text in self._name_words:
            return nxt  # "said Skelly, explaining …" likewise
        if cue.i > 0 and cue.tag_ != "VBG" and (cue.doc[cue.i - 1].i in self._token_quote or cue.doc[cue.i - 1].is_quote):
            # '"...," read the statement': the parser took the inverted subject for an object
            # (not so a participle: '"…," telling Fox 35 that …' names whom it was told to).
            for child in cue.children:
                if child.dep_ in ("dobj", "attr", "npadvmod") and child.i > cue.i and child.pos_ in ("NOUN", "PROPN") and child.i not in self._token_quote:
                    return child
        if cue.tag_ == "VBG":
            # "footage of Hillary Clinton asking, ...": the name right before the gerund.
            prev = cue.doc[cue.i - 1] if cue.i else None
            if prev is not None and prev.i not in self._token_quote and (
                prev.ent_type_ in ("PERSON", "ORG") or (prev.pos_ == "PROPN" and not prev.ent_type_)
            ):
                return prev
        if cue.dep_ in ("ROOT", "conj"):
            # "In a statement read to the court by Ms Ap-Gruffydd, Ms Pryce, 36, said …": the name
            # right before a verb left with no subject, that the parser hung beside another
            k = cue.i - 1
            while k > 0 and (cue.doc[k].is_punct or (cue.doc[k].like_num and cue.doc[k].dep_ == "appos")):
                k -= 1
            near = cue.doc[k] if k >= 0 else None
            if near is not None and near.dep_ == "appos" and near.ent_type_ in ("PERSON", "ORG") and near.i not in self._token_quote:
                return near
        head = cue.head
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.lemma_ in CAUSATIVES:
            # "the crowd refused to let her go, chanting "…"": the participle hung on what was let
            # happen is the doing of whoever let it
            return self.subject_of(head.head, depth + 1)
        if (cue.dep_ == "conj" or (cue.dep_ == "advcl" and cue.tag_ == "VBG")) and head.dep_ == "ccomp" \
                and self.is_cue(head.head) and not self.is_cue(head):
            # "Suu Kyi said it was too early ... but added, "…"", "Trump told Newsmax that
            # Romney "had a crazy policy," adding, "…"": the parser joined the second report to
            # the first one's content; it shares the reporter's subject.
            return self.subject_of(head.head, depth + 1)
        if depth < 3 and cue.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acl", "relcl", "parataxis") and cue.head.i != cue.i:
            if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
                sender = _sent_to(cue.head)
                # "Kerry, speaking in London, ...", but "emailed supporters saying", "a text
                # message to supporters saying": the audience does not speak; the sender does.
                return self.subject_of(sender, depth + 1) if sender is not None else cue.head
            if cue.dep_ == "relcl":
                return cue.head
            shared = next((c for c in cue.head.children if c.dep_ == "nsubjpass" and c.i not in self._token_quote), None)
            if cue.dep_ == "conj" and shared is not None and cue.head.i < cue.i \
                    and not any(t.tag_ in ("WP", "WDT") for t in cue.doc[cue.head.i : cue.i]):
                # "Silverman was joined on stage by Al Franken and joked, …": a verb coordinated
                # with a passive shares its subject, not its agent (not so a verb the parser took
                # out of a relative clause: "was asked by Bill Maher, who … has dismissed …")
                return shared
            return self.subject_of(cue.head, depth + 1)
        if cue.dep_ == "ROOT" and (hung := self._subject_hung_before(cue)) is not None:
            return hung
        if cue.pos_ == "NOUN" and cue.tag_ == "NNS":
            # '"...," Viguerie notes.': a verb the tagger took for a plural noun, its subject
            # parsed as a compound.
            for child in cue.children:
                if child.dep_ == "compound" and child.i < cue.i and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON"):
                    return child
        if cue.pos_ == "NOUN":
            # "in a statement", "Kerry's statement": the possessor or the governing verb's subject
            for child in cue.children:
                if child.dep_ == "poss":
                    return child
            head = cue.head
            while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
                head = head.head
            if head.i != cue.i and head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
        return None

    def _subject_hung_before(self, root):
        """The subject of a root cue the parser hung on a word before it, or None."""
        doc = root.doc
        if root.pos_ == "VERB":
            # "a White House official who spoke anonymously said …": the noun phrase that ends
            # right before the verb.
            node = doc[root.i - 1] if root.i else None
            for _ in range(6):
                if node is None or node.i >= root.i or node.i in self._token_quote:
                    break
                if node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("appos", "dep", "conj") and node.right_edge.i >= root.i - 2:
                    return node
                if node.head.i == node.i:
                    break
                node = node.head
        # "In a statement read to the court, Margaret Kowalczyk, whose mother …, said": the name the
        # parser made the opening phrase's apposition
        for t in doc[root.sent.start : root.i]:
            verb = _verb_after_opening_phrase(t, min([t.i, *(c.i for c in t.lefts if c.dep_ == "compound")]), t.i + 1) \
                if t.pos_ == "PROPN" and t.dep_ == "appos" and t.i not in self._token_quote else None
            if verb is not None and verb.i == root.i:
                return t
        # "Sanders, meanwhile, who sits at zero endorsements, said …", "Mr. Slinker, whose
        # start-up … uses big data, said …": the relative clause made the cue's content, its
        # antecedent that clause's subject.
        for child in (c for c in root.children if c.dep_ == "ccomp" and c.i < root.i):
            for s in child.children:
                if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN") and s.i + 1 < root.i and doc[s.i + 1].text == "," \
                        and any(t.lower_ in ("who", "whose") for t in doc[s.i + 2 : min(s.i + 5, root.i)]):
                    return s
        return None

    def outer_subject(self, cue, pronoun):
        """The highest subject above ``cue`` in its sentence that ``pronoun`` can refer to."""
        low = pronoun.lower_
        best = None
        node = cue.head
        for _ in range(6):
            for c in node.children:
                if c.dep_ != "nsubj" or c.i in self._token_quote or c.i == pronoun.i:
                    continue
                if low in ("he", "she"):
                    ok = c.lower_ == low or c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and self.is_cue(node))
                elif low == "they":
                    ok = c.lower_ == "they" or c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "ORG" or c.lemma_ in ("campaign", "committee", "administration")
                elif low == "it":
                    ok = c.lower_ == "it" or c.ent_type_ == "ORG" or c.tag_ == "NN"
                else:
                    ok = False
                if ok:
                    best = c
            if node.head.i == node.i:
                break
            node = node.head
        return best

    def main_subject(self, quote: ChunkQuote):
        """The highest subject among the verbs above a quote's roots, in its sentence."""
        best = None
        for r in quote.roots:
            node = r.head
            for _ in range(8):
                if node.i not in quote.tokset and node.pos_ in ("VERB", "AUX"):
                    subj = self.subject_of(node)
                    if subj is not None and subj.i not in self._token_quote and subj.pos_ in ("PROPN", "PRON", "NOUN", "NUM"):
                        best = subj  # ("One of the executives, Michael Sexton, testified that …")
                if node.head.i == node.i:
                    break
                node = node.head
            if best is not None:
                return best
        return None

    # ---- from tokens to plain data --------------------------------------------------------
    def mention_from(self, att: Attribution, subj, cue_tokens) -> Attribution:
        """``att`` filled with the cue and the speaker mention headed by ``subj``, in original offsets."""
        if cue_tokens:
            att.cue = span_of(cue_tokens, self.masked)
            att.cue_lemma = " ".join(t.lemma_.lower() for t in cue_tokens)
            if self.lex.cue_class(cue_tokens[0].lemma_, cue_tokens[0].text) == "thought":
                att.flags.add("thought")
        if subj is None:
            return att
        document = subj if subj.pos_ == "NOUN" and subj.lemma_.lower() in DOCUMENTS else None
        if document is not None:
            # "A statement from the company said": the body the document is from speaks, as described
            # (or by name: "A statement from the Selkirk Avenue BIZ said", "from the Chief Minister's Office")
            subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                         if o.dep_ == "pobj" and not self.in_quote(o) and (
                             (o.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children))
                             or (o.pos_ == "PROPN" and o.text[:1].isupper() and o.ent_type_ not in ("PERSON", "GPE")))), subj)
        np_tokens = [t for t in noun_phrase(subj) if t.i not in self._token_quote or t.i == subj.i]
        head = subj  # the word the mention is named by
        while head.i + 2 < len(self.doc) and self.doc[head.i + 1].text == "-" and not head.whitespace_ \
                and not self.doc[head.i + 1].whitespace_ and head.i + 2 not in self._token_quote:
            head = self.doc[head.i + 2]  # a compound the parser split at its hyphen: "the ex-international"
            det = [self.doc[subj.i - 1]] if subj.i and self.doc[subj.i - 1].dep_ == "det" else []
            np_tokens = sorted(set(np_tokens) | {self.doc[head.i - 1], head, *det}, key=lambda t: t.i)
        after = self.doc[subj.i + 1] if subj.i + 1 < len(self.doc) else None
        named = entity_at(after) if after is not None and subj.lower_ in self.lex.title_words else None
        if named is not None and named.label_ == "PERSON" and named.start == after.i and not self.in_quote(after):
            # The parser took the title for the head and left the name beside it ("said Navy
            # Capt. Jeff Davis"): the person is the speaker, the title part of the mention.
            subj = name_root(named)
            np_tokens = sorted(set(np_tokens) | set(noun_phrase(subj)), key=lambda t: t.i)
        named = name_for_calling(subj)
        if named is not None and not self.in_quote(named.root):
            subj = name_root(named)
            np_tokens = sorted(set(np_tokens) | set(noun_phrase(subj)), key=lambda t: t.i)
        ent = entity_at(subj)
        if ent is None and subj.text in POST_NOMINALS and subj.i and (named := entity_at(self.doc[subj.i - 1])) is not None:
            ent = named  # ("Felicity Okonkwo-Barnes KC told the jury": the parser's head is the letters after the name)
        # ("Jordi Puig i Ferrer said": a name's particle "i", a pronoun to the tagger)
        pronoun = subj.pos_ == "PRON" and not (ent is not None and ent.label_ == "PERSON" and len(ent) > 1)
        if ent is not None and ent.label_ == "NORP":
            # "The committee's ranking Republican, Sen. Cal Whitfield of Kansas, said": the person beside it
            person = next((p for c in subj.children if c.dep_ == "appos" and (p := entity_at(c)) is not None
                           and p.label_ == "PERSON" and not self.in_quote(c)), None)
            if person is not None:
                ent = None  # (the apposition below names the person)
        if ent is not None and any(t.i in self._token_quote for t in ent):
            # The NER ran a name into the masked quote beside it ("Hello” Renteria"): keep the
            # part outside the quote.
            quoted = [t.i for t in ent if t.i in self._token_quote]
            start, end = (max(quoted) + 1, ent.end) if max(quoted) < subj.i else (ent.start, min(quoted))
            ent = DocSpan(self.doc, start, end, label=ent.label) if start <= subj.i < end else None
        if ent is not None and ent.label_ in NAME_LABELS:
            np_tokens = sorted(set(np_tokens) | set(ent), key=lambda t: t.i)
        if cue_tokens and cue_tokens[0].dep_ == "relcl" and cue_tokens[0].head.i == subj.i:
            # "Trump, who has said ...": the mention runs from the name to its relative pronoun.
            rel = [c for c in cue_tokens[0].children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that", "which")]
            np_tokens = sorted(set(np_tokens) | set(rel), key=lambda t: t.i)
        while len(np_tokens) > 1 and (np_tokens[0].is_punct or np_tokens[0].is_space):
            np_tokens = np_tokens[1:]  # a closing mark the parser hung on the name after it, a dateline's blank
        att.mention = span_of(np_tokens, self.masked)
        att.mention_text = self.text[att.mention.start : att.mention.end]
        att.mention_lemma = subj.lower_ if pronoun else head.lemma_.lower()
        att.mention_plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "them", "we")
        if subj.lower_ in ("one", "another") and len(np_tokens) == 1 and (group := self._one_of_whom(subj)):
            att.mention_text = f"{att.mention_text} {group}"  # ("Two of the volunteers …. "…," one told BBC Scotland")
        # "The family released a statement. "…," it read.": "it" is the statement, whose author speaks
        document = self._document_before(subj) if subj.lower_ == "it" and subj.pos_ == "PRON" else None
        author = (self.author_of(document) or self._issuer(document)) if document is not None else None
        issuer = self._issuer_token(document) if document is not None and author is None else None
        sender = self._from_someone(document) if document is not None and author is None and issuer is None else None
        if author is not None:
            self._name(att, author)
        elif sender is not None:
            att.mention_label = "NOUN"  # ("a statement from Mrs Ashdown's family was read …. "…," it said.")
            self._sent_by(att, sender)
        elif issuer is not None:
            issuer = span_of(noun_phrase(issuer), self.masked)
            att.mention_label = "NOUN"
            att.mention_text = self.text[issuer.start : issuer.end]
        elif pronoun:
            att.mention_label = "PRON"
        elif ent is not None and ent.label_ in NAME_LABELS:
            self._name(att, ent)
        else:
            att.mention_label = "NOUN"
            # A name in apposition or inside the phrase: "the union leader, Sara Nelson,", "the
            # mayor of Paris, Anne Hidalgo" (where the parser hangs the name from "Paris")
            nested = [g for p in subj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                      for g in o.children if g.dep_ == "appos"]
            # ("the jury president, the actor Youssef Al-Amin": the name beside the second calling)
            nested += [g for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" for g in c.children if g.dep_ == "appos"]
            # ("The Comptroller and Auditor General, Eoghan McCarthy,": the name beside the title's last part)
            nested += [g for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN" and subj.lower_ in self.lex.title_words
                       for g in c.children if g.dep_ == "appos" and entity_at(g) is not None]
            # ("A bus driver who witnessed the raid, Stelian Popescu, described …": the parser hangs the name on the raid)
            nested += [g for c in subj.children if c.dep_ == "relcl" for g in c.subtree
                       if g.dep_ == "appos" and g.right_edge.i + 1 < len(self.doc) and self.doc[g.right_edge.i + 1].text == ","
                       and g.right_edge.i + 1 >= c.right_edge.i]
            for child in [c for c in subj.children if c.dep_ == "appos"] + nested:
                e = entity_at(child)
                if e is None and child.text in POST_NOMINALS and child.i:
                    e = entity_at(self.doc[child.i - 1])  # ("The business secretary, Gareth Pomeroy MP, told")
                if e is not None and (e.label_ == "PERSON" or (e.label_ == "ORG" and child.head.i == subj.i)):
                    self._name(att, e, beside=True)
                    break
                if e is not None and e.label_ in ("PRODUCT", "FAC", "WORK_OF_ART") and child.head.i == subj.i \
                        and subj.lemma_.lower() in ORGANISATION_NOUNS:
                    # "The terminal operator, Atlantis Port Services, said": a business, whatever the NER said
                    self._name(att, DocSpan(self.doc, e.start, e.end, label="ORG"), beside=True)
                    break
            if att.name is None and subj.lemma_.lower() in SPOKESPEOPLE:
                # "a spokesperson for Google" speaks for Google, as "a Google spokesperson" does
                for p in subj.children:
                    o = next((o for o in p.children if o.dep_ == "pobj"), None) if p.dep_ == "prep" else None
                    e = entity_at(o) if o is not None else None
                    if p.lower_ in ("for", "of", "at") and e is not None and e.label_ == "ORG" and not self.in_quote(e.root) \
                            and not self._a_surname(e):  # (not "A spokesman for Marsden-Cole", an organisation to the NER)
                        self._name(att, e, beside=True)
                        break
                    named = self._named_as(o) if p.lower_ in ("for", "of", "at") and e is None and o is not None else None
                    if named is not None:
                        self._name(att, named)  # "a spokeswoman for the trust", after "… Hospitals NHS Trust"
                        break
                    if p.lower_ in ("for", "of", "at") and o is not None and o.pos_ in ("NOUN", "PROPN") \
                            and (e is None or ((e.label_ == "PERSON" or self._a_surname(e)) and p.lower_ == "for")) \
                            and not self.in_quote(o) and p.i == subj.i + 1:
                        # "A spokesperson for the Paris police prefecture": the body it speaks for, as described (and
                        # a person's: "A spokesman for Mr. Hale" speaks for him, is not he)
                        body = span_of(noun_phrase(o), self.masked)
                        att.mention = Span(att.mention.start, max(att.mention.end, body.end))
                        att.mention_text = self.text[att.mention.start : att.mention.end]
                        break
            # (and the document's own clause: "Mr. Trump issued a statement Tuesday saying, …")
            own = subj.lemma_.lower() in DOCUMENTS and subj.pos_ == "NOUN"
            author = self.author_of(subj) if att.name is None else None
            issued = author is None and own and att.name is None and (author := self._issuer(subj)) is not None
            issuer = pronoun_issuer = None
            if author is None and att.name is None:
                earlier = self._earlier_document(subj)
                issuer = (self._issuer_token(subj) if own else None) or (
                    self._issuer_token(earlier) if earlier is not None else None)
                pronoun_issuer = self._issuing_pronoun(earlier) if earlier is not None and issuer is None else None
                sender = self._from_someone(earlier) if earlier is not None else None
                if sender is not None:
                    issuer = pronoun_issuer = None
                    self._sent_by(att, sender)
            if pronoun_issuer is not None:
                # "In an email to staff, he described the strike …. "…," the email said.": whom "he" is
                att.mention = span_of([pronoun_issuer], self.masked)
                att.mention_text = self.text[att.mention.start : att.mention.end]
                att.mention_label, att.mention_lemma = "PRON", pronoun_issuer.lower_
                att.mention_plural = pronoun_issuer.lower_ == "they"
            elif author is not None:
                # "a statement from the Sierra Club", "the lawsuit filed by Maria Lopez"; or an
                # earlier sentence's "X said in a statement"
                self._name(att, author, beside=subj.left_edge.i <= author.start < subj.right_edge.i)
                if issued:
                    # "Trump released a video that said, "…"": who issued it is the source
                    att.mention = span_of(list(author), self.masked)
                    att.mention_text = self.text[att.mention.start : att.mention.end]
            elif issuer is not None and issuer.pos_ == "NOUN" and self._person_or_org(issuer) is None:
                # "In a statement, the police department urged …. "…," the statement said."
                of = [t for p in issuer.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > issuer.i
                      for o in p.children if o.dep_ == "pobj" for t in (p, *noun_phrase(o))]
                described = span_of(noun_phrase(issuer) + of, self.masked)  # ("a group of black parents")
                att.mention_text = self.text[described.start : described.end]
                att.mention_lemma = issuer.lemma_.lower()
            titles = self.lex.title_words
            run = [subj]
            k = subj.i - 1
            while k >= 0 and self.doc[k].pos_ == "PROPN" and self.doc[k] in np_tokens:
                run.insert(0, self.doc[k])
                k -= 1
            if att.name is None and subj.pos_ == "PROPN" and not all(t.lower_ in titles for t in run) \
                    and subj.ent_type_ not in ("DATE", "TIME"):  # (no date: "on 14 May, which read:")
                # A name the NER missed: the run of proper nouns ending at the head (not titles
                # alone: "the Prime Minister" is a description).
                while len(run) > 1 and run[0].lower_ in titles:
                    run.pop(0)
                body = subj.lower_ in BODY_NOUNS or subj.lower_ in INSTITUTION_HEADS or corporate_name([subj.lower_]) \
                    or (document is not None and subj is not document)  # (a body a statement is from: "the Selkirk Avenue BIZ")
                if body and subj.is_title:
                    # "The Information Commissioner's Office said": a body's name, the possessor and all
                    run = [t for t in np_tokens if t.i <= subj.i and t.dep_ != "det"] or run
                att.name = span_of(run, self.masked)
                att.name_text = self.text[att.name.start : att.name.end]
                att.mention_label = "ORG" if body else "PERSON"
            if att.name is None:
                for t in np_tokens:
                    e = entity_at(t)
                    # A person before a common noun is whom it works for, not who speaks ("a
                    # senior Cruz adviser", "a Clinton campaign official"), unless the noun is
                    # their document or words ("one Clinton ad", "Farley's account", "Smith's
                    # response"). An organisation's spokesman speaks for it ("an Intel
                    # spokeswoman", "Apple's spokesman"), but not a person's the NER took for one
                    # ("Trump's spokesman", after Donald Trump).
                    # A body before a person's calling is whom they work for ("the Harbor City Mariners
                    # coach"), unless the calling speaks for it.
                    org = e is not None and e.label_ == "ORG" and e.text not in self._surnames and not (
                        person_noun(subj.lemma_.lower()) and subj.lemma_.lower() not in SPOKESPEOPLE
                        and np_tokens[0].lower_ == "the")
                    authored = subj.lemma_.lower() in AUTHORED
                    own = e is not None and (org or e.start <= subj.i < e.end or authored) and not _where_based(e)
                    if own and e.label_ in ("PERSON", "ORG") and (t.dep_ != "poss" or authored or subj.lemma_.lower() in SPOKESPEOPLE):
                        self._name(att, e)
                        break
            att.description = att.mention_text
        return att

    def _one_of_whom(self, one) -> str:
        """What "one" (or "another") who speaks is one of: the people last named by a plural calling in its
        sentence or the two before ("Two of the volunteers described the search. "…," one said" is one
        volunteer; "Hawks fans" one Hawks fan), else "" (and "" where an aside says who: "said another, a
        man in his sixties")."""
        if one.i + 2 < len(self.doc) and self.doc[one.i + 1].text == "," and self.doc[one.i + 2].lower_ in ("a", "an", "the"):
            return ""
        start = one.sent.start
        for _ in range(2):
            start = self.doc[start - 1].sent.start if start else 0
        for t in reversed(self.doc[start : one.i]):
            # (not a noun of what someone is said to do: "said one, who represents road builders"; but "one
            # relative" said before is what "another" is one of too)
            if t.i in self._token_quote or t.pos_ != "NOUN" or any(a.dep_ == "relcl" for a in t.ancestors) \
                    or not (t.tag_ == "NNS" or any(c.lower_ == "one" and c.i == t.i - 1 for c in t.lefts)):
                continue
            lemma = t.lemma_.lower()
            if not (person_noun(lemma) or lemma in ANYONE) or lemma in ("people", "person", "member", "other"):
                return ""
            names = [c.text for c in t.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.i not in self._token_quote]
            return " ".join([*names, lemma])
        return ""

    def _a_surname(self, ent) -> bool:
        """Whether ``ent`` is the surname of a person the chunk names whole ("Marsden-Cole" of "Helen Marsden-Cole")."""
        return any(e.label_ == "PERSON" and len(e) > len(ent) and e.text.endswith(" " + ent.text) for e in self.doc.ents)

    def _name(self, att: Attribution, ent, *, beside: bool = False) -> None:
        """``att`` names the entity ``ent``; ``beside``: the name stands beside the phrase (in
        apposition, after a preposition), and the mention grows to cover both."""
        att.name = span_of(list(ent), self.masked)
        att.name_text = ent.text
        att.mention_label = ent.label_
        if beside:
            att.mention = Span(min(att.mention.start, att.name.start), max(att.mention.end, att.name.end))
            att.mention_text = self.text[att.mention.start : att.mention.end]

    def author_of(self, document):
        """The person or organisation a document names as its author ("a statement from X",
        "the lawsuit filed by X"), as an entity span, or None. "The statement" with no author
        is the one the article last gave one ("X said in a statement", "X issued a statement")."""
        lemma = document.lemma_.lower()
        if lemma in _STUDIES and lemma not in DOCUMENTS:
            return self._named_author(document)  # ("The review, by Melbourne accountants Hollis Grant, said")
        if lemma not in DOCUMENTS:
            return None
        author = self._named_author(document)
        if author is not None or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in document.children):
            return author
        for d in reversed(self.doc[max(0, document.i - 200) : document.i]):
            if d.i in self._token_quote:
                continue
            if _same_document(d.lemma_.lower(), lemma) and (d.dep_ not in SUBJECT_DEPS or self._named_author(d) is not None
                                              or self._issuer_token(d) is not None):
                if self._from_someone(d) is not None:
                    return None  # ("read out a statement from a mother in Kisumu": hers, unnamed)
                return self._named_author(d) or self._issuer(d)  # (past a "the memo said", which names none)
            if lemma in ("lawsuit", "suit", "complaint") and d.lemma_ == "sue" and d.pos_ == "VERB":
                subject = self._verb_subject(d)  # "The ACLU sued the city …"
                return self._person_or_org(subject) if subject is not None else None
        return None

    def _from_someone(self, document):
        """The unnamed person (or family) a document is from ("a statement from a mother in Kisumu",
        "from Mrs Ashdown's family"), or None."""
        return next((o for p in document.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                     if o.dep_ == "pobj" and o.pos_ == "NOUN" and (person_noun(o.lemma_.lower()) or o.lemma_.lower() == "family")
                     and entity_at(o) is None and not self.in_quote(o)), None)

    def _sent_by(self, att: Attribution, sender) -> None:
        """``att`` made the words of the unnamed ``sender``, without their clauses ("a mother in Kisumu")."""
        clauses = {t.i for c in sender.children if c.dep_ in ("relcl", "acl", "punct") for t in c.subtree}
        sent_by = span_of([t for t in sender.subtree if t.i not in clauses], self.masked)
        att.mention_text = self.text[sent_by.start : sent_by.end]
        att.mention_lemma = sender.lemma_.lower()

    def _earlier_document(self, document):
        """Where the article last named the document "the statement" (or "that letter") is, or None."""
        lemma = document.lemma_.lower()
        if lemma not in DOCUMENTS or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in document.children):
            return None
        return next((d for d in reversed(self.doc[max(0, document.i - 200) : document.i])
                     if d.i not in self._token_quote and _same_document(d.lemma_.lower(), lemma)), None)

    def _document_before(self, it):
        """The document "it" stands for: the last one named outside quotes in its sentence or the one
        before ("The family released a statement. "…," it read."), or None."""
        sent = self._sent_of.get(it.i, 0)
        bodies = set()  # a body named since is likelier (not a person, nor the one the document is from: "a statement
        # from Mrs Ashdown's family was read by their solicitor, Gareth Lyle. "…," it said.")
        for t in reversed(self.doc[max(0, it.i - 60) : it.i]):
            if self._sent_of.get(t.i, 0) < sent - 1 or t.lower_ in ("it", "its"):
                break
            if t.i in self._token_quote:
                continue
            if t.ent_type_ == "ORG":
                bodies.add(t.i)
            if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENTS:
                return t if bodies <= {x.i for x in t.subtree} else None
        return None

    def _named_author(self, document):
        """The author the document's own phrase names: "a statement from X", "the lawsuit filed by X",
        "a speech Mrs. Clinton delivered", "The report was compiled by X"."""
        verb = document.head
        if document.dep_ == "nsubj":
            # ("The review, by Melbourne accountants Hollis Grant, said": to the parser, the verb's "by")
            for by in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and document.i < c.i < verb.i
                       and self.doc[c.i - 1].text == ","):
                for g in (g for g in by.children if g.dep_ == "pobj"):
                    if (e := self._person_or_org_beside(g)) is not None:
                        return e
        if document.dep_ == "nsubjpass" and verb.lemma_.lower() in AUTHORING:
            for by in (c for c in verb.children if c.dep_ == "agent"):
                for g in (g for g in by.children if g.dep_ == "pobj"):
                    e = self._person_or_org_beside(g)  # ("by the forensic firm Ndlovu & Partners")
                    if e is not None:
                        return e
        for child in document.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in AUTHORING and (subject := self._verb_subject(child)) is not None:
                e = self._person_or_org(subject)
                if e is not None:
                    return e
            # (and a verb joined to it: "written in blue ink and signed by Hemi Te Rangi")
            verbs = [child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB")] if child.dep_ == "acl" else [child]
            for verb in verbs:
                heads = [verb] if verb.dep_ == "prep" and verb.lower_ in ("from", "by") else (
                    [g for g in verb.children if g.dep_ == "agent"] if verb.dep_ in ("acl", "conj")
                    and verb.lemma_.lower() not in READERS else [])
                for by in heads:
                    for g in by.children:
                        # ("written by the consulting firm Halvorsen Advisory"; not the official who signed a
                        # ministry's statement)
                        e = None if g.dep_ != "pobj" else self._person_or_org(g) if verb.lemma_.lower() == "sign" \
                            else self._person_or_org_beside(g)
                        if e is not None:
                            return e
        # ("A statement issued on behalf of Kōwhai Ridge Estate said")
        for behalf in (t for t in document.subtree if t.lower_ == "behalf" and t.head.lower_ == "on"):
            for g in (g for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
                if (e := self._person_or_org_beside(g) or self._unknown_name(g)) is not None:
                    return e
        # "The Schools Standards Inspectorate report", "a White House statement": the name before it
        named = next((c for c in document.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == document.i - 1), None)
        if named is None:
            # ("An HSE investigation report": the name before the nouns the document's name is made of)
            k = document.i - 1
            while k >= 0 and self.doc[k].dep_ == "compound" and self.doc[k].pos_ == "NOUN" and self.doc[k].head.i > k:
                k -= 1
            named = self.doc[k] if k >= 0 and k < document.i - 1 and self.doc[k].dep_ == "compound" \
                and self.doc[k].pos_ == "PROPN" else None
        return (self._person_or_org(named) or self._unknown_name(named)) if named is not None else None

    def _issuer(self, document):
        """Whose the document is by the clause around it: "X said in a statement", "X issued a
        statement", "X's letter"."""
        who = self._issuer_token(document)
        if who is None:
            return None
        # ("The dam's operator, Northland Hydro, said in a statement"): the name beside the issuer
        return self._person_or_org_beside(who) or self._unknown_name(who)

    def _unknown_name(self, head):
        """The proper name ``head`` ends, which the NER did not know ("The Hatay Governor's Office",
        "Voltra"), as an organisation's span; None for a common noun ("the company")."""
        if head.pos_ != "PROPN" or not name_cased(head) or head.i in self._token_quote:
            return None
        start = head.i
        while start > head.left_edge.i and (self.doc[start - 1].tag_ == "POS" or (
                self.doc[start - 1].pos_ == "PROPN" and name_cased(self.doc[start - 1]))):
            start -= 1
        while self.doc[start].tag_ == "POS":
            start += 1
        return DocSpan(self.doc, start, head.i + 1, label="ORG")

    def _issuer_token(self, document):
        """The head of whoever issued the document, named or not (see :meth:`_issuer`), or None."""
        subject = self._issuing_subject(document)
        # (not "which", "Thursday's memo")
        return subject if subject is not None and subject.pos_ != "PRON" and subject.ent_type_ not in ("DATE", "TIME") else None

    def _issuing_pronoun(self, document):
        """The "he", "she" or "they" who issued the document ("In an email to staff, he described …"), or None."""
        subject = self._issuing_subject(document)
        return subject if subject is not None and subject.lower_ in ("he", "she", "they") else None

    def _issuing_subject(self, document):
        """The subject of the clause that issued the document: of "X said in a statement", "X issued
        a statement", the possessive of "X's letter", or of "a letter X wrote"; or None."""
        head = document.head
        verb = head.head if document.dep_ == "pobj" and head.lower_ in ("in", "through", "via") else (
            head if document.dep_ == "dobj" and head.lemma_.lower() in ISSUING else None)
        if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # ("reached a similar conclusion in its latest study": the one who reached it)
        # (first, of the clause on it that wrote it: "Linda Jessup read a letter he wrote to the court")
        wrote = next((c for c in document.children if c.dep_ == "relcl" and c.lemma_.lower() in AUTHORING), None)
        subject = self._verb_subject(wrote or verb) if wrote is not None or verb is not None else None
        return subject or next((c for c in document.children if c.dep_ == "poss"), None)

    def _verb_subject(self, verb):
        """The subject of ``verb`` outside quotes, or None."""
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self._token_quote), None)
        if subject is None and verb.dep_ == "conj" and verb.head.i < verb.i:
            return self._verb_subject(verb.head)  # ("deleted the post and published a statement": the first verb's)
        return subject

    def _person_or_org_beside(self, token):
        """The person or organisation ``token`` names, or the one named beside it: "the consulting
        firm Halvorsen Advisory", "The dam's operator, Northland Hydro,"."""
        return self._person_or_org(token) or next(
            (e for c in token.children if c.dep_ == "appos" and (e := self._person_or_org(c)) is not None), None)

    def _person_or_org(self, token):
        e = entity_at(token)
        if e is None and token.pos_ == "PROPN":
            # "RideNest said in a statement" where the NER knew "RideNest" only elsewhere
            label = next((x.label_ for x in self.doc.ents if x.text == token.text and x.label_ in ("PERSON", "ORG")), None)
            e = DocSpan(self.doc, token.i, token.i + 1, label=label) if label else None
        return e if e is not None and e.label_ in ("PERSON", "ORG") and token.i not in self._token_quote else None

    def attribution(self, quote: ChunkQuote, subj, cue_tokens=()) -> Attribution | None:
        """A new attribution of ``quote`` to the speaker token ``subj`` by ``cue_tokens``; None
        when the quote stands inside the noun phrase ``subj`` heads, before the head ("Any
        "cleareyed" interpretation of …, said Kofman, would", "The "90 percent" figure came
        from"): a phrase is no speaker of its own modifier."""
        if subj is not None:
            phrase = noun_phrase(subj)
            if phrase[0].i < quote.tokens[0].i and quote.tokens[-1].i < subj.i:
                return None
        att = Attribution(quote=quote.index, method=Method.NONE, sent=self.sent_offset + quote.sent)
        return self.mention_from(att, subj, list(cue_tokens))

    # ---- around a quote -------------------------------------------------------------------
    def window(self, quote: ChunkQuote):
        """The quote's sentence, at most 80 tokens either side of the quote.

        Scans stay near the quote, so a run-on "sentence" with thousands of quotes (no full
        stops anywhere) costs linear time, not quadratic.
        """
        sent = self.sents[quote.sent]
        lo = max(sent.start, min(quote.tokset) - 80)
        hi = min(sent.end, max(quote.tokset) + 80)
        return self.doc[lo:hi]

    def stands_alone(self, quote: ChunkQuote) -> bool:
        """Whether a whole-sentence quote is all of its sentence (punctuation aside)."""
        return quote.sentential and all(t.i in quote.tokset or t.is_punct or t.is_space for t in self.sents[quote.sent])
