"""Time and peak memory of the engine on pathological input, printed as figures.

Usage: python benchmarks/pathological_bench.py [--shared ../shared] [--news-mb 5] [--case NAME]

Each input runs in a fresh process (so its peak memory is its own) at two sizes, n and 4n; a
growth near 4x is linear, 16x quadratic. The inputs are the ones issue 12 reported: runs of
alternating quote marks, double quotes with single ones inside (the engine's own pairing), a
single paragraph over spaCy's million-character limit, and a long news article (the shared
PolNeAR texts, or the sample article, end to end).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = 'Mayor Ana Ruiz spoke to the council on Monday. "We will fix every road," she said. '


def news(n: int, shared: Path) -> str:
    gold = shared / "eval" / "data" / "polnear-dev.jsonl"
    if gold.exists():
        texts = [json.loads(line)["text"] for line in gold.open(encoding="utf-8")]
    else:
        texts = [(ROOT / "resources" / "samples" / "voa-kerry-coalition.txt").read_text(encoding="utf-8")]
    out = "\n\n".join(texts)
    return ("\n\n".join([out] * (n // len(out) + 1)))[:n]


# name -> (function, text of about n characters, n)
CASES = {
    "curly-pairs": ("analyze", lambda n, _s: ("“”" * n)[:n], 100_000),
    "mixed-marks": ("analyze", lambda n, _s: ("“”‘’«»\"'" * n)[:n], 50_000),
    "pairing": ("find_quotes", lambda n, _s: ('"a \'b\' c" ' * n)[:n], 128_000),
    "pairing-analyzed": ("analyze", lambda n, _s: ('"a \'b\' c" ' * n)[:n], 32_000),
    "one-paragraph": ("analyze", lambda n, _s: (SENTENCE * (n // len(SENTENCE) + 1))[:n], 300_000),
    "news": ("analyze", news, 1_250_000),
}


def run_one(name: str, n: int, shared: Path) -> None:
    from quotedesk.engine import analyze, load_nlp
    from quotedesk.engine.marks import find_quotes

    func, make, _ = CASES[name]
    run = {"analyze": analyze, "find_quotes": find_quotes}[func]
    load_nlp()
    text = make(n, shared)
    t0 = time.perf_counter()
    found = len(run(text))
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "quotes": found, "seconds": seconds, "peak_mb": peak}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--news-mb", type=float, default=5.0, help="size of the long article at 4n")
    ap.add_argument("--case", choices=sorted(CASES), action="append", help="only these inputs")
    ap.add_argument("--one", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.one:
        run_one(args.one[0], int(args.one[1]), shared)
        return
    CASES["news"] = (*CASES["news"][:2], int(args.news_mb * 1_000_000 / 4))
    print(f"{'input':18} {'chars':>10} {'quotes':>7} {'seconds':>8} {'peak MB':>8} {'µs/char':>8}  growth")
    for name in args.case or CASES:
        first = None
        for n in (CASES[name][2], 4 * CASES[name][2]):
            out = subprocess.run(
                [sys.executable, __file__, "--shared", str(shared), "--one", name, str(n)],
                check=True, capture_output=True, text=True,
            )
            r = json.loads(out.stdout.splitlines()[-1])
            growth = f"{r['seconds'] / first:5.1f}x" if first else ""
            first = first or r["seconds"]
            per_char = 1e6 * r["seconds"] / max(1, r["chars"])
            print(f"{name:18} {r['chars']:10} {r['quotes']:7} {r['seconds']:8.2f} {r['peak_mb']:8.0f} {per_char:8.2f}  {growth}", flush=True)


if __name__ == "__main__":
    main()
