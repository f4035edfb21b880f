"""Frozen entry point of QuoteDesk (PyInstaller runs this file as __main__).

Run as ``quotedesk-app`` it is ``python -m quotedesk.gui`` (the desktop app,
``quotedesk.gui.app:main``); run as ``quotedesk`` it is ``python -m quotedesk`` (the command
line, ``quotedesk.cli:main``). The name it was started by picks: on Linux and macOS
``quotedesk`` is a symlink to ``quotedesk-app``, on Windows a second .exe. Both take the same
options as their source-install counterparts.
"""

import multiprocessing
import sys
from pathlib import Path


def run() -> int:
    # spaCy's nlp.pipe(n_process>1) and any process pool re-execute this executable; without
    # freeze_support() each child would start another window.
    multiprocessing.freeze_support()
    # argv[0], not sys.executable: the bootloader resolves symlinks for the latter.
    if Path(sys.argv[0]).stem.lower() == "quotedesk":
        from quotedesk.cli import main
    else:
        from quotedesk.gui.app import main

    return int(main() or 0)


if __name__ == "__main__":
    sys.exit(run())
