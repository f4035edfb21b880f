"""Retraining from the window: the before/after report, and the library's model versions.

Retraining itself (``services.training.train``) runs on a worker thread like an import (see
``gui.jobs.retrain``); these dialogs only show its :class:`TrainingReport` and the stored
versions, and roll back with ``services.training.activate`` on the GUI thread (loading a stored
linear model takes milliseconds).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from quotedesk.core.errors import QuoteDeskError

RULES = "rules"


def active_model_label(library) -> str:
    """``"Model: rules"`` or ``"Model: <version>"`` for the status bar."""
    try:
        record = library.active_model()
    except QuoteDeskError:
        return "Model: unknown"
    return f"Model: {record.version if record is not None else RULES}"


def _f1(metrics: dict | None) -> float | None:
    try:
        return float(metrics["attributed"]["f1"])
    except (TypeError, KeyError, ValueError):
        return None


def _speaker(metrics: dict | None) -> float | None:
    try:
        return float(metrics["speaker_accuracy"])
    except (TypeError, KeyError, ValueError):
        return None


def _quote_f1(metrics: dict | None) -> float | None:
    try:
        return float(metrics["quotes_overlap"]["f1"])
    except (TypeError, KeyError, ValueError):
        return None


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _delta(before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return ""
    d = after - before
    return "±0.000" if abs(d) < 0.0005 else f"{d:+.3f}"


def _item(text: str, *, bold: bool = False, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def verdict(report) -> str:
    """One paragraph saying what the retraining changed, in an editor's words."""
    new, old = report.version, report.baseline_version
    before, after = _f1(report.baseline), _f1(report.metrics)
    what = "the rules" if old == RULES else f"the previous model {old}"
    if report.activated:
        return (f"The new model {new} is now in use: it scores better than {what} on "
                f"{report.n_heldout} verified article{'s' if report.n_heldout != 1 else ''} it was not "
                f"trained on (attributed F1 {_fmt(before)} → {_fmt(after)}). Articles imported from now on "
                "are attributed with it; quotes already in the library are not changed.")
    if before is None or after is None:
        return (f"The new model {new} was stored but NOT made active: there are no held-out verified "
                f"articles to prove it better, so {what} stay{'' if old == RULES else 's'} in use. Fully "
                "review at least two articles and retrain, or choose it by hand in the Models dialog.")
    if after < before:
        how = f"it scores lower than {what}"
    elif after == before:
        how = f"it scores the same as {what}, not better"
    else:
        how = f"it scores better than {what}, but was not activated, as asked"
    return (f"The new model {new} was stored but kept INACTIVE: {how} on {report.n_heldout} held-out "
            f"verified article{'s' if report.n_heldout != 1 else ''} (attributed F1 {_fmt(before)} → "
            f"{_fmt(after)}). {what[0].upper() + what[1:]} stay{'' if old == RULES else 's'} in use: "
            "QuoteDesk never makes attribution worse silently. It can still be chosen by hand in the Models dialog.")


