"""Backups in the real window, and the start-up dialog for a library that cannot be opened."""

from __future__ import annotations

import logging
import random
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from quotedesk.core.errors import LibraryError
from quotedesk.gui.backups import StartupDialog, open_library
from quotedesk.store import Library, backup
from quotedesk.store.migrations import latest_version
from tests.store.conftest import KERRY_TEXT, kerry_pair



def _library_with(path, n=1, *, title="Kept"):
    with Library.open(path) as lib:
        for i in range(n):
            article, analysis = kerry_pair(KERRY_TEXT + f" {title} {i}.", id=f"{title}{i}")
            article.title = f"{title} {i}"
            lib.add_article(article, analysis, model_version="m1")
    return path


# -- File → Restore from backup… ---------------------------------------------------------------


def test_restore_from_backup_in_the_window(window, library, qtbot):
    saved = backup.take(library)
    ids = window.quote_panel.visible_ids()
    window.verify_article()
    assert all(library.quote(i).status == "verified" for i in ids)
    assert window.session.undo_stack.count() == 1
    n_corrections = len(library.corrections())

    window.act_restore.trigger()
    dialog = window.restore
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == 1 and "1 article" in dialog.list.item(0).text()
    dialog.restore_button.click()
    box = dialog.confirm_box
    qtbot.waitUntil(box.isVisible)
    assert saved.describe() in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()

    assert all(library.quote(i).status == "proposed" for i in ids)  # the library is as it was…
    assert {q.status for q in window.quote_panel.model.records()} == {"proposed"}  # …and so is the screen
    assert window.article is not None and len(window.quote_panel.model.records()) == len(ids)
    assert window.session.undo_stack.count() == 0
    listed = backup.list_backups(library.path)
    assert len(listed) == 2 and listed[0].n_corrections == n_corrections  # the state before the restore was kept
    assert "Restored the backup" in window.statusBar().currentMessage()


def test_cancelling_the_confirmation_restores_nothing(window, library, qtbot):
    backup.take(library)
    window.verify_article()
    window.act_restore.trigger()
    window.restore.restore_button.click()
    window.restore.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert {q.status for q in library.quotes(window.article.id)} == {"verified"}
    assert len(backup.list_backups(library.path)) == 1


# -- start-up: a library that cannot be opened -------------------------------------------------


def _damage_pages(path):
    rng = random.Random(7)  # the same damage every run (tests/store/test_open.py tries many)
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start + 8 : start + 200] = rng.randbytes(192)
    path.write_bytes(bytes(data))


