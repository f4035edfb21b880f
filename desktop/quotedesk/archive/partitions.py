"""Input partitions: the units of archive work, each read by the worker that runs it.

A partition names a piece of the input (a few files of a folder, a byte range of a JSON Lines
file, a row group of a Parquet file, a CSV file), never its text: the driver plans partitions
from file names, sizes and Parquet metadata, and each worker reads its own piece from the
shared file system. Plans are deterministic, so a rerun into the same output folder finds the
partitions it already finished by their keys.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotedesk.core.errors import InputError
from quotedesk.ingest import JSONL_SUFFIXES, MAX_BYTES, SUFFIXES, ArticleInput, check_text, jsonl_article, read_path

PARQUET_SUFFIXES = {".parquet", ".pq"}
CSV_SUFFIXES = {".csv"}
MIN_BYTES, MAX_BYTES_PER_PARTITION = 64 * 1024, 4 * 1024 * 1024
MAX_FILES = 1000  # article files in one partition at most


def partition_bytes(total: int, workers: int) -> int:
    """Input bytes per partition: about 16 partitions per worker, so the workers end together,
    between 64 KiB (about 8 news articles) and 4 MiB (a few hundred)."""
    return max(MIN_BYTES, min(MAX_BYTES_PER_PARTITION, total // (16 * max(workers, 1)) + 1))


@dataclass(frozen=True, slots=True)
class Partition:
    """One piece of the input: ``kind`` is files, jsonl, parquet or csv."""

    kind: str
    paths: tuple[str, ...]  # files of a folder; else the one data file
    start: int = 0  # jsonl: first byte; parquet: row group
    end: int = 0  # jsonl: byte after the range; parquet: row group + 1

    @property
    def key(self) -> str:
        """A stable name for the partition's part file (the same plan gives the same keys)."""
        ident = "\0".join((self.kind, *self.paths, str(self.start), str(self.end)))
        stem = Path(self.paths[0]).stem[:40] or "input"
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in stem)
        return f"{safe}-{hashlib.sha1(ident.encode('utf-8', 'surrogateescape')).hexdigest()[:12]}"

    def describe(self) -> str:
        if self.kind == "files":
            return f"{self.paths[0]} (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else self.paths[0]
        if self.kind == "jsonl":
            return f"{self.paths[0]} bytes {self.start}-{self.end}"
        if self.kind == "parquet":
            return f"{self.paths[0]} row group {self.start}"
        return self.paths[0]


def input_files(inputs: Iterable[str | os.PathLike], *, on_error=None) -> list[Path]:
    """The files to read (folders searched recursively, in name order, hidden files left out).

    A path that cannot be used goes to ``on_error(path, InputError)`` (raised without it).
    """
    return list(_files(inputs, on_error))


def plan(files: Iterable[Path], *, size: int, on_error=None) -> Iterator[Partition]:
    """The partitions of ``files``, each about ``size`` bytes of input."""
    batch: list[str] = []
    batch_bytes = 0
    for path in files:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _byte_ranges(path, size)
        elif suffix in PARQUET_SUFFIXES:
            yield from _row_groups(path, on_error)
        elif suffix in CSV_SUFFIXES:
            yield Partition("csv", (str(path),))
        else:
            batch.append(str(path))
            batch_bytes += _size(path)
            if batch_bytes >= size or len(batch) == MAX_FILES:
                yield Partition("files", tuple(batch))
                batch, batch_bytes = [], 0
    if batch:
        yield Partition("files", tuple(batch))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the worker reports why it cannot read it


def total_bytes(files: Iterable[Path]) -> int:
    return sum(map(_size, files))


def _files(inputs, on_error) -> Iterator[Path]:
    known = SUFFIXES | PARQUET_SUFFIXES | CSV_SUFFIXES
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    p = Path(root, name)
                    if not name.startswith(".") and p.suffix.lower() in known - {""}:
                        yield p
        elif path.exists():
            yield path
        else:
            _fail(on_error, given, InputError(f"{given}: no such file or folder"))


def _fail(on_error, path, error: InputError) -> None:
    if on_error is None:
        raise error
    on_error(path, error)


