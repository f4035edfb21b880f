"""Qt item models: thin adapters over the library's records (checked with ``qtmodeltester``).

Each model holds a list of plain records from the store and answers ``data()`` from them; it
never queries the library itself. Custom roles are the named constants below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QColor

from quotedesk.gui.colors import ColorMap

# Custom roles.
RecordRole = Qt.ItemDataRole.UserRole + 1  # the record itself
IdRole = Qt.ItemDataRole.UserRole + 2  # quote id (quote models) or article id (article list)
ArticleIdRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
SpeakerRole = Qt.ItemDataRole.UserRole + 5

STATUSES = ("proposed", "verified", "rejected")


def quote_content(record, text: str | None) -> str:
    """The quoted words of a record: its parts joined by " … "."""
    content = getattr(record, "content", None)
    if content:
        return content
    if text is None:
        return ""
    parts = getattr(record, "parts", None) or ()
    spans = [(p.start, p.end) if hasattr(p, "start") else tuple(p) for p in parts]
    if not spans:
        spans = [(record.start, record.end)]
    return " … ".join(text[s:e] for s, e in spans)


def one_line(s: str, limit: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]  # DisplayRole
    sort: Callable[[Any], Any] | None = None  # the key the column sorts by; defaults to value
    align: Qt.AlignmentFlag | None = None


class RecordTableModel(QAbstractTableModel):
    """A table of records, one per row, described by :class:`Column` specs."""

    columns: tuple[Column, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self.colors = ColorMap()  # empty: every speaker gets their own hashed colour

    # -- records --------------------------------------------------------------------------------

    def set_records(self, records: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list:
        return list(self._rows)

    def record(self, row: int):
        return self._rows[row]

    def record_id(self, record) -> int:
        return record.id

    def row_of(self, record_id: int) -> int:
        for i, r in enumerate(self._rows):
            if self.record_id(r) == record_id:
                return i
        return -1

    def update_record(self, record) -> bool:
        """Replace the row with the same id; True when it was there."""
        row = self.row_of(self.record_id(record))
        if row < 0:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def insert_record(self, record, row: int | None = None) -> None:
        row = len(self._rows) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, record)
        self.endInsertRows()

    def remove_record(self, record_id: int) -> bool:
        row = self.row_of(record_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].title
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.value(rec)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(rec, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordRole:
            return rec
        if role == IdRole:
            return self.record_id(rec)
        if role == ArticleIdRole:
            return getattr(rec, "article_id", None)
        if role == StatusRole:
            return getattr(rec, "status", None)
        if role == SpeakerRole:
            return getattr(rec, "speaker", None)
        return self.extra_data(rec, index.column(), role)

    def tooltip(self, record, column: int):
        return None

    def extra_data(self, record, column: int, role: int):
        return None


def _speaker(rec) -> str:
    return rec.speaker or "—"


def _swatch(rec, column: int, role: int, speaker_column: int, colors: ColorMap):
    if column == speaker_column and role == Qt.ItemDataRole.DecorationRole:
        return colors.color(rec.speaker)
    if role == Qt.ItemDataRole.ForegroundRole and getattr(rec, "status", None) == "rejected":
        return QColor("#808080")
    return None


class QuoteTableModel(RecordTableModel):
    """The quotes of the open article: quote, speaker, confidence, status.

    The model sorts itself (:meth:`sort`, what a click on a header asks for), in Python on each
    column's key: a proxy sorting 2,000 quotes would ask ``data()`` some 40,000 times.
    """

    QUOTE, SPEAKER, CONFIDENCE, STATUS = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._order = (self.QUOTE, Qt.SortOrder.AscendingOrder)
        self.columns = (
            Column("Quote", lambda r: one_line(quote_content(r, self._text)), sort=lambda r: r.start),
            Column("Speaker", _speaker, sort=lambda r: (r.speaker or "").casefold()),
            Column("Confidence", lambda r: f"{float(r.confidence or 0):.2f}", sort=lambda r: float(r.confidence or 0),
                   align=Qt.AlignmentFlag.AlignRight),
            Column("Status", lambda r: r.status),
        )

    def set_article(self, text: str | None, records: Sequence) -> None:
        self.beginResetModel()
        self._text = text
        self._rows = self._ordered(records)
        self.colors = ColorMap(r.speaker for r in self._rows)
        self.endResetModel()

    def _ordered(self, records) -> list:
        """``records`` in the table's order: by the sort column, ties in text order."""
        column, order = self._order
        col = self.columns[column]
        rows = sorted(records, key=lambda r: (r.start, r.end))
        return sorted(rows, key=col.sort or col.value, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._order = (column, order)
        self._reorder()

    def _reorder(self) -> None:
        """Put the rows in the table's order, keeping selections on their records."""
        rows = self._ordered(self._rows)
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.record_id(self._rows[i.row()]) for i in old]
        self._rows = rows
        row = {self.record_id(r): n for n, r in enumerate(rows)}
        self.changePersistentIndexList(old, [self.index(row[i], index.column()) for i, index in zip(ids, old)])
        self.layoutChanged.emit()

    def upsert(self, record) -> None:
        """Update the record's row, or insert it, in the table's order."""
        if not self.update_record(record):
            rows = self._ordered([*self._rows, record])
            self.insert_record(record, next(n for n, r in enumerate(rows) if r is record))
        self._reorder()  # a changed speaker or status may move the row
        self._recolor()

    def remove_record(self, record_id: int) -> bool:
        removed = super().remove_record(record_id)
        self._recolor()
        return removed

    def _recolor(self) -> None:
        colors = ColorMap(r.speaker for r in self._rows)
        if self._rows and any(colors.color(r.speaker) != self.colors.color(r.speaker) for r in self._rows):
            self.colors = colors
            self.dataChanged.emit(self.index(0, self.SPEAKER), self.index(len(self._rows) - 1, self.SPEAKER),
                                  [Qt.ItemDataRole.DecorationRole])
        self.colors = colors

    def tooltip(self, record, column: int):
        return quote_content(record, self._text) if column == self.QUOTE else None

    def extra_data(self, record, column: int, role: int):
        return _swatch(record, column, role, self.SPEAKER, self.colors)


