"""The exception hierarchy. Messages are written for the person who must act on them."""


class QuoteDeskError(Exception):
    """Base of every error QuoteDesk raises on purpose."""


class InputError(QuoteDeskError):
    """An input file or text cannot be used (binary, unknown encoding, empty, too large)."""


class OutputError(QuoteDeskError):
    """An output file cannot be written (no such folder, disk full, no permission)."""


class ModelError(QuoteDeskError):
    """No usable spaCy model, or a trained attribution model that cannot be loaded."""


class LibraryError(QuoteDeskError):
    """The SQLite library cannot be opened or written (locked, read-only, corrupt, too new)."""


class Cancelled(QuoteDeskError):
    """Long work stopped because the user asked it to."""
