"""The engine's entry points: batches, long articles in chunks, progress, cancel, odd input."""

import random

import pytest

from quotedesk.core.errors import Cancelled
from quotedesk.core.tasks import TaskState
from quotedesk.engine import analyze, analyze_many
from quotedesk.engine import pipeline

PARAGRAPH = (
    'Mayor Ana Ruiz spoke to the council on Monday about the budget. "We will fix every road '
    'in this city before the winter comes," she said. Council members asked about the cost of '
    "the plan and the schedule for the work in the northern districts of the city."
)


def test_batch_keeps_order_and_reports_progress():
    texts = [f'"Item {i} is ready for the market," said Jo Park{i}.' for i in range(7)]
    seen = []

    class State(TaskState):
        def progress(self, done, total=None, message=""):
            seen.append(done)

    results = list(analyze_many(texts, batch_size=3, state=State(), total=7))
    assert [a.text for a in results] == texts
    assert [a.speech[0].speaker for a in results] == [f"Jo Park{i}" for i in range(7)]
    assert seen == list(range(1, 8))


def test_cancel_stops_a_batch():
    state = TaskState()
    stream = analyze_many((PARAGRAPH for _ in range(50)), state=state)
    next(stream)
    state.cancel()
    with pytest.raises(Cancelled):
        list(stream)


def test_long_article_is_parsed_in_chunks_with_true_offsets(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    names = ["Ana Ruiz", "Karen Bass", "Maria Lopez", "Sarah Chen", "Laura Diaz", "Helen Ward"]
    paras = [PARAGRAPH.replace("Ana Ruiz", n) for n in names] * 4
    text = "\n\n".join(paras)
    prep = pipeline._prepare(text)
    assert len(prep.chunks) >= 3
    quotes = [q for q in analyze(text) if q.is_speech]
    assert len(quotes) == len(paras)
    for q, para_name in zip(quotes, [n for n in names] * 4):
        assert q.content(text) == "We will fix every road in this city before the winter comes,"
        assert q.speaker == para_name
        assert text[q.mention.start : q.mention.end] == "she"


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", '"', '""', "“”", "''", '"\n"\n"', "a" * 5000, "“" * 300, "😀" * 100, "\x00\x01", "\u200b\u200b"],
)
def test_odd_input_never_fails(text):
    for q in analyze(text):
        assert 0 <= q.start <= q.end <= len(text)


@pytest.mark.parametrize("text", ["“" * 50_000, "=" * 100_000, "“a " * 5_000, "x" * 300_000])
def test_pathological_input_is_handled(text):
    # Runs of one mark are not parsed (spaCy's tokenizer is quadratic on them); a run-on
    # sentence with thousands of quotes is scanned near each quote only.
    quotes = analyze(text)
    assert all(0 <= q.start <= q.end <= len(text) for q in quotes)


def test_random_news_like_soup_never_fails():
    rng = random.Random(11)
    words = ['"', "“", "”", "'", "said", "he", "Kerry", ",", ".", "\n\n", "the", "😀", "-", ":", "according", "to", "Mr."]
    for _ in range(40):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 120)))
        for q in analyze(text):
            assert 0 <= q.start <= q.end <= len(text)
            if q.mention is not None:
                assert 0 <= q.mention.start <= q.mention.end <= len(text)
