"""Learning curve: how many corrected articles the attribution model needs to beat the rules.

Usage: python benchmarks/learning_curve.py [--shared ../shared] [--sizes 0,5,10,...] [--png docs/learning-curve.png]

Simulates an editor correcting training articles one by one (in a fixed shuffled order, from
the gold file: each corrected article is one gold article), trains a model on the first N,
and measures it on the held-out development articles with the shared scorer's figures
(computed in-process, same definitions as ``eval/score.py``). N = 0 is the rules alone.
Prints the table, the training time and model size, how many articles it takes to beat the
rules by 3 points of attributed F1, and plots the curve when matplotlib is installed
(``pip install -e .[bench]``).

The corpus (PolNeAR, in the shared folder) is for development and evaluation only: the models
trained here are measured and thrown away, never stored or shipped.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

DEFAULT_SIZES = "0,5,10,20,50,100,200,400,840"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (eval/data inside)")
    ap.add_argument("--train", help="gold JSONL to learn from (default: PolNeAR train in the shared folder)")
    ap.add_argument("--dev", help="held-out gold JSONL (default: PolNeAR dev in the shared folder)")
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help="numbers of corrected articles to train on")
    ap.add_argument("--seed", type=int, default=0, help="order in which the editor corrects the articles")
    ap.add_argument("--cache-dir", default="/tmp/quotedesk-features", help="parsed features, kept between runs")
    ap.add_argument("--png", default=str(ROOT / "docs" / "learning-curve.png"), help="plot here ('' for none)")
    args = ap.parse_args(argv)

    from quotedesk.engine.learn import training as learn
    from quotedesk.engine.learn.scoring import read_gold

    data = Path(args.shared) / "eval" / "data"
    train_path = Path(args.train) if args.train else data / "polnear-train.jsonl"
    dev_path = Path(args.dev) if args.dev else data / "polnear-dev.jsonl"
    if not train_path.exists() or not dev_path.exists():
        print(f"learning_curve: gold files not found ({train_path}, {dev_path})", file=sys.stderr)
        return 2
    train = read_gold(train_path)
    dev = read_gold(dev_path)
    random.Random(args.seed).shuffle(train)
    sizes = sorted({min(int(s), len(train)) for s in args.sizes.split(",") if s.strip()})

    t0 = time.perf_counter()
    feats = learn.collect([a.text for a in train[: max(sizes)]], cache_dir=args.cache_dir)
    print(f"features of {len(feats)} training articles: {time.perf_counter() - t0:.0f} s (cached in {args.cache_dir})")

    _parse_dev_once()
    rows = []
    for n in sizes:
        t = time.perf_counter()
        if n == 0:
            model, fit_s, size = None, 0.0, 0
            n_quotes = 0
        else:
            examples = learn.build_examples(train[:n], feats[:n])
            model = learn.fit(examples, version=f"curve-{n}")
            fit_s = time.perf_counter() - t
            size = len(model.to_bytes())
            n_quotes = examples.quotes
        figures = learn.evaluate(model, dev)
        rows.append({
            "articles": n, "quotes": n_quotes, "attributed_f1": figures["attributed"]["f1"],
            "speaker_accuracy": figures["speaker_accuracy"], "quote_f1": figures["quotes_overlap"]["f1"],
            "fit_s": fit_s, "model_kb": size / 1024,
        })
        r = rows[-1]
        print(f"  {n:4d} articles: attributed F1 {r['attributed_f1']:.4f}  speaker acc {r['speaker_accuracy']:.4f}  "
              f"quote F1 {r['quote_f1']:.4f}  (fit {fit_s:.1f} s, {r['model_kb']:.0f} KiB)", flush=True)

    base = rows[0] if rows[0]["articles"] == 0 else None
    print()
    print("| corrected articles | training quotes | attributed F1 | speaker accuracy | quote F1 | vs rules |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        delta = f"{(r['attributed_f1'] - base['attributed_f1']) * 100:+.1f}" if base else ""
        label = "0 (rules)" if r["articles"] == 0 else str(r["articles"])
        print(f"| {label} | {r['quotes']} | {r['attributed_f1']:.3f} | {r['speaker_accuracy']:.3f} | "
              f"{r['quote_f1']:.3f} | {delta} |")
    if base:
        beat = next((r["articles"] for r in rows if r["articles"] and r["attributed_f1"] >= base["attributed_f1"] + 0.03), None)
        print()
        if beat is None:
            print("no training size here beats the rules by 3 points of attributed F1")
        else:
            print(f"{beat} corrected articles beat the rules by 3 points of attributed F1 "
                  f"(first size tried at or above +3.0)")
    if args.png:
        plot(rows, Path(args.png), train_path.stem, dev_path.stem)
    return 0


def _parse_dev_once() -> None:
    """Keep the parses of the texts analysed here, so each size re-attributes but never re-parses.

    The model changes attribution, not the parse, so the held-out articles' parses can be
    reused from one training size to the next (benchmark only: the engine always parses).
    """
    from quotedesk.engine.pipeline import load_nlp

    nlp = load_nlp()
    base = type(nlp).pipe
    parses: dict[str, object] = {}

    def pipe(stream, as_tuples=False, batch_size=16, **kw):
        if not as_tuples:
            return base(nlp, stream, batch_size=batch_size, **kw)

        def run():
            items = list(stream)
            todo = [t for t, _ in items if t not in parses]
            for t, doc in zip(todo, base(nlp, todo, batch_size=batch_size)):
                parses[t] = doc
            for t, ctx in items:
                yield parses[t], ctx

        return run()

    nlp.pipe = pipe


def plot(rows: list[dict], path: Path, train_name: str, dev_name: str) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot (pip install -e .[bench])", file=sys.stderr)
        return
    model_rows = [r for r in rows if r["articles"] > 0]
    base = next((r for r in rows if r["articles"] == 0), None)
    xs = [r["articles"] for r in model_rows]
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.8), dpi=110)
    for ax, key, title in ((axes[0], "attributed_f1", "attributed F1"), (axes[1], "speaker_accuracy", "speaker accuracy")):
        ax.plot(xs, [r[key] for r in model_rows], "o-", color="#1f5fa8", label="trained model")
        if base:
            ax.axhline(base[key], color="#c0392b", lw=1.2, ls="--", label="rules only")
            if key == "attributed_f1":
                ax.axhline(base[key] + 0.03, color="#7f8c8d", lw=0.8, ls=":", label="rules + 3 points")
        ax.set_xscale("log")
        ax.set_xlabel("corrected articles")
        ax.set_title(f"{title} on held-out {dev_name}", fontsize=10)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="lower right", fontsize=8)
    fig.suptitle(f"QuoteDesk: retraining from corrections ({train_name}, in order)", fontsize=11)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    print(f"plot: {path}")


if __name__ == "__main__":
    sys.exit(main())
