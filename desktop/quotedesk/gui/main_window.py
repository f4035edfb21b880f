"""The main window: library sidebar, article view, quote panel, search and review queue."""

from __future__ import annotations

import functools
import gc
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from quotedesk import __version__, ingest
from quotedesk.core import paths
from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.model import ACCEPT_UNREAD
from quotedesk.gui import jobs
from quotedesk.gui.article_view import ArticleView
from quotedesk.gui.dialogs import (
    AcceptConfidentDialog, PasteDialog, PreferencesDialog, SameSpeakerQuestion, SpeakerDialog, speaker_choices,
)
from quotedesk.gui.help import HelpOverlay
from quotedesk.gui.layout import PaneLayout
from quotedesk.gui.models_dialog import ModelsDialog, RetrainReportDialog, active_model_label
from quotedesk.gui.panels import ArticleSidebar, QuotePanel, ReviewPanel, SearchPanel, SpeakerLegend
from quotedesk.gui.quote_actions import EDIT_GROUPS, NUDGES, QUOTE_ACTIONS
from quotedesk.gui.session import Session
from quotedesk.gui.settings import Preferences, WindowState
from quotedesk.gui.workers import TaskRunner

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 150  # coalesces sidebar/queue refreshes after a burst of changes
LIBRARY_POLL_MS = 750  # how often the window checks whether another connection committed
LARGE_OPEN_BYTES = 64 * 1024  # files opened beyond this size are analysed in a child process


