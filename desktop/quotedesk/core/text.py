"""Offset conversions between Python code points and Qt's UTF-16 code units."""

from __future__ import annotations

from bisect import bisect_right


class Utf16Index:
    """Converts code-point offsets of one text to UTF-16 offsets and back in O(log n)."""

    def __init__(self, text: str) -> None:
        # Positions (in code points) of characters outside the BMP, which take two UTF-16 units.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral16 = [i + k for k, i in enumerate(self._astral)]
        self._len = len(text)

    def to_utf16(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1)

    def from_utf16(self, offset16: int) -> int:
        # Count astral characters that start before this UTF-16 offset; a position that falls
        # between the two halves of a surrogate pair maps to the character's start.
        k = bisect_right(self._astral16, offset16 - 1)
        if k and offset16 == self._astral16[k - 1] + 1:
            return self._astral[k - 1]
        return offset16 - k
