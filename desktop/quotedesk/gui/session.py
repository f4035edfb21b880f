"""The editing session: the open library, the editor's name and one undo stack.

Every correction is one library call, which the library records as one undoable operation
(:mod:`quotedesk.store.history`); the :class:`QUndoCommand` pushed for it only remembers that
operation, and its ``undo``/``redo`` are one ``Library.undo``/``Library.redo`` call each, which
put back exactly the rows the correction changed. The screen updates from what the library
holds afterwards, so a change is on disk before it is shown. The first application happens
before the command is pushed, so a refused change (a :class:`QuoteDeskError`) never reaches the
stack. The stack belongs to the session, not to an article: undo still works after switching
articles, and shows the article it changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from quotedesk.core.errors import LibraryError, QuoteDeskError
from quotedesk.store import Unchanged

log = logging.getLogger(__name__)

NUDGE_ID = 1001  # merge id of consecutive word nudges (the library joins them into one step)
# What the library raises for a change it refuses: its own errors, and ValueError for bad
# arguments such as bounds outside the text.
REFUSALS = (QuoteDeskError, ValueError)


class Session(QObject):
    """The library the window edits, and the undo stack of everything done to it."""

    quoteChanged = Signal(object)  # the updated QuoteRecord, as stored
    quoteRemoved = Signal(int, int)  # article id, quote id
    articleChanged = Signal(int)  # several quotes of this article changed
    articlesChanged = Signal()  # quotes of several articles changed (a library-wide step)
    failed = Signal(str)  # a change the library refused or that would change nothing, in words for the editor

    def __init__(self, library, *, editor: str, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.editor = editor
        self.undo_stack = QUndoStack(self)

    # -- corrections ----------------------------------------------------------------------------

    def change_speaker(self, quote_id: int, name: str | None, *, kind=None, exact: bool = False) -> bool:
        return self._push(f"Speaker → {name or 'none'}",
                          lambda: self.library.set_speaker(quote_id, name, kind=kind, exact=exact, editor=self.editor))

    def fit_bounds(self, quote_id: int, start: int, end: int) -> bool:
        """Set the quote's extent to a selection (snapped to words and the article's marks)."""
        return self._push("Quote bounds", lambda: self.library.fit_bounds(quote_id, start, end, editor=self.editor))

    def nudge(self, quote_id: int, *, edge: str, step: int) -> bool:
        """Move the quote's ``edge`` ("start" or "end") one word; consecutive nudges are one step."""
        return self._push("Quote bounds",
                          lambda: self.library.nudge_bounds(quote_id, edge=edge, step=step, editor=self.editor),
                          merge=True)

    def set_status(self, quote_id: int, status: str) -> bool:
        return self._push({"verified": "Verify quote", "rejected": "Reject quote"}.get(status, f"Mark {status}"),
                          lambda: self.library.set_status(quote_id, status, editor=self.editor))

    def add_quote(self, article_id: int, start: int, end: int, *, speaker: str | None = None) -> int | None:
        """Add a quote the engine missed; returns its id."""
        record = self._apply("Add quote",
                             lambda: self.library.add_quote(article_id, start, end, speaker=speaker, editor=self.editor))
        return None if record is None else record.id

    def verify_confident(self, min_confidence: float) -> int:
        """Accept every proposed quote of the library at ``min_confidence`` or more: one undo step."""
        try:
            n = self.library.verify_confident(min_confidence, editor=self.editor)
        except REFUSALS as e:
            self._refused(e)
            return 0
        if n and self.library.last_operation is not None:
            text = f"Accept {n} confident quote{'s' if n != 1 else ''}"
            self.undo_stack.push(_Command(self, text, self.library.last_operation))
            self.articlesChanged.emit()
        return n

    def verify_article(self, article_id: int) -> bool:
        return self._push("Verify article", lambda: self.library.verify_article(article_id, editor=self.editor),
                          article_id=article_id)

    # -- undo and redo --------------------------------------------------------------------------

    def undo(self, operation_id: int) -> bool:
        """Undo one operation in the library; False (and a message) when the library refuses."""
        return self._replay(lambda: self.library.undo(editor=self.editor, operation_id=operation_id))

    def redo(self, operation_id: int) -> bool:
        return self._replay(lambda: self.library.redo(editor=self.editor, operation_id=operation_id))

    def _replay(self, call) -> bool:
        try:
            op = call()
        except REFUSALS as e:
            self._refused(e)
            return False
        if op is None:
            return False
        if len(op.quote_ids) == 1:
            self._show_quote(op.article_ids[0], op.quote_ids[0])
        elif len(op.article_ids) == 1:
            self.articleChanged.emit(op.article_ids[0])
        elif op.article_ids:
            self.articlesChanged.emit()
        return True

    def _show_quote(self, article_id: int, quote_id: int) -> None:
        try:
            record = self.library.quote(quote_id)
        except LibraryError:
            record = None  # an added quote, undone
        if record is None or record.removed:
            self.quoteRemoved.emit(article_id, quote_id)
        else:
            self.quoteChanged.emit(record)

    # -- plumbing -------------------------------------------------------------------------------

    def _refused(self, error: Exception) -> None:
        log.warning("change refused: %s", error)
        self.failed.emit(str(error))

    def _apply(self, text: str, do, *, article_id: int | None = None, merge: bool = False):
        """Make one correction and push its undo step; returns the library's result, or None
        when the library refused it or it changed nothing."""
        try:
            result = do()
        except REFUSALS as e:
            self._refused(e)
            return None
        if isinstance(result, Unchanged):
            self.failed.emit(result.reason)
            return None
        if article_id is not None:
            self.articleChanged.emit(article_id)
        else:
            self.quoteChanged.emit(result)
        if self.library.last_operation is None:
            return None  # nothing changed: it was so already (another window may have done it)
        self.undo_stack.push(_Command(self, text, self.library.last_operation, merge=merge))
        return result

    def _push(self, text: str, do, *, article_id: int | None = None, merge: bool = False) -> bool:
        return self._apply(text, do, article_id=article_id, merge=merge) is not None


class _Command(QUndoCommand):
    """One step of the window's undo stack: a library operation, by id."""

    def __init__(self, session: Session, text: str, operation_id: int, *, merge: bool = False) -> None:
        super().__init__(text)
        self._session = session
        self.operation_id = operation_id
        self._merge = merge
        self._applied = True  # the session applied it before pushing

    def id(self) -> int:
        return NUDGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # The library joined the other's changes into this operation: one step already.
        return isinstance(other, _Command) and other.operation_id == self.operation_id

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if not self._session.redo(self.operation_id):
            self.setObsolete(True)  # the library cannot redo it: the stack drops the step

    def undo(self) -> None:
        if not self._session.undo(self.operation_id):
            self.setObsolete(True)
