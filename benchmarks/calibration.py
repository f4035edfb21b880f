"""How far the engine's confidence can be trusted, printed as figures.

Usage: python benchmarks/calibration.py [--shared ../shared] [--cache DIR]

Runs the engine (rules only, as ``quotedesk extract``) on PolNeAR train and dev (with
``--cache DIR``, on parses kept there: see ``benchmarks/methods.py``), scores each predicted quote with the shared scorer (right = a real quote AND its speaker right),
and prints:
- per piece of evidence (``quotedesk.engine.confidence.TABLE`` keys): how many quotes carry it,
  how often they are right, and the table's log-odds for it: the check of the hand-set table;
- reliability by confidence decile;
- the scorer's confidence figures (``auto_accept_at_0.98``, ``ece``) for the table as shipped, and
  the range the ECE takes over 1,000 resamplings of the split's articles (how much of it is
  the luck of which articles a split of that size holds).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
from pathlib import Path

from methods import load_scorer, predict  # benchmarks/methods.py, beside this script

from quotedesk.engine.confidence import TABLE

ROOT = Path(__file__).resolve().parents[1]


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {str(d["id"]): d for d in map(json.loads, fh) if d}


def judged(S, gold: dict, pred: dict) -> dict[str, list[tuple[dict, bool]]]:
    """Every predicted quote with whether the scorer counts it right, by article."""
    out = {}
    for doc_id, g in gold.items():
        text, gq = g["text"], g.get("quotes") or []
        pq = (pred.get(doc_id) or {}).get("quotes") or []
        gs = [S.trim(text, q["start"], q["end"]) for q in gq]
        ps = [S.trim(text, q["start"], q["end"]) for q in pq]
        pair = dict(S.match(gs, ps, S.overlap))
        right = {pi for gi, pi in pair.items() if S.same_speaker(gq[gi], pq[pi])}
        out[doc_id] = [(q, pi in right) for pi, q in enumerate(pq)]
    return out


def ece_interval(S, by_doc: dict[str, list[tuple[dict, bool]]], rounds: int = 1000) -> tuple[float, float]:
    """The middle 95% of the ECE over samples of as many articles, drawn with replacement: how
    much of a split's ECE is the luck of which articles it holds."""
    rng = random.Random(0)
    docs = list(by_doc.values())
    eces = sorted(
        S.confidence_figures([(q["confidence"], ok) for d in rng.choices(docs, k=len(docs)) for q, ok in d])["ece"]
        for _ in range(rounds)
    )
    return eces[int(rounds * 0.025)], eces[int(rounds * 0.975) - 1]


def report(S, name: str, by_doc: dict[str, list[tuple[dict, bool]]]) -> None:
    rows = [row for d in by_doc.values() for row in d]
    print(f"\n## {name}: {len(rows)} predicted quotes, {sum(ok for _, ok in rows) / len(rows):.3f} right")
    sure = [ok for q, ok in rows if q["confidence"] >= 0.97]
    print(f"at confidence >= 0.97: {len(sure) / len(rows):.1%} of quotes, {sum(sure) / max(1, len(sure)):.1%} right")
    by_key = collections.defaultdict(lambda: [0, 0])
    for q, ok in rows:
        for k in q.get("evidence") or []:
            by_key[k][0] += 1
            by_key[k][1] += ok
    print(f"{'evidence':28} {'quotes':>7} {'right':>6} {'table':>6}")
    for k, (n, ok) in sorted(by_key.items()):
        print(f"{k:28} {n:7d} {ok / n:6.3f} {TABLE.get(k, 0.0):+6.2f}")
    bins = collections.defaultdict(lambda: [0, 0, 0.0])
    for q, ok in rows:
        b = min(int(q["confidence"] * 10), 9)
        bins[b][0] += 1
        bins[b][1] += ok
        bins[b][2] += q["confidence"]
    print(f"\n{'confidence':12} {'quotes':>7} {'mean':>6} {'right':>6}")
    for b in sorted(bins):
        n, ok, c = bins[b]
        print(f"{b / 10:.1f}-{(b + 1) / 10:.1f}      {n:7d} {c / n:6.3f} {ok / n:6.3f}")
    print("\nscorer:", S.confidence_figures([(q["confidence"], ok) for q, ok in rows]))
    low, high = ece_interval(S, by_doc)
    print(f"ece over resampled articles: 95% between {low:.4f} and {high:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, help="keep the parses in DIR (e.g. /tmp/quotedesk-parses)")
    args = ap.parse_args()
    S = load_scorer(args.shared)
    data = args.shared / "eval" / "data"
    for split in ("train", "dev"):
        gold_path = data / f"polnear-{split}.jsonl"
        report(S, f"PolNeAR {split}", judged(S, _load(gold_path), predict(gold_path, args.cache)))


if __name__ == "__main__":
    main()
