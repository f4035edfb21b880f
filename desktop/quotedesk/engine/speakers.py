"""Canonical speakers: one table of people and organisations per article.

"Abadi", "Haider al-Abadi" and "Iraq's Prime Minister Haider al-Abadi" are one person, named by
the fullest form the article gives; titles are kept as roles. Pronouns resolve to the nearest
compatible person before them, preferring the speaker of the previous quote and subjects.
Anonymous descriptions ("a U.S. official") stay descriptions. Plain data in, plain data out.
"""

from __future__ import annotations

import collections
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quotedesk.core import names
from quotedesk.core.chrome import byline_author
from quotedesk.core.model import Method, Person, Span, SpeakerKind
from quotedesk.engine.attribution import Attribution, MentionInfo
from quotedesk.engine.lexicon import CLAIM_NOUNS, lexicon
from quotedesk.engine.components import AGE_WORD, years
from quotedesk.engine.confidence import PLAIN_CUES
from quotedesk.engine.view import (BIRTH_ORDER, BODY_NOUNS, BUSINESS_NOUNS, BUSINESS_ONLY, CHILD_NOUNS, CORPORATE_WORDS,
                                   COURTESY_TITLES, ELDER, GROUP_HEADS_ORG, KIN_FORMS, KIN_NOUNS, ORGANISATION_NOUNS, PARENT_NOUNS,
                                   SPOKESPEOPLE, WHERE_BASED, corporate_name, person_noun)

_FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister", "congresswoman", "chairwoman", "spokeswoman"}
_MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "father", "fr", "fr.", "brother", "congressman", "chairman", "spokesman"}


@lru_cache(maxsize=1)
def _title_tokens() -> frozenset[str]:
    # (not the letters of "U.S.": "S. Venkataraman" is not "Arvind Venkataraman")
    return frozenset(t for w in lexicon().title_words for t in names.tokens(w, strip_titles=False) if len(t) > 1)


def name_tokens(name: str) -> tuple[str, ...]:
    """Comparable tokens of a name (``quotedesk.core.names``), with the lexicon's titles."""
    return names.tokens(name, titles=_title_tokens())


def split_title(text: str) -> tuple[str | None, str]:
    """("Secretary of State", "John Kerry") from "U.S. Secretary of State John Kerry"."""
    words = text.split()
    titles = lexicon().title_words
    i = 0
    for j in range(1, min(3, len(words) - 1) if words[-1].lower() not in titles else 0):
        # the place or body whose title it is, before it: "Tacoma Police Chief Leonard Haskins"
        if not re.fullmatch(r"[A-Z][\w.'’-]*", words[j - 1]) or words[j - 1].lower() in lexicon().first_names:
            break
        if words[j].lower().strip(",") in titles - {"u.s.", "us", "former", "then"}:
            i = j
            break
    while i < len(words) - 1 and (words[i].lower().strip(",") in titles or words[i].lower() in {"of", "the", "state", "u.s.", "house"}):
        i += 1
    role_words = words[:i]
    while role_words and role_words[0].lower().strip(",") not in titles - {"u.s.", "us", "former", "then"}:
        role_words = role_words[1:]  # "and", "the", "U.S." before the title proper
    return " ".join(role_words) or None, " ".join(words[i:])


# Where a sentence starts: what comes right before its first word.
_OPENS_AT = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)$")
# A result as headlines and results lines give it: "Harlow Vale 27 Castlebridge 24", "Rovers 2, United 1".
_SCORE_LINE = re.compile(r"(?m)^(?P<a>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) \d{1,3},? "
                         r"(?P<b>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) \d{1,3}\b")
# An epithet of age: "the old man", "The elderly woman".
_OLD_ONE = re.compile(r"(?i)the\s+(?:old|older|elderly|aged)\s+(man|woman|lady|gentleman)")
# What a relative is to the one whose relative they are: a son's or daughter's "father" or
# "mother" is the one whose son or daughter they were introduced as.
_CHILDREN, _PARENT_WORDS = frozenset({"son", "daughter", "child"}), frozenset({"father", "mother", "dad", "mum", "mom"})
_KIN_BACK = {**{p: _CHILDREN for p in _PARENT_WORDS}, **{c: _PARENT_WORDS for c in _CHILDREN},
             "husband": frozenset({"wife"}), "wife": frozenset({"husband"}),
             "brother": frozenset({"brother", "sister"}), "sister": frozenset({"brother", "sister"}),
             "cousin": frozenset({"cousin"})}
# What else the one a kin word names may be called, to someone of the same family: a daughter is her
# brother's sister (a father is not surely his child's mother's husband: she may be his mother)
_KIN_TOO = {"daughter": {"sister"}, "son": {"brother"}, "sister": {"daughter"}, "brother": {"son"}}


@dataclass(slots=True)
class _Entity:
    name: str
    kind: SpeakerKind
    tokens: set[str]
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    gender: str | None = None
    order: int = 0  # creation order in the table
    described: set[str] = field(default_factory=set)  # what the article calls them beside their name ("duchess")
    told_apart: set[int] = field(default_factory=set)  # where "the elder X" names them apart from a namesake
    relative: bool = False  # introduced as someone's relative ("His son, Rohit Shinde,")
    titled: set[str] = field(default_factory=set)  # titles before their name ("dr" of "Dr Fiona Kinnear-Boyd")
    age: int | None = None  # the age the article gives beside the name ("Balwinder Singh Sandhu, 68,")
    affiliation: set[str] = field(default_factory=set)  # whose their role is: "raith" of "Raith manager Stuart Kerr"
    family: str = ""  # the family name of one named by first name alone as a relative ("His widow, Maureen,")
    courtesy: set[str] = field(default_factory=set)  # the courtesy titles the article gave them ("mrs", "ms")
    dead: bool = False  # the article told of their death ("has died at the age of 91")

    def named_before(self, pos: int | None) -> int:
        """How many of its mentions start before ``pos`` (all of them, with None); they are kept in
        text order."""
        return len(self.mentions) if pos is None else bisect_left(self.mentions, pos, key=lambda m: m.start)

    def last_before(self, pos: int | None) -> Span | None:
        """Its last mention before ``pos``, or None."""
        n = self.named_before(pos)
        return self.mentions[n - 1] if n else None

    def to_person(self) -> Person:
        return Person(
            name=self.name,
            kind=self.kind,
            mentions=tuple(self.mentions),
            aliases=tuple(sorted(a for a in self.aliases if a != self.name)),
            role=self.role,
            gender=self.gender,
        )


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+[“\"‘][\w .'’-]{1,30}[”\"’](?=\s)", "", text)  # (a nickname inside: Seán “the Admiral” Mac Mathúna)
    text = re.sub(r"['’]s$", "", text.strip(" ‘’“”"))  # "DuVernay’s ‘": the mark the parser took along
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"\s*\([^)]*$", "", text)  # "California Department of Transportation (Caltrans"
    text = re.sub(r"^.+?['’]s\s+(?=[A-Z][a-z]+\s+[A-Z][\w.'’-]+$)", "", text)  # "New Republic’s Jeet Heer"
    text = text.strip(" ,;:\"'“”").strip("-–—―")  # ("-Craig Fehrman", "Carla Sanchez-")
    return text if re.search(r"\b(?:Jr|Sr|Inc|Co|Corp|Ltd|[A-Z])\.$", text) else text.rstrip(". ")


# Title words that also open an organisation's name ("U.S. Senate", "British Airways").
_NOT_PERSONAL_TITLES = {"u.s.", "us", "british", "iraq's", "britain's", "former", "then", "house", "chief", "director"}
_ORG_WORDS = ORGANISATION_NOUNS | GROUP_HEADS_ORG | BODY_NOUNS | CORPORATE_WORDS | {"fund", "campaign"}


# Last words of an organisation's name that also begins with a first name ("Washington Post").
_MEDIA_WORDS = {"post", "news", "times", "journal", "sentinel", "star", "tribune", "herald", "gazette",
                "daily", "weekly", "review", "magazine", "press", "radio", "tv", "school", "rising", "friends",
                "bank", "party", "club", "league", "union", "council", "network", "county", "city", "church",
                "chapel", "temple", "mosque", "synagogue", "cathedral", "health", "global", "international",
                "brothers", "sons", "hall", "park", "street", "avenue", "elementary"}
_ORG_NAME_WORDS = _ORG_WORDS | _MEDIA_WORDS


def _personal_name(words: list[str]) -> bool:
    """Whether a name the NER called an organisation reads as a person's: a first name and a
    surname, with nothing of an organisation's ("Carly Fiorina", not "Washington Post")."""
    return (2 <= len(words) <= 3 and words[0].lower() in lexicon().first_names
            and words[0].lower() not in names.PARTICLES  # "Al Qaeda", "El Paso", "Le Monde"
            and all(re.fullmatch(r"[A-Z][\w.'’-]*", w) for w in words)
            and not any(w.lower().strip(".") in _ORG_NAME_WORDS for w in words))


def _same_person(person: set[str], other: set[str]) -> bool:
    """Whether a name the NER did not call a person's (``other``) is the person named ``person``:
    the same words, a lone surname ("Trump" in a headline, then "Donald Trump"), or a fuller
    form with a first name ("Haley Morris", then "Morris")."""
    if person == other:
        return True
    if other < person:
        return len(other) == 1
    return person < other and all(t in lexicon().first_names for t in other - person)


def _surname_of(toks: set[str], ent: _Entity) -> bool:
    """Whether a lone surname is the last word of a name the NER did not call a person's but that
    reads as one: two or three capitalised words, none of an organisation's ("Gurpreet Singh Sandhu",
    then "said Sandhu, 41,"; "Folasade Adeyemi-Nwachukwu", then "Adeyemi-Nwachukwu"; not "Trump University")."""
    words = ent.name.split()
    return 2 <= len(words) <= 3 and set(name_tokens(words[-1])) == toks \
        and words[0].lower() not in names.PARTICLES and all(re.fullmatch(r"[A-Z][\w.'’-]*", w) for w in words) \
        and not any(w.lower().strip(".") in _ORG_NAME_WORDS for w in words)


# Last words of a company's name, which the article may shorten to its first word ("Harlan Foods",
# then "Harlan said in a statement").
_COMPANY_ENDINGS = {"inc", "llc", "corp", "co", "company", "ltd", "plc", "robotics", "technologies",
                    "pharmaceuticals", "therapeutics", "airlines", "airways", "motors", "industries", "holdings",
                    "enterprises", "systems", "laboratories", "labs", "solutions", "software", "ventures", "capital",
                    "foods", "brands", "products", "energy", "logistics", "shipping", "realty", "properties", "group"}


def _company_short(toks: set[str], ent: _Entity) -> bool:
    """Whether a lone name is the first word of a company's name ("Harlan" of "Harlan Foods")."""
    words = ent.name.split()
    return len(toks) == 1 and ent.kind is SpeakerKind.ORGANISATION and len(words) >= 2 \
        and name_tokens(words[0]) == tuple(toks) and words[-1].lower().strip(".") in _COMPANY_ENDINGS


def _names_better(ent: _Entity, bare: str, toks: set[str], label: str) -> bool:
    """Whether a mention (``bare``, its name ``toks``, tagged ``label``) of ``ent`` is a better name
    for it: a fuller form, or a person's own form of a name first tagged as something else."""
    if not ent.tokens <= toks:
        # (or the given name of one the article named by its nickname: "Francis Xavier Doolan" of "Frank Doolan")
        words, theirs = bare.lower().split(), ent.name.lower().split()
        return label == "PERSON" and len(words) >= len(theirs) and _nicknamed(bare, ent) \
            and theirs[0] in _nicknamer().nicknames_of(words[0])
    if ent.kind is SpeakerKind.PERSON and label != "PERSON":
        # an organisation-tagged "Carly Fiorina", not "Eric Trump Foundation" or "Sanders's fans"
        return len(toks) > len(ent.tokens) and bare.split()[-1].lower() not in _ORG_WORDS \
            and not re.search(r"['’]s\b", bare)
    if label == "PERSON" and ent.kind is not SpeakerKind.PERSON:
        return True
    return len(toks) > len(ent.tokens) or (len(toks) == len(ent.tokens) and len(bare) > len(ent.name))


_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}


@lru_cache(maxsize=None)
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def _nicknamed(text: str, ent: _Entity) -> bool:
    """Whether a person's full name is ``ent``'s with a nickname for the given name, or the given
    name for its nickname: "Frank Doolan" of Francis Xavier Doolan, "Bill Clinton" of William
    Jefferson Clinton (the middle names of one among the other's)."""
    words, theirs = ([w.lower() for w in n.split()] for n in (_clean_name(text), ent.name))
    if ent.kind is not SpeakerKind.PERSON or min(len(words), len(theirs)) < 2 or words[-1] != theirs[-1] \
            or words[0] == theirs[0]:
        return False
    nick = _nicknamer()
    middle, their_middle = set(words[1:-1]), set(theirs[1:-1])
    return (words[0] in nick.nicknames_of(theirs[0]) or theirs[0] in nick.nicknames_of(words[0])) \
        and (middle <= their_middle or their_middle <= middle)


def _suffix(name: str) -> str | None:
    """The generational suffix that ends a name ("Jr" of "Marcus Delgado Jr."), or None."""
    words = name.replace(",", " ").split()
    last = words[-1].strip(".") if len(words) > 1 else ""
    return last if last in _NAME_SUFFIXES else None


# What news calls a public body it has named, and the words of the names it may stand for ("the
# agency" after the National Weather Service).
_AGENCIES = frozenset({"agency", "service", "administration", "bureau", "commission", "office", "department",
                       "authority", "board", "institute", "directorate", "inspectorate", "ministry"})
_BODY_HEADS = {w: frozenset({w}) for w in ("department", "ministry", "bureau", "commission", "council", "board",
                                            "authority", "office", "service", "administration", "committee",
                                            "association", "federation", "union", "institute", "foundation")}
_BODY_HEADS |= {"agency": _AGENCIES, "regulator": _AGENCIES, "force": frozenset({"police", "constabulary", "force"}),
                "club": frozenset({"club", "fc", "afc", "united", "athletic", "rovers", "wanderers", "albion", "rangers"})}
# Words in the name of a public body, not a business or club: "Wessex Constabulary", "Leeds City Council".
_PUBLIC_WORDS = _AGENCIES | _BODY_HEADS.keys() | {"police", "constabulary", "government", "university", "college",
                                                   "school", "hospital", "court", "parliament", "assembly", "party",
                                                   "nhs", "state", "convention", "campaign", "church", "army", "navy"}

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# How near (in characters) the namesake named last must be for a bare surname to mean them.
_NEAR_NAMESAKE = 300
# The last words of places' names: "Strumble Head", "Lochinver Bay"
_PLACE_WORDS = frozenset({"head", "point", "bay", "island", "isle", "hill", "hills", "mountain", "river", "lake", "loch", "valley",
                          "beach", "cape", "ness", "moor", "harbour", "harbor", "creek", "falls", "canyon", "forest", "peak",
                          "ridge", "reef", "gorge", "strait", "estuary", "glen", "sands", "cove", "heights"})
_TWO_NAMES = re.compile(r"(\S+ \S+) and (\S+ \S+)")
# What tells a child from the namesake they are named after, before the first name: "Young Francis"
_YOUNG_WORDS = ("Young", "Little", "Wee")
_YOUNG = re.compile(rf"(?:{'|'.join(_YOUNG_WORDS)})\s+(\w+)")
# A relative named by first name alone after the kin word, who bears the family's name: "His widow, Maureen,"
_KIN_BEFORE = re.compile(r"(?:\b(?:his|her|their)|[A-Z][\w-]*\s*['’]s)\s+(?:wife|widow|husband|widower|son|daughter"
                         r"|father|mother|dad|mum|mom|brother|sister|grandson|granddaughter|grandfather|grandmother)\s*,$", re.I)
