"""The window's panes on small screens: the library and quote panes fold away and come back
(Ctrl+1, Ctrl+2, or by dragging the splitter to the edge), and until the editor arranges them
a small window gives the article the room (the library pane folded below 1200 px wide, the
bottom panes hidden below 760 px high). The window saves the splitter's state with its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QSplitter

NARROW = 1200  # px of window width below which the library pane starts folded
LOW = 760  # px of window height below which the search and queue panes start hidden
SIDE_WIDTH = 250
QUOTES_WIDTH = 430


class PaneLayout:
    """The splitter's side panes (0: library, 2: quotes) around the article (1), and the docks."""

    def __init__(self, splitter: QSplitter, docks: tuple[QDockWidget, ...]) -> None:
        self.splitter = splitter
        self.docks = docks
        self.automatic = True  # until the editor moves a pane
        self._widths: dict[int, int] = {}
        splitter.setChildrenCollapsible(True)
        splitter.setCollapsible(1, False)
        splitter.splitterMoved.connect(self._arranged)

    def _arranged(self, *_args) -> None:
        self.automatic = False

    def settle(self) -> None:
        """The editor's arrangement stands (restored from settings, or a pane opened by hand)."""
        self.automatic = False

    def fit(self, width: int, height: int) -> None:
        """Give the article the room a window of this size allows (while still automatic)."""
        if not self.automatic:
            return
        quotes = self.splitter.widget(2)
        quotes_width = max(quotes.minimumSizeHint().width(), min(QUOTES_WIDTH, width // 3))
        side = 0 if width < NARROW else SIDE_WIDTH
        self.splitter.setSizes([side, max(1, width - side - quotes_width), quotes_width])
        for dock in self.docks:
            dock.setVisible(height >= LOW)

    def toggle(self, index: int) -> None:
        """Fold the pane at ``index`` away, or bring it back at its last width."""
        sizes = self.splitter.sizes()
        pane = self.splitter.widget(index)
        if sizes[index] > 0:
            self._widths[index] = sizes[index]
            sizes[1] += sizes[index]
            sizes[index] = 0
        else:
            width = self._widths.get(index) or max(pane.minimumSizeHint().width(),
                                                   SIDE_WIDTH if index == 0 else QUOTES_WIDTH)
            sizes[index] = width
            sizes[1] = max(1, sizes[1] - width)
        self.splitter.setSizes(sizes)
        self.automatic = False

    def shown(self, index: int) -> bool:
        return self.splitter.sizes()[index] > 0
