"""Gold annotations and the shared scorer's figures, computed in-process.

The definitions follow the team's evaluation script (``shared/eval/score.py``): quotes match
when their trimmed spans share at least half of the shorter one (greedy, one to one, largest
intersection first); a speaker is right when the names agree as token sets (titles dropped, one
may extend the other) or the predicted first mention overlaps a gold mention; attributed F1
counts a predicted quote only when it matches and its speaker is right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from quotedesk.core.errors import InputError
from quotedesk.core.model import Analysis

MARKS = "\"'“”‘’«»„‟‹›`´"
TRIM = MARKS + " \t\r\n.,;:!?…—–-()[]"
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady", "gen",
    "general", "col", "sgt", "president", "prime", "minister", "secretary",
    "senator", "sen", "rep", "gov", "governor", "mayor", "the", "of", "state",
    "foreign", "chancellor", "king", "queen", "pope", "judge", "chief",
    "spokesman", "spokeswoman", "spokesperson", "u.s.", "us", "former",
}


@dataclass(slots=True)
class GoldQuote:
    """A quote an annotator or editor confirmed, with who said it."""

    start: int
    end: int
    speaker: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    kind: str | None = None

    def to_json(self) -> dict:
        row = {"start": self.start, "end": self.end, "speaker": self.speaker,
               "speaker_mentions": [list(m) for m in self.mentions]}
        if self.kind:
            row["kind"] = self.kind
        return row


@dataclass(slots=True)
class GoldArticle:
    """An article with its confirmed quotes.

    ``exhaustive`` says every quote of the text is listed, so anything else the engine finds
    is not speech (a gold file); a partly reviewed library article lists only what the editor
    looked at, plus ``rejected`` spans that are known not to be quotes.
    """

    id: str
    text: str
    quotes: list[GoldQuote]
    rejected: list[tuple[int, int]] = field(default_factory=list)
    exhaustive: bool = True

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text, "quotes": [q.to_json() for q in self.quotes]}


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Articles of a gold file in the shared scorer's JSON Lines format.

    Raises
    ------
    InputError
        The file cannot be read or a line is not a gold article; the message names the line.
    """
    return list(iter_gold(path))


