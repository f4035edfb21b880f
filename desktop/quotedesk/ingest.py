"""Reading articles from files: plain text, Markdown, HTML and JSON Lines.

Knows files and encodings, not spaCy, SQLite or Qt. Every failure is an :class:`InputError`
whose message names the file and says what is wrong with it. Texts are kept exactly as decoded
(CRLF line ends and all), so offsets reported into them index the file's text as given.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Iterator

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from quotedesk.core import strict_json
from quotedesk.core.chrome import is_chrome
from quotedesk.core.errors import InputError

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024  # a single article above this is not an article
MAX_JSONL_BYTES = 256 * 1024 * 1024  # nor a JSON Lines file of articles above this
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(slots=True)
class ArticleInput:
    """One article's text and what the file tells about it."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None  # path or URL it came from
    date: str | None = None  # ISO date when known
    extra: dict = field(default_factory=dict)  # other fields of a JSONL row

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """Hash of the text with whitespace normalised, so re-saved copies match."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def decode(data: bytes, *, name: str = "input") -> str:
    """Bytes to text: BOMs honoured, UTF-16/32 recognised, UTF-8 tried first, then detected; binary refused.

    A UTF-8 file with stretches in a legacy encoding (text pasted in from an old file) stays
    UTF-8; the stretches are read as Windows-1252, with a warning naming the first line.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    if b"\x00" in data[:8192]:
        text = _wide_unicode(data, name)
        if text is None:
            raise InputError(f"{name}: this is a binary file, not a text article")
        return text
    text = data.decode("utf-8", errors="surrogateescape")  # bytes that are not UTF-8 become U+DC80-U+DCFF
    stretches = [m.span() for m in _NOT_UTF8.finditer(text)]
    if not stretches:
        return text
    n_bad = sum(end - start for start, end in stretches)
    if sum(1 for ch in text if ord(ch) > 127) - n_bad >= len(stretches):  # more UTF-8 than not
        first = text.count("\n", 0, stretches[0][0]) + 1
        log.warning("%s: %d bytes are not UTF-8 (first on line %d); read them as Windows-1252", name, n_bad, first)
        return _NOT_UTF8.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"), text)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    # Short texts fit many legacy code pages equally well; Windows-1252 is by far the commonest
    # for news copy, so it wins any near tie.
    for m in matches:
        if m.encoding in ("cp1252", "latin_1", "iso8859_15") and best is not None and m.chaos <= best.chaos + 0.1:
            best = m
            break
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding; save it as UTF-8 and retry")
    log.info("%s: decoded as %s", name, best.encoding)
    return str(best)


# UTF-32's BOMs start with UTF-16's, so they come first.
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_NOT_UTF8 = re.compile("[\udc80-\udcff]+")


def _wide_unicode(data: bytes, name: str) -> str | None:
    """Text in UTF-32 or UTF-16 without a BOM, or None: byte order from where the zero bytes are;
    text has spaces and no control, unassigned or private-use characters."""
    head = data[:8192]
    little = head[1::2].count(0) >= head[0::2].count(0)
    order = ("le", "be") if little else ("be", "le")
    for enc in (f"utf-{bits}-{order[k]}" for k in (0, 1) for bits in (32, 16)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:8192]
        if any(ch.isspace() for ch in sample) and not any(
            unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\r\n\t\f\v" for ch in sample
        ):
            log.info("%s: decoded as %s (no byte order mark)", name, enc)
            return text
    return None


def check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the article has no text")
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if bad > 0.01 * min(len(text), 20000):
        raise InputError(f"{name}: this looks like a binary file, not a text article")
    return text


