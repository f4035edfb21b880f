"""The engine's entry points: batches, long articles in chunks, progress, cancel, odd and
pathological input (time and memory grow linearly)."""

import gc
import random
import time
import tracemalloc

import pytest

from quotedesk.core.errors import Cancelled
from quotedesk.core.tasks import TaskState
from quotedesk.engine import analyze, analyze_many
from quotedesk.engine import pipeline
from quotedesk.engine.marks import find_quotes

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
    # Runs of marks are not parsed (spaCy's tokenizer is quadratic on them); a run-on
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


# Growth on an input four times as long below which a run counts as linear: the geometric mean of
# 4 (linear) and 16 (quadratic), so that neither a loaded machine (a linear run has read 6.2) nor
# a quadratic one comes near it.
LINEAR_BELOW = 8


def _growth(run, make, n: int) -> float:
    """How much more CPU time ``run`` takes on an input four times as long: about 4 when it is
    linear, 16 when quadratic. The best of a few runs, in this process's CPU time and without
    the garbage collector, so that the other work on the machine does not count."""
    times = []
    for size in (n, 4 * n):
        text = make(size)
        best = float("inf")
        for _ in range(3):
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                run(text)
                best = min(best, time.process_time() - t0)
            finally:
                gc.enable()
        times.append(best)
    return times[1] / times[0]


@pytest.mark.parametrize(
    "lead, unit",
    [("", "“”"), ("", "'\""), ("", "“”‘’«»\"'"), ("WASHINGTON -", "“”")],
    ids=["curly-pairs", "straight-mixed", "all-marks", "after-a-dateline"],
)
def test_runs_of_marks_take_linear_time(lead, unit):
    # spaCy's tokenizer peels marks off a word one at a time, in quadratic time: "“”" * 8000
    # took 67 s. Runs of marks are parsed as spaces, also where they begin inside a dateline.
    assert _growth(analyze, lambda n: lead + (unit * n)[:n], 12_000) < LINEAR_BELOW


def test_pairing_marks_takes_linear_time():
    # Double quotes with single ones inside: each quote used to rescan every single mark.
    text = lambda n: ('"a \'b\' c" ' * n)[:n]
    quotes = find_quotes(text(100))
    assert [text(100)[p.start : p.end] for q in quotes[:2] for p in q.parts] == ["a 'b' c", "a 'b' c"]
    assert quotes[10].nested_in == 0 and text(100)[quotes[10].parts[0].start : quotes[10].parts[0].end] == "b"
    assert _growth(find_quotes, text, 20_000) < LINEAR_BELOW


def test_a_paragraph_longer_than_the_parser_takes_is_cut_inside():
    # spaCy refuses a text of a million characters (E088); one paragraph used to be one chunk.
    word = "a" * 99
    sentence = f"{word} " * 9 + f"{word}. "
    said = 'Mayor Ana Ruiz spoke. "We will fix every road," she said.'
    text = sentence * 1_200 + said
    assert len(text) > 1_200_000 and "\n" not in text
    quotes = analyze(text)
    assert [(q.content(text), q.speaker) for q in quotes] == [("We will fix every road,", "Ana Ruiz")]


def test_cuts_inside_a_paragraph_fall_at_sentence_ends_outside_quotes(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1000)
    monkeypatch.setattr(pipeline, "MAX_CHUNK_CHARS", 2000)
    names = ["Ana Ruiz", "Karen Bass", "Maria Lopez", "Sarah Chen", "Laura Diaz", "Helen Ward"]
    text = " ".join(PARAGRAPH.replace("Ana Ruiz", n) for n in names * 4)
    prep = pipeline._prepare(text)
    assert len(prep.chunks) >= 4
    for a, b, _ids in prep.chunks:
        assert b - a <= 2000
        assert a == 0 or prep.masked.text[:a].endswith(". ")
    quotes = [q for q in analyze(text) if q.is_speech]
    assert [(q.content(text), q.speaker) for q in quotes] == [("We will fix every road in this city before the winter comes,", n) for n in names * 4]


def test_memory_stays_bounded_on_a_long_article(monkeypatch):
    # A 5 MB article took 3.5 GB: all its chunks were parsed in one batch and kept until the end.
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 3000)
    monkeypatch.setattr(pipeline, "MAX_CHUNK_CHARS", 6000)
    analyze(PARAGRAPH)  # the model loaded before measuring
    peaks = []
    for n in (20, 80):
        text = "\n\n".join([PARAGRAPH] * n)
        tracemalloc.start()
        analyze(text)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < 2 * peaks[0]
