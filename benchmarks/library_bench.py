"""Benchmark of the quote library: search latency on a million quotes, import throughput, size.

Builds a library of synthetic articles (10 quotes each, speakers drawn from a Zipf-like
distribution, words from a generated vocabulary) through ``Library.add_articles``, then times
``Library.search`` by speaker and by words, corrections with their undo and redo, and compares
``import_paths`` with the engine's own speed on the same real articles.

Usage: python benchmarks/library_bench.py [--quotes 1000000] [--library PATH] [--queries 300]
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from quotedesk.core.model import Analysis, Person, Quote, SpeakerKind, Span
from quotedesk.core.paths import sample_article
from quotedesk.ingest import ArticleInput
from quotedesk.store import Library

QUOTES_PER_ARTICLE = 10
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "sor", "vel", "ana", "bri", "dun", "el", "fa", "gor", "hal", "is",
             "jun", "ker", "lin", "mor", "nev", "ost", "pra", "quil", "ros", "sta", "tor", "ul", "vin", "wes", "yar"]
TITLES = ["Mr.", "Secretary", "Senator", "Minister", "Dr.", "President"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def make_corpus(rng: random.Random, n_words: int = 20_000, n_speakers: int = 20_000):
    words = list(dict.fromkeys(_word(rng, rng.randint(2, 4)) for _ in range(n_words * 2)))[:n_words]
    firsts = list(dict.fromkeys(_word(rng, 2).capitalize() for _ in range(2_000)))[:400]
    surnames = list(dict.fromkeys(_word(rng, 3).capitalize() for _ in range(20_000)))[:6_000]
    people = list(dict.fromkeys(f"{rng.choice(firsts)} {rng.choice(surnames)}" for _ in range(n_speakers * 2)))
    return words, people[:n_speakers]


class Zipf:
    """Indices in [0, n) drawn with probability proportional to 1 / (rank + 1), roughly as word
    and speaker frequencies go."""

    def __init__(self, n: int) -> None:
        total, self.cum = 0.0, []
        for i in range(n):
            total += 1.0 / (i + 1)
            self.cum.append(total)
        self.n = n

    def draw(self, rng: random.Random, k: int = 1) -> list[int]:
        return rng.choices(range(self.n), cum_weights=self.cum, k=k)


def make_article(rng: random.Random, n: int, words, people, zw: Zipf, zp: Zipf) -> tuple[ArticleInput, Analysis]:
    cast = list(dict.fromkeys(people[i] for i in zp.draw(rng, 3)))
    text, quotes, mentions = f"Report {n}\n\n", [], {name: [] for name in cast}
    for k in range(QUOTES_PER_ARTICLE):
        name = cast[k % len(cast)]
        content = " ".join(words[i] for i in zw.draw(rng, rng.randint(6, 20)))
        start = len(text)
        text += f'"{content}," '
        m = len(text)
        surname = name.split()[-1]
        said = name if k < len(cast) else surname
        text += f"{said} said. The meeting went on.\n\n"
        mentions[name].append(Span(m, m + len(said)))
        quotes.append(Quote(start, start + len(content) + 3, (Span(start + 1, start + 1 + len(content) + 1),),
                            speaker=name, speaker_kind=SpeakerKind.PERSON, mention=Span(m, m + len(said)),
                            confidence=rng.random()))
    people_here = [Person(name, SpeakerKind.PERSON, tuple(mentions[name]), (name.split()[-1],)) for name in cast]
    date = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return ArticleInput(id=f"bench-{n}", text=text, title=f"Report {n}", date=date), Analysis(text, quotes, people_here, "bench")


def build(path: Path, n_quotes: int, rng: random.Random):
    words, people = make_corpus(rng)
    zw, zp = Zipf(len(words)), Zipf(len(people))
    n_articles = n_quotes // QUOTES_PER_ARTICLE
    t0 = time.perf_counter()
    with Library.open(path) as lib:
        batch = 2_000
        for first in range(0, n_articles, batch):
            items = [make_article(rng, n, words, people, zw, zp) for n in range(first, min(first + batch, n_articles))]
            lib.add_articles(items, model_version="bench")
            done = min(first + batch, n_articles)
            if done % 20_000 == 0 or done == n_articles:
                print(f"  {done * QUOTES_PER_ARTICLE:>9,} quotes  {time.perf_counter() - t0:6.0f} s", flush=True)
        lib.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        lib.db.execute("ANALYZE")
    return words, time.perf_counter() - t0


def timed(fn, queries) -> tuple[float, float, float]:
    times, hits = [], 0
    for q in queries:
        t0 = time.perf_counter()
        hits += len(fn(q))
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], hits / len(queries)


def search_figures(path: Path, words, rng: random.Random, n: int) -> list[tuple[str, float, float, float]]:
    rows = []
    with Library.open(path) as lib:
        def name_query(name: str) -> str:
            first, last = name.split()
            return rng.choice([name, last, name.lower(), f"{rng.choice(TITLES)} {last}", f"{first} {last.upper()}"])

        quoted = [s.name for s in lib.speakers(quoted_only=True)]  # most quoted first
        zw, zq = Zipf(len(words)), Zipf(len(quoted))
        # Half the names asked for are the often quoted, half any quoted speaker at all.
        picks = [zq.draw(rng)[0] if rng.random() < 0.5 else rng.randrange(len(quoted)) for _ in range(n)]
        speaker_q = [name_query(quoted[i]) for i in picks]
        common = [words[i] for i in rng.choices(range(20), k=n)]
        rare = [words[rng.randrange(5_000, len(words))] for _ in range(n)]
        two = [f"{words[a]} {words[b]}" for a, b in zip(zw.draw(rng, n), zw.draw(rng, n))]
        lib.search(speaker="warm up")
        rows.append(("speaker (name, surname, title)", *timed(lambda q: lib.search(speaker=q), speaker_q)))
        rows.append(("words: one common word", *timed(lambda q: lib.search(text=q), common)))
        rows.append(("words: one rare word", *timed(lambda q: lib.search(text=q), rare)))
        rows.append(("words: two words", *timed(lambda q: lib.search(text=q), two)))
        rows.append(("speaker + word", *timed(lambda q: lib.search(speaker=q[0], text=q[1]),
                                                list(zip(speaker_q, common)))))
        rows.append(("speakers(query) type-ahead", *timed(lambda q: lib.speakers(query=q[:4]), speaker_q[:50])))
        rows.append(("status = proposed, no other filter", *timed(lambda q: lib.search(status="proposed"), range(20))))
        rows.append(("review_queue(100)", *timed(lambda q: lib.review_queue(), range(20))))
        rows.append(("speakers() all, with counts", *timed(lambda q: lib.speakers(), range(5))))
        rows.append(("articles() all, with counts", *timed(lambda q: lib.articles(), range(5))))
    return rows


def correction_figures(path: Path, rng: random.Random, n: int) -> list[tuple[str, float, float, float]]:
    """Latency of corrections and of undoing and redoing them, each one committed transaction."""
    with Library.open(path) as lib:
        n_articles = lib.articles(limit=1)[0].id
        articles = rng.sample(range(1, n_articles + 1), n)
        quotes = [lib.quotes(a)[0].id for a in articles]
        rows = [("set_speaker (a new person)", *timed(
            lambda q: [lib.set_speaker(q, f"Bench Person {q}", editor="bench")], quotes))]
        rows.append(("undo set_speaker", *timed(lambda q: [lib.undo(editor="bench")], quotes)))
        rows.append(("redo set_speaker", *timed(lambda q: [lib.redo(editor="bench")], quotes)))
        rows.append(("verify_article (10 quotes)", *timed(lambda a: [lib.verify_article(a, editor="bench")], articles)))
        rows.append(("undo verify_article", *timed(lambda a: [lib.undo(editor="bench")], articles)))
    return rows


def import_figures(n_articles: int, rounds: int = 2) -> tuple[float, float, float]:
    """Articles per second of the engine alone and of ``import_paths`` (read + engine + store),
    best of ``rounds`` alternating runs (the machine's load varies), and the store's share in ms
    per article (the import's time outside the engine)."""
    from quotedesk.engine import analyze_many
    from quotedesk.services import import_paths

    sample = sample_article().read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = []
        for n in range(n_articles):
            text = f"{sample}\n\nReport number {n} ends here.\n"
            (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")
            texts.append(text)
        for _ in analyze_many(texts[:4]):  # load the model, warm up
            pass
        engine, full, overhead = 0.0, 0.0, []
        for r in range(rounds):
            t0 = time.perf_counter()
            for _ in analyze_many(texts):
                pass
            engine = max(engine, n_articles / (time.perf_counter() - t0))
            with Library.open(Path(tmp) / f"lib{r}.sqlite") as lib:
                t0 = time.perf_counter()
                report = import_paths(lib, [folder])
                full = max(full, len(report.added) / (time.perf_counter() - t0))
                overhead.append((report.seconds - report.engine_seconds) * 1000 / len(report.added))
    return engine, full, min(overhead)


@contextmanager
def bench_library(path: Path | None):
    """``path``, or a library file in a temporary folder removed afterwards."""
    if path is not None:
        yield path
        return
    tmp = tempfile.mkdtemp(prefix="quotedesk-bench-")
    try:
        yield Path(tmp) / "bench.sqlite"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def disk_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--library", type=Path, help="build here and keep it (default: a temporary file)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--import-articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with bench_library(args.library) as path:
        print(f"building {args.quotes:,} quotes in {path}")
        words, seconds = build(path, args.quotes, rng)
        size = disk_size(path)
        print(f"built in {seconds:.0f} s ({args.quotes / seconds:,.0f} quotes/s); size on disk {size / 2**20:,.0f} MB "
              f"({size / args.quotes:,.0f} bytes per quote)")
        print(f"\nsearch latency over {args.queries} queries (limit 200):")
        print(f"  {'query':34s} {'median ms':>10s} {'p95 ms':>8s} {'hits':>6s}")
        for name, med, p95, hits in search_figures(path, words, rng, args.queries):
            print(f"  {name:34s} {med:10.2f} {p95:8.2f} {hits:6.0f}")
        print(f"\ncorrections over {min(args.queries, 100)} quotes (each one committed transaction):")
        for name, med, p95, _ in correction_figures(path, rng, min(args.queries, 100)):
            print(f"  {name:34s} {med:10.2f} {p95:8.2f}")
        engine, full, overhead = import_figures(args.import_articles)
        print(f"\nimport of {args.import_articles} copies of the sample article (7 kB, 14 quotes), best of 2:")
        print(f"  engine alone (analyze_many)       {engine:6.1f} articles/s")
        print(f"  import_paths (read+engine+store)  {full:6.1f} articles/s ({full / engine:.0%} of the engine's speed)")
        print(f"  time outside the engine           {overhead:6.1f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
