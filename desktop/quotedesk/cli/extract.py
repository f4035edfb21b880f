"""``quotedesk extract IN... -o OUT.jsonl | -o OUTDIR/``: quotes and speakers of articles.

JSON Lines by default, in this process. With ``--workers`` or ``--scheduler``, or a folder as the
output (a Parquet dataset), the articles go through :mod:`quotedesk.archive` in partitions.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from contextlib import nullcontext
from pathlib import Path

from quotedesk.archive import needs_archive_extras, partitions
from quotedesk.archive.records import article_record, quote_records  # noqa: F401  (benchmarks import them here)
from quotedesk.cli import argtypes
from quotedesk.core.output import atomic_write
from quotedesk.ingest import ArticleInput, read_paths


def register(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="find quotes and speakers in articles and write JSON Lines or a Parquet dataset",
        description="Writes one line per article in the shared scorer's format "
        "(id, text, quotes[start, end, speaker, speaker_mentions]) plus richer fields; or, with a "
        "folder as OUT, a Parquet dataset of one row per article that a rerun resumes.",
    )
    p.add_argument("inputs", nargs="+", metavar="IN",
                   help="article files or folders (.txt/.md/.html), .jsonl with {id, text} per line, "
                        ".parquet or .csv with id and text columns")
    p.add_argument("-o", "--output", default="-",
                   help="output .jsonl (default: standard output), or OUTDIR/ for a Parquet dataset")
    p.add_argument("--workers", type=workers_arg, metavar="N",
                   help="run on a local Dask cluster of N worker processes ('auto': one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on an existing Dask cluster, e.g. tcp://host:8786")
    p.add_argument("--partition-kb", type=argtypes.whole(1, 1024 * 1024), metavar="KB",
                   help="input per partition (default: about 16 partitions per worker, 64-4096 KB)")
    p.add_argument("--no-text", action="store_true", help="leave the article text out of the output")
    p.add_argument("--all", action="store_true", help="also write non-speech quotations (titles, scare quotes)")
    p.add_argument("--library", help="use the active attribution model of this library")
    p.set_defaults(func=run)


def _active_model(path):
    """The active trained model of the library at ``path`` (None: the rules alone)."""
    from quotedesk.services.training import load_active_model
    from quotedesk.store import Library

    with Library.open(path, create=False) as library:
        model = load_active_model(library)
    print(f"quotedesk: using model {model.version}" if model else "quotedesk: using the rules (no trained model is active)", file=sys.stderr)
    return model


def workers_arg(value: str) -> int:
    """A number of workers, or ``auto``: one per core."""
    return (os.cpu_count() or 1) if value == "auto" else argtypes.whole(1, 4096)(value)


def _archive_mode(args) -> bool:
    tables = partitions.PARQUET_SUFFIXES | partitions.CSV_SUFFIXES
    return bool(args.workers or args.scheduler or args.partition_kb or _is_folder(args.output)
                or any(Path(i).suffix.lower() in tables for i in args.inputs))


def _is_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def run_archive(args) -> int:
    try:
        from quotedesk.archive.run import extract_archive
    except ImportError as e:
        raise needs_archive_extras(e) from e

    bad = 0

    def skipped(path, error) -> None:
        nonlocal bad
        bad += 1
        print(f"quotedesk: skipped {error}", file=sys.stderr)

    if not args.verbose:
        logging.getLogger("distributed").setLevel(logging.ERROR)  # Dask's start and stop notes
    model = _active_model(args.library) if args.library else None
    summary = extract_archive(args.inputs, args.output, dataset_output=_is_folder(args.output),
                              workers=args.workers, scheduler=args.scheduler, with_text=not args.no_text,
                              include_non_speech=args.all, model=model, on_input_error=skipped,
                              partition_bytes=args.partition_kb and args.partition_kb * 1024)
    if not _is_folder(args.output):
        for line in summary.error_lines:
            print(f"quotedesk: skipped {line['error']}", file=sys.stderr)
    print(f"quotedesk: {summary.line()}", file=sys.stderr)
    return 1 if bad or summary.errors or summary.failed else 0


def run(args) -> int:
    if _archive_mode(args):
        return run_archive(args)
    from tqdm import tqdm

    from quotedesk.engine import analyze_many, load_nlp
    from quotedesk.core.errors import InputError

    failures = 0

    def skipped(path, error: InputError) -> None:
        nonlocal failures
        failures += 1
        print(f"quotedesk: skipped {error}", file=sys.stderr)

    articles: list[ArticleInput] = list(read_paths(args.inputs, on_error=skipped))
    if not articles:
        print("quotedesk: no articles to process", file=sys.stderr)
        return 1
    load_nlp()
    model = _active_model(args.library) if args.library else None
    with nullcontext(sys.stdout) if args.output == "-" else atomic_write(args.output) as out:
        bar = tqdm(total=len(articles), unit="article", file=sys.stderr, disable=len(articles) < 2 or None)
        analyses = analyze_many((a.text for a in articles), model=model)
        for article, analysis in zip(articles, analyses):
            row = article_record(article, analysis, with_text=not args.no_text, include_non_speech=args.all)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            bar.update(1)
        bar.close()
    return 1 if failures else 0
