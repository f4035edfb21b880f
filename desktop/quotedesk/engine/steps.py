"""Article-wide steps after the sieves: from each quote's attribution to the article's quotes.

The sieves see one quote at a time; these steps see the article in text order. Every top-level
quote passes through :data:`ORDER`, a list of step names, each ``fn(article, item) -> bool``
(False: the quote is consumed, as the second half of a split quote is). Then its confidence is
set and it becomes a :class:`Quote`. A nested quote is flagged, and has the speaker the outer
quote's words report, if they report one (:mod:`quotedesk.engine.nested`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable

from quotedesk.core.model import (
    FLAG_INFERRED,
    FLAG_NESTED,
    FLAG_NON_SPEECH,
    FLAG_PARTIAL,
    FLAG_REPEAT,
    FLAG_SELF_NAMED,
    FLAG_THOUGHT,
    FLAG_UNCLOSED,
    Method,
    Quote,
    Span,
    SpeakerKind,
)
from quotedesk.engine.attribution import Attribution, family, rules_non_speech
from quotedesk.engine.confidence import Evidence, confidence
from quotedesk.engine.lexicon import SLOGAN_SOURCES
from quotedesk.engine.marks import RawQuote, headline, paragraph_spans
from quotedesk.engine.nested import nested_speaker
from quotedesk.engine.speakers import Resolved, Resolver, name_tokens


@dataclass(slots=True)
class Item:
    """One top-level quote on its way through the steps."""

    index: int  # article-level raw quote index
    raw: RawQuote
    att: Attribution
    sentential: bool
    para: int  # paragraph number
    flags: set[str]
    res: Resolved | None = None
    quote: Quote | None = None  # made after the steps
    coordinated: bool = False  # joined by "and"/"or" to the quote of speech before it
    source: Item | None = None  # the quote whose speaker an inherited quote carries on
    answered: Item | None = None  # in a dialogue, the turn this one answers, whose speaker the next turn has


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class Article:
    """What the steps share: the text, its paragraphs, speaker resolution, the previous quote."""

    text: str
    spans: list[Span]  # the paragraphs
    resolver: Resolver
    title_like: set[int]  # quotes that name a title or nickname
    prev: Item | None = None  # the last quote with a speaker mention that is speech
    before_prev: Item | None = None  # the one before it
    _story: str | None = None  # the words after the headline (see :meth:`story_words`)
    _headline: int | None = -1  # where the headline ends (see :meth:`headline_end`; -1: not found yet)
    paragraphs: list[int] = field(init=False)  # paragraph start offsets

    def __post_init__(self) -> None:
        self.paragraphs = [p.start for p in self.spans]

    def paragraph(self, pos: int) -> int:
        return max(0, bisect_right(self.paragraphs, pos) - 1)

    def headline_end(self) -> int | None:
        """Where the headline and its standfirst end (:func:`~quotedesk.engine.marks.headline`), found once."""
        if self._headline == -1:
            heads = headline(self.text, self.spans)
            self._headline = heads[-1].end if heads else None
        return self._headline

    def story_words(self) -> str:
        """The story's words after the headline, lower case, one space apart (made once)."""
        if self._story is None:
            self._story = " ".join(_WORD_RE.findall(self.text[self.headline_end() or 0 :].lower()))
        return self._story

    def is_turn(self, item: Item) -> bool:
        """Whether the quote is its paragraph, but for a short reporting clause: a turn of a
        dialogue ('"Yes," Jensen replied.')."""
        start = self.paragraphs[item.para]
        end = self.paragraphs[item.para + 1] if item.para + 1 < len(self.paragraphs) else len(self.text)
        rest = self.text[start : item.raw.start] + self.text[item.raw.end : end]
        return len(rest.split()) <= 6


def split_join(article: Article, item: Item) -> bool:
    """Split quote: '"A," X said, "B."' - the second half joins the first."""
    prev = article.prev
    if prev is None or not _continues_split(article.text, prev.quote, item.raw, prev.att, item.att):
        return True
    pq, q = prev.quote, item.raw
    pq.parts = pq.parts + tuple(q.parts)
    pq.end = q.end
    if q.flags & {FLAG_UNCLOSED}:
        pq.flags = pq.flags | {FLAG_UNCLOSED}
    return False


