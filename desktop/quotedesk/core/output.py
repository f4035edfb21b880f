"""Writing an output file atomically: a temporary file beside it, fsynced, then renamed over it.

A write that fails part-way (disk full, file size limit, no permission, interrupted) leaves the
file that was there before byte for byte as it was, removes the temporary file and raises
:class:`~quotedesk.core.errors.OutputError` with one line naming the file. A target that is not
a regular file (``/dev/stdout``, a pipe) is written directly, as it cannot be renamed over.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from quotedesk.core.errors import OutputError


@contextmanager
def atomic_write(path: str | Path, *, binary: bool = False, newline: str | None = None) -> Iterator[IO]:
    """A file object to write ``path`` through (UTF-8 text unless ``binary``)."""
    path = Path(path)
    mode, encoding = ("wb", None) if binary else ("w", "utf-8")
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise _error(path, e) from e
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: is a folder; give a file name to write")
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            with open(path, mode, encoding=encoding, newline=newline) as f:
                yield f
        except OSError as e:
            raise OutputError(f"{path}: cannot write ({e.strerror or e})") from e
        return
    if not path.parent.is_dir():
        raise OutputError(f"{path}: the folder {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        if st is not None:
            os.chmod(fd, stat.S_IMODE(st.st_mode))
    except OSError as e:
        raise _error(path, e) from e
    try:
        with open(fd, mode, encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise _error(path, e) from e
        raise
    _fsync_folder(path.parent)


def _error(path: Path, e: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write the file ({e.strerror or e}); nothing was changed")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (not possible on every platform and file system)."""
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
