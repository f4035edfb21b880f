"""Speaker colours: a stable hue per name that reads on light and dark backgrounds.

A name hashes to a palette slot (CRC-32 of its case-folded form), so John Kerry is the same
colour in every article and every session. Within one article two speakers never share a colour:
:class:`ColorMap` moves the later of two colliding names (by name order) to the next free slot,
which depends only on the set of names, so reopening the article gives the same colours. Colour is never the only signal: the view
also underlines by status and the quote panel names the speaker.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Twelve hues distinct enough side by side (Tableau 10 plus two), all mid-lightness so that a
# light tint works under dark text and a deep shade works under light text.
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#bcbd22", "#17becf", "#3f51b5", "#009e73", "#e6a000",
)
NO_SPEAKER = "#8a8a8a"


def speaker_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _slot(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % len(PALETTE)


def speaker_color(name: str | None) -> QColor:
    """The speaker's own colour (for swatches, underlines and the legend)."""
    key = speaker_key(name)
    if not key:
        return QColor(NO_SPEAKER)
    return QColor(PALETTE[_slot(key)])


class ColorMap:
    """Colours for the speakers of one article: their own hue unless another speaker has it."""

    def __init__(self, names=()) -> None:
        self._slots: dict[str, int] = {}
        keys = sorted({speaker_key(n) for n in names if speaker_key(n)})
        # Names on their own slot first, so a collision never moves a speaker that had no rival.
        taken: set[int] = set()
        pending = []
        for key in keys:
            slot = _slot(key)
            if slot in taken:
                pending.append(key)
            else:
                taken.add(slot)
                self._slots[key] = slot
        for key in pending:
            slot = _slot(key)
            if len(taken) < len(PALETTE):
                while slot in taken:
                    slot = (slot + 1) % len(PALETTE)
            taken.add(slot)
            self._slots[key] = slot

    def color(self, name: str | None) -> QColor:
        key = speaker_key(name)
        if not key:
            return QColor(NO_SPEAKER)
        slot = self._slots.get(key)
        return QColor(PALETTE[slot]) if slot is not None else speaker_color(name)

    def highlight(self, name: str | None, *, dark: bool, strong: bool = False) -> QColor:
        return tint(self.color(name), dark=dark, strong=strong)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the current theme draws light text on a dark base."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def tint(color: QColor, *, dark: bool, strong: bool = False) -> QColor:
    """``color`` mixed into the theme's base: light under dark text, deep under light text.

    ``strong`` is the current quote: a deeper tint, so it stands out among its neighbours.
    """
    base = QColor("#1e1e1e") if dark else QColor("#ffffff")
    if dark:
        t = 0.45 if strong else 0.30
    else:
        t = 0.50 if strong else 0.25
    return _mix(base, color, t)
