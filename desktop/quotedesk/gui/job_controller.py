"""One controller for the window's long work: imports, opening files, pasted text, retraining
and re-analysis (in the shape of Orange's ``ConcurrentWidgetMixin``).

A job is a :class:`JobSpec`: a function of a ``TaskState`` run on a worker thread (see
``gui.workers``; the functions in ``gui.jobs`` pass functions, not names, on to a child process),
the label shown while it runs, what to do with its result, and its messages when it is cancelled
or fails. :class:`JobController` runs one at a time, drives the status bar's progress bar and
Cancel button, and reports each end as ``finished(name, result)`` or ``failed(name, message)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.tasks import TaskState
from quotedesk.gui.workers import Task, TaskRunner

CANCELLED = "Cancelled; what was done before stays in the library."


@dataclass(frozen=True)
class JobSpec:
    name: str  # reported with the result: "import", "open", "paste", "retrain", …
    label: str  # in the progress bar and the status bar while it runs
    fn: Callable[[TaskState], Any]  # the work, on a worker thread
    on_done: Callable[[Any], None]  # its result, on the GUI thread, once the progress bar is gone
    cancelled: str = CANCELLED  # the status bar's message when the editor cancels it
    error_title: str = "The job failed"
    # An error the job explains itself: returns the message it showed, or None for the usual box.
    on_error: Callable[[BaseException], str | None] | None = None
    on_progress: Callable[[], None] | None = None  # after each progress update


class JobController(QObject):
    """Runs one :class:`JobSpec` at a time on ``runner``, with a progress bar and a Cancel button."""

    finished = Signal(str, object)  # job name, result (None when cancelled)
    failed = Signal(str, str)  # job name, message

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, *, show_error: Callable[[str, str], None],
                 after: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.status_bar = status_bar
        self.show_error = show_error
        self.after = after  # once a job has ended (the window reads what it stored)
        self.task: Task | None = None
        self.closing = False  # no dialogs while the window closes
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, spec: JobSpec) -> bool:
        """Run ``spec``; False (and a message) while another job runs."""
        if self.busy:
            self.status_bar.showMessage("Wait for the running job to finish, or cancel it.", 4000)
            return False
        self.progress.setRange(0, 0)
        self.progress.setFormat(spec.label)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status_bar.showMessage(spec.label)
        self.task = self.runner.start(
            spec.fn, name=spec.name, on_progress=lambda *p: self._progress(spec, *p),
            on_finished=lambda result: self._done(spec, result),
            on_failed=lambda error: self._failed(spec, error),
            on_cancelled=lambda: self._cancelled(spec),
        )
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_bar.showMessage("Cancelling…")

    def _progress(self, spec: JobSpec, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat("%v / %m")
        if message:
            self.status_bar.showMessage(message)
        if spec.on_progress is not None:
            spec.on_progress()

    def _end(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        if not self.closing:
            self.after()

    def _done(self, spec: JobSpec, result) -> None:
        self._end()
        spec.on_done(result)
        self.finished.emit(spec.name, result)

    def _failed(self, spec: JobSpec, error: BaseException) -> None:
        self._end()
        message = spec.on_error(error) if spec.on_error is not None else None
        if message is None:
            message = str(error) if isinstance(error, QuoteDeskError) else f"{type(error).__name__}: {error}"
            self.status_bar.showMessage(message, 10000)
            if not self.closing:
                self.show_error(spec.error_title, message)
        self.failed.emit(spec.name, message)

    def _cancelled(self, spec: JobSpec) -> None:
        self._end()
        self.status_bar.showMessage(spec.cancelled, 6000)
        self.finished.emit(spec.name, None)
