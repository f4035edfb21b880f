"""Who speaks a quote inside a quote: whoever the outer speaker reports saying it.

"My brother told me, 'Dolores, buy a house.' I said, 'I have a house.'" – the inner quotes are
the brother's and the outer speaker's own. The reporting clause is read from the outer quote's
words before the inner one, in its sentence (the parse never sees inside a quote: it is masked).
The outer quote keeps its own speaker; an inner quote whose clause names nobody stays unattributed.
"""

from __future__ import annotations

import re

from quotedesk.core.model import Quote, Span, SpeakerKind
from quotedesk.engine.lexicon import lexicon
from quotedesk.engine.marks import RawQuote
from quotedesk.engine.speakers import Resolved, Resolver

# "A receptionist told me the team was '…", "Agnieszka gave me a tube and said, '…", "He used to say, '…"
_CLAUSE = re.compile(
    # (a relative or a calling with the name beside it: "My manager, Ricardo Fonseca, … said")
    r"(?P<who>\b(?:[Mm]y|[Oo]ur|[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
    r"(?:,\s+(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),)?"
    r"|\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\b|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:\s+[\w'’,-]+){0,8}?\s+"
    r"(?P<cue>said|says|say|told|tells|asked|asks|replied|replies|wrote|writes|shouted|yelled|screamed|whispered|"
    r"added|used\s+to\s+say|would\s+say|kept\s+saying)\b"
    r"[^.!?\"“”‘’']{0,40}$")
_REACH = 300  # how far back in the outer quote the reporting clause may start (characters)
_ADVERBS = {"once", "then", "later", "also", "still", "often", "never", "always", "again", "just", "even"}
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
    m = _CLAUSE.search(text[lo : q.start].rstrip(" ,:\n"))
    if m is None:
        return None
    who = m.group("named") or m.group("who")
    words = who.split()
    while len(words) > 2 and (words[-1].endswith("ly") or words[-1] in _ADVERBS):
        words.pop()  # ("A customer once asked her")
    who = " ".join(words)
    start = m.start("named") if m.group("named") else m.start("who")
    mention = Span(lo + start, lo + start + len(who))
    cue = Span(lo + m.start("cue"), lo + m.end("cue"))
    found = _who(who, mention.start, outer, resolver)
    return (found, mention, cue) if found is not None else None


def _who(who: str, at: int, outer: Quote, resolver: Resolver) -> Resolved | None:
    word = who.split()[0].lower()
    if word in ("i", "we"):
        # the outer speaker's own words, reported by themselves ("I said, '…'")
        return Resolved(outer.speaker, outer.speaker_kind, outer.role, "outer") if outer.speaker else None
    if word in ("my", "our"):
        # "My grandmother used to say": the relative the article named beside the name, else
        # the outer speaker's relative
        kin = _KIN.match(who)
        if kin is None:
            return None  # ("My" alone: no one it names)
        noun = kin.group(1).lower()
        named = resolver.described_before(noun, at)
        if named is not None:
            return Resolved.of(named, "role")
        if outer.speaker and outer.speaker_kind is SpeakerKind.PERSON:
            return Resolved(f"{outer.speaker}'s {noun}", SpeakerKind.ANONYMOUS, None, "description")
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
