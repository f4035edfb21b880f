"""The engine on news written by others, where the answer keys name every speaker in full.

Usage: python benchmarks/written_news.py [SET_DIR ...] [--by-evidence] [--list-wrong]

A set is a folder of articles (``NN.txt``) each with an answer key (``NN.json``): every
quotation of the article in order, as ``{"quote": "<its first 40 characters>", "speaker": "<the
full name, or the description the article gives>", "non_speech": false}`` (non-speech:
titles, slogans, chants, nicknames, terms; speaker null). Without arguments, every set under
``benchmarks/written/`` (see its README for who wrote each and which were fixed from).

PolNeAR's gold marks the mention a quote's source is ("he"), not the person: the shared scorer
counts "he said" right whoever the engine resolves "he" to. These keys name the person, so they
check what an editor sees, the full name. For each set it prints:

- quotations whose speaker is right (names compared as word sets, titles and articles dropped,
  one may extend the other: "Kerry" names "John Kerry"), or rightly flagged non-speech;
- the confidence figures of the shared scorer over the quotes the engine calls speech, each
  right when it is the quote a key entry opens and names that entry's speaker:
  ``auto_accept_at_0.98`` and ``@0.95``, ``ece``, and the share at confidence >= 0.97 with how
  many of them are right.

``--by-evidence`` adds, per piece of evidence (``engine.confidence.TABLE`` keys), how many
speech quotes carry it and how often they are right: the check of the table's entries PolNeAR
cannot see (how a pronoun was resolved). ``--list-wrong`` lists the wrong quotes, most
confident first.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from quotedesk.engine.confidence import TABLE
from quotedesk.engine.learn.scoring import confidence_figures, name_tokens
from quotedesk.engine.pipeline import analyze_document

HERE = Path(__file__).resolve().parent


def key_spans(text: str, key: list[dict]) -> list[tuple[int, int]]:
    """Where each key entry's quotation starts and its fragment ends, found in order."""
    spans, at = [], 0
    for entry in key:
        frag = entry["quote"].strip()
        k = _after_mark(text, frag, at)  # (not the same words inside the quotation before: "party machine")
        if k < 0:
            k = text.find(frag, at)
        if k < 0:
            k = text.find(frag)
        if k < 0:
            raise SystemExit(f"written_news: a key's quotation is not in its article: {frag!r}")
        spans.append((k, k + len(frag)))
        at = k + 1
    return spans


def _after_mark(text: str, frag: str, at: int) -> int:
    """Where ``frag`` first stands right after a quotation mark from ``at`` on, -1 if nowhere."""
    k = text.find(frag, at)
    while k > 0 and text[k - 1] not in "“‘\"'«„":
        k = text.find(frag, k + 1)
    return k


ARTICLES = frozenset({"a", "an", "the", "one"})


# The words a description may give for the same relative: "Arjun Mehta's mum" is his mother.
KIN_SAME = {"mum": "mother", "mom": "mother", "mummy": "mother", "mama": "mother", "dad": "father", "daddy": "father",
            "papa": "father"}


def same_name(a: str | None, b: str | None) -> bool:
    """The scorer's test (word sets, titles dropped, one may extend the other), on descriptions too:
    "One club insider" is "a club insider", "another student" "an international student", "his dad"
    "his father"."""
    x, y = ({KIN_SAME.get(w, w) for w in name_tokens(n)} - ARTICLES for n in (a, b))
    return any(bool(x and y) and (x <= y or y <= x) for x, y in ((x, y), (x - {"another"}, y - {"another"})))


def judge(path: Path) -> tuple[list[bool], list[tuple[object, bool, str | None]]]:
    """The verdict for each key entry, and every quote with whether it is right and the key's
    speaker for it."""
    text = path.read_text(encoding="utf-8")
    key = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    quotes = analyze_document(text).quotes
    verdicts, credited = [], {}
    for entry, (start, end) in zip(key, key_spans(text, key)):
        # the quote the key's quotation opens, not an outer one it sits in
        around = [i for i, q in enumerate(quotes) if q.start <= start < q.end and start < end]
        if not around:
            verdicts.append(False)
            continue
        i = max(around, key=lambda i: quotes[i].start)
        q = quotes[i]
        if entry.get("non_speech"):
            ok = not q.is_speech or q.speaker is None
        else:
            ok = q.is_speech and same_name(q.speaker, entry["speaker"])
        verdicts.append(ok)
        credited.setdefault(i, (ok, entry["speaker"]))
    rows = [(q, credited.get(i, (False, None))[0], credited.get(i, (False, None))[1])
            for i, q in enumerate(quotes) if q.is_speech]
    return verdicts, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--by-evidence", action="store_true")
    ap.add_argument("--list-wrong", action="store_true")
    args = ap.parse_args()
    sets = args.sets or sorted(p for p in (HERE / "written").iterdir() if p.is_dir())
    all_verdicts, all_rows = [], []
    print(f"{'set':>6} {'articles':>8} {'right':>15} {'quotes':>7} {'aa@0.98':>8} {'aa@0.95':>8} {'ece':>6}"
          f" {'conf>=0.97 (right)':>20}")

    def line(name: str, n_articles: int, verdicts: list[bool], rows: list) -> None:
        judged = [(q.confidence, ok) for q, ok, _ in rows]
        fig = confidence_figures(judged) if judged else {"auto_accept_at_0.98": 0, "auto_accept_at_0.95": 0, "ece": 0}
        top = [ok for c, ok in judged if c >= 0.97]
        print(f"{name:>6} {n_articles:>8} {sum(verdicts):>5}/{len(verdicts):<4} {sum(verdicts) / max(1, len(verdicts)):.1%}"
              f" {len(rows):>7} {fig['auto_accept_at_0.98']:>8.3f} {fig['auto_accept_at_0.95']:>8.3f} {fig['ece']:>6.3f}"
              f" {len(top) / max(1, len(judged)):>8.1%} ({sum(top) / max(1, len(top)):.1%})")

    n_all = 0
    for folder in sets:
        files = sorted(folder.glob("*.txt"))
        verdicts, rows = [], []
        for f in files:
            v, r = judge(f)
            verdicts += v
            rows += [(q, ok, want, f) for q, ok, want in r]
        line(folder.name, len(files), verdicts, [(q, ok, want) for q, ok, want, _ in rows])
        all_verdicts += verdicts
        all_rows += rows
        n_all += len(files)
    if len(sets) > 1:
        line("all", n_all, all_verdicts, [(q, ok, want) for q, ok, want, _ in all_rows])
    if args.by_evidence:
        stats = collections.defaultdict(lambda: [0, 0])
        for q, ok, _, _ in all_rows:
            for k in q.evidence:
                stats[k][0] += 1
                stats[k][1] += ok
        print(f"\n{'evidence':30} {'quotes':>7} {'right':>6} {'table':>6}")
        for k, (n, r) in sorted(stats.items(), key=lambda kv: -kv[1][0]):
            print(f"{k:30} {n:>7} {r / n:>6.3f} {TABLE.get(k, 0.0):>+6.2f}")
    if args.list_wrong:
        print()
        for q, ok, want, f in sorted(all_rows, key=lambda r: -r[0].confidence):
            if not ok:
                text = f.read_text(encoding="utf-8")
                print(f"{q.confidence:.3f} {f.parent.name}/{f.name} {text[q.start:q.end][:50]!r} -> {q.speaker!r}"
                      f" (key: {want!r}) {q.method.value if q.method else None}")


if __name__ == "__main__":
    main()
