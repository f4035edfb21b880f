"""Backups through SQLite's backup API: taken, checked, pruned, listed and restored, on real files."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import timedelta

import pytest

from quotedesk.core.errors import LibraryError
from quotedesk.store import Library, backup
from quotedesk.store.migrations import latest_version, migrations

from .conftest import KERRY_TEXT, kerry_pair


def _add(lib, n=1, *, start=0):
    for i in range(start, start + n):
        rec = lib.add_article(*kerry_pair(KERRY_TEXT + f" Story {i}.", id=f"k{i}"), model_version="m1")
        lib.set_status(lib.quotes(rec.id)[0].id, "verified", editor="ana")


def _counts(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "corrections"))
    finally:
        conn.close()


def _touch_later(path, seconds=5):
    """Move a file's modification time on, so 'changed since the last backup' does not depend on clock ticks."""
    st = path.stat()
    os.utime(path, (st.st_atime + seconds, st.st_mtime + seconds))


def test_a_backup_is_a_checked_single_file_copy_beside_the_library(library):
    _add(library, 2)
    made = backup.take(library)
    assert made.path.parent == library.path.with_name("lib.sqlite.backups")
    assert made.path.name.startswith("lib-") and made.path.suffix == ".sqlite"
    assert (made.n_articles, made.n_corrections) == (2, 2) and made.size == made.path.stat().st_size
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]  # no -wal, no .partial
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    _add(library, 1, start=5)  # the library goes on working
    assert len(library.articles()) == 3


