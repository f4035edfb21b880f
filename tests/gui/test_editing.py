"""Correcting in the real window as an editor does (issue 13, items 1-5): keys through qtbot,
selections made with the text cursor as a mouse drag or Shift+arrows make them. Each test
counts the keys a decision takes; the report quotes these counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu

from tests.gui.conftest import ANALYSIS_TIMEOUT_MS

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keys:
    """Presses keys where the focus is, and counts them."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window, self.count = qtbot, window, 0

    def __call__(self, key, modifier=NONE, times: int = 1, *, to=None) -> None:
        """``key`` to the window's focused widget, or to ``to`` (a dialog's box)."""
        for _ in range(times):
            self.qtbot.keyClick(to or self.window.focusWidget() or self.window, key, modifier)
            self.count += 1

    def type(self, widget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.count += len(text)


def _text_of(window, quote_id):
    q = window.library.quote(quote_id)
    return window.article.text[q.start:q.end]


def _table_quote(window):
    """The quote the quote table shows selected, as the editor sees it."""
    from quotedesk.gui.models import IdRole

    index = window.quote_panel.table.currentIndex()
    return index.data(IdRole) if index.isValid() else None


def _log_rows(library):
    return len(library.corrections())


def _drag(view, start: int, end: int) -> None:
    """A mouse drag over code points [start, end): the text cursor a drag leaves."""
    view.select_span(start, end)


def test_one_key_sets_a_quote_to_a_rough_selection(window, qtbot, library):
    keys = Keys(qtbot, window)
    text = window.article.text
    quote = window.current_quote()
    assert text[quote.start:quote.end].startswith("“In recent months")
    rows = _log_rows(library)
    # Drop "and in some cases reversed": the drag starts inside “In and ends inside "Iraq".
    window.view.setFocus()
    _drag(window.view, quote.start + 2, text.index("Iraq", quote.start) + 2)
    keys(Qt.Key.Key_B)
    assert _text_of(window, quote.id) == "“In recent months we have seen definitively … momentum halted in Iraq"
    assert window.current_quote().content == "In recent months we have seen definitively … momentum halted in Iraq"
    assert keys.count == 1 and _log_rows(library) == rows + 1  # one key, one row in the log
    # The screen shows the new extent.
    sel = [s for s in window.view.extraSelections()
           if s.format.property(QTextFormat.Property.UserProperty) == quote.id]
    assert window.view.from_qt(sel[0].cursor.selectionEnd()) == text.index("Iraq", quote.start) + 4
    keys(Qt.Key.Key_Z, CTRL)
    assert (library.quote(quote.id).start, library.quote(quote.id).end) == (quote.start, quote.end)


def test_shift_arrows_select_the_extent_by_keyboard(window, qtbot, library):
    keys = Keys(qtbot, window)
    text = window.article.text
    for _ in range(3):
        keys(Qt.Key.Key_J)
    quote = window.current_quote()
    assert text[quote.start:quote.end] == "“There is an [arms] pipeline here, and it is working,”"
    keys.count = 0
    # J left the caret at the quote's start; the editor selects up to "pipeline" word by word
    # (Qt stops at "[" and "]" too) and presses B.
    window.view.setFocus()
    keys(Qt.Key.Key_Right, CTRL | SHIFT, times=7)
    assert window.view.textCursor().selectedText() == "“There is an [arms] pipeline "
    keys(Qt.Key.Key_B)
    assert _text_of(window, quote.id) == "“There is an [arms] pipeline"
    assert keys.count == 8


def test_word_nudges_fix_one_boundary_with_one_key_each(window, qtbot, library):
    keys = Keys(qtbot, window)
    text = window.article.text
    quote = window.current_quote()
    rows = _log_rows(library)
    window.view.setFocus()
    keys(Qt.Key.Key_Comma)  # the end one word earlier: "reversed" goes, the closing mark with it
    assert _text_of(window, quote.id).endswith("in some cases")
    keys(Qt.Key.Key_Period)  # and back: the mark comes back with the word
    assert _text_of(window, quote.id) == text[quote.start:quote.end]
    keys(Qt.Key.Key_BracketRight)  # the start one word later
    assert _text_of(window, quote.id).startswith("recent months")
    keys(Qt.Key.Key_BracketLeft)
    assert _text_of(window, quote.id) == text[quote.start:quote.end]
    assert keys.count == 4 and _log_rows(library) == rows + 4  # a row per key, not per character
    keys(Qt.Key.Key_Comma)
    assert window.session.undo_stack.count() == 1  # consecutive nudges are one undo step
    keys(Qt.Key.Key_Z, CTRL)
    assert (library.quote(quote.id).start, library.quote(quote.id).end) == (quote.start, quote.end)
    assert not window.session.undo_stack.canUndo()


def test_a_key_that_would_change_nothing_says_so_and_leaves_no_undo_step(window, qtbot, library):
    keys = Keys(qtbot, window)
    quote = window.current_quote()
    rows = _log_rows(library)
    window.view.setFocus()
    _drag(window.view, quote.start, quote.end)  # the quote's own extent
    keys(Qt.Key.Key_B)
    assert library.quote(quote.id) == quote and _log_rows(library) == rows
    assert window.statusBar().currentMessage() == "Not changed: the quote already has these bounds"
    assert not window.session.undo_stack.canUndo()


def test_b_acts_on_the_selected_quote_and_refuses_an_overlap(window, qtbot, library):
    keys = Keys(qtbot, window)
    quote = window.current_quote()
    others = {q.id: q for q in library.quotes(window.article.id) if q.id != quote.id}
    rows = _log_rows(library)
    # The editor drags from the selected quote well into the next quote's text and presses B.
    nxt = min(others.values(), key=lambda q: q.start)
    window.view.setFocus()
    _drag(window.view, quote.start, nxt.start + 12)
    keys(Qt.Key.Key_B)
    assert library.quote(quote.id) == quote and {q.id: q for q in library.quotes(window.article.id)
                                                 if q.id != quote.id} == others
    assert _log_rows(library) == rows
    message = window.statusBar().currentMessage()
    assert "overlap" in message and "Ground forces" in message and "\n" not in message
    assert window.current_quote_id() == quote.id


def test_quote_keys_act_on_the_quote_the_table_shows(window, qtbot, library):
    keys = Keys(qtbot, window)
    first, second = window.quote_panel.visible_ids()[:2]
    keys(Qt.Key.Key_X)  # rejected: the table moves on to the second quote
    assert library.quote(first).status == "rejected" and keys.count == 1  # one key per decision
    assert _table_quote(window) == second
    window.quote_panel.status_combo.setCurrentIndex(0)  # proposed and verified: the rejected one hides
    # A click on the rejected quote in the text.
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(library.quote(first).start + 5))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    assert _table_quote(window) == first  # the table shows the quote keys will act on
    window.view.setFocus()
    keys(Qt.Key.Key_V)
    assert library.quote(first).status == "verified" and keys.count == 2
    assert library.quote(second).status == "proposed"
    # A filter that hides the selected quote leaves no quote for the keys to act on.
    window.quote_panel.filter_edit.setText("no quote says this")
    window.view.setFocus()
    keys(Qt.Key.Key_X)
    assert [q.status for q in library.quotes(window.article.id)].count("rejected") == 0
    assert window.current_quote_id() is None and not window.act_reject.isEnabled()


