"""Backups before bulk work (imports, re-analysis) and ``quotedesk backup | backups | restore``."""

from __future__ import annotations

import sqlite3

import pytest

from quotedesk.cli import main
from quotedesk.services.importing import BACKUP_FROM, import_paths
from quotedesk.services.reanalysis import reanalyze
from quotedesk.store import Library, backup

from .conftest import fake_analyze


def _articles(folder, n, *, start=0):
    folder.mkdir(exist_ok=True)
    for i in range(start, start + n):
        (folder / f"{i:03d}.txt").write_text(f'Story {i}. "Quote number {i}," said Jane Doe.', encoding="utf-8")
    return folder


def test_a_bulk_import_is_preceded_by_a_backup_of_the_library_as_it_was(library, tmp_path):
    import_paths(library, [_articles(tmp_path / "few", 2)], analyze=fake_analyze)
    assert backup.list_backups(library.path) == []  # a couple of files: no backup
    report = import_paths(library, [_articles(tmp_path / "many", BACKUP_FROM, start=10)], analyze=fake_analyze)
    assert len(report.added) == BACKUP_FROM
    [made] = backup.list_backups(library.path)
    assert made.n_articles == 2


def test_a_bulk_import_goes_on_when_no_backup_can_be_written(library, tmp_path):
    import_paths(library, [_articles(tmp_path / "few", 1)], analyze=fake_analyze)
    library.path.with_name(library.path.name + ".backups").write_text("not a folder")
    report = import_paths(library, [_articles(tmp_path / "many", BACKUP_FROM, start=10)], analyze=fake_analyze)
    assert len(report.added) == BACKUP_FROM
    assert [w for w in report.warnings if "no backup was taken" in w]


def test_reanalysis_is_preceded_by_a_backup(library, tmp_path):
    import_paths(library, [_articles(tmp_path / "in", 3)], analyze=fake_analyze)
    report = reanalyze(library, editor="ana", analyze=fake_analyze, use_active_model=False)
    assert len(report.articles) == 3
    [made] = backup.list_backups(library.path)
    assert (made.n_articles, made.n_corrections) == (3, 0)  # before the three 'reanalyze' log lines
    assert len(library.corrections()) == 3


@pytest.fixture
def lib_env(tmp_path, monkeypatch):
    path = tmp_path / "env-lib.sqlite"
    monkeypatch.setenv("QUOTEDESK_LIBRARY", str(path))
    return path


def test_cli_backup_list_and_restore(tmp_path, lib_env, capsys):
    import_paths(lib_env, [_articles(tmp_path / "in", 2)], analyze=fake_analyze)
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "backed up to" in out and "2 articles, 0 corrections" in out
    import_paths(lib_env, [_articles(tmp_path / "more", 3, start=5)], analyze=fake_analyze)

    assert main(["backups"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "2 articles" in line
    name = line.split()[-1]

    assert main(["restore", name]) == 0  # a name from the listing is found in the backups folder
    out = capsys.readouterr().out
    assert "restored" in out and "as it was is kept in" in out
    with Library.open(lib_env, create=False) as lib:
        assert len(lib.articles()) == 2
    assert main(["backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "5 articles" in lines[0]  # the state before the restore, newest


def test_cli_backup_to_a_file_and_restore_into_a_missing_library(tmp_path, lib_env, capsys):
    import_paths(lib_env, [_articles(tmp_path / "in", 2)], analyze=fake_analyze)
    out_file = tmp_path / "copy.sqlite"
    assert main(["backup", "-o", str(out_file)]) == 0
    assert main(["backup", "-o", str(out_file)]) == 1
    assert "already exists" in capsys.readouterr().err
    new = tmp_path / "elsewhere" / "lib.sqlite"
    assert main(["restore", str(out_file), "--library", str(new)]) == 0
    with Library.open(new, create=False) as lib:
        assert len(lib.articles()) == 2


@pytest.mark.parametrize("content,message", [
    (b"my notes\n" * 100, "not a usable QuoteDesk backup"),
    (None, "no such backup"),
])
def test_cli_restore_refuses_a_bad_backup_in_one_line(tmp_path, lib_env, capsys, content, message):
    import_paths(lib_env, [_articles(tmp_path / "in", 2)], analyze=fake_analyze)
    bad = tmp_path / "bad.sqlite"
    if content is not None:
        bad.write_bytes(content)
    assert main(["restore", str(bad)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    conn = sqlite3.connect(lib_env)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    conn.close()


def test_cli_restore_into_a_library_that_cannot_be_opened_says_what_to_do(tmp_path, lib_env, capsys):
    import_paths(lib_env, [_articles(tmp_path / "in", 2)], analyze=fake_analyze)
    assert main(["backup", "-o", str(tmp_path / "copy.sqlite")]) == 0
    lib_env.write_text("damaged beyond repair")
    for side in ("-wal", "-shm"):
        lib_env.with_name(lib_env.name + side).unlink(missing_ok=True)
    assert main(["restore", str(tmp_path / "copy.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "--library NEW.sqlite" in err
    assert lib_env.read_text() == "damaged beyond repair"
