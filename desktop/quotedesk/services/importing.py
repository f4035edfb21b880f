"""Importing articles: files → ``quotedesk.ingest`` → the engine → the library.

``import_paths`` is long work in the project's shape: a plain function taking a ``TaskState``
for progress and cancel. The GUI calls it on a worker thread, passing its main-thread
:class:`~quotedesk.store.Library`; since an SQLite connection belongs to one thread, the
function then opens its own connection to the same file for the duration (and closes it), and
the main thread sees each article as soon as it is committed. Each article is stored in its own
transaction, so an import that is cancelled, fails or is killed leaves every article before it
complete and nothing half-written. An import of many new articles (:data:`BACKUP_FROM`) first
backs the library up (:func:`quotedesk.store.backup.safety_backup`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from quotedesk.core.chrome import chrome_spans
from quotedesk.core.errors import Cancelled, InputError, ModelError
from quotedesk.core.model import Analysis, Span
from quotedesk.core.tasks import TaskState
from quotedesk.engine.each import Analyzer, analyze_each
from quotedesk.ingest import SUFFIXES, ArticleInput, read_paths
from quotedesk.store import Library, backup
from quotedesk.store.export import restore_from_export

log = logging.getLogger(__name__)

BACKUP_FROM = 20  # an import of this many new articles is preceded by a backup of the library


@dataclass(frozen=True, slots=True)
class ImportFailure:
    """A file, line or article that could not be imported, and why."""

    source: str
    message: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An article whose text the library already holds (same content hash)."""

    source: str
    article_id: int
    title: str | None


