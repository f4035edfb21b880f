"""A guard against a reference-count bug in the installed PySide6 (6.12.0 with Python 3.11).

With this build, every call of a Qt method that returns nothing takes one reference from
``None`` without having given one (``QObject.setObjectName``, ``QTextCursor.setPosition``,
``QWidget.setEnabled`` …). On Python 3.12+ ``None`` is immortal and nothing happens; on 3.11 its
count falls by one per call and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". Highlighting a 20,000-word article makes that many calls.

:func:`guard` measures the leak on a throw-away QObject and, only when it is there, gives
``None`` a reserve of references large enough for years of calls: what Python 3.12 does for
every interpreter. It is a no-op on a fixed PySide6 or on Python 3.12+. The real fix is a
PySide6 without the bug, or Python 3.12.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PROBE_CALLS = 64
RESERVE = 1 << 40  # ~10^12 references: at a million Qt calls a second, twelve days

_applied = False
message = ""  # what the guard did, for the app's log


def leak_per_call() -> float:
    """References to ``None`` lost per void Qt call (0 on a sound build)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    probe.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / PROBE_CALLS


def guard() -> bool:
    """Reserve references for ``None`` if this PySide6 leaks them; True when it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return _applied  # immortal None, or a debug build with a different object layout
    leak = leak_per_call()
    if leak < 0.5:
        return False
    import PySide6

    # ob_refcnt is the first field of a PyObject in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
    global message
    message = (
        f"PySide6 {PySide6.__version__} drops a reference to None on every void call ({leak:.1f} per call) "
        f"on Python {sys.version.split()[0]}; reserved references so the app cannot abort. "
        "Use Python 3.12+ or a fixed PySide6."
    )
    log.debug("%s", message)  # the app logs it again once its log file is set up
    return True
