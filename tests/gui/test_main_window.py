"""The real main window, driven offscreen as an editor would: keys, selections, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

SAMPLE_QUOTES = 14


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def _quote_by_speaker(window, name):
    return next(q for q in window.quote_panel.model.records() if q.speaker == name)


def test_first_run_shows_the_sample_with_14_highlighted_quotes(window, library):
    assert window.article is not None
    assert window.title_label.text() == "Kerry: Coalition Halts Islamic State Momentum"
    records = window.quote_panel.model.records()
    assert len(records) == SAMPLE_QUOTES
    assert window.quote_panel.proxy.rowCount() == SAMPLE_QUOTES
    # Every quote has a coloured highlight over exactly its text.
    text = window.article.text
    quote_sels = [s for s in window.view.extraSelections() if s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert len(quote_sels) == SAMPLE_QUOTES
    spans = sorted((window.view.from_qt(s.cursor.selectionStart()), window.view.from_qt(s.cursor.selectionEnd()))
                   for s in quote_sels)
    assert spans == sorted((q.start, q.end) for q in records)
    for s in quote_sels:
        assert s.cursor.selectedText() == text[window.view.from_qt(s.cursor.selectionStart()):
                                               window.view.from_qt(s.cursor.selectionEnd())]
    # Speakers are attributed and in the legend.
    speakers = {q.speaker for q in records}
    assert {"John Kerry", "Haider al-Abadi"} <= speakers
    assert set(window.legend.names()) == speakers
    # The library holds what the screen shows.
    [summary] = library.articles()
    assert summary.n_quotes == SAMPLE_QUOTES and summary.n_proposed == SAMPLE_QUOTES
    assert window.model_loaded


def test_keyboard_navigation_moves_the_current_quote(window, qtbot):
    ids = window.quote_panel.visible_ids()
    assert window.current_quote_id() == ids[0]
    _key(qtbot, window, Qt.Key.Key_J)
    assert window.current_quote_id() == ids[1]
    assert window.quote_panel.table.currentIndex().row() == 1
    _key(qtbot, window, Qt.Key.Key_K)
    assert window.current_quote_id() == ids[0]
    # Clicking a row in the panel moves the view's current quote (synchronised both ways).
    index = window.quote_panel.proxy.index(3, 0)
    window.quote_panel.table.setCurrentIndex(index)
    assert window.current_quote_id() == ids[3]


def test_change_speaker_with_the_keyboard_then_undo_and_redo(window, qtbot, library):
    quote = window.current_quote()
    assert quote.speaker == "John Kerry"
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_S)
    dialog = window.speaker_dialog
    qtbot.waitUntil(dialog.isVisible)
    # The article's people are offered first.
    offered = dialog.completer.model().stringList()
    assert offered.index("Philip Hammond") < len(window.people) + 10
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Philip Hammond")
    dialog.completer.popup().hide()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert library.quote(quote.id).speaker == "Philip Hammond"  # in the library…
    assert window.current_quote().speaker == "Philip Hammond"  # …and on screen
    assert "Philip Hammond" in window.legend.names()

    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.quote(quote.id).speaker == "John Kerry"
    assert window.current_quote().speaker == "John Kerry"
    assert library.quote(quote.id).mention == quote.mention  # undo restores the mention too

    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert library.quote(quote.id).speaker == "Philip Hammond"
    assert window.current_quote().speaker == "Philip Hammond"


def test_reject_and_verify_with_the_keyboard(window, qtbot, library):
    ids = window.quote_panel.visible_ids()
    _key(qtbot, window, Qt.Key.Key_X)
    assert library.quote(ids[0]).status == "rejected"
    assert window.current_quote_id() == ids[1]  # moved on to the next quote
    rejected = [s for s in window.view.extraSelections() if s.format.fontStrikeOut()]
    assert len(rejected) == 1
    _key(qtbot, window, Qt.Key.Key_V)
    assert library.quote(ids[1]).status == "verified"
    verified = [s for s in window.view.extraSelections()
                if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
                and s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert len(verified) == 1
    summary = library.articles()[0]
    assert (summary.n_rejected, summary.n_verified) == (1, 1)
    qtbot.waitUntil(lambda: "1 verified" in window.sidebar.model.index(0).data())
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.quote(ids[0]).status == "proposed" and library.quote(ids[1]).status == "proposed"


def test_verify_whole_article_and_undo(window, qtbot, library):
    _key(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
    assert all(q.status == "verified" for q in library.quotes(window.article.id))
    assert all(q.status == "verified" for q in window.quote_panel.model.records())
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(q.status == "proposed" for q in library.quotes(window.article.id))


def test_add_a_missed_quote_from_a_selection(window, qtbot, library):
    text = window.article.text
    phrase = "stopped the militants' momentum"
    start = text.index(phrase)
    window.view.setFocus()
    window.view.select_span(start, start + len(phrase))  # what a mouse drag does
    _key(qtbot, window, Qt.Key.Key_A)
    added = [q for q in library.quotes(window.article.id) if q.origin == "editor"]
    assert len(added) == 1 and (added[0].start, added[0].end) == (start, start + len(phrase))
    assert window.current_quote_id() == added[0].id
    assert len(window.quote_panel.model.records()) == SAMPLE_QUOTES + 1
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(library.quotes(window.article.id)) == SAMPLE_QUOTES
    assert len(window.quote_panel.model.records()) == SAMPLE_QUOTES
    _key(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(library.quotes(window.article.id)) == SAMPLE_QUOTES + 1


def test_search_abadi_jumps_to_the_quote(window, qtbot):
    _key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    assert panel.speaker_edit.hasFocus()
    qtbot.keyClicks(panel.speaker_edit, "Abadi")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=3000)  # debounced, not per key
    assert {h.speaker for h in panel.model.records()} == {"Haider al-Abadi"}
    hit = panel.model.record(2)
    _key(qtbot, window, Qt.Key.Key_Down)
    panel.table.setCurrentIndex(panel.model.index(2, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.current_quote_id() == hit.quote_id
    # The quote is scrolled into view in the article.
    view = window.view
    quote = window.current_quote()
    cursor = view.textCursor()
    assert view.from_qt(cursor.position()) == quote.start
    assert view.viewport().rect().intersects(view.cursorRect(cursor))


def test_undo_survives_switching_articles(window, qtbot, library):
    first = window.article.id
    qid = window.current_quote_id()
    _key(qtbot, window, Qt.Key.Key_X)
    with qtbot.waitSignal(window.jobFinished, timeout=60_000):
        from quotedesk.ingest import ArticleInput

        window.open_inputs([ArticleInput(id="second", title="Second", text='"We will win," Jane Doe said.')])
    assert window.article.id != first
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.quote(qid).status == "proposed"
    assert window.article.id == first  # undo shows what it changed
    assert window.current_quote_id() == qid


def test_help_overlay_lists_the_menu_shortcuts(window, qtbot):
    _key(qtbot, window, Qt.Key.Key_F1)
    assert window.help_overlay.isVisible()
    text = window.help_overlay.label.text()
    for words in ("Next quote", "Change speaker", "Reject quote", "Verify quote", "Undo"):
        assert words in text
    qtbot.keyClick(window.help_overlay, Qt.Key.Key_Escape)
    assert not window.help_overlay.isVisible()


def test_review_queue_steps_through_the_least_confident_quotes(window, qtbot, library):
    queue = library.review_queue(limit=100)
    assert window.review_panel.model.rowCount() == len(queue) == SAMPLE_QUOTES
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_N)
    first = window.current_quote_id()
    assert first == queue[0].id
    assert window.current_quote().confidence == min(q.confidence for q in queue)
    # Verifying in the queue moves to the next least confident quote, not the next in the text.
    _key(qtbot, window, Qt.Key.Key_V)
    assert library.quote(first).status == "verified"
    assert window.current_quote_id() == queue[1].id
    assert window.review_panel.model.rowCount() == SAMPLE_QUOTES - 1


def test_window_state_is_kept_apart_from_preferences(window, settings, library_path):
    window.close()
    keys = settings.allKeys()
    assert "window/geometry" in keys and "window/splitter" in keys
    assert "preferences/editor" in keys
    assert not any(k.startswith("preferences/") and "geometry" in k for k in keys)


def test_export_dialog_writes_verified_quotes(window, qtbot, library, tmp_path):
    import json

    _key(qtbot, window, Qt.Key.Key_V)
    _key(qtbot, window, Qt.Key.Key_V)
    _key(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fmt().function == "export_jsonl"
    dialog.verified_check.setChecked(True)
    out = tmp_path / "out.jsonl"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1 and len(rows[0]["quotes"]) == 2
    assert all(q["status"] == "verified" for q in rows[0]["quotes"])


def test_uncaught_exceptions_are_logged_and_shown(window, qtbot, monkeypatch, caplog):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from quotedesk.gui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    box = window.findChild(QMessageBox, "crashBox")
    assert box is not None and box.isVisible()
    assert "boom" in box.text() and "boom" in box.detailedText()
    assert any("uncaught exception" in r.getMessage() for r in caplog.records)
    box.done(0)


def test_paste_dialog_analyses_text_with_markup_literally(window, qtbot, library):
    _key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.paste
    qtbot.waitUntil(dialog.isVisible)
    text = '<script>alert(1)</script>\n\n"We will win 🚀," said Mayor Jane Doe on Monday.'
    dialog.title_edit.setText("Pasted <b>story</b>")
    dialog.text_edit.setPlainText(text)
    with qtbot.waitSignal(window.jobFinished, timeout=60_000):
        dialog.accept()
    assert window.article.title == "Pasted <b>story</b>"
    assert window.title_label.text() == "Pasted <b>story</b>"
    assert window.view.toPlainText() == text
    [quote] = window.quote_panel.model.records()
    assert quote.speaker == "Jane Doe"
    highlighted = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert text[quote.start:quote.end] in highlighted and "🚀" in text[quote.start:quote.end]


def test_hovering_a_quote_shows_speaker_cue_and_confidence(window, qtbot):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = window.view
    quote = window.current_quote()
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(quote.start + 3))
    pos = view.cursorRect(cursor).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    text = QToolTip.text()
    assert quote.speaker in text and "Confidence: " in text and "Cue: " in text
    assert f"Method: {quote.method}" in text and quote.method  # the engine step behind the speaker
    QToolTip.hideText()


def test_dark_palette_gives_dark_tints(window, qtbot):
    from PySide6.QtGui import QColor, QPalette

    light = [s.format.background().color().lightness() for s in window.view.extraSelections()
             if s.format.background().style() != Qt.BrushStyle.NoBrush]
    palette = window.view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    window.view.setPalette(palette)
    dark = [s.format.background().color().lightness() for s in window.view.extraSelections()
            if s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert min(light) > 150 and max(dark) < 110


def test_editor_name_from_preferences_goes_into_the_corrections_log(window, qtbot, library, settings):
    _key(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.prefs_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.editor_edit.setText("Ada Editor")
    dialog.accept()
    assert settings.value("preferences/editor") == "Ada Editor"
    qid = window.current_quote_id()
    _key(qtbot, window, Qt.Key.Key_V)
    [entry] = [c for c in library.corrections(quote_id=qid) if c.action == "set_status"]
    assert entry.editor == "Ada Editor"


def test_sidebar_filters_articles_by_status(window, qtbot):
    sidebar = window.sidebar
    combo = sidebar.status_combo
    combo.setCurrentIndex(combo.findData("review"))
    assert sidebar.proxy.rowCount() == 1
    _key(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)  # verify the whole article
    qtbot.waitUntil(lambda: sidebar.proxy.rowCount() == 0, timeout=3000)
    combo.setCurrentIndex(combo.findData("verified"))
    assert sidebar.proxy.rowCount() == 1
    assert "14 verified" in sidebar.proxy.index(0, 0).data()


def test_reopening_restores_the_last_article_and_window_state(window, qtbot, library, library_path, settings):
    from .conftest import make_window

    with qtbot.waitSignal(window.jobFinished, timeout=60_000):
        from quotedesk.ingest import ArticleInput

        window.open_inputs([ArticleInput(id="other", title="Another story here", text='"Yes," Jane Doe said.')])
    other = window.article.id
    window.splitter.setSizes([300, 600, 420])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(qtbot, library, library_path, settings, sample=True)
    again.show()
    assert again.article is not None and again.article.id == other  # no second sample import
    assert len(library.articles()) == 2
    assert again.splitter.sizes() == sizes
    again.close()


def test_legend_click_filters_the_quote_panel(window, qtbot):
    legend = window.legend
    abadi = next(i for i in range(legend.count()) if legend.item(i).data(Qt.ItemDataRole.UserRole) == "Haider al-Abadi")
    legend.itemClicked.emit(legend.item(abadi))
    assert window.quote_panel.proxy.rowCount() == 3
    legend.itemClicked.emit(legend.item(abadi))
    assert window.quote_panel.proxy.rowCount() == SAMPLE_QUOTES


def test_window_shows_before_the_model_is_loaded(qtbot, library, library_path, settings):
    from .conftest import make_window

    w = make_window(qtbot, library, library_path, settings, sample=False)
    w.show()
    assert w.isVisible() and not w.model_loaded
    assert "loading" in w.model_status.text()
    with qtbot.waitSignal(w.modelReady, timeout=60_000):
        pass
    assert w.model_loaded and "en_core_web_sm" in w.model_status.text()
    w.close()


def test_every_export_format_is_available():
    from quotedesk.gui.export_dialog import FORMATS

    assert all(fmt.resolve() is not None for fmt in FORMATS)


def test_search_results_follow_corrections(window, qtbot):
    panel = window.search_panel
    panel.speaker_edit.setText("Abadi")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=3000)
    hit = panel.model.record(0)
    window.show_quote(hit.article_id, hit.quote_id)
    window.session.change_speaker(hit.quote_id, "Philip Hammond")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=3000)


def test_undo_in_the_window_puts_the_quote_back_exactly(window, qtbot, library):
    quote = window.current_quote()
    speakers_before = library.speakers()
    assert window.session.change_speaker(quote.id, "Secretary Jane Roe")
    assert window.session.set_status(quote.id, "verified")
    for _ in range(2):
        _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.quote(quote.id) == quote  # speaker id, role, mention, status: all as before
    assert library.speakers() == speakers_before  # the speaker the change created is gone
    assert window.current_quote() == quote
    # Undone, the changes no longer count as the editor's touch (re-analysis may replace the quote).
    assert not library.db.execute("SELECT 1 FROM live_corrections WHERE quote_id = ?", [quote.id]).fetchall()


def test_an_undo_the_library_refuses_is_reported_and_dropped(window, qtbot, library):
    quote = window.current_quote()
    assert window.session.set_status(quote.id, "rejected")
    other = library.reopen()  # another window on the same library corrects the same quote
    other.set_status(quote.id, "verified", editor="someone else")
    other.close()
    errors = []
    window.session.failed.connect(errors.append)
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert errors and "another change" in errors[0]
    assert library.quote(quote.id).status == "verified"  # the other window's change stands
    assert not window.session.undo_stack.canUndo()


def test_accept_confident_quotes_in_one_step_and_undo(window, qtbot, library):
    from quotedesk.core.model import ACCEPT_UNREAD

    confidences = [q.confidence for q in library.quotes(window.article.id)]
    sure = sum(c >= ACCEPT_UNREAD for c in confidences)
    assert 0 < sure < len(confidences)  # the sample has sure and less sure quotes: not a constant per rule
    assert f"{sure} quotes can be accepted unread" in window.review_panel.label.text()
    _key(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.accept_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.threshold.value() == ACCEPT_UNREAD
    assert f"{sure} proposed quotes" in dialog.summary.text()
    dialog.threshold.setValue(0.5)
    lower = sum(c >= 0.5 for c in confidences)
    assert f"{lower} proposed quotes" in dialog.summary.text()
    dialog.threshold.setValue(ACCEPT_UNREAD)
    dialog.accept()
    statuses = {q.id: q.status for q in library.quotes(window.article.id)}
    assert sorted(statuses.values()).count("verified") == sure
    assert all(q.status == ("verified" if q.confidence >= ACCEPT_UNREAD else "proposed")
               for q in library.quotes(window.article.id))
    qtbot.waitUntil(lambda: "can be accepted unread" not in window.review_panel.label.text())
    assert sum(r.status == "verified" for r in window.quote_panel.model.records()) == sure  # the screen follows
    window.activateWindow()  # the dialog has closed: the window is active again, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {q.status for q in library.quotes(window.article.id)} == {"proposed"}
    qtbot.waitUntil(lambda: f"{sure} quotes can be accepted unread" in window.review_panel.label.text())


def test_export_dialog_labels_lead_their_boxes_with_distinct_keys(window, qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel

    _key(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.findChild(QFormLayout)
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    labels = [item.widget() for item in labels if item is not None and isinstance(item.widget(), QLabel)]
    keys = []
    for label in labels:
        if "&" in label.text():
            assert label.buddy() is not None, f"{label.text()!r} would show its '&' and jump nowhere"
            keys.append(label.text()[label.text().index("&") + 1].lower())
    assert len(keys) == len(set(keys)) >= 4, keys  # every mnemonic leads to one box
    # Alt+F goes to the file path, where a typed path belongs (not to the format).
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.path_edit


def test_esc_leaves_the_search_and_filter_boxes(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edits = [window.search_panel.speaker_edit, window.search_panel.words_edit,
             window.quote_panel.filter_edit, window.sidebar.filter_edit]
    for edit in edits:
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(edit, "ab")
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        assert window.view.hasFocus(), edit.objectName()
        assert edit.text() == "ab"
        edit.clear()
    first = window.current_quote_id()
    _key(qtbot, window, Qt.Key.Key_J)  # a single-key action works again, nothing typed anywhere
    assert window.current_quote_id() != first
    assert all(e.text() == "" for e in edits)