@dataclass(slots=True)
class ImportReport:
    """What an import did. ``added`` are article ids in the order they were stored."""

    added: list[int] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[ImportFailure] = field(default_factory=list)
    n_quotes: int = 0
    n_files: int = 0
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    engine_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled

    def summary(self) -> str:
        """One line for a status bar or the CLI."""
        parts = [f"imported {len(self.added)} article{'s' * (len(self.added) != 1)} "
                 f"({self.n_quotes} quote{'s' * (self.n_quotes != 1)})"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the library")
        if self.errors:
            parts.append(f"{len(self.errors)} could not be read")
        if self.cancelled:
            parts.append("cancelled")
        return "; ".join(parts)


def expand_paths(paths: Iterable[str | Path], *, on_error=None) -> list[Path]:
    """Files to import: named files as given, folders searched for article files (sorted).

    Hidden files and folders are left out and symbolic links to folders are not followed. A
    folder that cannot be read goes to ``on_error(path, InputError)``.
    """
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.is_dir():
            out.append(p)
            continue
        found, unreadable = [], []
        for folder, dirs, files in os.walk(p, onerror=unreadable.append):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += [Path(folder, f) for f in files
                      if not f.startswith(".") and Path(f).suffix and Path(f).suffix.lower() in SUFFIXES]
        for e in unreadable:
            error = InputError(f"{e.filename}: cannot read this folder ({e.strerror or e})")
            if on_error is None:
                raise error
            on_error(Path(e.filename), error)
        if not found and not unreadable:
            log.warning("%s: no article files in this folder", p)
        out.extend(sorted(found))
    return out


def drop_chrome(analysis: Analysis) -> Analysis:
    """The analysis without quotes or people that only come from page chrome lines."""
    chrome = chrome_spans(analysis.text)
    if not chrome:
        return analysis

    def in_chrome(span: Span) -> bool:
        return any(c.overlaps(span) for c in chrome)

    quotes = [q for q in analysis.quotes if not in_chrome(q.span)]
    people = [p for p in analysis.people if not p.mentions or not all(in_chrome(m) for m in p.mentions)]
    return Analysis(analysis.text, quotes, people, analysis.model)


@contextmanager
def library_for_this_thread(library: Library | str | Path) -> Iterator[Library]:
    """``library`` if this thread owns it, else a connection of this thread's own (closed after)."""
    if isinstance(library, Library) and library.owner_thread == threading.get_ident():
        yield library
        return
    own = library.reopen() if isinstance(library, Library) else Library.open(library)
    try:
        yield own
    finally:
        own.close()


def _engine() -> tuple[Analyzer, str]:
    from quotedesk.engine import ENGINE_VERSION, analyze_many

    return analyze_many, ENGINE_VERSION


def _active_model(lib: Library, report: ImportReport) -> object | None:
    from quotedesk.services.training import load_active_model

    try:
        return load_active_model(lib)
    except ModelError as e:
        report.warnings.append(f"the active attribution model was not used: {e}")
        log.warning("%s", report.warnings[-1])
        return None


def import_paths(
    library: Library | str | Path,
    paths: Iterable[str | Path],
    *,
    state: TaskState | None = None,
    editor: str | None = None,
    batch_size: int = 16,
    analyze: Analyzer | None = None,
    model: object | None = None,
    use_active_model: bool = True,
) -> ImportReport:
    """Import article files and folders into the library, running the engine on new articles.

    Parameters
    ----------
    library : Library or path
        The library (used directly on its own thread, else reopened; see the module notes).
    paths : files and folders
        ``.txt``, ``.md``, ``.html``, ``.jsonl``; folders are searched recursively.
    state : TaskState, optional
        Receives ``progress(done, total, message)`` counted in paragraphs (non-blank lines), per
        article and, within a long article, as the engine parses it ("paragraph 1,200 of 48,000");
        ``cancel()`` stops the import after the article being stored, or a long article being
        parsed, and the report says ``cancelled``.
    editor : str, optional
        Who imported; kept with each article.
    batch_size : int
        Articles parsed together by ``nlp.pipe``.
    analyze : callable, optional
        Replaces ``quotedesk.engine.analyze_many`` (tests, benchmarks).
    model : object, optional
        A trained attribution model passed to the engine.
    use_active_model : bool
        Without ``model``, use the library's active trained model (``quotedesk.services.training``);
        one that cannot be loaded is reported in ``warnings`` and the rules are used instead.

    Returns
    -------
    ImportReport
        Added article ids, duplicates, and every file or article that failed with the reason.
        One bad file never stops the others. A ``LibraryError`` (library locked, read-only,
        disk full) stops the import and is raised; articles stored before it stay stored.
    """
    started = time.perf_counter()
    report = ImportReport()

    def failed(path, error: InputError) -> None:
        report.errors.append(ImportFailure(str(path), str(error)))

    files = expand_paths(paths, on_error=failed)
    report.n_files = len(files)
    with library_for_this_thread(library) as lib:
        try:
            articles = _read(files, failed, state)
            fresh = _new_articles(lib, articles, report)
            if len(fresh) >= BACKUP_FROM:
                backup.safety_backup(lib, f"before importing {len(fresh)} articles", warnings=report.warnings)
            if analyze is None:
                analyze, version = _engine()
                if model is None and use_active_model and fresh:
                    model = _active_model(lib, report)
            else:
                version = getattr(analyze, "version", "custom")
            _store_all(lib, fresh, report, state, analyze=analyze, version=version, editor=editor,
                       batch_size=batch_size, model=model)
        except Cancelled:
            report.cancelled = True
            log.info("import cancelled after %d articles", len(report.added))
    report.seconds = time.perf_counter() - started
    log.info("%s in %.1f s", report.summary(), report.seconds)
    return report


def _read(files: list[Path], failed: Callable, state: TaskState | None) -> list[ArticleInput]:
    articles = []
    for n, article in enumerate(read_paths(files, on_error=failed)):
        if state is not None:
            state.check()
            if n % 50 == 0:
                state.progress(0, None, f"reading {article.source}")
        articles.append(article)
    return articles


def _new_articles(lib: Library, articles: list[ArticleInput], report: ImportReport) -> list[ArticleInput]:
    """Articles not in the library yet (copies within this import are caught when stored)."""
    fresh = []
    for article in articles:
        existing = lib.find_article(article.content_hash)
        if existing is not None:
            report.duplicates.append(Duplicate(article.source or article.id, existing.id, existing.title))
        else:
            fresh.append(article)
    return fresh


def _store_all(
    lib: Library,
    articles: list[ArticleInput],
    report: ImportReport,
    state: TaskState | None,
    *,
    analyze: Analyzer,
    version: str,
    editor: str | None,
    batch_size: int,
    model: object | None,
) -> None:
    size_of = {id(a): paragraphs(a.text) for a in articles}  # progress counts paragraphs
    total, done = sum(size_of.values()), 0
    restored = []
    to_analyze = []
    for article in articles:
        try:
            r = restore_from_export(article)
        except InputError as e:
            report.errors.append(ImportFailure(article.source or article.id, str(e)))
            done += size_of[id(article)]
            continue
        if r is not None:
            restored.append((article, r))
        else:
            to_analyze.append(article)

    def parsed(article: ArticleInput, n: int, of: int) -> None:
        """A long article's progress, in paragraphs, as the engine parses it."""
        if state is not None:
            state.progress(done + size_of[id(article)] * n // max(of, 1), total,
                           f"{article.title or article.source or article.id}: paragraph {n:,} of {of:,}")
            state.check()

    def store(article: ArticleInput, analysis: Analysis, **kwargs) -> None:
        nonlocal done
        if editor:
            article.extra.setdefault("imported_by", editor)
        try:
            rec = lib.add_article(article, drop_chrome(analysis), **kwargs)
        except ValueError as e:  # the engine gave offsets outside the text: a bug, kept apart
            log.exception("%s: cannot store the analysis", article.source)
            report.errors.append(ImportFailure(article.source or article.id, f"the analysis could not be stored ({e})"))
        else:
            if rec.duplicate:
                report.duplicates.append(Duplicate(article.source or article.id, rec.id, rec.title))
            else:
                report.added.append(rec.id)
                report.n_quotes += len(lib.quotes(rec.id))
        done += size_of[id(article)]
        if state is not None:
            state.progress(done, total, article.title or article.source or article.id)
            state.check()

    for article, (analysis, curation, speakers) in restored:
        store(article, analysis, model_version=analysis.model or version, curation=curation, speakers=speakers)
    for article, analysis in _analyze_each(to_analyze, report, analyze=analyze, batch_size=batch_size,
                                           model=model, state=state, on_parsed=parsed):
        store(article, analysis, model_version=analysis.model or version)


def paragraphs(text: str) -> int:
    """The paragraphs of a text as progress counts them: its non-blank lines (at least one)."""
    return max(1, sum(1 for line in text.split("\n") if line.strip()))


def _analyze_each(
    articles: list,
    report: ImportReport,
    *,
    analyze: Analyzer,
    batch_size: int,
    model: object | None,
    state: TaskState | None,
    on_parsed: Callable[[ArticleInput, int, int], None] | None = None,
) -> Iterator[tuple[ArticleInput, Analysis]]:
    """(article, analysis) for each article the engine analyses, in order
    (:func:`~quotedesk.engine.each.analyze_each`). An article the engine fails on is logged and
    goes to ``report.errors``, the time spent in the engine to ``report.engine_seconds``.
    ``on_parsed(article, done, total)`` follows the paragraphs of a long article as the engine
    parses them."""
    results = analyze_each([a.text for a in articles], analyze=analyze, batch_size=batch_size, model=model,
                           on_parsed=None if on_parsed is None else lambda i, n, of: on_parsed(articles[i], n, of))
    t0 = time.perf_counter()
    for article, result in zip(articles, results):
        report.engine_seconds += time.perf_counter() - t0
        if isinstance(result, Exception):
            log.error("%s: the engine failed", article.source, exc_info=result)
            report.errors.append(ImportFailure(article.source or article.id, f"the engine failed on this article ({result})"))
            if state is not None:
                state.check()
        else:
            yield article, result
        t0 = time.perf_counter()
