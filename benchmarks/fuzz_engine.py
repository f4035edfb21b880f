"""Fuzzing the engine for as long as asked, with the harness the tests run briefly.

Prints the documents tried, quotes found, failures (an exception or a broken promise: offsets
outside the text, parts out of order, a confidence that is not a probability, a record that is
not strict JSON) with the seed and index that reproduce each, and the slowest document's time
per character.

Usage: PYTHONPATH=desktop python benchmarks/fuzz_engine.py [--seconds 300] [--seed 0]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "desktop"))

from tests.fuzz_engine import fuzz  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    report = fuzz(seed=args.seed, seconds=args.seconds)
    print(f"seed {args.seed}, {args.seconds:.0f} s: {report.summary()}")
    for index, what in report.failures[:50]:
        print(f"  document {index}: {what}")


if __name__ == "__main__":
    main()
