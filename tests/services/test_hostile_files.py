"""Readers never hang or read without limit, and say exactly what is wrong with a path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from quotedesk.cli import main
from quotedesk.ingest import MAX_BYTES


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "quotedesk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, **kwargs)


def test_pipes_devices_links_and_huge_files_get_one_line_each(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text('"We will win," Jane Doe said.', encoding="utf-8")
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait forever
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    broken = tmp_path / "gone.txt"
    broken.symlink_to(tmp_path / "never-there.txt")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: takes no disk, reads as zeros
        f.truncate(MAX_BYTES + 1)
    expected = {
        fifo: "not a regular file", Path("/dev/zero"): "not a regular file", loop: "a loop of symbolic links",
        broken: "a broken symbolic link", huge: "too large",
    }
    out = tmp_path / "out.jsonl"
    r = run("extract", fifo, "/dev/zero", loop, broken, huge, good, "-o", out)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("quotedesk: skipped")]
    assert len(errors) == len(expected), r.stderr
    for (path, words), line in zip(expected.items(), errors):
        assert line.startswith(f"quotedesk: skipped {path}: ") and words in line, line
    assert [json.loads(row)["id"] for row in out.read_text().splitlines()] == ["good"]


def test_an_unreadable_folder_is_an_error_not_no_files(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text('"Fine," Cy Ko said.', encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text('"Hidden," Di Wu said.', encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads any folder: the kernel's refusal is then played by os.scandir
        scandir = os.scandir

        def refuse(path="."):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return scandir(path)

        monkeypatch.setattr(os, "scandir", refuse)
    try:
        assert main(["import", str(tmp_path), "--library", str(tmp_path / "lib.sqlite")]) == 1
    finally:
        locked.chmod(0o755)
    captured = capsys.readouterr()
    assert f"quotedesk: skipped {locked}: cannot read this folder (Permission denied)" in captured.err.splitlines()
    assert "imported 1 article" in captured.out


def test_a_file_name_that_is_not_utf8_is_read_and_written(tmp_path):
    path = tmp_path / os.fsdecode(b"caf\xe9.txt")
    path.write_text('"We will win," Jane Doe said.', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("extract", path, "-o", out)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    (row,) = map(json.loads, out.read_text(encoding="utf-8").splitlines())
    assert row["id"] == "caf\ufffd" and row["quotes"][0]["speaker"] == "Jane Doe"
