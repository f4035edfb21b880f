"""Each file is decoded as what it is: UTF-8 first (a legacy stretch repaired, with a warning),
UTF-16 and UTF-32 with or without a byte order mark, legacy code pages detected, binary refused."""

from __future__ import annotations

import logging

import pytest

from quotedesk.core.errors import InputError
from quotedesk.ingest import read_path

ARTICLE = ("Mayor speaks on budget\n\n"
           "“We will not accept these cuts,” said Maria López, the mayor. “Never.”\n\n"
           "Tom Becker disagreed. “The numbers speak for themselves,” he said, “and they are clear.”\n\n"
           "“I have never seen anything like it,” said a café owner in Besançon.\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32", "utf-16", "utf-8-sig"])
def test_unicode_files_are_read_with_or_without_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    assert next(read_path(path)).text == ARTICLE


def test_a_legacy_stretch_in_a_utf8_file_is_repaired_with_a_warning(tmp_path, caplog):
    pasted = "“Prices went up again,” said a shop owner in Besançon.\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + pasted.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="quotedesk.ingest"):
        text = next(read_path(path)).text
    assert text == ARTICLE + pasted  # every curly quote kept: none became ‚Äú
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning == f"{path}: 3 bytes are not UTF-8 (first on line 8); read them as Windows-1252"


def test_a_wholly_legacy_file_is_still_detected(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes('"C\'est la fin, déjà," a dit Jean Dupont à Besançon, où le café coûte cher.'.encode("cp1252"))
    assert "déjà" in next(read_path(path)).text


@pytest.mark.parametrize("data", [bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + bytes(4000), b"\x00\x01\x02\x03" * 900])
def test_binary_is_still_refused(tmp_path, data):
    path = tmp_path / "photo.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary"):
        next(read_path(path))
