"""Where QuoteDesk finds its resources and keeps its library.

Resources (lexicons, samples, icons) and the schema migrations live at the top of the source
tree in ``resources/`` and ``db/``, where a source checkout and an editable install read them. A
wheel carries them inside the package as ``quotedesk/_resources`` and ``quotedesk/_db`` (mapped
there at build time, see pyproject.toml); a frozen build copies both next to the executable.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "QuoteDesk"
LIBRARY_ENV = "QUOTEDESK_LIBRARY"


def _data_dir(name: str) -> Path:
    """The folder ``resources`` or ``db`` (see the module docstring)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    installed = files("quotedesk") / f"_{name}"  # a wheel install
    if installed.is_dir():
        return Path(installed)
    return Path(__file__).resolve().parents[3] / name  # a source checkout, an editable install


def resources_dir() -> Path:
    return Path(os.environ.get("QUOTEDESK_RESOURCES", _data_dir("resources")))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _data_dir("db")


def sample_article() -> Path:
    return resource("samples", "voa-kerry-coalition.txt")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_library(flag: str | Path | None = None) -> Path:
    """The library file: command-line flag > ``QUOTEDESK_LIBRARY`` > the platform's data dir."""
    if flag:
        return Path(flag).expanduser()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "library.sqlite"
