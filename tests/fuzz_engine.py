"""A seeded-random fuzzer over the engine (``quotedesk.engine.analyze_many``), shared by the test
suite (a few seconds) and ``benchmarks/fuzz_engine.py`` (as long as asked).

Documents are pieces of the sample article and of hostile text (quote marks of every kind,
apostrophes, nested and unbalanced marks, runs of one mark, CRLF/CR/form feeds, hard wrapping,
NBSP and non-breaking hyphens, emoji and other astral characters, long words, datelines,
transcript labels) spliced, mutated and re-wrapped. Every analysis must keep the engine's
promises (:func:`problems`): the text as given, every offset inside it and in order, parts inside
their quote, a finite confidence between 0 and 1, a known method, and a record that serialises
as strict JSON. Document ``i`` of seed ``s`` is reproducible with :func:`make_text`.
"""

from __future__ import annotations

import json
import math
import random
import textwrap
import time
from dataclasses import dataclass, field

from quotedesk.core.model import Method
from quotedesk.core.paths import sample_article

MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›", "``", "''", "`", "´"]
PIECES = [
    '"We will win," she said.', "“It is over”, said Jean‑Luc Paré.", "He called it a “disaster.",
    "'Not now,' the aide said, 'maybe later.'", "WALLACE: Let's start.\n\nTRUMP: “Fine.”",
    "LONDON (Reuters) - ", "— Carla Sanchez", "according to a senior U.S. official,", "Kerry said:",
    "the '90s", "O'Brien's", "rock 'n' roll", "😀🎉𝔘𝔫𝔦", "\u00a0", "\u2011", "\u200b", "\u00ad", "\ufeff",
    "\f", "\r\n", "\r", "\n\n", "\t", "…", " – ", ":", ";", "(", ")", "[", "]",
]


def _sample_sentences() -> list[str]:
    text = sample_article().read_text(encoding="utf-8")
    return [s for s in text.replace("\n", " \n ").split(". ") if s.strip()]


_SENTENCES: list[str] | None = None


def make_text(seed: int, i: int) -> str:
    """Document ``i`` of seed ``seed``."""
    global _SENTENCES
    if _SENTENCES is None:
        _SENTENCES = _sample_sentences()
    rng = random.Random(seed * 1_000_003 + i)
    parts: list[str] = []
    for _ in range(rng.randint(1, 25)):
        r = rng.random()
        if r < 0.45:
            parts.append(rng.choice(_SENTENCES) + rng.choice([". ", ".\n\n", ", ", " "]))
        elif r < 0.75:
            parts.append(rng.choice(PIECES) + rng.choice(["", " ", "\n"]))
        elif r < 0.9:
            parts.append(rng.choice(MARKS) * rng.choice([1, 1, 2, 3, 40]))
        else:
            parts.append("".join(chr(rng.choice([rng.randint(32, 0x2FF), rng.randint(0x370, 0x3000),
                                                  rng.randint(0x1F300, 0x1FAFF)])) for _ in range(rng.randint(1, 30))))
    text = "".join(parts)
    chars = list(text)
    for _ in range(rng.randint(0, 12)):  # mutations: marks in, characters out, pieces doubled
        if not chars:
            break
        k = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.5:
            chars.insert(k, rng.choice(MARKS))
        elif op < 0.8:
            del chars[k]
        else:
            chars[k:k] = chars[k:k + rng.randint(1, 40)]
    text = "".join(chars)
    if rng.random() < 0.2:  # hard-wrapped, as plain-text e-mail and wire copy come
        text = "\n\n".join(textwrap.fill(p, rng.randint(40, 80)) for p in text.split("\n\n"))
    if rng.random() < 0.2:
        text = text.replace("\n", rng.choice(["\r\n", "\r"]))
    return text


def problems(text: str, analysis) -> list[str]:
    """Broken promises of one analysis (empty: all kept)."""
    from quotedesk.cli.extract import quote_records

    out = []
    n = len(text)
    if analysis.text != text:
        out.append("the analysis text is not the text as given")
    methods = {m.value for m in Method}
    for q in analysis.quotes:
        where = f"quote [{q.start}, {q.end})"
        if not 0 <= q.start < q.end <= n:
            out.append(f"{where} outside the text")
        last = q.start
        for p in q.parts:
            if not (last <= p.start <= p.end <= q.end):
                out.append(f"{where}: part [{p.start}, {p.end}) out of order or outside")
            last = p.end
        for name, span in (("mention", q.mention), ("cue", q.cue)):
            if span is not None and not 0 <= span.start <= span.end <= n:
                out.append(f"{where}: {name} [{span.start}, {span.end}) outside the text")
        if not (isinstance(q.confidence, float | int) and math.isfinite(q.confidence) and 0 <= q.confidence <= 1):
            out.append(f"{where}: confidence {q.confidence!r}")
        if getattr(q.method, "value", q.method) not in methods:
            out.append(f"{where}: unknown method {q.method!r}")
    for person in analysis.people:
        if any(not 0 <= m.start <= m.end <= n for m in person.mentions):
            out.append(f"person {person.name!r}: a mention outside the text")
    try:
        json.dumps(quote_records(analysis, include_non_speech=True), allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError) as e:
        out.append(f"the record is not strict JSON: {e}")
    return out


@dataclass
class Report:
    tried: int = 0
    quotes: int = 0
    chars: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)  # (index, what went wrong)
    slowest: tuple[float, int, int] = (0.0, -1, 1)  # (seconds, index, characters)

    def summary(self) -> str:
        s, i, n = self.slowest
        return (f"{self.tried:,} documents ({self.chars:,} characters, {self.quotes:,} quotes), "
                f"{len(self.failures)} failures; slowest document {i}: {s * 1000:.0f} ms for {n:,} characters "
                f"({s / max(n, 1) * 1e6:.1f} µs per character)")


def fuzz(*, seed: int, n: int | None = None, seconds: float | None = None) -> Report:
    """Analyse documents one at a time until ``n`` are done or ``seconds`` have passed."""
    from quotedesk.engine import analyze_document

    report = Report()
    deadline = time.monotonic() + seconds if seconds is not None else math.inf
    i = 0
    while (n is None or i < n) and time.monotonic() < deadline:
        text = make_text(seed, i)
        start = time.perf_counter()
        try:
            analysis = analyze_document(text)
        except Exception as e:  # noqa: BLE001 - any exception is a finding
            report.failures.append((i, f"{type(e).__name__}: {e}"))
        else:
            took = time.perf_counter() - start
            if took > report.slowest[0]:
                report.slowest = (took, i, len(text))
            report.quotes += len(analysis.quotes)
            report.failures += [(i, p) for p in problems(text, analysis)]
        report.tried += 1
        report.chars += len(text)
        i += 1
    return report
