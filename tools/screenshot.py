#!/usr/bin/env python3
"""Takes the README screenshot from the real window: the sample article, analysed and highlighted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py [OUT.png]

Runs the app's own first-run path (fresh library, sample imported and opened) in a temporary
folder, moves to the third quote and searches for "Abadi", then grabs the window to
``docs/screenshot.png``. Never touches the user's library or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TOP = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1400, 900


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else TOP / "docs" / "screenshot.png"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from quotedesk.gui.app import load_style
    from quotedesk.gui.main_window import MainWindow
    from quotedesk.gui.settings import open_settings
    from quotedesk.store import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("QuoteDesk")
    load_style(app)
    with tempfile.TemporaryDirectory(prefix="quotedesk-shot-") as tmp:
        lib_path = Path(tmp) / "library.sqlite"
        library = Library.open(lib_path)
        window = MainWindow(library, library_path=lib_path, settings=open_settings(Path(tmp) / "s.ini"),
                            first_run_sample=False)
        window.resize(WIDTH, HEIGHT)
        window.show()
        loop = QEventLoop()
        result = {}
        window.jobFinished.connect(lambda name, ids: (result.setdefault("ids", ids), loop.quit()))
        window.jobFailed.connect(lambda name, msg: (result.setdefault("error", msg), loop.quit()))
        QTimer.singleShot(120_000, loop.quit)
        window._start(True)  # the first-run path: import the sample and open it
        loop.exec()
        if not result.get("ids"):
            print(f"screenshot: the sample was not analysed: {result.get('error', 'timed out')}", file=sys.stderr)
            return 1
        window.splitter.setSizes([240, 700, 460])
        window.resizeDocks([window.search_dock], [200], __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Vertical)
        for _ in range(2):
            window.step_quote(1)
        window.search_panel.speaker_edit.setText("Abadi")
        window.search_panel._fire_now()
        window.view.setFocus()
        for _ in range(5):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            print(f"screenshot: cannot write {out}", file=sys.stderr)
            return 1
        print(f"screenshot: {out} ({WIDTH}x{HEIGHT}, {len(window.quote_panel.model.records())} quotes)")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
