"""Who speaks a quote inside a quote: whoever the outer speaker reports saying it.

"My brother told me, 'Dolores, buy a house.' I said, 'I have a house.'" – the inner quotes are
the brother's and the outer speaker's own. The reporting clause is read from the outer quote's
words before the inner one, in its sentence (the parse never sees inside a quote: it is masked).
The outer quote keeps its own speaker; an inner quote whose clause names nobody stays unattributed.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from quotedesk.core.model import Quote, Span, SpeakerKind
from quotedesk.engine.lexicon import lexicon
from quotedesk.engine.marks import RawQuote
from quotedesk.engine.speakers import Resolved, Resolver
from quotedesk.engine.view import KIN_NOUNS, person_noun

# "A receptionist told me the team was '…", "Agnieszka gave me a tube and said, '…", "He used to say, '…"
_CLAUSE = re.compile(
    # (a relative or a calling with the name beside it: "My manager, Ricardo Fonseca, … said")
    r"(?P<who>\b(?:[Mm]y|[Oo]ur|[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
    r"(?:,\s+(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),)?"
    r"|\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\b|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r",?(?:\s+[\w'’,-]+){0,16}?\s+"
    r"(?P<cue>said|says|say|told|tells|asked|asks|ask|replied|replies|wrote|writes|shouted|yelled|screamed|whispered|"
    r"added|used\s+to\s+say|would\s+say|(?:keeps?|kept|been|was|is)\s+saying)\b"
    r"[^.!?\"“”‘’']{0,40}$")
_DETERMINERS = {"my", "our", "the", "a", "an"}
# What a child calls a parent or grandparent, as a name ("Dad always says") or after "my"
_FAMILY = {**dict.fromkeys(("mum", "mam", "mom", "mummy", "mommy", "ma", "mama", "mother"), "mother"),
           **dict.fromkeys(("dad", "daddy", "pa", "papa", "father"), "father"),
           **dict.fromkeys(("nan", "nana", "gran", "granny", "grandma", "nanna"), "grandmother"),
           **dict.fromkeys(("grandad", "granddad", "grandpa"), "grandfather")}
# People by what they do that the callings list lacks ("-or", "-ant" and "-ent" words are as often things:
# "the second floor", "the moment")
_DOERS = {"counsellor", "sailor", "tutor", "visitor", "operator", "instructor", "supervisor", "agent", "assistant",
          "servant", "client", "migrant", "immigrant", "merchant", "student", "resident", "tenant", "patient", "parent"}
_AGENT_ENDINGS = ("er", "ist", "ian", "man", "woman", "person")
_NOT_AGENTS = {"later", "earlier", "sooner", "longer", "number", "water", "paper", "order", "matter", "power", "summer",
               "winter", "letter", "corner", "border", "center", "river", "weather", "shoulder", "finger", "tower", "chapter", "computer", "counter", "quarter",
               "cover", "dinner", "answer", "banner", "poster", "flyer", "sticker", "trailer", "container", "folder"}
_NAME_GOES_ON = re.compile(r"\b[A-Z][\w'’-]* $")
_REACH = 300  # how far back in the outer quote the reporting clause may start (characters)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_KIN = re.compile(r"(?i)(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)$")


def nested_speaker(text: str, q: RawQuote, outer: Quote, resolver: Resolver) -> tuple[Resolved, Span, Span] | None:
    """The speaker of the nested quote ``q`` inside ``outer``, with the mention and cue it rests
    on; None when the outer words before it report nobody."""
    part = next((p for p in outer.parts if p.start <= q.start <= p.end), None)
    if part is None:
        return None
    window = max(part.start, q.start - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, q.start)]
    lo = ends[-1] if ends else window
    clause = text[lo : q.start].rstrip(" ,:\n“‘\"'")
    # the reporting clause nearest the quote ("It was only after the Women's Prize that I could say to her,")
    for k in reversed([0, *(w.end() for w in re.finditer(r"\s+", clause))]):
        if _NAME_GOES_ON.search(clause, 0, k):
            continue  # (not inside a name: "Fonseca" of "Ricardo Fonseca")
        m = _CLAUSE.match(clause, k)
        who = _reporter(m.group("named") or m.group("who")) if m is not None else None
        if who is None:
            continue
        start = m.start("named") if m.group("named") else m.start("who")
        mention = Span(lo + start, lo + start + len(who))
        cue = Span(lo + m.start("cue"), lo + m.end("cue"))
        found = _who(who, mention.start, outer, resolver)
        if found is not None:
            return found, mention, cue
    return None


def _reporter(who: str) -> str | None:
    """``who`` as the one who reports the words: a description cut after the person it names ("the
    director" of "the director came to", "My teacher" of "My teacher at the conservatory"), None if
    it names nobody ("a very long time"); a name or a pronoun as it is."""
    words = who.split()
    if words[0].lower() not in _DETERMINERS:
        return who
    heads = [i for i, w in enumerate(words) if i and _person_word(w.lower())]
    return " ".join(words[: heads[-1] + 1]) if heads and heads[0] <= 2 else None


def _person_word(word: str) -> bool:
    """Whether a word may name a person: a calling, rank or kin, or an agent noun ("receptionist",
    "gaffer"), not a common word ending like one ("other", "never")."""
    return person_noun(word) or word in KIN_NOUNS or word in _FAMILY or word in _DOERS or (
        word.endswith(_AGENT_ENDINGS) and word not in STOP_WORDS and word not in _NOT_AGENTS)


def _who(who: str, at: int, outer: Quote, resolver: Resolver) -> Resolved | None:
    word = who.split()[0].lower()
    if word in ("i", "we"):
        # the outer speaker's own words, reported by themselves ("I said, '…'")
        return Resolved(outer.speaker, outer.speaker_kind, outer.role, "outer") if outer.speaker else None
    if word in _FAMILY and who[0].isupper() and len(who.split()) == 1:
        who, word = f"my {word}", "my"  # ("Dad always says, '…'": the outer speaker's father)
    if word in ("my", "our"):
        # "My grandmother used to say": the outer speaker's relative the article named, else the
        # one it named beside the calling, else a description of them
        kin = _KIN.match(who)
        if kin is None:
            return None  # ("My" alone: no one it names)
        word = kin.group(1).lower()
        noun = _FAMILY.get(word, word)
        person = outer.speaker if outer.speaker and outer.speaker_kind is SpeakerKind.PERSON else None
        named = (resolver.relative_of(person, noun, at) if person else None) or resolver.kin_described_before(noun, at, of=person)
        if named is not None:
            return Resolved.of(named, "role")
        if person:
            return Resolved(f"{person}'s {word}", SpeakerKind.ANONYMOUS, None, "description")
        return None
    if word in ("he", "she"):
        # someone the outer speaker talks of: the person the article is most about ("He used to
        # say, '…'" in an obituary), not the outer speaker
        ent = resolver.main_person(at, word, besides=outer.speaker)
        return Resolved.of(ent, "pronoun") if ent is not None else None
    if word in ("the", "a", "an"):
        return Resolved(who, SpeakerKind.ANONYMOUS, None, "description")
    ent = resolver.table.match(who, "PERSON", at=at)
    if ent is not None:
        return Resolved.of(ent, "name")
    if word in lexicon().first_names:
        return Resolved(who, SpeakerKind.PERSON, None, "name")
    return None
