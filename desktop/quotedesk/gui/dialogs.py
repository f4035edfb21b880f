"""Small dialogs: speaker picker (and its same-speaker question), pasted article, preferences,
accepting confident quotes.

Dialogs are opened with ``open()`` (window-modal, not a nested event loop), and report through
``accepted``; that keeps the window responsive and lets tests type into them.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from quotedesk.core.model import ACCEPT_UNREAD, SpeakerKind


def speaker_choices(people, library_speakers) -> list[str]:
    """Names for the picker: the article's people first, then the library's, no repeats."""
    seen: set[str] = set()
    out: list[str] = []
    for name in [p.name for p in people] + [a for p in people for a in (p.aliases or ())] + [
        s.name for s in library_speakers
    ]:
        key = (name or "").casefold()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


class SpeakerDialog(QDialog):
    """Pick the speaker: autocomplete over the article's people, then the library's, or a new name."""

    KEEP_KIND = "(keep)"

    def __init__(self, parent: QWidget | None, *, current: str | None, choices: list[str], people=()) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change speaker")
        self.setObjectName("speakerDialog")
        self._people = {p.name.casefold(): p for p in people}
        self.name_edit = QLineEdit(current or "")
        self.name_edit.setObjectName("speakerName")
        self.name_edit.selectAll()
        self.name_edit.setPlaceholderText("Full name, or a description such as “a U.S. official”")
        self.completer = QCompleter(QStringListModel(choices, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)  # article's people first
        self.name_edit.setCompleter(self.completer)
        self.name_edit.returnPressed.connect(self.accept)  # also while the suggestions are open
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.KEEP_KIND, None)
        for kind in SpeakerKind:
            self.kind_combo.addItem(kind.value, kind.value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        hint = QLabel("People in this article come first; type any other name to add a speaker.")
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow("&Speaker:", self.name_edit)
        form.addRow("&Kind:", self.kind_combo)
        form.addRow(buttons)

    def accept(self) -> None:
        """Enter on a suggestion in the popup takes it and closes the dialog: one key."""
        if not self.isVisible():
            return  # Enter reaches the box, the popup and the default button: accept once
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self.name_edit.setText(popup.currentIndex().data())
        super().accept()

    def name(self) -> str | None:
        return " ".join(self.name_edit.text().split()) or None

    def kind(self) -> str | None:
        chosen = self.kind_combo.currentData()
        if chosen:
            return chosen
        person = self._people.get((self.name() or "").casefold())
        return getattr(person.kind, "value", person.kind) if person else None


class SameSpeakerQuestion(QMessageBox):
    """A typed name that would join a speaker known by another name ("Cisco Talos" and
    "Talos"): Enter keeps it exactly as typed (``keep``); ``same`` makes them one speaker."""

    def __init__(self, parent: QWidget | None, *, typed: str, existing: str) -> None:
        super().__init__(QMessageBox.Icon.Question, "Same speaker?",
                         f"“{typed}” is a new name; “{existing}” is already a speaker. Keep “{typed}” as a "
                         f"speaker of its own, or attribute the quote to “{existing}”?", parent=parent)
        self.setObjectName("sameSpeaker")
        self.keep = self.addButton(f"&Keep “{typed}”", QMessageBox.ButtonRole.AcceptRole)
        self.same = self.addButton(f"&Same as “{existing}”", QMessageBox.ButtonRole.YesRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.keep)


class PasteDialog(QDialog):
    """An article pasted as text (never interpreted as markup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New article from pasted text")
        self.setObjectName("pasteDialog")
        self.resize(640, 480)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title (optional: the first line is used otherwise)")
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText("Source or URL (optional)")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("Paste the article text here")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Analyse")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.source_edit)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)


class PreferencesDialog(QDialog):
    """Editor name (recorded with every correction) and library path (used at next start)."""

    def __init__(self, parent: QWidget | None, *, editor: str, library_path: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferencesDialog")
        self.editor_edit = QLineEdit(editor)
        self.library_edit = QLineEdit(library_path)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.library_edit, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Editor name:", self.editor_edit)
        form.addRow("&Library file:", row)
        note = QLabel("A new library path is used the next time QuoteDesk starts.")
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Library file", self.library_edit.text(), "QuoteDesk library (*.sqlite);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.library_edit.setText(path)


class AcceptConfidentDialog(QDialog):
    """Accept every proposed quote at or above a chosen confidence, in one undoable step.

    ``count(threshold)`` says how many quotes that is; the label and the button follow it.
    """

    def __init__(self, parent: QWidget | None, *, count, threshold: float = ACCEPT_UNREAD) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accept confident quotes")
        self.setObjectName("acceptConfidentDialog")
        self._count = count
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("confidenceThreshold")
        self.threshold.setRange(0.5, 1.0)
        self.threshold.setSingleStep(0.01)
        self.threshold.setDecimals(2)
        self.threshold.setValue(threshold)
        self.summary = QLabel()
        self.summary.setObjectName("confidentSummary")
        self.summary.setWordWrap(True)
        hint = QLabel(f"The confidence is the chance that a quote is real speech and its speaker right. "
                      f"At {ACCEPT_UNREAD:.2f}, about half the quotes of news the engine was not tuned on "
                      "qualify, and 98 to 99 in 100 of them are right. Undo (Ctrl+Z) takes them all back.")
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow("Accept quotes with confidence &at least:", self.threshold)
        form.addRow(self.summary)
        form.addRow(self.buttons)
        self.threshold.valueChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        n = self._count(self.threshold.value())
        self.summary.setText(f"{n:,} proposed quote{'s' if n != 1 else ''} in the library "
                             f"{'has' if n == 1 else 'have'} this confidence or more.")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Accept {n:,}")
        ok.setEnabled(n > 0)
