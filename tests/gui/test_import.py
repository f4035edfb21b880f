"""Importing on a worker thread: progress, a broken file reported, the library checked after."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quotedesk.core import paths

from .conftest import make_window

ARTICLE = '"{n} is the number," said Mayor Jane Doe of Springfield on Monday.\n\n"We are ready," she added.\n'


def _folder(tmp_path, n_good=3):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(n_good):
        (folder / f"good-{i}.txt").write_text(f"Story number {i}\n\n" + ARTICLE.format(n=i), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 8)
    return folder


def test_import_a_folder_with_one_broken_file(qtbot, library, library_path, settings, tmp_path):
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.show()
    folder = _folder(tmp_path)
    progress = []
    with qtbot.waitSignal(window.jobFinished, timeout=60_000) as blocker:
        window.import_paths([folder])
        assert window.job_control.progress.isVisible() and window.job_control.cancel_button.isVisible()
        window.job_control.task.signals.progress.connect(lambda *a: progress.append(a))
    name, report = blocker.args
    assert name == "import"
    assert len(report.added) == 3
    assert [e.source for e in report.errors] == [str(folder / "broken.txt")]
    # The library afterwards: three articles, each with its two quotes, nothing from the broken file.
    articles = library.articles()
    assert sorted(a.title for a in articles) == ["Story number 0", "Story number 1", "Story number 2"]
    assert all(a.n_quotes == 2 for a in articles)
    assert {q.speaker for a in articles for q in library.quotes(a.id)} == {"Jane Doe"}
    # The window says so: sidebar, an article open, and the broken file named in a dialog.
    assert window.sidebar.model.rowCount() == 3
    assert window.article is not None
    box = window.import_errors_box
    assert box.isVisible() and "broken.txt" in box.informativeText()
    box.done(QMessageBox.StandardButton.Ok)
    assert not window.job_control.progress.isVisible()
    assert progress, "progress reached the GUI thread"


def test_import_can_be_cancelled(qtbot, library, library_path, settings, tmp_path):
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.show()
    folder = _folder(tmp_path, n_good=40)
    with qtbot.waitSignal(window.jobFinished, timeout=60_000):
        window.import_paths([folder])
        qtbot.mouseClick(window.job_control.cancel_button, Qt.MouseButton.LeftButton)
    assert window.job_control.task is None and not window.job_control.cancel_button.isVisible()
    assert len(library.articles()) < 40  # stopped early; what was stored is complete
    for a in library.articles():
        assert a.n_quotes == 2


def test_headless_self_check_dumps_the_quotes_shown(tmp_path):
    out = tmp_path / "quotes.json"
    env_code = (
        "import sys; from quotedesk.gui.app import main; sys.exit(main())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", env_code, "--library", str(tmp_path / "lib.sqlite"),
         "--settings", str(tmp_path / "s.ini"), "--open", str(paths.sample_article()),
         "--dump-quotes", str(out), "--quit", "--timeout", "120"],
        capture_output=True, text=True, timeout=180,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["quotes"]) == 14
    assert data["quotes"][0]["speaker"] == "John Kerry"
    assert set(data["quotes"][0]) >= {"content", "start", "end", "speaker", "status"}


def test_headless_self_check_fails_on_a_broken_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00binary")
    proc = subprocess.run(
        [sys.executable, "-m", "quotedesk.gui", "--library", str(tmp_path / "lib.sqlite"),
         "--settings", str(tmp_path / "s.ini"), "--open", str(bad), "--dump-quotes",
         str(tmp_path / "q.json"), "--quit", "--timeout", "120"],
        capture_output=True, text=True, timeout=180,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode != 0
    assert "binary" in proc.stderr
    assert not (tmp_path / "q.json").exists()


def test_a_library_that_is_not_sqlite_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database\n" * 10, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "quotedesk.gui", "--library", str(bad), "--settings", str(tmp_path / "s.ini"),
         "--quit", "--timeout", "60"],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 1
    assert "not a QuoteDesk library" in proc.stderr
    assert bad.read_text(encoding="utf-8").startswith("these are my notes")  # left untouched


def test_opening_a_long_file_analyses_it_in_a_child_process(qtbot, library, library_path, settings, tmp_path,
                                                            monkeypatch):
    from quotedesk.gui import jobs

    used = []
    real = jobs.import_in_process
    monkeypatch.setattr(jobs, "import_in_process", lambda *a, **k: used.append(1) or real(*a, **k))
    long = tmp_path / "long.txt"
    long.write_text("A long story number one\n\n" + "\n\n".join(ARTICLE.format(n=i) for i in range(800)),
                    encoding="utf-8")
    assert long.stat().st_size > 64 * 1024
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.show()
    with qtbot.waitSignal(window.jobFinished, timeout=120_000):
        window.open_paths([long])
    assert used and window.article is not None
    assert len(window.quote_panel.model.records()) == 1600
    window.close()
