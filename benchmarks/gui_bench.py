"""Desktop app benchmark: start-up, opening articles, and GUI responsiveness during an import.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_bench.py [--articles 100]

Prints
  * launch → usable window: a fresh process (``python -m quotedesk.gui``) until its first
    event-loop turn after ``show()``, and until the spaCy model is loaded in the background;
  * opening a ~1,000-word and a ~20,000-word article with every quote highlighted (warm: the
    article was opened once before; the median of several opens);
  * the time a key takes on the long article (J: next quote, V: verify and move on);
  * what following another process costs: a poll of the library with nothing new (every
    ``LIBRARY_POLL_MS``), and showing a quote of the open long article changed elsewhere;
  * the longest the event loop is blocked while 100 articles are imported (the engine runs in a
    child process, a worker thread relays its progress), measured with a 5 ms QTimer heartbeat
    against the same heartbeat with nothing running (goal: under 100 ms).

Everything runs in a temporary folder; the user's library and settings are never touched.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quotedesk.core import paths  # noqa: E402

HEARTBEAT_MS = 5


def startup(work: Path, runs: int) -> tuple[float, float]:
    """Median ms from process launch to a usable window, and to the model being loaded."""
    to_window, to_model = [], []
    for i in range(runs):
        lib = work / f"startup-{i}.sqlite"
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-m", "quotedesk.gui", "--library", str(lib), "--settings", str(work / f"s{i}.ini"),
             "--no-sample", "--quit", "--ready-probe"],
            capture_output=True, text=True, timeout=300,
        )
        if proc.returncode != 0:
            raise SystemExit(f"the app failed to start:\n{proc.stderr[-2000:]}")
        marks = dict(line.split() for line in proc.stdout.splitlines() if line.startswith(("ready", "model")))
        to_window.append((float(marks["ready"]) - t0) * 1000)
        to_model.append((float(marks["model"]) - t0) * 1000)
    return statistics.median(to_window), statistics.median(to_model)


def article_of(words: int, sample: str) -> str:
    """A long article made of the sample's paragraphs, renumbered so no two copies are equal."""
    paras = [p for p in sample.split("\n\n") if p.strip()][4:-2]
    out, n, k = [], 0, 0
    while n < words:
        p = paras[k % len(paras)]
        if k % len(paras) == 0:
            p = f"Part {k // len(paras) + 1}. " + p
        out.append(p)
        n += len(p.split())
        k += 1
    return "\n\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--startup-runs", type=int, default=3)
    parser.add_argument("--trace-blocks", metavar="FILE",
                        help="write every thread's stack to FILE whenever the GUI thread is blocked > 100 ms")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from quotedesk.engine import ENGINE_VERSION, analyze_document, load_nlp
    from quotedesk.gui.main_window import LIBRARY_POLL_MS, MainWindow
    from quotedesk.gui.settings import open_settings
    from quotedesk.ingest import ArticleInput
    from quotedesk.services.importing import drop_chrome
    from quotedesk.store import Library

    with tempfile.TemporaryDirectory(prefix="quotedesk-bench-") as tmp:
        work = Path(tmp)
        win_ms, model_ms = startup(work, args.startup_runs)
        print(f"launch → usable window:            {win_ms:7.0f} ms  (median of {args.startup_runs} launches)")
        print(f"launch → spaCy model loaded:       {model_ms:7.0f} ms  (in the background; window usable before)")

        app = QApplication.instance() or QApplication([])
        lib_path = work / "bench.sqlite"
        library = Library.open(lib_path)
        window = MainWindow(library, library_path=lib_path, settings=open_settings(work / "bench.ini"),
                            first_run_sample=False)
        window.resize(1320, 860)
        window.show()
        ready = QEventLoop()
        window.modelReady.connect(ready.quit)
        if not window.model_loaded:
            ready.exec()  # the model loads in the background, as in the app
        load_nlp()  # cached: the same pipeline
        sample = paths.sample_article().read_text(encoding="utf-8")
        for words in (1_000, 20_000):
            text = article_of(words, sample)
            analysis = drop_chrome(analyze_document(text))
            rec = library.add_article(ArticleInput(id=f"w{words}", text=text, title=f"{words} words"), analysis,
                                      model_version=ENGINE_VERSION)
            window.open_article(rec.id)  # cold
            times = []
            for _ in range(5):
                window.open_article(next(a.id for a in library.articles() if a.id != rec.id) if False else rec.id)
                t = time.perf_counter()
                window.open_article(rec.id)
                app.processEvents()  # lay out and paint what the open changed
                window.view.viewport().repaint()
                times.append((time.perf_counter() - t) * 1000)
            n_words = len(text.split())
            print(f"open {n_words:6,}-word article ({len(analysis.quotes):3} quotes, warm): "
                  f"{statistics.median(times):7.1f} ms")
        # Keyboard work on the long article: next quote (J), verify and move on (V).
        for label, action in (("J (next quote)", lambda: window.step_quote(1)), ("V (verify, next)", window.verify_quote)):
            keys = []
            for _ in range(15):
                t = time.perf_counter()
                action()
                app.processEvents()
                keys.append((time.perf_counter() - t) * 1000)
            print(f"  on it, {label:17}: {statistics.median(keys):5.1f} ms a key (median of 15)")
        # Another connection changes a quote of the open long article; the window's poll shows it.
        follow, idle_poll = [], []
        with Library.open(lib_path) as other:
            for row in range(15):
                other.set_status(window.quote_panel.model.record(row).id, "rejected", editor="bench")
                t = time.perf_counter()
                window._poll_library()
                app.processEvents()
                follow.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                window._poll_library()
                idle_poll.append((time.perf_counter() - t) * 1000)
        print(f"a poll with nothing new:            {statistics.median(idle_poll):7.2f} ms  (every {LIBRARY_POLL_MS} ms)")
        print(f"  a quote of the open article changed elsewhere, shown: {statistics.median(follow):5.1f} ms "
              "(median of 15; sidebar, queue and article)")

        # Import: a folder of distinct articles on the worker thread, heartbeat on the GUI thread.
        folder = work / "import"
        folder.mkdir()
        paras = [p for p in sample.split("\n\n") if p.strip()]
        for i in range(args.articles):
            body = "\n\n".join(paras[4:-2][(i % 7):] + paras[4:-2][: (i % 7)])
            (folder / f"article-{i:03}.txt").write_text(f"Bench story number {i}\n\n{body}\n\nRef {i}.\n",
                                                        encoding="utf-8")
        trace = open(args.trace_blocks, "w") if args.trace_blocks else None  # noqa: SIM115

        def heartbeat_gaps(run) -> list[float]:
            """Gaps between 5 ms heartbeats on the GUI thread while ``run(loop)`` is going on."""
            gaps: list[float] = []
            clock = QElapsedTimer()
            beat = QTimer()
            beat.setInterval(HEARTBEAT_MS)
            last = [0]

            def tick():
                now = clock.elapsed()
                gaps.append(now - last[0])
                last[0] = now
                if trace is not None:
                    faulthandler.dump_traceback_later(0.1, exit=False, file=trace)

            beat.timeout.connect(tick)
            loop = QEventLoop()
            clock.start()
            beat.start()
            run(loop)
            loop.exec()
            beat.stop()
            if trace is not None:
                faulthandler.cancel_dump_traceback_later()
            return gaps[1:] or [0]

        def describe(gaps: list[float]) -> str:
            p99 = sorted(gaps)[int(0.99 * (len(gaps) - 1))]
            return f"at most {max(gaps):.0f} ms (p99 {p99:.0f} ms, {len(gaps)} heartbeats)"

        # The same heartbeat with nothing running: what the machine itself costs.
        idle = heartbeat_gaps(lambda loop: QTimer.singleShot(5000, loop.quit))
        result = {}

        def start_import(loop):
            window.jobFinished.connect(lambda name, report: (result.setdefault("report", report), loop.quit()))
            window.jobFailed.connect(lambda n, m: (result.setdefault("error", m), loop.quit()))
            result["t"] = time.perf_counter()
            window.import_paths([folder])

        busy = heartbeat_gaps(start_import)
        seconds = time.perf_counter() - result["t"]
        if "error" in result:
            raise SystemExit(f"import failed: {result['error']}")
        report = result["report"]
        verdict = "OK" if max(busy) < 100 else "OVER GOAL"
        print(f"import {len(report.added)} articles (engine in a child process): {seconds:.1f} s")
        print(f"  event loop blocked during the import: {describe(busy)} — goal < 100 ms: {verdict}")
        print(f"  same heartbeat, idle, for comparison: {describe(idle)}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"  ({os.cpu_count()} CPUs, load average {load:.1f} while measuring)")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
