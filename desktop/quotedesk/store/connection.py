"""Opening a library: the connection, its settings, schema migrations, transactions and errors.

Builds on :mod:`quotedesk.store.files`, which owns the file itself. Threading: a connection
belongs to the thread that opened it (SQLite connections are not shared); WAL mode lets another
connection to the same file read while this one writes, and each sees the other's commits.

A library from someone else cannot hurt: on every open its schema is compared with what the
migrations create for its version, and database objects QuoteDesk did not create (a trigger
that rewrites articles when a quote changes, a view, a table, an index, or one of QuoteDesk's own
with other SQL) stop the open with :class:`ForeignSchemaError`, unless the caller consents to
removing them (``drop_foreign``): a backup is taken, then they go in one transaction.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quotedesk.core.errors import ForeignSchemaError, LibraryError
from quotedesk.store import backup, files, history, migrations

log = logging.getLogger(__name__)


class LibraryConnection:
    """An open library file: one SQLite connection, brought up to date. Use :meth:`open`.

    ``warnings`` holds problems that do not stop work (no WAL on this file system, read-only);
    ``read_only`` is true when every write raises LibraryError.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool, timeout: float) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.timeout = timeout
        self.warnings: list[str] = []
        self.owner_thread = threading.get_ident()

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        read_only: bool = False,
        timeout: float = 5.0,
        drop_foreign: bool = False,
    ) -> "LibraryConnection":
        """Open (or create) the library at ``path`` and bring its schema up to date.

        Parameters
        ----------
        path : str or Path
            The library file; ``":memory:"`` for a throw-away library.
        create : bool
            Create the file (and its folder) when missing; otherwise a missing file is an error.
        read_only : bool
            Open for reading only. A file the user may not write is opened this way anyway,
            with a warning.
        timeout : float
            Seconds to wait for another program's write lock before giving up.
        drop_foreign : bool
            Remove database objects QuoteDesk did not create (after a backup) instead of
            refusing to open the library; QuoteDesk's own that were changed are made again.

        Raises
        ------
        ForeignSchemaError
            The library holds database objects QuoteDesk did not create (and not ``drop_foreign``).
        LibraryError
            The file is not SQLite, is damaged, is locked, comes from a newer QuoteDesk, or
            cannot be created; the message says which and what to do.
        """
        memory = str(path) == ":memory:"
        path = Path(path).expanduser() if not memory else Path(":memory:")
        warnings: list[str] = []
        if not memory:
            read_only = files.check_path(path, create=create, read_only=read_only, warnings=warnings)
        deadline = time.monotonic() + timeout
        while True:
            conn = files.connect(path, read_only=read_only, timeout=timeout, memory=memory)
            cx = cls(conn, path, read_only=read_only, timeout=timeout)
            cx.warnings.extend(warnings)
            try:
                cx._prepare(memory=memory, drop_foreign=drop_foreign)
                break
            except LibraryError as e:
                conn.close()
                # While several processes create or upgrade the same library at once, SQLite can
                # answer "busy" without waiting (a file turning to WAL mode under a reader):
                # start again, until the timeout. Every step of opening can be repeated.
                if not _busy(e) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)
            except BaseException:
                conn.close()
                raise
        for w in cx.warnings:
            log.warning("%s", w)
        return cx

    def _prepare(self, *, memory: bool, drop_foreign: bool) -> None:
        with self.errors("opening the library"):
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            version, objects = self._schema()
            n_tables = sum(kind == "table" for kind, _ in objects)
            latest = migrations.latest_version()
            if version > latest:
                raise LibraryError(
                    f"{self.path}: this library was saved by a newer QuoteDesk (schema {version}; this "
                    f"version knows up to {latest}); update QuoteDesk to open it"
                )
            if version == 0 and n_tables:
                raise LibraryError(f"{self.path}: an SQLite database, but not a QuoteDesk library")
            foreign = migrations.foreign_objects(objects, version)
            if foreign:
                self._refuse(foreign, version, consented=drop_foreign)
            if not self.read_only and not memory:
                mode = self._enable_wal()
                if mode != "wal":
                    self.warnings.append(
                        f"{self.path}: write-ahead logging is not available here (journal mode {mode}; "
                        "network drives often refuse it); the library works, but another program "
                        "reading it may briefly block saving"
                    )
                # FULL: in WAL mode each commit is synced before the call returns, so a correction
                # the window shows survives a power loss (NORMAL may lose the last commits); it
                # costs about 0.2 ms a correction here.
                self.conn.execute("PRAGMA synchronous = FULL")
            if foreign:
                self._drop_foreign(version)
            if version < latest:
                if self.read_only:
                    raise LibraryError(
                        f"{self.path}: the library needs an upgrade (schema {version} to {latest}) "
                        "but is read-only; open it where it can be written once"
                    )
                self._migrate(version)
            if not self.read_only:
                history.install(self.conn)

    def _schema(self) -> tuple[int, dict[tuple[str, str], str | None]]:
        """The schema version and the objects of the library, read together (another process
        may be upgrading it)."""
        self.conn.execute("BEGIN")
        try:
            return (self.conn.execute("PRAGMA user_version").fetchone()[0],
                    migrations.schema_objects(self.conn))
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def _refuse(self, foreign: list[tuple[str, str]], version: int, *, consented: bool) -> None:
        """Stop the open over ``foreign`` objects, unless the caller consented and they can go."""
        expected = migrations.expected_objects(version)
        tables = [name for kind, name in foreign if kind == "table" and (kind, name) in expected]
        if tables:
            raise LibraryError(
                f"{self.path}: QuoteDesk's table{'s' * (len(tables) > 1)} {', '.join(tables)} "
                f"{'were' if len(tables) > 1 else 'was'} changed by another program and cannot be "
                "repaired here; restore a backup")
        if consented:
            return
        named = [f"{kind} {name}" for kind, name in foreign]
        listed = ", ".join(named[:5]) + (f" and {len(named) - 5} more" if len(named) > 5 else "")
        raise ForeignSchemaError(
            f"{self.path}: the library holds database objects QuoteDesk did not create "
            f"({listed}); they could change its data unseen, so it was not opened; "
            "remove them (a backup is taken first) to open it", path=self.path, objects=named)

    def _drop_foreign(self, version: int) -> None:
        """Back the library up, then drop the foreign objects and make QuoteDesk's own again."""
        if self.read_only:
            raise LibraryError(f"{self.path}: the foreign objects cannot be removed: the library is read-only")
        made = backup.take(self)
        expected = migrations.expected_objects(version)
        with self.write("removing objects QuoteDesk did not create") as conn:
            objects = migrations.schema_objects(conn)
            foreign = migrations.foreign_objects(objects, version)

            def order(key: tuple[str, str]) -> tuple[int, bool]:
                # Triggers and views, then indexes, then tables (a virtual one before its shadow
                # tables); an automatic index (no SQL) goes with its table.
                virtual = (objects[key] or "").upper().startswith("CREATE VIRTUAL TABLE")
                return ({"trigger": 0, "view": 0, "index": 1}.get(key[0], 2), not virtual)

            for kind, name in sorted(foreign, key=order):
                if objects[(kind, name)] is not None:
                    quoted = '"' + name.replace('"', '""') + '"'
                    conn.execute(f"DROP {kind.upper()} IF EXISTS {quoted}")
            for key in foreign:
                if expected.get(key):
                    conn.execute(expected[key])
        self.warnings.append(f"{self.path}: removed {len(foreign)} database object{'s' * (len(foreign) != 1)} "
                             f"QuoteDesk did not create; the library as it was is in {made.path}")

    def _enable_wal(self) -> str:
        """Switch to write-ahead logging; returns the journal mode in force afterwards."""
        return str(self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()

    def _migrate(self, current: int) -> None:
        if current:  # a library with contents: keep a copy of it as it was
            backup.safety_backup(self, f"before upgrading from schema {current}", warnings=self.warnings)
        for migration in migrations.migrations():
            if migration.number <= current:
                continue
            log.info("%s: applying migration %s", self.path, migration.path.name)
            with self.write("upgrading the library") as conn:
                # Read again under the write lock: another process opening the same new (or old)
                # library at the same moment may have applied it already.
                if conn.execute("PRAGMA user_version").fetchone()[0] >= migration.number:
                    continue
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {migration.number}")

    @property
    def schema_version(self) -> int:
        with self.errors("reading the schema version"):
            return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def data_version(self) -> int:
        """A number that changes when another connection commits to the library, never for this
        connection's own writes: polled by the window to follow jobs, the CLI and other windows."""
        with self.errors("checking for changes"):
            return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check plus foreign keys: an empty list means all is well."""
        with self.errors("checking the library"):
            problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"foreign key: {tuple(r)}" for r in self.conn.execute("PRAGMA foreign_key_check")]
        return problems

    @contextmanager
    def errors(self, doing: str) -> Iterator[None]:
        """Turn SQLite's exceptions into LibraryError messages a person can act on."""
        try:
            yield
        except sqlite3.Error as e:
            if isinstance(e, sqlite3.ProgrammingError):
                raise  # a bug (wrong thread, closed library), not a state of the file
            raise LibraryError(self.explain(e, doing)) from e
        except UnicodeDecodeError as e:
            raise LibraryError(self._damaged(doing, files.undecodable(e))) from e

    def explain(self, e: sqlite3.Error, doing: str) -> str:
        code = getattr(e, "sqlite_errorname", "") or ""
        where = f"{self.path}: {doing} failed"
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(e):
            return (f"{where}: the library is busy (another program or QuoteDesk window is writing "
                    "to it); try again in a moment, or close the other program")
        if code.startswith("SQLITE_READONLY") or "readonly" in str(e):
            return f"{where}: the library is read-only; copy it somewhere you can write to save changes"
        if code == "SQLITE_NOTADB" or "not a database" in str(e):
            return f"{where}: not a QuoteDesk library (the file is not an SQLite database, or its start is damaged)"
        if code.startswith("SQLITE_CORRUPT") or "malformed" in str(e) or "Could not decode to UTF-8" in str(e):
            return self._damaged(doing, str(e))
        if code == "SQLITE_FULL":
            return f"{where}: the disk is full; free some space and retry"
        if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
            return f"{where}: the file cannot be read or written ({e}); check the drive and permissions"
        return f"{where}: {e}"

    def _damaged(self, doing: str, detail: str) -> str:
        return (f"{self.path}: {doing} failed: the library file is damaged ({detail}); restore it "
                f"from a backup, or recover what is left with: sqlite3 '{self.path}' .recover")

    @contextmanager
    def write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One transaction, holding the write lock from the start; committed on normal exit."""
        if self.read_only:
            raise LibraryError(f"{self.path}: {doing} is not possible: the library is open read-only")
        conn = self.conn
        with self.errors(doing):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
            conn.execute("COMMIT")


def _busy(error: LibraryError) -> bool:
    """Whether ``error`` is SQLite's "busy" or "locked" (another connection holds the lock)."""
    cause = error.__cause__
    code = getattr(cause, "sqlite_errorname", "") or ""
    return isinstance(cause, sqlite3.OperationalError) and (
        code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(cause))