def _newer(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()


class _Lock:
    """Another program holding an exclusive lock on the library."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self):
        self.conn.execute("ROLLBACK")
        self.conn.close()


BAD = {
    "damaged": _damage_pages,
    "not sqlite": lambda p: p.write_text("my notes, not a library\n" * 200),
    "newer": _newer,
    "missing": lambda p: p.unlink(),
    "locked": _Lock,
}


class Bad:
    """A library with one backup holding 2 articles, then made unusable in one way."""

    def __init__(self, kind, path):
        self.kind, self.path = kind, _library_with(path, 2)
        with Library.open(path) as lib:
            backup.take(lib)
        for side in ("-wal", "-shm"):
            path.with_name(path.name + side).unlink(missing_ok=True)
        self.lock = BAD[kind](path)
        self.before = None if kind in ("missing", "locked") else path.read_bytes()

    def assert_untouched(self):
        if self.kind == "missing":
            assert not self.path.exists()  # nothing was created at the missing path
        elif self.before is not None:
            assert self.path.read_bytes() == self.before  # nothing was written to the bad file

    def release(self):
        if isinstance(self.lock, _Lock):
            self.lock.release()
            with Library.open(self.path, create=False) as lib:  # the locked library was left whole
                assert _titles(lib) == ["Kept 0", "Kept 1"]


@pytest.fixture(params=list(BAD))
def bad(request, tmp_path):
    made = Bad(request.param, tmp_path / "lib.sqlite")
    yield made
    made.release()


def _startup_dialog(qtbot, path):
    with pytest.raises(LibraryError) as e:
        open_library(path, create=False).close()
    dialog = StartupDialog(path, str(e.value))
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(e.value) in dialog.findChild(type(dialog.status), "startupProblem").text()
    for button in (dialog.restore_button, dialog.open_button, dialog.create_button, dialog.quit_button):
        assert button.isVisible() and button.isEnabled()
    assert not dialog.remove_foreign_button.isVisible()  # only for a library with foreign objects
    assert dialog.list.count() == 1 and "2 articles" in dialog.list.item(0).text()
    return dialog


def _titles(library):
    return sorted(a.title for a in library.articles())


def test_startup_restore_opens_the_backups_articles(qtbot, bad):
    path = bad.path
    dialog = _startup_dialog(qtbot, path)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.status.text()
    with dialog.library as lib:
        assert _titles(lib) == ["Kept 0", "Kept 1"]
    if bad.kind == "missing":
        assert dialog.library_path == path
    else:
        assert dialog.library_path.parent == path.parent and dialog.library_path != path
        bad.assert_untouched()


def test_startup_create_new_makes_a_fresh_library_at_a_new_path(qtbot, bad, tmp_path):
    path = bad.path
    dialog = _startup_dialog(qtbot, path)
    dialog.create_button.click()
    files = dialog.file_dialog
    qtbot.waitUntil(files.isVisible)
    new = tmp_path / "fresh" / "new.sqlite"
    new.parent.mkdir()
    files.selectFile(str(new))
    files.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.status.text()
    assert dialog.library_path == new and new.exists()
    with dialog.library as lib:
        assert lib.articles() == [] and lib.schema_version == latest_version()
    bad.assert_untouched()


def test_startup_open_another_opens_that_one(qtbot, bad, tmp_path):
    path = bad.path
    other = _library_with(tmp_path / "other.sqlite", 1, title="Other")
    dialog = _startup_dialog(qtbot, path)
    dialog.open_button.click()
    files = dialog.file_dialog
    qtbot.waitUntil(files.isVisible)
    files.selectFile(str(other))
    files.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.status.text()
    assert dialog.library_path == other
    with dialog.library as lib:
        assert _titles(lib) == ["Other 0"]
    bad.assert_untouched()


def test_startup_quit_opens_nothing(qtbot, bad):
    path = bad.path
    dialog = _startup_dialog(qtbot, path)
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.library is None
    bad.assert_untouched()


def test_opening_another_bad_library_says_why_and_keeps_the_choices(qtbot, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("notes")
    dialog = StartupDialog(path, "not a library")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()  # no backups of it
    dialog.open_button.click()
    dialog.file_dialog.selectFile(str(path))
    dialog.file_dialog.accept()
    assert dialog.isVisible() and "not an SQLite database" in dialog.status.text()


# -- the app itself --------------------------------------------------------------------------


def _when_shown(cls, action):
    """Run ``action(widget)`` once a visible top-level ``cls`` appears (inside a nested exec())."""
    def poll():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, cls) and w.isVisible():
                action(w)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def run_app(tmp_path):
    """``quotedesk.gui.app.main`` in this process; its logging and style are undone after."""
    from quotedesk.gui import app as app_module

    handlers = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    yield lambda *argv: app_module.main(["--settings", str(tmp_path / "app.ini"), "--no-sample", *argv])
    for h in logging.getLogger().handlers:
        if h not in handlers:
            logging.getLogger().removeHandler(h)
            h.close()
    logging.getLogger().setLevel(level)
    QApplication.instance().setStyleSheet("")


def _save_library_path(tmp_path, monkeypatch, path):
    from quotedesk.gui.settings import Preferences, open_settings

    monkeypatch.delenv("QUOTEDESK_LIBRARY")
    prefs = Preferences(open_settings(tmp_path / "app.ini"))
    prefs.library_path = str(path)
    prefs.sync()


def test_the_app_offers_the_dialog_and_quits_cleanly(qtbot, bad, run_app, tmp_path, monkeypatch):
    _save_library_path(tmp_path, monkeypatch, bad.path)  # a bad library path saved in Preferences
    seen = []
    _when_shown(StartupDialog, lambda d: (seen.append(d.bad_path), d.quit_button.click()))
    assert run_app() == 0
    assert seen == [bad.path]
    bad.assert_untouched()


def test_the_app_offers_the_dialog_for_a_bad_library_given_on_the_command_line(qtbot, tmp_path, run_app):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes")
    seen = []
    _when_shown(StartupDialog, lambda d: (seen.append(d.bad_path), d.quit_button.click()))
    assert run_app("--library", str(path)) == 0
    assert seen == [path] and path.read_text() == "my notes"


def test_a_missing_library_saved_in_preferences_gets_the_dialog_and_the_choice_is_kept(
        qtbot, tmp_path, monkeypatch, run_app):
    from quotedesk.gui.main_window import MainWindow
    from quotedesk.gui.settings import Preferences, open_settings

    gone = tmp_path / "usb" / "lib.sqlite"
    _save_library_path(tmp_path, monkeypatch, gone)
    new = tmp_path / "new.sqlite"

    def create(dialog):
        dialog.create_button.click()
        dialog.file_dialog.selectFile(str(new))
        dialog.file_dialog.accept()

    shown = []
    _when_shown(StartupDialog, create)
    _when_shown(MainWindow, lambda w: (shown.append(w.library_path), w.close()))
    assert run_app() == 0
    assert shown == [new] and not gone.parent.exists()
    assert Preferences(open_settings(tmp_path / "app.ini")).library_path == str(new)


def test_the_app_backs_the_library_up_on_opening_at_most_once_a_day(qtbot, tmp_path, run_app):
    from quotedesk.gui.main_window import MainWindow

    path = _library_with(tmp_path / "lib.sqlite", 2)
    for _ in range(2):  # the second start, the same day and unchanged, takes none
        _when_shown(MainWindow, lambda w: w.close())
        assert run_app("--library", str(path)) == 0
        assert [b.n_articles for b in backup.list_backups(path)] == [2]
    _library_with(path, 1, title="Later")
    _when_shown(MainWindow, lambda w: w.close())
    assert run_app("--library", str(path)) == 0
    assert len(backup.list_backups(path)) == 1  # changed, but the newest backup is less than a day old


def test_the_app_offers_to_remove_objects_quotedesk_did_not_create(qtbot, tmp_path, run_app):
    from quotedesk.gui.main_window import MainWindow

    path = _library_with(tmp_path / "lib.sqlite", 2)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER rewrite_texts AFTER UPDATE ON quotes BEGIN UPDATE articles SET text = 'x'; END")
    conn.commit()
    conn.close()
    seen, shown = [], []

    def remove(dialog):
        offered = dialog.remove_foreign_button.isVisible()
        seen.append((dialog.findChild(type(dialog.status), "startupProblem").text(), offered))
        (dialog.remove_foreign_button if offered else dialog.quit_button).click()

    _when_shown(StartupDialog, remove)
    _when_shown(MainWindow, lambda w: (shown.append(w.library_path), w.close()))
    assert run_app("--library", str(path)) == 0
    [(problem, offered)] = seen
    assert "trigger rewrite_texts" in problem and offered and shown == [path]
    with Library.open(path) as lib:  # opens as any other library now
        assert _titles(lib) == ["Kept 0", "Kept 1"]
    [kept] = backup.list_backups(path)
    assert kept.n_articles == 2
