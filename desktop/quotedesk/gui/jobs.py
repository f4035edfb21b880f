"""Long work the window starts, as plain functions of a ``TaskState`` run on a worker thread.

Each job opens its own connection to the library (one owning thread per connection) and
imports the engine lazily, so the window appears before spaCy is even imported.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

from quotedesk.core.tasks import TaskState

log = logging.getLogger(__name__)


def load_model(state: TaskState) -> str:
    """Load the spaCy pipeline once (cached by the engine); returns a label for the status bar."""
    from quotedesk.engine import ENGINE_VERSION, load_nlp

    nlp = load_nlp()
    meta = getattr(nlp, "meta", {}) or {}
    name = meta.get("name")
    lang = getattr(nlp, "lang", None) or meta.get("lang")
    return f"{lang}_{name}" if lang and name else f"engine {ENGINE_VERSION}"


def open_library(path: str | Path):
    from quotedesk.store import Library

    return Library.open(path)


def analyse_inputs(library_path: str | Path, inputs: Sequence, state: TaskState) -> list[int]:
    """Analyse ``ArticleInput``s (pasted text) and add them to the library; returns their ids."""
    from quotedesk.engine import ENGINE_VERSION, analyze_document
    from quotedesk.services.importing import drop_chrome

    library = open_library(library_path)
    ids: list[int] = []
    try:
        total = len(inputs)
        for n, article in enumerate(inputs):
            state.check()
            state.progress(n, total, f"Analysing {article.title or article.id}")
            analysis = drop_chrome(analyze_document(article.text))
            record = library.add_article(article, analysis, model_version=analysis.model or ENGINE_VERSION)
            ids.append(record.id)
        state.progress(total, total, "Done")
    finally:
        _close(library)
    return ids


def import_paths(library_path: str | Path, paths: Sequence[str | Path], editor: str | None, state: TaskState):
    """The library's own import: files and folders, each bad file reported, never fatal."""
    from quotedesk.services.importing import import_paths as run_import

    return run_import(Path(library_path), [Path(p) for p in paths], state=state, editor=editor)


def opened_ids(report) -> list[int]:
    """Articles an import added or found already there, in order: what "open" should show."""
    ids = list(getattr(report, "added", ()))
    for d in getattr(report, "duplicates", ()):
        if d.article_id not in ids:
            ids.append(d.article_id)
    return ids


def export(library_path: str | Path, fn, path: str | Path, options: dict, state: TaskState):
    library = open_library(library_path)
    try:
        return fn(library, Path(path), **options)
    finally:
        _close(library)


def _close(library) -> None:
    close = getattr(library, "close", None)
    if close is not None:
        try:
            close()
        except Exception:  # closing a connection must not hide the job's own result or error
            log.exception("closing the library failed")
