"""Exporting the curated dataset, and reading an export back in without losing anything.

JSON Lines rows follow the shared scorer's format (``id``, ``text``, ``quotes`` with ``start``,
``end``, ``speaker``, ``speaker_mentions`` and ``kind`` direct/partial, one record per content
part) and add what an editor decided: ``status``, ``origin``, ``quote_span``, ``parts``, ``cue``,
``speaker_kind``, ``flags``, ``confidence``, ``role``, ``model_version``, ``method``, plus the article's
``people`` and ``speakers``. ``quotes`` holds the dataset (speech, not rejected);
``other_quotes`` the rest (rejected, non-speech, nested, a headline's repeat), in the same shape.
Importing such a file restores the quotes as they were instead of running the engine again.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quotedesk.core.errors import InputError
from quotedesk.core.model import FLAG_PARTIAL, Analysis, Method, Person, Quote, SpeakerKind, Span, stands_alone
from quotedesk.core.output import atomic_write
from quotedesk.store.library import Library
from quotedesk.store.records import STATUSES, ArticleRecord, Curation, QuoteRecord

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
CSV_COLUMNS = (
    "article_id", "article_ref", "article_title", "article_date", "article_source", "quote_id",
    "start", "end", "content", "speaker", "speaker_kind", "role", "status", "origin",
    "confidence", "flags", "model_version", "mention_text", "cue_text",
)


class Written(int):
    """What an export wrote: the number of quotes (or log entries), an ``int``, and ``articles``,
    how many articles they came from (None for the corrections log)."""

    articles: int | None

    def __new__(cls, n: int, articles: int | None = None) -> Written:
        written = super().__new__(cls, n)
        written.articles = articles
        return written


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which quotes go into an export; articles left with no quote are left out when filtering."""

    verified_only: bool = False
    speaker: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.verified_only or self.speaker or self.date_from or self.date_to)


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """One article and the quotes of it an export keeps."""

    article: ArticleRecord
    quotes: tuple[QuoteRecord, ...]


