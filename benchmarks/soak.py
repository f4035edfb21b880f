"""Soak: the window, worker threads, importing and re-analysing children (some killed with SIGKILL)
and a second window, all on one library file, for many rounds; then the figures.

Usage: python benchmarks/soak.py [--rounds 500] [--seconds N] [--seed N] [--workdir DIR]

The driver is ``tests/soak.py`` (its docstring says what a round does and what is checked);
``tests/services/test_soak.py`` runs it for about a minute. Prints progress at every check and
the totals: rounds, children and kills, operations, integrity problems, lost corrections, lost
or half-stored articles. Exit code 1 when anything was lost.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]


def main(argv: list[str] | None = None) -> int:
    from tests.soak import run_soak

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=500)
    ap.add_argument("--seconds", type=float, help="stop after this long, even before --rounds")
    ap.add_argument("--seed", type=int, default=random.randrange(1 << 32))
    ap.add_argument("--workdir", help="keep the library, journals and child logs here (default: a temporary folder)")
    ap.add_argument("--check-every", type=int, default=10, help="rounds between checks in another process")
    ap.add_argument("--real-every", type=int, default=8, help="rounds between runs of the real engine (spaCy)")
    args = ap.parse_args(argv)

    def progress(report) -> None:
        if report.rounds % args.check_every == 0:
            print(f"  {report.rounds} rounds, {report.seconds:.0f} s, {report.kills} killed, "
                  f"library {report.counts}", flush=True)

    with tempfile.TemporaryDirectory(prefix="quotedesk-soak-") as tmp:
        workdir = Path(args.workdir or tmp)
        print(f"soak: seed {args.seed}, library in {workdir}", flush=True)
        report = run_soak(workdir, seed=args.seed, rounds=args.rounds, seconds=args.seconds,
                          check_every=args.check_every, real_every=args.real_every, progress=progress)
    print(report.summary())
    for kind in ("integrity", "lost_corrections", "lost_articles", "half_stored", "state", "children", "worker",
                 "refusals"):
        print(f"  {kind}: {len(report.problems.get(kind, []))}")
    for line in report.problem_lines()[:20]:
        print("   ", line[:2000])
    return 1 if report.problem_lines() else 0


if __name__ == "__main__":
    sys.exit(main())
