"""The export dialog: the library's formats and filters, written on a worker thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout


class ExportDialog(QDialog):
    def __init__(self, parent, *, library, library_path, runner) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        QVBoxLayout(self).addWidget(QLabel("Export is not available yet."))
