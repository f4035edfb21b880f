"""Work that joins the layers: files → engine → library, and the spaCy dataset export.

Services may import both ``quotedesk.engine`` (spaCy) and ``quotedesk.store`` (SQLite); the CLI
and the GUI call them, the store and the engine never do.
"""

from quotedesk.services.importing import Duplicate, ImportFailure, ImportReport, import_paths

__all__ = ["Duplicate", "ImportFailure", "ImportReport", "import_paths"]