def iter_export(
    library: Library,
    *,
    verified_only: bool = False,
    speaker: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Iterator[ExportArticle]:
    """The articles and quotes an export keeps, oldest article first.

    Parameters
    ----------
    verified_only : bool
        Only quotes an editor verified.
    speaker : str, optional
        Only quotes of the speakers this name finds (as in ``Library.search``).
    date_from, date_to : str, optional
        Only articles dated within this ISO range (undated articles are then left out).

    With any filter, articles left without a quote are left out; without one, every article
    is kept (articles with no quotes are negatives for training).
    """
    chosen = ExportFilter(verified_only, speaker, date_from, date_to)
    speaker_ids: set[int] | None = None
    if chosen.speaker:
        speaker_ids = set(library.match_speakers(chosen.speaker))
    for article in library.iter_articles():
        if chosen.date_from and (not article.date or article.date < chosen.date_from):
            continue
        if chosen.date_to and (not article.date or article.date[: len(chosen.date_to)] > chosen.date_to):
            continue
        quotes = library.quotes(article.id)
        if chosen.verified_only:
            quotes = [q for q in quotes if q.status == "verified"]
        if speaker_ids is not None:
            quotes = [q for q in quotes if q.speaker_id in speaker_ids]
        if chosen.active and not quotes:
            continue
        yield ExportArticle(article, tuple(quotes))


def _span(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None


def in_dataset(q: QuoteRecord) -> bool:
    """Whether a quote counts as a quote for scoring and training: one of its own, not rejected."""
    return q.status != "rejected" and stands_alone(q.flags)


def quote_records(q: QuoteRecord, index: int, text: str) -> list[dict]:
    """The export records of one quote: one per content part, as the scorer compares them.

    Every record carries the whole quote (``quote_span``, ``parts``) and its ``quote`` index,
    so a split quote ("A," he said, "B.") scores as its halves and is restored as one quote.
    """
    shared = {
        "speaker": q.speaker,
        "speaker_mentions": [_span(q.mention)] if q.mention else [],
        "kind": "partial" if FLAG_PARTIAL in q.flags else "direct",
        "speaker_kind": q.speaker_kind.value,
        "role": q.role,
        "quote": index,
        "quote_span": [q.start, q.end],
        "parts": [_span(p) for p in q.parts],
        "cue": _span(q.cue),
        "flags": sorted(q.flags),
        "confidence": q.confidence,
        "is_speech": q.is_speech,
        "status": q.status,
        "origin": q.origin,
        "model_version": q.model_version,
        "method": q.method,
    }
    return [{"start": p.start, "end": p.end, "text": p.text(text), "part": k, **shared} for k, p in enumerate(q.parts)]


def article_json(library: Library, item: ExportArticle) -> dict:
    """One article row of a JSONL export."""
    a = item.article
    speaker_ids = sorted({q.speaker_id for q in item.quotes if q.speaker_id is not None})
    speakers = [library.speaker(sid) for sid in speaker_ids]
    return {
        "id": a.external_id or f"article-{a.id}",
        "text": a.text,
        "title": a.title,
        "source": a.source,
        "date": a.date,
        "model_version": a.model_version,
        "quotedesk_export": FORMAT_VERSION,
        "quotes": [r for n, q in enumerate(item.quotes) if in_dataset(q) for r in quote_records(q, n, a.text)],
        "other_quotes": [r for n, q in enumerate(item.quotes) if not in_dataset(q) for r in quote_records(q, n, a.text)],
        "people": [
            {"name": p.name, "kind": p.kind.value, "mentions": [_span(m) for m in p.mentions],
             "aliases": list(p.aliases), "role": p.role, "gender": p.gender}
            for p in library.people(a.id)
        ],
        "speakers": [{"name": s.name, "kind": s.kind.value, "aliases": list(s.aliases), "role": s.role}
                     for s in speakers],
        **{k: v for k, v in a.extra.items() if k not in {"quotes", "other_quotes", "people", "speakers"}},
    }


def export_jsonl(library: Library, path: str | Path, **filters) -> Written:
    """Write one JSON line per article; returns the number of quotes written (and of articles).

    ``filters`` are the keyword options of :func:`iter_export`.
    """
    n = articles = 0
    with atomic_write(path) as f:
        for item in iter_export(library, **filters):
            f.write(json.dumps(article_json(library, item), ensure_ascii=False) + "\n")
            n += len(item.quotes)
            articles += 1
    log.info("exported %d quotes to %s", n, path)
    return Written(n, articles)


def export_csv(library: Library, path: str | Path, **filters) -> Written:
    """Write one spreadsheet row per quote (filters as :func:`iter_export`); returns the count
    (and the number of articles with a row)."""
    n = articles = 0
    with atomic_write(path, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for item in iter_export(library, **filters):
            a = item.article
            articles += bool(item.quotes)
            for q in item.quotes:
                writer.writerow(map(_cell, [
                    a.id, a.external_id, a.title, a.date, a.source, q.id, q.start, q.end, q.content,
                    q.speaker, q.speaker_kind.value, q.role, q.status, q.origin, f"{q.confidence:.3f}",
                    " ".join(sorted(q.flags)), q.model_version,
                    q.mention.text(a.text) if q.mention else "", q.cue.text(a.text) if q.cue else "",
                ]))
                n += 1
    return Written(n, articles)


def _cell(value):
    """A CSV cell a spreadsheet shows as text: a leading ``=``, ``+``, ``-``, ``@``, tab or CR would
    start a formula, so such text gets a leading apostrophe (OWASP's advice on CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_corrections(library: Library, path: str | Path) -> Written:
    """Write the corrections log as JSON Lines, oldest first; returns the number of entries."""
    entries = library.corrections()
    with atomic_write(path) as f:
        for c in entries:
            f.write(json.dumps({
                "id": c.id, "at": c.at, "editor": c.editor, "action": c.action, "field": c.field,
                "before": c.before, "after": c.after, "quote_id": c.quote_id, "article_id": c.article_id,
                "speaker_id": c.speaker_id, "model_version": c.model_version, "operation_id": c.operation_id,
            }, ensure_ascii=False) + "\n")
    return Written(len(entries))


def _span_from(value, where: str) -> Span | None:
    if value is None:
        return None
    try:
        start, end = value
        return Span(int(start), int(end))
    except (TypeError, ValueError) as e:
        raise InputError(f"{where}: {value!r} is not a [start, end] span") from e


def restore_from_export(article) -> tuple[Analysis, list[Curation], list[Person]] | None:
    """The stored state of an article read from a QuoteDesk JSONL export, or None if not one.

    ``article`` is a ``quotedesk.ingest.ArticleInput`` whose ``extra`` holds the row's other
    fields. Returns the analysis to store, the review state per quote and the speakers (with
    every alias) to resolve first; a row without ``quotedesk_export`` is plain input for the engine.
    """
    extra = article.extra or {}
    if not extra.get("quotedesk_export") or not isinstance(extra.get("quotes"), list):
        return None
    text, where = article.text, f"{article.source}:{article.id}"
    records = list(extra["quotes"]) + list(extra.get("other_quotes") or [])
    groups: dict[object, list[dict]] = {}
    quotes, curation = [], []
    try:
        for n, row in enumerate(records):
            groups.setdefault(row.get("quote", f"record-{n}"), []).append(row)
        for rows in sorted(groups.values(), key=lambda g: tuple(g[0].get("quote_span") or (g[0]["start"], g[0]["end"]))):
            row = rows[0]
            start, end = (int(v) for v in (row.get("quote_span") or (row["start"], row["end"])))
            parts = tuple(_span_from(p, where) for p in row.get("parts") or [[start, end]])
            mentions = row.get("speaker_mentions") or []
            status = row.get("status", "proposed")
            if status not in STATUSES or not 0 <= start < end <= len(text):
                raise InputError(f"{where}: quote [{start}, {end}) with status {status!r} cannot be restored")
            quotes.append(Quote(
                start=start, end=end, parts=parts, speaker=row.get("speaker"),
                speaker_kind=SpeakerKind(row.get("speaker_kind") or "unknown"),
                mention=_span_from(mentions[0], where) if mentions else None,
                cue=_span_from(row.get("cue"), where), confidence=float(row.get("confidence") or 0.0),
                flags=frozenset(row.get("flags") or ()), role=row.get("role"),
                method=Method(row.get("method") or Method.NONE),
            ))
            curation.append(Curation(status=status, origin=row.get("origin") or "machine",
                                     model_version=row.get("model_version")))
        people = [
            Person(name=p["name"], kind=SpeakerKind(p.get("kind") or "unknown"),
                   mentions=tuple(_span_from(m, where) for m in p.get("mentions") or ()),
                   aliases=tuple(p.get("aliases") or ()), role=p.get("role"), gender=p.get("gender"))
            for p in extra.get("people") or ()
        ]
        speakers = [
            Person(name=s["name"], kind=SpeakerKind(s.get("kind") or "person"), aliases=tuple(s.get("aliases") or ()),
                   role=s.get("role"))
            for s in extra.get("speakers") or ()
        ]
    except (KeyError, TypeError, ValueError) as e:
        raise InputError(f"{where}: this QuoteDesk export row is damaged ({e})") from e
    analysis = Analysis(text, quotes, people, str(extra.get("model_version") or ""))
    return analysis, curation, speakers
