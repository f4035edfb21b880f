"""The layer rules of CONTRIBUTING.md, checked on the real import graph."""

import subprocess
import sys

import pytest

RULES = {
    "quotedesk.core": ("PySide6", "spacy", "sqlite3", "sqlite_utils"),
    "quotedesk.ingest": ("PySide6", "spacy", "sqlite3", "sqlite_utils"),
    "quotedesk.engine": ("PySide6", "sqlite3", "sqlite_utils"),
    "quotedesk.archive": ("PySide6", "sqlite3", "sqlite_utils", "quotedesk.store", "quotedesk.gui"),
    "quotedesk.store": ("PySide6", "spacy", "quotedesk.engine", "quotedesk.services", "quotedesk.gui"),
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


def test_only_the_store_files_module_opens_sqlite():
    # One module owns the library file (quotedesk.store.files); see tests/conftest.py for the
    # run-time guard against Python-level opens of an open library.
    from pathlib import Path

    import quotedesk

    root = Path(quotedesk.__file__).parent
    owners = {"store/files.py", "store/migrations.py"}  # migrations: an in-memory schema snapshot
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "sqlite3.connect(" in p.read_text(encoding="utf-8")
                 and str(p.relative_to(root)) not in owners]
    assert offenders == []