def inherit(article: Article, item: Item) -> bool:
    """Floating quote: carries on the previous speaker when nobody new came in between, or, in a
    dialogue of two, the speaker before: a question after an answer, an answer after a question."""
    prev = article.prev
    if item.att.method not in (Method.NONE, Method.PREVIOUS) or prev is None or not item.sentential:
        return True
    if (turn := _next_turn(article, item)) is not None:
        item.att = replace(turn.att, quote=item.index, method=Method.INHERITED, flags=set(turn.att.flags),
                           speech=item.att.speech, score=None)
        item.source, item.answered = turn, prev
        item.flags.add(FLAG_INFERRED)
        return True
    pa = prev.att
    recent = article.paragraph(prev.quote.start) >= item.para - 1
    if item.att.method is Method.NONE and recent and prev.res is not None and _addresses(article.text, item.raw, prev.res.speaker):
        # ("“…,” Voss said.⏎⏎“It was addressed to you, Mr Voss.”": words put to the last speaker are
        # the one's who spoke before them, in a dialogue of two)
        other = article.before_prev
        if other is not None and other.res is not None and other.res.speaker not in (None, prev.res.speaker) \
                and article.paragraph(other.quote.start) >= item.para - 3 and other.att.mention is not None:
            item.att = replace(other.att, quote=item.index, method=Method.INHERITED, flags=set(other.att.flags),
                               speech=item.att.speech, score=None)
            item.source, item.answered = other, prev
            item.flags.add(FLAG_INFERRED)
        return True
    if pa.mention is not None and recent and not _new_person_between(
        article.resolver, max(prev.quote.end, pa.mention.end), item.raw.start, after_sent=pa.sent
    ):
        # The quote's own speech verdict (a trained model's) survives the inheritance.
        item.att = replace(pa, quote=item.index, method=Method.INHERITED, flags=set(pa.flags), speech=item.att.speech, score=None)
        item.source = prev
        item.flags.add(FLAG_INFERRED)
    return True


def _next_turn(article: Article, item: Item) -> Item | None:
    """The quote whose speaker an unattributed quote has as the next turn of a dialogue, or None.

    A dialogue: paragraphs in a row, each a quote (and a short reporting clause). It starts where,
    of the last two turns, by different speakers, exactly one is a question ('"Did you?" Tupou
    asked.⏎⏎"No."'); the question may follow a paragraph bringing in who asks it ('Evidence leader
    Thandeka Mthembu asked her whether ….⏎⏎"Did he tell you …?"⏎⏎"He said …"') or whom it is put to
    ("Council Member Alejandro de la Cruz questioned the finance director, Marisol Echeverría.⏎⏎"When
    …?" de la Cruz asked.⏎⏎"In late 2022.""), the one the answer is then from. Once started, its
    turns alternate, questions or not ('"And what did you do?"⏎⏎"I raised it."⏎⏎"In writing?"')."""
    p1, p2 = article.prev, article.before_prev
    if p1 is None or p1.res is None or p1.res.speaker is None or p1.para != item.para - 1 \
            or not article.is_turn(p1) or not article.is_turn(item):
        return None
    if p1.answered is not None:
        # (the dialogue goes on, but for a turn the sentence before it gives its own speaker:
        # "Commissioner Lynette Carmody AO interrupted. "Mr Voss, …"")
        return p1.answered if item.att.method is Method.NONE else None
    question = _question(article.text, p1.raw)
    if question == _question(article.text, item.raw):
        return None
    # (the one the paragraph before the last turn named: whom its question was put to, or, when it was an
    # answer, who asked: "Papadopoulos read the email aloud and asked him what it meant.⏎⏎"…," Voss
    # said.⏎⏎"Even at night?"")
    put_to = _put_to(article, p1, asking=not question)
    if put_to is not None and put_to.res is not None:
        return put_to
    if p2 is None or p2.res is None or p1.res.speaker == p2.res.speaker:
        return None
    if put_to is not None and p2.para + 2 == p1.para:
        # (the one who spoke before, with a paragraph between that names no one else: "Under
        # cross-examination, the 48-year-old winemaker said she regretted the tone.⏎⏎"Do you regret
        # the content?" Tupou asked.⏎⏎"No."")
        return p2
    asker = p1.att.method is Method.PREVIOUS and question and p2.para + 2 == p1.para
    return p2 if (p2.para + 1 == p1.para or asker) and article.is_turn(p2) else None


