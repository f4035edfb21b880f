"""``quotedesk extract IN... -o OUT.jsonl``: quotes and speakers of articles, as JSON Lines."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext

from quotedesk.core.model import Analysis, Quote
from quotedesk.core.output import atomic_write
from quotedesk.ingest import ArticleInput, read_paths


def register(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="find quotes and speakers in articles (.txt/.md/.html or .jsonl) and write JSON Lines",
        description="Writes one line per article in the shared scorer's format "
        "(id, text, quotes[start, end, speaker, speaker_mentions]) plus richer fields.",
    )
    p.add_argument("inputs", nargs="+", metavar="IN", help="article files, or .jsonl with {id, text} per line")
    p.add_argument("-o", "--output", default="-", help="output .jsonl (default: standard output)")
    p.add_argument("--no-text", action="store_true", help="leave the article text out of the output")
    p.add_argument("--all", action="store_true", help="also write non-speech quotations (titles, scare quotes)")
    p.add_argument("--library", help="use the active attribution model of this library")
    p.set_defaults(func=run)


def quote_records(analysis: Analysis, *, include_non_speech: bool = False) -> list[dict]:
    """The scorer's records: one per content part, so a split quote scores as its halves."""
    text = analysis.text
    out = []
    for n, q in enumerate(analysis.quotes):
        if not include_non_speech and (not q.is_speech or q.has("nested")):
            continue
        for k, part in enumerate(q.parts):
            out.append(_record(text, q, n, k, part.start, part.end))
    return out


def _record(text: str, q: Quote, n: int, k: int, start: int, end: int) -> dict:
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "speaker": q.speaker,
        "speaker_mentions": [[q.mention.start, q.mention.end]] if q.mention else [],
        "speaker_kind": q.speaker_kind.value,
        "mention_text": q.mention.text(text) if q.mention else None,
        "cue": q.cue.text(text) if q.cue else None,
        "cue_span": [q.cue.start, q.cue.end] if q.cue else None,
        "role": q.role,
        "confidence": q.confidence,
        "method": q.method.value,
        "evidence": list(q.evidence),
        "flags": sorted(q.flags),
        "quote": n,
        "part": k,
        "quote_span": [q.start, q.end],
    }


def article_record(article: ArticleInput, analysis: Analysis, *, with_text: bool, include_non_speech: bool) -> dict:
    row = {"id": article.id}
    if with_text:
        row["text"] = analysis.text
    if article.title:
        row["title"] = article.title
    row["quotes"] = quote_records(analysis, include_non_speech=include_non_speech)
    row["people"] = [
        {"name": p.name, "kind": p.kind.value, "role": p.role, "aliases": list(p.aliases)} for p in analysis.people
    ]
    row["model"] = analysis.model
    return row


def _active_model(path):
    """The active trained model of the library at ``path`` (None: the rules alone)."""
    from quotedesk.services.training import load_active_model
    from quotedesk.store import Library

    with Library.open(path, create=False) as library:
        model = load_active_model(library)
    print(f"quotedesk: using model {model.version}" if model else "quotedesk: using the rules (no trained model is active)", file=sys.stderr)
    return model


def run(args) -> int:
    from tqdm import tqdm

    from quotedesk.engine import analyze_many, load_nlp
    from quotedesk.core.errors import InputError

    failures = 0

    def skipped(path, error: InputError) -> None:
        nonlocal failures
        failures += 1
        print(f"quotedesk: skipped {error}", file=sys.stderr)

    articles: list[ArticleInput] = list(read_paths(args.inputs, on_error=skipped))
    if not articles:
        print("quotedesk: no articles to process", file=sys.stderr)
        return 1
    load_nlp()
    model = _active_model(args.library) if args.library else None
    with nullcontext(sys.stdout) if args.output == "-" else atomic_write(args.output) as out:
        bar = tqdm(total=len(articles), unit="article", file=sys.stderr, disable=len(articles) < 2 or None)
        analyses = analyze_many((a.text for a in articles), model=model)
        for article, analysis in zip(articles, analyses):
            row = article_record(article, analysis, with_text=not args.no_text, include_non_speech=args.all)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            bar.update(1)
        bar.close()
    return 1 if failures else 0
