"""A seeded-random fuzzer over the readers (``quotedesk.ingest.read_path``), shared by the test
suite (a few seconds) and ``benchmarks/fuzz_ingest.py`` (as long as asked).

Inputs are mutated articles, HTML pages, JSON Lines rows (plain and QuoteDesk export rows) and
raw bytes, under every file suffix: bytes flipped, inserted, cut, doubled or spliced; hostile
tokens dropped in (lone surrogate escapes, deep nesting, NaN, NUL, BOMs, mark runs); JSON values
replaced by values of another type; whole files re-encoded. A reader may refuse an input only
with an ``InputError``, and what it reads must be usable (:func:`_usable`); anything else is a
crash. Input ``i`` of seed ``s`` is reproducible
with :func:`make_input`.
"""

from __future__ import annotations

import heapq
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from quotedesk.core.errors import InputError
from quotedesk.ingest import read_path
from quotedesk.store.export import restore_from_export

ARTICLE = ("Mayor speaks on budget\n\n“We will not accept these cuts,” said Maria López, the mayor.\n\n"
           "Tom Becker disagreed. \"The numbers speak for themselves,\" he said, 'and they're clear.'\n")
PAGE = (f"<!doctype html><html><head><title>Mayor speaks</title></head><body><nav>Home</nav>"
        f"<article><h1>Mayor speaks</h1><p>{ARTICLE}</p></article></body></html>")
PLAIN_ROW = {"id": "a1", "text": ARTICLE, "title": "Mayor speaks", "source": "wire", "date": "2024-05-01"}
EXPORT_ROW = {
    **PLAIN_ROW, "quotedesk_export": 1, "model_version": "rules",
    "quotes": [{"start": 24, "end": 56, "text": "We will not accept these cuts,", "speaker": "Maria López",
                "speaker_mentions": [[62, 73]], "kind": "direct", "speaker_kind": "person", "role": "mayor",
                "quote": 0, "quote_span": [23, 57], "parts": [[24, 56]], "cue": [57, 61], "flags": [],
                "confidence": 0.9, "is_speech": True, "status": "verified", "origin": "machine",
                "model_version": "rules", "part": 0}],
    "other_quotes": [],
    "people": [{"name": "Maria López", "kind": "person", "mentions": [[62, 73]], "aliases": [], "role": "mayor",
                "gender": "f"}],
    "speakers": [{"name": "Maria López", "kind": "person", "aliases": [], "role": "mayor"}],
}
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".ndjson", ""]
TOKENS = [b"\\ud800", b"\\udfff", b"[" * 3000, b"{\"a\":" * 500, b"NaN", b"Infinity", b"\x00", b"\xef\xbb\xbf",
          b"\xff\xfe", b"\xfe\xff\x00\x00", b"\r", b"\r\n", "\u2028".encode(), b"\x80\x93\x94", b"\xe2\x80",
          "“”".encode() * 200, b"'" * 300, b"<html>", b"<!doctype html>", b"</p><p>", b'{"quotedesk_export": 1,',
          b'"quotes": [1]', b'"people": [{"name": 123}]', b'"date": [2020, 1, 1]', b"\n", b"\t" * 50]
VALUES = [None, True, 0, -1, 2**70, 1.5, float("nan"), "", "x" * 500, "\ud800", [], [1], [[0, 5]], {}, {"name": 1},
          [[[[[]]]]], {"start": "0", "end": None}]


def _seed_files() -> list[tuple[str, bytes]]:
    return [
        (".txt", ARTICLE.encode()), (".md", ARTICLE.encode("cp1252", "replace")), (".html", PAGE.encode()),
        (".jsonl", json.dumps(PLAIN_ROW).encode() + b"\n" + json.dumps(EXPORT_ROW).encode() + b"\n"),
        (".jsonl", json.dumps(EXPORT_ROW, ensure_ascii=False).encode()), (".txt", ARTICLE.encode("utf-16-le")),
        (".txt", ARTICLE.encode("utf-32")), ("", b""),
    ]


def _replace_a_value(rng: random.Random, node):
    """The JSON value with one value somewhere in it replaced by a value of any type."""
    if isinstance(node, dict) and node and rng.random() < 0.8:
        key = rng.choice(list(node))
        return {**node, key: _replace_a_value(rng, node[key])}
    if isinstance(node, list) and node and rng.random() < 0.8:
        i = rng.randrange(len(node))
        return node[:i] + [_replace_a_value(rng, node[i])] + node[i + 1:]
    return rng.choice(VALUES)


