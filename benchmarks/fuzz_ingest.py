"""Fuzzing the readers (``quotedesk.ingest``) for as long as asked, with the harness the tests run briefly.

Prints the inputs tried, articles read, refusals (an ``InputError``: expected), crashes (anything
else, or an article the importer could not use) with the seed and index that reproduce each, and
the slowest input's time per byte.

Usage: PYTHONPATH=desktop python benchmarks/fuzz_ingest.py [--seconds 300] [--seed 0] [--save DIR]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "desktop"))

from tests.fuzz_ingest import fuzz, make_input  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="write each crashing input here")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        report = fuzz(Path(folder), seed=args.seed, seconds=args.seconds)
    print(f"seed {args.seed}, {args.seconds:.0f} s: {report.summary()}")
    for crash in report.crashes:
        print(f"  crash: input {crash.index} ({crash.suffix or 'no suffix'}): {crash.error}")
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            suffix, data = make_input(crash.seed, crash.index)
            (args.save / f"crash-{crash.seed}-{crash.index}{suffix}").write_bytes(data)
    sys.exit(1 if report.crashes else 0)


if __name__ == "__main__":
    main()
