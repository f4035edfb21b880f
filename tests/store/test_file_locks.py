"""The library file's locks: nothing but SQLite may open it while a connection may be open.

On POSIX, closing *any* descriptor of a file drops *all* of the process's fcntl locks on it,
SQLite's included (sqlite.org/howtocorrupt.html, section 2.2). A child process that then closes
its own connection believes it is the last user, checkpoints and deletes the -wal and -shm files
under the open connection, and the next writes go to a log nobody else sees: corruption.
"""

from __future__ import annotations

import subprocess
import sys

from quotedesk.store import Library

CHILD = (
    "import sys\n"
    "from quotedesk.store import Library\n"
    "lib = Library.open(sys.argv[1])\n"
    "for _ in range(200):\n"
    "    lib._conn.execute(\"INSERT INTO operations (state, joins) VALUES ('dropped', 'probe 1')\")\n"
    "lib.close()\n"
)


def test_reopen_beside_child_processes_keeps_the_library_whole(tmp_path):
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    try:
        for _ in range(20):
            lib.reopen().close()  # a worker thread's connection, as the window's jobs open one
            subprocess.run([sys.executable, "-c", CHILD, str(path)], check=True)
            for _ in range(50):
                lib._conn.execute("INSERT INTO operations (state, joins) VALUES ('dropped', 'probe 2')")
        assert lib.integrity_check() == []
    finally:
        lib.close()
    with Library.open(path) as again:
        assert again.integrity_check() == []
        counts = dict(again._conn.execute("SELECT joins, count(*) FROM operations GROUP BY joins").fetchall())
    assert counts == {"probe 1": 20 * 200, "probe 2": 20 * 50}


def test_the_suite_refuses_python_opens_of_an_open_library(tmp_path):
    # The guard in tests/conftest.py: a test that would reintroduce the bug fails.
    import pytest

    path = tmp_path / "lib.sqlite"
    with Library.open(path):
        for name in (path, path.with_name("lib.sqlite-wal")):
            with pytest.raises(RuntimeError, match="outside SQLite"):
                open(name, "rb")
    with open(path, "rb") as f:  # closed: any program may read it
        assert f.read(16) == b"SQLite format 3\x00"


OPENER = (
    "import sys, time\n"
    "from quotedesk.store import Library\n"
    "while time.time() < float(sys.argv[2]):\n"
    "    time.sleep(0.001)\n"
    "with Library.open(sys.argv[1], timeout=30) as lib:\n"
    "    print(lib.schema_version, lib.integrity_check())\n"
)


def test_a_new_library_opened_by_several_processes_at_once(tmp_path):
    from quotedesk.store.migrations import latest_version
    import time

    for trial in range(3):
        path = tmp_path / f"new{trial}.sqlite"
        start = time.time() + 1.5  # every process imported and waiting, then all open at once
        procs = [subprocess.Popen([sys.executable, "-c", OPENER, str(path), str(start)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
        results = [p.communicate(timeout=120) for p in procs]
        failed = [err.strip().splitlines()[-3:] for p, (_, err) in zip(procs, results) if p.returncode]
        assert failed == [], failed
        assert {out.strip() for out, _ in results} == {f"{latest_version()} []"}
