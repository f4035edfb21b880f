"""The article, shown as plain text with its quotes highlighted in their speakers' colours.

The text goes in with ``setPlainText``: markup, script or image tags in an article are shown
literally, never interpreted. Highlights are extra selections placed at UTF-16 positions
converted from the library's code-point offsets with :class:`Utf16Index`; only the quotes in
view and ``HIGHLIGHT_MARGIN`` either side of them have one, so showing an article of 2,000 quotes
costs what showing 200 does, and scrolling moves that window along.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from quotedesk.core.text import Utf16Index
from quotedesk.gui.colors import ColorMap, is_dark

LOW_CONFIDENCE = 0.5
HIGHLIGHT_MARGIN = 100  # quotes highlighted before and after those in view

# Underline style per status: colour is never the only signal.
STATUS_UNDERLINE = {
    "proposed": QTextCharFormat.UnderlineStyle.DashUnderline,
    "verified": QTextCharFormat.UnderlineStyle.SingleUnderline,
}


def span_of(value) -> tuple[int, int] | None:
    """``(start, end)`` of a Span, a pair or None."""
    if value is None:
        return None
    if hasattr(value, "start"):
        return int(value.start), int(value.end)
    start, end = value
    return int(start), int(end)


def status_of(quote) -> str:
    return str(getattr(quote, "status", "proposed") or "proposed")


def tooltip_for(quote, text: str) -> str:
    """Speaker, cue, confidence and method of one quote, as plain text."""
    speaker = quote.speaker or "unknown speaker"
    kind = getattr(quote, "speaker_kind", None)
    kind = getattr(kind, "value", kind)
    lines = [f"Speaker: {speaker}" + (f" ({kind})" if kind and kind != "person" else "")]
    cue = span_of(getattr(quote, "cue", None))
    if cue:
        lines.append(f"Cue: {text[cue[0]:cue[1]]}")
    lines.append(f"Confidence: {float(quote.confidence or 0):.2f}")
    if getattr(quote, "method", None):
        lines.append(f"Method: {quote.method}")
    lines.append(f"Status: {status_of(quote)}")
    return "\n".join(lines)


class ArticleView(QPlainTextEdit):
    """Read-only article text with quote highlights, hover tooltips and selection helpers."""

    quoteClicked = Signal(int)  # quote id under a mouse click

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName("articleView")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        self.setFont(font)
        self._text = ""
        self._index = Utf16Index("")
        self._quotes: list = []
        self._starts: list[int] = []
        self._current: int | None = None
        self.colors = ColorMap()
        self._dark = is_dark(self.palette())
        self._window = (0, 0)  # the quotes (indices into _quotes) that have highlights
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(self._follow_view)

    # -- content --------------------------------------------------------------------------------

    def set_article(self, text: str, quotes: Iterable, *, current: int | None = None) -> None:
        """Show ``text`` (plain, never markup) and highlight ``quotes``, ``current`` the strongest."""
        if text != self._text:
            self._text = text
            self._index = Utf16Index(text)
            self.setPlainText(text)
        self._current = current
        self.set_quotes(quotes)

    def set_quotes(self, quotes: Iterable) -> None:
        self._quotes = sorted(quotes, key=lambda q: (q.start, q.end))
        self.colors = ColorMap(q.speaker for q in self._quotes)
        self._starts = [q.start for q in self._quotes]
        ids = {q.id for q in self._quotes}
        if self._current not in ids:
            self._current = None
        self._rehighlight()

    def update_quote(self, quote) -> None:
        """Replace one quote (matched by id) and redraw what changed."""
        for i, q in enumerate(self._quotes):
            if q.id == quote.id:
                same_place = (q.start, q.end, span_of(getattr(q, "mention", None)), q.speaker) == (
                    quote.start, quote.end, span_of(getattr(quote, "mention", None)), quote.speaker)
                if same_place and (status_of(q) == "rejected") == (status_of(quote) == "rejected"):
                    self._quotes[i] = quote  # a status change: restyle this quote only
                    self._restyle({quote.id})
                    return
                break
        others = [q for q in self._quotes if q.id != quote.id]
        self.set_quotes([*others, quote])

    def text(self) -> str:
        return self._text

    def quotes(self) -> Sequence:
        return list(self._quotes)

    @property
    def current_quote_id(self) -> int | None:
        return self._current

    # -- positions ------------------------------------------------------------------------------

    def to_qt(self, offset: int) -> int:
        return self._index.to_utf16(offset)

    def from_qt(self, position: int) -> int:
        return self._index.from_utf16(position)

    def quote_at(self, offset: int):
        """The innermost quote covering code point ``offset``, or None."""
        best = None
        i = bisect_right(self._starts, offset)
        for q in reversed(self._quotes[:i]):
            if q.start <= offset < q.end and (best is None or q.end - q.start < best.end - best.start):
                best = q
            if best is not None and q.end <= best.start:
                break
        return best

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as a code-point range, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.from_qt(cursor.selectionStart())
        end = self.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``[start, end)`` (what an editor does with the mouse)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- current quote --------------------------------------------------------------------------

    def set_current(self, quote_id: int | None, *, scroll: bool = True) -> None:
        if quote_id != self._current:
            changed = {self._current, quote_id} - {None}
            self._current = quote_id
            self._restyle(changed)
        if quote_id is None or not scroll:
            return
        quote = next((q for q in self._quotes if q.id == quote_id), None)
        if quote is not None:
            self.scroll_to(quote.start, quote.end)

    def scroll_to(self, start: int, end: int) -> None:
        """Centre code points ``[start, end)`` in the view (its start at the top when it is
        taller than the view), the cursor at ``start``, no selection."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt((start + min(end, len(self._text))) // 2))
        self.setTextCursor(cursor)
        self.centerCursor()
        cursor.setPosition(self.to_qt(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- drawing --------------------------------------------------------------------------------

    def highlight_formats(self) -> list[tuple[int, int, QTextCharFormat]]:
        """Every highlight as ``(start, end, format)`` in code points, in drawing order."""
        return [(start, end, fmt) for start, end, fmt, _key in self._highlights()]

    def _quote_format(self, q) -> QTextCharFormat:
        status = status_of(q)
        current = q.id == self._current
        fmt = QTextCharFormat()
        fmt.setProperty(QTextFormat.Property.UserProperty, q.id)
        if status == "rejected":
            fmt.setFontStrikeOut(True)
            fmt.setForeground(QColor("#808080"))
        else:
            fmt.setBackground(self.colors.highlight(q.speaker, dark=self._dark, strong=current))
            style = STATUS_UNDERLINE.get(status, QTextCharFormat.UnderlineStyle.DashUnderline)
            if status == "proposed" and float(q.confidence or 0) < LOW_CONFIDENCE:
                style = QTextCharFormat.UnderlineStyle.WaveUnderline
            if not getattr(q, "is_speech", True):
                style = QTextCharFormat.UnderlineStyle.DotLine
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(self.colors.color(q.speaker))
        if current:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt

    def _mention_format(self, q) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(self.colors.color(q.speaker))
        fmt.setForeground(self.colors.color(q.speaker) if q.id == self._current else self.palette().text())
        fmt.setProperty(QTextFormat.Property.UserProperty + 1, q.id)
        return fmt

    def _highlights(self, only: set | None = None, quotes: Sequence | None = None):
        """``(start, end, format, key)`` per highlight of ``quotes`` (default: all) or of those in
        ``only``; ``key`` is ``("q"|"m", quote id)``."""
        n = len(self._text)
        quotes = self._quotes if quotes is None else quotes
        out = []
        for q in quotes:
            if only is None or q.id in only:
                out.append((max(0, q.start), min(n, q.end), self._quote_format(q), ("q", q.id)))
        # Mentions after quotes, so a mention inside a neighbouring quote still shows.
        for q in quotes:
            mention = span_of(getattr(q, "mention", None))
            if mention is None or status_of(q) == "rejected" or (only is not None and q.id not in only):
                continue
            out.append((max(0, mention[0]), min(n, mention[1]), self._mention_format(q), ("m", q.id)))
        return out

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _in_view(self) -> tuple[int, int]:
        """The quotes (a range of indices into ``_quotes``) that the view shows, at least in part."""
        first = self.from_qt(self.firstVisibleBlock().position())
        last = self.from_qt(self.cursorForPosition(self.viewport().rect().bottomRight()).position())
        return max(0, bisect_right(self._starts, first) - 1), bisect_left(self._starts, last + 1)

    def _follow_view(self) -> None:
        """Move the highlighted window along when the view nears one of its edges."""
        lo, hi = self._window
        first, last = self._in_view()
        slack = HIGHLIGHT_MARGIN // 2
        if (lo > 0 and first - lo < slack) or (hi < len(self._quotes) and hi - last < slack):
            self._rehighlight()

    def _rehighlight(self) -> None:
        first, last = self._in_view()
        self._window = (max(0, first - HIGHLIGHT_MARGIN), min(len(self._quotes), last + HIGHLIGHT_MARGIN))
        self._selections: list = []
        self._slots: dict = {}
        for start, end, fmt, key in self._highlights(quotes=self._quotes[slice(*self._window)]):
            if end > start:
                self._slots[key] = len(self._selections)
                self._selections.append(self._selection(start, end, fmt))
        self.setExtraSelections(self._selections)

    def _restyle(self, quote_ids: set) -> None:
        """Rebuild the highlights of a few quotes only (moving the current quote in a long article)."""
        if not hasattr(self, "_slots"):
            self._rehighlight()
            return
        for start, end, fmt, key in self._highlights(only=quote_ids):
            slot = self._slots.get(key)
            if slot is not None:
                self._selections[slot] = self._selection(start, end, fmt)
        self.setExtraSelections(self._selections)

    # -- events ---------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._follow_view()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            dark = is_dark(self.palette())
            if dark != self._dark:
                self._dark = dark
                self._rehighlight()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            quote = self._quote_under(event.pos())
            if quote is not None:
                QToolTip.showText(event.globalPos(), tooltip_for(quote, self._text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            quote = self._quote_under(event.position().toPoint())
            if quote is not None:
                self.quoteClicked.emit(quote.id)

    def _quote_under(self, pos: QPoint):
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return None  # below the last line
        return self.quote_at(self.from_qt(cursor.position()))
