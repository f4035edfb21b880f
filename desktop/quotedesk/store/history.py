"""Undo and redo: the operation log (``db/0004_operations.sql``).

Each correction runs inside :func:`recording`: triggers that :func:`install` creates on the
connection copy every row it inserts, updates or deletes in the tables below into
``operation_changes``, as JSON images of the row before and after. :func:`replay` writes the
"before" images back in reverse order (undo) or the "after" images in order (redo), so a quote
(and any speaker, name or article person the correction created or changed) comes back exactly
as it was. Counts kept by triggers (``speakers.n_quotes``, ``article_counts``) and the full-text
index follow by themselves, so they are not recorded.

Before writing a row back, its current image must equal the one the operation left (or found,
for redo); otherwise something else changed it since (a re-analysis, another window) and the
undo is refused with a message, never half applied. The history lives in the library file:
undo survives closing and reopening it, and is one stack for every window on the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from quotedesk.core.errors import LibraryError
from quotedesk.store.records import Operation

# The tables corrections write, and the derived columns left to the count triggers.
TABLES = ("quotes", "speakers", "speaker_aliases", "speaker_tokens", "article_people")
_DERIVED = {"speakers": {"n_quotes"}}


class _Table:
    """One recorded table: its columns, key, and the SQL of a row's JSON image."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        info = conn.execute(f"PRAGMA main.table_info({name})").fetchall()
        self.name = name
        self.columns = [r["name"] for r in info if r["name"] not in _DERIVED.get(name, ())]
        self.key = [r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"]]
        self.real = {r["name"] for r in info if r["type"].upper() == "REAL"}
        # Tables whose rows point at this one (deleting a row must not orphan or null them).
        self.children: list[tuple[str, str, str]] = []

    def image(self, prefix: str) -> str:
        """``json_object`` of the row; REAL values as 17-digit text, which reads back exactly."""
        parts = []
        for c in self.columns:
            v = f'{prefix}"{c}"'
            if c in self.real:
                v = f"CASE WHEN {v} IS NULL THEN NULL ELSE printf('%!.17g', {v}) END"
            parts.append(f"'{c}', {v}")
        return f"json_object({', '.join(parts)})"

    def where(self) -> str:
        return " AND ".join(f'"{c}" = ?' for c in self.key)


def _tables(conn: sqlite3.Connection) -> dict[str, _Table]:
    tables = {name: _Table(conn, name) for name in TABLES}
    for name in TABLES:
        for fk in conn.execute(f"PRAGMA main.foreign_key_list({name})").fetchall():
            if fk["table"] in tables:
                tables[fk["table"]].children.append((name, fk["from"], fk["to"]))
    return tables


def install(conn: sqlite3.Connection) -> None:
    """Create this connection's recording triggers (TEMP: they live as long as the connection)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_recording (operation_id INTEGER NOT NULL)")
    record = "INSERT INTO operation_changes (operation_id, tbl, before, after) SELECT operation_id, '{t}', {b}, {a} FROM undo_recording"
    when = "WHEN EXISTS (SELECT 1 FROM undo_recording)"
    for t in _tables(conn).values():
        updated = ", ".join(f'"{c}"' for c in t.columns)
        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in t.columns)
        for event, condition, before, after in (
            ("INSERT", when, "NULL", t.image("new.")),
            (f"UPDATE OF {updated}", f"{when} AND ({changed})", t.image("old."), t.image("new.")),
            ("DELETE", when, t.image("old."), "NULL"),
        ):
            name = f"undo_{t.name}_{event.split()[0].lower()}"
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {event} ON main.{t.name} {condition} BEGIN "
                f"{record.format(t=t.name, b=before, a=after)}; END"
            )


class Recording:
    """The operation being recorded; ``id`` is None afterwards if it changed nothing."""

    def __init__(self, op_id: int) -> None:
        self.id: int | None = op_id


@contextmanager
def recording(conn: sqlite3.Connection, *, join: str | None = None) -> Iterator[Recording]:
    """Record the changes made inside as one operation, in the caller's transaction.

    With a ``join`` key (``"set_bounds 12"``), the changes join the newest operation when it was
    recorded with the same key and is not undone: nudges of one quote undo as one step. A new
    operation that changes something drops the undone ones (redo is gone, as in any editor); one
    that changes nothing is not kept.
    """
    newest = conn.execute("SELECT id, state, joins FROM operations ORDER BY id DESC LIMIT 1").fetchone()
    joined = join is not None and newest is not None and newest["state"] == "done" and newest["joins"] == join
    op = newest["id"] if joined else conn.execute(
        "INSERT INTO operations (state, joins) VALUES ('done', ?)", (join,)).lastrowid
    conn.execute("INSERT INTO temp.undo_recording (operation_id) VALUES (?)", (op,))
    rec = Recording(op)
    try:
        yield rec
    finally:
        conn.execute("DELETE FROM temp.undo_recording")
    if joined:
        return
    if conn.execute("SELECT 1 FROM operation_changes WHERE operation_id = ? LIMIT 1", (op,)).fetchone():
        dropped = [r[0] for r in conn.execute("SELECT id FROM operations WHERE state = 'undone'")]
        conn.execute("UPDATE operations SET state = 'dropped' WHERE state = 'undone'")
        conn.executemany("DELETE FROM operation_changes WHERE operation_id = ?", [(i,) for i in dropped])
    else:
        conn.execute("DELETE FROM operations WHERE id = ?", (op,))
        rec.id = None


def current(conn: sqlite3.Connection) -> int | None:
    """The operation being recorded on this connection, if any."""
    row = conn.execute("SELECT operation_id FROM temp.undo_recording").fetchone()
    return row[0] if row else None


def operation(conn: sqlite3.Connection, op_id: int) -> Operation:
    state = conn.execute("SELECT state FROM operations WHERE id = ?", (op_id,)).fetchone()
    if state is None:
        raise LibraryError(f"no operation {op_id} in this library")
    rows = conn.execute(
        "SELECT action, quote_id, article_id, speaker_id, editor, at FROM corrections WHERE operation_id = ? ORDER BY id",
        (op_id,)).fetchall()
    def ids(col: str) -> tuple[int, ...]:
        return tuple(dict.fromkeys(r[col] for r in rows if r[col] is not None))
    return Operation(
        id=op_id, state=state[0], action=rows[0]["action"] if rows else "", editor=rows[0]["editor"] if rows else "",
        at=rows[0]["at"] if rows else "", quote_ids=ids("quote_id"), article_ids=ids("article_id"),
        speaker_ids=ids("speaker_id"),
    )


def next_undo(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT id FROM operations WHERE state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def next_redo(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT id FROM operations WHERE state = 'undone' ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def replay(conn: sqlite3.Connection, op: Operation, *, undo: bool) -> None:
    """Write back the rows of ``op`` as they were before it (``undo``) or after it (redo)."""
    tables = _tables(conn)
    changes = conn.execute(
        f"SELECT tbl, before, after FROM operation_changes WHERE operation_id = ? ORDER BY seq {'DESC' if undo else ''}",
        (op.id,)).fetchall()
    # Rows go back in the reverse order they changed; a speaker may come back before its names.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    what = "undo" if undo else "redo"
    for change in changes:
        t = tables[change["tbl"]]
        expect, target = (change["after"], change["before"]) if undo else (change["before"], change["after"])
        row = json.loads(expect if expect is not None else target)
        key = [row[c] for c in t.key]
        now = conn.execute(f"SELECT {t.image('')} FROM main.{t.name} WHERE {t.where()}", key).fetchone()
        if (now[0] if now else None) != expect:
            raise LibraryError(
                f"cannot {what} {op.describe()}: the library has changed since "
                f"({_describe_row(t.name, row)} is not as the change left it)")
        if target is None:
            for child, col, parent_col in t.children:
                if conn.execute(f'SELECT 1 FROM main.{child} WHERE "{col}" = ? LIMIT 1', (row[parent_col],)).fetchone():
                    raise LibraryError(f"cannot {what} {op.describe()}: {_describe_row(t.name, row)} is in use since")
            conn.execute(f"DELETE FROM main.{t.name} WHERE {t.where()}", key)
        else:
            values = json.loads(target)
            cols = ", ".join(f'"{c}"' for c in values)
            if expect is None:
                conn.execute(f"INSERT INTO main.{t.name} ({cols}) VALUES ({', '.join('?' * len(values))})",
                             list(values.values()))
            else:
                sets = ", ".join(f'"{c}" = ?' for c in values)
                conn.execute(f"UPDATE main.{t.name} SET {sets} WHERE {t.where()}", [*values.values(), *key])
    conn.execute("UPDATE operations SET state = ? WHERE id = ?", ("undone" if undo else "done", op.id))


def _describe_row(table: str, row: dict) -> str:
    if table == "quotes":
        return f"quote {row['id']}"
    if table == "speakers":
        return f"speaker {row['name']!r}"
    if table == "article_people":
        return f"person {row['name']!r} of article {row['article_id']}"
    return f"a name of speaker {row['speaker_id']}"
