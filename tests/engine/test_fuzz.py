"""The engine under a short seeded-random fuzz (``benchmarks/fuzz_engine.py`` runs it longer)."""

from tests.fuzz_engine import fuzz


def test_the_engine_keeps_its_promises_on_fuzzed_documents():
    report = fuzz(seed=5, n=150)
    assert report.failures == [], report.failures[:5]
    assert report.tried == 150 and report.quotes > 150, report.summary()


def test_a_mark_alone_on_a_line_before_an_invisible_character_leaves_no_empty_part():
    # found by the fuzzer (seed 16, document 24): a paragraph opened by a mark with only a soft
    # hyphen after it gave the quote an empty part past its end, in the text as given
    from quotedesk.engine import analyze
    from quotedesk.engine.pipeline import analyze_document
    from tests.fuzz_engine import problems

    text = 'Kerry said "the momentum had been halted or reversed and that U.S. forces would stay.\n\n\u201f\u00ad\nAccessibility links\n'
    assert problems(text, analyze_document(text)) == []
    (q,) = analyze(text)
    assert q.parts and all(q.start <= p.start < p.end <= q.end for p in q.parts)


def test_a_digit_python_cannot_read_as_a_number_beside_a_name_is_no_age():
    # found by the fuzzer (seed 27, document 536): "Jan, ⑴" read as a name with an age beside it,
    # and int("⑴") raised: "⑴".isdigit() is true
    from quotedesk.engine import analyze

    text = 'Kerry met the press in London, Jan, \u2474 2015. "We will stay," Kerry said.'
    assert [q.speaker for q in analyze(text)] == ["Kerry"]