# A paragraph saying someone asks (not "asked not to be named")
_ASKING = re.compile(r"(?i)\b(?:ask(?:s|ed|ing)?\b(?!\s+(?:not|to remain|that (?:his|her|their) name))"
                     r"|question(?:s|ed|ing)?|press(?:es|ed)?|put it to|cross-examin\w*|quizz(?:es|ed)"
                     r"|grill(?:s|ed)?|challeng(?:es|ed))\b")


def _put_to(article: Article, asked: Item, *, asking: bool = False) -> Item | None:
    """Whom a question is put to, when the paragraph before it has no quote: the one person other
    than its asker that it names ("… questioned the city's finance director, Marisol Echeverría, for
    nearly an hour."), as an item to take the answer's speaker from; an item with no speaker when it
    names no one else; else None. With ``asking``, ``asked`` is an answer and the one named the one who
    asks the next question, if the paragraph says someone asks ("Papadopoulos read the email aloud
    and asked him what it meant.")."""
    if asked.para == 0 or (article.before_prev is not None and article.before_prev.para == asked.para - 1):
        return None
    lo, hi = article.paragraphs[asked.para - 1], article.paragraphs[asked.para]
    if any(mark in article.text[lo:hi] for mark in '"“”') or (asking and not _ASKING.search(article.text, lo, hi)):
        return None
    named = article.resolver.people_named(lo, hi)
    # (not whose someone is: "Cross-examined by Mere Te Rangi's lawyer, Kate Fairbrother")
    others = {id(e): (m, e) for m, e in named if e.name != asked.res.speaker
              and not article.text.startswith(("'s", "’s"), m.span.end)}
    if not others:
        return Item(asked.index, asked.raw, asked.att, True, asked.para - 1, set())
    if len(others) != 1:
        return None
    m, ent = next(iter(others.values()))
    att = Attribution(asked.index, Method.INHERITED, m.span, m.text, "PERSON", m.text.split()[-1].lower())
    return Item(asked.index, asked.raw, att, True, asked.para - 1, set(), res=Resolved.of(ent, "name"))


_COURTESY_BEFORE = r"(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam|dame|judge|justice|minister|senator|councillor|cllr)\.?"


def _addresses(text: str, q: RawQuote, speaker: str | None) -> bool:
    """Whether the quote's words call ``speaker`` by title and surname, or by first name, as those
    put to them do ("What bag were you referring to, Mr. Whitlock?", "Twice, Mr Te Rangi?")."""
    names = name_tokens(speaker or "")
    if not names:
        return False
    content = " … ".join(text[p.start : p.end] for p in q.parts).lower()
    titled = rf"{_COURTESY_BEFORE}\s+(?:[\w'’-]+\s+)?{re.escape(names[-1])}"
    return re.search(rf"(?:^|[,;:]\s*)\W*{titled}\s*(?:[,?!.…]|$)", content) is not None \
        or (len(names) > 1 and _called_by(content, names[0]))


def _question(text: str, q: RawQuote) -> bool:
    return text[q.parts[-1].start : q.parts[-1].end].rstrip(" ,\"”’'").endswith("?")


# '… as a "human leech" and a "spoiled brat"': the words between two coordinated fragments.
_COORDINATED_RE = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:a|an|the|his|her|their|its)\s+)?")


