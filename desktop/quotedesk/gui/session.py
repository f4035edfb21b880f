"""The editing session: the open library, the editor's name and one undo stack.

Every correction is a :class:`QUndoCommand` whose ``redo`` and ``undo`` call the library; the
screen updates from the record the library returns, so a change is on disk before it is shown.
The first application happens before the command is pushed, so a refused change (a
:class:`QuoteDeskError`) never reaches the stack. The stack belongs to the session, not to an
article: undo still works after switching articles, and shows the article it changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from quotedesk.core.errors import QuoteDeskError

log = logging.getLogger(__name__)

NUDGE_ID = 1001  # merge id of consecutive boundary nudges of the same quote
# What the library raises for a change it refuses: its own errors, and ValueError for bad
# arguments such as bounds outside the text.
REFUSALS = (QuoteDeskError, ValueError)


def _parts(record):
    parts = getattr(record, "parts", None)
    return tuple(parts) if parts else None


class Session(QObject):
    """The library the window edits, and the undo stack of everything done to it."""

    quoteChanged = Signal(object)  # the updated QuoteRecord, as stored
    quoteRemoved = Signal(int, int)  # article id, quote id
    articleChanged = Signal(int)  # several quotes of this article changed
    failed = Signal(str)  # a change the library refused, in words for the editor

    def __init__(self, library, *, editor: str, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.editor = editor
        self.undo_stack = QUndoStack(self)

    # -- corrections ----------------------------------------------------------------------------

    def change_speaker(self, quote_id: int, name: str | None, *, kind=None) -> bool:
        before = self.library.quote(quote_id)
        old_kind = getattr(before.speaker_kind, "value", before.speaker_kind)
        return self._push(
            f"Speaker → {name or 'none'}",
            before.article_id,
            lambda: self.library.set_speaker(quote_id, name, kind=kind, editor=self.editor),
            lambda: self.library.set_speaker(quote_id, before.speaker, kind=old_kind, mention=before.mention,
                                             editor=self.editor),
        )

    def set_bounds(self, quote_id: int, start: int, end: int, *, parts=None, merge: bool = False) -> bool:
        before = self.library.quote(quote_id)
        old = (before.start, before.end, _parts(before))
        return self._push(
            "Quote bounds",
            before.article_id,
            lambda: self.library.set_bounds(quote_id, start, end, parts=parts, editor=self.editor),
            lambda: self.library.set_bounds(quote_id, old[0], old[1], parts=old[2], editor=self.editor),
            merge_key=("bounds", quote_id) if merge else None,
        )

    def nudge(self, quote_id: int, *, edge: str, delta: int, text: str) -> bool:
        """Move the quote's ``edge`` ("start" or "end") by ``delta`` code points."""
        q = self.library.quote(quote_id)
        start, end = q.start, q.end
        if edge == "start":
            start = min(max(0, start + delta), end - 1)
        else:
            end = max(min(len(text), end + delta), start + 1)
        if (start, end) == (q.start, q.end):
            return False
        return self.set_bounds(quote_id, start, end, merge=True)

    def set_status(self, quote_id: int, status: str) -> bool:
        before = self.library.quote(quote_id)
        if before.status == status:
            return False
        return self._push(
            {"verified": "Verify quote", "rejected": "Reject quote"}.get(status, f"Mark {status}"),
            before.article_id,
            lambda: self.library.set_status(quote_id, status, editor=self.editor),
            lambda: self.library.set_status(quote_id, before.status, editor=self.editor),
        )

    def add_quote(self, article_id: int, start: int, end: int, *, speaker: str | None = None) -> int | None:
        """Add a quote the engine missed; returns its id."""
        try:
            record = self.library.add_quote(article_id, start, end, speaker=speaker, editor=self.editor)
        except REFUSALS as e:
            self._refused(e)
            return None
        qid = record.id
        cmd = _Command(
            self, "Add quote", article_id,
            redo=lambda: self.library.restore_quote(qid, editor=self.editor),
            undo=lambda: self._remove(article_id, qid),
        )
        self.quoteChanged.emit(record)
        self.undo_stack.push(cmd)
        return qid

    def verify_article(self, article_id: int) -> bool:
        before = {q.id: q.status for q in self.library.quotes(article_id)}
        changed = [qid for qid, s in before.items() if s == "proposed"]
        if not changed:
            return False

        def undo():
            for qid in changed:
                self.library.set_status(qid, before[qid], editor=self.editor)
            return None

        def redo():
            self.library.verify_article(article_id, editor=self.editor)
            return None

        return self._push("Verify article", article_id, redo, undo)

    # -- plumbing -------------------------------------------------------------------------------

    def _remove(self, article_id: int, quote_id: int):
        self.library.remove_quote(quote_id, editor=self.editor)
        self.quoteRemoved.emit(article_id, quote_id)
        return None

    def _refused(self, error: Exception) -> None:
        log.warning("change refused: %s", error)
        self.failed.emit(str(error))

    def _push(self, text, article_id, do, undo, *, merge_key=None) -> bool:
        try:
            result = do()
        except REFUSALS as e:
            self._refused(e)
            return False
        self._announce(article_id, result)
        self.undo_stack.push(_Command(self, text, article_id, redo=do, undo=undo, merge_key=merge_key))
        return True

    def _announce(self, article_id: int, result) -> None:
        if result is None:
            self.articleChanged.emit(article_id)
        elif isinstance(result, (list, tuple)):
            self.articleChanged.emit(article_id)
        else:
            self.quoteChanged.emit(result)

    def run(self, fn, article_id: int) -> None:
        """Apply one side of a command (from undo/redo), reporting a refusal."""
        try:
            result = fn()
        except REFUSALS as e:
            self._refused(e)
            self.articleChanged.emit(article_id)  # show what the library holds
            return
        self._announce(article_id, result)


class _Command(QUndoCommand):
    def __init__(self, session: Session, text: str, article_id: int, *, redo, undo, merge_key=None) -> None:
        super().__init__(text)
        self._session = session
        self._article_id = article_id
        self._redo = redo
        self._undo = undo
        self._merge_key = merge_key
        self._applied = True  # the session applied it before pushing

    def id(self) -> int:
        return NUDGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Command) or other._merge_key != self._merge_key:
            return False
        self._redo = other._redo  # keep our undo (the state before the first nudge)
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._session.run(self._redo, self._article_id)

    def undo(self) -> None:
        self._session.run(self._undo, self._article_id)
