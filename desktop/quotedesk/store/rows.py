"""Rows to records and values to columns: the conversions every part of the library shares."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import NOT_ALONE, SpeakerKind, Span
from quotedesk.store.records import STATUSES, QuoteRecord

QUOTE_SELECT = """
SELECT q.*, s.name AS s_name FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
"""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def spans_json(value: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in value])


def span_or_none(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)


def speaker_kind(value: SpeakerKind | str | None) -> SpeakerKind:
    if value is None:
        return SpeakerKind.UNKNOWN
    try:
        return SpeakerKind(value)
    except ValueError as e:
        raise ValueError(f"unknown speaker kind {value!r}") from e


def editor_name(editor: str) -> str:
    if not isinstance(editor, str) or not editor.strip():
        raise ValueError("editor must name who made the change")
    return editor.strip()


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")


def quote_row_by_id(conn: sqlite3.Connection, quote_id: int) -> sqlite3.Row:
    row = conn.execute(QUOTE_SELECT + " WHERE q.id = ?", (quote_id,)).fetchone()
    if row is None:
        raise LibraryError(f"no quote {quote_id} in this library")
    return row


def quote_record(r: sqlite3.Row) -> QuoteRecord:
    return QuoteRecord(
        id=r["id"], article_id=r["article_id"], start=r["start"], end=r["end"],
        parts=tuple(Span(s, e) for s, e in json.loads(r["parts"])),
        speaker=r["s_name"] if r["speaker_id"] is not None else r["speaker_name"],
        speaker_id=r["speaker_id"], speaker_kind=speaker_kind(r["speaker_kind"]),
        mention=span_or_none(r["mention_start"], r["mention_end"]),
        cue=span_or_none(r["cue_start"], r["cue_end"]),
        confidence=r["confidence"], flags=frozenset(r["flags"].split()), role=r["role"],
        status=r["status"], origin=r["origin"], model_version=r["model_version"],
        removed=bool(r["removed"]), content=r["content"], method=r["method"],
    )




def confident_where(min_confidence: float, article_id: int | None) -> tuple[str, list]:
    """SQL (over ``quotes q``) for proposed quotes of their own (``core.model.stands_alone``) with a
    speaker at ``min_confidence`` or more."""
    if not 0.0 <= float(min_confidence) <= 1.0:
        raise ValueError("a confidence is between 0 and 1")
    where = ("q.status = 'proposed' AND q.removed = 0 AND q.confidence >= ? AND q.speaker_name IS NOT NULL "
             + " ".join(f"AND ' ' || q.flags || ' ' NOT LIKE '% {flag} %'" for flag in NOT_ALONE))
    params: list = [float(min_confidence)]
    if article_id is not None:
        where += " AND q.article_id = ?"
        params.append(int(article_id))
    return where, params
