"""The Edit menu's corrections as data: text, keys, tip, the window method each calls and what
it needs (a quote selected in the quote table, or an open article). The window builds its
actions and menu from these, and enables them from ``needs``; the help overlay lists them.

Keys are single keys where the article has the focus (the view is read-only, so nothing is
typed), and none that desktop window managers keep for themselves (Alt+Shift+arrows).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActionSpec:
    """One of the window's actions (``gui.window_actions`` has the others)."""

    attr: str  # the window's attribute for the QAction
    name: str  # its object name
    text: str
    slot: str  # the MainWindow method it calls (a dotted path for a part's), with ``args``
    keys: tuple = ()  # key sequences: strings or QKeySequence.StandardKey
    tip: str = ""
    args: tuple = ()
    needs: str = "quote"  # "quote" (selected in the table), "article" (open) or "" (nothing)


# The Edit menu's groups, in order, separated.
EDIT_GROUPS = (
    (
        ActionSpec("act_speaker", "change_speaker", "Change &speaker…", "change_speaker", ("S",),
                    "Pick who said the selected quote"),
        ActionSpec("act_verify", "verify", "&Verify quote", "verify_quote", ("V",),
                    "Accept the quote and its speaker, then go to the next"),
        ActionSpec("act_reject", "reject", "Re&ject quote", "reject_quote", ("X", "Delete"),
                    "Not a quote: reject it, then go to the next"),
        ActionSpec("act_proposed", "proposed", "Back to &proposed", "unreview_quote", ("P",)),
        ActionSpec("act_verify_article", "verify_article", "Verify &whole article", "verify_article", ("Shift+V",),
                    needs="article"),
        ActionSpec("act_accept_confident", "accept_confident", "Accept &confident quotes…",
                    "accept_confident_dialog", ("Ctrl+Shift+V",),
                    "Verify every proposed quote at or above a confidence, across the library, in one undoable "
                    "step", needs=""),
    ),
    (
        ActionSpec("act_add", "add_quote", "&Add quote from selection", "add_quote_from_selection", ("A",),
                    "Select the quote's text in the article first", needs="article"),
        ActionSpec("act_bounds", "set_bounds", "Set selection as quote &bounds", "set_bounds_from_selection",
                    ("B",), "Select the quote's new extent (mouse, Shift+arrows); whole words and its quotation "
                            "marks are taken"),
    ),
)

# The "Move a bound" submenu: one word per key, consecutive moves undo as one step.
NUDGES = (
    ActionSpec("act_start_left", "start_earlier", "&Start one word earlier", "nudge", ("[",), args=("start", -1)),
    ActionSpec("act_start_right", "start_later", "S&tart one word later", "nudge", ("]",), args=("start", 1)),
    ActionSpec("act_end_left", "end_earlier", "&End one word earlier", "nudge", (",",), args=("end", -1)),
    ActionSpec("act_end_right", "end_later", "E&nd one word later", "nudge", (".",), args=("end", 1)),
)

QUOTE_ACTIONS = (*(a for group in EDIT_GROUPS for a in group), *NUDGES)
