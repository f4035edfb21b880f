"""The window's long work as :class:`JobSpec`\\ s: opening files, pasted text, imports,
retraining and re-analysis, each run by the window's :class:`JobController` (``self.job_control``)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quotedesk import ingest
from quotedesk.gui import jobs
from quotedesk.gui.dialogs import PasteDialog
from quotedesk.gui.job_controller import JobSpec
from quotedesk.gui.models_dialog import RetrainReportDialog

LARGE_OPEN_BYTES = 64 * 1024  # files opened beyond this size are analysed in a child process
FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.jsonl *.ndjson);;All files (*)"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class LongWork:
    """Mixed into the main window: starts its jobs and shows what they did."""

    # Imports from the File menu run the engine in a child process, so the GUI thread never
    # waits for spaCy's GIL (see gui.jobs). Opening one file or pasted text stays in-process.
    import_in_process = True
    # Retraining parses every reviewed article: in a child process too, for the same reason.
    retrain_in_process = True

    # -- opening and pasting ---------------------------------------------------------------------

    def open_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open article", "", FILE_FILTER)
        if files:
            self.open_paths(files)

    def open_paths(self, file_paths, *, name: str = "open") -> None:
        """Analyse the files, add them to the library and show the first."""
        job = jobs.import_in_process if self._large(file_paths) else jobs.import_paths
        run = functools.partial(job, str(self.library_path), [str(p) for p in file_paths], self.prefs.editor)
        self.job_control.start(JobSpec(name, f"Analysing {_plural(len(file_paths), 'file')}…",
                                lambda state: jobs.opened_ids(run(state)), self._opened))

    def _large(self, file_paths) -> bool:
        """Whether analysing these files in-process could hold the GUI thread noticeably.

        A few articles are analysed here (the model is already loaded); more, or long ones, go to
        a child process like any import, which costs a second or two to load its own model.
        """
        if not self.import_in_process:
            return False
        total = 0
        for p in file_paths:
            try:
                total += Path(p).stat().st_size
            except OSError:
                pass  # the import reports the file
        return total > LARGE_OPEN_BYTES

    def paste_dialog(self) -> None:
        dialog = PasteDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted():
            text = dialog.text_edit.toPlainText()
            if not text.strip():
                return
            title = dialog.title_edit.text().strip() or ingest.guess_title(text)
            source = dialog.source_edit.text().strip() or None
            article = ingest.ArticleInput(id=f"pasted-{ingest.content_hash(text)[:12]}", text=text,
                                          title=title, source=source)
            self.open_inputs([article])

        dialog.accepted.connect(accepted)
        self.paste = dialog
        dialog.open()

    def open_inputs(self, inputs, *, name: str = "paste") -> None:
        fn = functools.partial(jobs.analyse_inputs, str(self.library_path), list(inputs))
        self.job_control.start(JobSpec(name, "Analysing the pasted article…", fn, self._opened))

    def _opened(self, ids: list[int]) -> None:
        if ids:
            self.open_article(ids[0])
            self.statusBar().showMessage(f"{_plural(len(ids), 'article')} analysed", 5000)

    # -- imports ---------------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", FILE_FILTER)
        if files:
            self.import_paths(files)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_paths([folder])

    def import_paths(self, import_paths) -> None:
        """Import files and folders through the library's import service (bad files reported)."""
        job = jobs.import_in_process if self.import_in_process else jobs.import_paths
        fn = functools.partial(job, str(self.library_path), [str(p) for p in import_paths], self.prefs.editor)
        self.job_control.start(JobSpec("import", "Importing…", fn, self._imported))

    def _imported(self, report) -> None:
        summary = report.summary()
        self.statusBar().showMessage(summary, 10000)
        errors = jobs.report_errors(report)
        if errors:
            box = QMessageBox(QMessageBox.Icon.Warning, "Some files were not imported",
                              f"{summary}\n\nThese files were skipped:", QMessageBox.StandardButton.Ok, self)
            box.setObjectName("importErrors")
            box.setDetailedText("\n".join(errors))
            box.setInformativeText("\n".join(errors[:8]) + ("\n…" if len(errors) > 8 else ""))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.import_errors_box = box
            box.open()
        if self.article is None:
            articles = self.library.articles()
            if articles:
                self.open_article(articles[0].id)

    # -- retraining and re-analysis --------------------------------------------------------------

    def retrain(self) -> None:
        """Train a new attribution model from the library's corrections, on a worker thread."""
        job = jobs.retrain_in_process if self.retrain_in_process else jobs.retrain
        self.job_control.start(JobSpec("retrain", "Retraining from your corrections…",
                                functools.partial(job, str(self.library_path)), self._retrained,
                                cancelled="Retraining cancelled; no model was stored.",
                                on_error=self._nothing_to_learn))

    def _retrained(self, report) -> None:
        self.update_model_status()
        self.statusBar().showMessage(
            f"Retrained: {report.version} is {'now in use' if report.activated else 'stored, kept inactive'}", 10000)
        if not self.job_control.closing:
            dialog = RetrainReportDialog(self, report, library=self.library)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.models_button.clicked.connect(lambda: (dialog.accept(), self.models_dialog()))
            dialog.reanalyze_button.clicked.connect(lambda: (dialog.accept(), self.reanalyze()))
            self.retrain_report = dialog
            dialog.open()

    def _nothing_to_learn(self, error: BaseException) -> str | None:
        """Retraining with nothing to learn from explains what to do; other errors get the usual box."""
        from quotedesk.services.training import TrainingError  # loaded by the job that failed

        if not isinstance(error, TrainingError):
            return None
        message = str(error)
        for prefix in {str(self.library_path), str(self.library_path.resolve())}:
            if message.startswith(prefix + ": "):
                message = message[len(prefix) + 2:]
        if "nothing to learn" in message:
            text = ("Nothing to learn from yet.\n\nRetraining learns from the quotes you have reviewed: verify "
                    "quotes (V, or Shift+V for a whole article), correct their speakers (S) and reject what "
                    "is not a quote (X). Review a few articles, then retrain.")
        else:
            text = f"Nothing to learn from yet: {message}."
        self.statusBar().showMessage("Retraining: nothing to learn from yet", 6000)
        if not self.job_control.closing:
            box = QMessageBox(QMessageBox.Icon.Information, "Nothing to learn yet", text,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("nothingToLearn")
            box.setDetailedText(message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.retrain_box = box
            box.open()
        return message

    def reanalyze(self) -> None:
        """Re-analyse the articles not fully reviewed with the model in use (in a child process)."""
        job = jobs.reanalyze_in_process if self.retrain_in_process else jobs.reanalyze
        # As soon as the open article is re-analysed, not at the next poll: the editor never
        # works on proposals that were just replaced.
        self.job_control.start(JobSpec("reanalyze", "Re-analysing unreviewed articles…",
                                functools.partial(job, str(self.library_path), self.prefs.editor),
                                lambda report: self.statusBar().showMessage(report.summary(), 15000),
                                on_progress=self._follow_open_article))
