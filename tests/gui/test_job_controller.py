"""One controller runs the window's long work from job specs (issue 13 item 12): one job at a
time, its label while it runs, its result to its ``on_done``, its own messages when it fails or
is cancelled; and a child process runs the function it is given, from any module."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quotedesk.core.errors import InputError, QuoteDeskError
from quotedesk.core.tasks import TaskState
from quotedesk.gui import jobs
from quotedesk.gui.job_controller import JobSpec
from quotedesk.services.importing import paragraphs


def paragraphs_in(path: str, state: TaskState) -> tuple[int, int]:
    """A job defined outside ``gui.jobs``: the child process imports it from this module."""
    state.progress(0, 1, f"reading {path}")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    return os.getpid(), paragraphs(text)


def test_a_child_process_runs_the_function_it_is_given(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("One.\n\nTwo.\n", encoding="utf-8")
    seen = []
    state = TaskState()
    state.progress = lambda done, total=None, message="": seen.append(message)
    pid, count = jobs.run_in_process(paragraphs_in, (str(path),), state, what="counting")
    assert pid != os.getpid() and count == 2
    assert seen == [f"reading {path}"]  # progress came up from the child
    with pytest.raises(InputError, match="no such file"):  # its error, as the same class
        jobs.run_in_process(paragraphs_in, (str(tmp_path / "missing.txt"),), TaskState(), what="counting")


def test_one_job_at_a_time_with_its_own_label_result_and_messages(window, qtbot):
    control = window.job_control
    gate = threading.Event()

    def wait_for_gate(state):
        while not gate.wait(0.01):
            state.check()
        return 7

    done = []
    assert control.start(JobSpec("count", "Counting the quotes…", wait_for_gate, done.append))
    assert control.progress.isVisible() and control.cancel_button.isVisible()
    assert window.statusBar().currentMessage() == "Counting the quotes…"
    # A second job waits for the first: refused, and the editor is told why.
    assert not control.start(JobSpec("other", "Other…", lambda state: None, done.append))
    assert "Wait for the running job" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.jobFinished, timeout=10_000) as finished:
        gate.set()
    assert finished.args == ["count", 7] and done == [7]
    assert not control.progress.isVisible() and control.task is None

    def fail(state):
        raise QuoteDeskError("the file is not an article")

    with qtbot.waitSignal(window.jobFailed, timeout=10_000) as failed:
        control.start(JobSpec("bad", "Opening…", fail, done.append, error_title="The article was not opened"))
    assert failed.args == ["bad", "the file is not an article"] and done == [7]
    qtbot.waitUntil(lambda: window.error_box.isVisible())
    assert window.error_box.windowTitle() == "The article was not opened"
    assert window.error_box.text() == "the file is not an article"
    window.error_box.close()

    gate.clear()
    control.start(JobSpec("slow", "Waiting…", wait_for_gate, done.append, cancelled="Stopped; nothing was kept."))
    with qtbot.waitSignal(window.jobFinished, timeout=10_000) as finished:
        qtbot.mouseClick(control.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["slow", None] and done == [7]
    assert window.statusBar().currentMessage() == "Stopped; nothing was kept."