class MainWindow(QMainWindow):
    """QuoteDesk's window over one library."""

    # Imports from the File menu run the engine in a child process, so the GUI thread never
    # waits for spaCy's GIL (see gui.jobs). Opening one file or pasted text stays in-process.
    import_in_process = True
    # Retraining parses every reviewed article: in a child process too, for the same reason.
    retrain_in_process = True

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
        self._job = None
        self._closing = False
        self.queue_mode = False  # V/X step through the review queue rather than the article

        self.setWindowTitle(f"QuoteDesk — {self.library_path.name}")
        self.setObjectName("mainWindow")
        self.resize(1320, 820)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._escape_to_article(self.sidebar.filter_edit, self.quote_panel.filter_edit,
                                self.search_panel.speaker_edit, self.search_panel.words_edit)
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

    def _build_widgets(self) -> None:
        self.sidebar = ArticleSidebar()
        self.legend = SpeakerLegend()
        self.view = ArticleView()
        self.view.setPlaceholderText("Open an article from the library, or import one (File menu).")
        self.quote_panel = QuotePanel()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        self.title_label = QLabel()
        self.title_label.setObjectName("articleTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are text, never markup
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        centre_layout.addWidget(self.title_label)
        centre_layout.addWidget(self.legend)
        centre_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.quote_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 640, 430])
        self.setCentralWidget(self.splitter)
        self.help_overlay = HelpOverlay(self)

        self.search_panel = SearchPanel()
        self.review_panel = ReviewPanel()
        self.search_dock = self._dock("Search", "searchDock", self.search_panel)
        self.review_dock = self._dock("Review queue", "reviewDock", self.review_panel)
        self.tabifyDockWidget(self.search_dock, self.review_dock)
        self.search_dock.raise_()
        self.resizeDocks([self.search_dock], [190], Qt.Orientation.Vertical)
        self.panes = PaneLayout(self.splitter, (self.search_dock, self.review_dock))

        bar = self.statusBar()
        self.model_status = QLabel("Language model: loading…")
        self.model_status.setObjectName("modelStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_job)
        self.attribution_status = QLabel()
        self.attribution_status.setObjectName("attributionStatus")
        self.attribution_status.setToolTip("The attribution model new imports use: the rules, or a version "
                                           "retrained from your corrections (Tools → Models…)")
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.model_status)
        bar.addPermanentWidget(self.attribution_status)
        self.update_model_status()

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, *, tip: str = "", name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            seqs = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in seqs])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setObjectName(name or text.strip("&.… ").lower().replace(" ", "_"))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _escape_to_article(self, *edits) -> None:
        """Esc in a search or filter box goes back to the article, so single-key actions (N, J,
        V) act again instead of typing into the box; the box keeps what was typed."""
        for edit in edits:
            back = QAction(edit)
            back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
            back.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            back.triggered.connect(lambda _checked=False: self.view.setFocus())
            edit.addAction(back)

    def _build_actions(self) -> None:
        A = self._action
        self.act_open = A("&Open article…", self.open_files_dialog, QKeySequence.StandardKey.Open,
                          tip="Analyse a file and show it", name="open")
        self.act_import_files = A("&Import files…", self.import_files_dialog, "Ctrl+I", name="import_files")
        self.act_import_folder = A("Import &folder…", self.import_folder_dialog, "Ctrl+Shift+I", name="import_folder")
        self.act_paste = A("New article from &pasted text…", self.paste_dialog, "Ctrl+N", name="paste")
        self.act_export = A("&Export…", self.export_dialog, "Ctrl+E", name="export")
        self.act_restore = A("Restore from &backup…", self.restore_dialog, name="restore_backup",
                             tip="Put the library back as it was in one of its backups")
        self.act_prefs = A("P&references…", self.preferences_dialog, "Ctrl+,",
                           name="preferences")
        self.act_quit = A("&Quit", self.close, QKeySequence.StandardKey.Quit, name="quit")

        stack = self.session.undo_stack
        self.act_undo = stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_undo.setObjectName("undo")
        self.act_redo = stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setObjectName("redo")
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)

        for spec in QUOTE_ACTIONS:
            setattr(self, spec.attr, A(spec.text, functools.partial(getattr(self, spec.slot), *spec.args),
                                       list(spec.keys), tip=spec.tip, name=spec.name))

        self.act_next = A("&Next quote", lambda: self.step_quote(1), "J", name="next_quote")
        self.act_prev = A("&Previous quote", lambda: self.step_quote(-1), "K", name="previous_quote")
        self.act_next_article = A("Next &article", lambda: self.step_article(1), "Ctrl+Down", name="next_article")
        self.act_prev_article = A("Previous a&rticle", lambda: self.step_article(-1), "Ctrl+Up",
                                  name="previous_article")
        self.act_queue = A("Next in review &queue", self.next_in_queue, "N",
                           tip="The least confident unverified quote in the library", name="next_in_queue")
        self.act_search = A("&Search…", self.focus_search, QKeySequence.StandardKey.Find, name="search")
        self.act_library_pane = A("&Library pane", lambda: self.panes.toggle(0), "Ctrl+1",
                                  tip="Show or fold away the list of articles", name="library_pane")
        self.act_quotes_pane = A("&Quotes pane", lambda: self.panes.toggle(2), "Ctrl+2",
                                 tip="Show or fold away the quote table", name="quotes_pane")

        self.act_retrain = A("&Retrain model…", self.retrain, "Ctrl+Shift+R",
                             tip="Learn from your verified and corrected quotes; the new model is used only if "
                                 "it scores better", name="retrain")
        self.act_reanalyze = A("Re-&analyse unreviewed articles", self.reanalyze, "Ctrl+Shift+A",
                               tip="Give the articles you have not reviewed the answers of the model in use; "
                                   "quotes you verified, corrected, added or removed stay as they are",
                               name="reanalyze")
        self.act_models = A("&Models…", self.models_dialog, "Ctrl+Shift+M",
                            tip="The library's attribution models: which is in use, roll back", name="models")

        self.act_help = A("&Keyboard shortcuts", self.toggle_help, ["F1", "?"], name="help")
        self.act_about = A("&About QuoteDesk", self.about, name="about")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("&File")
        for a in (self.act_open, self.act_import_files, self.act_import_folder, self.act_paste):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_export)
        m.addAction(self.act_restore)
        m.addSeparator()
        m.addAction(self.act_prefs)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu("&Edit")
        m.addAction(self.act_undo)
        m.addAction(self.act_redo)
        for group in EDIT_GROUPS:
            m.addSeparator()
            for spec in group:
                m.addAction(getattr(self, spec.attr))
        b = m.addMenu("&Move a bound")
        for spec in NUDGES:
            b.addAction(getattr(self, spec.attr))
        m = bar.addMenu("&Go")
        for a in (self.act_next, self.act_prev, self.act_next_article, self.act_prev_article, self.act_queue):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_search)
        m = bar.addMenu("&View")
        m.addAction(self.act_library_pane)
        m.addAction(self.act_quotes_pane)
        for dock, text in ((self.search_dock, "&Search pane"), (self.review_dock, "&Review queue pane")):
            dock.toggleViewAction().setText(text)
            m.addAction(dock.toggleViewAction())
        m = bar.addMenu("&Tools")
        m.addAction(self.act_retrain)
        m.addAction(self.act_reanalyze)
        m.addAction(self.act_models)
        m = bar.addMenu("&Help")
        m.addAction(self.act_help)
        m.addAction(self.act_about)

    def _connect(self) -> None:
        self.sidebar.articleActivated.connect(lambda aid: self.open_article(aid))
        self.quote_panel.quoteSelected.connect(lambda qid: self.select_quote(qid, from_panel=True))
        self.view.quoteClicked.connect(lambda qid: self.select_quote(qid, scroll=False))  # the text stays put
        self.legend.speakerClicked.connect(self._filter_speaker)
        self.search_panel.searchRequested.connect(self.run_search)
        self.search_panel.quoteActivated.connect(self.show_quote)
        self.review_panel.quoteActivated.connect(self._open_from_queue)
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

    def refresh_queue(self, articles=None) -> None:
        queue = self.library.review_queue(limit=100)
        if articles is None:
            articles = self.library.articles()
        self.review_panel.set_queue(queue, titles={a.id: a.title or f"Article {a.id}" for a in articles},
                                    confident=self.library.count_confident(ACCEPT_UNREAD))

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

    def next_in_queue(self) -> None:
        """Open the least confident unverified quote; V and X then keep stepping through the queue."""
        self.refresh_queue()
        rec = self.review_panel.next_after(self.current_quote_id())
        if rec is None:
            self.queue_mode = False
            self.statusBar().showMessage("The review queue is empty: every quote is verified or rejected.", 4000)
            return
        self.show_quote(rec.article_id, rec.id)
        self.queue_mode = True
        self.statusBar().showMessage("Review queue: V verifies, X rejects and moves on; J/K leave the queue.", 4000)

    def _open_from_queue(self, article_id: int, quote_id: int) -> None:
        self.show_quote(article_id, quote_id)
        self.queue_mode = True

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

    # -- import ---------------------------------------------------------------------------------

    def _begin_job(self, label: str) -> bool:
        if self._job is not None:
            self.statusBar().showMessage("Wait for the running job to finish, or cancel it.", 4000)
            return False
        self.progress.setRange(0, 0)
        self.progress.setFormat(label)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.statusBar().showMessage(label)
        return True

    def _end_job(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        if not self._closing:
            self._poll_library()  # what the job stored, without waiting for the next poll

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat("%v / %m")
        if message:
            self.statusBar().showMessage(message)

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage("Cancelling…")

    def open_paths(self, file_paths, *, name: str = "open") -> None:
        """Analyse the files, add them to the library and show the first."""
        if not self._begin_job(f"Analysing {len(file_paths)} file{'s' if len(file_paths) != 1 else ''}…"):
            return
        job = jobs.import_in_process if self._large(file_paths) else jobs.import_paths
        fn = functools.partial(job, str(self.library_path), [str(p) for p in file_paths], self.prefs.editor)
        self._job = self.runner.start(
            fn, name=name, on_progress=self._on_progress,
            on_finished=lambda report: self._opened_report(name, report),
            on_failed=lambda e: self._job_failed(name, e),
            on_cancelled=lambda: self._job_cancelled(name),
        )

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

    def _opened_report(self, name: str, report) -> None:
        ids = jobs.opened_ids(report)
        errors = _report_errors(report)
        if not ids and errors:
            self._job_failed(name, QuoteDeskError("\n".join(errors)))
            return
        self._opened(name, ids)

    def open_inputs(self, inputs, *, name: str = "paste") -> None:
        if not self._begin_job("Analysing the pasted article…"):
            return
        fn = functools.partial(jobs.analyse_inputs, str(self.library_path), list(inputs))
        self._job = self.runner.start(
            fn, name=name, on_progress=self._on_progress,
            on_finished=lambda ids: self._opened(name, ids),
            on_failed=lambda e: self._job_failed(name, e),
            on_cancelled=lambda: self._job_cancelled(name),
        )

    def _opened(self, name: str, ids: list[int]) -> None:
        self._end_job()
        if ids:
            self.open_article(ids[0])
            self.statusBar().showMessage(f"{len(ids)} article{'s' if len(ids) != 1 else ''} analysed", 5000)
        self.jobFinished.emit(name, ids)

    def import_paths(self, import_paths) -> None:
        """Import files and folders through the library's import service (bad files reported)."""
        if not self._begin_job("Importing…"):
            return
        job = jobs.import_in_process if self.import_in_process else jobs.import_paths
        fn = functools.partial(job, str(self.library_path), [str(p) for p in import_paths], self.prefs.editor)
        self._job = self.runner.start(
            fn, name="import", on_progress=self._on_progress,
            on_finished=self._imported,
            on_failed=lambda e: self._job_failed("import", e),
            on_cancelled=lambda: self._job_cancelled("import"),
        )

    def _imported(self, report) -> None:
        self._end_job()
        summary = _report_summary(report)
        self.statusBar().showMessage(summary, 10000)
        errors = _report_errors(report)
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
        self.jobFinished.emit("import", report)

    def _job_failed(self, name: str, error: BaseException) -> None:
        self._end_job()
        message = str(error) if isinstance(error, QuoteDeskError) else f"{type(error).__name__}: {error}"
        self.statusBar().showMessage(message, 10000)
        if not self._closing:
            self.show_error("The job failed", message)
        self.jobFailed.emit(name, message)

    def _job_cancelled(self, name: str) -> None:
        self._end_job()
        self.statusBar().showMessage("Cancelled; what was done before stays in the library.", 6000)
        self.jobFinished.emit(name, None)

    def open_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open article", "", _FILE_FILTER)
        if files:
            self.open_paths(files)

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", _FILE_FILTER)
        if files:
            self.import_paths(files)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_paths([folder])

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

    # -- retraining ------------------------------------------------------------------------------

    def retrain(self) -> None:
        """Train a new attribution model from the library's corrections, on a worker thread."""
        if not self._begin_job("Retraining from your corrections…"):
            return
        job = jobs.retrain_in_process if self.retrain_in_process else jobs.retrain
        fn = functools.partial(job, str(self.library_path))
        self._job = self.runner.start(
            fn, name="retrain", on_progress=self._on_progress,
            on_finished=self._retrained, on_failed=self._retrain_failed,
            on_cancelled=self._retrain_cancelled,
        )

    def _retrained(self, report) -> None:
        self._end_job()
        self.update_model_status()
        self.statusBar().showMessage(
            f"Retrained: {report.version} is {'now in use' if report.activated else 'stored, kept inactive'}", 10000)
        if not self._closing:
            dialog = RetrainReportDialog(self, report, library=self.library)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.models_button.clicked.connect(lambda: (dialog.accept(), self.models_dialog()))
            dialog.reanalyze_button.clicked.connect(lambda: (dialog.accept(), self.reanalyze()))
            self.retrain_report = dialog
            dialog.open()
        self.jobFinished.emit("retrain", report)

    def _retrain_failed(self, error: BaseException) -> None:
        from quotedesk.services.training import TrainingError  # loaded by the job that failed

        if not isinstance(error, TrainingError):
            self._job_failed("retrain", error)
            return
        self._end_job()
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
        if not self._closing:
            box = QMessageBox(QMessageBox.Icon.Information, "Nothing to learn yet", text,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("nothingToLearn")
            box.setDetailedText(message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.retrain_box = box
            box.open()
        self.jobFailed.emit("retrain", message)

    def _retrain_cancelled(self) -> None:
        self._end_job()
        self.statusBar().showMessage("Retraining cancelled; no model was stored.", 6000)
        self.jobFinished.emit("retrain", None)

    def reanalyze(self) -> None:
        """Re-analyse the articles not fully reviewed with the model in use (in a child process)."""
        if not self._begin_job("Re-analysing unreviewed articles…"):
            return
        job = jobs.reanalyze_in_process if self.retrain_in_process else jobs.reanalyze
        fn = functools.partial(job, str(self.library_path), self.prefs.editor)
        self._job = self.runner.start(
            fn, name="reanalyze", on_progress=self._on_reanalyze_progress,
            on_finished=self._reanalyzed,
            on_failed=lambda e: self._job_failed("reanalyze", e),
            on_cancelled=lambda: self._job_cancelled("reanalyze"),
        )

    def _on_reanalyze_progress(self, done: int, total: int, message: str) -> None:
        self._on_progress(done, total, message)
        # As soon as the open article is re-analysed, not at the next poll: the editor never
        # works on proposals that were just replaced.
        self._follow_open_article()

    def _reanalyzed(self, report) -> None:
        self._end_job()
        self.statusBar().showMessage(report.summary(), 15000)
        self.jobFinished.emit("reanalyze", report)

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

        if self._job is not None:
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
        self._closing = True
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


_FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.jsonl *.ndjson);;All files (*)"


def _report_summary(report) -> str:
    if report is None:
        return "Import finished"
    for attr in ("summary",):
        value = getattr(report, attr, None)
        if callable(value):
            value = value()
        if isinstance(value, str) and value:
            return value
    added = _count(report, ("added", "n_added", "articles_added", "imported"))
    dup = _count(report, ("duplicates", "n_duplicates", "skipped_duplicates"))
    failed = len(_report_errors(report))
    return f"Import finished: {added} added, {dup} already in the library, {failed} failed"


def _count(report, names) -> int:
    for n in names:
        value = getattr(report, n, None)
        if value is None:
            continue
        return len(value) if isinstance(value, (list, tuple, set, dict)) else int(value)
    return 0


def _report_errors(report) -> list[str]:
    if report is None:
        return []
    for n in ("errors", "failed", "failures"):
        value = getattr(report, n, None)
        if value:
            out = []
            for item in value:
                if isinstance(item, tuple) and len(item) == 2:
                    out.append(f"{item[0]}: {item[1]}" if str(item[0]) not in str(item[1]) else str(item[1]))
                else:
                    out.append(str(getattr(item, "message", None) or item))
            return out
    return []
