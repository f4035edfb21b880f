"""Importing an archive dataset (``quotedesk extract … -o OUTDIR/``) into a library.

The rows already hold the engine's answers, so the engine does not run again: each row becomes
an article with its quotes and people, stored :data:`BATCH` articles per transaction (an import
that stops leaves whole batches behind it, and a rerun skips the articles already stored by
their content hash). Error rows and rows without text are reported, not stored.
"""

from __future__ import annotations

import time
from pathlib import Path

from quotedesk.archive import dataset
from quotedesk.core.tasks import TaskState
from quotedesk.services.importing import BACKUP_FROM, Duplicate, ImportFailure, ImportReport, library_for_this_thread
from quotedesk.store import Library, backup

BATCH = 200


def import_dataset(library: Library | str | Path, outdir: str | Path, *, state: TaskState | None = None,
                   editor: str | None = None) -> ImportReport:
    """Store every article of the dataset in ``outdir`` that the library does not hold yet."""
    started = time.perf_counter()
    report = ImportReport()
    outdir = Path(outdir)
    total = dataset.count_rows(outdir)
    report.n_files = len(dataset.finished_parts(outdir))
    with library_for_this_thread(library) as lib:
        if total >= BACKUP_FROM:
            backup.safety_backup(lib, f"before importing {total} articles", warnings=report.warnings)
        batch: list = []
        done = 0
        for row in dataset.read_rows(outdir):
            done += 1
            try:
                article, analysis = dataset.article_from_row(row)
            except (KeyError, TypeError, ValueError) as e:
                report.errors.append(ImportFailure(f"{row.get('source') or outdir}:{row.get('id')}", str(e)))
                continue
            if editor:
                article.extra["imported_by"] = editor
            batch.append((article, analysis))
            if len(batch) == BATCH:
                _store(lib, batch, report)
                batch = []
            if state is not None:
                state.progress(done, total, article.title or article.id)
                state.check()
        _store(lib, batch, report)
    report.seconds = time.perf_counter() - started
    return report


def _store(lib: Library, batch: list, report: ImportReport) -> None:
    """One transaction for the batch (one per model version in it, each article keeping its own)."""
    by_model: dict[str, list] = {}
    for article, analysis in batch:
        by_model.setdefault(analysis.model, []).append((article, analysis))
    for version, items in by_model.items():
        for (article, analysis), rec in zip(items, lib.add_articles(items, model_version=version)):
            if rec.duplicate:
                report.duplicates.append(Duplicate(article.source or article.id, rec.id, rec.title))
            else:
                report.added.append(rec.id)
                report.n_quotes += len(analysis.quotes)
