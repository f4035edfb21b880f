"""Opening libraries that are not what they should be: each gets a clear error or works."""

from __future__ import annotations

import os
import random
import sqlite3

import pytest

from quotedesk.core.errors import LibraryError
from quotedesk.store import Library, files as files_module
from quotedesk.store.connection import LibraryConnection
from quotedesk.store.migrations import latest_version

from .conftest import kerry_pair


def _filled(path):
    with Library.open(path) as lib:
        rec = lib.add_article(*kerry_pair(), model_version="m1")
        lib.set_status(lib.quotes(rec.id)[0].id, "verified", editor="ana")
    return path


def test_missing_file_without_create(tmp_path):
    with pytest.raises(LibraryError, match="no library there"):
        Library.open(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(LibraryError, match="is a folder"):
        Library.open(tmp_path)


def test_not_sqlite(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(LibraryError, match="not an SQLite database"):
        Library.open(path)
    assert path.read_text().startswith("these are my notes")  # untouched


def test_garbage_after_a_valid_header(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(1).randbytes(64 * 1024))
    with pytest.raises(LibraryError, match="not a QuoteDesk library|damaged"):
        Library.open(path)


def _damage(data: bytes, seed: int) -> bytes:
    """``data`` with short runs of random bytes written over some of its 4 KiB pages, the way a
    bad disk or an interrupted copy damages a file: every page, every page but the first (the
    schema), or about one page in three, chosen by ``seed``."""
    rng = random.Random(seed)
    out = bytearray(data)
    for k in range(len(out) // 4096):
        if (seed % 3 == 0 and k == 0) or (seed % 3 == 2 and rng.random() < 0.7):
            continue
        start = k * 4096 + rng.randrange(4096 - 64)
        n = len(out[start : start + rng.randrange(1, 200)])
        out[start : start + n] = rng.randbytes(n)
    return bytes(out)


def test_damaged_pages_give_library_errors_not_tracebacks(tmp_path):
    clean = _filled(tmp_path / "clean.sqlite")
    with Library.open(clean) as lib:
        for _ in range(2):
            rec = lib.add_article(*kerry_pair(), model_version="m1")
            lib.set_status(lib.quotes(rec.id)[0].id, "verified", editor="ana")
    data = clean.read_bytes()  # closed: the last connection checkpointed the WAL into the file
    path = tmp_path / "lib.sqlite"
    opened = 0
    for seed in range(300):
        path.write_bytes(_damage(data, seed))
        for side in ("-wal", "-shm"):
            path.with_name(path.name + side).unlink(missing_ok=True)
        try:
            lib = Library.open(path)
        except LibraryError as e:
            assert str(path) in str(e)
            continue
        opened += 1
        with lib:
            for call in (lib.articles, lambda: lib.search(text="win"), lib.speakers,
                         lambda: [lib.quotes(a.id) for a in lib.articles()], lib.corrections,
                         lib.integrity_check, lambda: lib.set_status(lib.quotes(1)[1].id, "verified", editor="bo"),
                         lambda: lib.undo(editor="bo")):
                try:
                    call()
                except LibraryError as e:
                    assert str(lib.path) in str(e), seed
    assert 0 < opened < 300  # both kinds were tried: damage that stops opening, and damage inside


def _rename_in_schema(path, sql):
    """Damage the schema the way a bad disk page does: an object's name becomes bytes that are
    not UTF-8 (SQLite's own error message then quotes them)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE sqlite_master SET name = CAST(X'8282' AS TEXT), sql = 'CREATE TABLE x(' WHERE name = 'articles'",
    "UPDATE sqlite_master SET sql = sql || CAST(X'0A2D2D82' AS TEXT) WHERE name = 'articles'",
], ids=["name", "comment"])
def test_schema_text_that_is_not_utf8_is_a_damaged_library(tmp_path, sql):
    path = _filled(tmp_path / "lib.sqlite")
    _rename_in_schema(path, sql)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="damaged"):
        Library.open(path)
    assert path.read_bytes() == before  # untouched, for a recovery tool


def test_article_text_that_is_not_utf8_is_a_damaged_library(tmp_path):
    path = _filled(tmp_path / "lib.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET title = CAST(X'4B6582' AS TEXT)")
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        with pytest.raises(LibraryError, match="damaged"):
            lib.articles()
        assert [q.speaker for q in lib.quotes(1)]  # the rest of the library still reads


def test_other_applications_sqlite(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="not a QuoteDesk library"):
        Library.open(path)


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = _filled(tmp_path / "lib.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer QuoteDesk"):
        Library.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 1
    conn.close()


def test_locked_by_another_writer(tmp_path):
    path = _filled(tmp_path / "lib.sqlite")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO speakers (name, kind, created_at) VALUES ('X', 'person', 'now')")
    try:
        with Library.open(path, timeout=0.2) as lib:
            assert len(lib.articles()) == 1  # WAL: reading goes on while another program writes
            qid = lib.quotes(1)[1].id
            with pytest.raises(LibraryError, match="busy"):
                lib.set_status(qid, "rejected", editor="ana")
            assert lib.quote(qid).status == "proposed"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Library.open(path) as lib:
        assert lib.set_status(qid, "rejected", editor="ana").status == "rejected"


def test_locked_exclusively_before_first_open(tmp_path):
    path = tmp_path / "lib.sqlite"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("CREATE TABLE t (x)")
    try:
        with pytest.raises(LibraryError, match="busy"):
            Library.open(path, timeout=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_second_connection_sees_committed_changes(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as a, Library.open(path) as b:
        rec = a.add_article(*kerry_pair(), model_version="m1")
        assert [x.id for x in b.articles()] == [rec.id]
        b.set_status(b.quotes(rec.id)[0].id, "verified", editor="bo")
        assert a.quotes(rec.id)[0].status == "verified"


def test_read_only_file_opens_read_only(tmp_path, monkeypatch):
    path = _filled(tmp_path / "lib.sqlite")
    with Library.open(path):
        pass  # checkpoint so the file holds everything
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: make the check see what a user would
        real = os.access
        monkeypatch.setattr(files_module.os, "access",
                            lambda p, mode: False if mode == os.W_OK and str(p) == str(path) else real(p, mode))
    try:
        with Library.open(path) as lib:
            assert lib.read_only and any("read-only" in w for w in lib.warnings)
            assert len(lib.articles()) == 1 and len(lib.corrections()) == 1
            with pytest.raises(LibraryError, match="read-only"):
                lib.set_status(lib.quotes(1)[0].id, "rejected", editor="ana")
    finally:
        path.chmod(0o644)


def test_explicit_read_only(tmp_path):
    path = _filled(tmp_path / "lib.sqlite")
    with Library.open(path, read_only=True) as lib:
        assert lib.search(speaker="Kerry")
        with pytest.raises(LibraryError, match="read-only"):
            lib.verify_article(1, editor="ana")


def test_read_only_library_needing_upgrade(tmp_path):
    path = tmp_path / "old.sqlite"
    path.write_bytes(b"")  # SQLite reads an empty file as a database at schema 0
    with pytest.raises(LibraryError, match="needs an upgrade"):
        Library.open(path, read_only=True)
    with Library.open(path) as lib:
        assert lib.schema_version == latest_version()


def test_warns_when_wal_is_unavailable(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(LibraryConnection, "_enable_wal", lambda self: "delete")
    with caplog.at_level("WARNING"), Library.open(tmp_path / "lib.sqlite") as lib:
        assert any("write-ahead logging" in w for w in lib.warnings)
        lib.add_article(*kerry_pair(), model_version="m1")  # still works
    assert "write-ahead logging" in caplog.text


def test_wal_and_foreign_keys_are_on(library):
    assert library._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # Every commit is synced before the call returns (FULL = 2), not only at checkpoints.
    assert library._conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_wrong_thread_is_a_programming_error(library):
    import threading

    errors = []

    def use():
        try:
            library.articles()
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    t = threading.Thread(target=use)
    t.start()
    t.join()
    assert isinstance(errors[0], sqlite3.ProgrammingError)
    lib2 = library.reopen()
    lib2.close()


def test_path_with_spaces_and_uri_characters(tmp_path):
    path = tmp_path / "my library #1? 100%" / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add_article(*kerry_pair(), model_version="m1")
    assert path.exists() and len(list(path.parent.iterdir())) >= 1
    with Library.open(path, read_only=True) as lib:
        assert len(lib.articles()) == 1


def test_an_empty_file_becomes_a_library_and_says_so(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with Library.open(path) as lib:
        assert any("was empty" in w for w in lib.warnings)
        assert lib.schema_version == latest_version() and lib.articles() == []
    with Library.open(path) as lib:  # from then on, an ordinary library
        assert lib.warnings == []
