"""How different two colours look: CIEDE2000 on CIELAB, also as seen with colour-blind eyes.

Colours are ``"#rrggbb"`` strings. :func:`delta_e` is the CIEDE2000 colour difference (Sharma,
Wu & Dalal 2005; about 1 is just noticeable, 10 or more reads as a different colour at a glance);
:func:`simulate` shows a colour as a protanope or deuteranope sees it (Machado, Oliveira &
Fernandes 2009, severity 1, on linear sRGB: the matrices Chrome's and Firefox's tools use);
:func:`contrast` is WCAG's contrast ratio, for text on a tint.
"""

from __future__ import annotations

from itertools import combinations
from math import atan2, cos, degrees, exp, hypot, radians, sin, sqrt

VISIONS = ("normal", "deuteranopia", "protanopia")
_MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
}


def _linear(hex_colour: str) -> tuple[float, float, float]:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    return tuple(channel(int(h[i:i + 2], 16)) for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb) -> str:
    def channel(c: float) -> int:
        c = min(1.0, max(0.0, c))
        return round(255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055))

    return "#" + "".join(f"{channel(c):02x}" for c in rgb)


def simulate(hex_colour: str, vision: str) -> str:
    """``hex_colour`` as seen with ``vision`` (one of :data:`VISIONS`)."""
    if vision == "normal":
        return hex_colour
    rgb = _linear(hex_colour)
    return _hex(sum(m * c for m, c in zip(row, rgb)) for row in _MACHADO[vision])


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21 (text needs 4.5 for level AA)."""
    ya, yb = (0.2126 * r + 0.7152 * g + 0.0722 * b for r, g, b in (_linear(a), _linear(b)))
    return (max(ya, yb) + 0.05) / (min(ya, yb) + 0.05)


def lab(hex_colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = _linear(hex_colour)
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(lab1, lab2) -> float:
    """CIEDE2000 difference of two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (hypot(a1, b1) + hypot(a2, b2)) / 2
    g = 0.5 * (1 - sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = hypot(a1, b1), hypot(a2, b2)
    h1 = degrees(atan2(b1, a1)) % 360 if c1 else 0.0
    h2 = degrees(atan2(b2, a2)) % 360 if c2 else 0.0
    dl, dc = l2 - l1, c2 - c1
    dh = 0.0
    if c1 and c2:
        dh = h2 - h1
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    d_hue = 2 * sqrt(c1 * c2) * sin(radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    h_mean = h1 + h2
    if c1 and c2:
        h_mean = (h1 + h2) / 2 if abs(h1 - h2) <= 180 else (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * cos(radians(h_mean - 30)) + 0.24 * cos(radians(2 * h_mean))
         + 0.32 * cos(radians(3 * h_mean + 6)) - 0.20 * cos(radians(4 * h_mean - 63)))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * c_mean
    sh = 1 + 0.015 * c_mean * t
    rt = (-2 * sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7))
          * sin(radians(60 * exp(-(((h_mean - 275) / 25) ** 2)))))
    return sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (d_hue / sh) ** 2 + rt * (dc / sc) * (d_hue / sh))


def min_distance(colours, visions=VISIONS) -> float:
    """The smallest CIEDE2000 difference between any two of ``colours`` under any of ``visions``
    (infinite for fewer than two colours)."""
    seen = [[lab(simulate(c, v)) for c in colours] for v in visions]
    return min((delta_e(a, b) for labs in seen for a, b in combinations(labs, 2)), default=float("inf"))
