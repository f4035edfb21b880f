"""The quote library: one SQLite file holding articles, quotes, speakers and every correction.

Threading: a :class:`Library` belongs to the thread that opened it (SQLite connections are not
shared). Work on another thread opens its own connection with :meth:`Library.reopen`; the import
service does this itself when called from a worker thread. Both connections see each other's
committed changes (WAL mode lets one write while the other reads).

Durability: every public method that writes runs in one ``BEGIN IMMEDIATE`` transaction and has
committed before it returns, so a correction is on disk when the GUI says it is.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import Analysis, Person, Quote, SpeakerKind, Span
from quotedesk.store import backup, files, migrations, names
from quotedesk.store.records import (
    ORIGINS,
    STATUSES,
    ArticleRecord,
    ArticleSummary,
    CorrectionRecord,
    Curation,
    MergeSuggestion,
    ModelVersionRecord,
    QuoteRecord,
    Reanalysis,
    SearchHit,
    SpeakerSummary,
)
from quotedesk.store.search import fts_query

if TYPE_CHECKING:
    from quotedesk.ingest import ArticleInput

log = logging.getLogger(__name__)

# Speakers that are the same entity from one article to the next. Anonymous sources ("a U.S.
# official") and the author are described per quote and never linked across articles.
LINKED_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANISATION, SpeakerKind.GROUP})
# Fields of an input row that describe its analysis (an export being re-imported), not the article.
_ANALYSIS_KEYS = frozenset({"quotes", "other_quotes", "people", "speakers", "quotedesk_export", "model_version"})
_MARKS = "\"'“”‘’«»„‟‹›"

_QUOTE_SELECT = """
SELECT q.*, s.name AS s_name FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _spans(value: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in value])


def _span_or_none(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)


def _kind(value: SpeakerKind | str | None) -> SpeakerKind:
    if value is None:
        return SpeakerKind.UNKNOWN
    try:
        return SpeakerKind(value)
    except ValueError as e:
        raise ValueError(f"unknown speaker kind {value!r}") from e


