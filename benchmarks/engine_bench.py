"""Accuracy and speed of the quote engine, printed as figures.

Usage: python benchmarks/engine_bench.py [--shared ../shared] [--repeat 3]

Accuracy: runs ``quotedesk extract`` on the shared gold files and scores them with the shared
scorer (``eval/score.py``). Speed: in one process, times a bare spaCy parse of the same
articles (``nlp.pipe`` with the same model and batch size) against the whole ``extract`` path
(read, find quotes, parse, attribute, write JSONL), and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def score(shared: Path, gold: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        subprocess.run([sys.executable, "-m", "quotedesk", "extract", str(gold), "-o", str(pred), "--no-text"], check=True)
        out = subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), str(gold), str(pred), "--json"],
            check=True, capture_output=True, text=True,
        )
    return json.loads(out.stdout)


def speed(gold: Path, repeat: int) -> tuple[float, float, int, int]:
    from quotedesk.cli.extract import article_record
    from quotedesk.engine import analyze_many, load_nlp
    from quotedesk.engine.pipeline import MODEL_PACKAGES
    from quotedesk.ingest import read_path

    import spacy

    articles = list(read_path(gold))
    texts = [a.text for a in articles]
    load_nlp()
    bare_nlp = None
    for pkg in MODEL_PACKAGES:
        try:
            bare_nlp = spacy.load(pkg)
            break
        except OSError:
            continue
    words = sum(len(t.split()) for t in texts)
    bare, ours = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _doc in bare_nlp.pipe(texts, batch_size=16):
            pass
        bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with tempfile.TemporaryFile("w") as out:
            arts = list(read_path(gold))
            for art, an in zip(arts, analyze_many(a.text for a in arts)):
                out.write(json.dumps(article_record(art, an, with_text=True, include_non_speech=False)) + "\n")
        ours.append(time.perf_counter() - t0)
    return min(bare), min(ours), len(texts), words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    shared = Path(args.shared)
    golds = [shared / "eval" / "seed-gold.jsonl", shared / "eval" / "data" / "polnear-dev.jsonl"]
    golds = [g for g in golds if g.exists()]
    if not golds:
        print(f"no gold files under {shared}/eval: nothing to measure", file=sys.stderr)
        return 1
    print(f"{'gold':<22}{'quote F1':>10}{'P':>8}{'R':>8}{'speaker':>10}{'attr F1':>10}")
    for g in golds:
        r = score(shared, g)
        q = r["quotes_overlap"]
        print(f"{g.stem:<22}{q['f1']:>10.3f}{q['precision']:>8.3f}{q['recall']:>8.3f}{r['speaker_accuracy']:>10.3f}{r['attributed']['f1']:>10.3f}")
    bare, ours, n, words = speed(golds[-1], args.repeat)
    print(f"\nspeed on {golds[-1].name}: {n} articles, {words} words (best of {args.repeat})")
    print(f"  bare spaCy parse   {bare:7.2f} s  ({words / bare:,.0f} words/s)")
    print(f"  quotedesk extract  {ours:7.2f} s  ({words / ours:,.0f} words/s)")
    print(f"  ratio extract/bare {ours / bare:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
