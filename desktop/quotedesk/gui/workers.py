"""Running long work off the GUI thread.

Long work is a plain function ``fn(state) -> result`` taking a :class:`TaskState`
(see ``quotedesk.core.tasks``). :class:`TaskRunner` runs it on a worker thread with a
:class:`QtTaskState` whose progress arrives on the GUI thread as a signal; the result, the
error or the cancellation arrive the same way. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from quotedesk.core.errors import Cancelled
from quotedesk.core.tasks import TaskState

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress signals, so a fast loop cannot flood the GUI


class TaskSignals(QObject):
    """Signals of one task; created on the GUI thread so its slots run there."""

    progress = Signal(int, int, str)  # done, total (-1 when unknown), message
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three above


class QtTaskState(TaskState):
    """A :class:`TaskState` that forwards progress as a Qt signal (throttled)."""

    def __init__(self, signals: TaskSignals | None = None) -> None:
        super().__init__()
        self.signals = signals or TaskSignals()
        self._last = 0.0

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        now = time.monotonic()
        final = total is not None and done >= total
        if final or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self.signals.progress.emit(int(done), -1 if total is None else int(total), message)


class Task(QRunnable):
    """One call of ``fn(state)`` on a pool thread."""

    def __init__(self, fn: Callable[[TaskState], Any], state: QtTaskState, name: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until it is done
        self.fn = fn
        self.state = state
        self.name = name

    @property
    def signals(self) -> TaskSignals:
        return self.state.signals

    def cancel(self) -> None:
        self.state.cancel()

    def run(self) -> None:
        signals = self.state.signals
        try:
            result = self.fn(self.state)
        except Cancelled:
            log.info("%s: cancelled", self.name)
            signals.cancelled.emit()
        except BaseException as e:  # reported to the GUI thread, which shows it
            log.exception("%s failed", self.name)
            signals.failed.emit(e)
        else:
            signals.finished.emit(result)
        signals.done.emit()


class TaskRunner(QObject):
    """Runs tasks on worker threads; ``serial`` ones one at a time, in order.

    Engine work (loading the spaCy model, analysing, importing) goes to the serial pool so the
    model is loaded once and jobs do not compete for it.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(2)
        self._tasks: set[Task] = set()

    def start(self, fn: Callable[[TaskState], Any], *, name: str = "task", serial: bool = True,
              on_finished: Callable[[Any], None] | None = None,
              on_failed: Callable[[BaseException], None] | None = None,
              on_cancelled: Callable[[], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None) -> Task:
        task = Task(fn, QtTaskState(TaskSignals(self)), name)
        sig = task.signals
        if on_progress:
            sig.progress.connect(on_progress)
        if on_finished:
            sig.finished.connect(on_finished)
        if on_failed:
            sig.failed.connect(on_failed)
        if on_cancelled:
            sig.cancelled.connect(on_cancelled)
        sig.done.connect(lambda: self._tasks.discard(task))
        self._tasks.add(task)
        (self._serial if serial else self._parallel).start(task)
        return task

    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        ok = self._serial.waitForDone(msecs)
        return self._parallel.waitForDone(msecs) and ok
