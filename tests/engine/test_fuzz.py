"""The engine under a short seeded-random fuzz (``benchmarks/fuzz_engine.py`` runs it longer)."""

from tests.fuzz_engine import fuzz


def test_the_engine_keeps_its_promises_on_fuzzed_documents():
    report = fuzz(seed=5, n=150)
    assert report.failures == [], report.failures[:5]
    assert report.tried == 150 and report.quotes > 150, report.summary()
