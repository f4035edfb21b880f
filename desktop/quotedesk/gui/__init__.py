"""The desktop app (PySide6). The only package that imports Qt.

Start it with ``python -m quotedesk.gui`` (or ``quotedesk-app``, or ``./run-app``).
Windows and panels read and write through ``quotedesk.store.Library``; long work runs on worker
threads (``gui.workers``) as plain functions of a ``TaskState`` (``gui.jobs``).
"""

from quotedesk.gui._refcount_guard import guard as _guard

_guard()  # before any window exists: see _refcount_guard for the PySide6 bug it contains
