"""The archive output: a Parquet dataset of one row per article, written part by part.

``OUTDIR/`` holds ``part-KEY.parquet`` (one per input partition, written by the worker that ran
it: a temporary file renamed into place, so a part is either whole or absent),
``_manifest.json`` (engine, model and spaCy versions, the options; written by the driver) and
``_errors.jsonl`` (one line per article or partition that failed). The explicit
:data:`SCHEMA` makes the dataset readable by DuckDB, pandas, Polars and Spark alike::

    SELECT q.speaker, count(*) FROM read_parquet('OUTDIR/*.parquet'), unnest(quotes) AS t(q)
    WHERE q.speech GROUP BY 1 ORDER BY 2 DESC LIMIT 20;
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from quotedesk.archive import MANIFEST
from quotedesk.core.model import Analysis, Method, Person, Quote, Span, SpeakerKind
from quotedesk.core.output import atomic_write
from quotedesk.ingest import ArticleInput

ERRORS = "_errors.jsonl"
FORMAT = "quotedesk-archive-1"

_span = pa.struct([("start", pa.int64()), ("end", pa.int64())])
QUOTE = pa.struct([
    ("quote", pa.int32()),  # the quote's number in the article
    ("start", pa.int64()), ("end", pa.int64()),  # the whole quote, marks included
    ("parts", pa.list_(_span)),  # the quoted words (two or more when interrupted)
    ("text", pa.string()),  # the quoted words, parts joined by " … "
    ("speech", pa.bool_()),  # False for titles, scare quotes and other non-speech
    ("speaker", pa.string()), ("speaker_kind", pa.string()), ("role", pa.string()),
    ("mention_start", pa.int64()), ("mention_end", pa.int64()), ("mention_text", pa.string()),
    ("cue_start", pa.int64()), ("cue_end", pa.int64()), ("cue_text", pa.string()),
    ("confidence", pa.float64()), ("method", pa.string()),
    ("flags", pa.list_(pa.string())), ("evidence", pa.list_(pa.string())),
])
PERSON = pa.struct([
    ("name", pa.string()), ("kind", pa.string()), ("role", pa.string()), ("gender", pa.string()),
    ("aliases", pa.list_(pa.string())), ("mentions", pa.list_(_span)),
])
SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("date", pa.string()),
    ("text", pa.string()),  # null with --no-text
    ("model", pa.string()),  # the engine or trained model version that found the quotes
    ("error", pa.string()),  # why the article has no analysis; null when it has one
    ("quotes", pa.list_(QUOTE)), ("people", pa.list_(PERSON)),
], metadata={"quotedesk": FORMAT})


def article_row(article: ArticleInput, analysis: Analysis | None, *, with_text: bool, error: str | None = None) -> dict:
    """The dataset row of one article (``analysis`` None: an error row)."""
    text = article.text
    return {
        "id": article.id, "source": article.source, "title": article.title, "date": article.date,
        "text": text if with_text else None,
        "model": analysis.model if analysis else None,
        "error": error,
        "quotes": [_quote(text, n, q) for n, q in enumerate(analysis.quotes)] if analysis else [],
        "people": [
            {"name": p.name, "kind": p.kind.value, "role": p.role, "gender": p.gender, "aliases": list(p.aliases),
             "mentions": [_pair(m) for m in p.mentions]}
            for p in analysis.people
        ] if analysis else [],
    }


def article_from_row(row: dict) -> tuple[ArticleInput, Analysis]:
    """The article and analysis a dataset row holds (the inverse of :func:`article_row`).

    Raises ``ValueError`` for an error row, a row without its text (``--no-text``) or offsets
    outside the text.
    """
    if row.get("error"):
        raise ValueError(row["error"])
    text = row.get("text")
    if text is None:
        raise ValueError("the dataset holds no article text (it was written with --no-text)")

    def span(start, end) -> Span | None:
        if start is None:
            return None
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"[{start}, {end}) is outside the article's {len(text)} characters")
        return Span(start, end)

    quotes = [
        Quote(start=q["start"], end=q["end"], parts=tuple(span(p["start"], p["end"]) for p in q["parts"]),
              speaker=q["speaker"], speaker_kind=SpeakerKind(q["speaker_kind"]), role=q["role"],
              mention=span(q["mention_start"], q["mention_end"]), cue=span(q["cue_start"], q["cue_end"]),
              confidence=q["confidence"], method=Method(q["method"]), flags=frozenset(q["flags"]),
              evidence=tuple(q["evidence"]))
        for q in row["quotes"] if span(q["start"], q["end"])
    ]
    people = [
        Person(name=p["name"], kind=SpeakerKind(p["kind"]), role=p["role"], gender=p["gender"],
               aliases=tuple(p["aliases"]), mentions=tuple(span(m["start"], m["end"]) for m in p["mentions"]))
        for p in row["people"]
    ]
    article = ArticleInput(id=row["id"], text=text, title=row.get("title"), source=row.get("source"), date=row.get("date"))
    return article, Analysis(text=text, quotes=quotes, people=people, model=row.get("model") or "")


def error_row(ident: str, source: str | None, error: str) -> dict:
    return {"id": ident, "source": source, "error": error, "quotes": [], "people": []}


def _pair(span) -> dict:
    return {"start": span.start, "end": span.end}


def _quote(text: str, n: int, q: Quote) -> dict:
    return {
        "quote": n, "start": q.start, "end": q.end, "parts": [_pair(p) for p in q.parts],
        "text": q.content(text), "speech": q.stands_alone,
        "speaker": q.speaker, "speaker_kind": q.speaker_kind.value, "role": q.role,
        "mention_start": q.mention.start if q.mention else None,
        "mention_end": q.mention.end if q.mention else None,
        "mention_text": q.mention.text(text) if q.mention else None,
        "cue_start": q.cue.start if q.cue else None, "cue_end": q.cue.end if q.cue else None,
        "cue_text": q.cue.text(text) if q.cue else None,
        "confidence": q.confidence, "method": q.method.value,
        "flags": sorted(q.flags), "evidence": list(q.evidence),
    }


def part_path(outdir: Path, key: str) -> Path:
    return Path(outdir) / f"part-{key}.parquet"


@contextmanager
def part_writer(path: Path, *, rows_per_group: int = 256) -> Iterator[Callable[[dict], None]]:
    """``add(row)`` for the rows of one part file, written a row group at a time (memory stays
    bounded however large the partition) and whole or not at all: into a temporary file
    beside its place, synced and renamed into it when the block ends without an error."""
    with atomic_write(path, binary=True) as f, pq.ParquetWriter(f, SCHEMA, compression="zstd") as writer:
        group: list[dict] = []

        def flush() -> None:
            writer.write_table(pa.Table.from_pylist(group, schema=SCHEMA))
            group.clear()

        def add(row: dict) -> None:
            group.append(row)
            if len(group) == rows_per_group:
                flush()

        yield add
        if group:
            flush()


def finished_parts(outdir: Path) -> set[str]:
    """Keys of the partitions whose part file is in ``outdir``."""
    return {p.name[len("part-"):-len(".parquet")] for p in Path(outdir).glob("part-*.parquet")}


def remove_unfinished(outdir: Path) -> int:
    """Delete the temporary part files a killed run left behind; returns how many."""
    stale = list(Path(outdir).glob(".part-*.tmp"))
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def read_manifest(outdir: Path) -> dict | None:
    path = Path(outdir) / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def write_manifest(outdir: Path, manifest: dict) -> None:
    with atomic_write(Path(outdir) / MANIFEST) as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")


def append_errors(outdir: Path, errors: Iterable[dict]) -> None:
    """Add lines to ``_errors.jsonl`` (the driver alone writes it)."""
    lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    if lines:
        with open(Path(outdir) / ERRORS, "a", encoding="utf-8") as f:
            f.write(lines)
            f.flush()
            os.fsync(f.fileno())


def read_rows(outdir: Path, *, batch_size: int = 256) -> Iterator[dict]:
    """Every article row of a dataset, part by part in name order, a batch in memory at a time."""
    for part in sorted(Path(outdir).glob("part-*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=batch_size):
            yield from batch.to_pylist()


def count_rows(outdir: Path) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in Path(outdir).glob("part-*.parquet"))
