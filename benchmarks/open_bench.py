"""Benchmark of opening a library: what every window, CLI command and worker thread pays.

Times ``Library.open`` + ``close`` on a library, and within it the check for
database objects QuoteDesk did not create (read the schema, compare with what the migrations
make), plus the one-off cost per process of building that expected schema in memory.

Usage: python benchmarks/open_bench.py [--opens 500]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from quotedesk.store import Library, migrations


def _times(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opens", type=int, default=500)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lib.sqlite"
        Library.open(path).close()  # the schema alone: what the check reads
        migrations.expected_objects.cache_clear()
        t = time.perf_counter()
        migrations.expected_objects(migrations.latest_version())
        build = time.perf_counter() - t
        opens = _times(lambda: Library.open(path).close(), args.opens)
        with Library.open(path) as lib:
            def check() -> None:
                version, objects = lib.connection._schema()
                migrations.foreign_objects(objects, version)
            checks = _times(check, args.opens * 4)
    n = len(opens)
    print(f"open + close of a library ({n} times):   median {statistics.median(opens) * 1e3:6.2f} ms, "
          f"p90 {opens[int(n * 0.9)] * 1e3:6.2f} ms")
    n = len(checks)
    print(f"  of which the foreign-object check:    median {statistics.median(checks) * 1e3:6.3f} ms, "
          f"p90 {checks[int(n * 0.9)] * 1e3:6.3f} ms")
    print(f"expected schema, built once per process: {build * 1e3:6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