# Endings of nouns for one who does something: "weaver", "campaigner", "florist", "librarian".
_AGENT_NOUN = re.compile(r"[a-z]{3}(?:er|or|ist|ian)$")
# A surname and "senior" or "junior" after it: "Ngata senior" is "the senior Ngata"
_SENIOR = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’-]+)\s+(senior|junior)")  # (and "Mr Haigh senior")
# The verbs of a reply ("she replied"), and how near before it a quoted question is the one it answers
_REPLIES = frozenset({"reply", "answer", "respond", "retort"})
_ASKED_JUST_NOW = 400
# Titles that say no rank: "Mr O'Neill" is not the namesake the article called Dr.
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# A woman the article calls Ms is not the "Mrs" of her name (her mother, say), nor the other way round
_UNLIKE_COURTESY = {"mrs": {"ms", "miss"}, "ms": {"mrs"}, "miss": {"mrs"}}
# Titles that tell namesakes apart when a surname comes after them alone.
_TITLES_BEFORE = frozenset({"dr", "prof", "professor", "sir", "dame", "lord", "lady", "judge", "justice", "rev", "reverend",
                            "father", "sister", "captain", "capt", "colonel", "col", "general", "gen", "sergeant", "sgt",
                            "inspector", "insp", "detective", "det", "senator", "sen", "rep", "governor", "gov", "mayor",
                            "councillor", "cllr", "coach", "chief", "madam", "alhaji", "alhaja", "hajia", "engr", "barr",
                            "smt", "shri", "datuk", "dato", "datin", "tun", "imam", "pastor", "bishop"})
# ("Capt. Michael Kwon", then "Captain Kwon": one title)
_TITLE_IN_FULL = {"prof": "professor", "rev": "reverend", "capt": "captain", "col": "colonel", "gen": "general",
                  "sgt": "sergeant", "insp": "inspector", "det": "detective", "sen": "senator", "gov": "governor",
                  "cllr": "councillor"}


class SpeakerTable:
    """People and organisations of one article, built from its name mentions in text order."""

    def __init__(self, mentions: list[MentionInfo], text: str = ""):
        self.text = text  # (to tell whether a paragraph break lies between two mentions)
        self.entities: list[_Entity] = []
        self._by_token: dict[str, list[_Entity]] = {}
        self.mentions = mentions
        self._by_start: dict[int, _Entity] = {}
        self._subjects = {m.span.start for m in mentions if m.subject and m.span is not None}  # (where a name is a subject)
        self._acronyms: dict[str, _Entity] = {}  # "MPA" of "the Maritime and Port Authority of Singapore (MPA)"
        teams = {n for m in _SCORE_LINE.finditer(text) for t in (m.group("a"), m.group("b")) for n in (t, t.split()[-1])}
        surnames: set[str] = set()
        for m in mentions:
            if m.label == "PERSON" and m.text.startswith("Born ") and len(m.text.split()) >= 3:
                # "Born Evelyn Shaw in Sheffield in 1938, … she met …": the person the story is about
                # under the name she was born with (the NER takes "Born" along)
                m.text, m.span, m.subject = m.text[5:], Span(m.span.start + 5, m.span.end), True
                first = m.text.split()[0]
                born = next((e for e in self.entities if e.kind is SpeakerKind.PERSON and len(e.tokens) >= 2
                             and e.name.split()[0] == first), None)
                if born is not None:
                    born.aliases.add(m.text)
                    insort(born.mentions, m.span, key=lambda x: x.start)
                    self._by_start[m.span.start] = born
                    continue
            if m.label == "PERSON" and m.text in teams:
                m.label = "ORG"  # ("Harlow Vale 27 Castlebridge 24": a side in a score line, and "Vale", whatever the NER said)
            if m.label == "PERSON" and len(m.text.split()) >= 2:
                surnames.add(m.text.split()[-1])
            elif m.label in ("GPE", "NORP", "LOC", "FAC") and m.subject and m.text in surnames:
                m.label = "PERSON"  # ("Okonkwo, signed from Kilmarnock, now has nine goals": a place to the NER, in
                # a chunk parsed apart from where "Chukwuemeka Okonkwo" was named)
            if m.label == "ORG" and (spelt := self._spelt_out(m)) is not None:
                self._acronyms[m.text] = self._by_start[m.span.start] = spelt
                insort(spelt.mentions, m.span, key=lambda x: x.start)
                continue
            two = _TWO_NAMES.fullmatch(m.text) if m.label in ("PERSON", "ORG") else None
            if two and all(_personal_name(n.split()) for n in two.groups()):
                # two people to the NER's one name: "Ewan Doyle and Fergus Doyle have both been interviewed"
                first, _ = (self.add(two.group(k), "PERSON", Span(m.span.start + two.start(k), m.span.start + two.end(k)))
                            for k in (1, 2))
                if first is not None:
                    self._by_start[m.span.start] = first
                continue
            if m.label in ("PERSON", "ORG"):
                ent = self.add(m.text, m.label, m.span, before=m.before, left_off=m.left_off, relative=m.relative,
                               subject=m.subject, hint=m.gender, called=_ROLE_FORMS.get(m.described, m.described))
                if ent is not None and m.age is not None:
                    ent.age = m.age
                if ent is not None and ent.gender is None:
                    ent.gender = m.gender  # (a hint only: it never keeps a name from its person)
                if ent is not None and m.described:
                    ent.described.add(_ROLE_FORMS.get(m.described, m.described))
                if ent is not None and m.court:
                    ent.described.add(m.court)  # ("Keith Mawdsley, 58, … is on trial": "the defendant")
                if ent is not None and m.relative:
                    ent.relative = True
                if ent is not None and m.dead:
                    ent.dead = True
                if ent is not None and m.label == "PERSON":
                    self._family_name(ent, m)
                if ent is not None:
                    self._by_start[m.span.start] = ent

    def _family_name(self, ent: _Entity, m: MentionInfo) -> None:
        """Let a relative the article names by first name alone answer to the family's name with a
        title, that of the one whose relative they are, named last: "His widow, Maureen," of Frank
        Doolan is whom "Mrs Doolan said" then means (but a bare "Doolan" is still Frank; and her
        name stays as the article gives it)."""
        if len(ent.mentions) != 1 or len(ent.tokens) != 1 or ent.kind is not SpeakerKind.PERSON \
                or not _KIN_BEFORE.search(m.before) or m.text.lower() not in lexicon().first_names:
            return
        firsts = lexicon().first_names
        # (named in its sentence or the one before, the subject first: whom "his" goes back to)
        named = [(x.span.start in self._subjects, x.span.start, e) for x in self.mentions
                 if x.span.start < m.span.start and m.sent - 1 <= x.sent <= m.sent and x.label == "PERSON"
                 and (e := self._by_start.get(x.span.start)) is not None and e is not ent
                 and e.kind is SpeakerKind.PERSON and len(e.tokens) >= 2]
        if not named:
            return
        owner = max(named, key=lambda x: x[:2])[2]
        words = owner.name.split()
        if len(words) >= 3 and words[0].lower() not in firsts:
            return  # (a family name first: "Tan Wei Jie")
        ent.family = words[-1].lower()
        ent.relative = True
        self._index(ent)

    def _spelt_out(self, m: MentionInfo) -> _Entity | None:
        """The organisation named right before an acronym in brackets whose initials it is."""
        if not re.fullmatch(r"[A-Z]{2,6}", m.text) or m.span is None or self.text[m.span.start - 1 : m.span.start] != "(":
            return None
        ent = next((e for e in reversed(self.entities) if e.kind is SpeakerKind.ORGANISATION and e.mentions
                    and re.fullmatch(r"\s*", self.text[e.mentions[-1].end : m.span.start - 1])), None)
        return ent if ent is not None and _initials(ent.name).startswith(m.text) else None

    def _index(self, ent: _Entity) -> None:
        for t in ent.tokens | ({ent.family} if ent.family else set()):
            bucket = self._by_token.setdefault(t, [])
            if ent not in bucket:
                bucket.append(ent)

    def add(self, text: str, label: str, span: Span | None, *, before: str = "", left_off: str = "",
            relative: bool = False, subject: bool = False, hint: str | None = None, called: str = "") -> _Entity | None:
        # (a title before a name the NER called an organisation: "Spokeswoman Haley Morris")
        titled = label == "PERSON" or (text.split() or [""])[0].lower() in lexicon().titles - _NOT_PERSONAL_TITLES
        role, bare = split_title(text) if titled else (None, text)
        bare = _clean_name(bare)
        after = _SENIOR.fullmatch(bare)
        if after is not None:
            bare, before = after.group(1), f"{before} the {after.group(2)}"  # ("Ngata senior" is "the senior Ngata")
        young = _YOUNG.fullmatch(bare)
        if young and young.group(1).lower() in lexicon().first_names and self._by_token.get(young.group(1).lower()):
            bare = young.group(1)  # ("Patrick's son, Francis," then "Young Francis said")
        toks = set(name_tokens(bare))
        if not toks or not any(ch.isalpha() for ch in bare):
            return None
        words = bare.split()
        if label == "PERSON" and len(words) >= 2 and words[-1].lower() in _PLACE_WORDS and words[0].lower() not in lexicon().first_names:
            return None  # a place to anyone but the NER: "off Strumble Head", "at Kinloch Bay"
        titles = {w.lower() for w in before.split()[-1:] + text.split()[:1]}
        gender = "f" if titles & _FEMALE_TITLES else "m" if titles & _MALE_TITLES else None
        personal = label == "PERSON" or _personal_name(words)  # ("Olaf Scholz", tagged ORG)
        if gender is None and personal and len(words) >= 2 and not (len(words) == 2 and words[0].lower() in ("mac", "mc")) \
                and words[1].lower() not in names.PARTICLES:
            # "Bill Clinton", "Melanie Trump" (not "Mac Giolla", nor "Van der Berg": a surname, particles and all);
            # a surname first, the given name after it, of one syllable each: "Tan Mei Ling"
            firsts = lexicon().first_names
            gender = firsts.get(words[0].lower()) or (firsts.get(words[1].lower()) if len(words) == 3
                                                      and words[0].lower() not in firsts and max(map(len, words)) <= 5 else None)
        titled = {_TITLE_IN_FULL.get(t, t) for t in (t.rstrip(".") for t in titles) if t in _TITLES_BEFORE}
        ent = self.match(bare, label, gender, span.start if span is not None else None,  # "Mr. Smith" is not his wife, Mary Smith
                         apart=bool(ELDER.keys() & set(before.lower().split()[-3:])), subject=subject, titled=titled,
                         courtesy=min({t.rstrip(".") for t in titles} & _COURTESY, default=""), hint=hint, called=called)
        kind = SpeakerKind.PERSON if personal else SpeakerKind.ORGANISATION
        lead = [w for w in before.lower().split() if w.rstrip(".") not in COURTESY_TITLES and w not in names.PARTICLES][-2:]
        # "the older (Mr) Sandhu", "the younger de la Cruz"
        elder = lead[-1] if len(lead) == 2 and lead[0] == "the" and lead[-1] in ELDER else None
        if elder and len(toks) == 1:
            # of the namesakes the article gave ages, the elder (or the younger)
            aged = [e for e in self.entities if e.kind is SpeakerKind.PERSON and toks < e.tokens and e.age is not None]
            if len(aged) >= 2:
                ent = (max if ELDER[elder] else min)(aged, key=lambda e: e.age)
            else:
                # (without ages, of a parent and child: "His father, Gerhard du Plessis", then "the younger du Plessis")
                both = [e for e in self.entities if e.kind is SpeakerKind.PERSON and toks < e.tokens
                        and [w for w in e.name.split() if w.strip(".") not in _NAME_SUFFIXES][-len(words):] == words]
                parents = [e for e in both if e.described & PARENT_NOUNS]
                children = [e for e in both if e.described & CHILD_NOUNS]
                if len(both) == 2 and (len(parents) == 1 or len(children) == 1):
                    older = parents[0] if len(parents) == 1 else next(e for e in both if e is not children[0])
                    ent = older if ELDER[elder] else next(e for e in both if e is not older)
        if relative and ent is not None and ent.tokens < toks and len(ent.aliases) == 1:
            ent = None  # "Owusu-Ansah, 61, inherited the farm from his father, Yaw Owusu-Ansah": a relative is someone else
        if relative and ent is not None and ent.dead and len(toks) == 1 and called and called not in ent.described \
                and _KIN_BEFORE.search(before):
            ent = None  # ("Francis Xavier Doolan … has died … Patrick's son, Francis,": the grandson named after him)
        if ent is None:
            ent = _Entity(name=bare, kind=kind, tokens=toks, order=len(self.entities))
            self.entities.append(ent)
            self._index(ent)
        elif _names_better(ent, bare, toks, label):
            ent.name, ent.tokens = bare, toks | ent.tokens  # (a fuller name, or the given name with the nickname: "Frank")
            self._index(ent)
            if corporate_name(bare.lower().split()):
                ent.kind = SpeakerKind.ORGANISATION  # "Brookvale", then "the Brookvale Department of Planning"
        if label == "PERSON" and not corporate_name(ent.name.lower().split()) and not ent.described & BUSINESS_ONLY \
                and not _company_short(toks, ent):
            ent.kind = SpeakerKind.PERSON  # NER calls a person ORG now and then; PERSON wins (not a body's name, nor
            # one the article called a business: "Payment app Lumora")
        ent.aliases.add(bare)
        ent.titled |= titled
        ent.courtesy |= {t.rstrip(".") for t in titles} & _COURTESY
        if left_off and left_off not in _YOUNG_WORDS and ent.kind is SpeakerKind.PERSON and len(ent.tokens) == 1:
            # the first name the NER left off completes a name known by its surname alone
            ent.name, ent.tokens = f"{left_off} {ent.name}", ent.tokens | set(name_tokens(left_off))
            self._index(ent)  # ("Ifeoma Nwachukwu", whom a fuller "Ngozi Nwachukwu" is not)
        if span is not None:
            insort(ent.mentions, span, key=lambda m: m.start)  # (kept in text order: see match)
            if elder:
                ent.told_apart.add(span.start)
        ent.gender = gender or ent.gender
        if label == "PERSON" and (called := self._role_before(before)):
            role = role or called
            words = before.split()[: -len(called.split())]  # ("Raith" of "Raith manager Stuart Kerr")
            if words and words[-1][:1].isupper() and words[-1].isalpha() and words[-1].lower() not in lexicon().title_words \
                    and words[-1] not in ("The", "A", "An"):
                ent.affiliation.add(words[-1].lower())
        if role and not ent.role:
            ent.role = role
        return ent

    @staticmethod
    def _role_before(before: str) -> str | None:
        titles = lexicon().title_words
        words = before.split()
        if words and words[-1].lower() in ("of", "for", "at"):
            return None  # "the chief of Sefwi Asempa": the role's place, not its bearer
        out: list[str] = []
        for w in reversed(words):
            lw = w.lower()
            if lw in titles or (out and lw in {"of", "state"}) or (w[:1].isupper() and lw in {"foreign", "prime", "defense", "treasury", "house", "white"}):
                out.insert(0, w)
            else:
                break
        out = [w for w in out if w.lower() not in {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "u.s.", "former"}]
        while out and out[0].lower() in {"of", "state", "the", "and"}:
            out.pop(0)
        return " ".join(out) or None

    def match(self, text: str, label: str | None = None, gender: str | None = None, at: int | None = None,
              *, apart: bool = False, subject: bool = False, titled: set[str] = frozenset(), courtesy: str = "",
              hint: str | None = None, called: str = "") -> _Entity | None:
        """The entity a name refers to: token subset either way, of the gender its title
        gives (one known to be of that gender before one of unknown gender: "Mrs. Clinton" is
        Hillary Clinton, not Bill Clinton named since), most recent on a tie; ``apart``: the text
        before the name tells namesakes apart ("the younger Mr Kiprono"); ``subject``: the name is
        the subject the story turns to; ``titled``: the titles before it ("Dr Kinnear-Boyd" is
        the namesake the article called Dr), ``courtesy``: a title of no rank before it ("Mr O'Neill": not
        the namesake called Dr; "Mrs Gilmartin": not the one called Ms Gilmartin); ``hint``: the gender
        the name's own clause gives
        ("Venkataraman, for her part, had posted": the sister, not the brother named since); ``called``:
        what the article calls the name beside it ("Kavanagh — the manager —": the namesake who is)."""
        if (spelt := self._acronyms.get(_clean_name(text))) is not None:
            return spelt
        toks = set(name_tokens(_clean_name(text)))
        if not toks:
            return None
        # Only entities sharing a word can match; visit them in the order they were made.
        candidates = {id(e): e for t in toks for e in self._by_token.get(t, ())}
        suffix = _suffix(text)  # (Marcus Delgado Sr. is not his son, Marcus Delgado Jr.)
        people = any(e.kind is SpeakerKind.PERSON for e in candidates.values())  # (no one of the name yet: a company's)
        found = [
            ent for ent in sorted(candidates.values(), key=lambda e: e.order)
            # (a relative named by first name alone, by the family's name with a title: "Mrs Doolan", not "Doolan")
            if (toks <= ent.tokens or ent.tokens <= toks or _nicknamed(text, ent)
                or (ent.family and (courtesy or titled or gender or apart) and toks <= ent.tokens | {ent.family}))
            and not (suffix and (theirs := {x for a in ent.aliases | {ent.name} if (x := _suffix(a))}) and suffix not in theirs)
            # ("Brightsea Council" is not a person the NER called "Brightsea", nor the "Eric Trump Foundation" Eric Trump)
            and not (label in ("ORG", None) and ent.kind is SpeakerKind.PERSON and ent.tokens < toks
                     and (_clean_name(text).split()[-1].lower() in _ORG_WORDS or " for " in text))  # ("Nguyen for Riverside")
            and not (label == "PERSON" and ent.kind is not SpeakerKind.PERSON and not _same_person(toks, ent.tokens)
                     and not _surname_of(toks, ent) and not (_company_short(toks, ent) and not people))
            and not (gender and ent.gender and ent.gender != gender)
        ]
        if gender:
            found = [ent for ent in found if ent.gender == gender] or found
        # (a relative known by the family's name only, if no one called by it can be meant: "Mrs Doolan" is the widow,
        # with no other woman of the name, but "Mr. Cruz" is still Ted Cruz, not "his father, Rafael")
        unlike = _UNLIKE_COURTESY.get(courtesy, set())  # ("Mrs Gilmartin" is not the one called "Ms Gilmartin")
        kin = [e for e in found if e.family and not toks <= e.tokens]
        if kin and any(e not in kin and not e.courtesy & unlike for e in found):
            found = [e for e in found if e not in kin]
        if label == "PERSON" and any(ent.kind is SpeakerKind.PERSON for ent in found):
            found = [ent for ent in found if ent.kind is SpeakerKind.PERSON]  # a person before a mis-tagged name
        if any(ent.kind is SpeakerKind.PERSON for ent in found):
            # "Trump wrote", "Clinton said": the person, not "Trump University" or the "Clinton
            # Foundation" named since (an organisation is not called by a part of its name)
            found = [ent for ent in found if ent.kind is SpeakerKind.PERSON or not toks < ent.tokens
                     or _same_person(toks, ent.tokens)]  # ("Carly Fiorina", tagged ORG)
        def last_start(e: _Entity) -> int:  # (a name means whom it meant where it stands, ``at``)
            last = e.last_before(at)
            return last.start if last is not None else -1

        best = max(found, key=last_start, default=None)
        last = best.last_before(at) if best is not None else None
        people = [e for e in found if e.kind is SpeakerKind.PERSON]
        # (a bare "Laurent" is Olivier Laurent's surname, not part of Nadia Haddad-Laurent's)
        surname = _clean_name(text).split()[-1].lower()
        # (or whose family name comes first: "Professor Tan" is Tan Kah Wee as much as Marcus Tan)
        exact = [e for e in people if e.name.split()[-1].lower() == surname or e.family == surname or (
            len(e.name.split()) >= 3 and e.name.split()[0].lower() == surname and surname not in lexicon().first_names)]
        bare = [e for e in exact or people if any(set(name_tokens(a)) == toks for a in e.aliases)]
        words = _clean_name(text).split()
        # (a surname alone, hyphens and all: "Reyes-Whitaker"; particles too: "Te Whare-Ngata" of "Aroha Te Whare-Ngata")
        one_word = len(words) == 1 or (len(people) > 1 and all(
            len(e.name.split()) > len(words) and e.name.split()[-len(words):] == words for e in people))
        if one_word and len(exact) == 1 and best in people and best is not exact[0] and exact[0].last_before(at) is not None \
                and surname in best.name.split()[-1].lower().split("-"):
            best = exact[0]  # (the mother, Donna Kerrigan, not her daughter Shannon Kerrigan-Boyd named since)
            last = best.last_before(at)
        people = exact or people
        keep = [e for e in people if not e.courtesy & unlike]
        if one_word and unlike and 0 < len(keep) < len(people):
            people = keep
            best = best if best in keep else max(keep, key=last_start)
            last = best.last_before(at)
        by_title = [e for e in people if e.titled & titled] if one_word and titled else []
        if one_word and courtesy and not titled and any(e.titled for e in people):
            by_title = [e for e in people if not e.titled]
        hinted = [e for e in people if e.gender == hint] if one_word and hint and not gender else []
        holding = [e for e in people if called in e.described or called in _role_words(e.role or "")] \
            if one_word and called and len(people) > 1 else []
        # (not one named in an aside of the namesake the sentence is about: "Lwazi Mahlangu, whose younger
        # brother Bongani Mahlangu was among those killed, said …. Mahlangu, who travelled from Mbombela, …";
        # "… was Margaret Quinlan, 82 – who, it turns out, is the mother of council leader Sarah Quinlan")
        aside = r",(?:\s+\d+)?\s+(?:[–—-]\s+)?who(?:se)?\b[^.!?\n]*"
        hosts = [e for e in people if e is not best and (h := e.last_before(at)) is not None and h.start in self._subjects
                 and h.end <= last.start and re.fullmatch(aside, self.text[h.end : last.start])] \
            if one_word and at is not None and last is not None and last.start not in self._subjects and len(people) > 1 else []
        if len(holding) == 1:
            best = holding[0]
        elif len(hosts) == 1:
            best = hosts[0]
        elif len(by_title) == 1 and len(people) > 1:
            best = by_title[0]  # ("Sir Alastair Kinnear-Boyd", "his daughter, Dr Fiona Kinnear-Boyd", then "Dr Kinnear-Boyd")
        elif len(hinted) == 1 and len(people) > 1 and all(e.gender for e in people):
            best = hinted[0]
        elif one_word and last is not None and last.start in best.told_apart and len(bare) == 1 and best is not bare[0]:
            # "DeShawn Kettering", "Kettering said", then his father "Reggie Kettering" and "the elder
            # Kettering": a bare "Kettering" is still the one the article calls so
            best = bare[0]
        elif at is not None and one_word and last is not None and len(people) > 1:
            # a bare surname far from the namesake named last is the article's main bearer of it; and,
            # past the paragraph it was last named in, not a relative the article introduced as
            # someone's ("His son, Rohit Shinde,"), whom it calls by first name after; but the
            # speaker of a quotation opening a paragraph after one about the relative, with no one
            # named since, is the relative ("Her mother, Sue Barraclough, has worked …", then "'…,'
            # Barraclough said"; not "In the trade, Lindqvist has long been known as …")
            main = max(people, key=lambda e: (not e.relative, e.named_before(at), last_start(e)))
            far = at - last.end > _NEAR_NAMESAKE
            past = best.relative and _PARAGRAPH_BREAK.search(self.text, last.end, at) is not None and not apart
            if (far or past) and not (subject and self._turned_to(best, main, last, at) and self._opens_with_quote(at)):
                best = main
        if best is None and (label != "PERSON" or re.fullmatch(r"[A-Z]{3,6}", text.strip())):
            best = self._abbreviated(text)
        return best

    def _opens_with_quote(self, pos: int) -> bool:
        """Whether the paragraph ``pos`` stands in opens with a quotation ("'…,' Rooke told")."""
        start = self.text.rfind("\n", 0, pos) + 1
        return self.text[start:pos].lstrip()[:1] in ("\"", "“", "‘", "'", "«", "„")

    def _turned_to(self, relative: _Entity, main: _Entity, last: Span, pos: int) -> bool:
        """Whether the story is still about ``relative`` at ``pos``: its mention ``last`` is the
        subject of a paragraph that names ``main`` only as whose relative they are ("Dunleavy's
        father, Gerry Dunleavy, went further"), or of one about no one else ("a currach built by
        skipper Colm McInerney — the chairwoman's son —"), and no one else is named between it and ``pos``."""
        def someone_else(start: int, end: int) -> bool:  # (someone named, or described as a subject:
            return any(start <= m.span.start < end and (m.label == "PERSON" or (  # "The singer has spoken …",
                m.label == "DESC" and m.subject and not re.match(r"(?i)(?:his|her|their|my|our) ", m.text)))
                for m in self.mentions)  # not "her late husband")
        if last.start not in self._subjects and someone_else(self.text.rfind("\n", 0, last.start) + 1, last.start):
            return False
        if someone_else(last.end, pos):
            return False
        theirs = main.last_before(last.start)
        between = self.text[theirs.end : last.start] if theirs is not None else "\n"
        return bool(_PARAGRAPH_BREAK.search(between)) or (len(between) < 30 and not re.search(r"[.!?]", between))

    def _abbreviated(self, text: str) -> _Entity | None:
        """The organisation an acronym stands for: "RDG" is the Rail Delivery Group, "the NRA"
        the National Rifle Association (the initials of its capitalised words); or the person
        of three or more initials: "AOC" is Alexandria Ocasio-Cortez, "MBS" Mohammed bin Salman."""
        letters = re.sub(r"^(?:the|an?)\s+|[.’']s$|\.", "", text.strip(), flags=re.I)
        if not re.fullmatch(r"[A-Z]{2,6}", letters):
            return None
        for ent in reversed(self.entities):
            if ent.kind is not SpeakerKind.PERSON and _initials(ent.name) == letters:
                return ent
        for ent in reversed(self.entities):
            words = [w for w in re.split(r"[\s-]+", ent.name) if w and w.strip(".") not in _NAME_SUFFIXES]
            if ent.kind is SpeakerKind.PERSON and len(letters) >= 3 and "".join(w[0] for w in words).upper() == letters:
                return ent
        return None

    def people(self) -> list[Person]:
        return [e.to_person() for e in self.entities]


