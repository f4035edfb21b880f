"""The headless face of QuoteDesk: ``quotedesk COMMAND ...``.

Each command lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``func``; ``func(args)`` returns the exit code. The CLI prints; the library logs.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import shlex
import sys

from quotedesk import __version__
from quotedesk.core.errors import ForeignSchemaError, QuoteDeskError

# Modules that provide commands, in the order they appear in --help.
COMMAND_MODULES = ("extract", "library", "train", "backup")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotedesk",
        description="Find, attribute and curate direct quotes in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"quotedesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"quotedesk.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"quotedesk.cli.{name}":
                raise
            continue  # command not built yet
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except ForeignSchemaError as e:
        print(f"quotedesk: error: {e}: quotedesk remove-foreign --library {shlex.quote(str(e.path))}", file=sys.stderr)
        return 1
    except QuoteDeskError as e:
        print(f"quotedesk: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("quotedesk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
