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


@dataclass(frozen=True)
class ExportFormat:
    label: str
    module: str
    function: str
    suffix: str
    filters: bool  # takes verified_only / speaker / date filters

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
    ExportFormat("Corrections log (JSON Lines)", "quotedesk.store.export", "export_corrections", ".jsonl", False),
)


class ExportDialog(QDialog):
    """Pick a format, filters and a file; the export runs off the GUI thread."""

    exported = Signal(str, object)  # path, what the export function returned (a count)

    def __init__(self, parent: QWidget | None, *, library, library_path, runner) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.setObjectName("exportDialog")
        self._library_path = Path(library_path)
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
        default = str(self._library_path.with_name(f"quotedesk-export{fmt.suffix}"))
        if not path:
            self.path_edit.setText(default)
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
        job = functools.partial(jobs.export, str(self._library_path), fn, path, self.options())
        self._task = self._runner.start(job, name="export", serial=False,
                                        on_finished=lambda n: self._done(path, n),
                                        on_failed=self._failed)

    def _done(self, path: str, result) -> None:
        self._task = None
        self.status.setText(f"Exported {result} to {path}")
        self.exported.emit(path, result)
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(f"Exported {result} to {path}", 8000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        self.status.setText(f"Export failed: {error}")


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
