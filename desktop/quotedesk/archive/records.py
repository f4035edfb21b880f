"""The JSON Lines records of ``quotedesk extract``: the shared scorer's format plus richer fields."""

from __future__ import annotations

from quotedesk.core.model import Analysis, Quote
from quotedesk.ingest import ArticleInput


def quote_records(analysis: Analysis, *, include_non_speech: bool = False) -> list[dict]:
    """The scorer's records: one per content part, so a split quote scores as its halves."""
    text = analysis.text
    out = []
    for n, q in enumerate(analysis.quotes):
        if not include_non_speech and not q.stands_alone:
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
