"""Long work and the window: event-loop stalls and the import worker's memory, printed as figures.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/long_work_bench.py [--open-mb 1] [--import-mb 5]

1. Opens a long article (the sample article end to end, ``--open-mb``) in the real window as
   File → Open does: analysed in a child process, then shown. A 10 ms QTimer heartbeat gives the
   longest stall of the GUI thread while the child works and while the article is shown.
2. Imports a longer one (``--import-mb``) as the window's import does (``jobs.import_in_process``)
   and prints its time, its progress (paragraph N of M) and the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import tempfile
import time
from pathlib import Path

from quotedesk.core.paths import sample_article
from quotedesk.core.tasks import TaskState


def article(path: Path, megabytes: float) -> Path:
    sample = sample_article().read_text(encoding="utf-8").strip()
    n = int(megabytes * 1024 * 1024)
    text = "\n\n".join([sample] * (n // len(sample) + 1))[:n]
    path.write_text(text[: text.rfind("\n\n")] + "\n", encoding="utf-8")
    return path


def open_in_window(folder: Path, megabytes: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from quotedesk.gui.main_window import MainWindow
    from quotedesk.gui.settings import open_settings
    from quotedesk.store import Library

    app = QApplication.instance() or QApplication([])
    path = article(folder / "open.txt", megabytes)
    library = Library.open(folder / "open.sqlite")
    window = MainWindow(library, library_path=folder / "open.sqlite", settings=open_settings(folder / "s.ini"),
                        load_model=False, first_run_sample=False)
    window.resize(1320, 860)
    window.show()
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start(10)
    loop = QEventLoop()
    shown: list[float] = []
    window.articleOpened.connect(lambda _id: shown.append(time.perf_counter()))
    window.jobFinished.connect(lambda *_: loop.quit())
    started = time.perf_counter()
    window.open_paths([str(path)])
    loop.exec()
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    heartbeat.stop()

    def longest(a: float, b: float) -> float:
        inside = [t for t in ticks if a <= t <= b]
        return max((y - x for x, y in zip(inside, inside[1:])), default=b - a)

    [opened] = shown
    during_job = longest(started, opened)
    showing = max((y - x for x, y in zip(ticks, ticks[1:]) if x <= opened <= y), default=0.0)
    n_quotes = len(window.quote_panel.model.records())
    print(f"open {path.stat().st_size / 1e6:.2f} MB ({n_quotes:,} quotes): {opened - started:.1f} s in all; "
          f"longest GUI stall while the child analysed {during_job * 1000:.0f} ms, "
          f"while the article was shown {showing * 1000:.0f} ms")
    window.close()
    library.close()


class _Progress(TaskState):
    def __init__(self) -> None:
        super().__init__()
        self.events = 0
        self.last = ""

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        self.events += 1
        if re.search(r"paragraph [\d,]+ of", message):
            self.last = message


def import_big(folder: Path, megabytes: float) -> None:
    from quotedesk.gui import jobs
    from quotedesk.store import Library

    path = article(folder / "import.txt", megabytes)
    Library.open(folder / "import.sqlite").close()
    state = _Progress()
    started = time.perf_counter()
    report = jobs.import_in_process(folder / "import.sqlite", [path], "bench", state)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"import {path.stat().st_size / 1e6:.2f} MB: {report.summary()} in {seconds:.0f} s; "
          f"{state.events} progress events, the last '{state.last}'; child's peak RSS {peak:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open-mb", type=float, default=1.0)
    parser.add_argument("--import-mb", type=float, default=5.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.import_mb:
            import_big(Path(tmp), args.import_mb)  # first: RUSAGE_CHILDREN is then this child's alone
        if args.open_mb:
            open_in_window(Path(tmp), args.open_mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
