"""Backups of a library: consistent copies through SQLite's online backup API, kept beside it.

A backup is never a file copy: only SQLite touches a library file (see :mod:`.files`). The copy is
written to ``<name>.<random>.partial`` (several programs may back one library up at once),
switched to a single self-contained file (no WAL), checked with ``PRAGMA integrity_check`` and
only then put in place, never over another backup, and counted; older backups are pruned after
that, so a failed backup never costs a good one. Backups of ``lib.sqlite`` live in
``lib.sqlite.backups/lib-20261205T134500Z.sqlite`` (UTC), the newest :func:`keep_count` kept.

Automatic backups (:func:`safety_backup`) are taken before risky work: schema upgrades,
retraining, re-analysis, imports of many articles, a restore; and when the desktop app opens a
library, at most once a day. None is taken when the newest backup is younger than the library's
last change (by the modification times of the file and its WAL), so nothing is copied twice.
A backup that fails (disk full, read-only folder) is a one-line warning; the work goes on.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sqlite3
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from quotedesk.core.errors import LibraryError
from quotedesk.store import files, migrations

if TYPE_CHECKING:
    from quotedesk.store.library import Library

log = logging.getLogger(__name__)

KEEP_ENV = "QUOTEDESK_KEEP_BACKUPS"
KEEP = 10  # backups kept per library unless QUOTEDESK_KEEP_BACKUPS says otherwise (0: no automatic ones)
ON_OPEN_EVERY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"
PARTIAL = ".partial"  # a copy being written: lib-<time>.sqlite.<random>.partial


@dataclass(frozen=True, slots=True)
class Backup:
    """A backup file and what it holds."""

    path: Path
    taken: datetime  # UTC
    size: int  # bytes
    schema: int
    n_articles: int
    n_corrections: int

    def describe(self) -> str:
        """One line: local date and time, articles, corrections, size."""
        when = self.taken.astimezone().strftime("%Y-%m-%d %H:%M")
        return (f"{when}  {self.n_articles} article{'s' * (self.n_articles != 1)}, "
                f"{self.n_corrections} correction{'s' * (self.n_corrections != 1)}, {_size(self.size)}")


def keep_count() -> int:
    """How many backups to keep per library: ``QUOTEDESK_KEEP_BACKUPS``, else :data:`KEEP`."""
    value = os.environ.get(KEEP_ENV, "").strip()
    try:
        return max(0, int(value)) if value else KEEP
    except ValueError:
        log.warning("%s=%r is not a number; keeping %d backups", KEEP_ENV, value, KEEP)
        return KEEP


def backup_dir(library_path: Path) -> Path:
    return library_path.with_name(library_path.name + ".backups")


def _backups_by_age(library_path: Path) -> list[tuple[tuple[str, int], Path]]:
    """``((time, n), path)`` of the library's backups, newest first: ``lib-<time>[-n].sqlite``."""
    folder = backup_dir(library_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(library_path.stem) + r"-(\d{8}T\d{6}Z)(?:-(\d+))?"
                         + re.escape(library_path.suffix) + "$")
    found = [((m.group(1), int(m.group(2) or 0)), p) for p in folder.iterdir() if (m := pattern.match(p.name))]
    return sorted(found, reverse=True)


def _backup_files(library_path: Path) -> list[Path]:
    """The library's backups in its backups folder, newest first (by the time in their names)."""
    return [p for _, p in _backups_by_age(library_path)]


def list_backups(library_path: str | Path) -> list[Backup]:
    """The library's backups, newest first; unreadable ones are logged and left out."""
    out = []
    for path in _backup_files(Path(library_path)):
        try:
            out.append(inspect(path, verify=False))
        except LibraryError as e:
            log.warning("%s", e)
    return out


