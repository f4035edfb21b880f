"""Preferences and window state, kept apart.

Preferences are what the user chose (editor name, library path) and live under
``preferences/``; window state is what the window remembers by itself (geometry, dock layout,
splitters, the last article) under ``window/``. Resetting one never loses the other.
Both go in one INI file: ``QUOTEDESK_SETTINGS`` or the given path, else Qt's per-user place.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from quotedesk.core.paths import APP_NAME

SETTINGS_ENV = "QUOTEDESK_SETTINGS"


def open_settings(path: str | Path | None = None) -> QSettings:
    path = path or os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _default_editor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): any label will do
        return "editor"


class Preferences:
    """What the user chose, under ``preferences/``."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    def _get(self, key: str, default: str = "") -> str:
        value = self._s.value(f"preferences/{key}", default)
        return str(value) if value is not None else default

    @property
    def editor(self) -> str:
        return self._get("editor") or _default_editor()

    @editor.setter
    def editor(self, name: str) -> None:
        self._s.setValue("preferences/editor", name.strip())

    @property
    def library_path(self) -> str:
        return self._get("library_path")

    @library_path.setter
    def library_path(self, path: str) -> None:
        self._s.setValue("preferences/library_path", str(path))

    def sync(self) -> None:
        self._s.sync()


class WindowState:
    """What the window remembers by itself, under ``window/``."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    def bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"window/{key}", value)

    def last_article(self, library: str) -> int | None:
        value = self._s.value(f"window/last_article/{_key(library)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_article(self, library: str, article_id: int) -> None:
        self._s.setValue(f"window/last_article/{_key(library)}", int(article_id))

    def folder(self, purpose: str) -> Path | None:
        """The folder last used for ``purpose`` ("export"), if it is still there."""
        value = self._s.value(f"window/folders/{purpose}")
        return Path(value) if value and Path(value).is_dir() else None

    def set_folder(self, purpose: str, folder: str | Path) -> None:
        self._s.setValue(f"window/folders/{purpose}", str(folder))
        self._s.sync()

    def sync(self) -> None:
        self._s.sync()


def _key(library: str) -> str:
    import hashlib

    return hashlib.sha1(str(library).encode("utf-8")).hexdigest()[:12]