# Titles as a description's head word and as a role before a name ("Sen. Marco Rubio" is "the senator").
_ROLE_FORMS = {"sen": "senator", "sen.": "senator", "gov": "governor", "gov.": "governor", "rep": "representative",
               "rep.": "representative", "congressman": "representative", "congresswoman": "representative",
               "gen": "general", "gen.": "general", "pres.": "president", "sec.": "secretary", "sgt": "sergeant",
               "sgt.": "sergeant", "justice": "judge", "cllr": "councillor", "cllr.": "councillor",
               "boss": "manager", "gaffer": "manager", "skipper": "captain",  # (a football club's)
               "accused": "defendant", "prosecution": "prosecutor"}
# Words that make a role another office: a lieutenant governor is not "the governor".
_LESSER = {"lt", "lt.", "lieutenant", "deputy", "vice", "assistant", "associate", "former", "ex"}
# Heads of the descriptions news uses for the person it is writing about ("the Florida senator", "the
# billionaire businessman"); the titles among them must agree with the person's own title, if any.
_TITLE_EPITHETS = frozenset({"senator", "governor", "representative", "president", "secretary", "mayor", "general",
                             "minister", "chancellor", "premier"})
_EPITHETS = _TITLE_EPITHETS | {"candidate", "nominee", "front-runner", "frontrunner", "businessman", "businesswoman",
                               "mogul", "tycoon", "billionaire", "developer", "neurosurgeon", "lawmaker",
                               # sport and show business: "the All-Star forward", "the Oscar-winning actress"
                               "forward", "guard", "striker", "midfielder", "defender", "goalkeeper", "quarterback",
                               "pitcher", "outfielder", "winger", "star", "superstar", "champion", "rookie", "actor",
                               "actress", "singer", "rapper", "comedian", "novelist", "international", "coach",
                               "manager", "skipper", "captain", "boss", "halfback", "fullback", "flanker", "fly-half",
                               "scrum-half", "wicketkeeper", "batsman", "batter", "bowler", "sprinter", "jockey", "boxer",
                               # everyday callings and stations of life: "the retired teacher", "the
                               # 52-year-old neuroscientist", "the 19-year veteran", "the grandmother"
                               "teacher", "scientist", "neuroscientist", "researcher", "professor", "economist",
                               "veteran", "grandmother", "grandfather", "widow", "widower", "pensioner", "retiree",
                               "farmer", "owner", "founder", "chef", "artist", "writer", "author",
                               "filmmaker", "director", "entrepreneur", "student", "teenager", "nurse", "surgeon",
                               "physician", "engineer", "architect", "historian", "mother", "father"}
# Unnamed sources, by which the article goes on calling the one it introduced ("the insider" after "a
# source close to the couple", "the investor" after "one top-20 shareholder").
_SOURCE_NOUNS = frozenset({"source", "insider", "person", "pal", "friend", "confidant", "investor", "shareholder"})
# Where the article introduces them: "a source close to the couple said", "Two people familiar with …, told"
_UNNAMED_TOLD = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_SOURCE_NOUNS | {'people'}))})s?"
    r"(?:\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|briefed\s+on)\s+[^,.;\"“”]{1,60}?)?)"
    r"(?:,[^,.\"“”]{0,80},)?\s+(?:said|says|told|added|confirmed|claimed|insisted)\b")
_ONE_OF_THEM = re.compile(r"(?i)\s*one of (?:them|those)\s*")
# Offices news names a foreign country's holder by, not the person it is writing about ("wrote the American ambassador").
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "attaché", "emissary"})
# "the Spaniard", "the 28-year-old Brazilian": a person named by nationality (not "the French",
# "the Chinese", "the Swiss": a people)
_DEMONYM_EPITHET = re.compile(r"[Tt]he (?:[\w-]+ ){0,2}[A-Z][\w-]*(?<!ese)(?<!sh)(?<!ch)(?<!s)")
# Demonyms the NER takes for a person's name: "the Scot told reporters".
_DEMONYMS = frozenset({"scot", "scotsman", "brit", "dane", "swede", "finn", "pole", "czech", "kiwi", "aussie", "welshman",
                       "irishman", "englishman", "frenchman", "dutchman", "spaniard", "argentine", "turk", "greek", "swiss"})


_PARENTS = {"mum": "she", "mom": "she", "mother": "she", "grandmother": "she", "gran": "she", "nan": "she",
            "dad": "he", "father": "he", "grandfather": "he", "grandad": "he"}