class Library:
    """An open QuoteDesk library file. Use :meth:`open`; close it or use it as a context manager.

    Attributes
    ----------
    path : Path
        The library file.
    read_only : bool
        True when the file could only be opened for reading; every write raises LibraryError.
    warnings : list[str]
        Problems that do not stop work (no WAL on this file system, read-only), for the GUI.
    owner_thread : int
        The thread that opened the library and alone may use it.
    db : sqlite_utils.Database
        The same connection through sqlite-utils, for reading in scripts and benchmarks; every
        change goes through the methods here, so it is logged and in one transaction.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool, timeout: float) -> None:
        self._conn = conn
        self.db = Database(conn)
        self.path = path
        self.read_only = read_only
        self.timeout = timeout
        self.warnings: list[str] = []
        self.owner_thread = threading.get_ident()
        self._vocab = False  # the temp fts5vocab table over quotes_fts exists on this connection

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        read_only: bool = False,
        timeout: float = 5.0,
    ) -> "Library":
        """Open (or create) the library at ``path`` and bring its schema up to date.

        Parameters
        ----------
        path : str or Path
            The library file; ``":memory:"`` for a throw-away library.
        create : bool
            Create the file (and its folder) when missing; otherwise a missing file is an error.
        read_only : bool
            Open for reading only. A file the user may not write is opened this way anyway,
            with a warning.
        timeout : float
            Seconds to wait for another program's write lock before giving up.

        Raises
        ------
        LibraryError
            The file is not SQLite, is damaged, is locked, comes from a newer QuoteDesk, or
            cannot be created; the message says which and what to do.
        """
        memory = str(path) == ":memory:"
        path = Path(path).expanduser() if not memory else Path(":memory:")
        warnings: list[str] = []
        if not memory:
            read_only = files.check_path(path, create=create, read_only=read_only, warnings=warnings)
        conn = files.connect(path, read_only=read_only, timeout=timeout, memory=memory)
        library = cls(conn, path, read_only=read_only, timeout=timeout)
        library.warnings.extend(warnings)
        try:
            library._prepare(memory=memory)
        except BaseException:
            conn.close()
            raise
        for w in library.warnings:
            log.warning("%s", w)
        return library

    def _prepare(self, *, memory: bool) -> None:
        with self._errors("opening the library"):
            self._conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            n_tables = self._conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            latest = migrations.latest_version()
            if version > latest:
                raise LibraryError(
                    f"{self.path}: this library was saved by a newer QuoteDesk (schema {version}; this "
                    f"version knows up to {latest}); update QuoteDesk to open it"
                )
            if version == 0 and n_tables:
                raise LibraryError(f"{self.path}: an SQLite database, but not a QuoteDesk library")
            if not self.read_only and not memory:
                mode = self._enable_wal()
                if mode != "wal":
                    self.warnings.append(
                        f"{self.path}: write-ahead logging is not available here (journal mode {mode}; "
                        "network drives often refuse it); the library works, but another program "
                        "reading it may briefly block saving"
                    )
                self._conn.execute("PRAGMA synchronous = NORMAL")
            if version < latest:
                if self.read_only:
                    raise LibraryError(
                        f"{self.path}: the library needs an upgrade (schema {version} to {latest}) "
                        "but is read-only; open it where it can be written once"
                    )
                self._migrate(version)

    def _enable_wal(self) -> str:
        """Switch to write-ahead logging; returns the journal mode in force afterwards."""
        return str(self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()

    def _migrate(self, current: int) -> None:
        if current:  # a library with contents: keep a copy of it as it was
            backup.safety_backup(self, f"before upgrading from schema {current}", warnings=self.warnings)
        for migration in migrations.migrations():
            if migration.number <= current:
                continue
            log.info("%s: applying migration %s", self.path, migration.path.name)
            with self._write("upgrading the library") as conn:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {migration.number}")

    def reopen(self) -> "Library":
        """A new connection to the same file, for use on the calling thread (close it after)."""
        if str(self.path) == ":memory:":
            raise LibraryError("an in-memory library cannot be shared between threads")
        return Library.open(self.path, create=False, read_only=self.read_only, timeout=self.timeout)

    @property
    def schema_version(self) -> int:
        with self._errors("reading the schema version"):
            return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check plus foreign keys: an empty list means all is well."""
        with self._errors("checking the library"):
            problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"foreign key: {tuple(r)}" for r in self._conn.execute("PRAGMA foreign_key_check")]
        return problems

    # -- transactions and errors ------------------------------------------------------------------

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn SQLite's exceptions into LibraryError messages a person can act on."""
        try:
            yield
        except sqlite3.Error as e:
            if isinstance(e, sqlite3.ProgrammingError):
                raise  # a bug (wrong thread, closed library), not a state of the file
            raise LibraryError(self._explain(e, doing)) from e

    def _explain(self, e: sqlite3.Error, doing: str) -> str:
        code = getattr(e, "sqlite_errorname", "") or ""
        where = f"{self.path}: {doing} failed"
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(e):
            return (f"{where}: the library is busy (another program or QuoteDesk window is writing "
                    "to it); try again in a moment, or close the other program")
        if code.startswith("SQLITE_READONLY") or "readonly" in str(e):
            return f"{where}: the library is read-only; copy it somewhere you can write to save changes"
        if code == "SQLITE_NOTADB" or "not a database" in str(e):
            return f"{where}: not a QuoteDesk library (the file is not an SQLite database, or its start is damaged)"
        if code.startswith("SQLITE_CORRUPT") or "malformed" in str(e):
            return (f"{where}: the library file is damaged ({e}); restore it from a backup, or "
                    f"recover what is left with: sqlite3 '{self.path}' .recover")
        if code == "SQLITE_FULL":
            return f"{where}: the disk is full; free some space and retry"
        if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
            return f"{where}: the file cannot be read or written ({e}); check the drive and permissions"
        return f"{where}: {e}"

    @contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One transaction, holding the write lock from the start; committed on normal exit."""
        if self.read_only:
            raise LibraryError(f"{self.path}: {doing} is not possible: the library is open read-only")
        conn = self._conn
        with self._errors(doing):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
            conn.execute("COMMIT")

    def _log(
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
        conn.execute(
            "INSERT INTO corrections (quote_id, article_id, speaker_id, action, field, before, after, "
            "editor, at, model_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (quote_id, article_id, speaker_id, action, field, _json(before), _json(after), editor,
             _now(), model_version),
        )

    @staticmethod
    def _editor(editor: str) -> str:
        if not isinstance(editor, str) or not editor.strip():
            raise ValueError("editor must name who made the change")
        return editor.strip()

    # -- articles --------------------------------------------------------------------------------

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
        with self._write("adding an article") as conn:
            return self._insert_article(conn, article, analysis, model_version, curation, speakers)

    def add_articles(self, items: Iterable[tuple[ArticleInput, Analysis]], *, model_version: str) -> list[ArticleRecord]:
        """Store many ``(article, analysis)`` pairs in one transaction (see :meth:`add_article`)."""
        with self._write("adding articles") as conn:
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
        editor = self._editor(editor)
        with self._write("re-analysing an article") as conn:
            row = conn.execute("SELECT text, model_version FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise LibraryError(f"{self.path}: there is no article {article_id}")
            if analysis.text != row["text"]:
                raise ValueError(f"article {article_id}: the analysis is of a different text than the article")
            quotes = conn.execute(
                "SELECT q.id, q.start, q.\"end\", q.speaker_name, q.mention_start, q.mention_end, q.status, q.origin, "
                "q.removed, EXISTS (SELECT 1 FROM corrections c WHERE c.quote_id = q.id) AS corrected "
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
                "AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.quote_id = quotes.id)",
                (article_id,),
            )
            conn.execute("DELETE FROM article_people WHERE article_id = ?", (article_id,))
            self._store_analysis(conn, article_id, Analysis(analysis.text, fresh, analysis.people, analysis.model),
                                 model_version, None, ())
            conn.execute("UPDATE articles SET model_version = ? WHERE id = ?", (model_version, article_id))
            self._log(conn, "reanalyze", "quotes", {"model_version": row["model_version"], "replaced": len(old)},
                      {"model_version": model_version, "kept": result.kept, "changed": changed, "added": added,
                       "dropped": result.dropped, "unchanged": unchanged},
                      editor=editor, article_id=article_id, model_version=model_version)
            return result

    def find_article(self, content_hash: str) -> ArticleRecord | None:
        """The stored article with this content hash, if any."""
        with self._errors("looking up an article"):
            row = self._conn.execute("SELECT * FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
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
             _json(extra), _now()),
        )
        article_id = cur.lastrowid
        self._store_analysis(conn, article_id, analysis, model_version, curation, speakers)
        return self._article(conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone())

    def _store_analysis(self, conn, article_id: int, analysis: Analysis, model_version: str, curation, speakers) -> None:
        """Insert an analysis' people and quotes for a stored article, linking speakers."""
        text = analysis.text
        local: dict[str, int] = {}  # name forms of this article's people -> speaker id
        for known in speakers:
            sid = self._resolve_speaker(conn, known.name, _kind(known.kind), aliases=known.aliases, role=known.role)
            for form in (known.name, *known.aliases):
                if sid is not None:
                    local.setdefault(names.norm(form), sid)
        people_rows = []
        for idx, person in enumerate(analysis.people):
            kind = _kind(person.kind)
            sid = self._resolve_speaker(conn, person.name, kind, aliases=person.aliases, role=person.role)
            if sid is not None:
                for form in (person.name, *person.aliases):
                    local.setdefault(names.norm(form), sid)
            people_rows.append((
                article_id, idx, person.name, kind.value, _spans(person.mentions),
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
            kind = _kind(quote.speaker_kind)
            sid = None
            if quote.speaker and kind in LINKED_KINDS:
                key = names.norm(quote.speaker)
                sid = local.get(key)
                if sid is None:
                    sid = local[key] = self._resolve_speaker(conn, quote.speaker, kind, role=quote.role)
            rows.append(self._quote_row(article_id, text, quote, sid, cur_))
        conn.executemany(
            "INSERT INTO quotes (article_id, start, \"end\", parts, content, speaker_id, speaker_name, "
            "speaker_kind, mention_start, mention_end, cue_start, cue_end, confidence, flags, role, "
            "status, origin, model_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    @staticmethod
    def _quote_row(article_id: int, text: str, quote: Quote, sid: int | None, curation: Curation) -> tuple:
        if not 0 <= quote.start < quote.end <= len(text):
            raise ValueError(f"quote [{quote.start}, {quote.end}) is outside the article's text")
        if curation.status not in STATUSES or curation.origin not in ORIGINS:
            raise ValueError(f"unknown status {curation.status!r} or origin {curation.origin!r}")
        parts = quote.parts or (Span(quote.start, quote.end),)
        return (
            article_id, quote.start, quote.end, _spans(parts), quote.content(text) if quote.parts else text[quote.start:quote.end],
            sid, quote.speaker, _kind(quote.speaker_kind).value,
            quote.mention.start if quote.mention else None, quote.mention.end if quote.mention else None,
            quote.cue.start if quote.cue else None, quote.cue.end if quote.cue else None,
            float(quote.confidence), " ".join(sorted(quote.flags)), quote.role,
            curation.status, curation.origin, curation.model_version,
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
            self._check_status(status)
            where = f"WHERE c.n_{status} > 0"
        # Counts are kept by triggers (db/0002); the listing reads a covering index (db/0003).
        sql = (
            "SELECT a.id, a.title, a.source, a.date, c.n_proposed + c.n_verified + c.n_rejected AS n, "
            "c.n_proposed AS p, c.n_verified AS v, c.n_rejected AS r "
            f"FROM articles a JOIN article_counts c ON c.article_id = a.id {where} ORDER BY a.id DESC "
            "LIMIT ? OFFSET ?"
        )
        with self._errors("listing articles"):
            rows = self._conn.execute(sql, (-1 if limit is None else int(limit), int(offset))).fetchall()
        return [ArticleSummary(r["id"], r["title"], r["source"], r["date"], r["n"], r["p"], r["v"], r["r"]) for r in rows]

    def article(self, article_id: int) -> ArticleRecord:
        with self._errors("reading an article"):
            row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no article {article_id} in this library")
        return self._article(row)

    @staticmethod
    def _article(row: sqlite3.Row, *, duplicate: bool = False) -> ArticleRecord:
        return ArticleRecord(
            id=row["id"], title=row["title"], text=row["text"], source=row["source"], date=row["date"],
            content_hash=row["content_hash"], added_at=row["added_at"], external_id=row["external_id"],
            model_version=row["model_version"], extra=json.loads(row["extra"] or "{}"), duplicate=duplicate,
        )

    def people(self, article_id: int) -> list[Person]:
        """The engine's speaker table for one article, in its order, for the speaker picker."""
        with self._errors("reading an article's people"):
            rows = self._conn.execute(
                "SELECT * FROM article_people WHERE article_id = ? ORDER BY idx", (article_id,)
            ).fetchall()
        return [
            Person(
                name=r["name"], kind=_kind(r["kind"]),
                mentions=tuple(Span(s, e) for s, e in json.loads(r["mentions"])),
                aliases=tuple(json.loads(r["aliases"])), role=r["role"], gender=r["gender"],
            )
            for r in rows
        ]

    # -- quotes ----------------------------------------------------------------------------------

    def quotes(self, article_id: int, *, include_removed: bool = False) -> list[QuoteRecord]:
        """An article's quotes ordered by start offset."""
        sql = _QUOTE_SELECT + " WHERE q.article_id = ?" + ("" if include_removed else " AND q.removed = 0")
        with self._errors("reading quotes"):
            rows = self._conn.execute(sql + " ORDER BY q.start, q.\"end\", q.id", (article_id,)).fetchall()
        return [self._quote(r) for r in rows]

    def quote(self, quote_id: int) -> QuoteRecord:
        with self._errors("reading a quote"):
            return self._quote(self._quote_row_by_id(self._conn, quote_id))

    def _quote_row_by_id(self, conn: sqlite3.Connection, quote_id: int) -> sqlite3.Row:
        row = conn.execute(_QUOTE_SELECT + " WHERE q.id = ?", (quote_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no quote {quote_id} in this library")
        return row

    @staticmethod
    def _quote(r: sqlite3.Row) -> QuoteRecord:
        return QuoteRecord(
            id=r["id"], article_id=r["article_id"], start=r["start"], end=r["end"],
            parts=tuple(Span(s, e) for s, e in json.loads(r["parts"])),
            speaker=r["s_name"] if r["speaker_id"] is not None else r["speaker_name"],
            speaker_id=r["speaker_id"], speaker_kind=_kind(r["speaker_kind"]),
            mention=_span_or_none(r["mention_start"], r["mention_end"]),
            cue=_span_or_none(r["cue_start"], r["cue_end"]),
            confidence=r["confidence"], flags=frozenset(r["flags"].split()), role=r["role"],
            status=r["status"], origin=r["origin"], model_version=r["model_version"],
            removed=bool(r["removed"]), content=r["content"],
        )

    @staticmethod
    def _check_status(status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")

    # -- corrections -----------------------------------------------------------------------------

    def set_speaker(
        self,
        quote_id: int,
        name: str | None,
        *,
        kind: SpeakerKind | None = None,
        mention: Span | None = None,
        editor: str,
    ) -> QuoteRecord:
        """Attribute a quote to ``name`` (None: nobody), logged as one correction.

        ``name`` is matched to the article's people first, then to speakers across the library
        ("Kerry" finds John Kerry); a new name becomes a new speaker. ``kind`` defaults to the
        matched person's kind, else ``PERSON``. ``mention`` is the span the attribution rests on;
        when not given, the old mention is kept only if it names the chosen person.
        """
        editor = self._editor(editor)
        with self._write("changing a quote's speaker") as conn:
            return self._apply_speaker(conn, quote_id, name, kind=kind, mention=mention, editor=editor)

    def _apply_speaker(
        self, conn, quote_id: int, name: str | None, *, kind: SpeakerKind | None, mention: Span | None, editor: str
    ) -> QuoteRecord:
        row = self._quote_row_by_id(conn, quote_id)
        before = self._quote(row)
        sid, speaker_name, new_kind, person, role = None, None, SpeakerKind.UNKNOWN, None, None
        if name is not None and name.strip():
            speaker_name = name.strip()
            person = self._article_person(conn, row["article_id"], speaker_name)
            new_kind = _kind(kind) if kind is not None else (
                _kind(person["kind"]) if person is not None else SpeakerKind.PERSON)
            if new_kind == SpeakerKind.PERSON:
                # "Secretary Kerry": the title is the quote's role, the name is the speaker.
                title, bare = names.split_title(speaker_name)
                speaker_name, role = bare, title or (person["role"] if person is not None else None)
            if new_kind in LINKED_KINDS:
                if person is not None and person["speaker_id"] is not None and _kind(person["kind"]) == new_kind:
                    sid = person["speaker_id"]
                else:
                    sid = self._resolve_speaker(conn, speaker_name, new_kind)
        if mention is None and before.mention is not None and person is not None:
            mentions = {tuple(m) for m in json.loads(person["mentions"])}
            mention = before.mention if (before.mention.start, before.mention.end) in mentions else None
        conn.execute(
            "UPDATE quotes SET speaker_id = ?, speaker_name = ?, speaker_kind = ?, mention_start = ?, "
            "mention_end = ?, role = ? WHERE id = ?",
            (sid, speaker_name, new_kind.value, mention.start if mention else None,
             mention.end if mention else None, role, quote_id),
        )
        after = self._quote(self._quote_row_by_id(conn, quote_id))
        self._log(conn, "set_speaker", "speaker", self._speaker_state(before), self._speaker_state(after),
                  editor=editor, quote_id=quote_id, article_id=before.article_id,
                  speaker_id=sid, model_version=before.model_version)
        return after

    @staticmethod
    def _speaker_state(q: QuoteRecord) -> dict:
        return {"speaker": q.speaker, "speaker_id": q.speaker_id, "kind": q.speaker_kind.value,
                "mention": [q.mention.start, q.mention.end] if q.mention else None, "role": q.role}

    @staticmethod
    def _article_person(conn, article_id: int, name: str) -> sqlite3.Row | None:
        """The person of this article that ``name`` names (exact form first, then token subset)."""
        want = names.tokens(name)
        rows = conn.execute("SELECT * FROM article_people WHERE article_id = ? ORDER BY idx", (article_id,)).fetchall()
        for r in rows:
            if any(names.tokens(f) == want for f in (r["name"], *json.loads(r["aliases"]))):
                return r
        matches = [r for r in rows if names.names_same_person(want, names.tokens(r["name"]))]
        return matches[0] if len(matches) == 1 else None

    def set_bounds(self, quote_id: int, start: int, end: int, *, parts: Sequence[Span] | None = None, editor: str) -> QuoteRecord:
        """Move a quote's ends (code points); ``parts`` default to the text inside the marks."""
        editor = self._editor(editor)
        with self._write("changing a quote's bounds") as conn:
            before = self._quote(self._quote_row_by_id(conn, quote_id))
            text = self._text(conn, before.article_id)
            parts = self._check_bounds(text, start, end, parts)
            conn.execute(
                "UPDATE quotes SET start = ?, \"end\" = ?, parts = ?, content = ? WHERE id = ?",
                (start, end, _spans(parts), " … ".join(p.text(text) for p in parts), quote_id),
            )
            after = self._quote(self._quote_row_by_id(conn, quote_id))
            self._log(conn, "set_bounds", "bounds", self._bounds_state(before), self._bounds_state(after),
                      editor=editor, quote_id=quote_id, article_id=before.article_id,
                      model_version=before.model_version)
        return after

    @staticmethod
    def _bounds_state(q: QuoteRecord) -> dict:
        return {"start": q.start, "end": q.end, "parts": [[p.start, p.end] for p in q.parts]}

    @staticmethod
    def _text(conn, article_id: int) -> str:
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
            while s < e and (text[s] in _MARKS or text[s].isspace()):
                s += 1
            while e > s and (text[e - 1] in _MARKS or text[e - 1].isspace()):
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
        editor = self._editor(editor)
        self._check_status(status)
        with self._write("adding a quote") as conn:
            text = self._text(conn, article_id)
            parts = self._check_bounds(text, start, end, parts)
            quote = Quote(start=start, end=end, parts=parts, confidence=1.0)
            row = self._quote_row(article_id, text, quote, None, Curation(status=status, origin="editor"))
            quote_id = conn.execute(
                "INSERT INTO quotes (article_id, start, \"end\", parts, content, speaker_id, speaker_name, "
                "speaker_kind, mention_start, mention_end, cue_start, cue_end, confidence, flags, role, "
                "status, origin, model_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            ).lastrowid
            self._log(conn, "add_quote", "quote", None, {"start": start, "end": end,
                      "parts": [[p.start, p.end] for p in parts], "status": status},
                      editor=editor, quote_id=quote_id, article_id=article_id)
            if speaker is not None:
                return self._apply_speaker(conn, quote_id, speaker, kind=kind, mention=None, editor=editor)
            return self._quote(self._quote_row_by_id(conn, quote_id))

    def set_status(self, quote_id: int, status: str, *, editor: str) -> QuoteRecord:
        """Mark a quote proposed, verified or rejected."""
        editor = self._editor(editor)
        self._check_status(status)
        with self._write("changing a quote's status") as conn:
            before = self._quote(self._quote_row_by_id(conn, quote_id))
            conn.execute("UPDATE quotes SET status = ? WHERE id = ?", (status, quote_id))
            self._log(conn, "set_status", "status", before.status, status, editor=editor, quote_id=quote_id,
                      article_id=before.article_id, model_version=before.model_version)
            return self._quote(self._quote_row_by_id(conn, quote_id))

    def remove_quote(self, quote_id: int, *, editor: str) -> QuoteRecord:
        """Hide a quote (kept, and logged, so :meth:`restore_quote` can undo it)."""
        return self._set_removed(quote_id, True, editor=editor)

    def restore_quote(self, quote_id: int, *, editor: str) -> QuoteRecord:
        return self._set_removed(quote_id, False, editor=editor)

    def _set_removed(self, quote_id: int, removed: bool, *, editor: str) -> QuoteRecord:
        editor = self._editor(editor)
        with self._write("removing a quote" if removed else "restoring a quote") as conn:
            before = self._quote(self._quote_row_by_id(conn, quote_id))
            conn.execute("UPDATE quotes SET removed = ? WHERE id = ?", (int(removed), quote_id))
            self._log(conn, "remove_quote" if removed else "restore_quote", "removed", before.removed, removed,
                      editor=editor, quote_id=quote_id, article_id=before.article_id,
                      model_version=before.model_version)
            return self._quote(self._quote_row_by_id(conn, quote_id))

    def verify_article(self, article_id: int, *, editor: str) -> int:
        """Mark every proposed quote of an article verified; returns how many changed."""
        editor = self._editor(editor)
        with self._write("verifying an article") as conn:
            rows = conn.execute(
                "SELECT id, model_version FROM quotes WHERE article_id = ? AND removed = 0 AND status = 'proposed'",
                (article_id,),
            ).fetchall()
            for r in rows:
                self._log(conn, "set_status", "status", "proposed", "verified", editor=editor, quote_id=r["id"],
                          article_id=article_id, model_version=r["model_version"])
            conn.execute(
                "UPDATE quotes SET status = 'verified' WHERE article_id = ? AND removed = 0 AND status = 'proposed'",
                (article_id,),
            )
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
        with self._errors("reading the corrections log"):
            rows = self._conn.execute(sql, params).fetchall()
        return [
            CorrectionRecord(
                id=r["id"], action=r["action"], field=r["field"], before=json.loads(r["before"]),
                after=json.loads(r["after"]), editor=r["editor"], at=r["at"], model_version=r["model_version"],
                quote_id=r["quote_id"], article_id=r["article_id"], speaker_id=r["speaker_id"],
            )
            for r in reversed(rows)
        ]

    # -- speakers --------------------------------------------------------------------------------

    def _resolve_speaker(
        self,
        conn: sqlite3.Connection,
        name: str,
        kind: SpeakerKind,
        *,
        aliases: Sequence[str] = (),
        role: str | None = None,
    ) -> int | None:
        """The speaker ``name`` refers to across the library, created when new.

        A person is found by a name form already seen (an alias), else by token subset with the
        same surname ("Kerry" ~ "John Kerry"), and only when exactly one speaker fits; the
        article's other forms (``aliases``, often the bare surname) are stored but never used to
        find a match, so "Teresa Kerry" known as "Kerry" does not join John Kerry.
        Organisations and groups match on the exact name or one of their aliases.
        """
        if kind not in LINKED_KINDS:
            return None
        person = kind == SpeakerKind.PERSON
        toks = names.tokens(name, strip_titles=person)
        if not toks:
            return None
        forms = [name, *aliases]
        key = " ".join(toks)
        lookups = [key] if person else list(dict.fromkeys(
            " ".join(names.tokens(f, strip_titles=False)) for f in forms if names.tokens(f, strip_titles=False)))
        sid = None
        for norm in lookups:
            rows = conn.execute(
                "SELECT DISTINCT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE a.norm = ? AND s.kind = ? ORDER BY s.id",
                (norm, kind.value),
            ).fetchall()
            if len(rows) > 1 and person:
                # Several people were called this ("Kerry"): only one whose own name it is will do.
                rows = [r for r in rows if names.norm(r["name"]) == key]
            if len(rows) == 1 or (rows and not person):
                sid = rows[0]["id"]
                break
        if sid is None and person:
            candidates = conn.execute(
                "SELECT s.id, s.name FROM speaker_tokens t JOIN speakers s ON s.id = t.speaker_id "
                "WHERE t.token = ? AND s.kind = 'person'",
                (toks[-1],),
            ).fetchall()
            fits = [c["id"] for c in candidates if names.names_same_person(toks, names.tokens(c["name"]))]
            if len(fits) == 1:
                sid = fits[0]
        if sid is None:
            sid = conn.execute(
                "INSERT INTO speakers (name, kind, role, created_at) VALUES (?, ?, ?, ?)",
                (names.strip_titles(name) if person else name.strip(), kind.value, role, _now()),
            ).lastrowid
        else:
            current = conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0]
            # The fullest form becomes the canonical name: "Kerry" grows into "John Kerry".
            if person and len(toks) > len(names.tokens(current)) and names.names_same_person(toks, names.tokens(current)):
                conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (names.strip_titles(name), sid))
            if role:
                conn.execute("UPDATE speakers SET role = ? WHERE id = ?", (role, sid))
        self._add_aliases(conn, sid, forms, person=person)
        return sid

    @staticmethod
    def _add_aliases(conn: sqlite3.Connection, sid: int, forms: Iterable[str], *, person: bool) -> None:
        for form in forms:
            toks = names.tokens(form, strip_titles=person)
            if not toks:
                continue
            conn.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                (sid, form.strip(), " ".join(toks)),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO speaker_tokens (token, speaker_id) VALUES (?, ?)",
                [(t, sid) for t in set(toks)],
            )

    def match_speakers(self, query: str) -> list[int]:
        """Ids of the speakers a search for ``query`` finds (see :meth:`search`)."""
        with self._errors("looking up speakers"):
            return self._speaker_ids(query) or []

    def _speaker_ids(self, query: str, *, prefix: bool = False) -> list[int] | None:
        """Speakers having every word of ``query`` (titles dropped) among their name tokens.

        With ``prefix`` the last word may be the start of a token (for type-ahead). Returns None
        when the query has no name words at all.
        """
        toks = names.tokens(query)
        if not toks:
            return None
        found: set[int] | None = None
        for i, tok in enumerate(dict.fromkeys(toks)):
            if prefix and i == len(set(toks)) - 1 and tok == toks[-1]:
                rows = self._conn.execute(
                    "SELECT DISTINCT speaker_id FROM speaker_tokens WHERE token >= ? AND token < ?",
                    (tok, tok + "\U0010ffff"),
                ).fetchall()
            else:
                rows = self._conn.execute("SELECT speaker_id FROM speaker_tokens WHERE token = ?", (tok,)).fetchall()
            ids = {r[0] for r in rows}
            found = ids if found is None else found & ids
            if not found:
                return []
        return sorted(found or ())

    def speakers(
        self,
        *,
        query: str | None = None,
        kind: SpeakerKind | None = None,
        quoted_only: bool = False,
        limit: int | None = None,
    ) -> list[SpeakerSummary]:
        """Speakers with their aliases and quote counts, most quoted first.

        ``query`` keeps speakers whose name or an alias contains every word typed (the last one
        may be unfinished: "john ke" finds John Kerry). ``quoted_only`` leaves out people the
        engine met in articles who have no quote (yet). ``limit`` keeps the most quoted.
        """
        with self._errors("listing speakers"):
            where, params = [], []
            if query is not None and query.strip():
                ids = self._speaker_ids(query, prefix=True)
                if not ids:
                    return []
                where.append(f"s.id IN ({','.join('?' * len(ids))})")
                params += ids
            if kind is not None:
                where.append("s.kind = ?")
                params.append(_kind(kind).value)
            if quoted_only:
                where.append("s.n_quotes > 0")
            rows = self._conn.execute(
                "SELECT s.* FROM speakers s" + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY s.n_quotes DESC, s.name LIMIT ?",
                (*params, -1 if limit is None else int(limit)),
            ).fetchall()
            aliases = self._aliases(self._conn, [r["id"] for r in rows], every=not where and limit is None)
        return [self._speaker(r, aliases.get(r["id"], ())) for r in rows]

    @staticmethod
    def _aliases(conn, ids: Sequence[int], *, every: bool = False) -> dict[int, list[str]]:
        """Aliases of these speakers (of all, in one pass, when ``every``)."""
        if every:
            rows = conn.execute("SELECT speaker_id, alias FROM speaker_aliases ORDER BY speaker_id, alias")
        else:
            rows = []
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                rows += conn.execute(
                    f"SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY speaker_id, alias", chunk).fetchall()
        out: dict[int, list[str]] = {}
        for sid, alias in rows:
            out.setdefault(sid, []).append(alias)
        return out

    @staticmethod
    def _speaker(r: sqlite3.Row, aliases: Sequence[str]) -> SpeakerSummary:
        return SpeakerSummary(r["id"], r["name"], _kind(r["kind"]), tuple(a for a in aliases if a != r["name"]),
                              r["n_quotes"], r["role"])

    def speaker(self, speaker_id: int) -> SpeakerSummary:
        with self._errors("reading a speaker"):
            return self._speaker_summary(self._conn, speaker_id)

    def _speaker_summary(self, conn, speaker_id: int) -> SpeakerSummary:
        return self._speaker(self._speaker_row(conn, speaker_id), self._aliases(conn, [speaker_id]).get(speaker_id, ()))

    @staticmethod
    def _speaker_row(conn, speaker_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no speaker {speaker_id} in this library")
        return row

    def rename_speaker(self, speaker_id: int, name: str, *, editor: str) -> SpeakerSummary:
        """Give a speaker a new canonical name; the old one stays an alias."""
        editor = self._editor(editor)
        if not name or not name.strip():
            raise ValueError("a speaker needs a name")
        with self._write("renaming a speaker") as conn:
            before = self._speaker_row(conn, speaker_id)
            conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (name.strip(), speaker_id))
            self._add_aliases(conn, speaker_id, [name], person=before["kind"] == SpeakerKind.PERSON.value)
            self._log(conn, "rename_speaker", "name", before["name"], name.strip(), editor=editor, speaker_id=speaker_id)
            return self._speaker_summary(conn, speaker_id)

    def merge_speakers(self, keep_id: int, other_id: int, *, editor: str) -> SpeakerSummary:
        """Make ``other_id`` part of ``keep_id``: its quotes, people and aliases move over.

        The log entry lists the quotes moved, so a mistaken merge can be split back.
        """
        editor = self._editor(editor)
        if keep_id == other_id:
            raise ValueError("cannot merge a speaker with itself")
        with self._write("merging speakers") as conn:
            keep, other = self._speaker_row(conn, keep_id), self._speaker_row(conn, other_id)
            moved = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE speaker_id = ? ORDER BY id", (other_id,))]
            conn.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep_id, other_id))
            conn.execute("UPDATE article_people SET speaker_id = ? WHERE speaker_id = ?", (keep_id, other_id))
            aliases = [r[0] for r in conn.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (other_id,))]
            self._add_aliases(conn, keep_id, [other["name"], *aliases], person=keep["kind"] == SpeakerKind.PERSON.value)
            conn.execute("DELETE FROM speakers WHERE id = ?", (other_id,))
            self._log(conn, "merge_speakers", "speaker",
                      {"id": other_id, "name": other["name"], "kind": other["kind"], "aliases": aliases, "quotes": moved},
                      {"id": keep_id, "name": keep["name"]}, editor=editor, speaker_id=keep_id)
            return self._speaker_summary(conn, keep_id)

    def split_speaker(
        self,
        speaker_id: int,
        quote_ids: Sequence[int],
        *,
        name: str,
        kind: SpeakerKind | None = None,
        editor: str,
    ) -> SpeakerSummary:
        """Move ``quote_ids`` of a speaker to a new speaker called ``name`` (a wrong merge undone)."""
        editor = self._editor(editor)
        if not name or not name.strip():
            raise ValueError("the new speaker needs a name")
        with self._write("splitting a speaker") as conn:
            source = self._speaker_row(conn, speaker_id)
            new_kind = _kind(kind) if kind is not None else _kind(source["kind"])
            ids = sorted(set(quote_ids))
            if ids:
                marks = ",".join("?" * len(ids))
                owned = conn.execute(f"SELECT count(*) FROM quotes WHERE speaker_id = ? AND id IN ({marks})",
                                     (speaker_id, *ids)).fetchone()[0]
                if owned != len(ids):
                    raise ValueError(f"some of these quotes are not attributed to speaker {speaker_id}")
            new_id = conn.execute("INSERT INTO speakers (name, kind, role, created_at) VALUES (?, ?, ?, ?)",
                                  (name.strip(), new_kind.value, None, _now())).lastrowid
            self._add_aliases(conn, new_id, [name], person=new_kind == SpeakerKind.PERSON)
            if ids:
                conn.execute(f"UPDATE quotes SET speaker_id = ?, speaker_name = ? WHERE id IN ({marks})",
                             (new_id, name.strip(), *ids))
            self._log(conn, "split_speaker", "speaker", {"id": speaker_id, "name": source["name"], "quotes": ids},
                      {"id": new_id, "name": name.strip(), "kind": new_kind.value}, editor=editor, speaker_id=new_id)
            return self._speaker_summary(conn, new_id)

    def suggest_merges(self, *, threshold: float = 88.0, limit: int = 50) -> list[MergeSuggestion]:
        """Pairs of speakers that may be one, best first. Never applied automatically.

        Two people are suggested when one name's tokens contain the other's with the same
        surname (a "Kerry" left apart because two Kerrys existed), or when their names are
        close by rapidfuzz's token-sort ratio (spelling variants: "Haidar al-Abadi").
        """
        from rapidfuzz import fuzz, process

        speakers = self.speakers()
        out: list[MergeSuggestion] = []
        by_kind: dict[SpeakerKind, list[SpeakerSummary]] = {}
        for s in speakers:
            by_kind.setdefault(s.kind, []).append(s)
        for group in by_kind.values():
            keys = [names.norm(s.name) for s in group]
            # Compare within blocks that share a surname initial, so a big library stays fast.
            blocks: dict[str, list[int]] = {}
            for i, k in enumerate(keys):
                blocks.setdefault(k.split()[-1][:1] if k else "", []).append(i)
            for idx in blocks.values():
                block = [keys[i] for i in idx]
                scores = process.cdist(block, block, scorer=fuzz.token_sort_ratio, score_cutoff=min(threshold, 100),
                                       workers=-1)
                for a in range(len(idx)):
                    for b in range(a + 1, len(idx)):
                        sa, sb = group[idx[a]], group[idx[b]]
                        ta, tb = names.tokens(sa.name), names.tokens(sb.name)
                        if sa.kind == SpeakerKind.PERSON and names.names_same_person(ta, tb):
                            score, reason = 95.0, "one name contains the other"
                        elif scores[a][b] >= threshold:
                            score, reason = float(scores[a][b]), "similar spelling"
                        else:
                            continue
                        keep, other = (sa, sb) if (len(ta), sa.n_quotes) >= (len(tb), sb.n_quotes) else (sb, sa)
                        out.append(MergeSuggestion(keep, other, score, reason))
        out.sort(key=lambda m: (-m.score, -(m.keep.n_quotes + m.other.n_quotes)))
        return out[:limit]

    # -- search ----------------------------------------------------------------------------------

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
        with self._errors("searching"):
            ids: list[int] = []
            if speaker is not None:
                ids = self._speaker_ids(speaker) or []
                if not ids:
                    # Nobody by that name: look among the descriptions of unnamed sources.
                    words = re.findall(r"[^\W_]+", speaker.casefold())
                    if not words:
                        return []
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
                self._check_status(status)
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
            rows = self._conn.execute(sql, args).fetchall()
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
        row = self._conn.execute(
            "SELECT coalesce(sum(n_proposed), 0), coalesce(sum(n_verified), 0), coalesce(sum(n_rejected), 0) "
            "FROM article_counts").fetchone()
        total = sum(row)
        return row[STATUSES.index(status)] / total if total else 0.0

    def _n_quotes_of(self, speaker_ids: Sequence[int]) -> int:
        marks = ",".join("?" * len(speaker_ids))
        return self._conn.execute(f"SELECT coalesce(sum(n_quotes), 0) FROM speakers WHERE id IN ({marks})",
                                  list(speaker_ids)).fetchone()[0]

    def _word_frequency(self, text: str) -> float:
        """How many quotes hold the rarest plain word of ``text`` (prefixes do not count)."""
        words = {w for piece in text.split() if not piece.endswith("*") for w in names.words(piece)}
        if not words:
            return float("inf")
        if not self._vocab:
            self._conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quotes_vocab USING fts5vocab(main, 'quotes_fts', 'row')")
            self._vocab = True
        counts = [(self._conn.execute("SELECT doc FROM temp.quotes_vocab WHERE term = ?", (w,)).fetchone() or (0,))[0]
                  for w in words]
        return min(counts)

    def review_queue(self, *, limit: int = 100) -> list[QuoteRecord]:
        """Quotes still proposed, least confident first, across all articles."""
        with self._errors("reading the review queue"):
            rows = self._conn.execute(
                _QUOTE_SELECT + " WHERE q.status = 'proposed' AND q.removed = 0 ORDER BY q.confidence, q.id LIMIT ?",
                (int(limit),),
            ).fetchall()
        return [self._quote(r) for r in rows]

    def article_versions(self, ids: Sequence[int] | None = None) -> dict[int, str | None]:
        """The engine or model version that proposed each article's quotes, by article id (all
        articles, or those of ``ids``); no text is read."""
        with self._errors("listing articles"):
            if ids is None:
                rows = self._conn.execute("SELECT id, model_version FROM articles")
            else:
                ids = [int(i) for i in ids]
                rows = self._conn.execute(
                    f"SELECT id, model_version FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
            return {r["id"]: r["model_version"] for r in rows}

    def iter_articles(self, *, batch: int = 500) -> Iterator[ArticleRecord]:
        """Every article, oldest first, read in batches (for export)."""
        last = 0
        while True:
            with self._errors("reading articles"):
                rows = self._conn.execute(
                    "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                ).fetchall()
            if not rows:
                return
            for r in rows:
                yield self._article(r)
            last = rows[-1]["id"]

    # -- model versions --------------------------------------------------------------------------

    def add_model_version(
        self,
        version: str,
        *,
        metrics: dict,
        n_train: int | None = None,
        path: str | Path | None = None,
        blob: bytes | None = None,
        active: bool = False,
    ) -> ModelVersionRecord:
        """Record a trained model and its evaluation figures; ``active`` makes it the one in use."""
        if not version:
            raise ValueError("a model version needs a name")
        with self._write("recording a model version") as conn:
            if conn.execute("SELECT 1 FROM model_versions WHERE version = ?", (version,)).fetchone():
                raise LibraryError(f"model version {version!r} is already recorded; give the new model another name")
            if active:
                conn.execute("UPDATE model_versions SET active = 0 WHERE active = 1")
            conn.execute(
                "INSERT INTO model_versions (version, created_at, metrics, n_train, path, blob, active) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (version, _now(), _json(metrics), n_train, str(path) if path else None, blob, int(active)),
            )
        return self._model(version)

    def model_versions(self) -> list[ModelVersionRecord]:
        with self._errors("listing model versions"):
            rows = self._conn.execute(
                "SELECT version, created_at, metrics, n_train, path, active, blob IS NOT NULL AS has_blob "
                "FROM model_versions ORDER BY created_at, version"
            ).fetchall()
        return [self._model_record(r) for r in rows]

    def model_blob(self, version: str) -> bytes | None:
        with self._errors("reading a model"):
            row = self._conn.execute("SELECT blob FROM model_versions WHERE version = ?", (version,)).fetchone()
        return row[0] if row else None

    def active_model(self) -> ModelVersionRecord | None:
        return next((m for m in self.model_versions() if m.active), None)

    def set_active_model(self, version: str | None) -> None:
        """Use ``version`` from now on; None goes back to the rules."""
        with self._write("choosing the active model") as conn:
            if version is not None and not conn.execute(
                "SELECT 1 FROM model_versions WHERE version = ?", (version,)
            ).fetchone():
                raise LibraryError(f"no model version {version!r} in this library")
            conn.execute("UPDATE model_versions SET active = 0 WHERE active = 1")
            if version is not None:
                conn.execute("UPDATE model_versions SET active = 1 WHERE version = ?", (version,))

    def _model(self, version: str) -> ModelVersionRecord:
        return next(m for m in self.model_versions() if m.version == version)

    @staticmethod
    def _model_record(r: sqlite3.Row) -> ModelVersionRecord:
        return ModelVersionRecord(
            version=r["version"], created_at=r["created_at"], metrics=json.loads(r["metrics"]),
            n_train=r["n_train"], path=r["path"], active=bool(r["active"]), has_blob=bool(r["has_blob"]),
        )
