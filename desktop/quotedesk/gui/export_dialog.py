"""The export dialog: the library's formats and filters, written on a worker thread."""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QWidget,
)

from quotedesk.gui import jobs
from quotedesk.gui.settings import WindowState


@dataclass(frozen=True)
class ExportFormat:
    label: str
    module: str
    function: str
    suffix: str
    filters: bool  # takes verified_only / speaker / date filters
    counts: str = "quote"  # what the number it returns counts

    def resolve(self):
        """The export function, or None when this build's library has no such export."""
        try:
            return getattr(importlib.import_module(self.module), self.function)
        except (ImportError, AttributeError):
            return None


FORMATS = (
    ExportFormat("JSON Lines: articles with quotes (re-importable)", "quotedesk.store.export", "export_jsonl",
                 ".jsonl", True),
    ExportFormat("CSV: one row per quote", "quotedesk.store.export", "export_csv", ".csv", True),
    ExportFormat("spaCy DocBin: training data", "quotedesk.services.spacy_export", "export_spacy", ".spacy", True),
    ExportFormat("Corrections log (JSON Lines)", "quotedesk.store.export", "export_corrections", ".jsonl", False,
                 "correction"),
)


class ExportDialog(QDialog):
    """Pick a format, filters and a file; the export runs off the GUI thread.

    The file is proposed in the folder of the last export (``window_state``), else the library's.
    """

    exported = Signal(str, object)  # path, what the export function returned (a count)

    def __init__(self, parent: QWidget | None, *, library, library_path, runner,
                 window_state: WindowState | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.setObjectName("exportDialog")
        self._library_path = Path(library_path)
        self._window_state = window_state
        self._runner = runner
        self._task = None
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for fmt in FORMATS:
            self.format_combo.addItem(fmt.label, fmt)
            if fmt.resolve() is None:
                item = self.format_combo.model().item(self.format_combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip("Not available in this version")
        self.verified_check = QCheckBox("Verified quotes only")
        self.verified_check.setObjectName("exportVerifiedOnly")
        self.speaker_edit = QLineEdit()
        self.speaker_edit.setPlaceholderText("Any speaker (or a name they go by)")
        try:
            names = [s.name for s in library.speakers()]
        except Exception:  # a completer is a convenience; the filter still works without it
            names = []
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_edit.setCompleter(completer)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("YYYY-MM-DD")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        dates = QHBoxLayout()
        dates.addWidget(QLabel("from"))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.date_to)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        # Each label's key leads to its own box (a label before a row of widgets needs its buddy
        # set, or it shows the "&"); Alt+F is the file, where a typed path belongs.
        form.addRow(_label("F&ormat:", self.format_combo), self.format_combo)
        form.addRow("", self.verified_check)
        form.addRow(_label("&Speaker:", self.speaker_edit), self.speaker_edit)
        form.addRow(_label("Article &dates:", self.date_from), dates)
        form.addRow(_label("&File:", self.path_edit), path_row)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def fmt(self) -> ExportFormat:
        return self.format_combo.currentData()

    def _format_changed(self) -> None:
        fmt = self.fmt()
        for w in (self.verified_check, self.speaker_edit, self.date_from, self.date_to):
            w.setEnabled(fmt.filters)
        path = self.path_edit.text().strip()
        if not path:
            folder = (self._window_state and self._window_state.folder("export")) or self._library_path.parent
            self.path_edit.setText(str(folder / f"quotedesk-export{fmt.suffix}"))
        else:
            self.path_edit.setText(str(Path(path).with_suffix(fmt.suffix)))

    def _browse(self) -> None:
        fmt = self.fmt()
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path_edit.text(),
                                              f"{fmt.label} (*{fmt.suffix});;All files (*)")
        if path:
            self.path_edit.setText(path)

    def options(self) -> dict:
        if not self.fmt().filters:
            return {}
        opts: dict = {}
        if self.verified_check.isChecked():
            opts["verified_only"] = True
        for key, edit in (("speaker", self.speaker_edit), ("date_from", self.date_from),
                          ("date_to", self.date_to)):
            value = edit.text().strip()
            if value:
                opts[key] = value
        return opts

    def start(self) -> None:
        fn = self.fmt().resolve()
        path = self.path_edit.text().strip()
        if fn is None or not path:
            self.status.setText("Choose an available format and a file.")
            return
        self.export_button.setEnabled(False)
        self.status.setText("Exporting…")
        fmt = self.fmt()
        job = functools.partial(jobs.export, str(self._library_path), fn, path, self.options())
        self._task = self._runner.start(job, name="export", serial=False,
                                        on_finished=lambda n: self._done(fmt, path, n),
                                        on_failed=self._failed)

    def _done(self, fmt: ExportFormat, path: str, written) -> None:
        self._task = None
        message = exported_message(fmt.counts, written, path)
        self.status.setText(message)
        if self._window_state is not None:
            self._window_state.set_folder("export", Path(path).parent)
        self.exported.emit(path, written)
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(message, 8000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        self.status.setText(f"Export failed: {error}")


def exported_message(noun: str, written, path: str) -> str:
    """"Exported 1,079 quotes from 100 articles to PATH" (``written``: a count with ``articles``)."""
    text = f"Exported {_count(written, noun)}"
    articles = getattr(written, "articles", None)
    if articles is not None:
        text += f" from {_count(articles, 'article')}"
    return f"{text} to {path}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
