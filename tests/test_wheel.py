"""The package as users and cluster workers get it: a wheel, installed without the source tree.

The wheel is built offline from a copy of the sources (building writes build/ and an egg-info
next to them) and installed into a fresh venv, which borrows this environment's dependencies
(spaCy, its model, Qt) through a .pth file rather than downloading them again. A .pth line only
adds a path: the .pth files found there (such as this environment's editable install of
quotedesk) are not processed, and the fresh venv's own site-packages comes first. Everything
runs from a folder outside the source tree, with no PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from quotedesk.store.migrations import latest_version

TOP = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "desktop", "resources", "db")
ARTICLE = (
    "The council met on Monday to discuss the repairs to the old river crossing.\n\n"
    '"We will open the new bridge before the winter storms arrive," Mayor Jane Porter told '
    "reporters after the meeting.\n"
)


def run(*command, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(list(map(str, command)), cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command[:3]}...: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in SOURCES:
        if (TOP / name).is_dir():
            shutil.copytree(TOP / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(TOP / name, src / name)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
        "--wheel-dir", work / "dist", src, cwd=work)
    (built,) = (work / "dist").glob("quotedesk-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> dict[str, Path]:
    """A fresh venv with the wheel installed: its folder, its python and its quotedesk command."""
    root = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", root, cwd=root)
    python = root / "bin" / "python"
    paths = json.loads(run(python, "-c", "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))",
                           cwd=root).stdout)
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel,
        cwd=root)
    borrowed = "".join(f"{path}\n" for path in site.getsitepackages())
    (Path(paths["purelib"]) / "borrowed-dependencies.pth").write_text(borrowed, encoding="utf-8")
    return {"root": root, "python": python, "quotedesk": Path(paths["scripts"]) / "quotedesk"}


def no_source_env() -> dict[str, str]:
    """This process's environment without anything that points at the source tree or a library."""
    unwanted = {"PYTHONPATH", "QUOTEDESK_RESOURCES", "QUOTEDESK_LIBRARY"}
    return {k: v for k, v in os.environ.items() if k not in unwanted}


def test_wheel_carries_every_module_the_resources_and_the_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = (
        {f"quotedesk/{name}" for name in files_under(TOP / "desktop" / "quotedesk")}
        | {f"quotedesk/_resources/{name}" for name in files_under(TOP / "resources")}
        | {f"quotedesk/_db/{name}" for name in files_under(TOP / "db")}
    )
    assert not expected - names, f"missing from the wheel: {sorted(expected - names)}"
    assert {
        "quotedesk/_resources/lexicons/cues.txt", "quotedesk/_resources/lexicons/titles.txt",
        "quotedesk/_resources/lexicons/anonymous.txt", "quotedesk/_resources/samples/voa-kerry-coalition.txt",
        "quotedesk/_db/0001_initial.sql",
    } <= names


def test_installed_wheel_extracts_quotes_and_creates_a_library(venv, tmp_path):
    work, env = tmp_path, no_source_env()
    used = json.loads(run(
        venv["python"], "-c",
        "import json, quotedesk; from quotedesk.core import paths; "
        "print(json.dumps([quotedesk.__file__, str(paths.resources_dir()), str(paths.migrations_dir())]))",
        cwd=work, env=env).stdout)
    for path in used:
        assert Path(path).resolve().is_relative_to(venv["root"].resolve()), used

    article = work / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    quotedesk = venv["quotedesk"]
    run(quotedesk, "extract", article, "-o", work / "quotes.jsonl", cwd=work, env=env)
    (row,) = map(json.loads, (work / "quotes.jsonl").read_text(encoding="utf-8").splitlines())
    assert [(q["text"], q["speaker"]) for q in row["quotes"]] == [
        ("We will open the new bridge before the winter storms arrive,", "Jane Porter")
    ]

    # A Dask worker process started from the installed package, as on a cluster, writes the dataset.
    run(quotedesk, "extract", article, "--workers", "1", "-o", f"{work / 'archive'}/", cwd=work, env=env)
    (part,) = (work / "archive").glob("part-*.parquet")
    assert json.loads((work / "archive" / "_manifest.json").read_text(encoding="utf-8"))["complete"]

    library = work / "library.sqlite"
    imported = run(quotedesk, "import", article, "--library", library, cwd=work, env=env)
    assert "imported 1 article" in imported.stdout
    found = run(quotedesk, "search", "--speaker", "Porter", "--json", "--library", library, cwd=work, env=env)
    assert [json.loads(line)["speaker"] for line in found.stdout.splitlines()] == ["Jane Porter"]
    with closing(sqlite3.connect(library)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
