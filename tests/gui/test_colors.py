"""Speaker colours in one article are clearly apart, for colour-blind eyes too (issue 13 item 8).

Distances are CIEDE2000 (``quotedesk.core.colour``) between what the window draws: the colour
itself (swatches, underlines) and its tint behind the text on light and on dark themes.
"""

from __future__ import annotations

from itertools import product
from types import SimpleNamespace

import pytest

from quotedesk.core.colour import contrast, min_distance
from quotedesk.gui.colors import NO_SPEAKER, PALETTE, ColorMap, tint

FIRST = ["Maria", "Tom", "Anna", "David", "Lena", "Omar", "Jean-Luc", "Aiko", "Pedro", "Fatima"]
LAST = ["Lopez", "Becker", "Kowalski", "Okafor", "Park", "Haddad", "Paré"]
NAMES = [f"{f} {n}" for n, f in product(LAST, FIRST)][:60]

# The smallest difference allowed between two speakers' colours, by number of speakers: a
# dozen are apart at a glance; 60 can only be told apart side by side (and by the legend's names).
NORMAL = ((12, 8.0), (30, 4.0), (60, 2.5))
COLOUR_BLIND = ((12, 5.0), (30, 3.0), (60, 1.8))


def _floor(table, n: int) -> float:
    return next(d for most, d in table if n <= most)


def _drawn(colors: ColorMap, names) -> list[list[str]]:
    swatches = [colors.color(n) for n in names]
    return [[c.name() for c in swatches],
            [tint(c, dark=False).name() for c in swatches],
            [tint(c, dark=True).name() for c in swatches]]


@pytest.mark.parametrize("n", range(2, 61))
def test_speakers_in_one_article_get_clearly_distinct_colours(n):
    names = NAMES[:n]
    colors = ColorMap(names)
    swatches, light, dark = _drawn(colors, names)
    swatches.append(NO_SPEAKER)  # no speaker looks like the grey of quotes without one
    for shown in (swatches, light, dark):
        assert min_distance(shown, ("normal",)) >= _floor(NORMAL, n)
        assert min_distance(shown, ("deuteranopia", "protanopia")) >= _floor(COLOUR_BLIND, n)


@pytest.mark.parametrize("dark,text", [(False, "#000000"), (True, "#e0e0e0")])
@pytest.mark.parametrize("strong", [False, True])
def test_text_on_every_tint_stays_readable(dark, text, strong):
    from PySide6.QtGui import QColor

    assert min(contrast(tint(QColor(c), dark=dark, strong=strong).name(), text) for c in PALETTE) >= 4.5


def test_colours_depend_on_the_set_of_speakers_not_their_order():
    forward, backward = ColorMap(NAMES[:20]), ColorMap(reversed(NAMES[:20]))
    assert all(forward.color(n) == backward.color(n) for n in NAMES[:20])


def test_the_legend_shows_60_speakers_by_name_each_in_its_own_colour(qtbot):
    from quotedesk.gui.panels import SpeakerLegend

    legend = SpeakerLegend()
    qtbot.addWidget(legend)
    legend.resize(900, 200)
    legend.show()
    qtbot.waitExposed(legend)
    quotes = [SimpleNamespace(speaker=name, status="proposed") for name in NAMES]
    colors = ColorMap(NAMES)
    legend.set_quotes(quotes, colors)
    assert legend.count() == 60
    swatches = set()
    for row in range(legend.count()):
        item = legend.item(row)
        legend.scrollToItem(item)
        rect = legend.visualItemRect(item)
        assert legend.viewport().rect().contains(rect), item.text()  # reachable and not cut off
        assert rect.width() >= legend.fontMetrics().horizontalAdvance(item.text())  # the whole name
        swatches.add(item.icon().pixmap(12, 12).toImage().pixelColor(6, 6).name())
    assert len(swatches) == 60
