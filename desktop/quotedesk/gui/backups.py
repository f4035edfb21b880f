"""Backups in the window: File → Restore from backup…, and the dialog shown when the library
cannot be opened at start-up (restore a backup, open another library, create a new one, or quit;
for a library holding database objects QuoteDesk did not create, also remove them).

The copying is :mod:`quotedesk.store.backup`; these dialogs list, confirm and report. A library
that cannot be opened is never written to: a backup restored for it becomes a new file beside it
(removing foreign objects, which the user asks for, takes a backup of it first).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from quotedesk.core.errors import QuoteDeskError
from quotedesk.store import Library, backup

_LIBRARY_FILTER = "QuoteDesk libraries (*.sqlite *.db);;All files (*)"


def open_library(path: Path, *, create: bool, drop_foreign: bool = False) -> Library:
    """Open the library and make the first reads the window makes, so damage there shows now;
    ``drop_foreign`` removes database objects QuoteDesk did not create (after a backup).

    Raises
    ------
    QuoteDeskError
        The library cannot be opened or read; the message says why.
    """
    library = Library.open(path, create=create, drop_foreign=drop_foreign)
    try:
        library.articles()
        library.review_queue(limit=1)
    except BaseException:
        library.close()
        raise
    return library


class BackupList(QListWidget):
    """The backups of one library, newest first: date, articles, corrections, size."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupList")
        self.backups = backup.list_backups(library_path)
        for b in self.backups:
            item = QListWidgetItem(b.describe())
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.addItem(item)
        if self.backups:
            self.setCurrentRow(0)

    def selected(self) -> backup.Backup | None:
        row = self.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None


class RestoreDialog(QDialog):
    """File → Restore from backup…: pick a backup, confirm, and ``restoreRequested`` is emitted."""

    restoreRequested = Signal(object)  # the Backup

    def __init__(self, parent: QWidget | None, *, library_path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setObjectName("restoreDialog")
        self.list = BackupList(library_path)
        self.list.itemDoubleClicked.connect(lambda _item: self.confirm())
        note = QLabel(f"Backups of {library_path.name}, newest first. Restoring replaces the library's contents; "
                      "the library as it is now is backed up first." if self.list.backups else
                      f"There are no backups of {library_path.name} yet (in {backup.backup_dir(library_path)}).")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("&Restore…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.list.backups))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def confirm(self) -> None:
        chosen = self.list.selected()
        if chosen is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Restore from backup",
                          f"Replace the library's contents with the backup of {chosen.describe()}?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        box.setInformativeText("The library as it is now is backed up first, so this can be undone by "
                               "restoring that backup.")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def clicked(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.accept()
                self.restoreRequested.emit(chosen)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()


class StartupDialog(QDialog):
    """The library could not be opened: restore a backup, open another, create a new one, or quit;
    with ``foreign`` (it holds objects QuoteDesk did not create), also remove them and open it.

    Accepted once a choice has opened a library: ``library`` and ``library_path`` are then set.
    A choice that fails says why in the dialog and leaves the others open to try.
    """

    def __init__(self, library_path: Path, problem: str, parent: QWidget | None = None, *,
                 foreign: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("QuoteDesk cannot open its library")
        self.setObjectName("startupDialog")
        self.bad_path = library_path
        self.library: Library | None = None
        self.library_path: Path | None = None
        self.file_dialog: QFileDialog | None = None

        message = QLabel(problem)
        message.setObjectName("startupProblem")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = BackupList(library_path)
        self.restore_button = QPushButton("&Restore the selected backup")
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setEnabled(bool(self.list.backups))
        self.open_button = QPushButton("&Open another library…")
        self.open_button.clicked.connect(self.choose_other)
        self.create_button = QPushButton("&Create a new library…")
        self.create_button.clicked.connect(self.choose_new)
        self.quit_button = QPushButton("&Quit")
        self.quit_button.clicked.connect(self.reject)
        self.remove_foreign_button = QPushButton("Re&move the foreign objects (a backup is taken first)")
        self.remove_foreign_button.clicked.connect(lambda: self._open(library_path, create=False, drop_foreign=True))
        self.status = QLabel()
        self.status.setObjectName("startupStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.remove_foreign_button)
        self.remove_foreign_button.setVisible(foreign)
        if self.list.backups:
            layout.addWidget(QLabel(f"Backups of {library_path.name} (a restored backup becomes a new library "
                                    "file beside it; this file is left as it is):"))
            layout.addWidget(self.list)
        else:
            layout.addWidget(QLabel(f"There are no backups of {library_path.name}."))
            self.list.hide()
        row = QHBoxLayout()
        for b in (self.restore_button, self.open_button, self.create_button, self.quit_button):
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.resize(640, 360)

    def restore(self) -> None:
        chosen = self.list.selected()
        if chosen is None:
            return
        target = self.bad_path if not self.bad_path.exists() else _beside(self.bad_path, "restored")
        try:
            backup.restore_copy(chosen.path, target)
        except QuoteDeskError as e:
            self.status.setText(str(e))
            return
        self._open(target, create=False)

    def choose_other(self) -> None:
        self._file_dialog("Open a library", QFileDialog.AcceptMode.AcceptOpen, lambda p: self._open(p, create=False))

    def choose_new(self) -> None:
        dialog = self._file_dialog("Create a new library", QFileDialog.AcceptMode.AcceptSave,
                                   lambda p: self._open(p, create=True))
        dialog.selectFile(str(_beside(self.bad_path, "new")))

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode, then) -> QFileDialog:
        dialog = QFileDialog(self, title, str(self.bad_path.parent if self.bad_path.parent.is_dir() else Path.home()),
                             _LIBRARY_FILTER)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same dialog everywhere, and in tests
        dialog.setAcceptMode(mode)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile if mode == QFileDialog.AcceptMode.AcceptOpen
                           else QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("sqlite")
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _open(self, path: Path, *, create: bool, drop_foreign: bool = False) -> None:
        try:
            library = open_library(path, create=create, drop_foreign=drop_foreign)
        except QuoteDeskError as e:
            self.status.setText(str(e))
            return
        self.library, self.library_path = library, path
        self.accept()


def _beside(path: Path, what: str) -> Path:
    """A file name beside ``path`` that is not taken: ``library-restored-20261205T1345.sqlite``."""
    stem = f"{path.stem}-{what}-{datetime.now():%Y%m%dT%H%M}"
    candidate, n = path.with_name(stem + path.suffix), 1
    while candidate.exists():
        candidate, n = path.with_name(f"{stem}-{n}{path.suffix}"), n + 1
    return candidate
