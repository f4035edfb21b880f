"""Benchmark of backups: how long a checked backup, a listing and a restore take on a large library.

Builds a library of synthetic articles with ``library_bench.build`` (10 quotes each), then times
``backup.take`` (copy through SQLite's backup API + integrity check + prune), ``list_backups`` and
``backup.restore`` (check the backup, back up the current state, copy it in), and how long a
second connection waits to write while a backup is being taken.

Usage: python benchmarks/backup_bench.py [--quotes 100000] [--library PATH]
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from library_bench import bench_library, build, disk_size  # noqa: E402

from quotedesk.store import Library, backup  # noqa: E402


def _seconds(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def write_wait_during_backup(path: Path) -> float:
    """The longest a write from another connection waited while a backup ran (ms)."""
    waits = []
    with Library.open(path) as lib:
        done = threading.Event()

        def writer():
            with Library.open(path) as other:
                qid = other.quotes(other.articles(limit=1)[0].id)[0].id
                while not done.is_set():
                    t0 = time.perf_counter()
                    other.set_status(qid, "verified", editor="bench")
                    other.set_status(qid, "proposed", editor="bench")
                    waits.append((time.perf_counter() - t0) / 2)
                    time.sleep(0.01)

        thread = threading.Thread(target=writer)
        thread.start()
        time.sleep(0.2)
        backup.take(lib)
        done.set()
        thread.join()
    return max(waits) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--library", type=Path, help="build here and keep it (default: a temporary file)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with bench_library(args.library) as path:
        print(f"building {args.quotes:,} quotes in {path}")
        build(path, args.quotes, random.Random(args.seed))
        print(f"library: {disk_size(path) / 2**20:,.1f} MB on disk")
        with Library.open(path) as lib:
            took, made = _seconds(lambda: backup.take(lib))
            print(f"backup.take (copy + integrity check + prune)   {took:7.2f} s  ({made.size / 2**20:,.1f} MB)")
            took, found = _seconds(lambda: backup.list_backups(path))
            print(f"list_backups ({len(found)})                            {took * 1000:7.1f} ms")
            took, _ = _seconds(lambda: backup.restore(lib, made.path))
            print(f"backup.restore (check + backup first + copy)   {took:7.2f} s")
        print(f"longest wait of another connection's write during a backup: {write_wait_during_backup(path):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
