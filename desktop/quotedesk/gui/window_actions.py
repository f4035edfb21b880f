"""The window's actions and menus as data: the File, Go, View, Tools and Help actions here, the
Edit menu's corrections in ``gui.quote_actions``; :func:`build_actions` and :func:`build_menus`
make them on a window. The help overlay reads the menus, so it lists every action."""

from __future__ import annotations

import functools
from typing import Union

from PySide6.QtGui import QAction, QKeySequence

from quotedesk.gui.quote_actions import EDIT_GROUPS, NUDGES, QUOTE_ACTIONS, ActionSpec

Key = QKeySequence.StandardKey

ACTIONS = (
    ActionSpec("act_open", "open", "&Open article…", "open_files_dialog", (Key.Open,), "Analyse a file and show it"),
    ActionSpec("act_import_files", "import_files", "&Import files…", "import_files_dialog", ("Ctrl+I",)),
    ActionSpec("act_import_folder", "import_folder", "Import &folder…", "import_folder_dialog", ("Ctrl+Shift+I",)),
    ActionSpec("act_paste", "paste", "New article from &pasted text…", "paste_dialog", ("Ctrl+N",)),
    ActionSpec("act_export", "export", "&Export…", "export_dialog", ("Ctrl+E",)),
    ActionSpec("act_restore", "restore_backup", "Restore from &backup…", "restore_dialog", (),
               "Put the library back as it was in one of its backups"),
    ActionSpec("act_prefs", "preferences", "P&references…", "preferences_dialog", ("Ctrl+,",)),
    ActionSpec("act_quit", "quit", "&Quit", "close", (Key.Quit,)),
    *QUOTE_ACTIONS,
    ActionSpec("act_next", "next_quote", "&Next quote", "step_quote", ("J",), args=(1,)),
    ActionSpec("act_prev", "previous_quote", "&Previous quote", "step_quote", ("K",), args=(-1,)),
    ActionSpec("act_next_article", "next_article", "Next &article", "step_article", ("Ctrl+Down",), args=(1,)),
    ActionSpec("act_prev_article", "previous_article", "Previous a&rticle", "step_article", ("Ctrl+Up",),
               args=(-1,)),
    ActionSpec("act_queue", "next_in_queue", "Next in review &queue", "next_in_queue", ("N",),
               "The least confident unverified quote in the library"),
    ActionSpec("act_search", "search", "&Search…", "focus_search", (Key.Find,)),
    ActionSpec("act_library_pane", "library_pane", "&Library pane", "panes.toggle", ("Ctrl+1",),
               "Show or fold away the list of articles", args=(0,)),
    ActionSpec("act_quotes_pane", "quotes_pane", "&Quotes pane", "panes.toggle", ("Ctrl+2",),
               "Show or fold away the quote table", args=(2,)),
    ActionSpec("act_retrain", "retrain", "&Retrain model…", "retrain", ("Ctrl+Shift+R",),
               "Learn from your verified and corrected quotes; the new model is used only if it scores better"),
    ActionSpec("act_reanalyze", "reanalyze", "Re-&analyse unreviewed articles", "reanalyze", ("Ctrl+Shift+A",),
               "Give the articles you have not reviewed the answers of the model in use; quotes you verified, "
               "corrected, added or removed stay as they are"),
    ActionSpec("act_models", "models", "&Models…", "models_dialog", ("Ctrl+Shift+M",),
               "The library's attribution models: which is in use, roll back"),
    ActionSpec("act_help", "help", "&Keyboard shortcuts", "toggle_help", ("F1", "?")),
    ActionSpec("act_about", "about", "&About QuoteDesk", "about"),
)

# A menu: its title and its entries, each the window attribute of an action, None for a
# separator, or a submenu as (title, entries).
Entries = tuple[Union[str, None, tuple], ...]
MENUS: tuple[tuple[str, Entries], ...] = (
    ("&File", ("act_open", "act_import_files", "act_import_folder", "act_paste", None, "act_export", "act_restore",
               None, "act_prefs", None, "act_quit")),
    ("&Edit", ("act_undo", "act_redo",
               *(entry for group in EDIT_GROUPS for entry in (None, *(spec.attr for spec in group))),
               ("&Move a bound", tuple(spec.attr for spec in NUDGES)))),
    ("&Go", ("act_next", "act_prev", "act_next_article", "act_prev_article", "act_queue", None, "act_search")),
    ("&View", ("act_library_pane", "act_quotes_pane", "act_search_pane", "act_review_pane")),
    ("&Tools", ("act_retrain", "act_reanalyze", "act_models")),
    ("&Help", ("act_help", "act_about")),
)


def build_actions(window) -> None:
    """Each spec of :data:`ACTIONS` as a QAction on ``window`` (its ``attr``), calling its slot;
    its shortcuts work wherever the focus is in the window. Undo and redo come from the undo
    stack, the panes' toggles from their docks."""
    stack = window.session.undo_stack
    window.act_undo = stack.createUndoAction(window, "&Undo")
    window.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
    window.act_undo.setObjectName("undo")
    window.act_redo = stack.createRedoAction(window, "&Redo")
    window.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.act_redo.setObjectName("redo")
    window.addAction(window.act_undo)
    window.addAction(window.act_redo)
    window.act_search_pane = window.search_dock.toggleViewAction()
    window.act_search_pane.setText("&Search pane")
    window.act_review_pane = window.review_dock.toggleViewAction()
    window.act_review_pane.setText("&Review queue pane")
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setObjectName(spec.name)
        slot = functools.partial(functools.reduce(getattr, spec.slot.split("."), window), *spec.args)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        window.addAction(action)
        setattr(window, spec.attr, action)


def build_menus(window) -> None:
    """The menu bar from :data:`MENUS`."""

    def fill(menu, entries: Entries) -> None:
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, tuple):
                fill(menu.addMenu(entry[0]), entry[1])
            else:
                menu.addAction(getattr(window, entry))

    for title, entries in MENUS:
        fill(window.menuBar().addMenu(title), entries)
