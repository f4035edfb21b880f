"""The window follows what other connections and processes commit to its library.

Imports, retraining and re-analysis run in child processes, and another window or the CLI may
write the same library file: the window polls ``PRAGMA data_version`` and shows their work
without a restart, keeping the editor's place (open article, current quote, scroll, filters,
undo). Every library here is a real SQLite file in the test's folder, every article analysed by
the real engine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint

import quotedesk
from quotedesk.gui.models import ArticleIdRole, IdRole
from quotedesk.services import import_paths

from .conftest import make_window

REFRESH_TIMEOUT_MS = 10_000
JOB_TIMEOUT_MS = 120_000
PARAGRAPH = '"Point {i} is settled," said Mayor Jane Doe of Springfield on Monday.\n\n{filler}\n\n'
FILLER = "The council met in the old hall and talked about roads, schools and the budget for a long time. " * 3


def _write_articles(folder: Path, titles, *, paragraphs: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, title in enumerate(titles):
        body = "".join(PARAGRAPH.format(i=f"{title} {i}", filler=FILLER) for i in range(paragraphs))
        (folder / f"{n:02d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
    return folder


def _window(qtbot, library, library_path, settings, tmp_path, *, paragraphs: int = 2):
    """The window on a library of two articles, the older one open (and the editor's place in it)."""
    report = import_paths(library_path, [_write_articles(tmp_path / "first", ["Alpha story", "Beta story"],
                                                         paragraphs=paragraphs)])
    assert len(report.added) == 2
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.show()
    qtbot.waitExposed(window)
    window.open_article(report.added[0])
    return window


def _titles(window) -> list[str]:
    model = window.sidebar.model
    return [model.summary(r).title for r in range(model.rowCount())]


def _run_elsewhere(library_path: Path, code: str) -> None:
    """``code`` in another Python process, ``lib`` being its own connection to the library."""
    script = f"from quotedesk.store import Library\nwith Library.open({str(library_path)!r}) as lib:\n" + "".join(
        f"    {line}\n" for line in code.strip().splitlines())
    proc = subprocess.run([sys.executable, "-c", script], env=_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(Path(quotedesk.__file__).resolve().parents[1])}


def test_articles_added_by_another_connection_or_process_appear_without_restart(
        qtbot, library, library_path, settings, tmp_path):
    window = _window(qtbot, library, library_path, settings, tmp_path)
    open_id = window.article.id
    second = window.quote_panel.visible_ids()[1]
    window.select_quote(second)

    # Another connection in this process (as the window's own jobs and another window have).
    import_paths(library_path, [_write_articles(tmp_path / "second", ["Gamma story"])])
    qtbot.waitUntil(lambda: "Gamma story" in _titles(window), timeout=REFRESH_TIMEOUT_MS)

    # Another process: the command-line import.
    folder = _write_articles(tmp_path / "third", ["Delta story", "Epsilon story"])
    proc = subprocess.run([sys.executable, "-m", "quotedesk.cli", "import", "--library", str(library_path),
                           str(folder)], env=_env(), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    qtbot.waitUntil(lambda: {"Delta story", "Epsilon story"} <= set(_titles(window)), timeout=REFRESH_TIMEOUT_MS)

    assert sorted(_titles(window)) == ["Alpha story", "Beta story", "Delta story", "Epsilon story", "Gamma story"]
    # The editor's place is kept: the same article open and selected, the same quote current.
    assert window.article.id == open_id and window.sidebar.current_id() == open_id
    assert window.current_quote_id() == second
    assert window.quote_panel.table.currentIndex().row() == 1


def test_an_import_from_the_window_lists_its_articles_when_it_ends(qtbot, library, library_path, settings, tmp_path):
    titles = [f"Story number {n:02d}" for n in range(14)]
    report = import_paths(library_path, [_write_articles(tmp_path / "first", titles)])
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.resize(900, 420)  # a sidebar shorter than the list
    window.show()
    qtbot.waitExposed(window)
    window.act_library_pane.trigger()  # folded in a window this narrow: the editor opens it (Ctrl+1)
    window.layout().activate()  # the panes settle before the editor scrolls
    window.open_article(report.added[-1])  # the newest article, at the top of the list
    window.sidebar.filter_edit.setText("story")  # the editor's title filter
    listing = window.sidebar.list
    listing.verticalScrollBar().setValue(listing.verticalScrollBar().maximum())  # the editor looks at the oldest
    top = listing.indexAt(listing.viewport().rect().topLeft() + QPoint(2, 2)).data(ArticleIdRole)
    assert top != report.added[-1]

    folder = _write_articles(tmp_path / "more", ["Story number 14", "Story number 15"])
    with qtbot.waitSignal(window.jobFinished, timeout=JOB_TIMEOUT_MS,
                          check_params_cb=lambda name, _r: name == "import"):
        window.import_paths([folder])
    assert sorted(_titles(window)) == titles + ["Story number 14", "Story number 15"]
    assert window.sidebar.proxy.rowCount() == 16
    # The editor's place in the list: the filter, the open article selected, the same article at the top.
    assert window.sidebar.filter_edit.text() == "story"
    assert window.sidebar.current_id() == window.article.id == report.added[-1]
    assert listing.indexAt(listing.viewport().rect().topLeft() + QPoint(2, 2)).data(ArticleIdRole) == top


def test_a_quote_changed_by_another_process_is_shown_in_place(qtbot, library, library_path, settings, tmp_path):
    window = _window(qtbot, library, library_path, settings, tmp_path, paragraphs=30)
    quotes = library.quotes(window.article.id)
    assert len(quotes) == 30
    changed, current = quotes[-1], quotes[0]
    window.select_quote(current.id)
    # In the search panel and the review queue, the editor has a result selected.
    window.search_panel.words_edit.setText("settled")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 60, timeout=REFRESH_TIMEOUT_MS)
    hit = window.search_panel.model.row_of(quotes[-4].id)
    window.search_panel.table.setCurrentIndex(window.search_panel.model.index(hit, 1))
    queued = window.review_panel.model.row_of(quotes[-5].id)
    window.review_panel.table.setCurrentIndex(window.review_panel.model.index(queued, 2))
    view_bar, table_bar = window.view.verticalScrollBar(), window.quote_panel.table.verticalScrollBar()
    assert view_bar.maximum() > 0 and table_bar.maximum() > 0
    for bar in (view_bar, table_bar):  # the editor scrolled away from the current quote
        bar.setValue(bar.maximum() // 2)
    place = view_bar.value(), table_bar.value()
    undo_count = window.session.undo_stack.count()
    reopened = []
    window.articleOpened.connect(reopened.append)

    _run_elsewhere(library_path, f"""
lib.set_speaker({changed.id}, "Tom Becker", editor="other-editor")
lib.set_status({quotes[-2].id}, "verified", editor="other-editor")
lib.set_status({quotes[-3].id}, "rejected", editor="other-editor")
""")

    def shown():
        row = window.quote_panel.model.row_of(changed.id)
        return row >= 0 and window.quote_panel.model.record(row).speaker == "Tom Becker"

    qtbot.waitUntil(shown, timeout=REFRESH_TIMEOUT_MS)
    model = window.quote_panel.model
    assert model.record(model.row_of(quotes[-2].id)).status == "verified"
    assert model.record(model.row_of(quotes[-3].id)).status == "rejected"
    view_quotes = {q.id: q for q in window.view.quotes()}
    assert view_quotes[changed.id].speaker == "Tom Becker" and view_quotes[quotes[-3].id].status == "rejected"
    assert "Tom Becker" in window.legend.names()
    assert "1 verified, 1 rejected" in window.quote_panel.summary.text()
    assert "changed elsewhere" in window.statusBar().currentMessage()
    assert reopened == []  # changed in place, not opened anew
    # The editor's place: the same current quote (view and table), scroll positions, undo stack.
    assert window.current_quote_id() == current.id
    assert int(window.quote_panel.table.currentIndex().data(IdRole)) == current.id
    assert (view_bar.value(), table_bar.value()) == place
    assert window.session.undo_stack.count() == undo_count
    # The search results and the review queue follow, the editor's selected row kept in each.
    search = window.search_panel
    qtbot.waitUntil(lambda: search.model.record(search.model.row_of(changed.id)).speaker == "Tom Becker",
                    timeout=REFRESH_TIMEOUT_MS)
    assert search.model.record(search.table.currentIndex().row()).quote_id == quotes[-4].id
    queue = window.review_panel.model
    assert queue.row_of(quotes[-2].id) < 0 and queue.row_of(quotes[-3].id) < 0
    assert queue.record(window.review_panel.table.currentIndex().row()).id == quotes[-5].id
    qtbot.waitUntil(lambda: "1 verified" in window.sidebar.model.data(
        window.sidebar.model.index(window.sidebar.model.row_of(window.article.id))), timeout=REFRESH_TIMEOUT_MS)


def test_the_windows_own_edits_do_not_reload_the_article(qtbot, library, library_path, settings, tmp_path):
    window = _window(qtbot, library, library_path, settings, tmp_path, paragraphs=12)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    reopened = []
    window.articleOpened.connect(reopened.append)
    first = window.quote_panel.visible_ids()[0]
    window.select_quote(first)
    qtbot.keyClick(window.view, "v")  # verify, and step to the next quote
    assert library.quote(first).status == "verified"
    current = window.current_quote_id()
    assert current != first
    view_bar = window.view.verticalScrollBar()
    view_bar.setValue(view_bar.maximum())
    qtbot.wait(2500)  # several polls of the library
    assert reopened == []
    assert window.current_quote_id() == current
    assert view_bar.value() == view_bar.maximum()
    assert window.session.undo_stack.count() == 1
    window.act_undo.trigger()
    assert library.quote(first).status == "proposed"


def test_the_open_article_deleted_elsewhere_is_closed_with_a_message(qtbot, library, library_path, settings, tmp_path):
    window = _window(qtbot, library, library_path, settings, tmp_path)
    gone = window.article.id
    _run_elsewhere(library_path, f"lib.db.execute('DELETE FROM articles WHERE id = ?', [{gone}])")
    qtbot.waitUntil(lambda: window.article is None, timeout=REFRESH_TIMEOUT_MS)
    assert "deleted" in window.statusBar().currentMessage()
    assert _titles(window) == ["Beta story"]
    assert window.view.toPlainText() == "" and window.quote_panel.model.rowCount() == 0
    assert not window.act_verify.isEnabled()


def test_the_open_article_re_analysed_elsewhere_shows_its_new_proposals_in_place(
        qtbot, library, library_path, settings, tmp_path):
    window = _window(qtbot, library, library_path, settings, tmp_path, paragraphs=30)
    article_id = window.article.id
    before = window.quote_panel.visible_ids()
    window.select_quote(before[0])
    window.verify_quote()  # the editor's own work: verified, and the next quote is current
    current = window.current_quote_id()
    assert current == before[1]
    view_bar = window.view.verticalScrollBar()
    view_bar.setValue(view_bar.maximum() // 2)
    place = view_bar.value()

    _run_elsewhere(library_path, f"""
from quotedesk.engine import analyze_document
lib.reanalyze_article({article_id}, analyze_document(lib.article({article_id}).text), model_version="elsewhere-1",
                      editor="other-editor")
""")
    qtbot.waitUntil(lambda: window.article.model_version == "elsewhere-1", timeout=REFRESH_TIMEOUT_MS)
    assert "re-analysed (elsewhere-1)" in window.statusBar().currentMessage()
    shown = window.quote_panel.visible_ids()
    assert shown == [q.id for q in library.quotes(article_id)]
    assert before[0] in shown and set(shown[1:]).isdisjoint(before)  # the verified quote stays, the rest is new
    assert view_bar.value() == place
    assert window.session.undo_stack.count() == 1
