"""The readers under a short seeded-random fuzz (``benchmarks/fuzz_ingest.py`` runs it longer)."""

from __future__ import annotations

import logging

from tests.fuzz_ingest import fuzz


def test_readers_refuse_or_read_every_fuzzed_input(tmp_path, caplog):
    caplog.set_level(logging.ERROR, logger="quotedesk.ingest")  # legacy-encoding warnings by the hundred
    report = fuzz(tmp_path, seed=12, n=600)
    assert report.crashes == [], report.crashes[:5]
    assert report.tried == 600 and report.articles > 100 and report.refused > 100, report.summary()
