"""Finding quotes: filters over the library, and what a person types turned into an FTS5 query
that cannot be a syntax error."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotedesk.core import names
from quotedesk.store.records import STATUSES, QuoteRecord, SearchHit
from quotedesk.store.rows import QUOTE_SELECT, check_status, confident_where, quote_record

if TYPE_CHECKING:
    from quotedesk.store.library import Library

_PIECE = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]")


def _string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str | None) -> str | None:
    """An FTS5 MATCH expression for ``text``: every word must occur, ``"..."`` is a phrase.

    Each word becomes a quoted FTS5 string, so operators (``AND``, ``NEAR(``), stray quotes,
    parentheses and column filters are only ever searched for as words. A trailing ``*`` keeps
    its meaning of "words starting with". Returns None when ``text`` has no word to search for.
    """
    if not text:
        return None
    terms = []
    for m in _PIECE.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if _WORD.search(phrase):
                terms.append(_string(phrase))
            continue
        prefix = len(word) > 1 and word.endswith("*")
        word = word.strip('*"')
        if _WORD.search(word):
            terms.append(_string(word) + ("*" if prefix else ""))
    return " ".join(terms) or None


# More distinct words than any quote or description holds; SQLite refuses queries of about 1,000.
MAX_TERMS = 64


class Search:
    """Quote search and the review queue (``Library.search_index``)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.cx = lib.connection
        self._vocab = False  # the temp fts5vocab table over quotes_fts exists on this connection

    def search(
        self,
        *,
        speaker: str | None = None,
        text: str | None = None,
        article_id: int | None = None,
        status: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 200,
    ) -> list[SearchHit]:
        """Quotes matching every filter given, in library order (article, then position).

        Parameters
        ----------
        speaker : str, optional
            Any name or part of one, case and titles ignored: "Kerry", "john kerry" and
            "Secretary Kerry" all find John Kerry. When no speaker has that name, the words are
            looked for in the descriptions of unnamed sources ("official" finds "a U.S. official").
        text : str, optional
            Words that must all occur in the quote; ``"..."`` for a phrase, ``word*`` for a
            prefix. Anything else typed (operators, stray quotes, brackets) is a plain word.
        article_id, status, date_from, date_to : optional
            Restrict to one article, one review status, articles dated within the ISO range.
        """
        joins = ["JOIN articles a ON a.id = q.article_id", "LEFT JOIN speakers s ON s.id = q.speaker_id"]
        where, params = ["q.removed = 0"], []
        order = "q.article_id, q.start"
        with self.cx.errors("searching"):
            ids: list[int] = []
            if speaker is not None:
                ids = self.lib.speaker_index.ids(speaker) or []
                if not ids:
                    # Nobody by that name: look among the descriptions of unnamed sources.
                    words = list(dict.fromkeys(re.findall(r"[^\W_]+", speaker.casefold())))
                    if not words or len(words) > MAX_TERMS:
                        return []  # no description holds that many different words
                    where.append("q.speaker_id IS NULL")
                    for w in words:
                        where.append("q.speaker_name LIKE ? ESCAPE '\\'")
                        params.append("%" + re.sub(r"([\\%_])", r"\\\1", w) + "%")
            fts_driven = False
            if text is not None:
                match = fts_query(text)
                if match is None:
                    return []
                # Start from whichever side is smaller: the article's or speaker's quotes, each
                # checked against the index, or the index's matches, each checked against the filters.
                narrow = article_id is not None or (
                    bool(ids) and self._n_quotes_of(ids) <= self._word_frequency(text))
                if narrow:
                    where.append("EXISTS (SELECT 1 FROM quotes_fts f WHERE quotes_fts MATCH ? AND f.rowid = q.id)")
                else:
                    fts_driven = True
                    joins.insert(0, "JOIN quotes q ON q.id = f.rowid")
                    where.append("quotes_fts MATCH ?")
                    order = "f.rowid"
                params.append(match)
            if article_id is not None:
                where.append("q.article_id = ?")
                params.append(article_id)
            if status is not None:
                check_status(status)
                if not ids and text is None and article_id is None and self._status_share(status) > 0.05:
                    # A common status: walk the quotes in library order and stop at the limit
                    # ("+" keeps SQLite from fetching every such quote by the status index to sort).
                    where.append("+q.status = ?")
                else:
                    where.append("q.status = ?")
                params.append(status)
            if date_from is not None:
                where.append("a.date >= ?")
                params.append(date_from)
            if date_to is not None:
                where.append("a.date <= ?")
                params.append(date_to + "\uffff" if len(date_to) == 10 else date_to)
            source = "quotes_fts f" if fts_driven else "quotes q"
            select = (
                "SELECT q.id, q.article_id, a.title, a.date, q.start, q.\"end\", q.content, q.speaker_id, "
                f"q.speaker_name, s.name AS s_name, q.status, q.confidence FROM {source} {' '.join(joins)} "
                f"WHERE {' AND '.join(where)}"
            )
            limit = int(limit)
            if not fts_driven and 1 < len(ids) <= 64:
                # A surname shared by several speakers: walk each one's index and stop at the
                # limit, then merge, rather than sort every quote they ever gave.
                one = f"SELECT * FROM ({select} AND q.speaker_id = ? ORDER BY q.article_id, q.start LIMIT ?)"
                sql = " UNION ALL ".join([one] * len(ids)) + " ORDER BY article_id, start LIMIT ?"
                args = [a for sid in ids for a in (*params, sid, limit)] + [limit]
            else:
                if ids:
                    select += f" AND q.speaker_id IN ({','.join('?' * len(ids))})"
                sql = f"{select} ORDER BY {order} LIMIT ?"
                args = [*params, *ids, limit]
            rows = self.cx.conn.execute(sql, args).fetchall()
        return [
            SearchHit(
                quote_id=r["id"], article_id=r["article_id"], article_title=r["title"], article_date=r["date"],
                start=r["start"], end=r["end"], content=r["content"],
                speaker=r["s_name"] if r["speaker_id"] is not None else r["speaker_name"],
                speaker_id=r["speaker_id"], status=r["status"], confidence=r["confidence"],
            )
            for r in rows
        ]

    def _status_share(self, status: str) -> float:
        """The share of (not removed) quotes in ``status``, from the kept counts."""
        row = self.cx.conn.execute(
            "SELECT coalesce(sum(n_proposed), 0), coalesce(sum(n_verified), 0), coalesce(sum(n_rejected), 0) "
            "FROM article_counts").fetchone()
        total = sum(row)
        return row[STATUSES.index(status)] / total if total else 0.0

    def _n_quotes_of(self, speaker_ids: Sequence[int]) -> int:
        marks = ",".join("?" * len(speaker_ids))
        return self.cx.conn.execute(f"SELECT coalesce(sum(n_quotes), 0) FROM speakers WHERE id IN ({marks})",
                                  list(speaker_ids)).fetchone()[0]

    def _word_frequency(self, text: str) -> float:
        """How many quotes hold the rarest plain word of ``text`` (prefixes do not count)."""
        words = {w for piece in text.split() if not piece.endswith("*") for w in names.words(piece)}
        if not words:
            return float("inf")
        if not self._vocab:
            self.cx.conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quotes_vocab USING fts5vocab(main, 'quotes_fts', 'row')")
            self._vocab = True
        counts = [(self.cx.conn.execute("SELECT doc FROM temp.quotes_vocab WHERE term = ?", (w,)).fetchone() or (0,))[0]
                  for w in words]
        return min(counts)

    def count_confident(self, min_confidence: float, *, article_id: int | None = None) -> int:
        """How many proposed quotes :meth:`Corrections.verify_confident` would accept."""
        where, params = confident_where(min_confidence, article_id)
        with self.cx.errors("counting confident quotes"):
            return self.cx.conn.execute(f"SELECT count(*) FROM quotes q WHERE {where}", params).fetchone()[0]

    def review_queue(self, *, limit: int = 100) -> list[QuoteRecord]:
        """Quotes still proposed, least confident first, across all articles."""
        with self.cx.errors("reading the review queue"):
            rows = self.cx.conn.execute(
                QUOTE_SELECT + " WHERE q.status = 'proposed' AND q.removed = 0 ORDER BY q.confidence, q.id LIMIT ?",
                (int(limit),),
            ).fetchall()
        return [quote_record(r) for r in rows]
