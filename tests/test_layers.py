"""The layer rules of CONTRIBUTING.md, checked on the real import graph."""

import subprocess
import sys

import pytest

RULES = {
    "quotedesk.core": ("PySide6", "spacy", "sqlite3", "sqlite_utils"),
    "quotedesk.ingest": ("PySide6", "spacy", "sqlite3", "sqlite_utils"),
    "quotedesk.engine": ("PySide6", "sqlite3", "sqlite_utils"),
    "quotedesk.store": ("PySide6", "spacy"),
}


@pytest.mark.parametrize("package,forbidden", RULES.items())
def test_layer_does_not_import(package, forbidden):
    # A fresh interpreter, so modules imported by other tests do not hide a violation.
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = [m for m in {forbidden!r} if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{package} imports {out.stdout.strip()}"