def coordinated(article: Article, item: Item) -> bool:
    """A fragment joined by "and"/"or" to the quote of speech right before it shares its
    attribution when its own is weak: one reporting verb, two quoted phrases."""
    prev = article.prev
    if (prev is not None and not item.sentential and not prev.sentential
            and item.att.method in (Method.NONE, Method.NEARBY, Method.SENTENCE)
            and _COORDINATED_RE.fullmatch(article.text, prev.raw.end, item.raw.start)):
        item.att = replace(prev.att, quote=item.index, flags=set(prev.att.flags), speech=item.att.speech, score=None)
        item.coordinated = True
    return True


_SLOGAN_SOURCES_RE = re.compile(r"\b(?:%s)s?\b" % "|".join(sorted(SLOGAN_SOURCES)), re.I)


def _one_of_the_signs(text: str, item: Item) -> bool:
    """'Others held handmade signs. One read "Save the Depot"': one of the things just named reads it."""
    att = item.att
    if att.mention is None or att.mention_lemma not in ("one", "another", "some", "others") or att.cue_lemma not in ("read", "say"):
        return False
    start = max(text.rfind("\n", 0, att.mention.start) + 1, att.mention.start - 150)
    return bool(_SLOGAN_SOURCES_RE.search(text, start, att.mention.start))


def non_speech(article: Article, item: Item) -> bool:
    """Titles, nicknames, slogans and scare quotes: a trained model's verdict, else the rules'."""
    att = item.att
    if att.speech is False or (
        att.speech is None
        # (a coordinated fragment is as short as it likes: its partner's verb claims it)
        and (rules_non_speech(article.text, item.raw, method=att.method, sentential=item.sentential,
                              title_like=item.index in article.title_like, claimed=item.coordinated)
             or att.mention_lemma in SLOGAN_SOURCES or _one_of_the_signs(article.text, item))
    ):
        item.flags.add(FLAG_NON_SPEECH)
    return True


def resolve(article: Article, item: Item) -> bool:
    """The canonical speaker of the mention (an inherited one is the previous quote's)."""
    source = item.source or article.prev
    item.res = source.res if item.att.method is Method.INHERITED else article.resolver.resolve(item.att)
    item.flags |= item.att.flags & {FLAG_THOUGHT}
    return True


def self_named(article: Article, item: Item) -> bool:
    """A person whose own surname is in the quote (often someone else's words about them), or
    whom it calls by first name ("Tiago, today you play for the boy": words to them) or, a parent,
    as a child calls a parent ("I took three weeks, Mom.")."""
    res = item.res
    if not (res and res.speaker):
        return True
    text, m = article.text, item.att.mention
    if m is not None and item.raw.start <= m.start < item.raw.end:  # a transcript's label: not the quote's words
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    content = " … ".join(text[p.start : p.end] for p in item.raw.parts).lower()
    if res.kind is SpeakerKind.PERSON:
        names = name_tokens(res.speaker)
        surname = names[-1:]
        words = re.findall(r"[\w'’-]+", content)
        if (surname and surname[0] in words) or (len(names) > 1 and _called_by(content, names[0])):
            item.flags.add(FLAG_SELF_NAMED)
    # (or, a parent, whom the words call so: "I took three weeks, Mom." is not his mother's)
    kin = _PARENT_WORD.search(item.att.mention_text or "") if m is not None else None
    if kin is not None and any(_called_by(content, word) for word in _PARENT_CALLED[kin.group(1).lower()]):
        item.flags.add(FLAG_SELF_NAMED)
    return True


_PARENT_WORD = re.compile(r"(?i)\b(mother|mum|mom|father|dad)\b")
_PARENT_CALLED = {**dict.fromkeys(("mother", "mum", "mom"), ("mom", "mum", "mam", "ma", "mama", "mummy", "mommy")),
                  **dict.fromkeys(("father", "dad"), ("dad", "da", "papa", "pa", "baba", "daddy", "pop"))}


def _called_by(content: str, name: str) -> bool:
    """Whether the words ``content`` (lower case) open or close by calling someone ``name``."""
    name = re.escape(name)
    return re.match(rf"\W*{name}\s*[,!]", content) is not None or re.search(rf",\s*{name}\W*$", content) is not None