def iter_gold(path: str | Path) -> Iterator[GoldArticle]:
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        raise InputError(f"{path}: cannot read the gold file ({e.strerror or e})") from e
    with fh:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise InputError(f"{path}:{n}: not UTF-8 text; a gold file is UTF-8 JSON Lines") from e
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
                quotes = [
                    GoldQuote(int(q["start"]), int(q["end"]), q.get("speaker"),
                              [(int(s), int(e)) for s, e in (q.get("speaker_mentions") or [])], q.get("kind"))
                    for q in row.get("quotes") or []
                ]
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
                raise InputError(f"{path}:{n}: not a gold article ({e})") from e
            yield GoldArticle(str(row.get("id", n)), text, quotes)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def name_tokens(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    name = unicodedata.normalize("NFKC", name).lower()
    name = re.sub(r"['’]s\b", "", name)
    words = re.findall(r"[\w.\-]+", name)
    return frozenset(w.strip(".-") for w in words if w.strip(".-") not in TITLES and w.strip(".-"))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter > 0 and inter * 2 >= max(shorter, 1)


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], test) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, largest intersection first: ``(gold index, pred index)``."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if test(g, p):
                pairs.append((min(g[1], p[1]) - max(g[0], p[0]), gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def same_speaker(gold: GoldQuote, pred: dict) -> bool:
    g, p = name_tokens(gold.speaker), name_tokens(pred.get("speaker"))
    pred_mentions = (pred.get("speaker_mentions") or [])[:1]
    if not g and not gold.mentions:
        return not p and not pred_mentions
    if g and p and (p <= g or g <= p):
        return True
    return any(ps < ge and gs < pe for gs, ge in gold.mentions for ps, pe in pred_mentions)


def prediction_records(analysis: Analysis) -> list[dict]:
    """The scorer's records of an analysis: speech quotes, one per content part."""
    out = []
    for q in analysis.quotes:
        if not q.stands_alone:
            continue
        for part in q.parts:
            out.append({
                "start": part.start, "end": part.end, "speaker": q.speaker,
                "speaker_mentions": [[q.mention.start, q.mention.end]] if q.mention else [],
                "confidence": q.confidence,
            })
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(gold: Iterable[GoldArticle], predictions: dict[str, list[dict]]) -> dict:
    """The shared scorer's figures for ``predictions`` (article id -> prediction records)."""
    n_pred = strict_tp = 0
    outcomes: list[tuple[str, bool, bool]] = []
    judged: list[tuple[float, bool]] = []  # (confidence, right) of each predicted quote that states one
    n_docs = missing = 0
    for art in gold:
        n_docs += 1
        if art.id not in predictions:
            missing += 1
        text = art.text
        pq = predictions.get(art.id) or []
        gs = [trim(text, q.start, q.end) for q in art.quotes]
        ps = [trim(text, q["start"], q["end"]) for q in pq]
        n_pred += len(ps)
        strict_tp += len(match(gs, ps, lambda a, b: a == b))
        pair = dict(match(gs, ps, overlap))
        for gi, q in enumerate(art.quotes):
            pi = pair.get(gi)
            right = pi is not None and same_speaker(q, pq[pi])
            outcomes.append((q.kind or "all", pi is not None, right))
        judged += [(float(q["confidence"]), ok) for q, ok in zip(pq, _right(art, pq, pair))
                   if isinstance(q.get("confidence"), (int, float))]
    n_gold = len(outcomes)
    overlap_tp = sum(m for _, m, _ in outcomes)
    right = sum(r for _, _, r in outcomes)
    result = {
        "documents": n_docs,
        "documents_missing_from_prediction": missing,
        "gold_quotes": n_gold,
        "predicted_quotes": n_pred,
        "quotes_strict": _prf(strict_tp, n_pred, n_gold),
        "quotes_overlap": _prf(overlap_tp, n_pred, n_gold),
        "speaker_accuracy": round(right / overlap_tp, 4) if overlap_tp else 0.0,
        "attributed": _prf(right, n_pred, n_gold),
    }
    if judged:
        result["confidence"] = confidence_figures(judged)
    kinds = sorted({k for k, _, _ in outcomes})
    if kinds and kinds != ["all"]:
        for kind in kinds:
            rows = [o for o in outcomes if o[0] == kind]
            matched = sum(m for _, m, _ in rows)
            result[f"by_kind.{kind}"] = {
                "gold_quotes": len(rows),
                "recall_overlap": round(matched / len(rows), 4) if rows else 0.0,
                "speaker_accuracy": round(sum(r for _, _, r in rows) / matched, 4) if matched else 0.0,
            }
    return result


def _right(article: GoldArticle, records: list[dict], pair: dict[int, int]) -> list[bool]:
    """Per prediction record: it matches a gold quote (``pair``: gold -> record) and its speaker is right."""
    right = {pi for gi, pi in pair.items() if same_speaker(article.quotes[gi], records[pi])}
    return [pi in right for pi in range(len(records))]


def judge(article: GoldArticle, records: list[dict]) -> list[bool | None]:
    """Per prediction record, whether the scorer counts it right (a real quote with the right
    speaker); None where a partly reviewed article cannot say (neither confirmed nor rejected)."""
    text = article.text
    gs = [trim(text, q.start, q.end) for q in article.quotes]
    ps = [trim(text, q["start"], q["end"]) for q in records]
    pair = dict(match(gs, ps, overlap))
    out: list[bool | None] = list(_right(article, records, pair))
    if not article.exhaustive:
        known = set(pair.values())
        rejected = [trim(text, s, e) for s, e in article.rejected]
        out = [ok if pi in known or any(overlap(r, ps[pi]) for r in rejected) else None for pi, ok in enumerate(out)]
    return out


def confidence_figures(judged: list[tuple[float, bool]]) -> dict:
    """How far ``(confidence, right)`` pairs can be trusted, as the shared scorer measures it.

    ``auto_accept_at_P``: the largest share of quotes, most confident first (cut only between
    distinct values), that is at least P right: what an editor could accept unread. ``ece``:
    the expected calibration error over ten equal-width bins (0: confidence means what it says).
    """
    rows = sorted(judged, key=lambda r: -r[0])
    n = len(rows)

    def share_at(p: float) -> float:
        best = right = 0
        for k, (c, ok) in enumerate(rows, 1):
            right += ok
            if (k == n or rows[k][0] != c) and right >= p * k:
                best = k
        return round(best / n, 4)

    bins: list[list[tuple[float, bool]]] = [[] for _ in range(10)]
    for c, ok in rows:
        bins[min(max(int(c * 10), 0), 9)].append((c, ok))
    ece = sum(abs(sum(c for c, _ in b) - sum(ok for _, ok in b)) for b in bins if b) / n
    return {"auto_accept_at_0.98": share_at(0.98), "auto_accept_at_0.95": share_at(0.95), "ece": round(ece, 4)}


def headline(metrics: dict) -> str:
    """One line for an editor: attributed F1, speaker accuracy, quote F1, and how far the
    confidence can be trusted (share acceptable unread at 98% precision, calibration error)."""
    trust = metrics.get("confidence")
    return (f"attributed F1 {metrics['attributed']['f1']:.3f}, speaker accuracy "
            f"{metrics['speaker_accuracy']:.3f}, quote F1 {metrics['quotes_overlap']['f1']:.3f}"
            + (f", {trust['auto_accept_at_0.98']:.0%} acceptable unread at 98%, calibration error {trust['ece']:.3f}"
               if trust else "")
            + f" ({metrics['gold_quotes']} quotes in {metrics['documents']} articles)")