def html_to_article(html: str, *, name: str = "input") -> ArticleInput:
    """The main text, title and date of an HTML page (trafilatura), page chrome left out."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        raise InputError(f"{name}: no article text found in this HTML page")
    # trafilatura gives one line per paragraph; the engine reads blank lines as paragraph breaks.
    text = re.sub(r"\n+", "\n\n", text.strip())
    return ArticleInput(
        id=Path(name).stem,
        text=text,
        title=page_title([*_meta_titles(html), doc.title], doc.sitename) or guess_title(text),
        date=getattr(doc, "date", None),
        source=name,
    )


def _meta_titles(html: str) -> list[str]:
    """The page's own headlines, most deliberate first: og:title, twitter:title, ``<title>``, ``<h1>``."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    found = tree.xpath('//meta[@property="og:title" or @name="og:title" or @name="twitter:title"]/@content')
    return [*found, *(t.text_content() for t in tree.xpath("//title | //h1"))]


def read_path(path: str | Path, *, on_error=None) -> Iterator[ArticleInput]:
    """Articles in a file: one for .txt/.md/.html, one per line for .jsonl.

    Raises :class:`InputError` for a file that cannot be read at all. A bad line of a JSONL
    file goes to ``on_error(path, error)`` and the lines after it are still read; without
    ``on_error`` it raises when reached, after the good lines before it were yielded.
    """
    path = Path(path)
    # The path as text: bytes of a file name that are not UTF-8 are shown as U+FFFD, so the id
    # and source taken from it can be stored and written.
    name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if path.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unsupported file type '{suffix}' (use .txt, .md, .html or .jsonl)")
    data = _read_file(path, name, MAX_JSONL_BYTES if suffix in JSONL_SUFFIXES else MAX_BYTES)
    text = decode(data, name=name)
    if suffix in JSONL_SUFFIXES:
        for n, line in enumerate(text.split("\n"), 1):
            # Rows end at "\n" only: a JSON string may hold a raw U+2028, which splitlines() breaks at.
            if not line.strip():
                continue
            try:
                article = jsonl_article(line, where=f"{name}:{n}", default_id=f"{Path(name).stem}-{n}", source=name)
            except InputError as e:
                if on_error is None:
                    raise
                on_error(path, e)
            else:
                yield article
    elif suffix in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        article = html_to_article(text, name=name)
        article.text = check_text(article.text, name)
        yield article
    else:
        yield ArticleInput(id=Path(name).stem, text=check_text(text, name), source=name, title=guess_title(text))


