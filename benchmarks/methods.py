"""How each attribution method fares on the shared gold: quotes found, and speakers right.

Usage: python benchmarks/methods.py [--shared ../shared] [--split dev] [--split train]

Runs the engine (rules only) on the PolNeAR splits under ``shared/eval/data`` and matches its
quote records to the gold ones the way the shared scorer (``eval/score.py``) does. Per method
(the sieve or article-wide step that found the speaker, ``core.model.Method``) it prints:
``n`` predicted quote records; ``real`` the share that match a gold quote; ``speaker`` the
share of those whose speaker is right (the scorer's speaker accuracy, restricted to the
method); ``right`` the share of all its records that are real and rightly attributed (what a
calibrated confidence should say); ``conf`` the mean confidence the engine gives them now.
The ``all`` row reproduces the scorer's speaker accuracy.

Parsing is the slow part: ``--cache DIR`` keeps the parses (spaCy ``DocBin`` files, one per
gold file, without the tensors only a trained model reads) so a change to the rules or the
confidence table is measured in seconds; chunks whose text changed are parsed again.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def polnear_gold(shared: str | Path, who: str):
    """PolNeAR train and dev from the shared folder, read as gold articles; exits saying which is missing."""
    from quotedesk.engine.learn.scoring import read_gold

    data = Path(shared) / "eval" / "data"
    paths = data / "polnear-train.jsonl", data / "polnear-dev.jsonl"
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.exit(f"{who}: gold files not found ({', '.join(missing)})")
    return tuple(read_gold(p) for p in paths)


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_key() -> str:
    """What the engine's parses depend on (model, version, components by name and the source of
    the engine's own): a cache made by another pipeline is another file, never read as this one's."""
    import inspect

    from quotedesk.engine import components, load_nlp

    nlp = load_nlp()
    what = [nlp.meta.get("name", ""), nlp.meta.get("version", ""), *nlp.pipe_names, inspect.getsource(components)]
    return hashlib.sha1("\n".join(what).encode()).hexdigest()[:10]


class CachedParser:
    """The engine's spaCy pipeline behind a cache of its parses kept in a ``DocBin`` file."""

    def __init__(self, path: Path):
        from spacy.tokens import DocBin

        from quotedesk.engine import load_nlp

        self.nlp, self.path = load_nlp(), path
        self.docs = {}
        if path.exists():
            self.docs = {d.text: d for d in DocBin().from_disk(path).get_docs(self.nlp.vocab)}
        self.parsed = 0

    def pipe(self, batch, *, as_tuples: bool, batch_size: int):
        """``nlp.pipe(batch, as_tuples=True)``, parsing only the texts not in the cache."""
        todo = [t for t, _ in batch if t not in self.docs]
        for doc in self.nlp.pipe(todo, batch_size=batch_size):
            doc.tensor = None
            self.docs[doc.text] = doc
        self.parsed += len(todo)
        return ((self.docs[t], ctx) for t, ctx in batch)

    def save(self) -> None:
        from spacy.tokens import DocBin

        if self.parsed:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=self.docs.values()).to_disk(self.path)


def predict(gold: Path, cache: Path | None = None) -> dict[str, dict]:
    """The engine's scorer-format rows for the gold articles, by id (parses kept in ``cache``)."""
    from quotedesk.cli.extract import article_record
    from quotedesk.engine import analyze_many
    from quotedesk.ingest import read_path

    nlp = CachedParser(cache / f"{gold.stem}-{parse_key()}.spacy") if cache else None
    articles = list(read_path(gold))
    rows = (article_record(a, an, with_text=False, include_non_speech=False)
            for a, an in zip(articles, analyze_many((a.text for a in articles), nlp=nlp)))
    out = {str(r["id"]): r for r in rows}
    if nlp is not None:
        nlp.save()
    return out


def by_method(scorer, gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, list[float]]:
    """method -> [records, matching a gold quote, of those with the right speaker, confidence sum]."""
    stats: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])
    for doc_id, g in gold.items():
        text = g["text"]
        gq = g.get("quotes") or []
        pq = (pred.get(doc_id) or {}).get("quotes") or []
        gs = [scorer.trim(text, q["start"], q["end"]) for q in gq]
        ps = [scorer.trim(text, q["start"], q["end"]) for q in pq]
        gold_of = {pi: gi for gi, pi in scorer.match(gs, ps, scorer.overlap)}
        for pi, q in enumerate(pq):
            s = stats[q["method"]]
            s[0] += 1
            s[3] += q["confidence"]
            gi = gold_of.get(pi)
            if gi is not None:
                s[1] += 1
                s[2] += scorer.same_speaker(gq[gi], q)
    return stats


def print_table(name: str, stats: dict[str, list[float]]) -> None:
    print(f"\n{name}")
    print(f"{'method':<16}{'n':>7}{'real':>8}{'speaker':>9}{'right':>8}{'conf':>7}")
    total = [sum(s[k] for s in stats.values()) for k in range(4)]
    for method, s in sorted(stats.items(), key=lambda kv: -kv[1][0]) + [("all", total)]:
        n, real, right, conf = s
        speaker = f"{right / real:.3f}" if real else "-"
        print(f"{method:<16}{int(n):>7}{real / n:>8.3f}{speaker:>9}{right / n:>8.3f}{conf / n:>7.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--split", action="append", choices=("dev", "train"), help="PolNeAR split (default: both)")
    ap.add_argument("--cache", type=Path, help="keep the parses in DIR (e.g. /tmp/quotedesk-parses)")
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = load_scorer(shared)
    golds = [shared / "eval" / "data" / f"polnear-{s}.jsonl" for s in args.split or ("dev", "train")]
    golds = [g for g in golds if g.exists()]
    if not golds:
        print(f"no PolNeAR gold under {shared}/eval/data: nothing to measure", file=sys.stderr)
        return 1
    for g in golds:
        print_table(g.stem, by_method(scorer, scorer.load(str(g)), predict(g, args.cache)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
