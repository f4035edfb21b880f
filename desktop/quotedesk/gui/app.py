"""Starting the desktop app: ``python -m quotedesk.gui`` / ``quotedesk-app`` / ``./run-app``.

The window is shown before spaCy is even imported; the model loads on a worker thread with its
progress in the status bar. ``--open FILE --dump-quotes OUT.json --quit`` is the headless
self-check the packaged app is tested with: it opens FILE in the real window, waits for the
analysis, writes the quotes shown as JSON and exits 0 (1 on any failure).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from quotedesk import __version__
from quotedesk.core import paths
from quotedesk.core.errors import ForeignSchemaError, QuoteDeskError

log = logging.getLogger("quotedesk.gui")

STARTED = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quotedesk-app", description="QuoteDesk desktop app.")
    p.add_argument("--version", action="version", version=f"QuoteDesk {__version__}")
    p.add_argument("--library", metavar="PATH", help="library file (default: preferences, "
                   f"${paths.LIBRARY_ENV}, or the user data folder)")
    p.add_argument("--settings", metavar="INI", help="settings file (default: the per-user one)")
    p.add_argument("--open", metavar="FILE", help="analyse FILE and show it")
    p.add_argument("--dump-quotes", metavar="OUT", help="with --open: write the quotes shown as JSON")
    p.add_argument("--quit", action="store_true", help="exit once --open is shown (or the model is loaded)")
    p.add_argument("--no-sample", action="store_true", help="do not import the sample into an empty library")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds before --quit gives up (default 600)")
    p.add_argument("--ready-probe", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("-v", "--verbose", action="store_true", help="log details")
    return p


def setup_logging(library_path: Path, *, verbose: bool, create: bool = True) -> Path | None:
    """Log to stderr and to ``quotedesk.log`` next to the library (creating its folder only with ``create``)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    err = logging.StreamHandler()
    err.setFormatter(fmt)
    err.setLevel(logging.INFO if verbose else logging.WARNING)
    root.addHandler(err)
    try:
        log_path = library_path.parent / "quotedesk.log"
        if create:
            log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_path, encoding="utf-8")
        handler.setFormatter(fmt)
        handler.setLevel(logging.INFO)
        root.addHandler(handler)
        logging.getLogger("quotedesk").setLevel(logging.INFO)
        return log_path
    except OSError:
        return None


