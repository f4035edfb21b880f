"""The main window: library sidebar, article view, quote panel, search and review queue.

Its parts live by concern: actions and menus as data (``gui.window_actions``,
``gui.quote_actions``), long work as job specs run by one controller (``gui.window_jobs``,
``gui.job_controller``), the review queue (``gui.review_queue``) and the panels
(``gui.window_panels``, ``gui.panels``); this module wires them to the open article and the
library.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from quotedesk import __version__
from quotedesk.core import paths
from quotedesk.core.errors import QuoteDeskError
from quotedesk.gui import jobs
from quotedesk.gui.dialogs import (
    AcceptConfidentDialog, PreferencesDialog, SameSpeakerQuestion, SpeakerDialog, speaker_choices,
)
from quotedesk.gui.job_controller import JobController
from quotedesk.gui.models_dialog import ModelsDialog, active_model_label
from quotedesk.gui.quote_actions import QUOTE_ACTIONS
from quotedesk.gui.review_queue import ReviewQueue
from quotedesk.gui.session import Session
from quotedesk.gui.settings import Preferences, WindowState
from quotedesk.gui.window_actions import build_actions, build_menus
from quotedesk.gui.window_jobs import LongWork
from quotedesk.gui.window_panels import WindowPanels
from quotedesk.gui.workers import TaskRunner

REFRESH_DELAY_MS = 150  # coalesces sidebar/queue refreshes after a burst of changes
LIBRARY_POLL_MS = 750  # how often the window checks whether another connection committed


class MainWindow(WindowPanels, LongWork, ReviewQueue, QMainWindow):
    """QuoteDesk's window over one library."""

    articleOpened = Signal(int)
    modelReady = Signal(str)
    jobFinished = Signal(str, object)  # job name, result (list of ids, import report or None)
    jobFailed = Signal(str, str)  # job name, message

    def __init__(self, library, *, library_path: str | Path, settings, load_model: bool = True,
                 first_run_sample: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.library_path = Path(library_path)
        self.settings = settings
        self.prefs = Preferences(settings)
        self.window_state = WindowState(settings)
        self.runner = TaskRunner(self)
        self.session = Session(library, editor=self.prefs.editor, parent=self)
        self.article = None  # the open ArticleRecord
        self.people: list = []
        self.model_label = "not loaded"
        self.model_loaded = False

        self.setWindowTitle(f"QuoteDesk — {self.library_path.name}")
        self.setObjectName("mainWindow")
        self.resize(1320, 820)
        self.build_panels()
        self._build_status_bar()
        build_actions(self)
        build_menus(self)
        self._connect()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_library)
        self._data_version = library.data_version()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(LIBRARY_POLL_MS)
        self._poll_timer.timeout.connect(self._poll_library)
        self._poll_timer.start()

        self._restore_state()
        self.refresh_library()
        for w in getattr(library, "warnings", None) or ():
            self.statusBar().showMessage(str(w), 10000)
        if load_model:
            self.load_model()
        self._start(first_run_sample)

    # -- construction ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.job_control = JobController(self.runner, bar, show_error=self.show_error, after=self._poll_library,
                                         parent=self)
        self.job_control.finished.connect(self.jobFinished)
        self.job_control.failed.connect(self.jobFailed)
        self.model_status = QLabel("Language model: loading…")
        self.model_status.setObjectName("modelStatus")
        self.attribution_status = QLabel()
        self.attribution_status.setObjectName("attributionStatus")
        self.attribution_status.setToolTip("The attribution model new imports use: the rules, or a version "
                                           "retrained from your corrections (Tools → Models…)")
        bar.addPermanentWidget(self.model_status)
        bar.addPermanentWidget(self.attribution_status)
        self.update_model_status()

    def _connect(self) -> None:
        self.sidebar.articleActivated.connect(lambda aid: self.open_article(aid))
        self.quote_panel.quoteSelected.connect(lambda qid: self.select_quote(qid, from_panel=True))
        self.view.quoteClicked.connect(lambda qid: self.select_quote(qid, scroll=False))  # the text stays put
        self.legend.speakerClicked.connect(self._filter_speaker)
        self.search_panel.searchRequested.connect(self.run_search)
        self.search_panel.quoteActivated.connect(self.show_quote)
        self.review_panel.quoteActivated.connect(self.open_from_queue)
        self.session.quoteChanged.connect(self._on_quote_changed)
        self.session.quoteRemoved.connect(self._on_quote_removed)
        self.session.articleChanged.connect(self._on_article_changed)
        self.session.articlesChanged.connect(self._on_articles_changed)
        self.session.failed.connect(lambda msg: self.statusBar().showMessage(f"Not changed: {msg}", 10000))
        self.session.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._update_actions()

    # -- start-up -------------------------------------------------------------------------------

    def _start(self, first_run_sample: bool) -> None:
        articles = self.library.articles()
        if not articles and first_run_sample:
            self.statusBar().showMessage("First run: analysing the sample article…")
            self.view.setPlaceholderText("Analysing the sample article… (the language model is loading)")
            self.open_paths([paths.sample_article()], name="sample")
            return
        last = self.window_state.last_article(str(self.library_path))
        ids = {a.id for a in articles}
        if last in ids:
            self.open_article(last)
        elif articles:
            self.open_article(articles[0].id)

    def load_model(self) -> None:
        self.model_status.setText("Language model: loading…")
        self.runner.start(jobs.load_model, name="load model", on_finished=self._model_loaded,
                          on_failed=self._model_failed)

    def _model_loaded(self, label: str) -> None:
        # The model's many long-lived objects would otherwise be rescanned by every full garbage
        # collection, each one a pause of the GUI thread; freezing them keeps those pauses short.
        gc.freeze()
        self.model_loaded = True
        self.model_label = label
        self.model_status.setText(f"Language model: {label}")
        self.modelReady.emit(label)

    def _model_failed(self, error: BaseException) -> None:
        self.model_status.setText("Language model: not available")
        self.show_error("The language model could not be loaded", str(error))

    # -- library --------------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Sidebar counts, the review queue and the model in use, from the library (three queries)."""
        articles = self.library.articles()
        self.sidebar.set_articles(articles, current=self.article.id if self.article is not None else None)
        self.refresh_queue(articles)
        self.update_model_status()  # follows a change made elsewhere (the CLI's `quotedesk models`)
        panel = self.search_panel
        if panel.speaker_edit.text().strip() or panel.words_edit.text().strip():
            panel.timer.start()  # results follow corrections and imports

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _poll_library(self) -> None:
        """Follow what other connections committed: the window's jobs (imports, retraining,
        re-analysis), the CLI, another window. SQLite's data_version changes for their commits
        only, never for the window's own edits, so those never reload anything."""
        try:
            version = self.library.data_version()
            if version == self._data_version:
                return
            self.refresh_library()
            self._follow_open_article()
        except QuoteDeskError as e:
            self.statusBar().showMessage(str(e), 5000)
            return  # the next poll tries again
        self._data_version = version

    def _follow_open_article(self) -> None:
        """Show the open article as the library now holds it when another connection changed it
        (re-analysis replaced its proposals, another window corrected a quote, it was deleted)."""
        if self.article is None:
            return
        article_id = self.article.id
        try:
            version = self.library.article_versions([article_id])
            quotes = self.library.quotes(article_id)
        except QuoteDeskError:
            return
        if article_id not in version:
            self._close_article()
            self.statusBar().showMessage("The article you had open was deleted from the library elsewhere", 15000)
            return
        if version[article_id] != self.article.model_version:
            self._reload_article()
            self.statusBar().showMessage(
                f"This article was re-analysed ({version[article_id]}): its new proposals are shown", 10000)
            return
        shown = {q.id: q for q in self.quote_panel.model.records()}
        if shown == {q.id: q for q in quotes}:
            return
        # A few quotes corrected elsewhere: changed in place, so nothing scrolls or is reset.
        for q in quotes:
            if shown.get(q.id) != q:
                self.quote_panel.model.upsert(q)
        for quote_id in shown.keys() - {q.id for q in quotes}:
            self.quote_panel.model.remove_record(quote_id)
        self._show_panel_quotes()
        self._update_actions()
        self.statusBar().showMessage(
            "Quotes of this article were changed elsewhere (another window or program): shown as they are now", 10000)

    def _reload_article(self) -> None:
        """Show the open article anew keeping the editor's place: current quote, text cursor and
        scroll positions (filters and the undo stack are not touched)."""
        bars = (self.view.verticalScrollBar(), self.quote_panel.table.verticalScrollBar(),
                self.sidebar.list.verticalScrollBar())
        place = [bar.value() for bar in bars]
        cursor = self.view.textCursor()
        self.open_article(self.article.id, self.current_quote_id())
        self.view.setTextCursor(cursor)
        for bar, value in zip(bars, place):
            bar.setValue(value)

    def _close_article(self) -> None:
        self.article = None
        self.people = []
        self.title_label.clear()
        self.quote_panel.model.set_article(None, [])
        self.quote_panel.update_summary()
        self.view.set_article("", [])
        self.legend.set_quotes([])
        self._update_actions()

    def open_article(self, article_id: int, quote_id: int | None = None) -> None:
        try:
            article = self.library.article(article_id)
            quotes = self.library.quotes(article_id)
            self.people = list(self.library.people(article_id))
        except QuoteDeskError as e:
            self.show_error("The article cannot be opened", str(e))
            return
        self.article = article
        self.title_label.setText(article.title or f"Article {article.id}")
        self.quote_panel.model.set_article(article.text, quotes)
        self.quote_panel.update_summary()
        if quote_id is None:
            ids = self.quote_panel.visible_ids()
            quote_id = ids[0] if ids else None
        self.view.set_article(article.text, quotes, current=quote_id)
        self.legend.set_quotes(quotes, self.view.colors)
        self.sidebar.select(article_id)
        self.window_state.set_last_article(str(self.library_path), article_id)
        self.view.set_current(quote_id)  # scrolls to it
        self.quote_panel.select(quote_id)
        self._update_actions()
        self.articleOpened.emit(article_id)

    def show_quote(self, article_id: int, quote_id: int) -> None:
        """Open the article (if needed) scrolled to the quote, and make it current."""
        if self.article is None or self.article.id != article_id:
            self.open_article(article_id, quote_id)
        else:
            self.select_quote(quote_id)
        self.view.setFocus()

    # -- current quote --------------------------------------------------------------------------

    def current_quote_id(self) -> int | None:
        """The quote selected in the quote table: the one every quote key acts on."""
        return self.quote_panel.current_id()

    def current_quote(self):
        qid = self.current_quote_id()
        if qid is None:
            return None
        row = self.quote_panel.model.row_of(qid)
        return self.quote_panel.model.record(row) if row >= 0 else None

    def select_quote(self, quote_id: int | None, *, from_panel: bool = False, scroll: bool = True) -> None:
        """Make ``quote_id`` the selected quote, centred in the article unless ``scroll`` is False."""
        self.view.set_current(quote_id, scroll=scroll)
        if not from_panel:
            self.quote_panel.select(quote_id)
        self._update_actions()

    def step_quote(self, step: int) -> None:
        self.queue_mode = False
        ids = self.quote_panel.visible_ids()
        if not ids:
            return
        current = self.current_quote_id()
        if current not in ids:
            target = ids[0] if step > 0 else ids[-1]
        else:
            i = ids.index(current) + step
            if not 0 <= i < len(ids):
                self.statusBar().showMessage("No more quotes in this article (Ctrl+Down: next article)", 3000)
                return
            target = ids[i]
        self.select_quote(target)

    def step_article(self, step: int) -> None:
        target = self.sidebar.neighbour(self.article.id if self.article else None, step)
        if target is not None:
            self.open_article(target)

    def _filter_speaker(self, name: str) -> None:
        """A click on a legend entry shows only that speaker's quotes; a second click shows all."""
        edit = self.quote_panel.filter_edit
        edit.setText("" if edit.text() == name else name)

    # -- corrections ----------------------------------------------------------------------------

    def _need_quote(self):
        quote = self.current_quote()
        if quote is None:
            self.statusBar().showMessage("No quote selected: press J for the next quote.", 3000)
        return quote

    def change_speaker(self) -> None:
        quote = self._need_quote()
        if quote is None:
            return
        try:
            library_speakers = self.library.speakers()
        except QuoteDeskError:
            library_speakers = []
        dialog = SpeakerDialog(self, current=quote.speaker, choices=speaker_choices(self.people, library_speakers),
                               people=self.people)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        qid = quote.id

        def accepted():
            name = dialog.name()
            if name == quote.speaker and not dialog.kind_combo.currentData():
                return
            try:
                match = self.library.speaker_match(qid, name) if name else None
            except QuoteDeskError:
                match = None
            if match is None:
                self.session.change_speaker(qid, name, kind=dialog.kind(), exact=True)
            else:
                self._ask_same_speaker(qid, name, match, dialog.kind())

        dialog.accepted.connect(accepted)
        self.speaker_dialog = dialog
        dialog.open()

    def _ask_same_speaker(self, quote_id: int, typed: str, existing: str, kind) -> None:
        box = SameSpeakerQuestion(self, typed=typed, existing=existing)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.keep.clicked.connect(lambda: self.session.change_speaker(quote_id, typed, kind=kind, exact=True))
        box.same.clicked.connect(lambda: self.session.change_speaker(quote_id, existing, kind=kind))
        self.speaker_question = box
        box.open()

    def _set_status(self, status: str, *, advance: bool) -> None:
        quote = self._need_quote()
        if quote is None:
            return
        if self.session.set_status(quote.id, status) and advance:
            if self.queue_mode:
                self.next_in_queue()
            else:
                self.step_quote(1)

    def verify_quote(self) -> None:
        self._set_status("verified", advance=True)

    def reject_quote(self) -> None:
        self._set_status("rejected", advance=True)

    def unreview_quote(self) -> None:
        self._set_status("proposed", advance=False)

    def verify_article(self) -> None:
        if self.article is not None:
            self.session.verify_article(self.article.id)

    def accept_confident_dialog(self) -> None:
        dialog = AcceptConfidentDialog(self, count=self.library.count_confident)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted():
            threshold = dialog.threshold.value()
            n = self.session.verify_confident(threshold)
            self.statusBar().showMessage(f"Accepted {n:,} quote{'s' if n != 1 else ''} with confidence {threshold:.2f} "
                                         "or more (Ctrl+Z takes them back)", 8000)

        dialog.accepted.connect(accepted)
        self.accept_dialog = dialog
        dialog.open()

    def _selection(self):
        span = self.view.selection_span()
        if span is None:
            self.statusBar().showMessage("Select the quote's text in the article first.", 3000)
        return span

    def add_quote_from_selection(self) -> None:
        if self.article is None:
            return
        span = self._selection()
        if span is None:
            return
        qid = self.session.add_quote(self.article.id, *span)
        if qid is not None:
            self.select_quote(qid)

    def set_bounds_from_selection(self) -> None:
        quote = self._need_quote()
        span = self._selection() if quote is not None else None
        if span is None:
            return
        self.session.fit_bounds(quote.id, *span)

    def nudge(self, edge: str, step: int) -> None:
        quote = self._need_quote()
        if quote is not None:
            self.session.nudge(quote.id, edge=edge, step=step)

    # -- reflecting the library -----------------------------------------------------------------

    def _on_quote_changed(self, record) -> None:
        if self.article is None or record.article_id != self.article.id:
            self.open_article(record.article_id, record.id)  # an undo elsewhere: show it
        else:
            self.quote_panel.model.upsert(record)
            self.quote_panel.update_summary()
            self.view.update_quote(record)
            self.legend.set_quotes(self.quote_panel.model.records(), self.view.colors)
            self.select_quote(record.id)
        self.schedule_refresh()

    def _on_quote_removed(self, article_id: int, quote_id: int) -> None:
        if self.article is None or article_id != self.article.id:
            self.open_article(article_id)
        else:
            self.quote_panel.model.remove_record(quote_id)
            self._show_panel_quotes()
            self.select_quote(self.view.current_quote_id)
        self.schedule_refresh()

    def _show_panel_quotes(self) -> None:
        """The view, legend and summary after the quote panel's records changed in place."""
        self.quote_panel.update_summary()
        self.view.set_quotes(self.quote_panel.model.records())
        self.legend.set_quotes(self.quote_panel.model.records(), self.view.colors)

    def _on_article_changed(self, article_id: int) -> None:
        self.open_article(article_id, self.current_quote_id() if self.article and self.article.id == article_id
                          else None)
        self.schedule_refresh()

    def _on_articles_changed(self) -> None:
        if self.article is not None:
            self.open_article(self.article.id, self.current_quote_id())
        self.schedule_refresh()

    def _update_actions(self) -> None:
        ready = {"quote": self.current_quote_id() is not None, "article": self.article is not None, "": True}
        for spec in QUOTE_ACTIONS:
            getattr(self, spec.attr).setEnabled(ready[spec.needs])

    # -- search ---------------------------------------------------------------------------------

    def run_search(self, speaker: str, words: str) -> None:
        if not speaker and not words:
            self.search_panel.set_results([])
            return
        limit = 200
        try:
            hits = self.library.search(speaker=speaker or None, text=words or None, limit=limit)
        except QuoteDeskError as e:
            self.search_panel.count_label.setText(str(e))
            return
        self.search_panel.set_results(hits, limited=len(hits) >= limit)

    def focus_search(self) -> None:
        try:
            speakers = self.library.speakers()
        except QuoteDeskError:
            speakers = []
        self.search_panel.set_speakers(speakers)
        self.panes.settle()
        self.search_dock.show()
        self.search_dock.raise_()
        self.resizeDocks([self.search_dock], [190], Qt.Orientation.Vertical)
        self.search_panel.speaker_edit.setFocus()
        self.search_panel.speaker_edit.selectAll()

    # -- models ---------------------------------------------------------------------------------

    def models_dialog(self) -> None:
        dialog = ModelsDialog(self, library=self.library)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.activeModelChanged.connect(self._active_model_changed)
        self.models = dialog
        dialog.open()

    def _active_model_changed(self, version) -> None:
        self.update_model_status()
        self.statusBar().showMessage(
            (f"{version} is now in use" if version else "The rules alone are in use now")
            + "; Tools → Re-analyse unreviewed articles applies it to what you have not reviewed", 10000)

    def update_model_status(self) -> None:
        self.attribution_status.setText(active_model_label(self.library))

    # -- export, preferences, help --------------------------------------------------------------

    def export_dialog(self) -> None:
        from quotedesk.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self, library=self.library, library_path=self.library_path, runner=self.runner,
                              window_state=self.window_state)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export = dialog
        dialog.open()

    def restore_dialog(self) -> None:
        from quotedesk.gui.backups import RestoreDialog

        dialog = RestoreDialog(self, library_path=self.library_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(self.restore_backup)
        self.restore = dialog
        dialog.open()

    def restore_backup(self, chosen) -> None:
        """Replace the library's contents with a backup (the current state is backed up first) and show it."""
        from quotedesk.store import backup

        if self.job_control.busy:
            self.show_error("The backup was not restored", "Wait for the running job to finish, or cancel it.")
            return
        try:
            before = backup.restore(self.library, chosen.path)
        except QuoteDeskError as e:
            self.show_error("The backup was not restored", str(e))
            return
        self.session.undo_stack.clear()  # the undone and redone changes belong to the replaced contents
        self.article = None
        self.title_label.clear()
        self.quote_panel.model.set_article(None, [])
        self.view.set_article("", [])
        self.legend.set_quotes([], self.view.colors)
        self.refresh_library()
        self._start(False)
        self.statusBar().showMessage(f"Restored the backup of {chosen.describe()}; the library as it was "
                                     f"is kept in {before.path.name}", 15000)

    def preferences_dialog(self) -> None:
        dialog = PreferencesDialog(self, editor=self.prefs.editor,
                                   library_path=self.prefs.library_path or str(self.library_path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted():
            editor = dialog.editor_edit.text().strip()
            if editor:
                self.prefs.editor = editor
                self.session.editor = editor
            self.prefs.library_path = dialog.library_edit.text().strip()
            self.prefs.sync()

        dialog.accepted.connect(accepted)
        self.prefs_dialog = dialog
        dialog.open()

    def toggle_help(self) -> None:
        self.help_overlay.toggle(self.menuBar())

    def about(self) -> None:
        QMessageBox.about(
            self, "About QuoteDesk",
            f"QuoteDesk {__version__}\n\nFinds direct quotes in news articles, attributes each to its "
            f"speaker, and keeps the corrections in a library.\n\nLibrary: {self.library_path}\n"
            f"Language model: {self.model_label}\nAttribution: {active_model_label(self.library)}",
        )

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("errorBox")
        self.error_box = box
        box.open()

    # -- state ----------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.window_state.bytes("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.window_state.bytes("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.window_state.bytes("splitter")
        if splitter is not None and self.splitter.restoreState(splitter):
            self.panes.settle()

    def save_state(self) -> None:
        self.window_state.set_bytes("geometry", self.saveGeometry())
        self.window_state.set_bytes("state", self.saveState())
        self.window_state.set_bytes("splitter", self.splitter.saveState())
        self.window_state.sync()

    def closeEvent(self, event) -> None:
        self.job_control.closing = True
        self._refresh_timer.stop()
        self._poll_timer.stop()
        self.search_panel.timer.stop()
        self.save_state()
        self.runner.cancel_all()
        self.runner.wait(10000)
        super().closeEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.view.set_quotes(self.view.quotes())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.panes.fit(event.size().width(), event.size().height())
        if self.help_overlay.isVisible():
            self.help_overlay.cover()


