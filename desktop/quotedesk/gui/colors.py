"""Speaker colours: distinct within an article, for normal and colour-blind eyes, on light and dark themes.

:data:`PALETTE` is chosen by ``tools/palette.py``: each colour is the farthest (CIEDE2000,
``quotedesk.core.colour``) from those before it, in everything the window draws with it (the
colour itself, its tint behind the text on light and on dark themes) as seen with normal vision,
deuteranopia and protanopia. So the first ``k`` colours of it are well apart for every ``k``.

An article with ``n`` speakers draws from the first ``max(n, OWN)`` colours. A name hashes to a
slot among them (CRC-32 of its case-folded form), so in articles of up to :data:`OWN` speakers
John Kerry keeps one colour across articles and sessions; of two names on one slot the later
(by name order) moves to the next free one, which depends only on the set of names. Colour is
never the only signal: the view also underlines by status and the quote panel names the speaker.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QGuiApplication, QPalette

PALETTE = (
    "#1f77b4", "#00dc00", "#a00000", "#5000ff", "#78a050", "#3cc8dc",
    "#8c1464", "#6464ff", "#b45000", "#643c3c", "#dcb4a0", "#7800a0",
    "#64a0ff", "#64643c", "#a078a0", "#a0c8c8", "#8c3c64", "#78c850",
    "#3cb478", "#1464c8", "#78288c", "#28a0c8", "#64c8ff", "#a06428",
    "#3c8c64", "#3cb414", "#143cc8", "#78508c", "#28dc78", "#503cff",
    "#8c5064", "#3cb4a0", "#6478dc", "#b42800", "#ff78a0", "#a03c28",
    "#8c8c28", "#507878", "#508c50", "#f0b414", "#b4c83c", "#506478",
    "#a03ca0", "#8c78ff", "#a00028", "#14b4b4", "#506450", "#f0a0dc",
    "#006414", "#c87800", "#783cb4", "#3c14dc", "#a0b464", "#648cdc",
    "#64b4ff", "#28a0b4", "#dca03c", "#f0b48c", "#3c50dc", "#8c2864",
)
OWN = 12  # articles with up to this many speakers give each their own colour
NO_SPEAKER = "#8a8a8a"


def speaker_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _slot(key: str, size: int = OWN) -> int:
    return zlib.crc32(key.encode("utf-8")) % size


def speaker_color(name: str | None) -> QColor:
    """The speaker's own colour (for swatches, underlines and the legend)."""
    key = speaker_key(name)
    if not key:
        return QColor(NO_SPEAKER)
    return QColor(PALETTE[_slot(key)])


class ColorMap:
    """Colours for the speakers of one article, no two alike (up to ``len(PALETTE)`` speakers)."""

    def __init__(self, names=()) -> None:
        self._slots: dict[str, int] = {}
        keys = sorted({speaker_key(n) for n in names if speaker_key(n)})
        size = min(max(len(keys), OWN), len(PALETTE))
        # Names on their own slot first, so a collision never moves a speaker that had no rival.
        taken: set[int] = set()
        pending = []
        for key in keys:
            slot = _slot(key, size)
            if slot in taken:
                pending.append(key)
            else:
                taken.add(slot)
                self._slots[key] = slot
        for key in pending:
            slot = _slot(key, size)
            if len(taken) < size:
                while slot in taken:
                    slot = (slot + 1) % size
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

    ``strong`` is the current quote: a deeper tint, so it stands out among its neighbours. Text
    on any tint of :data:`PALETTE` keeps WCAG AA contrast (black on light, #e0e0e0 on dark).
    """
    base = QColor("#1e1e1e") if dark else QColor("#ffffff")
    return _mix(base, color, (0.42 if strong else 0.35) if dark else (0.55 if strong else 0.40))