# The two row formats of a JSONL file, checked before anything is taken from a row: plain input
# ({"id", "text"} and optional metadata) and a QuoteDesk export (store/export.py), whose quotes,
# people and speakers are restored as they are. Fields not named here are kept as they come.
class _Strict(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


Pair = Annotated[list[int], Field(min_length=2, max_length=2)]


class _Row(_Strict):
    id: str | int | None = None
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None


class _ExportQuote(_Strict):
    start: int
    end: int
    quote: int | str | None = None
    quote_span: Pair | None = None
    parts: list[Pair] | None = None
    speaker: str | None = None
    speaker_mentions: list[Pair] | None = None
    speaker_kind: str | None = None
    cue: Pair | None = None
    role: str | None = None
    confidence: float | None = None
    flags: list[str] | None = None
    status: str | None = None
    origin: str | None = None
    model_version: str | None = None


class _ExportPerson(_Strict):
    name: str
    kind: str | None = None
    mentions: list[Pair] | None = None
    aliases: list[str] | None = None
    role: str | None = None
    gender: str | None = None


class _ExportRow(_Row):
    quotes: list[_ExportQuote]
    other_quotes: list[_ExportQuote] | None = None
    people: list[_ExportPerson] | None = None
    speakers: list[_ExportPerson] | None = None
    model_version: str | None = None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _read_file(path: Path, name: str, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit``: a pipe, device or socket is refused unread."""
    try:
        # Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as e:
        raise InputError(f"{name}: a broken symbolic link" if path.is_symlink() else f"{name}: no such file") from e
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(f"{name}: a loop of symbolic links, not a file") from e
        raise InputError(f"{name}: cannot read the file ({e.strerror or e})") from e
    with open(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file (a pipe, device or socket); only files are read")
        try:
            data = f.read(limit + 1)
        except OSError as e:
            raise InputError(f"{name}: cannot read the file ({e.strerror or e})") from e
    if len(data) > limit:
        raise InputError(f"{name}: larger than {limit // 1024 // 1024} MB, too large to read")
    return data


def jsonl_article(line: str, *, where: str, default_id: str, source: str) -> ArticleInput:
    """The article of one JSON Lines row; ``where`` names the row in messages."""
    try:
        row = strict_json.loads(line)
    except ValueError as e:
        raise InputError(f"{where}: not valid JSON ({getattr(e, 'msg', e)})") from e
    except RecursionError as e:
        raise InputError(f"{where}: the JSON is nested too deeply") from e
    if not isinstance(row, dict):
        raise InputError(f"{where}: each line needs a JSON object with a \"text\" string")
    if _SURROGATE_ESCAPE.search(line):
        try:
            json.dumps(row, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as e:
            raise InputError(f"{where}: an unpaired surrogate escape (\\uD800-\\uDFFF) is not text") from e
    schema = _ExportRow if row.get("quotedesk_export") else _Row
    try:
        schema.model_validate(row)
    except ValidationError as e:
        raise InputError(f"{where}: {_schema_problem(e)}") from e
    extra = {k: v for k, v in row.items() if k not in {"id", "text", "title", "source", "date"}}
    return ArticleInput(
        id=str(row.get("id") or default_id),
        text=check_text(row["text"], where),
        title=row.get("title") or guess_title(row["text"]),
        source=row.get("source") or source,
        date=row.get("date"),
        extra=extra,
    )


def _schema_problem(error: ValidationError) -> str:
    """The first thing wrong with a row, in one line: ``people[0].name should be a valid string (got 123)``."""
    first = error.errors(include_url=False)[0]
    field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]).lstrip(".")
    if first["type"] == "missing":
        return f'"{field}" is missing'
    what = "should be a JSON object" if first["type"] in ("model_type", "dict_type") else first["msg"].removeprefix("Input ")
    got = repr(first["input"])
    return f"{field or 'the row'} {what} (got {got[:40] + '…' if len(got) > 40 else got})"


def read_paths(paths, *, on_error=None) -> Iterator[ArticleInput]:
    """Articles from many files; a bad file or line goes to ``on_error(path, error)`` and is skipped."""
    for p in paths:
        try:
            yield from read_path(p, on_error=on_error)
        except InputError as e:
            if on_error is None:
                raise
            on_error(p, e)


def guess_title(text: str) -> str | None:
    """The headline of a plain-text article: among its first lines, the first that reads as a
    headline (a short line of words, no sentence, no page chrome)."""
    for line in text.splitlines()[:30]:
        line = " ".join(line.split())
        if 8 <= len(line) <= 160 and " " in line and not line.endswith((".", ",", ":")) and not is_chrome(line):
            return line
    return None


def page_title(candidates, site: str | None = None) -> str | None:
    """The first of an HTML page's title candidates (og:title, ``<title>``, ``<h1>``...) that is
    not page chrome, without the site's name ("Storm hits coast | The Herald" → "Storm hits coast")."""
    for title in candidates:
        title = " ".join((title or "").split())
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) > 1:
            for end in (-1, 0):  # the site's name comes last, or first
                if _site_like(parts[end], site, len(title) - len(parts[end])):
                    title = title.replace(parts[end], "", 1).strip(" |-–—:·")
                    break
        if title and not is_chrome(title):
            return title
    return None


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·:]{1,2}\s+|\s+-\s+")


def _site_like(part: str, site: str | None, rest: int) -> bool:
    part = part.strip()
    if site and part.casefold() == site.strip().casefold():
        return True
    return len(part.split()) <= 4 and len(part) < rest


