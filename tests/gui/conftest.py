"""Fixtures for GUI tests: a fresh library and settings file per test, never the user's own."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from quotedesk.gui.settings import open_settings  # noqa: E402

ANALYSIS_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Keep every path the app could touch inside the test's folder."""
    monkeypatch.setenv("QUOTEDESK_LIBRARY", str(tmp_path / "env-library.sqlite"))
    monkeypatch.setenv("QUOTEDESK_SETTINGS", str(tmp_path / "env-settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def settings(tmp_path):
    s = open_settings(tmp_path / "settings.ini")
    s.setValue("preferences/editor", "test-editor")
    return s


@pytest.fixture
def library_path(tmp_path):
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(library_path):
    from quotedesk.store import Library

    lib = Library.open(library_path)
    yield lib
    lib.close()


def make_window(qtbot, library, library_path, settings, *, sample=True):
    from quotedesk.gui.main_window import MainWindow

    window = MainWindow(library, library_path=library_path, settings=settings, first_run_sample=sample)
    qtbot.addWidget(window)
    window.resize(1320, 860)
    return window


@pytest.fixture
def window(qtbot, library, library_path, settings):
    """The real main window on a fresh library, showing the sample article once analysed."""
    w = make_window(qtbot, library, library_path, settings, sample=False)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.jobFinished, timeout=ANALYSIS_TIMEOUT_MS,
                          check_params_cb=lambda name, ids: name == "sample"):
        w._start(True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    yield w
    w.close()  # before the library fixture closes the database
