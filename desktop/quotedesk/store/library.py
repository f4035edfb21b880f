"""The quote library: one SQLite file holding articles, quotes, speakers and every correction.

:class:`Library` is a small facade over one manager per responsibility, each in its own module:

- ``connection`` (:mod:`~quotedesk.store.connection`): opening, settings, migrations,
  transactions and errors, on top of :mod:`~quotedesk.store.files`, which owns the file;
- ``article_store`` (:mod:`~quotedesk.store.articles`): articles, their analyses and quotes;
- ``correction_log`` (:mod:`~quotedesk.store.corrections`): editors' changes, the append-only
  log, undo and redo (:mod:`~quotedesk.store.history`);
- ``speaker_index`` (:mod:`~quotedesk.store.speakers`): speaker identity across articles;
- ``search_index`` (:mod:`~quotedesk.store.search`): quote search and the review queue;
- ``model_store`` (:mod:`~quotedesk.store.models`): trained attribution models.

The public methods (``library.set_speaker(...)``) are the managers' own, reached through the
facade. Threading: a :class:`Library` belongs to the thread that opened it (SQLite connections
are not shared). Work on another thread opens its own connection with :meth:`Library.reopen`;
the import service does this itself when called from a worker thread. Both connections see each
other's committed changes (WAL mode lets one write while the other reads).

Durability: every public method that writes runs in one ``BEGIN IMMEDIATE`` transaction and has
committed before it returns, so a correction is on disk when the GUI says it is.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from quotedesk.core.errors import LibraryError
from quotedesk.store.articles import Articles
from quotedesk.store.connection import LibraryConnection
from quotedesk.store.corrections import Corrections
from quotedesk.store.models import Models
from quotedesk.store.search import Search
from quotedesk.store.speakers import Speakers


class _Via:
    """A manager's method offered by the facade: ``Library.x`` is ``library.<manager>.x``."""

    def __init__(self, manager: str, function) -> None:
        self.manager = manager
        self.function = function
        self.__doc__ = function.__doc__

    def __get__(self, library, owner=None):
        if library is None:
            return self.function
        return self.function.__get__(getattr(library, self.manager))


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
    connection, article_store, correction_log, speaker_index, search_index, model_store
        The managers (see the module docstring); ``_conn`` is the sqlite3 connection itself.
    """

    def __init__(self, connection: LibraryConnection) -> None:
        self.connection = connection
        self._conn = connection.conn
        self.db = Database(connection.conn)
        self.path = connection.path
        self.read_only = connection.read_only
        self.timeout = connection.timeout
        self.warnings = connection.warnings
        self.owner_thread = connection.owner_thread
        self.speaker_index = Speakers(self)
        self.article_store = Articles(self)
        self.correction_log = Corrections(self)
        self.search_index = Search(self)
        self.model_store = Models(self)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False, timeout: float = 5.0,
             drop_foreign: bool = False) -> "Library":
        """Open (or create) the library at ``path`` (see :meth:`LibraryConnection.open`); with
        ``drop_foreign``, database objects QuoteDesk did not create are removed after a backup."""
        return cls(LibraryConnection.open(path, create=create, read_only=read_only, timeout=timeout,
                                          drop_foreign=drop_foreign))

    def reopen(self) -> "Library":
        """A new connection to the same file, for use on the calling thread (close it after)."""
        if str(self.path) == ":memory:":
            raise LibraryError("an in-memory library cannot be shared between threads")
        return Library.open(self.path, create=False, read_only=self.read_only, timeout=self.timeout)

    @property
    def schema_version(self) -> int:
        return self.connection.schema_version

    def data_version(self) -> int:
        """Changes when another connection commits to the library (see LibraryConnection)."""
        return self.connection.data_version()

    @property
    def last_operation(self) -> int | None:
        """The undoable operation this connection made last (see :meth:`undo`)."""
        return self.correction_log.last_operation

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    integrity_check = _Via("connection", LibraryConnection.integrity_check)

    add_article = _Via("article_store", Articles.add_article)
    add_articles = _Via("article_store", Articles.add_articles)
    reanalyze_article = _Via("article_store", Articles.reanalyze_article)
    find_article = _Via("article_store", Articles.find_article)
    articles = _Via("article_store", Articles.articles)
    article = _Via("article_store", Articles.article)
    article_versions = _Via("article_store", Articles.article_versions)
    iter_articles = _Via("article_store", Articles.iter_articles)
    people = _Via("article_store", Articles.people)
    quotes = _Via("article_store", Articles.quotes)
    quote = _Via("article_store", Articles.quote)

    set_speaker = _Via("correction_log", Corrections.set_speaker)
    speaker_match = _Via("correction_log", Corrections.speaker_match)
    set_bounds = _Via("correction_log", Corrections.set_bounds)
    fit_bounds = _Via("correction_log", Corrections.fit_bounds)
    nudge_bounds = _Via("correction_log", Corrections.nudge_bounds)
    add_quote = _Via("correction_log", Corrections.add_quote)
    set_status = _Via("correction_log", Corrections.set_status)
    remove_quote = _Via("correction_log", Corrections.remove_quote)
    restore_quote = _Via("correction_log", Corrections.restore_quote)
    verify_article = _Via("correction_log", Corrections.verify_article)
    verify_confident = _Via("correction_log", Corrections.verify_confident)
    corrections = _Via("correction_log", Corrections.corrections)
    undo = _Via("correction_log", Corrections.undo)
    redo = _Via("correction_log", Corrections.redo)
    undo_steps = _Via("correction_log", Corrections.undo_steps)

    speakers = _Via("speaker_index", Speakers.speakers)
    speaker = _Via("speaker_index", Speakers.speaker)
    match_speakers = _Via("speaker_index", Speakers.match_speakers)
    rename_speaker = _Via("speaker_index", Speakers.rename_speaker)
    merge_speakers = _Via("speaker_index", Speakers.merge_speakers)
    split_speaker = _Via("speaker_index", Speakers.split_speaker)
    suggest_merges = _Via("speaker_index", Speakers.suggest_merges)

    search = _Via("search_index", Search.search)
    review_queue = _Via("search_index", Search.review_queue)
    count_confident = _Via("search_index", Search.count_confident)

    add_model_version = _Via("model_store", Models.add_model_version)
    model_versions = _Via("model_store", Models.model_versions)
    model_blob = _Via("model_store", Models.model_blob)
    active_model = _Via("model_store", Models.active_model)
    set_active_model = _Via("model_store", Models.set_active_model)