_OF_SO_MANY = re.compile(r"-of-\w+")
_PARENT_OF = re.compile(rf"the ({'|'.join(_PARENTS)})-of-\w+$")


def _qualifiers(words: list[str], head: str) -> set[str]:
    """The names that qualify a role ("Raith" of "Raith manager"), not its titles or head."""
    titles = lexicon().title_words
    return {w.lower() for w in words if w[:1].isupper() and w.lower().strip(".,") not in titles and w.lower() != head}


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "MPAS" of "Maritime and Port Authority of Singapore"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def _role_words(role: str) -> set[str]:
    return {_ROLE_FORMS.get(w, w) for w in role.lower().split()}


# Callings of an age: "the teenager" is not "Dev Mehta, 22".
_TEENS = frozenset({"teenager", "teen", "schoolgirl", "schoolboy"})
# A team's staff and its players: one the article called its coach is not "the 27-year-old captain".
_BENCH = frozenset({"coach", "manager"})
_PLAYERS = frozenset({"captain", "forward", "guard", "striker", "midfielder", "defender", "goalkeeper", "quarterback",
                      "pitcher", "outfielder", "winger", "halfback", "fullback", "flanker", "fly-half", "scrum-half",
                      "wicketkeeper", "batsman", "batter", "bowler"})


def _other_side(ent: "_Entity", calling: str) -> bool:
    """Whether ``ent`` is on the other side of a team from ``calling`` (a coach, for "the captain")."""
    calling = _ROLE_FORMS.get(calling, calling)
    theirs = _role_words(ent.role or "") | {_ROLE_FORMS.get(w, w) for w in ent.described}
    return any(calling in side and theirs & other and not theirs & side
               for side, other in ((_BENCH, _PLAYERS), (_PLAYERS, _BENCH)))


# People a story introduces unnamed ("a young woman asked …") and calls "the woman" after.
_PEOPLE_NOUNS = {"woman", "man", "girl", "boy", "narrator", "organizer", "organiser", "surgeon", "caller", "moderator",
                 "questioner", "protester", "protestor", "passenger", "driver", "shopper", "customer", "patient"}
