"""Engine faults injected into archive runs: module-level analyzers that workers import by name.

Each wraps the real engine and breaks only on articles holding a marker, the way an engine bug
or a crashing native library would: by raising, or by ending the worker process on the spot.
"""

from __future__ import annotations

import os
from functools import partial

from quotedesk.engine import analyze_many


def _raising(marker: str, texts, **kwargs):
    texts = list(texts)
    if any(marker in t for t in texts):
        raise RuntimeError("injected engine fault")
    yield from analyze_many(texts, **kwargs)


def _dying(marker: str, flag: str | None, texts, **kwargs):
    texts = list(texts)
    if any(marker in t for t in texts) and (flag is None or not os.path.exists(flag)):
        if flag is not None:
            open(flag, "w").close()
        os._exit(1)  # the worker process dies mid-partition, as under the OOM killer
    yield from analyze_many(texts, **kwargs)


def raising_on(marker: str):
    """An engine that raises on any batch holding ``marker``."""
    return partial(_raising, marker)


def dying_on(marker: str, *, once_flag: str | None = None):
    """An engine whose process dies on ``marker``: every time, or once (``once_flag`` records it)."""
    return partial(_dying, marker, once_flag)
