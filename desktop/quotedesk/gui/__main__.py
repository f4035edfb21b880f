"""``python -m quotedesk.gui`` starts the desktop app."""

import sys

from quotedesk.gui.app import main

sys.exit(main())
