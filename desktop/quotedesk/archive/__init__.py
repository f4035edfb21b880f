"""Archive extraction: the engine over whole archives, on every core or on a Dask cluster.

* :mod:`~quotedesk.archive.partitions` - the units of work, read by the workers themselves
* :mod:`~quotedesk.archive.work` - what a worker does with one partition
* :mod:`~quotedesk.archive.run` - the driver: plan, submit, count, resume
* :mod:`~quotedesk.archive.dataset` - the Parquet dataset, its manifest and errors
* :mod:`~quotedesk.archive.records` - the JSON Lines records of ``quotedesk extract``

Knows the engine, files and Dask; never SQLite or Qt.
"""

from pathlib import Path

MANIFEST = "_manifest.json"


def is_dataset(path) -> bool:
    """Whether ``path`` is a dataset folder written by ``quotedesk extract -o OUTDIR/``."""
    return (Path(path) / MANIFEST).is_file()


def needs_archive_extras(error: ImportError):
    """The one-line error for a copy without Dask or pyarrow (the desktop bundle leaves them out)."""
    from quotedesk.core.errors import QuoteDeskError

    return QuoteDeskError(f"archive datasets and --workers need the Python package {error.name!r}, which this "
                          "copy of QuoteDesk lacks (the desktop bundle leaves it out): pip install quotedesk")
