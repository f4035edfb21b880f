"""Long work never freezes the window (issue 13 item 10): a long article is analysed off the GUI
thread, its progress arrives by paragraphs, and the event loop keeps running all along."""

from __future__ import annotations

import re
import threading

from PySide6.QtCore import QTimer

from quotedesk.core.paths import sample_article
from quotedesk.gui import jobs
from quotedesk.services.importing import paragraphs
from tests.gui.conftest import ANALYSIS_TIMEOUT_MS

PARAGRAPH = re.compile(r"paragraph ([\d,]+) of ([\d,]+)")


def test_a_long_article_opens_with_paragraph_progress_while_the_window_keeps_running(
        window, qtbot, tmp_path, monkeypatch):
    sample = sample_article().read_text(encoding="utf-8").strip()
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([sample] * 30) + "\n", encoding="utf-8")  # ~150 kB: the parser takes three goes
    workers = []
    real = jobs.import_in_process
    monkeypatch.setattr(jobs, "import_in_process",
                        lambda *a, **k: workers.append(threading.get_ident()) or real(*a, **k))
    seen, ticks = [], []  # ticks: how many progress updates had arrived at each heartbeat
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(len(seen)))
    heartbeat.start(10)
    with qtbot.waitSignal(window.jobFinished, timeout=3 * ANALYSIS_TIMEOUT_MS,
                          check_params_cb=lambda name, ids: name == "open"):
        window.open_paths([str(path)])
        window._job.signals.progress.connect(
            lambda *_: seen.append((window.statusBar().currentMessage(), window.progress.value(),
                                    window.progress.maximum())))
    heartbeat.stop()

    assert workers and workers[0] != threading.get_ident()  # analysed by a child process, relayed by a worker
    parsed = [(i, PARAGRAPH.search(message), value, maximum) for i, (message, value, maximum) in enumerate(seen)
              if PARAGRAPH.search(message)]
    assert len(parsed) >= 2, seen  # progress by paragraphs, not one busy bar per article
    counts = [int(m.group(1).replace(",", "")) for _, m, _, _ in parsed]
    assert counts == sorted(counts) and counts[0] < counts[-1]
    assert {maximum for *_, maximum in parsed} == {paragraphs(path.read_text(encoding="utf-8"))}
    # The heartbeat ticked between the first and the last paragraph update: the GUI thread ran on.
    first, last = parsed[0][0], parsed[-1][0]
    assert any(first < n <= last for n in ticks)
    assert window.article is not None and window.article.title == "Kerry: Coalition Halts Islamic State Momentum"