def install_excepthook(parent_getter) -> None:
    """One hook for uncaught exceptions on the GUI thread: log them and show a dialog."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    showing = []

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", text)
        if showing:  # one dialog at a time; the rest are in the log
            return
        parent = parent_getter()
        box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                          str(exc) if isinstance(exc, QuoteDeskError) else
                          f"QuoteDesk hit an unexpected error: {exc_type.__name__}: {exc}",
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("crashBox")
        box.setInformativeText("Your corrections so far are saved in the library. Details are in the log.")
        box.setDetailedText(text)
        box.finished.connect(lambda _r: showing.clear())
        showing.append(box)
        box.open()

    sys.excepthook = hook


def resolve_library(args, prefs) -> tuple[Path, bool]:
    """Flag > environment > preferences > the platform's data folder; and whether to create it.

    A missing library is created, except at a path saved in Preferences: that one was there
    before (a drive not mounted, a file moved), and the start-up dialog asks what to do.
    """
    if args.library:
        return paths.default_library(args.library), True
    if os.environ.get(paths.LIBRARY_ENV):
        return paths.default_library(), True
    if prefs.library_path:
        return Path(prefs.library_path).expanduser(), False
    return paths.default_library(), True


def open_or_choose(library_path: Path, *, create: bool, prefs, headless: bool):
    """The library to work on and its path: the given one, or what the user chooses instead.

    A library that cannot be opened gets the start-up dialog (restore a backup, open another,
    create a new one, or quit); a choice is remembered in Preferences. ``(None, path)`` means
    quit (headless: the error is printed).
    """
    from PySide6.QtWidgets import QDialog

    from quotedesk.gui.backups import StartupDialog, open_library

    try:
        return open_library(library_path, create=create), library_path
    except QuoteDeskError as e:
        log.error("cannot open the library: %s", e)
        if headless:
            print(f"quotedesk-app: {e}", file=sys.stderr)
            return None, library_path
        problem, foreign = str(e), isinstance(e, ForeignSchemaError)
    dialog = StartupDialog(library_path, problem, foreign=foreign)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, library_path
    prefs.library_path = str(dialog.library_path)
    prefs.sync()
    return dialog.library, dialog.library_path


def load_style(app) -> None:
    from PySide6.QtGui import QIcon

    icon = paths.resource("icons", "quotedesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = paths.resource("style", "quotedesk.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def dump_quotes(window, out: Path) -> None:
    """The quotes the window shows, as JSON: what the packaged self-check compares."""
    article = window.article
    quotes = [
        {"content": q.content, "start": q.start, "end": q.end, "speaker": q.speaker, "status": q.status}
        for q in window.quote_panel.model.records()
    ]
    data = {
        "article_id": article.id if article else None,
        "title": article.title if article else None,
        "highlighted": len(window.view.extraSelections()),
        "quotes": quotes,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.dump_quotes and not args.open:
        print("quotedesk-app: --dump-quotes needs --open FILE", file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from quotedesk.gui.settings import Preferences, open_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.quotedesk.QuoteDesk")
    load_style(app)

    settings = open_settings(args.settings)
    prefs = Preferences(settings)
    library_path, create = resolve_library(args, prefs)
    setup_logging(library_path, verbose=args.verbose, create=create)
    from quotedesk.gui import _refcount_guard

    if _refcount_guard.message:
        log.info("%s", _refcount_guard.message)
    headless = bool(args.quit)

    library, library_path = open_or_choose(library_path, create=create, prefs=prefs, headless=headless)
    if library is None:
        return 1 if headless else 0

    from quotedesk.gui import jobs
    from quotedesk.gui.main_window import MainWindow

    window = MainWindow(library, library_path=library_path, settings=settings,
                        first_run_sample=not (args.no_sample or args.open))
    install_excepthook(lambda: window)
    window.show()
    log.info("window shown after %.0f ms", (time.perf_counter() - STARTED) * 1000)
    window.runner.start(functools.partial(jobs.backup_on_open, str(library_path)), name="backup", serial=False,
                        on_finished=lambda warning: warning and window.statusBar().showMessage(warning, 15000))

    status = {"code": 0}

    def finish(code: int) -> None:
        status["code"] = code
        window.close()
        app.exit(code)

    if args.open:
        def opened(name, ids):
            if name != "selfcheck":
                return
            if not ids:
                print(f"quotedesk-app: {args.open}: no article opened", file=sys.stderr)
                finish(1)
                return
            if args.dump_quotes:
                dump_quotes(window, Path(args.dump_quotes))
            if args.quit:
                finish(0)

        def failed(name, message):
            if name == "selfcheck":
                print(f"quotedesk-app: {message}", file=sys.stderr)
                if args.quit:
                    finish(1)

        window.jobFinished.connect(opened)
        window.jobFailed.connect(failed)
        window.open_paths([args.open], name="selfcheck")
    elif args.quit:
        # Exit once the model is loaded and the first-run sample (if any) is shown.
        def maybe_finish(*_):
            if window.model_loaded and window.job_control.task is None:
                QTimer.singleShot(0, lambda: finish(0))

        window.modelReady.connect(maybe_finish)
        window.jobFinished.connect(maybe_finish)
        window.jobFailed.connect(lambda *_: finish(1))

    if args.ready_probe:
        # For benchmarks: the wall-clock time at the first event-loop turn after show().
        QTimer.singleShot(0, lambda: print(f"ready {time.time():.6f}", flush=True))
        window.modelReady.connect(lambda _l: print(f"model {time.time():.6f}", flush=True))

    if args.quit:
        def give_up():
            print(f"quotedesk-app: gave up after {args.timeout:.0f} s", file=sys.stderr)
            finish(1)

        QTimer.singleShot(int(args.timeout * 1000), give_up)

    code = app.exec()
    close = getattr(library, "close", None)
    if close:
        close()
    return status["code"] or code


if __name__ == "__main__":
    sys.exit(main())