def inspect(path: str | Path, *, verify: bool = True) -> Backup:
    """What a backup holds; with ``verify``, SQLite's full integrity check too.

    Raises
    ------
    LibraryError
        Missing, not SQLite, not a QuoteDesk library, from a newer QuoteDesk, or damaged.
    """
    path = Path(path)
    if not path.is_file():
        raise LibraryError(f"{path}: no such backup file")
    conn = files.connect(path, read_only=True, timeout=1.0, memory=False)
    try:
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if schema == 0 or not {"articles", "corrections"} <= tables:
            raise LibraryError(f"{path}: not a QuoteDesk library or backup")
        if schema > migrations.latest_version():
            raise LibraryError(f"{path}: saved by a newer QuoteDesk (schema {schema}); update QuoteDesk to use it")
        if verify:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            if problems:
                raise LibraryError(f"{path}: the backup is damaged ({problems[0]})")
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_corrections = conn.execute("SELECT count(*) FROM corrections").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError) as e:
        reason = files.undecodable(e) if isinstance(e, UnicodeDecodeError) else e
        raise LibraryError(f"{path}: not a usable QuoteDesk backup ({reason})") from e
    finally:
        conn.close()
    match = re.search(r"(\d{8}T\d{6}Z)", path.name)
    stat = path.stat()
    taken = (datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc) if match
             else datetime.fromtimestamp(stat.st_mtime, timezone.utc))
    return Backup(path, taken, stat.st_size, schema, n_articles, n_corrections)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, *, timeout: float) -> None:
    """All pages of ``source`` into ``target`` in one step; gives up when a lock outlasts ``timeout``."""
    deadline = time.monotonic() + timeout

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise LibraryError("the library is busy (another program is writing to it); try again in a moment")

    source.backup(target, pages=-1, progress=progress, sleep=0.1)


def _write_copy(source: sqlite3.Connection, target: Path, *, timeout: float, renamed=None) -> Path:
    """A checked, self-contained copy of ``source`` at ``target``; returns where it went.

    The copy is written under a name of its own (several programs may back one library up in
    the same second) and put in place only where nothing is: when ``target`` exists by then,
    at ``renamed()`` (the next free name), else a ``FileExistsError``.
    """
    partial = target.with_name(f"{target.name}.{secrets.token_hex(4)}{PARTIAL}")
    try:
        conn = files.connect(partial, read_only=False, timeout=timeout, memory=False)
        try:
            _copy(source, conn, timeout=timeout)
            conn.execute("PRAGMA journal_mode = DELETE")  # one file, readable from read-only media
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        finally:
            conn.close()
        if problems:
            raise LibraryError(f"the copy failed SQLite's integrity check ({problems[0]})")
        while True:
            try:
                _place(partial, target)
                return target
            except FileExistsError:
                if renamed is None:
                    raise
                target = renamed()
    finally:
        for leftover in files.family(partial):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)


def _place(partial: Path, target: Path) -> None:
    """``partial`` at ``target``, never over a file there (``FileExistsError``)."""
    try:
        os.link(partial, target)  # fails where target exists, atomically
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a memory stick)
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(partial, target)


def _sweep_partials(folder: Path, *, older_than: float = 3600.0) -> None:
    """Delete what backups killed half-way left in ``folder`` (untouched for an hour: a copy still
    being written is touched all the time)."""
    now = time.time()
    for p in folder.glob(f"*{PARTIAL}*"):
        with suppress(OSError):
            if now - p.stat().st_mtime > older_than:
                p.unlink()


def _new_path(library_path: Path) -> Path:
    """The next backup's name: the time now, numbered after any backup of the same second."""
    stamp = datetime.now(timezone.utc).strftime(_STAMP)
    n = max((k + 1 for (t, k), _ in _backups_by_age(library_path) if t == stamp), default=0)
    return backup_dir(library_path) / f"{library_path.stem}-{stamp}{f'-{n}' if n else ''}{library_path.suffix}"


