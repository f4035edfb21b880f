"""Long work never freezes the window (issue 13 item 10): a long article is analysed off the GUI
thread, its progress arrives by paragraphs, and the event loop keeps running all along."""

from __future__ import annotations

import re
import sys
import threading
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextFormat

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
        window.job_control.task.signals.progress.connect(
            lambda *_: seen.append((window.statusBar().currentMessage(), window.job_control.progress.value(),
                                    window.job_control.progress.maximum())))
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


def _copies(analysis, copies: int):
    """``analysis`` of one text as the analysis of ``copies`` of it, a blank line apart: the
    engine's real quotes and people, without parsing a megabyte again."""
    from dataclasses import replace

    from quotedesk.core.model import Analysis, Span

    step = len(analysis.text) + 2

    def moved(span, k):
        return None if span is None else Span(span.start + k * step, span.end + k * step)

    quotes = [replace(q, start=q.start + k * step, end=q.end + k * step, parts=tuple(moved(p, k) for p in q.parts),
                      mention=moved(q.mention, k), cue=moved(q.cue, k))
              for k in range(copies) for q in analysis.quotes]
    people = [replace(p, mentions=tuple(moved(m, k) for k in range(copies) for m in p.mentions))
              for p in analysis.people]
    return Analysis("\n\n".join([analysis.text] * copies), quotes, people, analysis.model)


def open_long_article(window, library, copies: int = 150):
    """Add the sample ``copies`` times over as one article (2,000 quotes for 150) and open it."""
    from quotedesk.engine import ENGINE_VERSION, analyze_document
    from quotedesk.ingest import ArticleInput
    from quotedesk.services.importing import drop_chrome

    one = drop_chrome(analyze_document(window.article.text))
    analysis = _copies(one, copies)
    record = library.add_article(ArticleInput(id="long", text=analysis.text, title="Long"), analysis,
                                 model_version=ENGINE_VERSION)
    window.open_article(record.id)
    return analysis


def _highlighted(view) -> set[int]:
    return {s.format.property(QTextFormat.Property.UserProperty) for s in view.extraSelections()} - {None}


def _on_screen(view) -> set[int]:
    """The quotes whose first character is drawn in the view."""
    shown = view.viewport().rect()
    out = set()
    for q in view.quotes():
        cursor = view.textCursor()
        cursor.setPosition(view.to_qt(q.start))
        if shown.intersects(view.cursorRect(cursor)):
            out.add(q.id)
    return out


def test_a_long_article_highlights_what_is_in_view_and_follows_the_scrolling(window, qtbot, library):
    analysis = open_long_article(window, library)
    view = window.view
    assert len(window.quote_panel.model.records()) == len(analysis.quotes) > 2000
    qtbot.wait(50)
    on_screen = _on_screen(view)
    assert on_screen and on_screen <= _highlighted(view)
    # Not one highlight per quote of the article: showing it costs what a short one does.
    assert len(_highlighted(view)) < len(analysis.quotes) / 5
    # The editor goes to the end of the article: what is shown there is highlighted.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    on_screen = _on_screen(view)
    last = max(view.quotes(), key=lambda q: q.start)
    assert last.id in on_screen and on_screen <= _highlighted(view)
    # Jumping to a quote in the middle (the quote table, J/K, the queue) highlights it too, in its colour.
    middle = view.quotes()[len(analysis.quotes) // 2]
    window.select_quote(middle.id)
    assert middle.id in _on_screen(view) and _on_screen(view) <= _highlighted(view)


@contextmanager
def rows_asked():
    """The rows Qt asks a quote model's ``data()`` about on this thread (a profile hook sees
    Qt's calls of the Python method)."""
    from quotedesk.gui.models import RecordTableModel

    rows: set[int] = set()

    def hook(frame, event, _arg):
        if event == "call" and frame.f_code is RecordTableModel.data.__code__:
            rows.add(frame.f_locals["index"].row())

    sys.setprofile(hook)
    try:
        yield rows
    finally:
        sys.setprofile(None)


def test_showing_a_long_article_does_not_ask_the_quote_table_about_every_quote(window, qtbot, library):
    from quotedesk.gui.models import QuoteTableModel

    window.quote_panel.table.sortByColumn(QuoteTableModel.QUOTE, Qt.SortOrder.AscendingOrder)
    with rows_asked() as rows:
        analysis = open_long_article(window, library)
        qtbot.wait(50)  # laid out and painted
    n = len(analysis.quotes)
    assert 0 < len(rows) < n / 20  # the rows in view, not every row (to sort, size or filter them)
    # Sorting by speaker is one pass in Python too; the table shows the first speaker's quotes first.
    header = window.quote_panel.table.horizontalHeader()
    with rows_asked() as rows:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(QuoteTableModel.SPEAKER) + 5, 5))
        qtbot.wait(50)
    assert 0 < len(rows) < n / 20
    proxy = window.quote_panel.proxy
    speakers = [proxy.index(r, QuoteTableModel.SPEAKER).data() for r in range(proxy.rowCount())]
    assert speakers == sorted(speakers, key=lambda s: ("" if s == "—" else s).casefold())
