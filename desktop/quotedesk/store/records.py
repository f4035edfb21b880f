"""What the library returns: plain frozen dataclasses, never cursors or rows.

Offsets are Python code points into the article's text, end exclusive, as in ``core.model``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from quotedesk.core.model import FLAG_NON_SPEECH, SpeakerKind, Span

Status = Literal["proposed", "verified", "rejected"]
Origin = Literal["machine", "editor"]
STATUSES: tuple[str, ...] = ("proposed", "verified", "rejected")
ORIGINS: tuple[str, ...] = ("machine", "editor")


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One stored article.

    ``duplicate`` is true when :meth:`Library.add_article` found the same text (by content
    hash) already stored and returned that article instead of adding a copy.
    """

    id: int
    title: str | None
    text: str
    source: str | None
    date: str | None
    content_hash: str
    added_at: str
    external_id: str | None = None
    model_version: str | None = None
    extra: dict = field(default_factory=dict, compare=False)
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article as the article list shows it, with quote counts (removed quotes left out)."""

    id: int
    title: str | None
    source: str | None
    date: str | None
    n_quotes: int
    n_proposed: int
    n_verified: int
    n_rejected: int


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One stored quote with its current attribution and review state.

    ``speaker`` is the speaker's canonical name when the quote is linked to a speaker
    (``speaker_id``), otherwise the description the attribution gave ("a U.S. official") or None.
    """

    id: int
    article_id: int
    start: int
    end: int
    parts: tuple[Span, ...]
    speaker: str | None
    speaker_id: int | None
    speaker_kind: SpeakerKind
    mention: Span | None
    cue: Span | None
    confidence: float
    flags: frozenset[str]
    role: str | None
    status: Status
    origin: Origin
    model_version: str | None
    removed: bool = False
    content: str = ""
    method: str | None = None  # the engine step that found the machine's speaker (core.model.Method)

    @property
    def is_speech(self) -> bool:
        return FLAG_NON_SPEECH not in self.flags

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class CorrectionRecord:
    """One entry of the append-only corrections log; ``before``/``after`` are decoded JSON.

    ``operation_id`` is the undo step the correction belongs to (None before schema 4); an
    ``undo``/``redo`` entry names the step it undid or redid in ``after["operation"]``.
    """

    id: int
    action: str
    field: str
    before: object
    after: object
    editor: str
    at: str
    model_version: str | None
    quote_id: int | None = None
    article_id: int | None = None
    speaker_id: int | None = None
    operation_id: int | None = None


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """A speaker across the library with every name it was given and its number of quotes."""

    id: int
    name: str
    kind: SpeakerKind
    aliases: tuple[str, ...]
    n_quotes: int
    role: str | None = None


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Two speakers that may be one person; only ever shown to an editor, never applied."""

    keep: SpeakerSummary
    other: SpeakerSummary
    score: float  # 0-100
    reason: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A quote found by :meth:`Library.search`, with what a viewer needs to jump to it."""

    quote_id: int
    article_id: int
    article_title: str | None
    article_date: str | None
    start: int
    end: int
    content: str
    speaker: str | None
    speaker_id: int | None
    status: Status
    confidence: float


@dataclass(frozen=True, slots=True)
class ModelVersionRecord:
    """A trained attribution model known to the library, with its evaluation figures."""

    version: str
    created_at: str
    metrics: dict
    n_train: int | None
    path: str | None
    active: bool
    has_blob: bool = False


@dataclass(frozen=True, slots=True)
class Curation:
    """Review state to restore for one quote when re-importing an export (see ``add_article``)."""

    status: Status = "proposed"
    origin: Origin = "machine"
    model_version: str | None = None


@dataclass(frozen=True, slots=True)
class Reanalysis:
    """What :meth:`Library.reanalyze_article` changed in one article.

    ``kept`` quotes an editor had touched stay as they were; of the machine's untouched
    proposals, ``changed`` got another speaker or mention, ``added`` are new, ``dropped`` are gone, and
    ``unchanged`` came back the same. ``suppressed`` new proposals overlapped a kept quote and
    were left out (the editor's decision stands).
    """

    article_id: int
    model_version: str
    kept: int = 0
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    dropped: int = 0
    suppressed: int = 0



@dataclass(frozen=True, slots=True)
class Operation:
    """One correction as a step of undo history (see ``quotedesk.store.history``).

    ``state`` is ``"done"``, ``"undone"`` (redo can bring it back) or ``"dropped"`` (undone,
    then replaced by a newer correction). ``action`` is its first correction's action; the ids
    are of the quotes, articles and speakers its corrections name, in order.
    """

    id: int
    state: str
    action: str
    editor: str
    at: str
    quote_ids: tuple[int, ...] = ()
    article_ids: tuple[int, ...] = ()
    speaker_ids: tuple[int, ...] = ()

    def describe(self) -> str:
        what = self.action.replace("_", " ") or "a change"
        if len(self.quote_ids) == 1:
            return f"{what} of quote {self.quote_ids[0]}"
        if self.article_ids:
            return f"{what} in article {self.article_ids[0]}"
        return what


@dataclass(frozen=True, slots=True)
class Unchanged:
    """What a correction returns when it would change nothing: nothing was written, logged or
    made undoable. ``reason`` says why, for the editor ("the quote already has these bounds")."""

    reason: str