class SearchResultsModel(RecordTableModel):
    """Search hits across the library."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = (
            Column("Speaker", _speaker),
            Column("Quote", lambda r: one_line(r.content or "", 200)),
            Column("Article", lambda r: r.article_title or f"#{r.article_id}"),
            Column("Status", lambda r: r.status),
        )

    def record_id(self, record) -> int:
        return record.quote_id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == IdRole and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].quote_id
        return super().data(index, role)

    def tooltip(self, record, column: int):
        return record.content if column == 1 else None

    def extra_data(self, record, column: int, role: int):
        return _swatch(record, column, role, 0, self.colors)


class ReviewQueueModel(RecordTableModel):
    """Unverified quotes across articles, least confident first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles: dict[int, str] = {}
        self._texts: dict[int, str] = {}
        self.columns = (
            Column("Confidence", lambda r: f"{float(r.confidence or 0):.2f}", sort=lambda r: float(r.confidence or 0),
                   align=Qt.AlignmentFlag.AlignRight),
            Column("Speaker", _speaker),
            Column("Quote", lambda r: one_line(quote_content(r, self._texts.get(r.article_id)), 120)),
            Column("Article", lambda r: self._titles.get(r.article_id, f"#{r.article_id}")),
        )

    def set_queue(self, records: Sequence, *, titles: dict[int, str], texts: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._titles = dict(titles)
        self._texts = dict(texts)
        self.endResetModel()

    def extra_data(self, record, column: int, role: int):
        return _swatch(record, column, role, 1, self.colors)


class ArticleListModel(QAbstractListModel):
    """The library's articles with their quote counts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_articles(self, summaries: Sequence) -> None:
        """Show ``summaries``; articles added before or after the current ones are inserted, so
        the selection and scroll position survive an import's periodic refresh."""
        new = list(summaries)
        old_ids = [a.id for a in self._rows]
        new_ids = [a.id for a in new]
        k = len(new_ids) - len(old_ids)
        if k > 0 and old_ids and new_ids[k:] == old_ids:
            self.beginInsertRows(QModelIndex(), 0, k - 1)
            self._rows = new[:k] + self._rows
            self.endInsertRows()
        elif k > 0 and old_ids and new_ids[:-k] == old_ids:
            self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
            self._rows = self._rows + new[-k:]
            self.endInsertRows()
        elif new_ids != old_ids:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._rows = new  # the same articles in the same order: counts may have changed
        if new:
            self.dataChanged.emit(self.index(0), self.index(len(new) - 1))

    def summary(self, row: int):
        return self._rows[row]

    def row_of(self, article_id: int) -> int:
        for i, a in enumerate(self._rows):
            if a.id == article_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        a = self._rows[index.row()]
        title = a.title or f"Article {a.id}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{one_line(title, 90)}\n{counts_line(a)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (title, a.source or "", a.date or "", counts_line(a)) if x)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}, {counts_line(a)}"
        if role in (IdRole, ArticleIdRole):
            return a.id
        if role == RecordRole:
            return a
        if role == StatusRole:
            return article_status(a)
        return None


def counts_line(a) -> str:
    return f"{a.n_quotes} quotes · {a.n_proposed} to review · {a.n_verified} verified"


def article_status(a) -> str:
    """'review' while any quote is proposed, 'verified' when none is, 'empty' without quotes."""
    if a.n_proposed:
        return "review"
    if a.n_verified:
        return "verified"
    return "empty"


class ArticleFilterProxy(QSortFilterProxyModel):
    """Articles filtered by status ('all', 'review', 'verified', 'empty') and title words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._status = "all"
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._status != "all" and index.data(StatusRole) != self._status:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class QuoteFilterProxy(QSortFilterProxyModel):
    """Quotes filtered by status and by words in the quote or the speaker's name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] = frozenset(STATUSES)
        self._words = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model, which keys its records in Python: the proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def set_statuses(self, statuses) -> None:
        self.beginFilterChange()
        self._statuses = frozenset(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, words: str) -> None:
        self.beginFilterChange()
        self._words = words.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, record) -> bool:
        """Whether the filters show this quote record."""
        if record.status not in self._statuses:
            return False
        if self._words:
            model = self.sourceModel()
            hay = f"{model.columns[model.QUOTE].value(record)} {record.speaker or ''}".casefold()
            return all(w in hay for w in self._words.split())
        return True

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        return self.accepts(self.sourceModel().record(source_row))
