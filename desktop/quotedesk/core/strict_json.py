"""JSON that holds only finite numbers, for everything QuoteDesk reads from outside."""

from __future__ import annotations

import json
import math


def loads(text: str):
    """``json.loads`` that refuses NaN, Infinity and numbers too large for a float (ValueError),
    so nothing read can make QuoteDesk write invalid JSON later."""
    return json.loads(text, parse_constant=_constant, parse_float=_finite)


def _constant(name: str) -> float:
    raise ValueError(f"{name} is not a finite number")


def _finite(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(f"{literal} is not a finite number")
    return value
