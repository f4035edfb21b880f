"""The window's panels: article sidebar, speaker legend, quote panel, search and review queue."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QStyle, QTableView, QVBoxLayout, QWidget,
)

from quotedesk.core.model import ACCEPT_UNREAD
from quotedesk.gui.colors import ColorMap
from quotedesk.gui.models import (
    STATUSES, ArticleFilterProxy, ArticleListModel, ArticleIdRole, IdRole, QuoteFilterProxy, QuoteTableModel,
    ReviewQueueModel, SearchResultsModel,
)

SEARCH_DEBOUNCE_MS = 250
SPEAKER_COLUMN_MAX = 140  # px: longer names are elided in the quote table
QUOTE_COLUMN_MIN = 160  # px: the quote column never shrinks below a few words


def swatch_icon(color: QColor, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(color)
    p.setPen(color.darker(140))
    p.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    p.end()
    return QIcon(pix)


def _table(model, name: str, *, resize: tuple = ()) -> QTableView:
    """A read-only, row-selecting table; ``resize`` gives each column's resize mode in order."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    # Columns sized to their contents look at the first rows only, not at every quote of a
    # 20,000-word article on each reset.
    view.horizontalHeader().setResizeContentsPrecision(40)
    for column, mode in enumerate(resize):
        view.horizontalHeader().setSectionResizeMode(column, mode)
    return view


def keep_place(table: QTableView, replace) -> None:
    """Call ``replace()`` (which resets the table's model) keeping the current record and the
    scroll position: a refresh from the library must not lose the editor's place."""
    model = table.model()
    index = table.currentIndex()
    current = index.data(IdRole) if index.isValid() else None
    scrolled = table.verticalScrollBar().value()
    replace()
    row = model.row_of(current) if current is not None else -1
    if row >= 0:
        table.selectionModel().setCurrentIndex(
            model.index(row, index.column()),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.verticalScrollBar().setValue(scrolled)


class ArticleSidebar(QWidget):
    """The library's articles with their counts, filtered by status and title."""

    articleActivated = Signal(int)

    FILTERS = (("All articles", "all"), ("To review", "review"), ("Verified", "verified"), ("No quotes", "empty"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("articleStatusFilter")
        for label, key in self.FILTERS:
            self.status_combo.addItem(label, key)
        self.status_combo.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_combo.currentData()))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter titles")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("articleList")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(1)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel("<b>Library</b>")
        layout.addWidget(title)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleActivated.emit(int(index.data(ArticleIdRole)))

    def set_articles(self, summaries, *, current: int | None = None) -> None:
        """Show ``summaries`` keeping ``current`` (else the current article) selected and, once the
        editor has scrolled the list, the same article at its top."""
        current = current if current is not None else self.current_id()
        bar = self.list.verticalScrollBar()
        top = self.list.indexAt(QPoint(2, 2)).data(ArticleIdRole) if bar.value() else None
        self.model.set_articles(summaries)
        if current is not None:
            self.select(current, scroll=False)
        row = self.model.row_of(top) if top is not None else -1
        if row >= 0:
            self.list.scrollTo(self.proxy.mapFromSource(self.model.index(row)),
                               QAbstractItemView.ScrollHint.PositionAtTop)
        elif top is None:
            bar.setValue(0)  # at the top of the list, new articles come into view

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(ArticleIdRole)) if index.isValid() else None

    def select(self, article_id: int, *, scroll: bool = True) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            self.list.setCurrentIndex(index)
            if scroll:
                self.list.scrollTo(index)

    def neighbour(self, article_id: int | None, step: int) -> int | None:
        rows = self.proxy.rowCount()
        if not rows:
            return None
        ids = [int(self.proxy.index(r, 0).data(ArticleIdRole)) for r in range(rows)]
        if article_id not in ids:
            return ids[0]
        i = ids.index(article_id) + step
        return ids[i] if 0 <= i < rows else None


