"""The worker's side of archive extraction: run one partition, write its part, report counts.

A worker process holds one :class:`Engine` (the spaCy pipeline and the trained model, if any),
loaded once by :class:`EnginePlugin` when the worker starts and reused for every partition it
runs; the in-process path makes its own. Only the partition (a file name and a range) and the
small :class:`Options` reach a worker, and only a :class:`PartResult` (counts and error lines)
comes back: no text and no spaCy object crosses a process.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from quotedesk.archive import dataset, partitions
from quotedesk.archive.records import article_record
from quotedesk.core.errors import InputError
from quotedesk.core.model import Analysis
from quotedesk.core.output import atomic_write
from quotedesk.engine.each import Analyzer, analyze_each
from quotedesk.ingest import ArticleInput

PLUGIN_NAME = "quotedesk-engine"


@dataclass(frozen=True, slots=True)
class Options:
    """What every partition of one run is processed with."""

    outdir: str  # where part files go
    fmt: str = "parquet"  # parquet (the dataset) or jsonl (parts of a JSON Lines file)
    with_text: bool = True
    include_non_speech: bool = False  # JSON Lines only; the dataset keeps every quote, flagged


@dataclass(slots=True)
class PartResult:
    key: str
    articles: int = 0
    quotes: int = 0
    errors: list[dict] = field(default_factory=list)
    cpu_seconds: float = 0.0
    peak_mb: float = 0.0  # the worker process's peak resident memory so far


class Engine:
    """The spaCy pipeline and the attribution model of one process."""

    def __init__(self, model_bytes: bytes | None = None, model_version: str | None = None,
                 analyze: Analyzer | None = None):
        from quotedesk.engine import analyze_many, load_nlp

        self.nlp = load_nlp()
        self.model = None
        if model_bytes is not None:
            from quotedesk.engine.learn import AttributionModel

            self.model = AttributionModel.from_bytes(model_bytes)
            self.model.version = model_version
        self.analyze = analyze or analyze_many


class EnginePlugin(WorkerPlugin):
    """Loads the engine once per worker process, before its first partition."""

    name = PLUGIN_NAME

    def __init__(self, model_bytes: bytes | None = None, model_version: str | None = None,
                 analyze: Analyzer | None = None):
        self.args = (model_bytes, model_version, analyze)
        self.engine: Engine | None = None

    def setup(self, worker) -> None:
        self.engine = Engine(*self.args)


def worker_engine() -> Engine:
    from distributed import get_worker

    return get_worker().plugins[PLUGIN_NAME].engine


def run_partition(partition: partitions.Partition, options: Options, engine: Engine | None = None) -> PartResult:
    """Analyse every article of ``partition`` and write its part file (the worker's task)."""
    engine = engine or worker_engine()
    cpu = time.process_time()
    result = PartResult(partition.key)
    # memory_zone: the strings of this partition's parses are freed after it, so long runs stay flat
    with _part_writer(partition, options) as add, engine.nlp.memory_zone():
        for article, analysis, error in _analyses(engine, partitions.read(partition)):
            if error is not None:
                result.errors.append({"id": article.id if article else None, "partition": partition.describe(),
                                      "error": error})
            result.articles += 1
            result.quotes += len(analysis.quotes) if analysis else 0
            add(_row(article, analysis, error, options))
    result.cpu_seconds = time.process_time() - cpu
    result.peak_mb = _peak_mb()
    return result


def _peak_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        import psutil

        return psutil.Process().memory_info().peak_wset / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _row(article: ArticleInput | None, analysis: Analysis | None, error: str | None, options: Options) -> dict:
    if options.fmt == "jsonl":
        if analysis is None:
            return {"id": article.id if article else None, "error": error}
        return article_record(article, analysis, with_text=options.with_text,
                              include_non_speech=options.include_non_speech)
    if article is None:
        return dataset.error_row(None, None, error)
    return dataset.article_row(article, analysis, with_text=options.with_text, error=error)


@contextmanager
def _part_writer(partition: partitions.Partition, options: Options):
    outdir = Path(options.outdir)
    if options.fmt == "parquet":
        with dataset.part_writer(dataset.part_path(outdir, partition.key)) as add:
            yield add
        return
    with atomic_write(outdir / f"part-{partition.key}.jsonl") as f:
        yield lambda row: f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _analyses(engine: Engine, items: Iterator[ArticleInput | InputError]):
    """(article, analysis, None) per readable article, (article or None, None, message) per bad
    one, in input order; an article the engine fails on is an error of its own
    (:func:`~quotedesk.engine.each.analyze_each`)."""
    articles: list[ArticleInput] = []
    for item in items:
        if isinstance(item, InputError):
            yield from _analysed(engine, articles)
            articles = []
            yield None, None, str(item)
        else:
            articles.append(item)
    yield from _analysed(engine, articles)


def _analysed(engine: Engine, articles: list[ArticleInput]):
    results = analyze_each([a.text for a in articles], analyze=engine.analyze, model=engine.model)
    for article, result in zip(articles, results):
        if isinstance(result, Exception):
            yield article, None, f"the engine failed on this article ({type(result).__name__}: {result})"
        else:
            yield article, result, None
