"""The window's review queue: unverified quotes across the library, least confident first.

N opens the next one; V and X then keep stepping through the queue (``queue_mode``) until J or K
steps through the article instead.
"""

from __future__ import annotations

from quotedesk.core.model import ACCEPT_UNREAD


class ReviewQueue:
    """Mixed into the main window: its ``review_panel``, ``library`` and ``show_quote``."""

    queue_mode = False  # V/X step through the review queue rather than the article

    def refresh_queue(self, articles=None) -> None:
        queue = self.library.review_queue(limit=100)
        if articles is None:
            articles = self.library.articles()
        self.review_panel.set_queue(queue, titles={a.id: a.title or f"Article {a.id}" for a in articles},
                                    confident=self.library.count_confident(ACCEPT_UNREAD))

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

    def open_from_queue(self, article_id: int, quote_id: int) -> None:
        self.show_quote(article_id, quote_id)
        self.queue_mode = True