def repeat(article: Article, item: Item) -> bool:
    """A quote in the headline that the story quotes again ("Gowdy promises report 'as soon as
    possible'"): one quote, the story's, which says who said it and in what words."""
    end = article.headline_end()
    if end is not None and item.raw.end <= end and FLAG_NON_SPEECH not in item.flags:
        words = " ".join(_WORD_RE.findall(" ".join(article.text[p.start : p.end] for p in item.raw.parts).lower()))
        if words and f" {words} " in f" {article.story_words()} ":
            item.flags.add(FLAG_REPEAT)
    return True


STEPS: dict[str, Callable[[Article, Item], bool]] = {
    "split-join": split_join,
    "inherit": inherit,
    "coordinated": coordinated,
    "non-speech": non_speech,
    "resolve": resolve,
    "self-named": self_named,
    "repeat": repeat,
}
ORDER: tuple[str, ...] = ("split-join", "inherit", "coordinated", "non-speech", "resolve", "self-named", "repeat")


def article_quotes(
    text: str,
    raw: list[RawQuote],
    sentential: list[bool],
    atts: dict[int, Attribution],
    resolver: Resolver,
    title_like: set[int],
    order=ORDER,
    calibration=None,
) -> list[Quote]:
    """The article's quotes, in text order, from the raw quotes and their attributions.

    ``calibration`` is a trained model's (see :func:`quotedesk.engine.confidence.confidence`)."""
    article = Article(text, paragraph_spans(text), resolver, title_like)
    out: list[Quote] = []
    made: dict[int, Quote] = {}  # raw index -> its quote
    for i, q in enumerate(raw):
        if q.nested_in is not None:
            continue
        flags = set(q.flags) | (set() if sentential[i] else {FLAG_PARTIAL})
        item = Item(i, q, atts.get(i) or Attribution(quote=i, method=Method.NONE), sentential[i], article.paragraph(q.start), flags)
        if not all(STEPS[name](article, item) for name in order):
            continue
        item.quote = made[i] = _quote(article, item, calibration)
        out.append(item.quote)
        if item.att.mention is not None and FLAG_NON_SPEECH not in item.flags:
            article.prev, article.before_prev = item, article.prev
    for q in raw:
        if q.nested_in is not None:
            out.append(_nested(article, q, made.get(q.nested_in)))
    out = _headline_speakers(article, out)
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def _headline_speakers(article: Article, quotes: list[Quote]) -> list[Quote]:
    """A headline's quote that the story repeats has the speaker the story gives it ("Factory
    closure stuns Bad Kellheim: "We gave them everything"" is Habermann's, not the town's)."""
    def words(q: Quote) -> str:
        return " " + " ".join(_WORD_RE.findall(" ".join(article.text[p.start : p.end] for p in q.parts).lower())) + " "

    out = []
    for q in quotes:
        said = None
        if FLAG_REPEAT in q.flags:
            mine = words(q)
            said = next((s for s in quotes if FLAG_REPEAT not in s.flags and (s.speaker or FLAG_NON_SPEECH in s.flags)
                         and s.start >= q.end and mine in words(s)), None)
        if said is not None and FLAG_NON_SPEECH in said.flags:
            # ("… as economists warn of 'bracket creep'", the story's term "bracket creep": no one's words)
            out.append(replace(q, flags=q.flags | {FLAG_NON_SPEECH}))
            continue
        out.append(q if said is None else replace(
            q, speaker=said.speaker, speaker_kind=said.speaker_kind, mention=said.mention, cue=said.cue, role=said.role,
            method=Method.INHERITED, confidence=said.confidence, evidence=said.evidence, flags=q.flags | {FLAG_INFERRED}))
    return out


