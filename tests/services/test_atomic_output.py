"""Outputs are written atomically: a write that fails leaves the old file byte for byte, in one line.

The failures are real: the command runs in a child process whose file size limit
(``RLIMIT_FSIZE``) is below the size of the new output, so the kernel refuses the write part-way,
as a full disk would.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import string
import subprocess
import sys

import pytest

from quotedesk.cli import main
from quotedesk.ingest import ArticleInput
from quotedesk.store import Library

from .conftest import fake_analyze

LIMIT = 48 * 1024  # above SQLite's 32 KiB shared-memory file, below every new output here
OLD = b"the good export from yesterday\n" * 10
_rng = random.Random(12)
WORDS = ["".join(_rng.choices(string.ascii_lowercase, k=_rng.randint(2, 9))) for _ in range(5000)]  # compress badly


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    """A library whose exports are all larger than LIMIT (long quotes, a long corrections log)."""
    path = tmp_path_factory.mktemp("lib") / "lib.sqlite"
    with Library.open(path) as library:
        for n in range(40):
            text = " ".join(f'"{" ".join(_rng.choices(WORDS, k=60))}," said Jane Doe.' for _ in range(6))
            (analysis,) = fake_analyze([text])
            record = library.add_article(ArticleInput(id=f"a{n}", text=text), analysis, model_version="fake-1")
            for q in library.quotes(record.id):
                library.set_status(q.id, "verified", editor="a very careful editor with a long name")
    return path


def _limited():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _run(*args):
    return subprocess.run([sys.executable, "-m", "quotedesk", *map(str, args)], capture_output=True, text=True,
                          timeout=600, preexec_fn=_limited)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "corrections", "spacy", "extract"])
def test_a_failed_write_leaves_the_old_file_intact(tmp_path, big_library, fmt):
    out = tmp_path / f"dataset.{fmt}"
    out.write_bytes(OLD)
    if fmt == "extract":
        article = tmp_path / "long.txt"
        article.write_text(" ".join(f'"{" ".join(WORDS[:50])}," Jane Doe said.' for _ in range(200)), encoding="utf-8")
        r = _run("extract", article, "-o", out)
    else:
        r = _run("export", "-o", out, "--format", fmt, "--library", big_library)
    assert r.returncode == 1
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f"quotedesk: error: {out}: cannot write") and "File too large" in line
    assert out.read_bytes() == OLD
    assert not list(tmp_path.glob(".*")), "the temporary file was left behind"


def test_a_successful_write_replaces_the_file_and_keeps_its_mode(tmp_path, big_library, capsys):
    out = tmp_path / "dataset.jsonl"
    out.write_bytes(OLD)
    out.chmod(0o640)
    assert main(["export", "-o", str(out), "--library", str(big_library)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 40 and json.loads(out.read_text().splitlines()[0])
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert os.listdir(tmp_path) == ["dataset.jsonl"]


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_output_into_a_missing_folder_or_onto_a_folder_is_one_line(tmp_path, big_library, capsys, where):
    out = tmp_path / ("nope/x.jsonl" if where == "missing folder" else "folder.jsonl")
    if where == "a folder":
        out.mkdir()
    assert main(["export", "-o", str(out), "--library", str(big_library)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"quotedesk: error: {out}: ")
    assert ("does not exist" if where == "missing folder" else "is a folder") in line
