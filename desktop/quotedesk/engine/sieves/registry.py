"""The table of sieves by name, filled by the ``@sieve(...)`` decorator of each sieve module."""

from __future__ import annotations

from typing import Callable

from quotedesk.core.model import Method
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.view import ChunkQuote, ChunkView

Sieve = Callable[[ChunkView, ChunkQuote], Attribution | None]
SIEVES: dict[Method, Sieve] = {}


def sieve(name: Method) -> Callable[[Sieve], Sieve]:
    """Register ``fn(view, quote) -> Attribution | None`` under ``name``."""

    def register(fn: Sieve) -> Sieve:
        if name in SIEVES:
            raise ValueError(f"sieve {name} registered twice")
        SIEVES[name] = fn
        return fn

    return register
