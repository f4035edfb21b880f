#!/usr/bin/env python3
"""Chooses the speaker palette (``quotedesk.gui.colors.PALETTE``) and prints it.

    PYTHONPATH=desktop .venv/bin/python tools/palette.py [--size 60] [--step 20]

Greedy farthest-point choice on a grid of sRGB colours: each next colour is the candidate
farthest from all chosen ones, so every first ``k`` of the palette are spread as far as this
order allows. The distance of two speaker colours is the smallest CIEDE2000 difference
(``quotedesk.core.colour``) among everything the window draws with them (the colour itself for
swatches and underlines, its light-theme and its dark-theme tint behind the text) as seen with
normal vision, deuteranopia and protanopia (see CVD_WEIGHT). Candidates are mid-light colours, so that their
tints keep dark text readable on light themes and light text on dark ones.
"""

from __future__ import annotations

import argparse
import itertools

from PySide6.QtGui import QColor

from quotedesk.core.colour import VISIONS, delta_e, lab, simulate
from quotedesk.gui.colors import NO_SPEAKER, PALETTE, tint

LIGHTNESS = (30, 78)  # CIELAB L* of the colour itself
# Seen with deuteranopia or protanopia, colours differ in lightness and blue-yellow only, so no
# dozen hues stay as far apart as for normal vision: there they need two thirds of the distance.
CVD_WEIGHT = 1.5


def _looks(colour: str) -> list[tuple[float, float, float]]:
    """Every way the window shows ``colour``, under every vision, in CIELAB."""
    q = QColor(colour)
    drawn = (colour, tint(q, dark=False).name(), tint(q, dark=True).name())
    return [lab(simulate(c, v)) for c in drawn for v in VISIONS]


def _distance(a, b) -> float:
    """The smallest difference between two colours' looks, colour-blind ones counting CVD_WEIGHT times."""
    return min(delta_e(x, y) * (1 if VISIONS[i % len(VISIONS)] == "normal" else CVD_WEIGHT)
               for i, (x, y) in enumerate(zip(a, b)))


def choose(size: int, step: int, first: str) -> list[str]:
    """``size`` colours, ``first`` first, each far from those before it and from the grey of
    quotes without a speaker."""
    levels = sorted({*range(0, 256, step), 255})
    candidates = {}
    for rgb in itertools.product(levels, repeat=3):
        colour = "#" + "".join(f"{c:02x}" for c in rgb)
        if LIGHTNESS[0] <= lab(colour)[0] <= LIGHTNESS[1]:
            candidates[colour] = _looks(colour)
    chosen = [first]
    nearest = {c: min(_distance(looks, _looks(first)), _distance(looks, _looks(NO_SPEAKER)))
               for c, looks in candidates.items()}
    while len(chosen) < size:
        pick = max(nearest, key=nearest.get)
        chosen.append(pick)
        looks = candidates.pop(pick)
        del nearest[pick]
        for c, other in candidates.items():
            nearest[c] = min(nearest[c], _distance(looks, other))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--step", type=int, default=20)
    args = parser.parse_args()
    palette = choose(args.size, args.step, PALETTE[0])
    print("PALETTE = (")
    for row in range(0, len(palette), 6):
        print("    " + " ".join(f'"{c}",' for c in palette[row:row + 6]))
    print(")")


if __name__ == "__main__":
    main()
