"""The one module that touches a library file: paths, connections, and the registry of open ones.

Nothing but SQLite may open the library file or its ``-wal``/``-shm``/``-journal`` while this
process may hold a connection to it. On POSIX, closing *any* descriptor of a file drops *all* of
the process's fcntl locks on it, SQLite's included (sqlite.org/howtocorrupt.html, section 2.2);
another process closing its connection then believes it is the last user and deletes the WAL
under ours. So the file is checked with ``stat`` only, its header is read by SQLite itself, and
copies go through SQLite's online backup API. :func:`open_paths` lists the files this process
has open, so tests can fail any Python-level ``open()`` of them (see ``tests/conftest.py``).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from pathlib import Path

from quotedesk.core.errors import LibraryError

SIDE_FILES = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_open: Counter[str] = Counter()


def family(path: Path) -> list[Path]:
    """The library file and the files SQLite keeps beside it."""
    return [path] + [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def open_paths() -> set[str]:
    """Resolved paths of every library file (and its side files) with a connection in this process."""
    with _lock:
        names = [p for p, n in _open.items() if n > 0]
    return {str(f) for p in names for f in family(Path(p))}


def check_path(path: Path, *, create: bool, read_only: bool, warnings: list[str]) -> bool:
    """Check ``path`` with ``stat`` alone (never ``open``); returns whether to open read-only."""
    if path.is_dir():
        raise LibraryError(f"{path}: is a folder; give the path of a library file inside it")
    if not path.exists():
        if not create:
            raise LibraryError(f"{path}: no library there (check the path, or import articles to create one)")
        if read_only:
            raise LibraryError(f"{path}: no library there to open read-only")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise LibraryError(f"{path.parent}: cannot create the library folder ({e.strerror or e})") from e
        return False
    if not os.access(path, os.R_OK):
        raise LibraryError(f"{path}: cannot read the library file (permission denied)")
    if path.stat().st_size == 0 and not read_only:
        warnings.append(f"{path}: the file was empty; it is now a new, empty library")
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        warnings.append(f"{path}: the library file or its folder is read-only; opened for reading only, changes cannot be saved")
        return True
    return read_only


class Connection(sqlite3.Connection):
    """An SQLite connection that keeps the registry of open library files up to date."""

    _registered: str | None = None

    def register(self, path: Path) -> None:
        self._registered = str(path.resolve())
        with _lock:
            _open[self._registered] += 1

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._registered is not None:
                with _lock:
                    _open[self._registered] -= 1
                    if _open[self._registered] <= 0:
                        del _open[self._registered]
                self._registered = None


def connect(path: Path, *, read_only: bool, timeout: float, memory: bool) -> sqlite3.Connection:
    """A connection to the library at ``path`` in autocommit mode (transactions are explicit)."""
    if memory:
        uri = "file::memory:"
    else:
        # as_uri() escapes spaces, "#" and "?" and writes Windows drives as file:///C:/...
        uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rwc")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, factory=Connection)
    except sqlite3.Error as e:
        raise LibraryError(f"{path}: cannot open the library ({e})") from e
    if not memory:
        conn.register(path)
    conn.row_factory = sqlite3.Row
    return conn


def undecodable(e: UnicodeDecodeError) -> str:
    """SQLite's message that Python could not decode: a damaged page put bytes that are not UTF-8
    where a name was ("malformed database schema (\\x82…)"), shown with the bad bytes replaced."""
    return bytes(e.object).decode("utf-8", "replace")