class SpeakerLegend(QListWidget):
    """Each speaker of the open article with their colour and number of quotes."""

    speakerClicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerLegend")
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setIconSize(QSize(12, 12))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip("Speakers in this article. Underline: dashed = proposed, solid = verified, "
                        "wavy = low confidence; struck through = rejected; bold = the speaker's mention.")
        self.itemClicked.connect(lambda item: self.speakerClicked.emit(item.data(Qt.ItemDataRole.UserRole) or ""))

    def set_quotes(self, quotes, colors: ColorMap | None = None) -> None:
        colors = colors or ColorMap(q.speaker for q in quotes)
        counts: dict[str, int] = {}
        for q in quotes:
            if q.status != "rejected":
                counts[q.speaker or ""] = counts.get(q.speaker or "", 0) + 1
        self.clear()
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold())):
            item = QListWidgetItem(swatch_icon(colors.color(name or None)), f"{name or 'no speaker'} ({n})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.addItem(item)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows of names, at most three."""
        row = self.fontMetrics().height() + 8
        rows = 1
        if self.count():
            self.doItemsLayout()
            last = self.visualItemRect(self.item(self.count() - 1))
            rows = max(1, min(3, (last.bottom() + row // 2) // row + (1 if last.bottom() < 0 else 0)))
        self.setFixedHeight(rows * row + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.count():
            QTimer.singleShot(0, self._fit)

    def names(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]


class QuotePanel(QWidget):
    """The quotes of the open article, filterable, in text order. The selected row is the
    quote the window's quote keys act on."""

    quoteSelected = Signal(object)  # the selected quote's id, None when no row is

    STATUS_FILTERS = (
        ("Proposed and verified", ("proposed", "verified")),
        ("All statuses", STATUSES),
        ("Proposed", ("proposed",)),
        ("Verified", ("verified",)),
        ("Rejected", ("rejected",)),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = QuoteTableModel(self)
        self.proxy = QuoteFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_statuses(STATUSES)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("quoteFilter")
        self.filter_edit.setPlaceholderText("Filter quotes and speakers")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_words)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("quoteStatusFilter")
        for label, statuses in self.STATUS_FILTERS:
            self.status_combo.addItem(label, statuses)
        self.status_combo.setCurrentIndex(1)
        self.status_combo.currentIndexChanged.connect(lambda: self.proxy.set_statuses(self.status_combo.currentData()))
        self.table = _table(self.proxy, "quoteTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QuoteTableModel.QUOTE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QuoteTableModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        # Confidence and status have known widths: sizing them to their contents would ask every
        # row of a long article at each reset. Long speaker names are cut, not the quote: the
        # speaker column is as wide as its names up to a limit (and the editor may widen it).
        header.setSectionResizeMode(QuoteTableModel.SPEAKER, QHeaderView.ResizeMode.Interactive)
        for col, widest in ((QuoteTableModel.CONFIDENCE, ("0.00",)), (QuoteTableModel.STATUS, STATUSES)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, self._width_for(col, widest))
        self.model.modelReset.connect(self._fit_speaker_column)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.summary = QLabel()
        self.summary.setObjectName("quoteSummary")
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel("<b>Quotes</b>"))
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._quiet = False

    def _width_for(self, column: int, texts) -> int:
        """Wide enough for the column's title (and sort arrow) and each of ``texts``."""
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        widest = max(self.table.fontMetrics().horizontalAdvance(t) for t in texts) + padding
        return max(widest, self.table.horizontalHeader().sectionSizeHint(column))

    def _fit_speaker_column(self) -> None:
        width = self.table.sizeHintForColumn(QuoteTableModel.SPEAKER)
        self.table.setColumnWidth(QuoteTableModel.SPEAKER, min(max(width, 60), SPEAKER_COLUMN_MAX))

    def minimumSizeHint(self) -> QSize:
        """Wide enough for a readable quote column next to the speaker, confidence and status."""
        header = self.table.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(QuoteTableModel.SPEAKER, QuoteTableModel.STATUS + 1))
        width += QUOTE_COLUMN_MIN + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        margins = self.layout().contentsMargins()
        width += margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            self.quoteSelected.emit(self.current_id())

    def current_id(self) -> int | None:
        """The selected quote (None when the filters hide it, or none is selected)."""
        index = self.table.currentIndex()
        return int(index.data(IdRole)) if index.isValid() and self.table.selectionModel().isSelected(index) else None

    def visible_ids(self) -> list[int]:
        """The quotes the table shows, in its order (the proxy filters, the model sorts)."""
        return [r.id for r in self.model.records() if self.proxy.accepts(r)]

    def select(self, quote_id: int | None) -> None:
        """Make ``quote_id`` the current row without emitting ``quoteSelected``; a quote the
        filters hide is shown by clearing them, so the table always shows the quote keys act on."""
        self._quiet = True
        try:
            row = self.model.row_of(quote_id) if quote_id is not None else -1
            if row < 0:
                self.table.setCurrentIndex(QModelIndex())
                self.table.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                self.filter_edit.clear()
                self.status_combo.setCurrentIndex(1)  # all statuses
                index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def update_summary(self) -> None:
        rows = self.model.records()
        n = {s: sum(1 for r in rows if r.status == s) for s in STATUSES}
        self.summary.setText(f"{len(rows)} quotes: {n['proposed']} proposed, {n['verified']} verified, "
                             f"{n['rejected']} rejected")


class SearchPanel(QWidget):
    """Search quotes by speaker (any alias) and words, as you type (debounced)."""

    quoteActivated = Signal(int, int)  # article id, quote id
    searchRequested = Signal(str, str)  # speaker, words

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = SearchResultsModel(self)
        self.speaker_edit = QLineEdit()
        self.speaker_edit.setObjectName("searchSpeaker")
        self.speaker_edit.setPlaceholderText("Speaker (any name they go by)")
        self.speaker_edit.setClearButtonEnabled(True)
        self._speaker_names = QStringListModel(self)
        completer = QCompleter(self._speaker_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_edit.setCompleter(completer)
        self.words_edit = QLineEdit()
        self.words_edit.setObjectName("searchWords")
        self.words_edit.setPlaceholderText("Words in the quote")
        self.words_edit.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.timer.timeout.connect(self._fire)
        self.speaker_edit.textChanged.connect(self.timer.start)
        self.words_edit.textChanged.connect(self.timer.start)
        self.speaker_edit.returnPressed.connect(self._fire_now)
        self.words_edit.returnPressed.connect(self._fire_now)
        fit, stretch, free = (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                              QHeaderView.ResizeMode.Interactive)
        self.table = _table(self.model, "searchResults", resize=(fit, stretch, free, fit))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.count_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.speaker_edit, 1)
        row.addWidget(self.words_edit, 2)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def set_speakers(self, speakers) -> None:
        """Names (and aliases) the speaker field completes from."""
        names: list[str] = []
        seen: set[str] = set()
        for sp in speakers:
            for name in (sp.name, *(sp.aliases or ())):
                if name and name.casefold() not in seen:
                    seen.add(name.casefold())
                    names.append(name)
        self._speaker_names.setStringList(names)

    def _fire_now(self) -> None:
        self.timer.stop()
        self._fire()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _fire(self) -> None:
        self.searchRequested.emit(self.speaker_edit.text().strip(), self.words_edit.text().strip())

    def set_results(self, hits, *, limited: bool = False) -> None:
        keep_place(self.table, lambda: self.model.set_records(hits))
        self.count_label.setText(f"{len(hits)}{'+' if limited else ''} found")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.record(index.row())
            self.quoteActivated.emit(hit.article_id, hit.quote_id)


class ReviewPanel(QWidget):
    """Unverified quotes across the library, least confident first."""

    quoteActivated = Signal(int, int)  # article id, quote id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ReviewQueueModel(self)
        fit, stretch, free = (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                              QHeaderView.ResizeMode.Interactive)
        self.table = _table(self.model, "reviewQueue", resize=(fit, fit, stretch, free))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.label = QLabel("Press N to open the least confident unverified quote.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            rec = self.model.record(index.row())
            self.quoteActivated.emit(rec.article_id, rec.id)

    def set_queue(self, records, *, titles: dict[int, str], confident: int = 0) -> None:
        keep_place(self.table, lambda: self.model.set_queue(records, titles=titles, texts={}))
        text = (f"{len(records)} unverified quote{'s' if len(records) != 1 else ''} shown, least confident first. "
                "Press N to open the next one.")
        if confident:
            text += (f" {confident:,} quote{'s' if confident != 1 else ''} can be accepted unread "
                     f"(confidence ≥ {ACCEPT_UNREAD:.2f}): Ctrl+Shift+V.")
        self.label.setText(text)

    def next_after(self, quote_id: int | None):
        for rec in self.model.records():
            if rec.id != quote_id:
                return rec
        return None