def _byte_ranges(path: Path, size: int) -> Iterator[Partition]:
    total = path.stat().st_size
    for start in range(0, max(total, 1), size):
        yield Partition("jsonl", (str(path),), start, min(start + size, total))


def _row_groups(path: Path, on_error) -> Iterator[Partition]:
    import pyarrow.parquet as pq

    try:
        groups = pq.ParquetFile(path).metadata.num_row_groups
    except Exception as e:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        _fail(on_error, path, InputError(f"{path}: not a readable Parquet file ({e})"))
        return
    for g in range(groups):
        yield Partition("parquet", (str(path),), g, g + 1)


def read(partition: Partition) -> Iterator[ArticleInput | InputError]:
    """The articles of a partition, in order; an article that cannot be read is an InputError
    in its place (the rest are still read)."""
    if partition.kind == "files":
        for path in partition.paths:
            try:
                yield from read_path(path)
            except InputError as e:
                yield e
    elif partition.kind == "jsonl":
        yield from _read_jsonl(partition)
    else:
        yield from _read_table(partition)


def _read_jsonl(p: Partition) -> Iterator[ArticleInput | InputError]:
    """Lines whose first byte lies in [start, end): the line under ``start`` belongs to the
    partition before. Ids of rows without one are ``STEM@BYTE`` (the byte where the row starts)."""
    path = p.paths[0]
    stem = Path(path).stem
    with open(path, "rb") as f:
        pos = p.start
        if pos > 0:
            f.seek(pos - 1)
            pos += len(f.readline()) - 1  # to the start of the first line that begins in range
        while pos < p.end:
            line = f.readline()
            if not line:
                break
            where, row_start = f"{path}@{pos}", pos
            pos += len(line)
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                yield InputError(f"{where}: the line is not UTF-8")
                continue
            try:
                yield jsonl_article(text, where=where, default_id=f"{stem}@{row_start}", source=path)
            except InputError as e:
                yield e


def _read_table(p: Partition) -> Iterator[ArticleInput | InputError]:
    """Rows of a Parquet row group or a CSV file with ``id`` and ``text`` (and optional
    ``title``, ``date``, ``source``) columns, in record batches. A row without an id is
    ``STEM#ROW`` (its row number in the file)."""
    import pyarrow as pa

    path = p.paths[0]
    try:
        row, batches = _table_batches(p)
        for batch in batches:
            if "text" not in batch.schema.names:
                yield InputError(f"{path}: no 'text' column (the columns are {', '.join(batch.schema.names)})")
                return
            for values in batch.to_pylist():
                yield _table_article(values, path, row)
                row += 1
    except (pa.ArrowException, OSError) as e:
        yield InputError(f"{path}: cannot read the table ({e})")


def _table_batches(p: Partition):
    """The number of the partition's first row in its file, and its record batches."""
    wanted = ["id", "text", "title", "date", "source"]
    if p.kind == "parquet":
        import pyarrow.parquet as pq

        f = pq.ParquetFile(p.paths[0])
        first = sum(f.metadata.row_group(g).num_rows for g in range(p.start))
        columns = [c for c in wanted if c in f.schema_arrow.names]
        return first, f.iter_batches(batch_size=256, row_groups=[p.start], columns=columns)
    import pyarrow.csv as pcsv

    options = pcsv.ConvertOptions(include_columns=wanted, include_missing_columns=True,
                                  column_types={c: "string" for c in wanted})
    return 0, pcsv.open_csv(p.paths[0], convert_options=options)


def _table_article(row: dict, path: str, n: int) -> ArticleInput | InputError:
    ident = row.get("id")
    where = f"{path}:{ident if ident is not None else n}"
    text = row.get("text")
    if not isinstance(text, str):
        return InputError(f"{where}: the article has no text")
    if len(text) > MAX_BYTES:
        return InputError(f"{where}: larger than {MAX_BYTES // 1024 // 1024} MB, too large for one article")
    try:
        text = check_text(text, where)
    except InputError as e:
        return e
    return ArticleInput(id=str(ident) if ident is not None else f"{Path(path).stem}#{n}", text=text,
                        title=row.get("title"), date=_text(row.get("date")), source=row.get("source") or path)


def _text(value) -> str | None:
    return None if value is None else str(value)