class RetrainReportDialog(QDialog):
    """Before (rules or the previous model) and after (the new model) on the held-out articles."""

    def __init__(self, parent, report, *, library=None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("retrainReport")
        self.setWindowTitle("Retraining finished" if report.activated else "Retraining finished: model kept inactive")
        self.resize(680, 330)
        layout = QVBoxLayout(self)

        self.verdict_label = QLabel(verdict(report))
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.verdict_label.font()
        font.setBold(True)
        self.verdict_label.setFont(font)
        layout.addWidget(self.verdict_label)

        before_name = "rules" if report.baseline_version == RULES else report.baseline_version
        self.table = QTableWidget(4, 3)
        self.table.setObjectName("figures")
        self.table.setHorizontalHeaderLabels([f"Before\n{before_name}", f"After\n{report.version}", "Change"])
        self.table.setVerticalHeaderLabels(["Attributed F1", "Speaker accuracy", "Quote F1", "Training set"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, fn in enumerate((_f1, _speaker, _quote_f1)):
            b, a = fn(report.baseline), fn(report.metrics)
            self.table.setItem(row, 0, _item(_fmt(b), align_right=True))
            self.table.setItem(row, 1, _item(_fmt(a), align_right=True, bold=report.activated))
            self.table.setItem(row, 2, _item(_delta(b, a), align_right=True))
        self.table.setItem(3, 0, _item(self._baseline_size(library), align_right=True))
        self.table.setItem(3, 1, _item(f"{report.n_train_quotes} quotes in {report.n_train_articles} articles",
                                       align_right=True))
        self.table.setItem(3, 2, _item(""))
        layout.addWidget(self.table)

        if report.heldout_source == "none" or report.metrics is None:
            measured = "No held-out articles: nothing was measured."
        else:
            source = "verified articles" if report.heldout_source == "library" else "gold-file articles"
            measured = (f"Measured on {report.n_heldout} held-out {source}, never trained on; "
                        f"trained in {report.seconds:.0f} s.")
        self.measured_label = QLabel(measured)
        self.measured_label.setObjectName("measured")
        self.measured_label.setWordWrap(True)
        layout.addWidget(self.measured_label)
        self.notes_label = QLabel("\n".join(report.notes))
        self.notes_label.setObjectName("notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setVisible(bool(report.notes))
        layout.addWidget(self.notes_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.models_button = buttons.addButton("Models…", QDialogButtonBox.ButtonRole.ActionRole)
        self.models_button.setObjectName("showModels")
        self.reanalyze_button = buttons.addButton("Re-analyse unreviewed articles", QDialogButtonBox.ButtonRole.ActionRole)
        self.reanalyze_button.setObjectName("reanalyze")
        self.reanalyze_button.setToolTip("Give the articles you have not reviewed the new model's answers; "
                                         "your verified and corrected quotes stay as they are")
        self.reanalyze_button.setVisible(bool(report.activated))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _baseline_size(self, library) -> str:
        if self.report.baseline_version == RULES:
            return "— (hand-written rules)"
        if library is not None:
            try:
                for record in library.model_versions():
                    if record.version == self.report.baseline_version and record.n_train is not None:
                        return f"{record.n_train} articles"
            except QuoteDeskError:
                pass
        return "—"

    def figures(self) -> list[list[str]]:
        """The table's text, row by row (before, after, change), for tests and screenshots."""
        return [[self.table.item(r, c).text() for c in range(3)] for r in range(self.table.rowCount())]


class ModelsDialog(QDialog):
    """The library's attribution models, which one is in use, and rollback."""

    activeModelChanged = Signal(object)  # the version now in use, or None for the rules

    COLUMNS = ["Version", "Trained", "Training articles", "Attributed F1", "Speaker accuracy", "Compared with (F1)",
               "In use"]

    def __init__(self, parent, *, library) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("modelsDialog")
        self.setWindowTitle("Attribution models")
        self.resize(1040, 340)
        layout = QVBoxLayout(self)
        self.current_label = QLabel()
        self.current_label.setObjectName("currentModel")
        self.current_label.setWordWrap(True)
        layout.addWidget(self.current_label)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("versions")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.use_selected())
        layout.addWidget(self.table)
        note = QLabel("Figures are each version's own held-out verified articles at the time it was trained. "
                      "The model in use attributes speakers in articles imported from now on.")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = QPushButton("&Use this version")
        self.use_button.setObjectName("useVersion")
        self.rules_button = QPushButton("Use &rules only")
        self.rules_button.setObjectName("useRules")
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rules_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self.use_selected)
        self.rules_button.clicked.connect(self.use_rules)
        layout.addWidget(buttons)
        self.records: list = []
        self.refresh()

    def refresh(self) -> None:
        try:
            records = list(self.library.model_versions())
        except QuoteDeskError as e:
            records = []
            self.current_label.setText(f"The library's models cannot be read: {e}")
        self.records = sorted(records, key=lambda r: (r.created_at, r.version), reverse=True)  # newest first
        active = next((r for r in self.records if r.active), None)
        if not self.records:
            self.current_label.setText("No trained models yet: the rules are in use. Verify and correct quotes, "
                                       "then Tools → Retrain model….")
        elif active is None:
            self.current_label.setText("In use: the rules alone (no trained model active).")
        else:
            self.current_label.setText(f"In use: {active.version}.")
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            metrics = r.metrics or {}
            held, base = metrics.get("heldout"), metrics.get("baseline")
            base_name = metrics.get("baseline_version") or "—"
            cells = [
                r.version,
                (r.created_at or "")[:16].replace("T", " "),
                "—" if r.n_train is None else str(r.n_train),
                _fmt(_f1(held)),
                _fmt(_speaker(held)),
                f"{base_name} ({_fmt(_f1(base))})" if base else (base_name if base_name != "—" else "—"),
                "● in use" if r.active else ("" if r.has_blob else "no model stored"),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, _item(text, bold=r.active, align_right=col in (2, 3, 4)))
        self._update_buttons()

    def selected_version(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.records[row].version if 0 <= row < len(self.records) else None

    def select_version(self, version: str) -> None:
        for row, r in enumerate(self.records):
            if r.version == version:
                self.table.selectRow(row)
                return

    def active_version(self) -> str | None:
        return next((r.version for r in self.records if r.active), None)

    def _update_buttons(self) -> None:
        version = self.selected_version()
        record = next((r for r in self.records if r.version == version), None)
        self.use_button.setEnabled(record is not None and not record.active and record.has_blob)
        self.rules_button.setEnabled(self.active_version() is not None)

    def use_selected(self) -> None:
        version = self.selected_version()
        if version is not None and version != self.active_version():
            self._activate(version)

    def use_rules(self) -> None:
        if self.active_version() is not None:
            self._activate(None)

    def _activate(self, version: str | None) -> None:
        from quotedesk.services import training  # already imported by the model loader

        try:
            training.activate(self.library, version)
        except QuoteDeskError as e:
            box = QMessageBox(QMessageBox.Icon.Warning, "The model was not changed", str(e),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("activateError")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.error_box = box
            box.open()
            return
        self.refresh()
        if version is not None:
            self.select_version(version)
        self.activeModelChanged.emit(version)
