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


class ClusterError(QuoteDeskError):
    """A Dask cluster cannot run an archive's partitions (it has lost every worker)."""


class Cancelled(QuoteDeskError):
    """Long work stopped because the user asked it to."""


class ForeignSchemaError(LibraryError):
    """The library holds database objects QuoteDesk did not create (a trigger, view, table or
    index, or one of its own changed): they could change data unseen, so it is not opened.

    ``objects`` names them ("trigger rewrite_texts"); opening with ``drop_foreign=True`` removes
    them after a backup (:meth:`quotedesk.store.Library.open`).
    """

    def __init__(self, message: str, *, path: object, objects: list[str]) -> None:
        super().__init__(message)
        self.path = path
        self.objects = objects