def test_a_backup_holds_committed_work_while_another_program_writes(library):
    _add(library, 1)
    other = sqlite3.connect(library.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO articles (title, text, content_hash, added_at) VALUES ('Unsaved', 't', 'h', 'now')")
    try:
        made = backup.take(library)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (made.n_articles, made.n_corrections) == (1, 1)


def test_only_the_newest_backups_are_kept(library, monkeypatch):
    monkeypatch.setenv(backup.KEEP_ENV, "3")
    _add(library, 1)
    made = []
    for i in range(5):
        _add(library, 1, start=10 + i)
        made.append(backup.take(library).path)
    listed = backup.list_backups(library.path)
    assert [b.path for b in listed] == made[:-4:-1]  # newest first
    assert [b.n_articles for b in listed] == [6, 5, 4]
    assert not made[0].exists() and not made[1].exists()


def test_a_backup_that_cannot_be_written_is_a_warning_and_work_goes_on(library):
    _add(library, 1)
    library.path.with_name("lib.sqlite.backups").write_text("a file where the backups folder should be")
    warnings = []
    assert backup.safety_backup(library, "before retraining", warnings=warnings) is None
    assert len(warnings) == 1 and "no backup was taken before retraining" in warnings[0]
    assert "\n" not in warnings[0]
    _add(library, 1, start=3)
    assert len(library.articles()) == 2
    with pytest.raises(LibraryError, match="backup"):
        backup.take(library)


def test_safety_backups_are_taken_only_when_the_library_changed(library):
    assert backup.safety_backup(library, "before importing") is None  # empty: nothing to lose
    _add(library, 1)
    first = backup.safety_backup(library, "before importing")
    assert first is not None
    assert backup.safety_backup(library, "before retraining") is None  # the same as the newest
    _add(library, 1, start=2)
    _touch_later(library.path.with_name("lib.sqlite-wal"))
    assert backup.safety_backup(library, "on opening", every=timedelta(days=1)) is None  # once a day
    second = backup.safety_backup(library, "before re-analysis")
    assert second is not None and second.n_articles == 2


def test_no_automatic_backups_when_keep_is_zero(library, monkeypatch):
    monkeypatch.setenv(backup.KEEP_ENV, "0")
    _add(library, 1)
    assert backup.safety_backup(library, "before retraining") is None
    assert backup.list_backups(library.path) == []


def test_restore_goes_into_the_open_library_and_every_connection_sees_it(library):
    _add(library, 1)
    saved = backup.take(library)
    _add(library, 2, start=1)
    with Library.open(library.path) as other:
        assert len(other.articles()) == 3
        before = backup.restore(library, saved.path)
        assert len(other.articles()) == 1 and len(other.corrections()) == 1
        _add(other, 1, start=7)  # the restored library takes new work
    assert len(library.articles()) == 2
    assert (before.n_articles, before.n_corrections) == (3, 3)  # the state before the restore is kept
    assert library.integrity_check() == []
    assert library._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def _newer(path):
    with Library.open(path) as lib:
        _add(lib, 1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()


def _damaged(path):
    with Library.open(path) as lib:
        _add(lib, 30)
    data = bytearray(path.read_bytes())
    rng = random.Random(3)  # the same damage every run
    for start in range(4096 * 2, len(data), 4096):
        data[start + 8 : start + 100] = rng.randbytes(92)
    path.write_bytes(bytes(data))


def _schema_not_utf8(path):
    """A damaged schema page: a table's name is bytes that are not UTF-8."""
    with Library.open(path) as lib:
        _add(lib, 3)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET name = CAST(X'8282' AS TEXT), sql = 'CREATE TABLE x(' "
                 "WHERE name = 'speakers'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make,message", [
    (lambda p: p.write_text("my notes\n" * 500), "not a usable QuoteDesk backup"),
    (_other_sqlite, "not a QuoteDesk library"),
    (_newer, "newer QuoteDesk"),
    (_damaged, "damaged|not a usable"),
    (_schema_not_utf8, "not a usable"),
    (lambda p: None, "no such backup"),
])
def test_restore_refuses_what_is_not_a_good_backup_and_changes_nothing(library, tmp_path, make, message):
    _add(library, 2)
    bad = tmp_path / "bad" / "candidate.sqlite"
    bad.parent.mkdir()
    make(bad)
    with pytest.raises(LibraryError, match=message) as e:
        backup.restore(library, bad)
    assert "\n" not in str(e.value)
    assert len(library.articles()) == 2 and len(library.corrections()) == 2
    assert backup.list_backups(library.path) == []  # refused before anything was written


def test_a_library_of_an_older_schema_is_backed_up_before_its_upgrade(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations()[0].apply(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO articles (title, text, content_hash, added_at) VALUES ('Old', 'Old text.', 'h', 'then')")
    conn.close()
    with Library.open(path) as lib:
        assert lib.schema_version == latest_version()
        [made] = backup.list_backups(path)
        assert (made.schema, made.n_articles) == (1, 1)
        # Restoring it brings the old schema back, upgraded again.
        _add(lib, 1)
        backup.restore(lib, made.path)
        assert lib.schema_version == latest_version()
        assert [a.title for a in lib.articles()] == ["Old"]


def test_a_backup_can_become_a_new_library(library, tmp_path):
    _add(library, 2)
    made = backup.take(library, output=tmp_path / "copy.sqlite")
    assert backup.list_backups(library.path) == []  # -o: not one of the library's own backups
    restored = backup.restore_copy(made.path, tmp_path / "new" / "lib.sqlite")
    with Library.open(restored.path, create=False) as lib:
        assert len(lib.articles()) == 2 and len(lib.corrections()) == 2
    with pytest.raises(LibraryError, match="already exists"):
        backup.restore_copy(made.path, library.path)
    with pytest.raises(LibraryError, match="already exists"):
        backup.take(library, output=made.path)
    assert _counts(made.path) == (2, 2)


def test_many_backups_within_one_second_keep_their_order_when_pruned(library, monkeypatch):
    monkeypatch.setenv(backup.KEEP_ENV, "2")
    _add(library, 1)
    counts = []
    for i in range(6):  # far faster than one a second: names share their time and are numbered
        _add(library, 1, start=10 + i)
        counts.append(backup.take(library).n_articles)
    assert [b.n_articles for b in backup.list_backups(library.path)] == counts[:-3:-1]


BACKER = (
    "import sys, time\n"
    "from quotedesk.store import Library, backup\n"
    "lib = Library.open(sys.argv[1], timeout=30)\n"
    "while time.time() < float(sys.argv[2]):\n"
    "    time.sleep(0.001)\n"
    "for _ in range(5):\n"
    "    print(backup.take(lib, keep=100).path.name)\n"
)


def test_several_programs_backing_one_library_up_at_once_all_get_good_backups(library):
    # two windows and a command-line job each taking a safety backup in the same second
    import subprocess
    import sys
    import time

    _add(library, 2)
    start = time.time() + 1.5  # every process imported and waiting, then all back up at once
    procs = [subprocess.Popen([sys.executable, "-c", BACKER, str(library.path), str(start)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    failed = [err.strip().splitlines()[-1:] for p, (_, err) in zip(procs, results) if p.returncode]
    assert failed == [], failed
    names = [n for out, _ in results for n in out.split()]
    assert len(names) == len(set(names)) == 20  # none written over another
    assert sorted(b.path.name for b in backup.list_backups(library.path)) == sorted(names)
    assert all(_counts(backup.backup_dir(library.path) / n) == (2, 2) for n in names)
    assert not [p.name for p in backup.backup_dir(library.path).iterdir() if p.name not in names]  # no leftovers


def test_what_a_killed_backup_left_is_swept_once_it_is_an_hour_old(library):
    _add(library, 1)
    folder = backup.backup_dir(library.path)
    folder.mkdir()
    old, fresh = folder / "lib-20260101T000000Z.sqlite.1a2b.partial", folder / "lib-x.sqlite.3c4d.partial-journal"
    for p in (old, fresh):
        p.write_bytes(b"half a copy")
    os.utime(old, (old.stat().st_atime - 7200, old.stat().st_mtime - 7200))
    backup.take(library)
    assert not old.exists() and fresh.exists()  # a copy another program is writing now stays
