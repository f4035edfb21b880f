"""Long work the window starts, as plain functions of a ``TaskState`` run on a worker thread.

Each job opens its own connection to the library (one owning thread per connection) and
imports the engine lazily, so the window appears before spaCy is even imported.

Imports of many articles, retraining and re-analysis run the engine in a child process
(:func:`import_in_process`, :func:`retrain_in_process`, :func:`reanalyze_in_process`, all through
:func:`run_in_process`): spaCy's Cython components (the attribute ruler's matcher, the
lemmatizer) hold the GIL for a whole document, and on a busy machine that held the GUI thread for hundreds of milliseconds. In a
child process the GUI's interpreter is never blocked; the worker thread only relays progress.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue as queue_module
from pathlib import Path
from typing import Callable, Sequence

from quotedesk.core import errors
from quotedesk.core.errors import Cancelled, QuoteDeskError
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


def backup_on_open(library_path: str | Path, state: TaskState) -> str | None:
    """The backup taken when the app opens a library, at most once a day and only after changes
    (:func:`quotedesk.store.backup.safety_backup`); returns the warning when it failed."""
    from quotedesk.store import backup

    library = open_library(library_path)
    try:
        warnings: list[str] = []
        backup.safety_backup(library, "on opening the library", every=backup.ON_OPEN_EVERY, warnings=warnings)
        return warnings[0] if warnings else None
    finally:
        _close(library)


def analyse_inputs(library_path: str | Path, inputs: Sequence, state: TaskState) -> list[int]:
    """Analyse ``ArticleInput``s (pasted text) and add them to the library; returns their ids.

    Like imports, the library's active attribution model is used when there is one.
    """
    from quotedesk.engine import ENGINE_VERSION, analyze_document
    from quotedesk.services.importing import drop_chrome

    from quotedesk.services.training import load_active_model

    library = open_library(library_path)
    ids: list[int] = []
    try:
        model = load_active_model(library, fallback=True)  # as imports do; an unusable one: the rules
        total = len(inputs)
        for n, article in enumerate(inputs):
            state.check()
            state.progress(n, total, f"Analysing {article.title or article.id}")
            analysis = drop_chrome(analyze_document(article.text, model=model))
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


class _ChildState(TaskState):
    """The child process's TaskState: progress goes up a queue, cancel comes down an event."""

    def __init__(self, queue, cancel_event) -> None:
        super().__init__()
        self._queue = queue
        self._cancel_event = cancel_event

    def cancel(self) -> None:
        self._cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def check(self) -> None:
        if self._cancel_event.is_set():
            raise Cancelled("cancelled by the user")

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        self._queue.put(("progress", done, total, message))


