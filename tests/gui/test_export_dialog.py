"""The export dialog in the real window: it says what it wrote and remembers where (issue 13 item 6)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from quotedesk.core.model import Analysis, Quote, Span
from quotedesk.ingest import ArticleInput
from tests.gui.conftest import make_window


def _articles(n_articles: int, quotes_per_article):
    """Articles of ``"Point k," said Ann Lee.`` sentences: their quotes are known exactly."""
    for i in range(n_articles):
        text, quotes = "", []
        for k in range(quotes_per_article(i)):
            start = len(text)
            text += f'"Point {k} of story {i}," said Ann Lee. '
            end = text.index(",", start) + 2
            quotes.append(Quote(start, end, (Span(start + 1, end - 1),), speaker="Ann Lee"))
        yield ArticleInput(id=f"story-{i}", text=text, title=f"Story {i}"), Analysis(text, quotes, [], "test")


def _export(qtbot, window, path):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export
    qtbot.waitUntil(dialog.isVisible)
    proposed = dialog.path_edit.text()
    if path is not None:
        dialog.path_edit.setText(str(path))
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    else:
        dialog.reject()
    return proposed


def test_export_says_how_many_quotes_from_how_many_articles_and_remembers_the_folder(
        qtbot, library, library_path, settings, tmp_path):
    library.add_articles(_articles(100, lambda i: 11 if i < 79 else 10), model_version="test")
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.show()
    qtbot.waitExposed(window)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "all.jsonl"
    assert _export(qtbot, window, out).startswith(str(library_path.parent))  # nothing remembered yet

    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (len(rows), sum(len(r["quotes"]) for r in rows)) == (100, 1079)
    assert window.statusBar().currentMessage() == f"Exported 1,079 quotes from 100 articles to {out}"

    # The next export, in this window or the next one, proposes the folder of the last.
    assert _export(qtbot, window, None) == str(folder / "quotedesk-export.jsonl")
    window.close()
    again = make_window(qtbot, library, library_path, settings, sample=False)
    again.show()
    qtbot.waitExposed(again)
    assert _export(qtbot, again, None) == str(folder / "quotedesk-export.jsonl")
    again.close()


def test_export_of_the_corrections_log_counts_corrections(window, qtbot, tmp_path):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_V)  # verify one quote: one log entry
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export
    qtbot.waitUntil(dialog.isVisible)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findText("Corrections log (JSON Lines)"))
    out = tmp_path / "log.jsonl"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    n = len(out.read_text(encoding="utf-8").splitlines())
    assert n >= 1
    assert window.statusBar().currentMessage() == f"Exported {n:,} correction{'s' * (n != 1)} to {out}"
