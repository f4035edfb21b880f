"""Checks for the whole suite.

The library file guard: nothing but SQLite may open a library file or its -wal/-shm/-journal
while this process holds a connection to it (closing any other descriptor of the file drops
SQLite's locks; see ``quotedesk.store.files``). An audit hook refuses every Python-level open of
such a file, so any code path a test runs that would reintroduce the corruption fails loudly.
"""

from __future__ import annotations

import os
import sys

from quotedesk.store import files


class LibraryFileOpened(RuntimeError):
    pass


def _guard(event: str, args: tuple) -> None:
    if event != "open":
        return
    path = args[0]
    if isinstance(path, (int, bytes)) or path is None:
        return
    name = os.fspath(path)
    held = files.open_paths()
    if not held or os.path.basename(name) not in {os.path.basename(p) for p in held}:
        return
    if os.path.realpath(name) in held:
        raise LibraryFileOpened(f"{name} opened outside SQLite while a library connection is open")


sys.addaudithook(_guard)
