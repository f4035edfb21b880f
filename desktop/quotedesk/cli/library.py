"""Library commands: ``quotedesk import | search | speakers | export``, each with ``--library``."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from quotedesk.cli import argtypes
from quotedesk.core.errors import LibraryError
from quotedesk.core.paths import LIBRARY_ENV, default_library
from quotedesk.core.tasks import TaskState
from quotedesk.store import Library

FORMATS = ("jsonl", "csv", "spacy", "corrections")


def register(sub) -> None:
    p = sub.add_parser("import", help="import articles into the library, finding their quotes",
                       description="Reads .txt, .md, .html and .jsonl files (folders are searched), "
                       "runs the quote engine and stores the results; a dataset folder written by "
                       "`quotedesk extract -o OUTDIR/` is stored as it is, without running the engine. "
                       "Articles already in the library are recognised and skipped.")
    p.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    _library_arg(p)
    p.add_argument("--editor", type=argtypes.text, help="who is importing (kept with each article)")
    p.add_argument("--batch-size", type=argtypes.BATCH, default=16, help="articles parsed together (default 16)")
    p.set_defaults(func=run_import)

    p = sub.add_parser("reanalyze", help="re-analyse articles not yet reviewed with the active model",
                       description="After a new model became active (quotedesk train, or a rollback with "
                       "quotedesk models), parses the library's articles again with it and replaces the "
                       "machine's untouched proposals. Quotes an editor verified, rejected, removed, added "
                       "or corrected stay exactly as they are; fully reviewed articles are skipped.")
    _library_arg(p)
    p.add_argument("--article", type=argtypes.COUNT, action="append", metavar="ID", help="only this article (repeatable)")
    p.add_argument("--all", action="store_true", help="also articles the active version analysed already")
    p.add_argument("--editor", type=argtypes.text, help="who asked for it (default: your user name), kept in the log")
    p.add_argument("--batch-size", type=argtypes.BATCH, default=16, help="articles parsed together (default 16)")
    p.set_defaults(func=run_reanalyze)

    p = sub.add_parser("search", help="find quotes by speaker and words",
                       description="Prints matching quotes with their article and offsets.")
    p.add_argument("--speaker", type=argtypes.text, help='a name or part of one: "Kerry", "john kerry", "Secretary Kerry"')
    p.add_argument("--text", type=argtypes.text, help='words in the quote; "..." for a phrase, word* for a prefix')
    p.add_argument("--status", choices=("proposed", "verified", "rejected"))
    p.add_argument("--article", type=argtypes.COUNT, metavar="ID", help="only this article")
    p.add_argument("--from", dest="date_from", type=argtypes.date, metavar="DATE", help="articles dated on or after (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=argtypes.date, metavar="DATE", help="articles dated on or before (YYYY-MM-DD)")
    p.add_argument("--limit", type=argtypes.COUNT, default=200)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _library_arg(p)
    p.set_defaults(func=run_search)

    p = sub.add_parser("speakers", help="list speakers with their number of quotes")
    p.add_argument("--query", type=argtypes.text, help="only speakers whose name contains these words")
    p.add_argument("--all", action="store_true", help="also people named in articles who have no quote")
    p.add_argument("--suggest", action="store_true", help="list speakers that may be one person (nothing is merged)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _library_arg(p)
    p.set_defaults(func=run_speakers)

    p = sub.add_parser("export", help="export the curated quotes as a dataset",
                       description="jsonl: the shared scorer's format plus review fields (re-importable); "
                       "csv: one row per quote; spacy: a DocBin with 'quotes' and 'speakers' span groups; "
                       "corrections: the log of every change, as JSON Lines.")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--format", choices=FORMATS, help="default: from the file's extension")
    p.add_argument("--verified-only", action="store_true", help="only quotes an editor verified")
    p.add_argument("--speaker", type=argtypes.text, help="only quotes of this speaker")
    p.add_argument("--from", dest="date_from", type=argtypes.date, metavar="DATE", help="articles dated on or after (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=argtypes.date, metavar="DATE", help="articles dated on or before (YYYY-MM-DD)")
    _library_arg(p)
    p.set_defaults(func=run_export)


def _library_arg(p) -> None:
    p.add_argument("--library", metavar="PATH",
                   help=f"the library file (default: ${LIBRARY_ENV}, else the platform's data folder)")


def _open(args, *, create: bool = False) -> Library:
    library = Library.open(default_library(args.library), create=create)
    for warning in library.warnings:
        print(f"quotedesk: warning: {warning}", file=sys.stderr)
    return library


class _TqdmState(TaskState):
    """Progress on standard error."""

    def __init__(self, desc: str, unit: str) -> None:
        super().__init__()
        from tqdm import tqdm

        self._bar = tqdm(unit=unit, file=sys.stderr, disable=None, desc=desc)

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        if total is not None and self._bar.total != total:
            self._bar.total = total
        self._bar.n = done
        self._bar.set_postfix_str(message[:40], refresh=False)
        self._bar.refresh()

    def close(self) -> None:
        self._bar.close()


def _with_progress(work, unit: str, *args, **kwargs):
    state = _TqdmState("importing", unit)
    try:
        return work(*args, state=state, **kwargs)
    finally:
        state.close()


def run_import(args) -> int:
    from quotedesk.archive import is_dataset, needs_archive_extras
    from quotedesk.services import import_paths

    datasets = [p for p in args.paths if is_dataset(p)]
    try:
        from quotedesk.services.archive_import import import_dataset
    except ImportError as e:
        if datasets:
            raise needs_archive_extras(e) from e
    files = [p for p in args.paths if p not in datasets]
    reports = []
    with _open(args, create=True) as library:
        for d in datasets:
            reports.append(_with_progress(import_dataset, "article", library, d, editor=args.editor))
        if files or not datasets:  # import_paths counts paragraphs
            reports.append(_with_progress(import_paths, "paragraph", library, files, editor=args.editor,
                                          batch_size=args.batch_size))
    for report in reports:
        for failure in report.errors:
            print(f"quotedesk: skipped {failure.message}", file=sys.stderr)
        for warning in report.warnings:
            print(f"quotedesk: warning: {warning}", file=sys.stderr)
        for dup in report.duplicates:
            print(f"quotedesk: {dup.source}: already in the library (article {dup.article_id})", file=sys.stderr)
        print(report.summary())
    return 1 if any(r.errors for r in reports) else 0


def run_reanalyze(args) -> int:
    import getpass

    from quotedesk.services.reanalysis import reanalyze

    state = _TqdmState("re-analysing", "article")
    try:
        with _open(args, create=False) as library:
            report = reanalyze(library, editor=args.editor or getpass.getuser(), article_ids=args.article,
                               include_current=args.all, state=state, batch_size=args.batch_size)
    finally:
        state.close()
    for failure in report.errors:
        print(f"quotedesk: {failure.source}: {failure.message}", file=sys.stderr)
    print(report.summary())
    return 1 if report.errors else 0


def run_search(args) -> int:
    if not any((args.speaker, args.text, args.status, args.article, args.date_from, args.date_to)):
        raise LibraryError("say what to search for: --speaker NAME and/or --text WORDS (or a filter)")
    with _open(args) as library:
        hits = library.search(speaker=args.speaker, text=args.text, article_id=args.article, status=args.status,
                              date_from=args.date_from, date_to=args.date_to, limit=args.limit)
    for h in hits:
        if args.json:
            print(json.dumps(asdict(h), ensure_ascii=False))
        else:
            title = h.article_title or f"article {h.article_id}"
            print(f"{h.speaker or '(nobody)'}: “{h.content}” — {title} [{h.article_id}:{h.start}-{h.end}] {h.status}")
    if not hits and not args.json:
        print("no quotes found", file=sys.stderr)
    return 0


def run_speakers(args) -> int:
    with _open(args) as library:
        if args.suggest:
            for s in library.suggest_merges():
                if args.json:
                    print(json.dumps({"keep": s.keep.id, "keep_name": s.keep.name, "other": s.other.id,
                                      "other_name": s.other.name, "score": s.score, "reason": s.reason}))
                else:
                    print(f"{s.keep.name} [{s.keep.id}] ← {s.other.name} [{s.other.id}]: {s.reason} ({s.score:.0f})")
            return 0
        speakers = library.speakers(query=args.query, quoted_only=not args.all)
    for s in speakers:
        if args.json:
            row = asdict(s)
            row["kind"] = s.kind.value
            print(json.dumps(row, ensure_ascii=False))
        else:
            aliases = f"  (also: {', '.join(s.aliases)})" if s.aliases else ""
            print(f"{s.n_quotes:6d}  {s.name} [{s.kind.value}]{aliases}")
    return 0


def run_export(args) -> int:
    from quotedesk.store import export

    fmt = args.format or _format_from_suffix(Path(args.output))
    filters = {"verified_only": args.verified_only, "speaker": args.speaker,
               "date_from": args.date_from, "date_to": args.date_to}
    with _open(args) as library:
        if fmt == "jsonl":
            n = export.export_jsonl(library, args.output, **filters)
        elif fmt == "csv":
            n = export.export_csv(library, args.output, **filters)
        elif fmt == "spacy":
            from quotedesk.services.spacy_export import export_spacy

            n = export_spacy(library, args.output, **filters)
        else:
            n = export.export_corrections(library, args.output)
    what = "corrections" if fmt == "corrections" else "quotes"
    print(f"wrote {n} {what} to {args.output}")
    return 0


def _format_from_suffix(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("jsonl", "csv", "spacy"):
        return suffix
    raise LibraryError(f"{path}: cannot tell the export format from the name; add --format {'|'.join(FORMATS)}")
