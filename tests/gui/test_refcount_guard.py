"""The app survives the PySide6 build that drops a reference to None on every void call."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    # A fresh interpreter: None's count there is small, so an unguarded leak aborts quickly.
    code = (
        "import quotedesk.gui\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(300_000):\n"
        "    o.setObjectName('x')\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


def test_guard_is_idempotent():
    from quotedesk.gui import _refcount_guard

    first = _refcount_guard.guard()
    before = sys.getrefcount(None)
    assert _refcount_guard.guard() == first
    assert abs(sys.getrefcount(None) - before) < 1000  # no second reserve
