"""Articles and their analyses: storing what the engine found, re-analysing, reading back.

The articles, article_people and quotes tables are filled here; corrections change quotes
afterwards through :mod:`quotedesk.store.corrections`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from quotedesk.core import names
from quotedesk.core.errors import LibraryError
from quotedesk.core.model import Analysis, Person, Quote, Span
from quotedesk.store.records import (
    ORIGINS,
    STATUSES,
    ArticleRecord,
    ArticleSummary,
    Curation,
    QuoteRecord,
    Reanalysis,
)
from quotedesk.store.rows import (
    QUOTE_SELECT,
    check_status,
    dumps,
    editor_name,
    now,
    quote_record,
    quote_row_by_id,
    speaker_kind,
    spans_json,
)
from quotedesk.store.speakers import LINKED_KINDS

if TYPE_CHECKING:
    from quotedesk.ingest import ArticleInput
    from quotedesk.store.library import Library

# Fields of an input row that describe its analysis (an export being re-imported), not the article.
_ANALYSIS_KEYS = frozenset({"quotes", "other_quotes", "people", "speakers", "quotedesk_export", "model_version"})
_INSERT_QUOTE = (
    "INSERT INTO quotes (article_id, start, \"end\", parts, content, speaker_id, speaker_name, "
    "speaker_kind, mention_start, mention_end, cue_start, cue_end, confidence, flags, role, "
    "status, origin, model_version, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Articles:
    """The library's articles, their people and quotes (``Library.article_store``)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.cx = lib.connection

    def add_article(
        self,
        article: ArticleInput,
        analysis: Analysis,
        *,
        model_version: str,
        curation: Sequence[Curation] | None = None,
        speakers: Sequence[Person] = (),
    ) -> ArticleRecord:
        """Store an article with the quotes and people the engine found, in one transaction.

        Parameters
        ----------
        article : quotedesk.ingest.ArticleInput
            The text and what its file said about it.
        analysis : Analysis
            The engine's result for ``article.text``.
        model_version : str
            The engine or model that proposed the quotes; kept on every quote.
        curation : sequence of Curation, optional
            Review state per quote of ``analysis.quotes`` (same order), when restoring an export.
        speakers : sequence of Person, optional
            Speakers known by every alias (from an export), resolved before the article's people.

        Returns
        -------
        ArticleRecord
            The stored article; if the same text (by content hash) was already stored, that
            article with ``duplicate=True`` and nothing is written.
        """
        with self.cx.write("adding an article") as conn:
            return self._insert_article(conn, article, analysis, model_version, curation, speakers)

    def add_articles(self, items: Iterable[tuple[ArticleInput, Analysis]], *, model_version: str) -> list[ArticleRecord]:
        """Store many ``(article, analysis)`` pairs in one transaction (see :meth:`add_article`)."""
        with self.cx.write("adding articles") as conn:
            return [self._insert_article(conn, a, an, model_version, None, ()) for a, an in items]

    def reanalyze_article(self, article_id: int, analysis: Analysis, *, model_version: str, editor: str) -> Reanalysis:
        """Replace the machine's untouched proposals in an article with a new analysis of it.

        Used after a new attribution model becomes active, so articles not yet reviewed get its
        answers. A quote an editor touched in any way (verified, rejected, removed, added by
        hand, or with any line in the corrections log) is kept exactly as it is, and a new
        proposal overlapping one is left out: the editor's decision stands. The article's people
        are replaced by the analysis' people. One transaction, logged as one ``reanalyze`` line
        (who, when, the counts and the versions before and after).

        Raises
        ------
        LibraryError
            No such article, or the library cannot be written.
        ValueError
            ``analysis`` is of another text.
        """
        editor = editor_name(editor)
        with self.cx.write("re-analysing an article") as conn:
            row = conn.execute("SELECT text, model_version FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise LibraryError(f"{self.cx.path}: there is no article {article_id}")
            if analysis.text != row["text"]:
                raise ValueError(f"article {article_id}: the analysis is of a different text than the article")
            quotes = conn.execute(
                "SELECT q.id, q.start, q.\"end\", q.speaker_name, q.mention_start, q.mention_end, q.status, q.origin, "
                "q.removed, EXISTS (SELECT 1 FROM live_corrections c WHERE c.quote_id = q.id) AS corrected "
                "FROM quotes q WHERE q.article_id = ?",
                (article_id,),
            ).fetchall()
            kept, old = [], {}
            for q in quotes:
                if q["status"] != "proposed" or q["origin"] != "machine" or q["removed"] or q["corrected"]:
                    kept.append(Span(q["start"], q["end"]))
                else:
                    old[(q["start"], q["end"])] = (q["speaker_name"], q["mention_start"], q["mention_end"])
            fresh, suppressed = [], 0
            for quote in analysis.quotes:
                if any(k.overlaps(quote.span) for k in kept):
                    suppressed += 1
                else:
                    fresh.append(quote)
            unchanged = changed = added = 0
            for quote in fresh:
                before = old.get((quote.start, quote.end))
                if before is None:
                    added += 1
                elif before == (quote.speaker, *((quote.mention.start, quote.mention.end) if quote.mention else (None, None))):
                    unchanged += 1
                else:
                    changed += 1
            result = Reanalysis(article_id, model_version, kept=len(kept), unchanged=unchanged, changed=changed,
                                added=added, dropped=len(old) - unchanged - changed, suppressed=suppressed)
            conn.execute(
                "DELETE FROM quotes WHERE article_id = ? AND status = 'proposed' AND origin = 'machine' AND removed = 0 "
                "AND NOT EXISTS (SELECT 1 FROM live_corrections c WHERE c.quote_id = quotes.id)",
                (article_id,),
            )
            conn.execute("DELETE FROM article_people WHERE article_id = ?", (article_id,))
            self._store_analysis(conn, article_id, Analysis(analysis.text, fresh, analysis.people, analysis.model),
                                 model_version, None, ())
            conn.execute("UPDATE articles SET model_version = ? WHERE id = ?", (model_version, article_id))
            self.lib.correction_log.log(conn, "reanalyze", "quotes", {"model_version": row["model_version"], "replaced": len(old)},
                      {"model_version": model_version, "kept": result.kept, "changed": changed, "added": added,
                       "dropped": result.dropped, "unchanged": unchanged},
                      editor=editor, article_id=article_id, model_version=model_version)
            return result

    def find_article(self, content_hash: str) -> ArticleRecord | None:
        """The stored article with this content hash, if any."""
        with self.cx.errors("looking up an article"):
            row = self.cx.conn.execute("SELECT * FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return self._article(row) if row else None

    def _insert_article(self, conn, article: ArticleInput, analysis: Analysis, model_version: str, curation, speakers) -> ArticleRecord:
        text = article.text
        if analysis.text != text:
            raise ValueError(f"{article.id}: the analysis is of a different text than the article")
        if curation is not None and len(curation) != len(analysis.quotes):
            raise ValueError("curation must give one entry per quote")
        digest = article.content_hash
        row = conn.execute("SELECT * FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        if row:
            return self._article(row, duplicate=True)
        extra = {k: v for k, v in (getattr(article, "extra", {}) or {}).items() if k not in _ANALYSIS_KEYS}
        cur = conn.execute(
            "INSERT INTO articles (external_id, title, source, date, text, content_hash, model_version, "
            "extra, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.title, article.source, article.date, text, digest, model_version,
             dumps(extra), now()),
        )
        article_id = cur.lastrowid
        self._store_analysis(conn, article_id, analysis, model_version, curation, speakers)
        return self._article(conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone())

    def _store_analysis(self, conn, article_id: int, analysis: Analysis, model_version: str, curation, speakers) -> None:
        """Insert an analysis' people and quotes for a stored article, linking speakers."""
        text = analysis.text
        local: dict[str, int] = {}  # name forms of this article's people -> speaker id
        for known in speakers:
            sid = self.lib.speaker_index.resolve(conn, known.name, speaker_kind(known.kind), aliases=known.aliases, role=known.role)
            for form in (known.name, *known.aliases):
                if sid is not None:
                    local.setdefault(names.norm(form), sid)
        people_rows = []
        for idx, person in enumerate(analysis.people):
            kind = speaker_kind(person.kind)
            sid = self.lib.speaker_index.resolve(conn, person.name, kind, aliases=person.aliases, role=person.role)
            if sid is not None:
                for form in (person.name, *person.aliases):
                    local.setdefault(names.norm(form), sid)
            people_rows.append((
                article_id, idx, person.name, kind.value, spans_json(person.mentions),
                json.dumps(list(person.aliases), ensure_ascii=False), person.role, person.gender, sid,
            ))
        conn.executemany(
            "INSERT INTO article_people (article_id, idx, name, kind, mentions, aliases, role, gender, "
            "speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            people_rows,
        )
        rows = []
        for i, quote in enumerate(analysis.quotes):
            cur_ = curation[i] if curation is not None else Curation(model_version=model_version)
            kind = speaker_kind(quote.speaker_kind)
            sid = None
            if quote.speaker and kind in LINKED_KINDS:
                key = names.norm(quote.speaker)
                sid = local.get(key)
                if sid is None:
                    sid = local[key] = self.lib.speaker_index.resolve(conn, quote.speaker, kind, role=quote.role)
            rows.append(self._quote_row(article_id, text, quote, sid, cur_))
        conn.executemany(_INSERT_QUOTE, rows)

    def insert_quote(self, conn: sqlite3.Connection, article_id: int, text: str, quote: Quote, curation: Curation) -> int:
        """Insert one quote an editor added (in the caller's transaction); returns its id."""
        return conn.execute(_INSERT_QUOTE, self._quote_row(article_id, text, quote, None, curation)).lastrowid

    @staticmethod
    def _quote_row(article_id: int, text: str, quote: Quote, sid: int | None, curation: Curation) -> tuple:
        if not 0 <= quote.start < quote.end <= len(text):
            raise ValueError(f"quote [{quote.start}, {quote.end}) is outside the article's text")
        if curation.status not in STATUSES or curation.origin not in ORIGINS:
            raise ValueError(f"unknown status {curation.status!r} or origin {curation.origin!r}")
        parts = quote.parts or (Span(quote.start, quote.end),)
        return (
            article_id, quote.start, quote.end, spans_json(parts), quote.content(text) if quote.parts else text[quote.start:quote.end],
            sid, quote.speaker, speaker_kind(quote.speaker_kind).value,
            quote.mention.start if quote.mention else None, quote.mention.end if quote.mention else None,
            quote.cue.start if quote.cue else None, quote.cue.end if quote.cue else None,
            float(quote.confidence), " ".join(sorted(quote.flags)), quote.role,
            curation.status, curation.origin, curation.model_version,
            quote.method.value if curation.origin == "machine" else None,  # an editor's quote: no engine step
        )

    def articles(
        self, *, status: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[ArticleSummary]:
        """Articles with their quote counts, newest first (``limit``/``offset`` for paging).

        ``status`` keeps the articles having at least one (not removed) quote in that status:
        ``"proposed"`` lists the articles still to review.
        """
        where = ""
        if status is not None:
            check_status(status)
            where = f"WHERE c.n_{status} > 0"
        # Counts are kept by triggers (db/0002); the listing reads a covering index (db/0003).
        sql = (
            "SELECT a.id, a.title, a.source, a.date, c.n_proposed + c.n_verified + c.n_rejected AS n, "
            "c.n_proposed AS p, c.n_verified AS v, c.n_rejected AS r "
            f"FROM articles a JOIN article_counts c ON c.article_id = a.id {where} ORDER BY a.id DESC "
            "LIMIT ? OFFSET ?"
        )
        with self.cx.errors("listing articles"):
            rows = self.cx.conn.execute(sql, (-1 if limit is None else int(limit), int(offset))).fetchall()
        return [ArticleSummary(r["id"], r["title"], r["source"], r["date"], r["n"], r["p"], r["v"], r["r"]) for r in rows]

    def article(self, article_id: int) -> ArticleRecord:
        with self.cx.errors("reading an article"):
            row = self.cx.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no article {article_id} in this library")
        return self._article(row)

    def people(self, article_id: int) -> list[Person]:
        """The engine's speaker table for one article, in its order, for the speaker picker."""
        with self.cx.errors("reading an article's people"):
            rows = self.cx.conn.execute(
                "SELECT * FROM article_people WHERE article_id = ? ORDER BY idx", (article_id,)
            ).fetchall()
        return [
            Person(
                name=r["name"], kind=speaker_kind(r["kind"]),
                mentions=tuple(Span(s, e) for s, e in json.loads(r["mentions"])),
                aliases=tuple(json.loads(r["aliases"])), role=r["role"], gender=r["gender"],
            )
            for r in rows
        ]


    def quotes(self, article_id: int, *, include_removed: bool = False) -> list[QuoteRecord]:
        """An article's quotes ordered by start offset."""
        sql = QUOTE_SELECT + " WHERE q.article_id = ?" + ("" if include_removed else " AND q.removed = 0")
        with self.cx.errors("reading quotes"):
            rows = self.cx.conn.execute(sql + " ORDER BY q.start, q.\"end\", q.id", (article_id,)).fetchall()
        return [quote_record(r) for r in rows]

    def quote(self, quote_id: int) -> QuoteRecord:
        with self.cx.errors("reading a quote"):
            return quote_record(quote_row_by_id(self.cx.conn, quote_id))

    def article_versions(self, ids: Sequence[int] | None = None) -> dict[int, str | None]:
        """The engine or model version that proposed each article's quotes, by article id (all
        articles, or those of ``ids``); no text is read."""
        with self.cx.errors("listing articles"):
            if ids is None:
                rows = self.cx.conn.execute("SELECT id, model_version FROM articles")
            else:
                ids = [int(i) for i in ids]
                rows = self.cx.conn.execute(
                    f"SELECT id, model_version FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
            return {r["id"]: r["model_version"] for r in rows}

    def iter_articles(self, *, batch: int = 500) -> Iterator[ArticleRecord]:
        """Every article, oldest first, read in batches (for export)."""
        last = 0
        while True:
            with self.cx.errors("reading articles"):
                rows = self.cx.conn.execute(
                    "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                ).fetchall()
            if not rows:
                return
            for r in rows:
                yield self._article(r)
            last = rows[-1]["id"]

    @staticmethod
    def _article(row: sqlite3.Row, *, duplicate: bool = False) -> ArticleRecord:
        return ArticleRecord(
            id=row["id"], title=row["title"], text=row["text"], source=row["source"], date=row["date"],
            content_hash=row["content_hash"], added_at=row["added_at"], external_id=row["external_id"],
            model_version=row["model_version"], extra=json.loads(row["extra"] or "{}"), duplicate=duplicate,
        )
