"""Re-analysing stored articles with the library's active attribution model.

A model trained from corrections only helps articles analysed after it became active. This
service brings the articles still waiting for review up to date: each is parsed again with the
active model (or the rules, after a rollback) and its untouched machine proposals are replaced
(:meth:`Library.reanalyze_article`). Whatever an editor touched stays exactly as it is.

Which articles: those with proposals left to review, or never touched at all, that the version
in use has not analysed yet. Fully reviewed articles are skipped: nothing in them is the
machine's to change. Each article is its own transaction, so a cancelled or failed run leaves
every article either re-analysed or as it was; the library is backed up before the first.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from quotedesk.core.errors import Cancelled
from quotedesk.core.tasks import TaskState
from quotedesk.services.importing import Analyzer, ImportFailure, ImportReport, _analyze_each, drop_chrome, library_for_this_thread
from quotedesk.store import Library, Reanalysis, backup

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ReanalysisReport:
    """What a re-analysis run did."""

    model_version: str
    articles: list[Reanalysis] = field(default_factory=list)
    skipped_reviewed: int = 0  # fully reviewed: nothing left that is the machine's
    skipped_current: int = 0  # already analysed by this version
    errors: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def total(self, what: str) -> int:
        return sum(getattr(r, what) for r in self.articles)

    def summary(self) -> str:
        """One line for a status bar or the CLI."""
        n = len(self.articles)
        parts = [f"re-analysed {n} article{'s' * (n != 1)} with {self.model_version}: "
                 f"{self.total('changed')} quotes attributed anew, {self.total('added')} new, "
                 f"{self.total('dropped')} dropped, {self.total('kept')} reviewed kept as they were"]
        skipped = []
        if self.skipped_current:
            skipped.append(f"{self.skipped_current} already analysed by {self.model_version}")
        if self.skipped_reviewed:
            skipped.append(f"{self.skipped_reviewed} fully reviewed")
        if skipped:
            parts.append("skipped " + " and ".join(skipped))
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        if self.cancelled:
            parts.append("cancelled")
        return "; ".join(parts)


def _fully_reviewed(library: Library, summary) -> bool:
    if summary.n_proposed:
        return False
    if summary.n_verified + summary.n_rejected:
        return True
    return any(q.removed for q in library.quotes(summary.id, include_removed=True))


@dataclass(slots=True)
class _Item:
    """What the engine loop needs of an article: its text and a name for messages."""

    id: int
    text: str
    source: str


def reanalyze(
    library: Library | str | Path,
    *,
    editor: str,
    article_ids: Sequence[int] | None = None,
    include_current: bool = False,
    state: TaskState | None = None,
    model: object | None = None,
    use_active_model: bool = True,
    analyze: Analyzer | None = None,
    batch_size: int = 16,
) -> ReanalysisReport:
    """Re-analyse articles with the active model, keeping every editor's decision.

    Parameters
    ----------
    library : Library or path
        Used directly on its own thread, else reopened (as imports do).
    editor : str
        Who asked for it; logged with each article.
    article_ids : sequence of int, optional
        Only these articles (fully reviewed ones are still skipped); default: all.
    include_current : bool
        Also articles the version in use analysed already (the rules may have changed since).
    state : TaskState, optional
        Progress per article; ``cancel()`` stops after the article being stored.
    model : object, optional
        Use this attribution model instead of the library's active one.
    use_active_model : bool
        Without ``model``: the active model, or the rules when none is active.
    analyze : callable, optional
        Replaces ``quotedesk.engine.analyze_many`` (tests, benchmarks).

    Raises
    ------
    ModelError
        The active model cannot be loaded (retrain or roll back first).
    LibraryError
        The library cannot be written; articles re-analysed before stay so.
    """
    from quotedesk.engine import ENGINE_VERSION, analyze_many
    from quotedesk.services.training import load_active_model

    started = time.perf_counter()
    with library_for_this_thread(library) as lib:
        if model is None and use_active_model:
            model = load_active_model(lib)  # a broken model is an error here, never a silent rules run
        version = getattr(model, "version", None) or ENGINE_VERSION
        report = ReanalysisReport(version)
        wanted = set(article_ids) if article_ids is not None else None
        todo: list[_Item] = []
        summaries = lib.articles()
        versions = lib.article_versions()
        for summary in summaries:
            if wanted is not None and summary.id not in wanted:
                continue
            if _fully_reviewed(lib, summary):
                report.skipped_reviewed += 1
                continue
            if versions.get(summary.id) == version and not include_current:
                report.skipped_current += 1
                continue
            article = lib.article(summary.id)  # the text, only for articles to parse
            todo.append(_Item(article.id, article.text, article.title or article.source or f"article {article.id}"))
        if wanted is not None:
            known = {s.id for s in summaries}
            report.errors.extend(ImportFailure(f"article {i}", "there is no such article in the library")
                                 for i in sorted(wanted - known))
        todo.reverse()  # oldest first, as they were added
        total = len(todo)
        if todo:
            backup.safety_backup(lib, f"before re-analysing {total} articles")
        if state is not None:
            state.progress(0, total, f"re-analysing {total} articles with {version}")
        failures = ImportReport()  # the engine loop reports failed articles here
        try:
            for n, (item, analysis) in enumerate(
                _analyze_each(todo, failures, analyze=analyze or analyze_many,
                              batch_size=batch_size, model=model, state=state), 1):
                try:
                    result = lib.reanalyze_article(item.id, drop_chrome(analysis),
                                                   model_version=analysis.model or version, editor=editor)
                except ValueError as e:
                    log.exception("article %s: cannot store the new analysis", item.id)
                    report.errors.append(ImportFailure(item.source, f"the analysis could not be stored ({e})"))
                else:
                    report.articles.append(result)
                if state is not None:
                    state.progress(n, total, item.source)
                    state.check()
        except Cancelled:
            report.cancelled = True
        report.errors.extend(failures.errors)
    report.seconds = time.perf_counter() - started
    log.info("%s in %.1f s", report.summary(), report.seconds)
    return report

