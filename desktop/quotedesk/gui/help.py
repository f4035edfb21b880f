"""The keyboard help overlay, built from the menus so it never disagrees with them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMenuBar, QScrollArea, QVBoxLayout, QWidget


def shortcut_rows(menubar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """``[(menu title, [(action text, keys), …]), …]`` for every action of the menus: its
    shortcuts, or the Alt+letter path through the menus for one that has none."""
    out = []

    def walk(menu, title, path):
        rows, submenus = [], []
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                submenus.append((action.menu(), [*path, _mnemonic(action.text())]))
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k] or [", ".join([*path, _mnemonic(action.text())])]
            text = {"undo": "Undo", "redo": "Redo"}.get(action.objectName(), action.text())
            rows.append((text.replace("&", ""), " or ".join(keys)))
        if rows:
            out.append((title, rows))
        for sub, sub_path in submenus:
            walk(sub, f"{title} › {sub.title().replace('&', '')}", sub_path)

    for action in menubar.actions():
        if action.menu() is not None:
            walk(action.menu(), action.menu().title().replace("&", ""), [f"Alt+{_mnemonic(action.text())}"])
    return out


def _mnemonic(text: str) -> str:
    """The letter after "&" that picks a menu entry from the keyboard ("?" when it has none)."""
    i = text.find("&")
    return text[i + 1].upper() if 0 <= i < len(text) - 1 else "?"


class HelpOverlay(QFrame):
    """A translucent sheet over the window listing every shortcut; Esc, F1 or a click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#helpOverlay { background: palette(window); border: 2px solid palette(highlight);"
                           " border-radius: 8px; }")
        self.label = QLabel()
        self.label.setObjectName("helpText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def toggle(self, menubar: QMenuBar) -> None:
        if self.isVisible():
            self.hide()
            return
        self.label.setText(self.render(menubar))
        self.cover()
        self.show()
        self.raise_()
        self.setFocus()

    @staticmethod
    def render(menubar: QMenuBar) -> str:
        parts = ["<h2>Keyboard shortcuts</h2><p>Single-letter keys work anywhere except while typing in "
                 "a text field; Esc in a search or filter box goes back to the article. Quote keys act on "
                 "the quote selected in the quote table. Press Esc or F1 to close.</p><table cellspacing='6'>"]
        for title, rows in shortcut_rows(menubar):
            parts.append(f"<tr><td colspan='2'><b>{escape(title)}</b></td></tr>")
            for text, keys in rows:
                parts.append(f"<tr><td><code>{escape(keys)}</code></td><td>{escape(text.rstrip('…'))}</td></tr>")
        parts.append("</table><p>Underlines: dashed = proposed, solid = verified, wavy = low confidence, "
                     "dotted = not speech; struck through = rejected; bold underlined word = the speaker's "
                     "mention.</p>")
        return "".join(parts)

    def cover(self) -> None:
        parent = self.parentWidget()
        margin = 60
        self.setGeometry(parent.rect().adjusted(margin, margin, -margin, -margin))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_Question):
            self.hide()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.hide()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)
