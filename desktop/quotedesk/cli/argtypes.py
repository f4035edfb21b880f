"""Argument types that refuse what the library cannot take, as one argparse error line.

Command-line text may hold bytes that are not UTF-8 (Python passes them on as lone surrogates)
or a NUL; numbers must fit SQLite's 64-bit integers and make sense (a batch of 0 articles).
"""

from __future__ import annotations

import argparse
import re

MAX_WORDS = 100  # no name, description or quote search needs more; SQLite refuses about 1,000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def whole(low: int, high: int):
    """A whole number from ``low`` to ``high``."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({low} to {high})")
        return number

    return parse


COUNT = whole(1, 2**63 - 1)  # a limit or an id, as SQLite stores it
BATCH = whole(1, 10_000)


def text(value: str) -> str:
    """Text: valid UTF-8, no NUL, at most MAX_WORDS words."""
    if "\x00" in value:
        raise argparse.ArgumentTypeError("holds a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError("is not valid UTF-8 text") from None
    if len(value.split()) > MAX_WORDS:
        raise argparse.ArgumentTypeError(f"has more than {MAX_WORDS} words")
    return value


def date(value: str) -> str:
    """An ISO date or its start: YYYY, YYYY-MM or YYYY-MM-DD."""
    if not _DATE.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)")
    return value
