"""Offsets into article texts: Python code points vs Qt's UTF-16 code units, and the text the
engine analyses vs the text as given."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate


class Utf16Index:
    """Converts code-point offsets of one text to positions in a Qt document showing it, and back.

    Qt counts UTF-16 code units (a character outside the BMP takes two) and reads a CRLF pair
    as one paragraph break. Both conversions are O(log n).
    """

    def __init__(self, text: str) -> None:
        # Where the count changes: after an astral character (+1), at the LF of a CRLF (-1).
        events = sorted([(m.start(), 1) for m in _ASTRAL_RE.finditer(text)] + [(m.end() - 1, -1) for m in _CRLF_RE.finditer(text)])
        self._at = [i for i, _ in events]
        self._shift = list(accumulate((d for _, d in events), initial=0))
        # Qt position of the first offset each shift applies to (offsets after its event).
        self._from = [i + 1 + k for i, k in zip(self._at, self._shift[1:])]

    def to_utf16(self, offset: int) -> int:
        return offset + self._shift[bisect_left(self._at, offset)]

    def from_utf16(self, offset16: int) -> int:
        # A position between the two halves of a surrogate pair maps to the character's start;
        # the position after a CRLF to the offset after its LF.
        k = bisect_right(self._from, offset16)
        offset = offset16 - self._shift[k]
        return min(offset, self._at[k]) if k < len(self._at) else offset


# Same-length rewrites for analysis: line and page breaks become "\n", Unicode spaces a space,
# non-breaking and Unicode hyphens "-". A lone CR is a line break (old Mac files).
_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys("\r\f\v\x85\u2028\u2029", "\n"),
        **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
        **dict.fromkeys("\u2010\u2011", "-"),
    }
)
_CRLF_RE = re.compile("\r\n")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 code units each
# Characters that print as nothing: the LF of a CRLF pair, soft hyphens, zero-width spaces.
_DROPPED_RE = re.compile("(?<=\r)\n|[\u00ad\u200b\u2060\ufeff]")
_SENTENCE_END = tuple(".?!:\"”'’)")


class AnalysisText:
    """An article's text as the engine reads it, and the way back to the text as given.

    Line ends become ``\\n``; Unicode spaces and hyphens their ASCII forms; invisible
    characters go; in hard-wrapped text (lines broken at a fixed width, paragraphs separated
    by blank lines) the line breaks inside a paragraph become spaces. ``to_given`` maps an
    offset of ``text`` back to the given text, so every offset the engine reports indexes it.
    """

    def __init__(self, given: str) -> None:
        self.given = given
        dropped = [m.start() for m in _DROPPED_RE.finditer(given)]
        self._set(_without(given.translate(_SAME_LENGTH), dropped), dropped)
        spaced, joined = _unwrapped_breaks(self.text)
        if spaced or joined:
            dropped = sorted(dropped + [self.to_given(p) for p in joined])
            self._set(_without(_spaced(self.text, spaced), joined), dropped)

    def _set(self, text: str, dropped: list[int]) -> None:
        self.text = text
        # After the k-th dropped character, analysis offsets from _gaps[k] on shift by k + 1.
        self._gaps = [d - k for k, d in enumerate(dropped)]

    @property
    def shifted(self) -> bool:
        """Whether offsets differ between the two texts (characters were dropped)."""
        return bool(self._gaps)

    def to_given(self, pos: int) -> int:
        return pos + bisect_right(self._gaps, pos)

    def span_to_given(self, start: int, end: int) -> tuple[int, int]:
        """A span of ``text`` as a span of the given text (characters dropped at its edges left out)."""
        s = self.to_given(start)
        return s, (self.to_given(end - 1) + 1 if end > start else s)


def _spaced(text: str, positions: list[int]) -> str:
    chars = list(text)
    for p in positions:
        chars[p] = " "
    return "".join(chars)


def _without(text: str, positions: list[int]) -> str:
    parts, last = [], 0
    for p in positions:
        parts.append(text[last:p])
        last = p + 1
    parts.append(text[last:])
    return "".join(parts)


# A line that stands on its own however long the one before: a list item, a label; a time, after a
# line ending its sentence (a live blog's entry, not "… fights that started on Snapchat at⏎10:15 a.m.").
_LINE_OF_ITS_OWN = re.compile(r"[-•*]\s|[A-Z][\w ]{0,20}:\s")
_TIME = re.compile(r"\d{1,2}[.:]\d{2}\b")


def _unwrapped_breaks(text: str) -> tuple[list[int], list[int]]:
    """Line breaks inside the paragraphs of hard-wrapped text: (to become spaces, to drop).

    Text counts as wrapped when its lines stay within a narrow column and most lines that a
    paragraph continues after end mid-sentence where the next word would not have fitted. A
    break after a hyphen is dropped (``al-`` / ``Abadi``), as is one after a trailing space.
    Text with one paragraph per line (lines of any length, ending sentences) is left alone.
    """
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if len(lines) < 3 or not 40 <= width <= 100:
        return [], []
    breaks, full, continued, open_ended = [], [], 0, 0
    pos = -1
    for line, w, nxt in zip(lines, widths, lines[1:]):
        pos += len(line) + 1  # at the line's "\n"
        first = nxt.split(None, 1)[:1]
        if not w or not first or nxt[:1].isspace() or _LINE_OF_ITS_OWN.match(nxt) \
                or (_TIME.match(nxt) and line.rstrip().endswith(_SENTENCE_END)):
            continue  # a blank line, or an indented one: a paragraph break; a list item, a time, a label
        continued += 1
        open_ended += not line.rstrip().endswith(_SENTENCE_END)
        if w + 1 + len(first[0]) > width:  # the next word would not have fitted
            breaks.append(pos)
        elif w >= 0.85 * width:
            full.append(pos)  # (wrapped by hand, a little short of the column: "… gone,” he⏎said.")
    if continued < 2 or len(breaks) < 0.7 * continued or open_ended < 0.5 * continued:
        return [], []
    breaks = sorted(breaks + full)
    spaced, joined = [], []
    for p in breaks:
        if text[p - 1].isspace() or (text[p - 1] == "-" and text[p - 2 : p - 1].isalpha() and text[p + 1 : p + 2].isalpha()):
            joined.append(p)
        else:
            spaced.append(p)
    return spaced, joined