def _child(job: Callable, args: tuple, queue, cancel_event) -> None:
    """Entry point of a job's process (spawned: no Qt, no state shared with the GUI): calls
    ``job(*args, state)``; ``job`` is a module-level function, so the child imports it by name."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        result = job(*args, _ChildState(queue, cancel_event))
    except Cancelled:
        queue.put(("cancelled",))
    except QuoteDeskError as e:
        queue.put(("error", type(e).__module__, type(e).__name__, str(e)))
    except BaseException as e:  # reported to the GUI, which shows it
        logging.getLogger(__name__).exception("%s failed", job.__name__)
        queue.put(("error", "", "", f"{type(e).__name__}: {e}"))
    else:
        queue.put(("done", result))


def _error_class(module: str, name: str) -> type[QuoteDeskError]:
    """The child's error class when it is one of QuoteDesk's own (already imported here), else the base."""
    import sys

    cls = getattr(sys.modules.get(module) or errors, name, None) if name else None
    return cls if isinstance(cls, type) and issubclass(cls, QuoteDeskError) else QuoteDeskError


def run_in_process(job: Callable, args: tuple, state: TaskState, *, what: str, kept: str = "", poll: float = 0.1):
    """``job(*args, state)`` (a module-level function) in a child process; this thread relays
    progress and cancel, and returns its result or raises its error."""
    ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
    queue = ctx.Queue()
    cancel_event = ctx.Event()
    proc = ctx.Process(target=_child, name=f"quotedesk-{job.__name__}", daemon=True,
                       args=(job, args, queue, cancel_event))
    proc.start()
    try:
        while True:
            if state.cancelled:
                cancel_event.set()
            try:
                msg = queue.get(timeout=poll)
            except queue_module.Empty:
                if not proc.is_alive():
                    raise QuoteDeskError(f"{what} stopped unexpectedly (exit code {proc.exitcode}){kept}") from None
                continue
            kind = msg[0]
            if kind == "progress":
                state.progress(*msg[1:])
            elif kind == "done":
                return msg[1]
            elif kind == "cancelled":
                raise Cancelled("cancelled by the user")
            else:
                raise _error_class(msg[1], msg[2])(msg[3])
    finally:
        proc.join(timeout=10)
        if proc.is_alive():
            proc.terminate()
        queue.close()


def import_in_process(library_path: str | Path, paths: Sequence[str | Path], editor: str | None,
                      state: TaskState, *, poll: float = 0.1):
    """:func:`import_paths` in a child process; this thread relays progress and cancel."""
    return run_in_process(import_paths, (str(library_path), [str(p) for p in paths], editor), state,
                          what="the import", kept="; articles stored before it are kept", poll=poll)


def opened_ids(report) -> list[int]:
    """Articles an import added or found already there, in order: what "open" should show.

    Raises ``QuoteDeskError`` with the import's errors when it opened none.
    """
    ids = list(report.added)
    for d in report.duplicates:
        if d.article_id not in ids:
            ids.append(d.article_id)
    if not ids and report.errors:
        raise QuoteDeskError("\n".join(report_errors(report)))
    return ids


def report_errors(report) -> list[str]:
    """One line per file an import could not read."""
    return [e.message for e in report.errors]


def export(library_path: str | Path, fn, path: str | Path, options: dict, state: TaskState):
    library = open_library(library_path)
    try:
        return fn(library, Path(path), **options)
    finally:
        _close(library)


def retrain_in_process(library_path: str | Path, state: TaskState, *, poll: float = 0.1):
    """:func:`retrain` in a child process: spaCy parses the training articles there, so the GUI
    thread never waits for its GIL; this thread relays progress and cancel."""
    import importlib

    importlib.import_module("quotedesk.services.training")  # its TrainingError is re-raised here

    return run_in_process(retrain, (str(library_path),), state, what="retraining",
                          kept="; no model was stored", poll=poll)


def retrain(library_path: str | Path, state: TaskState):
    """``services.training.train`` on this thread's own connection; returns its ``TrainingReport``.

    Raises ``TrainingError`` when there is nothing to learn from yet, ``Cancelled`` when asked to
    stop (nothing is stored then).
    """
    from quotedesk.services.training import train

    library = open_library(library_path)
    try:
        return train(library, state=state)
    finally:
        _close(library)


def reanalyze_in_process(library_path: str | Path, editor: str, state: TaskState, *, poll: float = 0.1):
    """:func:`reanalyze` in a child process (spaCy parses there); this thread relays progress and cancel."""
    return run_in_process(reanalyze, (str(library_path), editor), state, what="re-analysing",
                          kept="; articles re-analysed before it are kept", poll=poll)


def reanalyze(library_path: str | Path, editor: str, state: TaskState):
    """``services.reanalysis.reanalyze`` on this thread's own connection; returns its report."""
    from quotedesk.services.reanalysis import reanalyze as run

    library = open_library(library_path)
    try:
        return run(library, editor=editor, state=state)
    finally:
        _close(library)


def _close(library) -> None:
    close = getattr(library, "close", None)
    if close is not None:
        try:
            close()
        except Exception:  # closing a connection must not hide the job's own result or error
            log.exception("closing the library failed")
