"""``python -m quotedesk.gui`` starts the desktop app."""

import sys

from quotedesk.gui.app import main

if __name__ == "__main__":  # not in the import processes multiprocessing spawns from here
    sys.exit(main())
