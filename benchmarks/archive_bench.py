"""Archive extraction speed: articles/s against workers, CPU-seconds per article, start-up, memory.

Runs ``quotedesk extract IN --workers K`` as whole processes, alternating the worker counts
round by round (so a slow moment of the machine hits all alike), and checks that every run
wrote the same bytes. Prints min and median wall time per worker count, the speed-up over one
worker, the start-up cost (the same command on one article), the CPU-seconds per article spent
in the partitions' tasks and in the whole process tree (start-up and Dask included), the
workers' peak memory, and what 10 million articles would take on 64 cores.

    python benchmarks/archive_bench.py                 # 400 PolNeAR train articles, 3 rounds
    python benchmarks/archive_bench.py --input news.jsonl --articles 1000 --workers 1 2 --rounds 5

Without ``--input`` it reads ``../shared/eval/data/polnear-train.jsonl`` (development data, never
copied into the project).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]
POLNEAR = TOP.parent / "shared" / "eval" / "data" / "polnear-train.jsonl"
SUMMARY = re.compile(r"([\d,]+) articles, .*\(([\d.]+) articles/s, ([\d.]+) CPU-s per article\)"
                     r"(?:; peak memory per worker ([\d,]+) MB)?")


def pool_child(inp: str, out: str, workers: int) -> int:
    """The same partitions through a plain process pool (concurrent.futures), for comparison:
    no cluster path and no recovery from a dying worker, but the least overhead there is."""
    from concurrent.futures import ProcessPoolExecutor
    from itertools import repeat

    from quotedesk.archive import partitions
    from quotedesk.archive.run import Summary, _concatenate
    from quotedesk.archive.work import Options

    files = partitions.input_files([inp])
    plan = list(partitions.plan(files, size=partitions.partition_bytes(partitions.total_bytes(files), workers)))
    parts = Path(tempfile.mkdtemp(dir=Path(out).parent))
    summary = Summary()
    started = time.perf_counter()
    with ProcessPoolExecutor(workers, initializer=_pool_init) as pool:
        for r in pool.map(_pool_run, plan, repeat(Options(str(parts), "jsonl"))):
            summary.articles += r.articles
            summary.quotes += r.quotes
            summary.cpu_seconds += r.cpu_seconds
            summary.peak_worker_mb = max(summary.peak_worker_mb, r.peak_mb)
    summary.seconds = time.perf_counter() - started
    _concatenate(parts, plan, Path(out))
    print(f"quotedesk: {summary.line()}", file=sys.stderr)
    return 0


_ENGINE = None


def _pool_init() -> None:
    global _ENGINE
    from quotedesk.archive.work import Engine

    _ENGINE = Engine()


def _pool_run(partition, options):
    from quotedesk.archive.work import run_partition

    return run_partition(partition, options, _ENGINE)


def run(inp: Path, out: Path, workers: int | str | None) -> tuple[float, float, float, float]:
    """Wall seconds, CPU-seconds per article in the workers' tasks, peak MB per worker, and the
    CPU-seconds of the whole process tree (driver, scheduler, nannies, workers) of one run."""
    cmd = [sys.executable, "-m", "quotedesk.cli", "extract", str(inp), "-o", str(out)]
    if isinstance(workers, str):  # "pool-N"
        cmd = [sys.executable, __file__, "--pool-child", str(inp), str(out), workers.split("-")[1]]
    elif workers is not None:
        cmd += ["--workers", str(workers)]
    else:
        cmd += ["--partition-kb", "100000"]  # in this process, through the same partition code
    env = {**os.environ, "PYTHONPATH": str(TOP / "desktop")}
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    tree = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if result.returncode != 0:
        sys.exit(f"archive_bench: {' '.join(cmd)} failed:\n{result.stderr}")
    m = SUMMARY.search(result.stderr.splitlines()[-1])
    return wall, float(m.group(3)), float((m.group(4) or "0").replace(",", "")), tree


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, default=POLNEAR, help="a JSON Lines file of {id, text} articles")
    ap.add_argument("--articles", type=int, default=400, help="how many of its articles (default 400)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare (default 1 2)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--core-hour-usd", type=float, default=0.04,
                    help="price of one core for an hour, for the projection (default 0.04, on-demand cloud)")
    ap.add_argument("--pool", action="store_true", help="also run a plain process pool of the largest worker count")
    ap.add_argument("--pool-child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.pool_child:
        return pool_child(args.pool_child[0], args.pool_child[1], int(args.pool_child[2]))
    if not args.input.exists():
        sys.exit(f"archive_bench: {args.input} not found; give --input FILE.jsonl")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lines = args.input.read_text(encoding="utf-8").splitlines()[: args.articles]
        inp, one = tmp / "in.jsonl", tmp / "one.jsonl"
        inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        one.write_text(lines[0] + "\n", encoding="utf-8")
        print(f"{len(lines)} articles, {inp.stat().st_size / 2**20:.1f} MB, {os.cpu_count()} cores, "
              f"{args.rounds} rounds alternated")

        counts: list[int | str | None] = [None, *args.workers] + ([f"pool-{max(args.workers)}"] if args.pool else [])
        walls = {k: [] for k in counts}
        cpu = {k: [] for k in counts}
        peak = {k: [] for k in counts}
        tree = {k: [] for k in counts}
        startup = {}
        outputs = set()
        for k in args.workers:
            startup[k] = run(one, tmp / "one-out.jsonl", k)[0]
        for _ in range(args.rounds):
            for k in counts:
                out = tmp / f"out-{k}.jsonl"
                w, c, p, t = run(inp, out, k)
                walls[k].append(w)
                tree[k].append(t / len(lines))
                cpu[k].append(c)
                peak[k].append(p)
                outputs.add(out.read_bytes())

        print(f"identical output in every run: {'yes' if len(outputs) == 1 else 'NO'}")
        base = statistics.median(walls[args.workers[0]])
        print(f"{'workers':>8} {'min s':>8} {'median s':>9} {'articles/s':>11} {'speed-up':>9} "
              f"{'CPU-s/article':>14} {'all CPU-s/art.':>15} {'peak MB/worker':>15} {'start-up s':>11}")
        for k in counts:
            med = statistics.median(walls[k])
            print(f"{k or 'none':>8} {min(walls[k]):8.1f} {med:9.1f} {len(lines) / med:11.2f} "
                  f"{base / med:8.2f}x {statistics.median(cpu[k]):14.3f} {statistics.median(tree[k]):15.3f} {max(peak[k]):15.0f} "
                  f"{startup.get(k, float('nan')):11.1f}")
        per_article = statistics.median(cpu[max(args.workers)])
        hours = 10_000_000 * per_article / 64 / 3600
        print(f"10 million articles on 64 cores at {per_article:.3f} CPU-s per article: {hours:.1f} h, "
              f"about ${hours * 64 * args.core_hour_usd:,.0f} at ${args.core_hour_usd}/core-hour")
    return 0


if __name__ == "__main__":
    sys.exit(main())
