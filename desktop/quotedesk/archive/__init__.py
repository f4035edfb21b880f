"""Archive extraction: the engine over whole archives, on every core or on a Dask cluster.

* :mod:`~quotedesk.archive.partitions` - the units of work, read by the workers themselves
* :mod:`~quotedesk.archive.work` - what a worker does with one partition
* :mod:`~quotedesk.archive.run` - the driver: plan, submit, count, resume
* :mod:`~quotedesk.archive.dataset` - the Parquet dataset, its manifest and errors
* :mod:`~quotedesk.archive.records` - the JSON Lines records of ``quotedesk extract``

Knows the engine, files and Dask; never SQLite or Qt.
"""
