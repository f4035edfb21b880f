"""Dataclasses that cross layer boundaries.

Offsets are Python string indices (Unicode code points), end exclusive. The GUI converts
them to Qt's UTF-16 positions at its edge (see ``quotedesk.core.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum


class SpeakerKind(str, Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # "Kurdish fighters", "officials"
    ANONYMOUS = "anonymous"  # a description with no name: "a senior U.S. official"
    AUTHOR = "author"  # first person "I"/"we" outside quotes: the writer or outlet
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def text(self, text: str) -> str:
        return text[self.start : self.end]


class Method(StrEnum):
    """How a quote's speaker was found: the engine step that decided it (see ``engine.sieves``).

    The values are stable names: they are written to exports and libraries, and trained
    models key features on them.
    """

    LABEL = "label"  # transcript label inside the quote: "WALLACE: ..."
    AS_CLAUSE = "as-clause"  # "..., as a Homeland Security memo put it"
    ASKED = "asked"  # a question an "ask" right before it puts: 'a reporter asked her, "Why?"'
    ACCORDING_CUE = "according-cue"  # the reporting verb's own "according to X"
    SYNTAX = "syntax"  # the subject of the cue the quote hangs from
    LEAD_IN = "lead-in"  # the clause ending in a colon before the quote
    ACCORDING = "according"  # "according to X" in the quote's sentence
    SENTENCE = "sentence"  # the subject of another cue in the quote's sentence
    SENTENCE_NAME = "sentence-name"  # a name beside a cue whose subject the parser lost
    DASH = "dash"  # a byline after a dash: "... ― Carla Sanchez"
    NEARBY = "nearby"  # a fragment's sentence subject, no cue
    NEARBY_ROOT = "nearby-root"  # a person the parser ran the quote's sentence into
    NEXT_SENTENCE = "next-sentence"  # a short reporting sentence right after the quote
    PREVIOUS = "previous"  # the person of the sentence before a quote standing alone
    INHERITED = "inherited"  # carried over from the previous quote (article-wide step)
    NESTED = "nested"  # a quote inside a quote: whom the outer speaker reports ("He told me, '…'")
    MODEL = "model"  # a trained model's pick among the candidates
    NONE = "none"  # nothing found


# The confidence at or above which an editor may accept a quote unread: on PolNeAR train, about
# half the quotes reach it and 98.6% of those are right (dev: 48%, 98.4%)
# (benchmarks/calibration.py). The window and ``Library.verify_confident`` offer it as the default.
ACCEPT_UNREAD = 0.97

# Flag names a Quote can carry.
FLAG_PARTIAL = "partial"  # a fragment quoted inside reported speech
FLAG_UNCLOSED = "unclosed"  # no closing mark: closed at the paragraph end
FLAG_MULTI_PARAGRAPH = "multi_paragraph"  # continues across paragraphs
FLAG_NESTED = "nested"  # a quote inside another quote
FLAG_INFERRED = "inferred"  # speaker carried over from a neighbouring quote
FLAG_NON_SPEECH = "non_speech"  # title, nickname or scare quote: not speech
FLAG_SELF_NAMED = "self_named"  # the speaker's own name appears inside the quote
FLAG_THOUGHT = "thought"  # cue is a thought verb (think, wonder), not speech
FLAG_REPEAT = "repeat"  # a headline's quote that the story quotes again: one quote, the story's
FLAGS = (
    FLAG_PARTIAL,
    FLAG_UNCLOSED,
    FLAG_MULTI_PARAGRAPH,
    FLAG_NESTED,
    FLAG_INFERRED,
    FLAG_NON_SPEECH,
    FLAG_SELF_NAMED,
    FLAG_THOUGHT,
    FLAG_REPEAT,
)


# Flags of a quote that is no quote of its own: not speech, nested in another, a headline's repeat of one.
NOT_ALONE = (FLAG_NON_SPEECH, FLAG_NESTED, FLAG_REPEAT)


def stands_alone(flags) -> bool:
    """Whether a quote with these flags is a quote of its own in datasets and scores."""
    return not any(flag in flags for flag in NOT_ALONE)


@dataclass(slots=True)
class Quote:
    """One direct quote and who said it.

    ``start``/``end`` cover the whole quote with its marks; ``parts`` are the content spans
    inside the marks (two or more when the quote is interrupted, as in ``"A," he said, "B."``).
    """

    start: int
    end: int
    parts: tuple[Span, ...]
    speaker: str | None = None  # canonical name ("John Kerry") or description
    speaker_kind: SpeakerKind = SpeakerKind.UNKNOWN
    mention: Span | None = None  # the mention the attribution rests on ("he")
    cue: Span | None = None  # the cue verb or phrase ("said", "according to")
    confidence: float = 0.0
    flags: frozenset[str] = field(default_factory=frozenset)
    role: str | None = None  # the speaker's title in this article ("Secretary of State")
    method: Method = Method.NONE  # the engine step that found the speaker
    evidence: tuple[str, ...] = ()  # what the confidence rests on (see quotedesk.engine.confidence)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_speech(self) -> bool:
        return FLAG_NON_SPEECH not in self.flags

    def content(self, text: str) -> str:
        """The quoted words, parts joined by " … "."""
        return " … ".join(text[p.start : p.end] for p in self.parts)

    def has(self, flag: str) -> bool:
        return flag in self.flags

    @property
    def stands_alone(self) -> bool:
        return stands_alone(self.flags)


@dataclass(slots=True)
class Person:
    """A speaker candidate in one article: a person, organisation or group, with its mentions."""

    name: str  # the fullest form the article gives, titles stripped
    kind: SpeakerKind
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()  # other forms seen: "Abadi", "Haider al-Abadi"
    role: str | None = None  # "Prime Minister"
    gender: str | None = None  # "m", "f" or None


@dataclass(slots=True)
class Analysis:
    """What the engine found in one article."""

    text: str
    quotes: list[Quote]
    people: list[Person]
    model: str = ""  # "rules" or the trained model version that proposed the quotes

    @property
    def speech(self) -> list[Quote]:
        return [q for q in self.quotes if q.is_speech]
