"""The driver of archive extraction: plan partitions, run them, keep count, resume.

Partitions run in this process (no workers), on a Dask ``LocalCluster`` of single-threaded
worker processes, or on an existing Dask cluster reached by its scheduler's address. At most
:data:`IN_FLIGHT` partitions per worker are submitted at a time, so the plan of a huge archive
never floods the scheduler. A partition whose worker dies is retried by Dask on another worker
up to :data:`ALLOWED_FAILURES` times, then recorded in ``_errors.jsonl`` as failed while the
others finish. A rerun into the same dataset folder runs only the partitions that have no part
file yet: nothing twice, nothing missed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from quotedesk import __version__
from quotedesk.archive import dataset, partitions
from quotedesk.archive.work import Analyzer, Engine, EnginePlugin, Options, PartResult, run_partition
from quotedesk.core.errors import ClusterError, InputError
from quotedesk.core.output import atomic_write

log = logging.getLogger(__name__)

IN_FLIGHT = 2  # partitions queued per worker beyond the one it runs
ALLOWED_FAILURES = 2  # worker deaths a partition may cause before it is given up
NO_WORKERS_TIMEOUT = 300.0  # seconds a run waits on a cluster that has no worker left
# Dask settings for the clusters this driver starts (benchmarks/archive_bench.py measures them).
# A worker's event loop shares the GIL with the partition it runs, so it is woken less: no
# statistical profiler sampling every thread 100 times a second; event-loop ticks, memory and
# system monitors every second or more instead of every 20-500 ms. glibc keeps freed memory
# instead of handing back all above 64 KiB (Dask's MALLOC_TRIM_THRESHOLD_), which the parser
# would soon fault in again. Bounded retries of a killer partition, and one partition per
# worker at a time, so a dying worker takes no innocent one down with it.
DASK_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}


@dataclass(slots=True)
class Summary:
    partitions: int = 0  # in the plan
    skipped: int = 0  # finished by an earlier run
    failed: int = 0  # given up after their workers died
    articles: int = 0
    quotes: int = 0
    errors: int = 0  # articles that became error rows
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # in the workers, on the partitions run
    peak_worker_mb: float = 0.0  # the largest peak resident memory of a worker (this process without workers)
    workers: int = 0
    error_lines: list[dict] = field(default_factory=list)  # JSON Lines output (a dataset has _errors.jsonl)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        cpu = f", {self.cpu_seconds / self.articles:.3f} CPU-s per article" if self.articles else ""
        parts = [f"{self.articles:,} articles, {self.quotes:,} quotes in {self.seconds:.1f} s "
                 f"({rate:.1f} articles/s{cpu})"]
        if self.peak_worker_mb:
            parts.append(f"peak memory per worker {self.peak_worker_mb:,.0f} MB")
        if self.skipped:
            parts.append(f"{self.skipped:,} of {self.partitions:,} partitions already done")
        if self.errors:
            parts.append(f"{self.errors:,} articles with errors")
        if self.failed:
            parts.append(f"{self.failed:,} partitions failed")
        return "; ".join(parts)


def extract_archive(
    inputs: Iterable[str | os.PathLike],
    output: str | os.PathLike,
    *,
    dataset_output: bool,
    workers: int | None = None,
    scheduler: str | None = None,
    with_text: bool = True,
    include_non_speech: bool = False,
    model=None,
    analyze: Analyzer | None = None,
    partition_bytes: int | None = None,
    progress: bool = True,
    on_input_error: Callable | None = None,
    no_workers_timeout: float = NO_WORKERS_TIMEOUT,
) -> Summary:
    """Extract the quotes of every article in ``inputs`` into ``output``.

    ``dataset_output``: ``output`` is a Parquet dataset folder (resumable); else a JSON Lines
    file, written whole at the end. ``workers``: size of a local Dask cluster (None and no
    ``scheduler``: this process alone). ``model``: a trained attribution model, given to every
    worker. ``analyze`` replaces ``quotedesk.engine.analyze_many`` (tests inject faults with it).
    ``partition_bytes``: input per partition (default: from the input's size and the workers;
    a resumed dataset keeps the size it was started with). ``no_workers_timeout``: seconds a run
    waits on a cluster without workers before it stops with :class:`ClusterError`.
    """
    started = time.perf_counter()
    summary = Summary(workers=workers or 0)
    output = Path(output)
    files = partitions.input_files(inputs, on_error=on_input_error)
    old = dataset.read_manifest(output) if dataset_output and output.is_dir() else None
    size = (partition_bytes or (old or {}).get("options", {}).get("partition_bytes")
            or partitions.partition_bytes(partitions.total_bytes(files), workers or (8 if scheduler else 1)))
    plan = list(partitions.plan(files, size=size, on_error=on_input_error))
    summary.partitions = len(plan)
    if dataset_output:
        outdir = output
        manifest = _start_dataset(outdir, old, len(plan), with_text=with_text, model=model, size=size)
        done = dataset.finished_parts(outdir)
        todo = [p for p in plan if p.key not in done]
        summary.skipped = len(plan) - len(todo)
    else:
        # Parts beside the output, where cluster workers can write too; joined at the end.
        outdir = Path(tempfile.mkdtemp(prefix=".quotedesk-parts-", dir=output.parent))
        todo = plan
    options = Options(str(outdir), "parquet" if dataset_output else "jsonl", with_text, include_non_speech)

    def record(result: PartResult) -> None:
        summary.articles += result.articles
        summary.quotes += result.quotes
        summary.errors += len(result.errors)
        summary.cpu_seconds += result.cpu_seconds
        summary.peak_worker_mb = max(summary.peak_worker_mb, result.peak_mb)
        if dataset_output:
            dataset.append_errors(outdir, result.errors)
        else:
            summary.error_lines.extend(result.errors)

    def failed(partition: partitions.Partition, error: str) -> None:
        summary.failed += 1
        line = {"id": None, "partition": partition.describe(), "error": error}
        if dataset_output:
            dataset.append_errors(outdir, [line])
        else:
            summary.error_lines.append(line)

    bar = _Progress(len(todo), summary, enabled=progress)
    try:
        if workers is None and scheduler is None:
            engine = Engine(*_model_args(model), analyze=analyze)
            for p in todo:
                record(run_partition(p, options, engine))
                bar.update()
        else:
            _run_on_dask(todo, options, workers=workers, scheduler=scheduler, model=model, analyze=analyze,
                         record=record, failed=failed, bar=bar, summary=summary, no_workers_timeout=no_workers_timeout)
    except BaseException:
        if not dataset_output:  # interrupted or failed: no JSON Lines parts left behind
            shutil.rmtree(outdir, ignore_errors=True)
        raise
    finally:
        bar.close()
        summary.seconds = time.perf_counter() - started
    if dataset_output:
        manifest.update(finished=_now(), complete=summary.failed == 0, **_counts(outdir))
        dataset.write_manifest(outdir, manifest)
    else:
        _concatenate(outdir, plan, output)
    return summary


def _model_args(model) -> tuple[bytes | None, str | None]:
    return (model.to_bytes(), model.version) if model is not None else (None, None)


class _WorkerWatch:
    """Ends a run whose cluster has had no worker for ``timeout`` seconds, which Dask itself
    would wait on for ever: every worker killed and none restarted, or a remote cluster whose
    workers all left. The finished partitions stay; a rerun into the dataset does the rest."""

    def __init__(self, client, timeout: float, bar: _Progress):
        self.client, self.timeout, self.bar = client, timeout, bar
        self.checked = self.since = None

    def check(self) -> None:
        now = time.monotonic()
        if self.checked is not None and now - self.checked < 1.0:
            return  # the scheduler is asked once a second
        self.checked = now
        if self.client.nthreads():
            self.since = None
            return
        self.since = self.since or now
        if now - self.since >= self.timeout:
            raise ClusterError(
                f"the Dask cluster at {self.client.scheduler.address} has had no workers for {self.timeout:.0f} s, "
                f"with {self.bar.done:,} of {self.bar.total:,} partitions done; start workers and run the same command "
                f"again to finish")

    def result(self, future):
        """The future's result, waited for while workers remain: a finished partition whose worker
        died before handing its result over is run again, and its future is pending again."""
        while True:
            try:
                return future.result(timeout=1)
            except TimeoutError:
                self.check()


def _run_on_dask(todo, options, *, workers, scheduler, model, analyze, record, failed, bar, summary,
                 no_workers_timeout) -> None:
    import dask
    from distributed import Client, LocalCluster, as_completed

    with dask.config.set(DASK_CONFIG):
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            # The scheduler's HTTP server on any free port, so runs side by side do not clash.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)
            client = Client(cluster)
        try:
            client.register_plugin(EnginePlugin(*_model_args(model), analyze=analyze))
            n = len(client.nthreads()) or 1  # asked of the scheduler now (its identity the client keeps may lag)
            summary.workers = n
            pending = iter(todo)
            futures = {}
            run_id = uuid.uuid4().hex[:8]  # task keys of this run, apart from any other run on the cluster

            def submit() -> None:
                p = next(pending, None)
                if p is not None:
                    f = client.submit(run_partition, p, options, key=f"quotedesk-{run_id}-{p.key}")
                    futures[f] = p
                    queue.add(f)

            queue = as_completed()
            for _ in range(n * (1 + IN_FLIGHT)):
                submit()
            watch = _WorkerWatch(client, no_workers_timeout, bar)
            while not queue.is_empty():
                if not queue.has_ready():
                    watch.check()
                    time.sleep(0.1)
                    continue
                for future in queue.next_batch(block=False):
                    p = futures.pop(future)
                    try:
                        record(watch.result(future))
                    except ClusterError:
                        raise
                    except Exception as e:  # noqa: BLE001 - KilledWorker or an error outside the articles
                        log.warning("partition %s failed: %s", p.describe(), e)
                        failed(p, f"the partition failed ({type(e).__name__}: {e})")
                    bar.update()
                    submit()
        finally:
            client.close()
            if not scheduler:
                cluster.close()


def _start_dataset(outdir: Path, old: dict | None, n_partitions: int, *, with_text: bool, model, size: int) -> dict:
    """The manifest of a new or resumed dataset; a folder written with other options is refused."""
    from quotedesk.engine.pipeline import ENGINE_VERSION

    manifest = {
        "format": dataset.FORMAT,
        "quotedesk": __version__,
        "engine": ENGINE_VERSION,
        "model": model.version if model is not None else None,
        "spacy": metadata.version("spacy"),
        "spacy_model": _spacy_model(),
        "options": {"with_text": with_text, "partition_bytes": size},
        "partitions": n_partitions,
    }
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: is a file; give a folder for the Parquet dataset")
    if old is None and outdir.is_dir() and any(outdir.iterdir()):
        raise InputError(f"{outdir}: the folder is not empty and holds no QuoteDesk dataset; give a new folder")
    if old is not None:
        differs = [k for k in ("format", "engine", "model", "spacy", "spacy_model", "options") if old.get(k) != manifest[k]]
        if differs:
            raise InputError(f"{outdir}: written with another {', '.join(differs)}; give a new folder to start afresh")
        manifest["started"] = old.get("started")
        dataset.remove_unfinished(outdir)
    else:
        manifest["started"] = _now()
    outdir.mkdir(parents=True, exist_ok=True)
    dataset.write_manifest(outdir, manifest)
    return manifest


def _spacy_model() -> str | None:
    """The spaCy pipeline package the workers load (the engine's order), read without loading it."""
    from quotedesk.engine.pipeline import MODEL_PACKAGES

    for package in MODEL_PACKAGES:
        try:
            return f"{package} {metadata.version(package)}"
        except metadata.PackageNotFoundError:
            continue
    return None


def _counts(outdir: Path) -> dict:
    return {"articles": dataset.count_rows(outdir), "parts": len(dataset.finished_parts(outdir))}


def _concatenate(parts_dir: Path, plan, output: Path) -> None:
    """The JSON Lines parts, in input order, as one file (standard output for ``-``)."""
    from contextlib import nullcontext

    try:
        with nullcontext(sys.stdout) if str(output) == "-" else atomic_write(output) as out:
            for p in plan:
                part = parts_dir / f"part-{p.key}.jsonl"
                if part.exists():
                    with open(part, encoding="utf-8") as f:
                        shutil.copyfileobj(f, out)
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class _Progress:
    """Partitions done of the plan on stderr, with articles, articles/s, errors and the ETA: a
    progress bar on a terminal, else (a batch job's log) a line every ``every`` seconds."""

    def __init__(self, total: int, summary: Summary, *, enabled: bool, every: float = 60.0):
        from tqdm import tqdm

        self.total, self.done, self.summary, self.every = total, 0, summary, every
        self.started = self.last = time.perf_counter()
        self.log = enabled and not sys.stderr.isatty()
        self.bar = tqdm(total=total, unit="part", file=sys.stderr, disable=not enabled or self.log, dynamic_ncols=True)

    def update(self) -> None:
        s, now = self.summary, time.perf_counter()
        self.done += 1
        elapsed = now - self.started
        note = f"{s.articles:,} articles, {s.articles / elapsed:.1f}/s, {s.errors + s.failed:,} errors"
        self.bar.set_postfix_str(note, refresh=False)
        self.bar.update(1)
        if self.log and (now - self.last >= self.every or self.done == self.total):
            eta = dt.timedelta(seconds=round(elapsed / self.done * (self.total - self.done)))
            print(f"quotedesk: {self.done:,}/{self.total:,} partitions, {note}, ETA {eta}", file=sys.stderr, flush=True)
            self.last = now

    def close(self) -> None:
        self.bar.close()
