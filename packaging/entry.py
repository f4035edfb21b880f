"""Frozen entry point of the QuoteDesk desktop app (PyInstaller runs this file as __main__).

It is ``python -m quotedesk.gui`` for the bundle: the same ``quotedesk.gui.app:main`` that the
``quotedesk-app`` gui-script and ./run-app start, with the same command-line options.
"""

import multiprocessing
import sys


def run() -> int:
    # spaCy's nlp.pipe(n_process>1) and any ProcessPool re-execute this executable; without
    # freeze_support() each child would start another window.
    multiprocessing.freeze_support()
    from quotedesk.gui.app import main

    return int(main() or 0)


if __name__ == "__main__":
    sys.exit(run())