def _quote(article: Article, item: Item, calibration) -> Quote:
    att, res, q = item.att, item.res, item.raw
    evidence = _evidence(article, item)
    return Quote(
        start=q.start,
        end=q.end,
        parts=tuple(q.parts),
        speaker=res.speaker if res else None,
        speaker_kind=res.kind if res else SpeakerKind.UNKNOWN,
        mention=att.mention,
        cue=att.cue,
        confidence=confidence(evidence, calibration=calibration),
        flags=frozenset(item.flags),
        role=res.role if res else None,
        method=att.method,
        evidence=tuple(evidence.keys()),
    )


def _nested(article: Article, q: RawQuote, outer: Quote | None) -> Quote:
    """A quote inside ``outer``, with the speaker the outer words report, if any."""
    plain = Quote(start=q.start, end=q.end, parts=tuple(q.parts), flags=frozenset({FLAG_NESTED, FLAG_PARTIAL}))
    found = nested_speaker(article.text, q, outer, article.resolver) if outer is not None and outer.is_speech else None
    if found is None:
        return plain
    res, mention, cue = found
    evidence = Evidence(method=Method.NESTED.value, how=res.how, partial=True,
                        words=q.words(article.text),
                        distance=q.start - mention.end, mention_after=False, inverted=False,
                        cue=cue.text(article.text).lower(), kind=res.kind.value, margin=res.margin)
    return replace(plain, speaker=res.speaker, speaker_kind=res.kind, mention=mention, cue=cue, role=res.role,
                   confidence=confidence(evidence), method=Method.NESTED, evidence=tuple(evidence.keys()))


def _evidence(article: Article, item: Item) -> Evidence:
    """What the quote's confidence rests on (see :mod:`quotedesk.engine.confidence`)."""
    text, att, res, q = article.text, item.att, item.res, item.raw
    mention, cue = att.mention, att.cue
    distance, paragraphs = None, 0
    if mention is not None:
        gap = (q.end, mention.start) if mention.start >= q.end else (mention.end, q.start)
        distance = max(0, gap[1] - gap[0])
        paragraphs = article.paragraph(gap[1]) - article.paragraph(gap[0])
    return Evidence(
        method=family(att.method),
        how=res.how if res else "none",
        partial=not item.sentential,
        words=q.words(text),
        distance=distance,
        mention_after=mention is not None and mention.start >= q.end,
        inverted=mention is not None and cue is not None and cue.start < mention.start,
        cue=cue.text(text).lower() if cue is not None else "",
        kind=res.kind.value if res else SpeakerKind.UNKNOWN.value,
        flags=frozenset(item.flags - {FLAG_PARTIAL, FLAG_INFERRED}),
        margin=res.margin if res else None,
        doubts=res.doubts if res else frozenset(),
        model_score=att.score,
        paragraphs=paragraphs,
        from_fragment=item.source is not None and not item.source.sentential,
    )


def _continues_split(text: str, first: Quote, q: RawQuote, first_att: Attribution, att: Attribution) -> bool:
    if first.end > q.start or first_att.cue is None:
        return False
    gap = text[first.end : q.start]
    if "\n" in gap or len(gap) > 90:
        return False
    ends = list(_SENTENCE_END.finditer(gap))
    if ends and len(gap[ends[-1].end() - 1 :].split()) >= 2:
        return False  # '"…," one viewer wrote. Another posted: "…"' is two quotes; '"…," he said. Now, "…"' one
    if not (first.start <= first_att.cue.start and first_att.cue.end <= q.start and first_att.cue.start >= first.end):
        return False
    last_part = text[first.parts[-1].start : first.parts[-1].end].rstrip()
    if not last_part or last_part[-1] not in ",—–-" or not gap.rstrip().endswith((",", ":")):
        return False
    return att.method is Method.NONE or (att.cue is not None and att.cue == first_att.cue)


def _new_person_between(resolver: Resolver, start: int, end: int, *, after_sent: int) -> bool:
    """Whether a person, named or described ("His father was blunter."), becomes the subject of a
    later sentence before the quote."""
    lo, hi = bisect_left(resolver._starts, start), bisect_left(resolver._starts, end)
    return any(m.label in ("PERSON", "DESC") and m.subject and m.sent > after_sent for m in resolver.mentions[lo:hi])