def _mutate(rng: random.Random, data: bytes, seeds: list[tuple[str, bytes]]) -> bytes:
    n = len(data)
    at = rng.randint(0, n)
    kind = rng.randrange(8)
    if kind == 0 and n:
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(n)] = rng.randrange(256)
        return bytes(out)
    if kind == 1:
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[at:]
    if kind == 2:
        return data[:at] + data[rng.randint(at, n):]
    if kind == 3:
        end = rng.randint(at, n)
        return data[:end] + data[at:end] * rng.randint(1, 50) + data[end:]
    if kind == 4:
        return data[:at] + rng.choice(seeds)[1]
    if kind == 5:
        return data[:at] + rng.choice(TOKENS) + data[at:]
    if kind == 6:
        try:
            text = data.decode("utf-8")
            return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252"]))
        except (UnicodeError, ValueError):
            return data[::-1]
    rows = [EXPORT_ROW, PLAIN_ROW]
    return "\n".join(json.dumps(_replace_a_value(rng, rng.choice(rows)), ensure_ascii=rng.random() < 0.5)
                     for _ in range(rng.randint(1, 3))).encode("utf-8", "surrogatepass")


def make_input(seed: int, i: int) -> tuple[str, bytes]:
    """Input ``i`` of the run with ``seed``: (file suffix, bytes)."""
    rng = random.Random(seed * 1_000_003 + i)
    seeds = _seed_files()
    suffix, data = rng.choice(seeds)
    for _ in range(rng.randint(1, 4)):
        data = _mutate(rng, data, seeds)
    return (rng.choice(SUFFIXES) if rng.random() < 0.2 else suffix), data


@dataclass
class Crash:
    seed: int
    index: int
    suffix: str
    error: str


@dataclass
class FuzzReport:
    tried: int = 0
    refused: int = 0  # inputs (or JSONL lines) refused with an InputError: the expected outcome
    articles: int = 0
    crashes: list[Crash] = field(default_factory=list)
    slowest: tuple[float, int, int] = (0.0, 1, 0)  # seconds, bytes, index: timed again after the run

    def summary(self) -> str:
        seconds, size, index = self.slowest
        return (f"{self.tried} inputs tried, {self.articles} articles read, {self.refused} refusals, "
                f"{len(self.crashes)} crashes; slowest input (#{index}) {seconds * 1000:.1f} ms for {size} bytes "
                f"({seconds / max(size, 1) * 1e6:.2f} µs per byte)")


def _usable(article) -> bool:
    """What the importer and ``extract`` rely on: text fields are text that can be written as UTF-8
    JSON, and an export row restores or is refused with an ``InputError``."""
    assert isinstance(article.id, str) and isinstance(article.text, str) and article.text.strip()
    assert all(v is None or isinstance(v, str) for v in (article.title, article.source, article.date))
    fields = {"id": article.id, "text": article.text, "title": article.title, "source": article.source,
              "date": article.date, **article.extra}
    json.dumps(fields, ensure_ascii=False, allow_nan=False).encode("utf-8")
    try:
        restore_from_export(article)
    except InputError:
        pass
    return True


def fuzz(folder: Path, *, seed: int = 0, n: int | None = None, seconds: float | None = None) -> FuzzReport:
    """Feed inputs to ``read_path`` until ``n`` were tried or ``seconds`` passed."""
    report = FuzzReport()
    for suffix, data in _seed_files():  # first use imports the HTML and encoding libraries: not timed
        (folder / f"seed{suffix}").write_bytes(data)
        try:
            list(read_path(folder / f"seed{suffix}"))
        except InputError:
            pass
    started = time.perf_counter()
    slow: list[tuple[float, int]] = []  # the ten slowest (seconds, index)
    while (n is None or report.tried < n) and (seconds is None or time.perf_counter() - started < seconds):
        took = _read(folder, seed, report.tried, report)
        heapq.heappush(slow, (took, report.tried))
        if len(slow) > 10:
            heapq.heappop(slow)
        report.tried += 1
    # Timed once more: a first use of a library (trafilatura's date parser) is not the input's cost.
    retimed = [(_read(folder, seed, i, FuzzReport()), i) for _, i in slow]
    if retimed:
        took, i = max(retimed)
        report.slowest = (took, len(make_input(seed, i)[1]), i)
    return report


def _read(folder: Path, seed: int, i: int, report: FuzzReport) -> float:
    """Read input ``i`` into ``report``; returns the seconds it took."""

    def refused(path, error: InputError) -> None:
        report.refused += 1

    suffix, data = make_input(seed, i)
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    t0 = time.perf_counter()
    try:
        report.articles += sum(1 for article in read_path(path, on_error=refused) if _usable(article))
    except InputError:
        report.refused += 1
    except Exception as e:  # noqa: BLE001 - what the fuzzer is looking for
        report.crashes.append(Crash(seed, i, suffix, f"{type(e).__name__}: {e}"[:300]))
    return time.perf_counter() - t0