def take(library: Library, *, output: str | Path | None = None, keep: int | None = None) -> Backup:
    """Back the library up now: into its backups folder (then prune), or to ``output``.

    Raises
    ------
    LibraryError
        The copy could not be written or failed its check (older backups are kept), or
        ``output`` already exists.
    """
    if str(library.path) == ":memory:":
        raise LibraryError("an in-memory library has no backups")
    if output is not None:
        target = Path(output).expanduser()
        if target.exists():
            raise LibraryError(f"{target}: already exists; give a new file name")
    else:
        target = _new_path(library.path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if output is None:
            _sweep_partials(target.parent)
        renamed = None if output is not None else (lambda: _new_path(library.path))
        target = _write_copy(_cx(library).conn, target, timeout=library.timeout, renamed=renamed)
    except FileExistsError as e:
        raise LibraryError(f"{target}: already exists; give a new file name") from e
    except (sqlite3.Error, OSError, LibraryError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise LibraryError(f"{library.path}: the backup to {target} failed: {reason}") from e
    if output is None:
        prune(library.path, keep if keep is not None else keep_count())
    log.info("%s: backed up to %s", library.path, target)
    return inspect(target, verify=False)


def _cx(library):
    """The library's connection manager (a Library, or the LibraryConnection it is opening with)."""
    return getattr(library, "connection", library)


def prune(library_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` (at least one) backups of the library; returns those deleted."""
    old = _backup_files(library_path)[max(1, keep):]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _last_change(library_path: Path) -> float:
    """When the library was last written, by the modification times of the file and its WAL."""
    times = [library_path.stat().st_mtime]
    wal = library_path.with_name(library_path.name + "-wal")
    with suppress(OSError):
        if wal.stat().st_size:
            times.append(wal.stat().st_mtime)
    return max(times)


def safety_backup(library: Library, reason: str, *, every: timedelta | None = None,
                  warnings: list[str] | None = None) -> Backup | None:
    """A backup before risky work, unless one already holds the library as it is; never raises.

    Parameters
    ----------
    reason : str
        What is about to happen ("before retraining"), for the log and the warning.
    every : timedelta, optional
        Also skip it while the newest backup is younger than this (the once-a-day backup on open).
    warnings : list of str, optional
        Receives the one-line warning when the backup fails.
    """
    keep = keep_count()
    if not keep or library.read_only or str(library.path) == ":memory:":
        return None
    try:
        newest = next(iter(_backup_files(library.path)), None)
        if newest is not None:
            taken = newest.stat().st_mtime
            if taken >= _last_change(library.path):
                return None
            if every is not None and time.time() - taken < every.total_seconds():
                return None
        if not _cx(library).conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
            return None  # nothing to lose yet
        made = take(library, keep=keep)
    except (LibraryError, OSError, sqlite3.Error) as e:
        message = f"no backup was taken {reason}: {e}"
        log.warning("%s", message)
        if warnings is not None:
            warnings.append(message)
        return None
    log.info("%s: backup %s taken %s", library.path, made.path.name, reason)
    return made


def restore(library: Library, backup_path: str | Path) -> Backup:
    """Replace the open library's contents with a backup's, after backing up its current state.

    The backup is checked first (a QuoteDesk library, not newer, not damaged); the copy goes
    through SQLite's backup API *into* the library, so its locks are respected and every
    connection to it sees the restored data. A backup of an older schema is upgraded after.

    Returns
    -------
    Backup
        The backup of the state before the restore.

    Raises
    ------
    LibraryError
        The backup is unusable, the library is read-only or busy, or its current state could not
        be backed up first; nothing was changed.
    """
    source_info = inspect(backup_path)
    if library.read_only:
        raise LibraryError(f"{library.path}: the library is open read-only; nothing was restored")
    if Path(backup_path).resolve() == library.path.resolve():
        raise LibraryError(f"{backup_path}: that is the library itself")
    before = take(library)
    source = files.connect(source_info.path, read_only=True, timeout=library.timeout, memory=False)
    try:
        _copy(source, _cx(library).conn, timeout=library.timeout)
    except sqlite3.Error as e:
        raise LibraryError(f"{library.path}: restoring {source_info.path.name} failed ({e}); "
                           f"the library as it was is in {before.path}") from e
    finally:
        source.close()
    if source_info.schema < migrations.latest_version():
        _cx(library)._migrate(source_info.schema)
    log.info("%s: restored from %s (before: %s)", library.path, source_info.path, before.path)
    return before


def restore_copy(backup_path: str | Path, target: str | Path) -> Backup:
    """Write a backup out as a new library file at ``target`` (which must not exist)."""
    info = inspect(backup_path)
    target = Path(target).expanduser()
    if target.exists():
        raise LibraryError(f"{target}: already exists; nothing was restored")
    source = files.connect(info.path, read_only=True, timeout=5.0, memory=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_copy(source, target, timeout=5.0)
    except FileExistsError as e:
        raise LibraryError(f"{target}: already exists; nothing was restored") from e
    except (sqlite3.Error, OSError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise LibraryError(f"{target}: the backup could not be restored there: {reason}") from e
    finally:
        source.close()
    return inspect(target, verify=False)


def _size(n: float) -> str:
    if n < 1024:
        return f"{n:.0f} bytes"
    for unit in ("KB", "MB"):
        n /= 1024
        if n < 1024:
            return f"{n:.1f} {unit}"
    return f"{n / 1024:.1f} GB"
