"""The soak: the window's corrections beside worker threads, importing and re-analysing children
killed at random, and a second window, on one library file; nothing that returned is lost.

Twelve rounds, about a minute. The seed is random unless ``QUOTEDESK_SOAK_SEED`` is set; a failure prints it.
``benchmarks/soak.py`` runs the same driver (``tests/soak.py``) for hundreds of rounds.
"""

from __future__ import annotations

import os
import random

from tests.soak import Editor, run_soak


def test_soak_loses_no_correction_and_no_article(tmp_path):
    seed = int(os.environ.get("QUOTEDESK_SOAK_SEED") or random.randrange(1 << 32))
    report = run_soak(tmp_path, seed=seed, rounds=12, real_every=6, check_every=3)
    print(report.summary())
    replay = f"QUOTEDESK_SOAK_SEED={seed} replays it; {report.summary()}"
    assert report.problem_lines() == [], replay
    # It did what it is for: rounds with the real engine, kills, every kind of correction.
    assert report.rounds == 12 and report.checks == 6, replay
    assert report.children["real-import"] >= 1 and report.children["real-reanalyze"] >= 1, replay
    assert report.kills >= 1, replay
    assert all(report.operations[op] > 0 for op in ("read", "undo", *Editor.OPS)), replay
