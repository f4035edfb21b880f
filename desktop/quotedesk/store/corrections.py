"""Corrections: an editor's changes to quotes, the append-only log of them, and undo/redo.

Every correction is one transaction, recorded as one undoable operation
(:mod:`quotedesk.store.history`), with one or more lines in the log (:meth:`Corrections.correcting`).
A correction that changes nothing writes nothing: its operation is dropped and so are its log
lines (verifying a quote another window has just verified; a log line of no operation would stay
in force after the real verification is undone). A bounds change then returns
:class:`Unchanged`, so the window can say so.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from quotedesk.core import editing, names
from quotedesk.core.errors import LibraryError
from quotedesk.core.model import Quote, SpeakerKind, Span
from quotedesk.store import history
from quotedesk.store.records import CorrectionRecord, Curation, Operation, QuoteRecord, Unchanged
from quotedesk.store.rows import (
    QUOTE_SELECT,
    check_status,
    confident_where,
    dumps,
    editor_name,
    now,
    quote_record,
    quote_row_by_id,
    spans_json,
    speaker_kind,
)
from quotedesk.store.speakers import LINKED_KINDS

if TYPE_CHECKING:
    from quotedesk.store.library import Library

_INSERT_LOG = ("INSERT INTO corrections (quote_id, article_id, speaker_id, action, field, before, after, editor, at, "
               "model_version, operation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
ALREADY_THERE = "the quote already has these bounds"  # what a bounds change to the same bounds returns


class Corrections:
    """Changes to quotes, logged and undoable (``Library.correction_log``)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.cx = lib.connection
        self.last_operation: int | None = None  # the operation the last correction made (None: no change)
        self._pending: list[tuple] = []  # log lines of the operation being recorded

    @contextmanager
    def correcting(self, doing: str, *, join: str | None = None) -> Iterator[sqlite3.Connection]:
        """One transaction recorded as one undoable operation (see :mod:`quotedesk.store.history`)."""
        self.last_operation = None
        with self.cx.write(doing) as conn, self._recording(conn, join=join):
            yield conn

    @contextmanager
    def _recording(self, conn: sqlite3.Connection, *, join: str | None = None) -> Iterator[None]:
        """The changes made inside, in the caller's transaction, as one undoable operation; its
        log lines are written once it is known to have changed something."""
        self._pending = []
        try:
            with history.recording(conn, join=join) as op:
                yield
            if op.id is not None:
                conn.executemany(_INSERT_LOG, self._pending)
        finally:
            self._pending = []
        self.last_operation = op.id

    def log(
        self,
        conn: sqlite3.Connection,
        action: str,
        field: str,
        before: object,
        after: object,
        *,
        editor: str,
        quote_id: int | None = None,
        article_id: int | None = None,
        speaker_id: int | None = None,
        model_version: str | None = None,
    ) -> None:
        """Write one line of the log, or, inside a correction, keep it until the correction is
        known to have changed something."""
        op = history.current(conn)
        row = (quote_id, article_id, speaker_id, action, field, dumps(before), dumps(after), editor, now(),
               model_version, op)
        if op is None:
            conn.execute(_INSERT_LOG, row)
        else:
            self._pending.append(row)

    def set_speaker(
        self,
        quote_id: int,
        name: str | None,
        *,
        kind: SpeakerKind | None = None,
        mention: Span | None = None,
        exact: bool = False,
        editor: str,
    ) -> QuoteRecord:
        """Attribute a quote to ``name`` (None: nobody), logged as one correction.

        ``name`` is matched to the article's people first, then to speakers across the library
        ("Kerry" finds John Kerry); a new name becomes a new speaker. With ``exact``, only a
        person or speaker known by this very form is matched: "Cisco Talos" stays "Cisco Talos"
        where the article knows a "Talos" (see :meth:`speaker_match`). ``kind`` defaults to the
        matched person's kind, else ``PERSON``. ``mention`` is the span the attribution rests on;
        when not given, the old mention is kept if it names the chosen person, else the
        person's (or the name's) mention nearest the quote is found in the text.
        """
        editor = editor_name(editor)
        with self.correcting("changing a quote's speaker") as conn:
            return self._apply_speaker(conn, quote_id, name, kind=kind, mention=mention, exact=exact, editor=editor)

    def speaker_match(self, quote_id: int, name: str) -> str | None:
        """The existing speaker :meth:`set_speaker` would give the quote for a typed ``name``
        that is none of that speaker's forms ("Cisco Talos" would join "Talos"), or None: what
        the window asks the editor about before merging."""
        with self.cx.errors("looking up a speaker"):
            conn = self.cx.conn
            article_id = quote_row_by_id(conn, quote_id)["article_id"]
            bare = names.split_title(" ".join(name.split()))[1]
            speakers = self.lib.speaker_index
            if speakers.article_person(conn, article_id, bare, exact=True) is not None:
                return None
            person = speakers.article_person(conn, article_id, bare)
            if person is not None:
                return person["name"]
            if speakers.find(conn, bare, SpeakerKind.PERSON, exact=True) is not None:
                return None
            sid = speakers.find(conn, bare, SpeakerKind.PERSON)
            return None if sid is None else conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0]

    def _apply_speaker(
        self, conn, quote_id: int, name: str | None, *, kind: SpeakerKind | None, mention: Span | None,
        exact: bool = False, editor: str
    ) -> QuoteRecord:
        row = quote_row_by_id(conn, quote_id)
        before = quote_record(row)
        sid, speaker_name, new_kind, person, role = None, None, SpeakerKind.UNKNOWN, None, None
        if name is not None and name.strip():
            speaker_name = name.strip()
            person = self.lib.speaker_index.article_person(conn, row["article_id"], speaker_name, exact=exact)
            new_kind = speaker_kind(kind) if kind is not None else (
                speaker_kind(person["kind"]) if person is not None else SpeakerKind.PERSON)
            if new_kind == SpeakerKind.PERSON:
                # "Secretary Kerry": the title is the quote's role, the name is the speaker.
                title, bare = names.split_title(speaker_name)
                speaker_name, role = bare, title or (person["role"] if person is not None else None)
            if new_kind in LINKED_KINDS:
                if person is not None and person["speaker_id"] is not None and speaker_kind(person["kind"]) == new_kind:
                    sid = person["speaker_id"]
                else:
                    sid = self.lib.speaker_index.resolve(conn, speaker_name, new_kind, exact=exact)
        if mention is None and speaker_name is not None:
            mention = self._mention(conn, before, person, speaker_name if new_kind in LINKED_KINDS else None)
        conn.execute(
            "UPDATE quotes SET speaker_id = ?, speaker_name = ?, speaker_kind = ?, mention_start = ?, "
            "mention_end = ?, role = ? WHERE id = ?",
            (sid, speaker_name, new_kind.value, mention.start if mention else None,
             mention.end if mention else None, role, quote_id),
        )
        after = quote_record(quote_row_by_id(conn, quote_id))
        self.log(conn, "set_speaker", "speaker", self._speaker_state(before), self._speaker_state(after),
                 editor=editor, quote_id=quote_id, article_id=before.article_id,
                 speaker_id=sid, model_version=before.model_version)
        return after

    def _mention(self, conn, quote: QuoteRecord, person, name: str | None) -> Span | None:
        """Where the text names the quote's new speaker: the old mention if it is one of the
        article person's, else their mention nearest the quote, else the name's."""
        if person is not None:
            mentions = [Span(s, e) for s, e in json.loads(person["mentions"])]
            if quote.mention in mentions:
                return quote.mention
            found = editing.nearest_outside(mentions, quote.start, quote.end)
            if found is not None:
                return found
        if name is None:
            return None
        return editing.nearest_outside(editing.name_mentions(self._text(conn, quote.article_id), name),
                                       quote.start, quote.end)

    @staticmethod
    def _speaker_state(q: QuoteRecord) -> dict:
        return {"speaker": q.speaker, "speaker_id": q.speaker_id, "kind": q.speaker_kind.value,
                "mention": [q.mention.start, q.mention.end] if q.mention else None, "role": q.role}

    def set_bounds(
        self, quote_id: int, start: int, end: int, *, parts: Sequence[Span] | None = None, merge: bool = False,
        editor: str,
    ) -> QuoteRecord | Unchanged:
        """Move a quote's ends (code points); ``parts`` default to the text inside the marks.

        With ``merge``, a change right after another bounds change of this quote joins its undo
        step (nudging an edge key by key undoes as one step). A quote never grows over another
        one (neither rejected nor removed) it did not already overlap: that is refused
        (LibraryError) and nothing changes. Bounds the quote already has write nothing and
        return :class:`Unchanged` (as do :meth:`fit_bounds` and :meth:`nudge_bounds`).
        """
        return self._move(quote_id, lambda _text, _marks, _q: (start, end), parts=parts, merge=merge,
                          unchanged=ALREADY_THERE, editor=editor)

    def fit_bounds(self, quote_id: int, start: int, end: int, *, editor: str) -> QuoteRecord | Unchanged:
        """Set a quote's extent to an editor's selection ``[start, end)``, snapped to whole words,
        its marks taken in or left out as the article's quotes have them
        (:func:`quotedesk.core.editing.snap_selection`): one logged, undoable correction."""
        return self._move(quote_id, lambda text, marks, _q: editing.snap_selection(text, start, end, marks=marks),
                          unchanged=ALREADY_THERE, editor=editor)

    def nudge_bounds(self, quote_id: int, *, edge: str, step: int, editor: str) -> QuoteRecord | Unchanged:
        """Move a quote's ``edge`` ("start" or "end") one word earlier (``step`` -1) or later
        (+1); consecutive nudges of one quote undo as one step. At the text's ends, or where the
        quote would lose its last word, nothing moves (:class:`Unchanged`)."""
        return self._move(quote_id, lambda text, marks, q: editing.nudge(text, q.start, q.end, edge=edge, step=step,
                                                                         marks=marks),
                          merge=True, unchanged=f"the quote's {edge} cannot move one word "
                                                f"{'earlier' if step < 0 else 'later'}", editor=editor)

    def _move(self, quote_id: int, extent, *, parts: Sequence[Span] | None = None, merge: bool = False,
              unchanged: str, editor: str) -> QuoteRecord | Unchanged:
        """Give the quote the extent ``extent(text, marks_included, quote)`` returns; when it is
        the extent (and parts) the quote has, nothing is written and ``Unchanged(unchanged)``
        is returned."""
        editor = editor_name(editor)
        self.last_operation = None
        with self.cx.write("changing a quote's bounds") as conn:
            before = quote_record(quote_row_by_id(conn, quote_id))
            text = self._text(conn, before.article_id)
            others = self._others(conn, before.article_id, quote_id)
            start, end = extent(text, editing.marks_included(text, [(q.start, q.end) for q in others]), before)
            parts = self._check_bounds(text, start, end, parts)
            if (start, end, parts) == (before.start, before.end, before.parts):
                return Unchanged(unchanged)
            self._check_overlap(text, others, Span(start, end), Span(before.start, before.end))
            with self._recording(conn, join=f"set_bounds {quote_id}" if merge else None):
                conn.execute(
                    "UPDATE quotes SET start = ?, \"end\" = ?, parts = ?, content = ? WHERE id = ?",
                    (start, end, spans_json(parts), " … ".join(p.text(text) for p in parts), quote_id),
                )
                after = quote_record(quote_row_by_id(conn, quote_id))
                self.log(conn, "set_bounds", "bounds", self._bounds_state(before), self._bounds_state(after),
                         editor=editor, quote_id=quote_id, article_id=before.article_id,
                         model_version=before.model_version)
        return after

    @staticmethod
    def _others(conn: sqlite3.Connection, article_id: int, quote_id: int | None) -> list[QuoteRecord]:
        """The article's other quotes that stand (neither removed nor rejected)."""
        rows = conn.execute(
            QUOTE_SELECT + " WHERE q.article_id = ? AND q.removed = 0 AND q.status != 'rejected' AND q.id IS NOT ?",
            (article_id, quote_id)).fetchall()
        return [quote_record(r) for r in rows]

    @staticmethod
    def _check_overlap(text: str, others: Sequence[QuoteRecord], new: Span, old: Span | None) -> None:
        for q in others:
            span = Span(q.start, q.end)
            if span.overlaps(new) and not (old is not None and span.overlaps(old)):
                words = " ".join((q.content or text[q.start:q.end]).split())
                words = words if len(words) <= 40 else words[:39] + "…"
                raise LibraryError(f"that would overlap the quote “{words}” ({q.speaker or 'no speaker'}): "
                                   "shorten that one first, or reject it")

    @staticmethod
    def _bounds_state(q: QuoteRecord) -> dict:
        return {"start": q.start, "end": q.end, "parts": [[p.start, p.end] for p in q.parts]}

    @staticmethod
    def _text(conn: sqlite3.Connection, article_id: int) -> str:
        row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no article {article_id} in this library")
        return row[0]

    @staticmethod
    def _check_bounds(text: str, start: int, end: int, parts: Sequence[Span] | None) -> tuple[Span, ...]:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ValueError(f"quote bounds [{start}, {end}) must lie inside the article (0 to {len(text)})")
        if parts is None:
            s, e = start, end
            while s < e and (text[s] in editing.MARKS or text[s].isspace()):
                s += 1
            while e > s and (text[e - 1] in editing.MARKS or text[e - 1].isspace()):
                e -= 1
            return (Span(s, e) if s < e else Span(start, end),)
        parts = tuple(sorted(parts, key=lambda p: p.start))
        if not parts or any(not (start <= p.start and p.end <= end) for p in parts):
            raise ValueError("every part must lie inside the quote's bounds")
        return parts

    def add_quote(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        parts: Sequence[Span] | None = None,
        speaker: str | None = None,
        kind: SpeakerKind | None = None,
        status: str = "proposed",
        editor: str,
    ) -> QuoteRecord:
        """A quote the engine missed, added by an editor (``origin="editor"``, confidence 1).

        With ``speaker``, the attribution is made in the same transaction (logged as a second
        correction, ``set_speaker``).
        """
        editor = editor_name(editor)
        check_status(status)
        with self.correcting("adding a quote") as conn:
            text = self._text(conn, article_id)
            parts = self._check_bounds(text, start, end, parts)
            self._check_overlap(text, self._others(conn, article_id, None), Span(start, end), None)
            quote = Quote(start=start, end=end, parts=parts, confidence=1.0)
            quote_id = self.lib.article_store.insert_quote(conn, article_id, text, quote,
                                                        Curation(status=status, origin="editor"))
            self.log(conn, "add_quote", "quote", None, {"start": start, "end": end,
                      "parts": [[p.start, p.end] for p in parts], "status": status},
                      editor=editor, quote_id=quote_id, article_id=article_id)
            if speaker is not None:
                return self._apply_speaker(conn, quote_id, speaker, kind=kind, mention=None, editor=editor)
            return quote_record(quote_row_by_id(conn, quote_id))

    def set_status(self, quote_id: int, status: str, *, editor: str) -> QuoteRecord:
        """Mark a quote proposed, verified or rejected."""
        editor = editor_name(editor)
        check_status(status)
        with self.correcting("changing a quote's status") as conn:
            before = quote_record(quote_row_by_id(conn, quote_id))
            conn.execute("UPDATE quotes SET status = ? WHERE id = ?", (status, quote_id))
            self.log(conn, "set_status", "status", before.status, status, editor=editor, quote_id=quote_id,
                      article_id=before.article_id, model_version=before.model_version)
            return quote_record(quote_row_by_id(conn, quote_id))

    def remove_quote(self, quote_id: int, *, editor: str) -> QuoteRecord:
        """Hide a quote (kept, and logged, so :meth:`restore_quote` can undo it)."""
        return self._set_removed(quote_id, True, editor=editor)

    def restore_quote(self, quote_id: int, *, editor: str) -> QuoteRecord:
        return self._set_removed(quote_id, False, editor=editor)

    def _set_removed(self, quote_id: int, removed: bool, *, editor: str) -> QuoteRecord:
        editor = editor_name(editor)
        with self.correcting("removing a quote" if removed else "restoring a quote") as conn:
            before = quote_record(quote_row_by_id(conn, quote_id))
            conn.execute("UPDATE quotes SET removed = ? WHERE id = ?", (int(removed), quote_id))
            self.log(conn, "remove_quote" if removed else "restore_quote", "removed", before.removed, removed,
                      editor=editor, quote_id=quote_id, article_id=before.article_id,
                      model_version=before.model_version)
            return quote_record(quote_row_by_id(conn, quote_id))

    def verify_article(self, article_id: int, *, editor: str) -> int:
        """Mark every proposed quote of an article verified; returns how many changed."""
        editor = editor_name(editor)
        with self.correcting("verifying an article") as conn:
            rows = conn.execute(
                "SELECT id, model_version FROM quotes WHERE article_id = ? AND removed = 0 AND status = 'proposed'",
                (article_id,),
            ).fetchall()
            for r in rows:
                self.log(conn, "set_status", "status", "proposed", "verified", editor=editor, quote_id=r["id"],
                          article_id=article_id, model_version=r["model_version"])
            conn.execute(
                "UPDATE quotes SET status = 'verified' WHERE article_id = ? AND removed = 0 AND status = 'proposed'",
                (article_id,),
            )
        return len(rows)

    def verify_confident(self, min_confidence: float, *, editor: str, article_id: int | None = None) -> int:
        """Verify every proposed speech quote with a speaker whose confidence is at least
        ``min_confidence`` (in one article, or the whole library): one undoable step; returns
        how many changed."""
        editor = editor_name(editor)
        where, params = confident_where(min_confidence, article_id)
        with self.correcting("accepting confident quotes") as conn:
            rows = conn.execute(f"SELECT id, article_id, model_version FROM quotes q WHERE {where}", params).fetchall()
            for r in rows:
                self.log(conn, "set_status", "status", "proposed", "verified", editor=editor, quote_id=r["id"],
                         article_id=r["article_id"], model_version=r["model_version"])
            conn.execute(f"UPDATE quotes SET status = 'verified' WHERE id IN (SELECT id FROM quotes q WHERE {where})",
                         params)
        return len(rows)

    def corrections(
        self, *, quote_id: int | None = None, article_id: int | None = None, limit: int | None = None
    ) -> list[CorrectionRecord]:
        """The corrections log, oldest first (the last ``limit`` entries when given)."""
        where, params = [], []
        if quote_id is not None:
            where.append("quote_id = ?")
            params.append(quote_id)
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        sql = "SELECT * FROM corrections" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        with self.cx.errors("reading the corrections log"):
            rows = self.cx.conn.execute(sql, params).fetchall()
        return [
            CorrectionRecord(
                id=r["id"], action=r["action"], field=r["field"], before=json.loads(r["before"]),
                after=json.loads(r["after"]), editor=r["editor"], at=r["at"], model_version=r["model_version"],
                quote_id=r["quote_id"], article_id=r["article_id"], speaker_id=r["speaker_id"],
                operation_id=r["operation_id"],
            )
            for r in reversed(rows)
        ]

    # -- undo ----------------------------------------------------------------------------------

    def undo(self, *, editor: str, operation_id: int | None = None) -> Operation | None:
        """Undo the newest correction still done, restoring every row it changed exactly.

        One transaction; logged as an ``undo`` line (the correction's own lines stay, and stop
        counting as an editor's touch for re-analysis). ``operation_id``, when given, must be
        that newest one (a window undoing its own step refuses if another window made a newer
        one). Returns the operation undone, or None when there is nothing to undo.

        Raises
        ------
        LibraryError
            A row the correction changed has changed since (re-analysis, another window), or
            ``operation_id`` is not the newest; nothing is changed.
        """
        return self._replay(editor, operation_id, undo=True)

    def redo(self, *, editor: str, operation_id: int | None = None) -> Operation | None:
        """Redo the oldest undone correction (see :meth:`undo`); None when there is none."""
        return self._replay(editor, operation_id, undo=False)

    def undo_steps(self) -> tuple[Operation | None, Operation | None]:
        """The operations :meth:`undo` and :meth:`redo` would act on now."""
        with self.cx.errors("reading the undo history"):
            return tuple(None if i is None else history.operation(self.cx.conn, i)
                         for i in (history.next_undo(self.cx.conn), history.next_redo(self.cx.conn)))

    def _replay(self, editor: str, operation_id: int | None, *, undo: bool) -> Operation | None:
        editor = editor_name(editor)
        what = "undo" if undo else "redo"
        with self.cx.write("undoing a correction" if undo else "redoing a correction") as conn:
            op_id = history.next_undo(conn) if undo else history.next_redo(conn)
            if operation_id is not None and op_id != operation_id:
                mine = history.operation(conn, operation_id)
                if mine.state == ("done" if undo else "undone"):
                    why = f"another change to the library came after it; {what} that first"
                else:
                    why = "it was undone or redone elsewhere (another window on this library)"
                raise LibraryError(f"cannot {what} {mine.describe()}: {why}")
            if op_id is None:
                return None
            op = history.operation(conn, op_id)
            history.replay(conn, op, undo=undo)
            state = {"operation": op.id, "action": op.action, "quotes": list(op.quote_ids)}
            self.log(conn, what, "operation", {**state, "state": op.state}, {**state, "state": "undone" if undo else "done"},
                      editor=editor, article_id=op.article_ids[0] if op.article_ids else None)
            return history.operation(conn, op_id)
