"""A long article's import shows progress by paragraphs and can be cancelled while it is parsed
(issue 13 item 10). The real engine, with its chunk size made small so a short text is "long"."""

from __future__ import annotations

import re

import pytest

from quotedesk.core.tasks import TaskState
from quotedesk.engine import pipeline
from quotedesk.services import import_paths

PARAGRAPH = ('The council met again on {day} to discuss the budget, and many residents came to listen. '
             '"We need the roads fixed before winter," said Maria Lopez, the mayor of Springfield.\n\n')
N_PARAGRAPHS = 60


class Recorder(TaskState):
    def __init__(self, cancel_at_paragraph: int | None = None) -> None:
        super().__init__()
        self.calls: list[tuple[int, int | None, str]] = []
        self.cancel_at = cancel_at_paragraph

    def progress(self, done, total=None, message=""):
        self.calls.append((done, total, message))
        m = re.search(r"paragraph ([\d,]+) of", message)
        if self.cancel_at is not None and m and int(m.group(1).replace(",", "")) >= self.cancel_at:
            self.cancel()


@pytest.fixture
def long_article(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)  # about five paragraphs a chunk
    monkeypatch.setattr(pipeline, "MAX_CHUNK_CHARS", 2_000)
    path = tmp_path / "long.txt"
    path.write_text("Council hears residents on roads\n\n"
                    + "".join(PARAGRAPH.format(day=f"day {n}") for n in range(N_PARAGRAPHS)), encoding="utf-8")
    return path


def test_a_long_article_reports_its_paragraphs_as_they_are_parsed(library, long_article):
    state = Recorder()
    report = import_paths(library, [long_article], state=state)
    assert report.ok and report.n_quotes == N_PARAGRAPHS
    parsed = [(done, total, msg) for done, total, msg in state.calls if "paragraph" in msg]
    assert len(parsed) >= 5  # one per chunk, not one per article
    counts = [tuple(int(x.replace(",", "")) for x in re.search(r"paragraph ([\d,]+) of ([\d,]+)", m).groups())
              for _, _, m in parsed]
    assert [n for n, _ in counts] == sorted(n for n, _ in counts)
    assert {of for _, of in counts} == {N_PARAGRAPHS + 1} and counts[-1][0] == N_PARAGRAPHS + 1
    dones = [done for done, _, _ in state.calls]
    assert dones == sorted(dones) and state.calls[-1][0] == state.calls[-1][1] == N_PARAGRAPHS + 1


def test_cancel_stops_a_long_article_while_it_is_parsed(library, long_article):
    state = Recorder(cancel_at_paragraph=10)
    report = import_paths(library, [long_article], state=state)
    assert report.cancelled and report.added == []
    assert library.articles() == []  # nothing half-written
    last = max(int(re.search(r"paragraph (\d+)", m).group(1)) for _, _, m in state.calls if "paragraph" in m)
    assert last < N_PARAGRAPHS