def _mention_of(window, quote_id):
    for s in window.view.extraSelections():
        if s.format.property(QTextFormat.Property.UserProperty + 1) == quote_id:
            return window.view.from_qt(s.cursor.selectionStart()), window.view.from_qt(s.cursor.selectionEnd())
    return None


def test_a_typed_speaker_name_is_kept_and_a_suggestion_takes_one_enter(window, qtbot, library):
    from quotedesk.ingest import ArticleInput

    text = ('Researchers at Talos found the flaw in March. "We found the malware on three servers," Talos said '
            'on Tuesday.\n\nThe mayor, Paré, disagreed. "It is not serious," Paré said.\n\n'
            '"We will look again," said Anna Smith, a spokeswoman.')
    with qtbot.waitSignal(window.jobFinished, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_inputs([ArticleInput(id="talos", title="Talos", text=text)])
    talos, _pare, smith = window.quote_panel.visible_ids()
    assert window.current_quote().speaker == "Talos"
    keys = Keys(qtbot, window)
    window.view.setFocus()
    keys(Qt.Key.Key_S)
    dialog = window.speaker_dialog
    qtbot.waitUntil(dialog.isVisible)
    keys.type(dialog.name_edit, "Cisco Talos")  # replaces the selected current name
    keys(Qt.Key.Key_Return, to=dialog.name_edit)
    qtbot.waitUntil(lambda: getattr(window, "speaker_question", None) is not None
                    and window.speaker_question.isVisible())
    question = window.speaker_question
    assert "“Talos” is already a speaker" in question.text()
    keys(Qt.Key.Key_Return, to=question)  # the default: keep the name as typed
    qtbot.waitUntil(lambda: library.quote(talos).speaker == "Cisco Talos")
    assert window.current_quote().speaker == "Cisco Talos" and "Cisco Talos" in window.legend.names()
    assert "Talos" in {s.name for s in library.speakers()}  # the other speaker stays as it was
    start, end = _mention_of(window, talos)
    assert text[start:end] == "Talos" and start == text.index("Talos said")  # the underline is kept
    assert keys.count == 1 + len("Cisco Talos") + 2

    # A suggestion: "Pa", Down to "Paré", one Enter.
    window.select_quote(smith)
    keys.count = 0
    window.view.setFocus()
    keys(Qt.Key.Key_S)
    dialog = window.speaker_dialog
    qtbot.waitUntil(dialog.isVisible)
    keys.type(dialog.name_edit, "Pa")
    qtbot.waitUntil(dialog.completer.popup().isVisible)
    keys(Qt.Key.Key_Down, to=dialog.completer.popup())
    keys(Qt.Key.Key_Return, to=dialog.completer.popup())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert library.quote(smith).speaker == "Paré"
    start, end = _mention_of(window, smith)
    assert text[start:end] == "Paré" and start == text.index("Paré said")  # re-found: the nearest
    assert keys.count == 5


def _assert_centred(window):
    view = window.view
    quote = window.current_quote()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt((quote.start + quote.end) // 2))
    y = view.cursorRect(cursor).center().y()
    height = view.viewport().height()
    bar = view.verticalScrollBar()
    if bar.value() in (bar.minimum(), bar.maximum()):
        assert 0 <= y <= height  # at the top or bottom of the article it cannot be centred
    else:
        assert abs(y - height / 2) < height / 4, (y, height)


def test_jumps_centre_the_quote_in_the_reading_pane(window, qtbot, library):
    keys = Keys(qtbot, window)
    window.resize(1100, 700)
    qtbot.wait(50)
    window.view.setFocus()
    for _ in range(len(window.quote_panel.visible_ids()) - 1):
        keys(Qt.Key.Key_J)
        _assert_centred(window)
    for _ in range(4):
        keys(Qt.Key.Key_K)
        _assert_centred(window)
    keys(Qt.Key.Key_N)  # the review queue
    _assert_centred(window)
    target = window.current_quote_id()
    keys(Qt.Key.Key_V)
    keys(Qt.Key.Key_Home, CTRL)  # the editor reads on at the top …
    keys(Qt.Key.Key_Z, CTRL)  # … and undoes: the window shows the quote it changed
    keys(Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.current_quote_id() == target
    _assert_centred(window)
    hit = window.library.search(speaker="Abadi")[1]
    window.search_panel.quoteActivated.emit(hit.article_id, hit.quote_id)
    assert window.current_quote_id() == hit.quote_id
    _assert_centred(window)


# Shortcuts that desktops keep for themselves (GNOME, KDE, Xfce defaults).
WINDOW_MANAGER_KEYS = {
    f"{mods}+{key}" for mods in ("Alt+Shift", "Ctrl+Alt", "Shift+Alt", "Meta", "Ctrl+Meta", "Alt+Meta")
    for key in ("Left", "Right", "Up", "Down")
} | {"Alt+Tab", "Alt+Shift+Tab", "Alt+F4", "Alt+F7", "Alt+F8", "Alt+F10", "Alt+Space", "Ctrl+Alt+Del",
     "Ctrl+Alt+T", "Ctrl+Alt+L", "Alt+F1", "Alt+F2"}


def _menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def test_every_action_is_in_the_help_overlay_and_reachable_by_keyboard(window, qtbot):
    from quotedesk.gui.help import shortcut_rows

    keys = Keys(qtbot, window)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    actions = {a for m in menus for a in _menu_actions(m)} | set(window.actions())
    listed = {text for _menu, rows in shortcut_rows(window.menuBar()) for text, _keys in rows}
    for action in actions:
        text = {"undo": "Undo", "redo": "Redo"}.get(action.objectName(), action.text().replace("&", ""))
        assert text in listed, f"{text!r} is not in the help overlay"
    assert all(k for _menu, rows in shortcut_rows(window.menuBar()) for _t, k in rows)
    # Menus are reachable by Alt+letter, their items by one letter each: unique within a menu.
    for menu in [window.menuBar(), *menus, *(a.menu() for m in menus for a in m.actions() if a.menu())]:
        letters = [a.text()[a.text().index("&") + 1].lower() for a in menu.actions()
                   if not a.isSeparator() and "&" in a.text()]
        unlettered = [a.text() for a in menu.actions() if not a.isSeparator() and "&" not in a.text()
                      and not a.shortcuts()]
        assert len(letters) == len(set(letters)) and not unlettered, (menu.title(), letters, unlettered)
    taken = {k.toString() for a in actions for k in a.shortcuts()} & WINDOW_MANAGER_KEYS
    assert not taken, taken
    keys(Qt.Key.Key_F1)
    overlay = window.help_overlay.label.text()
    assert "Start one word earlier" in overlay and "Esc" in overlay
    assert QKeySequence("[").toString(QKeySequence.SequenceFormat.NativeText) in overlay


def test_a_small_screen_keeps_the_article_and_the_quote_table_readable(window, qtbot, library, library_path,
                                                                      settings):
    from quotedesk.gui.models import QuoteTableModel

    from tests.gui.conftest import make_window

    keys = Keys(qtbot, window)
    window.resize(1024, 700)
    view = window.view.viewport()
    qtbot.waitUntil(lambda: view.width() >= 500 and view.height() >= 500, timeout=2000)  # was 434 x 368
    table = window.quote_panel.table
    header = table.horizontalHeader()
    assert header.sectionSize(QuoteTableModel.QUOTE) >= 160  # a few words, not "…"
    status = QuoteTableModel.STATUS
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= table.viewport().width()
    assert header.sectionSize(status) >= table.sizeHintForColumn(status)  # "proposed" whole
    # The folded library pane comes back with a key, and folds away again.
    assert window.splitter.sizes()[0] == 0
    window.view.setFocus()
    keys(Qt.Key.Key_1, CTRL)
    assert window.splitter.sizes()[0] >= 200
    keys(Qt.Key.Key_1, CTRL)
    assert window.splitter.sizes()[0] == 0
    keys(Qt.Key.Key_2, CTRL)  # the quote table too: the article takes the whole width
    assert window.splitter.sizes()[2] == 0 and view.width() >= 900
    # The arrangement is kept for the next start.
    window.close()
    again = make_window(qtbot, library, library_path, settings, sample=False)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] == 0 and again.splitter.sizes()[2] == 0
    again.close()
