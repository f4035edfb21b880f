"""Cross-validation of the trained attribution model against the rules, on one gold file.

Usage: python benchmarks/cross_validation.py [--shared ../shared] [--folds 5] [--no-dev] [--cache-dir DIR]

Cuts PolNeAR train (``shared/eval/data``) in ``--folds`` folds by hash of each article's text,
fits a model on the other folds and runs the engine with it on each fold's articles, and prints
per fold and overall the shared scorer's attributed F1 and speaker accuracy of the rules and of
the model, plus the share of matched quotes whose right speaker is among the candidates (the
ceiling of any ranker), and the gold quotes counted by whether the rules and the model give them
the right speaker (what the model fixes, what it breaks). Then, unless ``--no-dev``, the same
figures on PolNeAR dev for a model fitted on all of train. Each article is parsed once to
collect its features and once with its fold's model. The models are measured and thrown away,
never stored or shipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (eval/data inside)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-dev", action="store_true", help="skip the model fitted on all of train, scored on dev")
    ap.add_argument("--cache-dir", default="/tmp/quotedesk-features", help="parsed features, kept between runs")
    args = ap.parse_args(argv)

    from methods import polnear_gold

    from quotedesk.engine.learn import training as learn
    from quotedesk.engine.learn.scoring import score

    train, dev = polnear_gold(args.shared, "cross_validation")
    t = time.perf_counter()
    feats = learn.collect([a.text for a in train], cache_dir=args.cache_dir)
    print(f"features of {len(train)} articles: {time.perf_counter() - t:.0f} s (cached in {args.cache_dir})", flush=True)

    print()
    print("| fold | articles | gold quotes | reachable | rules attributed F1 | model attributed F1 | Δ | rules speaker acc | model speaker acc |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    rules_preds, model_preds, per_fold = {}, {}, []
    for fold in range(args.folds):
        test = [n for n, a in enumerate(train) if learn.fold_of(a, args.folds) == fold]
        rest = [n for n, a in enumerate(train) if learn.fold_of(a, args.folds) != fold]
        model = learn.fit(learn.build_examples([train[n] for n in rest], [feats[n] for n in rest]), version=f"cv-{fold}")
        held = learn.build_examples([train[n] for n in test], [feats[n] for n in test])
        preds = learn.predict([train[n].text for n in test], model, total=len(test))
        for n, p in zip(test, preds):
            rules_preds[train[n].id], model_preds[train[n].id] = feats[n].rules, p
        arts = [train[n] for n in test]
        per_fold.append(_row(str(fold), arts, held, score(arts, {a.id: feats[n].rules for a, n in zip(arts, test)}),
                             score(arts, {a.id: p for a, p in zip(arts, preds)})))
    _row("pooled", train, learn.build_examples(train, feats), score(train, rules_preds), score(train, model_preds))
    r, m = (sum(x) / len(per_fold) for x in zip(*per_fold))
    print(f"\nmean over {args.folds} folds: rules attributed F1 {r:.4f}, model {m:.4f} ({(m - r) * 100:+.2f} points)")
    both = _outcomes(train, rules_preds, model_preds)
    print(f"gold quotes by (rules, model) speaker right: both {both[True, True]}, model fixes {both[False, True]}, "
          f"model breaks {both[True, False]}, neither {both[False, False]}")

    if not args.no_dev:
        model = learn.fit(learn.build_examples(train, feats), version="all-train")
        dev_feats = learn.collect([a.text for a in dev], cache_dir=args.cache_dir)
        print()
        print("PolNeAR dev, model fitted on all of train:")
        _row("dev", dev, learn.build_examples(dev, dev_feats), score(dev, {a.id: f.rules for a, f in zip(dev, dev_feats)}),
             learn.evaluate(model, dev))
    return 0


def _outcomes(articles, rules: dict, model: dict) -> Counter:
    """Gold quotes counted by (rules right, model right), right as the scorer judges it."""
    from quotedesk.engine.learn.scoring import match, overlap, same_speaker, trim

    out: Counter = Counter()
    for art in articles:
        gold = [trim(art.text, q.start, q.end) for q in art.quotes]
        right = []
        for records in (rules[art.id], model[art.id]):
            pair = dict(match(gold, [trim(art.text, r["start"], r["end"]) for r in records], overlap))
            right.append({gi for gi, pi in pair.items() if same_speaker(art.quotes[gi], records[pi])})
        out.update((gi in right[0], gi in right[1]) for gi in range(len(art.quotes)))
    return out


def _row(name: str, articles, examples, rules: dict, model: dict) -> tuple[float, float]:
    """Print one table row; return the rules' and the model's attributed F1."""
    r, m = rules["attributed"]["f1"], model["attributed"]["f1"]
    reach = examples.reachable / examples.quotes if examples.quotes else 0.0
    print(f"| {name} | {len(articles)} | {rules['gold_quotes']} | {reach:.3f} | {r:.4f} | {m:.4f} | {(m - r) * 100:+.1f} | "
          f"{rules['speaker_accuracy']:.4f} | {model['speaker_accuracy']:.4f} |", flush=True)
    return r, m


if __name__ == "__main__":
    sys.exit(main())