# "His mother", "her dad": a parent of whom the possessive stands for; and "her son, Cathal", "Kerrigan's
# daughter, Shannon" (the words before a name, as tokens): whose child the name was introduced as
_MOTHERS = {"mother", "mum", "mam", "mom", "mommy", "mummy"}
_SIBLING_OF_THEM = re.compile(r"(?i)(his|her) (?:(?:younger|older|elder|big|little|twin|kid) )?(brother|sister)$")
_PARENT_OF_THEM = re.compile(r"(?i)(his|her) (mother|mum|mam|mom|father|dad|da|pop)$")
_KIN_BEFORE_NAME = r"(?:\b((?i:his|her))|([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) ['’]s) (?:{})(?: ,)?(?: [A-Z][a-z]+\.?)?$"  # (a title after)
_SPOUSE_OF = re.compile(_KIN_BEFORE_NAME.format("husband|wife|partner"))
_CHILD_OF = re.compile(_KIN_BEFORE_NAME.format("(?:eldest |youngest )?(?:son|daughter)"))
# "a spokesman for Bernie Sanders", "a representative of the firm": whom a spokesman speaks for, said
_WHOSE_AFTER = re.compile(r"\s+(?:for|of|at|with)\b")
# A relative introduced by a possessive before the name: "Her son, Paolo Marchetti", "his wife".
_INTRODUCED_AS = re.compile(r"\b(his|her)\s+(\w+)\s*,?\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sir|Dame)\.?\s*)?$", re.I)
# (or by a name's possessive: "Sunil's mother, Kamala Kapoor,")
_INTRODUCED_BY_NAME = re.compile(r"\b([A-Z][\w-]+)\s*['’]s\s+(\w+)\s*,?\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sir|Dame)\.?\s*)?$")
# Who speaks for a body, and so is it (an official at a ministry speaks as themselves)
_SPEAKS_FOR = SPOKESPEOPLE - {"official", "officials"}
_SPOKESMAN_FOR = re.compile(r"((?i:an?\s+(?:spokesman|spokeswoman|spokesperson|representative)))\s+for\s+"
                            r"((?:[A-Z][a-z]{1,3}\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
_FOR_BODY = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?")
# Pronouns that stand for nobody named before ("what some call", "one said", "another added").
_PLURAL_QUANTIFIERS = frozenset({"some", "many", "others", "both", "all", "few", "several", "most"})
_QUANTIFIERS = _PLURAL_QUANTIFIERS | {"one", "another", "someone", "somebody", "anyone", "anybody", "everyone",
                                      "everybody", "nobody", "none", "each"}


@dataclass(slots=True)
class Resolved:
    speaker: str | None
    kind: SpeakerKind
    role: str | None
    how: str  # the path resolution took: name, alias, pronoun, description, ... (see engine/confidence.py)
    entity: object | None = None
    margin: float | None = None  # a pronoun's lead over the best rival antecedent (None: no rival)
    doubts: frozenset[str] = frozenset()  # what leaves a pronoun's antecedent in doubt (confidence evidence)

    @classmethod
    def of(cls, ent: _Entity, how: str, margin: float | None = None, doubts: frozenset[str] = frozenset()) -> Resolved:
        """An entity of the article's table as the speaker, found the way ``how`` says."""
        return cls(ent.name, ent.kind, ent.role, how, ent, margin, doubts)


# A transcript's label opening a paragraph: "A:", "Pōtaka:", "FERREIRA:", "A (Zainab):" (whose answer),
# bold as a page copied from the web has it ("**Dr. Venkataraman:**").
_ANSWER_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?(?:(?:A|Answer)[ \t]*\([ \t]*(?P<who>[A-Z][^()\n:]{0,40}?)[ \t]*\)"
                           r"|(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}))(?:\*\*|__)?:(?:\*\*|__)?[ \t]")
_LINE_LABEL = re.compile(r"(?m)^" + _ANSWER_LABEL.pattern)


def _labelled(label: re.Match) -> str:
    """Whom a transcript's label names ("Zainab" of "A (Zainab):")."""
    return label.group("who") or label.group("label")


_OPENING_WORD = re.compile(r"\s*(\w+)")
# What children call their parents and grandparents in other tongues, which the NER takes for names.
_KIN_ABROAD = {**dict.fromkeys(("amma", "ammi", "umma", "eomma", "mama", "mamá", "maman", "nanay", "mai"), "mother"),
               **dict.fromkeys(("appa", "abba", "abbu", "baba", "papa", "papá", "tatay", "babá"), "father")}
# How someone took it, a sentence of its own: "Her husband was angrier.", "His wife was less forgiving."
_MOOD = re.compile(r"(?:,\s+who\s[^.,;]{1,60},)?\s+(?:was|is|were|are)\s+(?:(?:less|more|even|far|much|rather|no)\s+)?"
                   r"(?:[a-z]+|having\s+none\s+of\s+it)\.")  # ("His brother, who sits for Thornby East, was having none of it.")
# ("His father said the family had been overwhelmed. "…," Mr Doolan said.": the one who said so)
_REPORTED = re.compile(r"\s+(?:said|says|told|added|recalled|explained)\b")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


class Resolver:
    """Resolves attribution mentions to canonical speakers, in text order."""

    def __init__(self, table: SpeakerTable, mentions: list[MentionInfo], text: str):
        self.table = table
        self.mentions = mentions
        self.text = text
        self.lex = lexicon()
        self.history: list[tuple[int, _Entity]] = []  # (offset, entity) of resolved speakers
        self.asker: tuple[int, _Entity] | None = None  # (offset, entity) of who asked the last question quoted
        self.unnamed: list[tuple[int, Resolved]] = []  # (offset, speaker) of the unnamed speakers introduced
        self.author = byline_author(text) or "the author"
        self._starts = [m.span.start for m in mentions]

    def resolve(self, att: Attribution) -> Resolved:
        label = att.mention_label
        lemma = att.mention_lemma
        if att.mention is None:
            return Resolved(None, SpeakerKind.UNKNOWN, None, "none")
        if label == "LABEL":
            word = att.mention_text.lower()
            if word in ("q", "question"):
                return Resolved("the interviewer", SpeakerKind.AUTHOR, None, "author")
            if word in ("a", "answer"):
                # an interview's answers: the person it is about, the one named most so far
                people = [e for e in self._recent_entities(att.mention.start) if e.kind is SpeakerKind.PERSON]
                if not people:
                    return Resolved(None, SpeakerKind.UNKNOWN, None, "pronoun-unresolved")
                # (the one the headline names, when it names one: "…: explorer Ingrid Solheim-Baptiste on 90 days")
                headline = self.text.find("\n")
                named = [e for e in people if e.mentions and e.mentions[0].start < headline and len(e.mentions) >= 2
                         and e.gender is not None]  # (named again, and a "he" or "she": not "Sheung Wan")
                return self._done(att, named[0] if len(named) == 1 else max(people, key=lambda e: (len(e.mentions), -e.order)), "label")
            words = att.mention_text.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in self.lex.titles:
                words = words[1:]  # ("Dr. Venkataraman:", of a family of doctors: the one the interview is with)
            ent = self.table.match(" ".join(words), at=att.mention.start)
            if ent is not None:
                return self._done(att, ent, "label")
            return Resolved(att.mention_text.title(), SpeakerKind.PERSON, None, "label-new")
        if label == "PRON":
            answer = self._answer_label(att.mention.start) if lemma == "i" else None
            if answer is not None:
                # "Pōtaka: … I told him, "…"": in an interview's answer, "I" is who answers
                return self.resolve(replace(att, mention_label="LABEL", mention_text=answer))
            answer = self._next_answer_label(att.mention.start) if lemma == "you" else None
            if answer is not None:
                # "Q: You say you design for "…". What does that mean?": in an interview's question,
                # "you" is who answers it
                return self.resolve(replace(att, mention_label="LABEL", mention_text=answer))
            if lemma in ("i", "we"):
                # the writer the byline names, when it names one ("By Fiona Marchetti")
                return Resolved(self.author, SpeakerKind.AUTHOR, None, "author")
            if lemma in _QUANTIFIERS:
                # "what some call "…"", "one said": nobody named, no one to go back to (but "one of them"
                # is one of those the article just introduced)
                kind = SpeakerKind.GROUP if att.mention_plural or lemma in _PLURAL_QUANTIFIERS else SpeakerKind.UNKNOWN
                if _ONE_OF_THEM.fullmatch(att.mention_text):
                    return self._introduced_unnamed(att.mention.start, one=True) or Resolved(att.mention_text, kind, None, "description")
                return Resolved(att.mention_text, kind, None, "description")
            described = self._unnamed_speaker(att.mention.start, lemma) if lemma in ("he", "she", "they") else None
            if described is not None and described.label == "DESC" and described.plural and lemma == "they":
                # ("the protesters regrouped outside. "…," they told the committee.": those people)
                return Resolved(described.text, SpeakerKind.GROUP, None, "description")
            if described is not None and described.label == "DESC":
                # "The judge was unmoved. "…," she told him.": whom the description stands for; a
                # relative nobody named stays so ("Her father was already thinking …. "…," he said.")
                found = self._description_of(described)
                if found.entity is not None and found.entity.kind is SpeakerKind.PERSON \
                        and found.entity.gender in (None, _PRONOUN_GENDER.get(lemma)):
                    return self._done(att, found.entity, "pronoun")
                if found.entity is not None and found.entity.kind is SpeakerKind.ORGANISATION and described.lemma in _SPEAKS_FOR:
                    return self._done(att, found.entity, "role")  # ("A spokeswoman for the council …. "…," she said.")
                if found.entity is not None or not (described.relative or described.unnamed):
                    described = None
            if described is not None:
                # "A member of the rescue corps, who asked not to be named, said …. "…," he said."
                kind = SpeakerKind.GROUP if described.plural else SpeakerKind.ANONYMOUS
                return self._whose(described.text, described.lemma, described.span.start, kind, plural=described.plural) \
                    or Resolved(described.text, kind, None, "description")
            ent, margin, doubts = self._relative_antecedent(att.mention.start, lemma) \
                or self._antecedent(att.mention.start, lemma, replying=att.cue_lemma in _REPLIES)
            body = self._body_since(att.mention.start, ent) if lemma == "it" else None
            if body is not None:
                # "The ministry said it would rebuild. "…," it said.": the body the story turned to
                return self._description_of(body)
            if ent is None:
                return Resolved(None, SpeakerKind.UNKNOWN, None, "pronoun-unresolved")
            other = self._partner(ent, att.mention.start) if lemma in ("they", "them") else None
            if other is not None:
                # "Tom and Linda Baker have lived there since 1985. "…," they said.": the two
                one, two = ent.name.split(), other.name.split()
                both = f"{' '.join(one[:-1])} and {other.name}" if len(one) > 1 and one[-1] == two[-1] \
                    else f"{ent.name} and {other.name}"
                return Resolved(both, SpeakerKind.GROUP, None, "pronoun", None, margin, doubts)
            return self._done(att, ent, "pronoun", margin, doubts)
        if label in ("NORP", "PERSON") and not att.mention_plural and _DEMONYM_EPITHET.fullmatch(att.mention_text) \
                and (label == "NORP" or att.mention_text.split()[-1].lower() in _DEMONYMS):  # ("the Scot": a person to the NER)
            # "the Spaniard said": news names the person it is writing about by nationality, as by "he"
            ent = self._antecedent(att.mention.start, "person")[0]
            if ent is not None:
                return self._done(att, ent, "role")
        # ("One Reform activist said": a party's or a firm's name in the description of someone unnamed)
        modifier = att.name is not None and att.name.end < att.mention.end and label != "PERSON" and person_noun(lemma) \
            and lemma not in SPOKESPEOPLE and re.match(r"(?i)(?:an?|one|another) ", att.mention_text) is not None
        if att.name is not None and not modifier:
            # A person's name means whom it meant where it stands: a shared surname is the
            # namesake named last before it, not the one named last in the article (as the
            # table read it, whatever the NER called it: "Dr Kinnear-Boyd" is the Dr of the name).
            ent = self.table._by_start.get(att.name.start) or next(  # (read past its particles: "de la Cruz")
                (self.table._by_start[k] for k in range(att.name.start + 1, att.name.end) if k in self.table._by_start), None)
            if ent is not None and label != "PERSON" and ent.kind is not SpeakerKind.PERSON:
                ent = None
            ent = ent or self.table.match(
                att.name_text, "PERSON" if label == "PERSON" else None, at=att.name.start)
            if label != "PERSON" and (ent is None or (ent.kind is not SpeakerKind.PERSON and ent.name == att.name_text)) \
                    and re.match(r"(?i)the\s", att.mention_text) and att.name_text.isalpha() and att.name_text[0].isupper() \
                    and att.name_text.lower() not in BODY_NOUNS \
                    and (holder := self._holder_called(att.name_text, att.name.start, ent)) is not None:
                return self._done(att, holder, "role")  # ("The Taoiseach, Colm Devereux, …. "…," the Taoiseach said.")
            if att.cue_lemma in _REPLIES and ent is not None and ent.kind is SpeakerKind.PERSON and len(att.name_text.split()) == 1:
                ent = self._namesake_asked(ent, att.name.start) or ent  # ("… put it to Sipho …. "…," Dlamini replied.")
            if ent is not None and ent.kind is SpeakerKind.PERSON and name_tokens(att.name_text) == name_tokens(ent.name)[-1:] \
                    and (turned := self._described_just_before(att, mood=True)) is not None and turned is not ent \
                    and (name_tokens(turned.name)[-1:] == name_tokens(ent.name)[-1:]
                         or (turned.family,) == name_tokens(ent.name)[-1:]):  # ("Her mother" of "her mother, Mairéad,")
                ent = turned  # ("Her husband was angrier. "…," Park said.": the namesake the story just turned to)
            if ent is None:
                ent = self.table.add(att.name_text, label if label in ("PERSON", "ORG") else "ORG", att.name)
            if ent is not None:
                return self._done(att, ent, "name")
        # A bare surname the NER missed, or a title + surname ("Secretary Kerry").
        # (not one someone's relatives are: "Mrs Farrow's family")
        owned = re.search(r"\w['’]s\s+(\w+)$", att.mention_text) if label == "NOUN" else None
        ent = None if modifier or (owned and (owned.group(1).lower() == "family" or person_noun(owned.group(1).lower()))) \
            else self.table.match(att.mention_text, at=att.mention.start)
        if ent is not None and re.search(rf"(?i)\b{re.escape(ent.name)}-(?:{'|'.join(WHERE_BASED)})\b", att.mention_text):
            ent = None  # ("the Oslo-based carrier" is no one in Oslo)
        if ent is not None and label != "NOUN":
            return self._done(att, ent, "alias")
        if label in ("NORP", "GPE"):
            return Resolved(_clean_name(att.mention_text), SpeakerKind.ORGANISATION if label == "GPE" else SpeakerKind.GROUP, None, "place")
        # A description: "a senior U.S. official", "Kurdish fighters", "the White House".
        if ent is not None and not self._is_description(att) and not (
                label == "NOUN" and person_noun(lemma) and lemma not in SPOKESPEOPLE):
            return self._done(att, ent, "alias")  # (not whom a calling works for: "the Mariners coach")
        # (not the relative pronoun the mention runs to: "a friend who told her")
        desc = re.sub(r"['’]s$|[\s,–—-]+(?:who|that|which)$", "", att.mention_text.strip())
        if att.mention_plural:
            kind = SpeakerKind.GROUP
        elif lemma in GROUP_HEADS_ORG:
            kind = SpeakerKind.ORGANISATION
        elif lemma in self.lex.anonymous or lemma in self.lex.title_words:
            kind = SpeakerKind.ANONYMOUS
        else:
            kind = SpeakerKind.UNKNOWN
        if lemma in ("couple", "pair", "duo") and desc.lower().startswith("the "):
            two = self._named_two(att.mention.start)
            if two is not None:
                # "Delia Fontaine, 44, and Jax Moreno, 47, are divorcing … "…," the pair said"
                return Resolved(f"{two[0].name} and {two[1].name}", SpeakerKind.GROUP, None, "role")
        if desc.lower() in ("the former", "the latter") and (two := self._named_two(att.mention.start)) is not None:
            # "Ewan Doyle and Fergus Doyle … "…," said the former.": the first of the two named together
            return self._done(att, two[desc.lower() == "the latter"], "role")
        if _ONE_OF_THEM.fullmatch(desc) and (earlier := self._introduced_unnamed(att.mention.start, one=True)):
            return earlier  # ("Two people familiar with the talks said …. "…," one of them said.")
        if (senior := _SENIOR.fullmatch(desc)) and self.table.match(senior.group(1), "PERSON") is not None:
            # "Ngata senior said" (the parser's head "senior"): the elder of the namesakes
            return self._done(att, self.table.add(senior.group(0)[senior.start(1):], "PERSON", None), "alias")
        named = self._described_before(att, desc, lemma, kind)
        if named is not None:
            return self._done(att, named, "role")
        # "her lawyer", after "her lawyer, Laura Benedetti,": the one the article called so beside the name
        if re.match(r"(?i)(?:his|her|their) ", desc) and not att.mention_plural and (
                lemma not in KIN_NOUNS or KIN_NOUNS[lemma] is not None):  # (family, not "his friend")
            whose = desc.split()[0].lower()
            if lemma in KIN_NOUNS and whose in ("his", "her") and len(desc.split()) == 2:
                # (first, the one the article made theirs: "Sunil's mother, Kamala Kapoor, … Her son put his hand
                # on her shoulder" is Sunil, not the son of the couple someone else called "their son, Arjun")
                ent = self._antecedent(att.mention.start, whose, owner=True)[0]
                kin = self._named_kin(ent, lemma, att.mention.start) if ent is not None and ent.kind is SpeakerKind.PERSON else None
                if kin is not None:
                    return self._done(att, kin, "role")
            for e in reversed(self._recent_entities(att.mention.start)):
                if lemma in e.described:
                    return self._done(att, e, "role")
        if (other := self._other_of_two(desc, att.mention.start)) is not None:
            return self._done(att, other, "role")
        # "the president", "the senator": a role some named person in the article holds.
        if desc.lower().startswith("the ") and kind in (SpeakerKind.ANONYMOUS, SpeakerKind.UNKNOWN):
            head = _ROLE_FORMS.get(lemma, lemma)
            lesser = _LESSER & set(desc.lower().split())
            # ("the Thistle manager" is not "Raith manager Stuart Kerr": the names that qualify the role differ)
            whose = _qualifiers(desc.split()[1:], head)
            holders = [e for e in reversed(self._recent_entities(att.mention.start))
                       if not (whose and e.affiliation and not whose & e.affiliation)
                       and not (e.kind is SpeakerKind.ORGANISATION and person_noun(head) and head not in e.described)
                       and ((e.role and head in _role_words(e.role) and _LESSER & _role_words(e.role) <= lesser)
                            or head in e.described or (head == "doctor" and "dr" in e.titled and e.kind is SpeakerKind.PERSON))]
            # ("the council leader" is "The council leader, Angela Morrow", not the nearer "group leader
            # Rebecca Tansley": the holder the article called by the description's own words, if any)
            kind_of = {w for w in desc.lower().split()[1:-1] if w.isalpha() and w not in lesser} if len(holders) > 1 else set()
            holder = next((e for e in holders if kind_of <= self._called_so(e)), None) if kind_of else None
            if holder is not None or holders:
                return self._done(att, holder or holders[0], "role")
            # "A consultant surgeon, who asked not to be named, said …. "…," the surgeon said.": the one
            # the article introduced just before, not someone named
            # (further back when a clause says which: "the engineer whose Slack went gray")
            back = 3000 if re.match(r",?\s+(?:whose|who)\b", self.text[att.mention.end : att.mention.end + 8]) else 600
            introduced = re.search(rf"\b(?:an?|another|one)\s+(?:[\w'’-]+\s+){{0,4}}?{re.escape(lemma)}\b",
                                   self.text[max(0, att.mention.start - back) : att.mention.start], re.I) \
                if not att.mention_plural and (person_noun(lemma) or lemma in _PEOPLE_NOUNS) else None
            if introduced is not None:
                at = max(0, att.mention.start - back) + introduced.end()
                body = self._body_after(at) if lemma in _SPEAKS_FOR else None
                if body is not None:
                    return self._done(att, body, "role")  # ("A spokesperson for Harbridge Borough Council said …")
                return Resolved(introduced.group(), SpeakerKind.ANONYMOUS, None, "description")
            # "A source close to the couple said …. "…," the insider said.": the unnamed speaker just introduced
            if lemma in _SOURCE_NOUNS and not att.mention_plural and (earlier := self._introduced_unnamed(att.mention.start, one=True)):
                return earlier
            if (head in _EPITHETS or ((person_noun(lemma) or (_AGENT_NOUN.search(lemma) and lemma not in BODY_NOUNS))
                                      and lemma not in self.lex.anonymous | _ENVOYS
                                      and len(desc.split()) >= 3 and not att.mention_plural)) \
                    and not re.search(r"\w['’]s\s", desc):  # (not a body's office: "The province's education minister")
                # ("the retired bus driver", "the retired weaver": any calling described)
                # "the Florida senator", "the billionaire businessman": news calls the person it
                # is writing about by such a name, as it would say "he" (a title must not
                # contradict the person's own)
                age = next((years(a.group(1)) for w in desc.split() if (a := AGE_WORD.match(w))), None)
                ent = self._described_just_before(att) or self._antecedent(att.mention.start, "person", calling=head, age=age)[0]
                titles = _role_words(ent.role or "") & _TITLE_EPITHETS if ent is not None else set()
                if ent is not None and (not titles or head in titles or head not in _TITLE_EPITHETS):
                    return self._done(att, ent, "role")
        # "The mum-of-one said": British news names the person it writes about as a parent of so many
        # (the parser may take "one" for the phrase's head, or leave "-of-one" out of it)
        whole = _PARENT_OF.match(desc.lower())
        parent = whole.group(1) if whole else lemma if (
            lemma in _PARENTS and desc.lower().startswith("the ") and _OF_SO_MANY.match(self.text, att.mention.end)) else None
        if parent is not None:
            ent = self._antecedent(att.mention.start, _PARENTS[parent])[0]
            if ent is not None:
                return self._done(att, ent, "role")
        # "The old man said …": the oldest man the article gave an age to, if an old one
        if (old := _OLD_ONE.fullmatch(desc)) is not None and (ent := self._oldest(att.mention.start, old.group(1).lower())) is not None:
            return self._done(att, ent, "role")
        # "the 43-year-old": the person the article gave that age ("Jürgen Habermann, 43,"), else
        # the one it is writing about, as "he" would be.
        if desc.lower().startswith("the ") and (age := AGE_WORD.match(desc[4:])):
            ent = self._given_age(att.mention.start, years(age.group(1))) or self._described_just_before(att) \
                or self._antecedent(att.mention.start, "person", age=years(age.group(1)))[0]
            if ent is not None:
                return self._done(att, ent, "role")
        found = self._whose(desc, lemma, att.mention.start, kind, plural=att.mention_plural) \
            or Resolved(desc, kind, None, "description")
        if re.match(r"(?i)(?:an?|one|two|three|several)\s", desc) and (lemma in self.lex.anonymous or person_noun(lemma)):
            self.unnamed.append((att.mention.start, found))
        return found

    def _whose(self, desc: str, lemma: str, pos: int, kind: SpeakerKind, *, plural: bool) -> Resolved | None:
        """A relative or a person's calling by whose they are, named in full: "his daughter" as
        "Kwabena Owusu-Ansah's daughter" (where "his" stands for the person named most so far: a
        nearer man may be whom "his" means, as often as not), "Hammond's mother" as "Travis Lee
        Hammond's mother", "my grandmother" as the writer's; else None."""
        spokesman = _SPOKESMAN_FOR.fullmatch(desc)
        if spokesman is not None and (ent := self.table.match(spokesman.group(2), "PERSON", at=pos)) is not None \
                and ent.kind is SpeakerKind.PERSON:
            # ("A spokesman for Mr. Hale said": who speaks for him, by his whole name)
            return Resolved(f"{spokesman.group(1)} for {ent.name}", SpeakerKind.ANONYMOUS, None, "description")
        whose, _, rest = desc.partition(" ")
        if whose.lower() == "its" and not plural and rest.islower() and len(rest.split()) <= 3 \
                and (lemma in SPOKESPEOPLE or lemma == "office" or person_noun(lemma)):
            # ("When I asked the Department for Youth …, its press office said": the body "it" is)
            ent = self._antecedent(pos, "it")[0]
            return Resolved(f"{ent.name}'s {rest}", kind, None, "description") \
                if ent is not None and ent.kind is SpeakerKind.ORGANISATION else None
        if plural or not rest or not rest.islower() or len(rest.split()) > 3 \
                or not (lemma in KIN_NOUNS or person_noun(lemma)) or lemma in SPOKESPEOPLE:
            return None
        pronoun = whose.lower() in ("his", "her")
        if pronoun:
            ent = (self._last_speaker(pos, whose.lower()) if lemma in KIN_NOUNS else None) \
                or self._antecedent(pos, whose.lower(), owner=True)[0]
        elif re.fullmatch(r"[A-Z][\w-]*['’]s", whose):
            ent = self.table.match(whose[:-2], "PERSON", at=pos)
        elif whose.lower() == "their" and lemma in KIN_NOUNS:
            kin = self._their_kin(lemma, pos)
            return Resolved.of(kin, "role") if kin is not None else None
        elif whose.lower() in ("my", "our") and self._answer_label(pos) is None:
            # ("My grandmother had a saying. "…," she would say.": the writer's, outside any answer's)
            return Resolved(f"{self.author}'s {rest}", kind, None, "description")
        elif whose.lower() == "my" and lemma in KIN_NOUNS:
            # ("A: My father used to say, "…"": the one who answers is the interview's person, and
            # "Her father, Winston Baptiste," named before is theirs)
            n = len(self.history)
            ent = self.resolve(Attribution(-1, Method.LABEL, Span(pos, pos), self._answer_label(pos) or "", "LABEL")).entity
            del self.history[n:]  # (whose "my" is speaks no words here)
            kin = self._kin_of(ent, lemma, pos) or self._of_the_family(ent, lemma, pos) \
                if ent is not None and ent.kind is SpeakerKind.PERSON else None
            return Resolved.of(kin, "role") if kin is not None else None
        else:
            return None
        if ent is None or ent.kind is not SpeakerKind.PERSON:
            return None
        # ("Terry Voss … and his son, Liam Voss … His father nodded.", "Hammond's mother")
        if (kin := self._kin_who_named(ent, lemma, pos) or (self._sibling(ent, lemma, pos) if pronoun else None)
                or self._other_parent(ent, lemma, pos) or self._of_the_family(ent, lemma, pos)) is not None:
            return Resolved.of(kin, "role")
        if pronoun and ent is not self.main_person(pos, whose.lower(), besides=None):
            return None  # (whose "his" is, only where it is the person the story is about)
        return Resolved(f"{ent.name}'s {rest}", kind, None, "description")

    def _last_speaker(self, pos: int, pronoun: str) -> _Entity | None:
        """The person who spoke last, just before ``pos``, if ``pronoun`` ("his", "her") can be them:
        whose "his father" or "her sister" the words after a quote most often are."""
        last = self.history[-1] if self.history else None
        return last[1] if last is not None and pos - last[0] < 400 and last[1].kind is SpeakerKind.PERSON \
            and last[1].gender in (None, _PRONOUN_GENDER[pronoun]) else None

    def _their_kin(self, lemma: str, pos: int) -> _Entity | None:
        """"Their father" of the two of one family named last before ``pos`` ("Amélie and Juliette
        Lavoie"): the one other of the family the word fits (:meth:`_of_the_family`), not one of them."""
        one = next((e for e in reversed(self._recent_entities(pos)) if e.kind is SpeakerKind.PERSON and len(e.tokens) >= 2), None)
        kin = self._of_the_family(one, lemma, pos) if one is not None else None
        # (and "their" one of them, another of the family: not "John and Mary Smith … their son" as John)
        return kin if kin is not None and any(e is not kin for e in self._family(one, pos)) else None

    def _introductions(self, pos: int) -> list[tuple[_Entity, _Entity, str]]:
        """(relative, whose, word) for each person the article introduced before ``pos`` as
        someone's relative by "his" or "her": "Her son, Paolo Marchetti," is (Paolo, whom "Her"
        stood for there, "son")."""
        out = []
        for m in self.mentions[: bisect_left(self._starts, pos)]:
            said = (_INTRODUCED_AS.search(m.before) or _INTRODUCED_BY_NAME.search(m.before)) if m.relative else None
            if said is None or (kin := self.entity_at(m)) is None:
                continue
            whose = self._antecedent(m.span.start, said.group(1).lower())[0] if said.re is _INTRODUCED_AS \
                else self.table.match(said.group(1), "PERSON", at=m.span.start)
            if whose is not None and whose is not kin:
                out.append((kin, whose, KIN_FORMS.get(said.group(2).lower(), said.group(2).lower())))
        return out

    def relative_of(self, name: str, lemma: str, pos: int) -> _Entity | None:
        """The ``lemma`` (father, sister, …) of the person called ``name`` whom the article named before
        ``pos``: introduced as theirs ("Her father, Winston Baptiste,"), or they as his or hers ("his
        daughter, Tegan Penrose," makes Kieran her father), or the one of the family it can be; else None."""
        ent = self.table.match(name, "PERSON", at=pos)
        if ent is None or ent.kind is not SpeakerKind.PERSON:
            return None
        return self._named_kin(ent, lemma, pos) or self._other_parent(ent, lemma, pos) or self._of_the_family(ent, lemma, pos)

    def kin_described_before(self, lemma: str, pos: int, *, of: str | None = None) -> _Entity | None:
        """The person named last before ``pos`` whom the article called ``lemma`` beside the name
        ("her late grandmother, Samira Haddad"); with ``of``, not one it introduced as someone else's
        ("Her mother, Tania Tuhoe-Smith," of a girl is not the mother a teacher speaks of)."""
        found = self.described_before(lemma, pos)
        ent = self.table.match(of, "PERSON", at=pos) if of else None
        if found is not None and of and any(k is found and whose is not ent for k, whose, _ in self._introductions(pos)):
            return None
        return found

    def _other_parent(self, ent: _Entity, lemma: str, pos: int) -> _Entity | None:
        """``ent``'s mother (or father, ``lemma``) as their other parent's wife (or husband): "Dr. S.
        Venkataraman and his wife, Dr. Lakshmi Venkataraman … his son, Dr. Arvind Venkataraman" makes
        Lakshmi Arvind's mother; else None."""
        spouse = {"mother": "wife", "father": "husband"}.get(lemma)
        other = {"mother": "father", "father": "mother"}.get(lemma)
        parent = self._named_kin(ent, other, pos) if spouse else None
        return self._kin_of(parent, spouse, pos) if parent is not None else None

    def _named_kin(self, ent: _Entity, lemma: str, pos: int) -> _Entity | None:
        """``ent``'s ``lemma`` by what the article said of them where it named them: the one introduced
        as theirs, or the one whose relative it introduced them as."""
        return self._kin_of(ent, lemma, pos) or self._kin_who_named(ent, lemma, pos)

    def _kin_who_named(self, ent: _Entity, lemma: str, pos: int) -> _Entity | None:
        """The person whose relative the article introduced ``ent`` as, when ``lemma`` is what they
        are to ``ent``: "Hugh Armitage … His son, Callum Armitage, …" makes Callum's "his father"
        Hugh (the one the "His" then stood for, of the gender the word says); else None."""
        back = _KIN_BACK.get(lemma, frozenset())
        return next((whose for kin, whose, word in self._introductions(pos) if kin is ent and word in back
                     and whose.kind is SpeakerKind.PERSON and whose.gender in (None, KIN_NOUNS.get(lemma))), None)

    def _of_the_family(self, ent: _Entity, lemma: str, pos: int) -> _Entity | None:
        """``ent``'s wife or husband, sister or brother, father or mother, son or daughter, cousin (``lemma``): the one
        person of that gender (any, for a cousin) the article named before ``pos`` with ``ent``'s family
        name and calls no other relative ("Tadeusz Kowalczyk … his wife", with "Halina Kowalczyk" in a
        photo's caption; "siblings Tan Mei Ling and Tan Wei Jie", "his sister"); for a parent, failing
        that, the one of no known gender; else None."""
        gender = {"wife": "f", "husband": "m", "sister": "f", "brother": "m", "father": "m", "mother": "f",
                  "daughter": "f", "son": "m", "cousin": None}.get(lemma, "")
        if gender == "" or len(ent.tokens) < 2:
            return None
        # (not one the article made some other kin of theirs: "Linh Nguyen … Her father, Thanh Nguyen," is
        # not his wife; nor, for a parent, one no older than they: "cousins Arjun Mehta, 24, and Dev Mehta, 22")
        introduced = self._introductions(pos)
        other_kin = {id(k) for k, whose, word in introduced if whose is ent and word != lemma} \
            | {id(whose) for k, whose, word in introduced if k is ent and lemma not in _KIN_BACK.get(word, ())}
        also = {lemma} | _KIN_TOO.get(lemma, set())  # (what the one sought may be called besides)
        family = [e for e in self._family(ent, pos) if len(e.tokens) >= 2
                  and not (e.described & KIN_NOUNS.keys() - also) and (not e.relative or e.described & also) and id(e) not in other_kin
                  and not (lemma in ("father", "mother") and e.age is not None and ent.age is not None and e.age < ent.age + 14)
                  and not (lemma in ("son", "daughter") and e.age is not None and ent.age is not None and e.age > ent.age - 14)]
        # (the gender of what they were introduced as, of a name that says none: "Kim Tran, Daniel's younger sister")
        found = [e for e in family if gender is None or (e.gender or next(filter(None, map(KIN_NOUNS.get, e.described)), None)) == gender]
        if not found and lemma in ("father", "mother"):
            found = [e for e in family if e.gender is None]  # (the one other of the family: "Lim Boon Huat", his son's father)
        return found[0] if len(found) == 1 else None

    def _sibling(self, ent: _Entity, lemma: str, pos: int) -> _Entity | None:
        """``ent``'s brother or sister (``lemma``): the one other son (or daughter) the article
        introduced as a child of ``ent``'s parent, or as anyone's with ``ent``'s surname ("her
        daughter, Lucia Marchetti," and "Her son, Paolo Marchetti,": Lucia's brother); else None."""
        if lemma not in ("brother", "sister"):
            return None
        children = [(kin, whose, word) for kin, whose, word in self._introductions(pos) if word in ("son", "daughter")]
        parents = {id(whose) for kin, whose, _ in children if kin is ent}
        surname = ent.name.split()[-1]
        want = "son" if lemma == "brother" else "daughter"
        found = {id(c): c for c, p, word in children if c is not ent and word == want
                 and (id(p) in parents or (len(ent.tokens) >= 2 and c.name.split()[-1] == surname))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _kin_of(self, ent: _Entity, lemma: str, pos: int) -> _Entity | None:
        """The person the article introduced as ``ent``'s ``lemma`` last before ``pos`` ("Her father,
        Winston Baptiste," where "Her" stands for ``ent``), or None."""
        return next((kin for kin, whose, word in reversed(self._introductions(pos)) if word == lemma and whose is ent), None)

    def _answer_label(self, pos: int) -> str | None:
        """The label that opens the paragraph at ``pos`` when it is an interview's answer ("A:",
        "Pōtaka:"), or None."""
        start = self.text.rfind("\n", 0, pos) + 1
        label = _ANSWER_LABEL.match(self.text, start)
        return _labelled(label) if label is not None and label.end() <= pos and _labelled(label).lower() not in ("q", "question") else None

    def _other_of_surname(self, ent: _Entity | None, pos: int, gender: str | None = None) -> _Entity | None:
        """The one other person named before ``pos`` with ``ent``'s surname (of ``gender``, and
        named in full, when one is given), or None."""
        others = [e for e in self._family(ent, pos) if gender is None or (e.gender in (None, gender) and len(e.name.split()) > 1)] \
            if ent is not None else []
        return others[0] if len(others) == 1 else None

    def _family(self, ent: _Entity, pos: int) -> list[_Entity]:
        """The other people named before ``pos`` with ``ent``'s family name: its surname, or its first
        word where names are written family name first ("Tan Mei Ling", "Tan Wei Jie")."""
        return [e for e in self.table.entities if e is not ent and e.kind is SpeakerKind.PERSON and e.named_before(pos)
                and (name_tokens(e.name)[-1:] == name_tokens(ent.name)[-1:] or (
                    e.name.split()[0] == ent.name.split()[0] and e.name.split()[0].lower() not in lexicon().first_names))]

    def _next_answer_label(self, pos: int) -> str | None:
        """The label of the answer to the interview question whose paragraph holds ``pos`` ("Q: You
        say …"), or None when the paragraph is no question."""
        start = self.text.rfind("\n", 0, pos) + 1
        label = _ANSWER_LABEL.match(self.text, start)
        if label is None or _labelled(label).lower() not in ("q", "question"):
            return None
        answer = _LINE_LABEL.search(self.text, self.text.find("\n", pos) + 1 or len(self.text))
        return _labelled(answer) if answer is not None and _labelled(answer).lower() not in ("q", "question") else None

    def _introduced_unnamed(self, pos: int, *, one: bool = False) -> Resolved | None:
        """The unnamed speaker the article introduced last before ``pos`` ("a source close to the
        couple", "Two people with knowledge of the talks"), if no named one has spoken since; with
        ``one``, one of them ("one of two people with knowledge of the talks")."""
        told = list(_UNNAMED_TOLD.finditer(self.text, max(0, pos - 1200), pos))
        candidates = [(at, found) for at, found in self.unnamed if pos - at <= 1200]
        if told:
            m = told[-1]
            plural = bool(re.match(r"(?i)(?:two|three|several)\b", m.group("who")))
            candidates.append((m.start("who"), Resolved(m.group("who"), SpeakerKind.GROUP if plural else SpeakerKind.ANONYMOUS,
                                                        None, "description")))
        if not candidates:
            return None
        at, found = max(candidates, key=lambda c: c[0])
        since = self.mentions[bisect_right(self._starts, at) : bisect_left(self._starts, pos)]
        if (self.history and self.history[-1][0] > at) or any(x.label == "PERSON" and x.subject for x in since):
            return None
        if one and found.kind is SpeakerKind.GROUP:
            return Resolved(f"one of {found.speaker[0].lower()}{found.speaker[1:]}", SpeakerKind.ANONYMOUS, None, "description")
        return found

    def main_person(self, pos: int, pronoun: str, *, besides: str | None) -> _Entity | None:
        """The person named most often before ``pos`` whom ``pronoun`` can be, other than ``besides``
        (of as many, one known to be of the pronoun's gender)."""
        gender = _PRONOUN_GENDER.get(pronoun)
        people = [e for e in self._recent_entities(pos) if e.kind is SpeakerKind.PERSON and e.name != besides
                  and e.gender in (None, gender)]
        return max(people, key=lambda e: (e.named_before(pos), e.gender == gender), default=None)

    def described_before(self, noun: str, pos: int) -> _Entity | None:
        """The person named last before ``pos`` whom the article called ``noun`` beside the name
        ("her late grandmother, Samira Haddad")."""
        return next((e for e in reversed(self._recent_entities(pos)) if noun in e.described), None)

    def _oldest(self, pos: int, noun: str) -> _Entity | None:
        """The oldest person of the gender ``noun`` says named before ``pos`` with an age of 60 or
        more beside the name ("Rubén Delgado, 79,"), or None."""
        gender = "f" if noun in ("woman", "lady") else "m"
        aged = [(m.age, self.entity_at(m)) for m in self.mentions[: bisect_left(self._starts, pos)]
                if m.label == "PERSON" and m.age is not None and m.age >= 60]
        aged = [(age, e) for age, e in aged if e is not None and e.gender in (None, gender)]
        return max(aged, key=lambda x: x[0])[1] if aged else None

    def _given_age(self, pos: int, age: int | None) -> _Entity | None:
        """The person last named before ``pos`` with this age beside the name ("Ruth Ames, 43,")."""
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if m.label == "PERSON" and m.age is not None and m.age == age:
                return self.entity_at(m)
        return None

    def _is_description(self, att: Attribution) -> bool:
        return att.mention_lemma in self.lex.anonymous

    def _recent_entities(self, pos: int) -> list[_Entity]:
        return sorted((e for e in self.table.entities if e.named_before(pos)), key=lambda e: e.last_before(pos).start)

    def _relative_antecedent(self, pos: int, pronoun: str) -> tuple[_Entity, None, frozenset[str]] | None:
        """A relative pronoun's name right before it ("the Chicago Police Department which
        reported "…""), where the parser did not hang the clause from it."""
        if pronoun not in ("who", "which", "that"):
            return None
        k = bisect_left(self._starts, pos) - 1
        if k < 0 or self.mentions[k].label not in ("PERSON", "ORG"):
            return None
        m = self.mentions[k]
        if self.text[m.span.end : pos].strip(" ,") or (ent := self.entity_at(m)) is None:
            return None
        return ent, None, frozenset()

    def _antecedent(self, pos: int, pronoun: str, *, replying: bool = False, age: int | None = None,
                    calling: str = "", owner: bool = False) -> tuple[_Entity | None, float | None, frozenset[str]]:
        """The entity a pronoun at ``pos`` refers to, its score's lead over the best rival, and
        what leaves it in doubt (:meth:`_doubts`); ``replying``: the pronoun replies ("she
        replied"), so it is not who asked the question just quoted; ``age``: of this age, so not
        one the article gave another ("the 26-year-old" is not "Kerry-Ann Doyle, 41,"); ``calling``:
        of this calling, so not one on the other side of a team ("the captain" is not the coach);
        ``owner``: a possessive, which may be one who has died ("… died two days later. Her daughter")."""
        asker = self.asker[1] if replying and self.asker is not None and pos - self.asker[0] < _ASKED_JUST_NOW else None
        want_person = pronoun in ("he", "she", "him", "her", "his", "person")
        gender = _PRONOUN_GENDER.get(pronoun)
        possessive = pronoun in ("his", "their")
        best, best_score, best_m = None, -1e9, None
        scores: dict[int, float] = {}  # best score per candidate entity
        # Candidates: named mentions before the pronoun, and earlier quote speakers.
        last_speaker = self.history[-1] if self.history else None
        upto, sent = self._at(pos)  # (the mentions before the pronoun)
        if last_speaker is not None:
            # The previous quote's speaker is the likely "he" - unless another person has
            # since become the subject of a sentence ("Mayor Karen Bass spoke ... she said").
            for m in self.mentions[bisect_right(self._starts, last_speaker[0]) : upto]:
                if m.label in ("PERSON", "ORG") and m.subject:
                    other = self.entity_at(m)  # (a person the NER took for an organisation here counts)
                    if other is not None and other.kind is SpeakerKind.PERSON and other is not last_speaker[1]:
                        last_speaker = None
                        break
        for k in range(upto - 1, -1, -1):
            m = self.mentions[k]
            if pos - m.span.start > 3000:
                break
            if m.label not in ("PERSON", "ORG"):
                continue
            ent = self.entity_at(m)
            if ent is None:
                continue
            if want_person and ent.kind is not SpeakerKind.PERSON:
                continue
            if pronoun in ("it",) and ent.kind is not SpeakerKind.ORGANISATION:
                continue
            if (gender and ent.gender and ent.gender != gender) or (age is not None and ent.age not in (None, age)) \
                    or (calling and _other_side(ent, calling)) or (calling in _TEENS and ent.age is not None and not 13 <= ent.age <= 19):
                continue
            distance = pos - m.span.start
            score = -distance / 400.0
            if m.subject:
                score += 1.5
            if m.asked and sent is not None and 0 < sent - m.sent <= 2:
                score += 2.0  # the answer: "Conroy asked Sanders whether … / "Sure," he said"
            if last_speaker is not None and last_speaker[1] is ent and pos - last_speaker[0] < 1500:
                score += 2.0
            if ent is asker:
                score -= 4.0  # (""Was it with him that night?" Kanu asked. / "It was in his jacket," she replied.")
            if m.dead and sent is not None and sent > m.sent and not owner:
                score -= 2.0  # (one whose death the story told since speaks no more: "Her mother died. "…," she says.")
            if m.before.split()[-1:] in (["with"], ["and"], ["of"]):
                score -= 0.5
            if possessive and pos - m.span.end < 80 and not re.search(r"[.!?]\s|\n", self.text[m.span.end : pos]):
                score += 4.0  # "When Mr. Trump tried to defend his remarks": the name in its own clause
            scores[id(ent)] = max(score, scores.get(id(ent), -1e9))
            if score > best_score:
                best, best_score, best_m = ent, score, m
        if best is None and last_speaker is not None and pos - last_speaker[0] < 1500 and (
                not gender or last_speaker[1].gender in (None, gender)) \
                and not (pronoun == "it" and last_speaker[1].kind is SpeakerKind.PERSON):  # ("it" is no person)
            return last_speaker[1], None, frozenset()
        rivals = [v for k, v in scores.items() if k != id(best)]
        return best, (best_score - max(rivals) if rivals else None), self._doubts(best_m, best, pos) if best else frozenset()

    def _doubts(self, m: MentionInfo, ent: _Entity, pos: int) -> frozenset[str]:
        """What leaves a pronoun at ``pos`` in doubt, resolved to ``ent`` by its mention ``m``: how
        far back that mention is, and whom the article named or described in between. (PolNeAR's
        gold marks the pronoun, not the person, so its scorer cannot see these: they are checked
        on sets whose keys name the person, see ``benchmarks/written_news.py``.)"""
        doubts = set()
        distance = pos - m.span.start
        if distance >= 600:
            doubts.add("antecedent-far")
        elif distance >= 200:
            doubts.add("antecedent-mid")
        between = self.mentions[bisect_right(self._starts, m.span.start) : bisect_left(self._starts, pos)]
        others = {id(e) for x in between if x.label in ("PERSON", "ORG") and (e := self.entity_at(x)) is not None
                  and e is not ent and e.kind is SpeakerKind.PERSON}
        if len(others) >= 2:
            doubts.add("named-between")
        if any(x.label in ("DESC", "NOUN") for x in between):
            doubts.add("described-between")
        return frozenset(doubts)

    def _described_before(self, att: Attribution, desc: str, lemma: str, kind: SpeakerKind) -> _Entity | None:
        """The organisation or person a description stands for by what the article said around it:
        an organisation's spokesman, "the company", "her husband", a lede's role."""
        # "Brightsea Council said it was aware. A spokesman added: "…"": the organisation's spokesman
        if lemma in SPOKESPEOPLE and re.match(r"(?i)an? ", desc) and not _WHOSE_AFTER.match(self.text, att.mention.end) \
                and not att.mention_plural and not _WHOSE_AFTER.search(desc):  # (not "a spokesman for the union")
            return self._org_just_named(att)
        if lemma in _SPEAKS_FOR and re.match(r"(?i)an? ", desc) and not att.mention_plural:
            return self._body_after(att.mention.end)  # ("A spokeswoman for the council said"; not "an official at")
        # "Norvane Foods reported …. "…," the company said.": the business the article last named as a
        # subject, else the one it named most; "The Federal Aviation Administration grounded the jets.
        # "…," the agency said.": the body last named whose name says it is one; and either is the body
        # the article called so beside its name ("The campaign group Save Kilbride Libraries")
        if desc.lower().startswith("the ") and (lemma in BODY_NOUNS or lemma in _BODY_HEADS) and not att.mention_plural:
            pos = att.mention.start
            found = (self._named_business(pos) or self._main_business(pos)) if lemma in BUSINESS_NOUNS \
                else self._named_body(pos, _BODY_HEADS[lemma]) if lemma in _BODY_HEADS else None
            if found is None and desc.lower() == f"the {lemma}":
                found = next((e for e in reversed(self._recent_entities(pos)) if e.kind is SpeakerKind.ORGANISATION
                              and (lemma in e.described or self._called_before(e, 1) == [lemma])), None)
            if found is None and desc.lower() == f"the {lemma}" and lemma in ("company", "firm", "business"):
                found = self._sole_private_org(pos)  # (not "the airline" after "an Airbus A330", nor "the party")
            if found is None and lemma in ("federation", "association", "union") and desc.lower() == f"the {lemma}":
                # ("Netball South Africa confirmed …. "…," the federation said": the one body the paragraph names)
                start = self.text.rfind("\n", 0, pos) + 1
                bodies = {id(e): e for m in self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, pos)]
                          if m.label == "ORG" and (e := self.entity_at(m)) is not None and e.kind is SpeakerKind.ORGANISATION}
                found = next(iter(bodies.values())) if len(bodies) == 1 else None
            if found is None and lemma == "body":
                found = self._org_just_named(att)  # ("The Football Association fined the club. "…," the governing body said")
            if found is not None or lemma in BUSINESS_NOUNS or lemma in _BODY_HEADS:
                return found
        # "Gail and Terry Sandoval sat …. "…," Gail Sandoval said. Her husband added: "…"": the partner
        # of whom the possessive stands for
        # ("Among those voting against was her husband, Cllr Geoff Fenwick … "…," came the reply from his
        # wife": the one whose husband the article introduced him as)
        # (""…," the manager said. "…," his namesake said": the other person of the last speaker's surname)
        namesake = re.match(r"(?i)(his|her) namesake$", desc)
        if namesake is not None:
            ent = self.history[-1][1] if self.history else \
                self._antecedent(att.mention.start, {"his": "he", "her": "she"}[namesake.group(1).lower()])[0]
            return self._other_of_surname(ent, att.mention.start)
        # (""…," Tevita said. "…," his brother said": the other one of that surname, a brother)
        sibling = _SIBLING_OF_THEM.match(desc)
        if sibling is not None:
            whose = sibling.group(1).lower()
            ent = self._last_speaker(att.mention.start, whose) or self._antecedent(att.mention.start, whose, owner=True)[0]
            lemma = sibling.group(2).lower()
            return (self._sibling(ent, lemma, att.mention.start) or self._of_the_family(ent, lemma, att.mention.start)
                    or self._other_of_surname(ent, att.mention.start, "m" if lemma == "brother" else "f")) if ent is not None else None
        spouse = re.match(r"(?i)(his|her) (husband|wife|partner|spouse)$", desc)
        if spouse is not None:
            ent = self._antecedent(att.mention.start, {"his": "he", "her": "she"}[spouse.group(1).lower()])[0]
            gender = {"husband": "m", "wife": "f"}.get(spouse.group(2).lower())
            return (self._partner(ent, att.mention.start, anywhere=True) or self._introduced_kin_of(ent, _SPOUSE_OF, gender)) \
                if ent is not None else None
        # "The move would pass over her son, Cathal O'Rourke …. His mother said much the same.": the one
        # whose son or daughter the article introduced the possessive's person as
        parent = _PARENT_OF_THEM.match(desc)
        if parent is not None:
            whose = parent.group(1).lower()
            child = self._last_speaker(att.mention.start, whose) or self._antecedent(att.mention.start, {"his": "he", "her": "she"}[whose])[0]
            gender = "f" if parent.group(2).lower() in _MOTHERS else "m"
            if child is None:
                return None
            found = self._introduced_kin_of(child, _CHILD_OF, gender)
            if found is None and (other := self._introduced_kin_of(child, _CHILD_OF, "m" if gender == "f" else "f")) is not None:
                # ("his son, Dr. Arvind Venkataraman" … "His mother": the wife of the one whose son he is)
                found = self._kin_of(other, "wife" if gender == "f" else "husband", att.mention.start) \
                    or self._partner(other, att.mention.start, anywhere=True)
            return found
        # "Canada's finance minister rejected …, saying "…". ⏎⏎ … Finance Minister Elaine Corriveau told
        # reporters": a lede's role, held by the person the next lines name with it (before anyone is named)
        # ("A senior emergency nurse has told an inquiry she "begged" for help. ⏎⏎ Clinical nurse specialist
        # Hannah Lockwood …": the person a lede describes, named with that calling next)
        if re.match(r"(?i:the|its|an?|[A-Z][\w.]*['’]s) (?:[\w-]+ ){0,3}[\w-]+$", desc) and kind in (SpeakerKind.ANONYMOUS, SpeakerKind.UNKNOWN) \
                and not any(e.kind is SpeakerKind.PERSON for e in self._recent_entities(att.mention.start)):
            head = _ROLE_FORMS.get(lemma, lemma)
            ahead = [e for e in self.table.entities if e.mentions and 0 < e.mentions[0].start - att.mention.end < 500
                     and ((e.role and head in _role_words(e.role)) or head in self._called_before(e))]
            return ahead[0] if len(ahead) == 1 else None
        return None

    def _holder_called(self, calling: str, pos: int, ent: _Entity | None) -> _Entity | None:
        """The one person the article named beside a calling the NER took for a name (``ent``, if it
        made it one), or by its initials, before ``pos``: "The Taoiseach, Colm Devereux," or "The
        Resident Electoral Commissioner for the state, Prof. Adaeze Nwankwo," for "the Taoiseach" and
        "the REC" (not a body named before on its own: "the FBI")."""
        earlier = [m for m in ent.mentions if m.start < pos] if ent is not None else []
        if earlier:
            beside = []
            for m in earlier:  # (", Colm Devereux", ", Prof. Adaeze Nwankwo")
                gap = re.match(r",?\s+(?:[A-Z][a-z]{1,4}\.?\s+)?", self.text[m.end : m.end + 12])
                beside.append(self.table._by_start.get(m.end + gap.end()) if gap else None)
            one = beside[0]
            return one if one is not None and one.kind is SpeakerKind.PERSON and all(e is one for e in beside) else None
        holders = []
        for e in self._recent_entities(pos):
            first = e.mentions[0].start
            lead = self.text[max(0, first - 90) : first]
            ends = [m.end() for m in re.finditer(r"(\w*)[.!?;:“”\"\n]\s", lead) if m.group(1).lower() not in self.lex.titles]
            lead = lead[ends[-1] :] if ends else lead
            after = re.match(r"\s*,\s*(?:the|an?)\s([^,.;:“”\"()]{1,60})", self.text[e.mentions[0].end :], re.I)
            called = f"{lead} {after.group(1) if after else ''}"
            # (not a body the phrase names after a preposition: "not denied by the BCCI, selector T. Thirunavukkarasu")
            words = {w.lower() for w in re.findall(r"[\w'’-]+", re.sub(r"\b(?:by|of|from|to|at|with|in|on|for)\s+(?:the\s+)?[\w'’-]+",
                                                                   "", called))}
            runs = re.findall(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?)+", called + " ")
            if e.kind is SpeakerKind.PERSON and (calling.lower() in words or any(
                    calling.isupper() and _initials(re.sub(r"^(?:The|A|An)\s", "", r)) == calling for r in runs)):
                holders.append(e)
        return holders[0] if len(holders) == 1 else None

    def _called_before(self, ent: _Entity, n: int = 4) -> list[str]:
        """The ``n`` words right before the name where the article first names ``ent``, lower case,
        in its sentence ("… the report says. Yolanda Bright-Okafor" calls her nothing)."""
        k = bisect_left(self._starts, ent.mentions[0].start)
        words = self.mentions[k].before.lower().split() if k < len(self.mentions) else []
        ends = [i for i, w in enumerate(words) if w in (".", "!", "?") or w[-1:] in "”\"’"]
        return words[ends[-1] + 1 :][-n:] if ends else words[-n:]

    def _called_so(self, ent: _Entity) -> set[str]:
        """The words the article calls ``ent`` by where it first names them, before the name or in
        an apposition after it ("The council leader, Angela Morrow," and "Angela Morrow, the council
        leader,": "the", "council", "leader")."""
        after = re.match(r"\s*,\s*((?:the|an?)\s[^,.;:“”\"()]{1,60})", self.text[ent.mentions[0].end :], re.I)
        return set(self._called_before(ent, 6)) | set(after.group(1).lower().split() if after else ())

    def _org_just_named(self, att: Attribution) -> _Entity | None:
        """The organisation that was the subject of the sentence before the mention's (or of its
        own), when no one else has been since."""
        for m in reversed(self.mentions[: bisect_left(self._starts, att.mention.start)]):
            if att.sent - m.sent > 1:
                return None
            ent = self.entity_at(m) if m.subject and m.label in ("PERSON", "ORG") else None
            if ent is not None:
                return ent if ent.kind is SpeakerKind.ORGANISATION else None
        return None

    def _body_after(self, pos: int) -> _Entity | None:
        """The organisation named right after ``pos`` by "for", "of" or "at" ("a spokesperson| for
        the Dutch foreign ministry"), or None."""
        lead = _FOR_BODY.match(self.text, pos)
        if lead is None:
            return None
        k = bisect_left(self._starts, lead.end())
        if k < len(self.mentions) and self.mentions[k].span.start == lead.end() and self.mentions[k].label == "ORG":
            ent = self.entity_at(self.mentions[k])
            return ent if ent is not None and ent.kind is SpeakerKind.ORGANISATION else None
        # "a spokeswoman for the council": the council the article named; "a spokesperson for Hato Hone
        # St John": a body's name the NER did not know, its words all capitalised, up to the clause's end
        the = lead.group().rstrip().endswith("the")
        noun = re.match(r"(\w+)\b(?!\s+(?:of\s+)?[A-Z])", self.text[lead.end() :]) if the else None
        if noun is not None and noun.group(1).lower() in _BODY_HEADS:
            heads = _BODY_HEADS[noun.group(1).lower()]
            sole = [e for e in self.table.entities if e.kind is SpeakerKind.ORGANISATION and e.mentions
                    and e.mentions[0].start < pos and heads & set(e.name.lower().split())]
            return self._named_body(pos, heads) or (sole[0] if len(sole) == 1 else None)  # (the one council named)
        name = re.match(r"(?:[A-Z][\w'’&-]*\s)*[A-Z][\w'’&-]*(?=\s+(?:said|says|told|added)\b|[,.;:]|$)", self.text[lead.end() :])
        if name is not None and not the \
                and not (k < len(self.mentions) and self.mentions[k].span.start < lead.end() + name.end()):
            return self.table.add(name.group(), "ORG", Span(lead.end(), lead.end() + name.end()))
        return None

    def _named_body(self, pos: int, heads: frozenset[str]) -> _Entity | None:
        """The organisation named last before ``pos`` (not too far back) whose name has one of ``heads``
        (or, for an agency, its initials); for a club, the one named most (the story's, not its rival)."""
        found, club = [], heads is _BODY_HEADS["club"]
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if pos - m.span.start > 2500 and not club:
                break
            ent = self.entity_at(m) if m.label == "ORG" else None
            if ent is not None and ent.kind is SpeakerKind.ORGANISATION and (heads & set(ent.name.lower().split()) or (
                    heads is _AGENCIES and re.fullmatch(r"[A-Z]{2,5}", ent.name))):  # ("the FBI", then "the agency")
                found.append(ent)
        if club:
            # (named more than once, or in the paragraph before: not the rival a transfer story
            # names in passing, paragraphs back)
            best = max(found, key=lambda e: e.named_before(pos), default=None)  # (the first found wins a tie)
            if best is None or best.named_before(pos) >= 2:
                return best
            return best if len(_PARAGRAPH_BREAK.findall(self.text, best.last_before(pos).end, pos)) <= 1 else None
        return found[0] if found else None

    def _sole_private_org(self, pos: int) -> _Entity | None:
        """The one organisation named before ``pos`` whose name says it is no public body, if only
        one is ("PaceLoop … "…," the company said"; not "Wessex Constabulary")."""
        orgs = [e for e in self.table.entities if e.kind is SpeakerKind.ORGANISATION and e.named_before(pos)]
        private = [e for e in orgs if not {w.lower() for w in e.name.split()} & _PUBLIC_WORDS]
        return private[0] if len(orgs) == 1 and len(private) == 1 else None

    def _main_business(self, pos: int) -> _Entity | None:
        """The business the article has named most before ``pos``, its name saying it is one
        ("Shares of Sarvodaya Steel Ltd fell …"), if no other is named as often."""
        counts = sorted(((e.named_before(pos), e) for e in self.table.entities if e.kind is SpeakerKind.ORGANISATION
                         and (e.name.split()[-1].lower() in CORPORATE_WORDS or e.described & BUSINESS_NOUNS)),
                        key=lambda c: -c[0])
        if counts and counts[0][0] and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return counts[0][1]
        return None

    def _named_business(self, pos: int) -> _Entity | None:
        """The organisation last the subject of a clause before ``pos`` (not too far back), if its
        name says it is a business ("Norvane Foods", "Acme Inc.") or it has spoken already ("Brenmoor
        Water said it "deeply regrets" …. The company said"): "the company" after "Columbia",
        "Forbes" or "YouTube" is as often another one."""
        person_since = False
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if pos - m.span.start > 2500:
                return None
            ent = self.entity_at(m) if m.subject and m.label in ("PERSON", "ORG") else None
            if ent is not None and ent.kind is SpeakerKind.ORGANISATION:
                # ("Developer Meridian Straits Land", "The mine's operator, Sankofa Gold Resources,"; one that
                # spoke, if the story has not turned to a person since)
                return ent if ent.name.split()[-1].lower() in CORPORATE_WORDS or ent.described & BUSINESS_NOUNS \
                    or (not person_since and any(e is ent for _, e in self.history)) else None
            person_since = person_since or ent is not None
        return None

    def _at(self, pos: int) -> tuple[int, int | None]:
        """How many mentions start before ``pos``, and the sentence of the mention at ``pos`` (None
        if none starts there)."""
        upto = bisect_left(self._starts, pos)
        return upto, self.mentions[upto].sent if upto < len(self.mentions) and self._starts[upto] == pos else None

    def _unnamed_speaker(self, pos: int, pronoun: str) -> MentionInfo | None:
        """The unnamed speaker a pronoun at ``pos`` stands for: a description that spoke in its
        sentence or up to three before, or a described person the story turned to in the sentence
        right before in its paragraph ("The judge was unmoved."), with no name the subject of a
        clause since."""
        upto, sent = self._at(pos)
        for k in range(upto - 1, -1, -1):
            m = self.mentions[k]
            if sent is None or sent - m.sent > 6 or (sent - m.sent > 3 and "\n" in self.text[m.span.end : pos]):
                return None  # (up to three sentences back, six in the same paragraph: "My mother sold waakye …")
            if m.label in ("NOUN", "DESC"):
                # (and a "they" for one person nobody named: "A Conservative campaign source was less diplomatic.
                # "…," they said.")
                singular_they = pronoun == "they" and m.unnamed and not m.plural and not m.gender
                if (m.plural != (pronoun == "they") and not singular_they) or (m.gender and m.gender != _PRONOUN_GENDER.get(pronoun)):
                    continue  # ("A shopkeeper … said residents had reported cracks. "…," he said.")
                breaks = len(re.findall(r"\n+", self.text[m.span.end : pos]))
                carried = sent - m.sent > 1 and self._carried_on(m, upto, pronoun)
                opens = bool(_OPENS_AT.search(self.text, max(0, m.span.start - 4), m.span.start)) or m.span.start == 0
                # (or the subject opening the paragraph right before one that opens with the quote: "The teenager,
                # who …, threw a lifebuoy ….⏎⏎"…," she said.")
                turned = breaks == 1 and opens and self.table._opens_with_quote(pos)
                if m.label == "DESC" and (breaks > 1 or (breaks and not ((carried or turned) and opens))
                                          or (sent - m.sent > 1 and not carried)):
                    # (one the story turned to in its own paragraph, right before, or carried on since by "she",
                    # to the end of the paragraph before: "The old man said …. He has seen …⏎⏎"…," he said.")
                    continue
                if m.label == "DESC" and not m.subject:
                    continue  # (one someone's words are about: "His son, Kerem, said his father had …")
                opening = _OPENING_WORD.match(self.text, self.text.rfind("\n", 0, pos) + 1)
                if m.label == "NOUN" and breaks and not self.table._opens_with_quote(pos) \
                        and not (opening and opening.group(1).lower() in ("another", "one", "a", "an", pronoun)):
                    continue  # (not across a paragraph that turned to someone first: "Another, a retired teacher,
                    # said …⏎⏎Asked whether …, the MCA-elect smiled. "…," she said."; but "One resident … said
                    # …⏎⏎Another was more circumspect. "…," he said.", "⏎⏎He said …")
                if any(x.sent == m.sent and x.subject and x.label == "PERSON" and self._reports(x) for x in self.mentions[max(0, k - 8) : k]):
                    continue  # (one a named person reports: "Dlamini said that … an official had told them …")
                return m
            if m.subject and m.label in ("PERSON", "ORG"):
                return None
        return None

    def _reports(self, m: MentionInfo) -> bool:
        """Whether the word after the name ``m`` is a verb of speech ("Dlamini said that …")."""
        word = re.match(r"\s+([a-z]+)", self.text[m.span.end : m.span.end + 20])
        return word is not None and (word.group(1) in PLAIN_CUES or self.lex.cue_class(word.group(1), word.group(1)) == "speech")

    def _body_since(self, pos: int, ent: _Entity | None) -> MentionInfo | None:
        """The body the story turned to by what it is ("The ministry") in the sentence before
        the "it" at ``pos``, since ``ent`` (the organisation "it" would otherwise be) was last named
        and with no one named the subject of a clause since; else None."""
        upto, sent = self._at(pos)
        last = ent.last_before(pos) if ent is not None else None
        for m in reversed(self.mentions[:upto]):
            if sent is None or sent - m.sent > 1 or (last is not None and m.span.start <= last.start):
                return None
            if m.label == "BODY":
                return m
            if m.subject and m.label in ("PERSON", "ORG"):
                return None
        return None

    def _carried_on(self, m: MentionInfo, upto: int, pronoun: str) -> bool:
        """Whether each sentence after the described subject ``m`` and before the mention at ``upto``
        has ``pronoun`` for a subject, or no one else for one, and one has ("Pruitt's mother … wept.
        Afterward, she said she prayed …")."""
        between = self.mentions[bisect_right(self._starts, m.span.start) : upto]
        said = {x.sent for x in between if x.label == "PRON" and x.subject and x.text.lower() == pronoun}
        # (or no one else's: "My mother sold waakye …. Every morning at 4am. I grew up under that table.")
        others = {x.sent for x in between if x.subject and x.text.lower() not in (pronoun, "i", "we", "you", "it")}
        gap = range(m.sent + 1, self.mentions[upto].sent)
        return all(k in said or k not in others for k in gap) and (bool(said) or not gap)

    def _description_of(self, m: MentionInfo) -> Resolved:
        """Whom a described subject ("The judge", "Her husband") stands for, as if it had spoken."""
        spoke = next((ent for at, ent in self.history if at == m.span.start), None)
        if spoke is not None:
            return Resolved.of(spoke, "description")  # ("the cautious candidate said")
        att = Attribution(-1, Method.SYNTAX, m.span, m.text, "NOUN", m.lemma, m.plural, sent=m.sent)
        n = len(self.history)
        found = self.resolve(att)
        del self.history[n:]
        return found

    def _named_two(self, pos: int) -> tuple[_Entity, _Entity] | None:
        """The two people last named together before ``pos``, "and" between them in one sentence."""
        before = self.mentions[: bisect_left(self._starts, pos)]
        for a, b in zip(reversed(before[:-1]), reversed(before[1:])):
            if a.label == b.label == "PERSON" and a.sent == b.sent and pos - b.span.start < 1500 \
                    and re.fullmatch(r"[^.;:\n]{0,50}?\band\b[^.;:\n]{0,50}", self.text[a.span.end : b.span.start]):
                one, two = self.entity_at(a), self.entity_at(b)
                if one is not None and two is not None and one is not two and SpeakerKind.PERSON is one.kind is two.kind:
                    return one, two
        for m in reversed(before):  # (or one name to the NER: "Ewan Doyle and Fergus Doyle")
            if pos - m.span.start > 1500:
                break
            both = _TWO_NAMES.fullmatch(m.text) if m.label in ("PERSON", "ORG") else None
            pair = [self.table.match(n, "PERSON", at=pos) for n in both.groups()] if both else []
            if len(pair) == 2 and all(e is not None and e.kind is SpeakerKind.PERSON for e in pair) and pair[0] is not pair[1]:
                return pair[0], pair[1]
        return None

    def _introduced_kin_of(self, child: _Entity, kin: re.Pattern, gender: str | None) -> _Entity | None:
        """Whose son or daughter (``kin`` :data:`_CHILD_OF`) or spouse (:data:`_SPOUSE_OF`) the
        article introduced ``child`` as where it first named them ("her son, Cathal O'Rourke",
        "Kerrigan's daughter, Shannon Kerrigan-Boyd", "her husband, Cllr Geoff Fenwick"), if of
        this ``gender``; else None."""
        first = child.mentions[0].start
        k = bisect_left(self._starts, first)
        if k == len(self.mentions) or self._starts[k] != first or not self.mentions[k].relative:
            return None
        own = kin.search(self.mentions[k].before)
        if own is None:
            return None
        if own.group(1):
            ent = self._antecedent(first, {"his": "he", "her": "she"}[own.group(1).lower()])[0]
            if gender and _PRONOUN_GENDER[own.group(1).lower()] != gender:
                return None  # (whose son "his" son is, is no one's mother)
        else:
            ent = self.table.match(own.group(2), at=first)
        if ent is None or ent is child or ent.kind is not SpeakerKind.PERSON or (gender and ent.gender not in (None, gender)):
            return None
        return ent

    def _partner(self, ent: _Entity, pos: int, *, anywhere: bool = False) -> _Entity | None:
        """The person named with ``ent`` as one subject where it was last named before ``pos`` ("Tom
        and Linda Baker"); with ``anywhere``, where it was so named at any time before."""
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if m.label == "PERSON" and self.entity_at(m) is ent:
                other = self.table._by_start.get(m.partner) if m.partner is not None else None
                if other is not None and other is not ent and other.kind is SpeakerKind.PERSON:
                    return other
                if not anywhere:
                    return None
        return None

    def _described_just_before(self, att: Attribution, *, mood: bool = False) -> _Entity | None:
        """The named person the sentence before the description ``att`` turned to by a calling of theirs,
        with no name the subject since ("Kahikatea's 73-year-old patron says he will be on the sideline.
        "…," said the veteran.", "Her father is blunter. "…," the 68-year-old said."), else None; with
        ``mood``, only by how they took it ("Her husband was angrier.", not "Her mother never read …")."""
        upto = bisect_left(self._starts, att.mention.start)
        for m in reversed(self.mentions[:upto]):
            if att.sent - m.sent > 1:
                return None
            if m.subject and m.label in ("PERSON", "ORG"):
                return None
            if m.label == "DESC" and m.subject and m.sent < att.sent and re.match(r"(?i)(?:the|his|her|their|[\w-]+['’]s) ", m.text):
                if mood and not (_MOOD.match(self.text, m.span.end) or _REPORTED.match(self.text, m.span.end)):
                    return None
                found = self._description_of(m).entity or self.described_before(m.lemma, m.span.start)
                return found if found is not None and found.kind is SpeakerKind.PERSON else None
        return None

    def _other_of_two(self, desc: str, pos: int) -> _Entity | None:
        """"The elder brother" where the article called one "Liam's younger brother": Liam (and so
        for the younger, and sisters); else None."""
        two = re.fullmatch(r"(?i)the (\w+) (brother|sister)", desc)
        if two is None or (elder := BIRTH_ORDER.get(two.group(1).lower())) is None:
            return None
        other = "|".join(w for w, older in BIRTH_ORDER.items() if older is not elder)
        told = list(re.finditer(rf"\b([A-Z][\w'’-]+)['’]s (?:{other}) {two.group(2).lower()}\b",
                                self.text[max(0, pos - 2000) : pos]))
        if told:
            return self.table.match(told[-1].group(1), "PERSON", at=pos)
        # (or of two of a family the article gave ages: "Declan Rourke, 34, … Kieran Rourke, 29,")
        gender = "m" if two.group(2).lower() == "brother" else "f"
        aged = [e for e in self.table.entities if e.kind is SpeakerKind.PERSON and e.age is not None and len(e.tokens) >= 2
                and e.gender in (None, gender) and e.named_before(pos)]
        families = collections.defaultdict(list)
        for e in aged:
            families[e.name.split()[-1].lower()].append(e)
        pairs = [f for f in families.values() if len(f) == 2]
        return (max if elder else min)(pairs[0], key=lambda e: e.age) if len(pairs) == 1 else None

    def _namesake_asked(self, ent: _Entity, pos: int) -> _Entity | None:
        """The namesake of ``ent`` whom the article asked something just before ``pos`` ("Advocate Riaan du
        Plessis put it to Sipho that …"), whom a bare surname replying stands for; else None."""
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if pos - m.span.start > _ASKED_JUST_NOW * 2:
                return None
            other = self.entity_at(m) if m.asked else None
            if other is not None and other is not ent and other.kind is SpeakerKind.PERSON \
                    and other.name.split()[-1] == ent.name.split()[-1]:
                return other
        return None

    def people_named(self, start: int, end: int) -> list[tuple[MentionInfo, _Entity]]:
        """The people named between ``start`` and ``end``, or described as a sentence's subject ("Under
        cross-examination, the 48-year-old winemaker said …"), with the mention of each."""
        found = [(m, self.entity_at(m) if m.label == "PERSON" else self._description_of(m).entity)
                 for m in self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
                 if m.label == "PERSON" or (m.label == "DESC" and m.subject and not m.plural)]
        return [(m, e) for m, e in found if e is not None and e.kind is SpeakerKind.PERSON]

    def entity_at(self, m: MentionInfo) -> _Entity | None:
        """The table's entity for a name mention."""
        return self.table._by_start.get(m.span.start) or self.table.match(m.text, at=m.span.start)

    def _done(self, att: Attribution, ent: _Entity, how: str, margin: float | None = None,
              doubts: frozenset[str] = frozenset()) -> Resolved:
        kin = _KIN_ABROAD.get(ent.name.lower()) if att.mention is not None else None
        if kin is not None and (found := self._whose(f"my {kin}", kin, att.mention.start, SpeakerKind.PERSON, plural=False)) \
                is not None and found.entity is not None:
            ent = found.entity  # ("Amma is stricter. … She said, "…"": whom "Amma" is, in an answer, the answerer's mother)
        # (A fragment of someone's claim the article reports, "Sanders' self-description of being
        # a "democratic socialist"", is no turn of speech the next "she said" carries on; nor is a
        # question, which the next "he said" answers.)
        if att.mention is not None and att.cue_lemma in ("ask", "question"):
            self.asker = (att.mention.start, ent)
        elif att.mention is not None and att.cue_lemma not in CLAIM_NOUNS:
            self.asker = None  # (the question is answered, or the story moved on)
            self.history.append((att.mention.start, ent))
            if att.mention_label == "PRON" and ent.gender is None and att.mention_lemma in ("he", "she"):
                ent.gender = "m" if att.mention_lemma == "he" else "f"
        return Resolved.of(ent, how, margin, doubts)
