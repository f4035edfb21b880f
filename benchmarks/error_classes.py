"""The engine's errors on the shared gold, counted by class.

Usage: python benchmarks/error_classes.py [--shared ../shared] [--cache DIR] [--split train|dev]

Runs the engine (rules only, parses kept in ``--cache DIR``: see ``benchmarks/methods.py``) on
the PolNeAR splits, matches its quotes to the gold ones as the shared scorer does, and counts
each error once, in the first class that fits:

- missed: a gold quote no predicted quote matches; spurious: a predicted quote no gold one does;
- of the matched quotes whose speaker the scorer counts wrong:
  - gold marks no speaker: the annotators named nobody, the engine did;
  - no speaker: the engine named nobody, the annotators did;
  - same person, other mention: the engine's speaker shares a name word with the gold mention
    ("George W. Bush" for gold "Mr. Bush"), but its mention is another one (a scorer artefact:
    PolNeAR marks mentions, not people);
  - a fragment's wrong speaker / a whole quote's wrong speaker (gold kind partial / direct).
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from methods import load_scorer, predict  # benchmarks/methods.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
CLASSES = ("a fragment's wrong speaker", "a whole quote's wrong speaker", "same person, other mention",
           "no speaker", "gold marks no speaker", "missed", "spurious")


def classify(S, gold: dict, pred: dict) -> collections.Counter:
    counts = collections.Counter()
    for doc_id, g in gold.items():
        text, gq = g["text"], g.get("quotes") or []
        pq = (pred.get(doc_id) or {}).get("quotes") or []
        pair = dict(S.match([S.trim(text, q["start"], q["end"]) for q in gq],
                            [S.trim(text, q["start"], q["end"]) for q in pq], S.overlap))
        counts["missed"] += len(gq) - len(pair)
        counts["spurious"] += len(pq) - len(pair)
        for gi, pi in pair.items():
            gold_q, pred_q = gq[gi], pq[pi]
            if S.same_speaker(gold_q, pred_q):
                continue
            mentions = gold_q.get("speaker_mentions") or []
            gold_words = set().union(*(S.name_tokens(text[a:b]) for a, b in mentions)) if mentions else set()
            if not mentions and not gold_q.get("speaker"):
                counts["gold marks no speaker"] += 1
            elif not pred_q.get("speaker") and not pred_q.get("speaker_mentions"):
                counts["no speaker"] += 1
            elif gold_words & S.name_tokens(pred_q.get("speaker")):
                counts["same person, other mention"] += 1
            elif gold_q.get("kind") == "partial":
                counts["a fragment's wrong speaker"] += 1
            else:
                counts["a whole quote's wrong speaker"] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, help="keep the parses in DIR (e.g. /tmp/quotedesk-parses)")
    ap.add_argument("--split", action="append", choices=("train", "dev"), help="PolNeAR split (default: both)")
    args = ap.parse_args()
    S = load_scorer(args.shared)
    splits = args.split or ["train", "dev"]
    table = {}
    for split in splits:
        path = args.shared / "eval" / "data" / f"polnear-{split}.jsonl"
        table[split] = classify(S, S.load(str(path)), predict(path, args.cache))
    print(f"| error class | {' | '.join(splits)} |")
    print(f"|---|{'---:|' * len(splits)}")
    for c in CLASSES:
        print(f"| {c} | {' | '.join(str(table[s][c]) for s in splits)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
