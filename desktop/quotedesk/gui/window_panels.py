"""The window's panels: the library sidebar, the article with its title and speaker legend, the
quote panel (in a splitter whose side panes fold away, ``gui.layout``), and the search and
review queue docks below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QSplitter, QVBoxLayout, QWidget

from quotedesk.gui.article_view import ArticleView
from quotedesk.gui.help import HelpOverlay
from quotedesk.gui.layout import PaneLayout
from quotedesk.gui.panels import ArticleSidebar, QuotePanel, ReviewPanel, SearchPanel, SpeakerLegend


class WindowPanels:
    """Mixed into the main window: builds its panels."""

    def build_panels(self) -> None:
        """The sidebar, article, quote panel and the bottom docks, with the pane layout."""
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
        self._escape_to_article(self.sidebar.filter_edit, self.quote_panel.filter_edit,
                                self.search_panel.speaker_edit, self.search_panel.words_edit)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _escape_to_article(self, *edits) -> None:
        """Esc in a search or filter box goes back to the article, so single-key actions (N, J,
        V) act again instead of typing into the box; the box keeps what was typed."""
        for edit in edits:
            back = QAction(edit)
            back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
            back.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            back.triggered.connect(lambda _checked=False: self.view.setFocus())
            edit.addAction(back)
