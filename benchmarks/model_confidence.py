"""How far a trained model's confidence can be trusted: rules, model as stored before
calibrations (its ranker's probability stands), and the model with its calibration.

Usage: python benchmarks/model_confidence.py [--shared ../shared] [--folds 5] [--cache-dir DIR]

Trains the attribution model on PolNeAR train (``shared/eval/data``), fits its calibration by
cross-fitting on the same articles (``engine.learn.training.calibrate``), and prints, on PolNeAR
dev, the shared scorer's quote F1, attributed F1, ``auto_accept_at_0.98`` / ``0.95`` (the share
of quotes an editor could accept unread at that precision) and ``ece`` for each, plus the
calibration's weights and the time it took. Each text is parsed once (kept in memory). The
models are measured and thrown away, never stored or shipped.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (eval/data inside)")
    ap.add_argument("--folds", type=int, default=5, help="cross-fitting folds for the calibration")
    ap.add_argument("--train-articles", type=int, default=0, help="train on the first N (shuffled) articles only")
    ap.add_argument("--cache-dir", default="/tmp/quotedesk-features", help="parsed features, kept between runs")
    args = ap.parse_args(argv)

    from learning_curve import _parse_dev_once

    from methods import polnear_gold

    from quotedesk.engine.learn import training as learn

    train, dev = polnear_gold(args.shared, "model_confidence")
    if args.train_articles:
        random.Random(0).shuffle(train)
        train = train[: args.train_articles]
    _parse_dev_once()

    t = time.perf_counter()
    feats = learn.collect([a.text for a in train], cache_dir=args.cache_dir)
    model = learn.fit(learn.build_examples(train, feats), version="bench")
    print(f"model fitted on {len(train)} train articles: {time.perf_counter() - t:.0f} s")
    uncalibrated = replace(model)  # as stored before calibrations
    t = time.perf_counter()
    model.calibration = learn.calibrate(train, feats, folds=args.folds)
    print(f"calibration ({args.folds} folds): {time.perf_counter() - t:.0f} s; bias {model.calibration.bias:+.3f}, "
          + ", ".join(f"{k} {v:+.3f}" for k, v in sorted(model.calibration.weights.items())))

    print()
    print("| on PolNeAR dev | quote F1 | attributed F1 | auto-accept at 0.98 | at 0.95 | ECE |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, m in (("rules only", None), ("model, uncalibrated", uncalibrated), ("model, calibrated", model)):
        f = learn.evaluate(m, dev)
        c = f["confidence"]
        print(f"| {name} | {f['quotes_overlap']['f1']:.3f} | {f['attributed']['f1']:.3f} | "
              f"{c['auto_accept_at_0.98']:.3f} | {c['auto_accept_at_0.95']:.3f} | {c['ece']:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
