"""Progress and cancellation for long work, free of any GUI.

Long operations are plain functions taking ``state: TaskState``; the GUI runs them on a worker
thread with a subclass that forwards progress as signals, tests call them directly.
"""

from __future__ import annotations

import threading

from quotedesk.core.errors import Cancelled


class TaskState:
    """Receives progress from long work and tells it when to stop."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._cancel.is_set():
            raise Cancelled("cancelled by the user")

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        """Called by the work as it advances; override to show it."""
