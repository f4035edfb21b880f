"""``quotedesk train``, ``quotedesk evaluate`` and ``quotedesk models``: the retraining loop.

    quotedesk train --library LIB [--gold FILE]     learn from the library's corrections
    quotedesk evaluate GOLD [--library LIB]          the shared scorer's figures
    quotedesk models --library LIB [--activate V | --rules]   list, roll back, go rules-only
"""

from __future__ import annotations

import json
import sys

from quotedesk.cli import argtypes
from quotedesk.core.paths import LIBRARY_ENV, default_library


def register(sub) -> None:
    p = sub.add_parser(
        "train",
        help="train a new attribution model from a library's corrections (and a gold file)",
        description="Trains on the library's verified, corrected and rejected quotes (plus GOLD, a JSONL "
        "file in the shared scorer's format), measures the new model against the one in use on held-out "
        "verified articles, stores it in the library and makes it active only when it scores better. "
        "Exit code 0 when the new model is active, 3 when it was stored but kept inactive.",
    )
    p.add_argument("--library", help=f"the library file (default: ${LIBRARY_ENV}, else the platform's data folder)")
    p.add_argument("--gold", help="also train on this gold JSONL file (id, text, quotes[start, end, speaker_mentions])")
    p.add_argument("--no-activate", action="store_true", help="store the new model without making it active")
    p.add_argument("--cache-dir", help="keep parsed article features here between runs (faster retraining)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run_train)

    p = sub.add_parser(
        "evaluate",
        help="score the engine (the library's active model, or the rules) on a gold JSONL file",
        description="Prints the shared scorer's figures: quotes strict/overlap, speaker accuracy, attributed F1.",
    )
    p.add_argument("gold", metavar="GOLD", help="gold JSONL in the shared scorer's format")
    p.add_argument("--library", help="use this library's active model (default: rules only)")
    p.add_argument("--model", type=argtypes.text, metavar="VERSION", help="measure this stored version instead of the active one")
    p.add_argument("--rules", action="store_true", help="measure the rules alone, even with --library")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.set_defaults(func=run_evaluate)

    p = sub.add_parser(
        "models",
        help="list a library's attribution models; roll back to a version or to the rules",
    )
    p.add_argument("--library", help=f"the library file (default: ${LIBRARY_ENV}, else the platform's data folder)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--activate", type=argtypes.text, metavar="VERSION", help="make this stored version the one in use")
    group.add_argument("--rules", action="store_true", help="use the rules alone from now on")
    p.add_argument("--json", action="store_true", help="print the versions as JSON")
    p.set_defaults(func=run_models)


def _open(path: str | None, *, create: bool = True):
    from quotedesk.store import Library

    library = Library.open(default_library(path), create=create)
    for warning in library.warnings:
        print(f"quotedesk: {warning}", file=sys.stderr)
    return library


def _progress_state():
    from quotedesk.core.tasks import TaskState

    class _Stderr(TaskState):
        def __init__(self) -> None:
            super().__init__()
            self._last = ""

        def progress(self, done: int, total: int | None = None, message: str = "") -> None:
            if message and message != self._last:
                print(f"quotedesk: {message}...", file=sys.stderr)
                self._last = message

    return _Stderr()


def run_train(args) -> int:
    from quotedesk.services import training

    with _open(args.library) as library:
        report = training.train(library, gold=args.gold, state=_progress_state(), cache_dir=args.cache_dir,
                                activate_if_better=not args.no_activate)
    if args.json:
        print(json.dumps({
            "version": report.version, "activated": report.activated, "message": report.message,
            "heldout": report.metrics, "baseline": report.baseline, "baseline_version": report.baseline_version,
            "heldout_source": report.heldout_source, "heldout_articles": report.n_heldout,
            "train_articles": report.n_train_articles, "train_quotes": report.n_train_quotes,
            "seconds": round(report.seconds, 1),
        }))
    else:
        print(report.summary())
    return 0 if report.activated else 3


def run_evaluate(args) -> int:
    from quotedesk.services import training

    library = _open(args.library, create=False) if args.library else None
    try:
        name, figures = training.evaluate(args.gold, library=library, version=args.model, rules=args.rules)
    finally:
        if library is not None:
            library.close()
    if args.json:
        print(json.dumps({"model": name, **figures}))
    else:
        print(f"{'model':36} {name}")
        for key, val in figures.items():
            print(f"{key:36} {val}")
    return 0


def run_models(args) -> int:
    from quotedesk.services import training

    with _open(args.library, create=False) as library:
        if args.activate:
            training.activate(library, args.activate)
            print(f"{args.activate} is now the active model")
        elif args.rules:
            training.activate(library, None)
            print("the rules alone are in use now (no model active)")
        records = training.versions(library)
    if args.json:
        print(json.dumps([{"version": r.version, "created_at": r.created_at, "active": r.active,
                           "n_train": r.n_train, "metrics": r.metrics} for r in records]))
        return 0
    if not records:
        print("no trained models in this library: the rules are in use")
        return 0
    print(f"{'':2}{'version':26} {'created':20} {'articles':>8} {'held-out F1':>11} {'before':>7}")
    for r in records:
        held = (r.metrics or {}).get("heldout") or {}
        base = (r.metrics or {}).get("baseline") or {}
        f1 = f"{held['attributed']['f1']:.3f}" if held else "-"
        bf1 = f"{base['attributed']['f1']:.3f}" if base else "-"
        print(f"{'* ' if r.active else '  '}{r.version:26} {r.created_at[:19]:20} {r.n_train or 0:>8} {f1:>11} {bf1:>7}")
    if not any(r.active for r in records):
        print("(no model active: the rules are in use)")
    return 0
