"""A process killed in the middle of a batch import leaves a consistent library."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from quotedesk.core.paths import sample_article
from quotedesk.store import Library

N_ARTICLES = 200

CHILD = textwrap.dedent("""
    import sys
    from quotedesk.services import import_paths
    from quotedesk.store import Library
    with Library.open(sys.argv[1]) as lib:
        import_paths(lib, [sys.argv[2]], batch_size=4)
""")


def test_kill_during_batch_import_keeps_library_consistent(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sample = sample_article().read_text(encoding="utf-8")
    for n in range(N_ARTICLES):
        (folder / f"{n:03d}.txt").write_text(f"{sample}\n\nReport number {n} ends here.\n", encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:  # a first article, corrected before the batch starts
        from quotedesk.services import import_paths

        [first] = import_paths(lib, [folder / "000.txt"]).added
        quotes = lib.quotes(first)
        lib.set_status(quotes[0].id, "verified", editor="ana")
        lib.set_speaker(quotes[1].id, "Philip Hammond", editor="ana")
        lib.remove_quote(quotes[2].id, editor="ana")
        n_quotes = len(lib.quotes(first, include_removed=True))

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(folder)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        with Library.open(path) as watcher:
            corrected = False
            while len(watcher.articles()) < 6:
                assert child.poll() is None, child.stderr.read().decode()
                assert time.monotonic() < deadline, "the import did not get going"
                if not corrected and len(watcher.articles()) >= 3:
                    # An editor at work while the batch runs: each correction commits at once.
                    for q in quotes[3:7]:
                        watcher.set_status(q.id, "rejected", editor="bo")
                    corrected = True
                time.sleep(0.05)
            expected = [(c.action, c.after) for c in watcher.corrections()]
            assert len(expected) == 7
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with Library.open(path) as lib:
        assert lib.integrity_check() == []
        articles = lib.articles()
        assert 6 <= len(articles) < N_ARTICLES
        for a in articles:  # every stored article is whole: all its quotes and people
            assert len(lib.quotes(a.id, include_removed=True)) == n_quotes
            assert lib.people(a.id)
        assert [(c.action, c.after) for c in lib.corrections()] == expected
        q = lib.quotes(first, include_removed=True)
        assert q[0].status == "verified" and q[1].speaker == "Philip Hammond" and q[2].removed
        assert [x.status for x in q[3:7]] == ["rejected"] * 4
        # The library goes on working: the rest can be imported, the stored ones are duplicates.
        from quotedesk.services import import_paths

        report = import_paths(lib, sorted(folder.glob("*.txt"))[:len(articles) + 2])
        assert len(report.duplicates) == len(articles) and len(report.added) == 2
