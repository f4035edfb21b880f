"""Where an editor's correction lands in the text: a selection snapped to a quote's extent,
word-wise boundary nudges, and the mention of a speaker near a quote. Offsets are code points.

A quote's extent follows the convention of the quotes already stored for the article: the
engine's quotes run from the opening mark to after the closing one, so a selection of the
words alone takes in the marks around them (and the comma before a closing mark); where the
article's quotes leave the marks out, a selection that holds them drops them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotedesk.core.model import Span

MARKS = "\"'“”‘’«»„‟‹›"
_JOINERS = "'’-\u2011"  # inside a word when letters stand on both sides: don't, al-Abadi
_BEFORE_CLOSING = ".,;:!?…"  # "… reversed," he said: the comma belongs inside the quote


def marks_included(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the article's quotes (``spans``) start at their opening mark; True when none says."""
    votes = [text[s] in MARKS for s, e in spans if 0 <= s < e <= len(text)]
    return not votes or 2 * sum(votes) >= len(votes)


def _wordish(text: str, i: int) -> bool:
    ch = text[i]
    return ch.isalnum() or (ch in _JOINERS and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) and _wordish(text, i - 1) and _wordish(text, i)


def _word_start(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _wordish(text, i) and not _inside_word(text, i)


def _word_end(text: str, i: int) -> bool:
    return 0 < i <= len(text) and _wordish(text, i - 1) and not _inside_word(text, i)


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """From the first word's start to the last word's end within ``[start, end)``, or None."""
    s, e = start, end
    while s < e and not _wordish(text, s):
        s += 1
    while e > s and not _wordish(text, e - 1):
        e -= 1
    return (s, e) if s < e else None


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in an opening mark right before ``start`` and a closing one after ``end`` (past a
    comma or full stop that stands before it)."""
    if start > 0 and text[start - 1] in MARKS:
        start -= 1
    e = end
    while e < len(text) and text[e] in _BEFORE_CLOSING:
        e += 1
    if e < len(text) and text[e] in MARKS:
        end = e + 1
    return start, end


def snap_selection(text: str, start: int, end: int, *, marks: bool) -> tuple[int, int]:
    """A selection as a quote's extent: whole words, whitespace trimmed, marks as ``marks`` says.

    Raises ValueError when the selection holds no word.
    """
    start, end = max(0, start), min(len(text), end)
    words = _words(text, start, end)
    if words is None:
        raise ValueError("the selection holds no words: select the quote's words")
    s, e = words
    while _inside_word(text, s):
        s -= 1
    while _inside_word(text, e):
        e += 1
    return _with_marks(text, s, e) if marks else (s, e)


def nudge(text: str, start: int, end: int, *, edge: str, step: int, marks: bool) -> tuple[int, int]:
    """Move a quote's ``edge`` ("start" or "end") one word earlier (``step`` -1) or later (+1).

    The quote keeps at least one word; at the text's ends, or when that word would go, the
    extent comes back unchanged.
    """
    words = _words(text, start, end)
    if words is None:
        return start, end
    s, e = words
    if edge == "start":
        i = s + step
        while 0 <= i < e and not _word_start(text, i):
            i += step
        if not 0 <= i < e:
            return start, end
        s = i
    elif edge == "end":
        i = e + step
        while s < i <= len(text) and not _word_end(text, i):
            i += step
        if not s < i <= len(text):
            return start, end
        e = i
    else:
        raise ValueError(f"edge is 'start' or 'end', not {edge!r}")
    if marks:
        s, e = _with_marks(text, s, e)
    # The edge that did not move keeps what it had (a mark, punctuation).
    return (s if edge == "start" else start), (e if edge == "end" else end)


def name_mentions(text: str, name: str) -> list[Span]:
    """Where ``name`` stands in the text as whole words; its last word when the name never does."""
    for form in (name.strip(), name.split()[-1] if name.split() else ""):
        if len(form) < 2:
            continue
        found = [Span(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
        if found:
            return found
    return []


def nearest_outside(spans: Iterable[Span], start: int, end: int) -> Span | None:
    """The span closest to the quote ``[start, end)`` that is not inside it (a speaker's
    mention in the attribution, not a name the quote itself says)."""
    best, gap = None, None
    for span in spans:
        if span.start < end and start < span.end:
            continue
        d = start - span.end if span.end <= start else span.start - end
        if gap is None or d < gap:
            best, gap = span, d
    return best
