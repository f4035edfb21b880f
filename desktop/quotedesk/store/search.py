"""Turning what a person types into an FTS5 query that cannot be a syntax error."""

from __future__ import annotations

import re

_PIECE = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]")


def _string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str | None) -> str | None:
    """An FTS5 MATCH expression for ``text``: every word must occur, ``"..."`` is a phrase.

    Each word becomes a quoted FTS5 string, so operators (``AND``, ``NEAR(``), stray quotes,
    parentheses and column filters are only ever searched for as words. A trailing ``*`` keeps
    its meaning of "words starting with". Returns None when ``text`` has no word to search for.
    """
    if not text:
        return None
    terms = []
    for m in _PIECE.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if _WORD.search(phrase):
                terms.append(_string(phrase))
            continue
        prefix = len(word) > 1 and word.endswith("*")
        word = word.strip('*"')
        if _WORD.search(word):
            terms.append(_string(word) + ("*" if prefix else ""))
    return " ".join(terms) or None
