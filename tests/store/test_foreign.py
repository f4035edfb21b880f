"""A library from someone else cannot hurt: database objects QuoteDesk did not create stop the open.

Every library here is a real SQLite file; the foreign objects are added with plain sqlite3, as
another program (or whoever sent the file) would.
"""

from __future__ import annotations

import sqlite3

import pytest

from quotedesk.cli import main
from quotedesk.core.errors import ForeignSchemaError, LibraryError
from quotedesk.store import Library, backup
from quotedesk.store.migrations import expected_objects, foreign_objects, latest_version, migrations, schema_objects
from tests.store.conftest import KERRY_TEXT, kerry_pair

REWRITE = ("CREATE TRIGGER rewrite_texts AFTER UPDATE ON quotes BEGIN "
           "UPDATE articles SET text = 'Nothing was said.'; END")


def _library(path, n=3):
    with Library.open(path) as lib:
        for i in range(n):
            lib.add_article(*kerry_pair(KERRY_TEXT + f" Day {i}.", id=f"k{i}"), model_version="m1")
    return path


def _sql(path, *statements):
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


def _texts(path):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM articles ORDER BY id")]
    finally:
        conn.close()


def _schema_is_quotedesks(lib):
    return foreign_objects(schema_objects(lib._conn), lib.schema_version) == []


def test_a_trigger_that_rewrites_articles_stops_the_open_and_consent_removes_it(tmp_path):
    path = _library(tmp_path / "lib.sqlite")
    texts = _texts(path)
    _sql(path, REWRITE)

    with pytest.raises(ForeignSchemaError) as e:
        Library.open(path)
    assert "trigger rewrite_texts" in str(e.value) and "\n" not in str(e.value)
    assert e.value.objects == ["trigger rewrite_texts"] and backup.list_backups(path) == []

    with Library.open(path, drop_foreign=True) as lib:
        assert _schema_is_quotedesks(lib)
        assert any("removed 1 database object" in w for w in lib.warnings)
        quote = lib.quotes(lib.articles()[0].id)[0]
        lib.set_status(quote.id, "verified", editor="ana")  # the correction that fired the trigger
        assert lib.integrity_check() == []
    assert _texts(path) == texts
    [kept] = backup.list_backups(path)
    assert kept.n_articles == 3
    conn = sqlite3.connect(kept.path)  # the library as it was, trigger and all
    assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'rewrite_texts'").fetchone()
    conn.close()
    Library.open(path).close()  # and from now on it opens as any other


@pytest.mark.parametrize("statements,named", [
    (["CREATE VIEW everything AS SELECT * FROM articles"], "view everything"),
    (["CREATE TABLE notes (body TEXT)"], "table notes"),
    (["CREATE INDEX quotes_by_text ON quotes (content)"], "index quotes_by_text"),
    (["CREATE VIRTUAL TABLE scratch USING fts5(body)"], "table scratch"),
    (["CREATE TRIGGER log_speakers AFTER INSERT ON speakers BEGIN DELETE FROM corrections; END"],
     "trigger log_speakers"),
    # One of QuoteDesk's own triggers with another body: it keeps the counts no longer.
    (["DROP TRIGGER quotes_counts_update",
      "CREATE TRIGGER quotes_counts_update AFTER UPDATE ON quotes BEGIN DELETE FROM operations; END"],
     "trigger quotes_counts_update"),
    (["DROP INDEX articles_listing", "CREATE INDEX articles_listing ON articles (title)"], "index articles_listing"),
])
def test_any_object_quotedesk_did_not_make_is_refused_and_consent_makes_ours_again(tmp_path, statements, named):
    path = _library(tmp_path / "lib.sqlite")
    _sql(path, *statements)
    with pytest.raises(ForeignSchemaError, match=named):
        Library.open(path)
    with pytest.raises(ForeignSchemaError):
        Library.open(path, read_only=True)  # reading it is refused as well
    with Library.open(path, drop_foreign=True) as lib:
        assert _schema_is_quotedesks(lib)
        quote = lib.quotes(lib.articles()[0].id)[0]
        lib.set_status(quote.id, "rejected", editor="ana")
        assert lib.articles()[0].n_verified == 0 and len(lib.articles()) == 3
        assert lib.integrity_check() == []
    assert len(backup.list_backups(path)) == 1


def test_a_changed_quotedesk_table_is_refused_even_with_consent(tmp_path):
    path = _library(tmp_path / "lib.sqlite")
    _sql(path, "ALTER TABLE quotes ADD COLUMN note TEXT")
    for consent in (False, True):
        with pytest.raises(LibraryError, match="table quotes was changed") as e:
            Library.open(path, drop_foreign=consent)
        assert not isinstance(e.value, ForeignSchemaError)  # removing objects would not repair it
    assert backup.list_backups(path) == []


def test_a_read_only_library_with_foreign_objects_is_not_changed(tmp_path):
    path = _library(tmp_path / "lib.sqlite")
    _sql(path, REWRITE)
    with pytest.raises(LibraryError, match="read-only"):
        Library.open(path, read_only=True, drop_foreign=True)
    with pytest.raises(ForeignSchemaError):
        Library.open(path)


@pytest.mark.parametrize("version", range(1, latest_version() + 1))
def test_a_library_left_at_any_schema_version_upgrades_without_false_alarms(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in migrations()[:version]:
        migration.apply(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO articles (title, text, content_hash, added_at) VALUES ('Old', 'Old text.', 'h', 'then')")
    conn.execute("ANALYZE")  # SQLite's own statistics tables are not foreign
    conn.close()
    assert foreign_objects(schema_objects(sqlite3.connect(path)), version) == []
    for _ in range(2):  # upgraded, then as any current library
        with Library.open(path) as lib:
            assert lib.schema_version == latest_version() and _schema_is_quotedesks(lib)
            assert [a.title for a in lib.articles()] == ["Old"]
            lib.reopen().close()  # a worker thread's connection
    assert schema_objects(sqlite3.connect(path)) == dict(expected_objects(latest_version()))


def test_the_cli_names_the_objects_and_how_to_remove_them(tmp_path, capsys):
    path = _library(tmp_path / "lib.sqlite")
    texts = _texts(path)
    _sql(path, REWRITE, "CREATE VIEW everything AS SELECT * FROM articles")
    assert main(["speakers", "--library", str(path)]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "trigger rewrite_texts" in line and "view everything" in line
    assert line.endswith(f"quotedesk remove-foreign --library {path}")

    assert main(["remove-foreign", "--library", str(path)]) == 0
    out = capsys.readouterr().out
    assert "removed from" in out and "trigger rewrite_texts, view everything" in out
    assert str(backup.list_backups(path)[0].path) in out
    assert main(["speakers", "--library", str(path)]) == 0
    assert "John Kerry" in capsys.readouterr().out
    assert main(["remove-foreign", "--library", str(path)]) == 0
    assert "nothing to remove" in capsys.readouterr().out
    assert _texts(path) == texts
