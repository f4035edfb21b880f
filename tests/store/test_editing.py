"""Editors' corrections that land exactly: bounds from a selection, word nudges, no overlaps,
speaker names kept as typed with their mention in the text. Real SQLite files, undo included."""

from __future__ import annotations

import pytest

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import SpeakerKind
from quotedesk.store import Library, Unchanged

from .conftest import KERRY_TEXT, P, kerry_pair, make_analysis, make_article, person


@pytest.fixture
def kerry(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    return rec.id, [q.id for q in library.quotes(rec.id)]


def _cut(library, qid):
    q = library.quote(qid)
    return KERRY_TEXT[q.start:q.end]


def test_a_rough_selection_sets_the_bounds_in_one_logged_undoable_step(library, kerry):
    _, (first, *_rest) = kerry
    assert _cut(library, first) == '"We will win this,"'
    rough = KERRY_TEXT.index("ill win")  # from inside "will" to inside "this"
    q = library.fit_bounds(first, rough, rough + 9, editor="ana")
    assert _cut(library, first) == "will win this,\"" and q.content == "will win this,"
    assert [c.action for c in library.corrections(quote_id=first)] == ["set_bounds"]  # one row, one decision
    library.undo(editor="ana")
    assert _cut(library, first) == '"We will win this,"'


def test_word_nudges_move_an_edge_by_a_word_and_undo_as_one_step(library, kerry):
    _, (first, *_rest) = kerry
    library.nudge_bounds(first, edge="start", step=1, editor="ana")
    assert _cut(library, first) == 'will win this,"'
    library.nudge_bounds(first, edge="start", step=-1, editor="ana")
    assert _cut(library, first) == '"We will win this,"'  # the mark comes back with the word
    library.nudge_bounds(first, edge="end", step=1, editor="ana")
    assert _cut(library, first) == '"We will win this," Kerry'
    library.undo(editor="ana")
    assert _cut(library, first) == '"We will win this,"'


def test_an_edit_that_would_overlap_another_quote_is_refused_and_changes_nothing(library, kerry):
    article, (first, second, _third) = kerry
    before = [library.quote(q) for q in (first, second)]
    n_log = len(library.corrections())
    end_of_second = library.quote(second).end
    for attempt in (
        lambda: library.fit_bounds(first, library.quote(first).start, end_of_second - 3, editor="ana"),
        lambda: library.set_bounds(first, library.quote(first).start, end_of_second, editor="ana"),
        lambda: library.add_quote(article, library.quote(second).start + 1, end_of_second + 5, editor="ana"),
    ):
        with pytest.raises(LibraryError, match="overlap the quote “Never,”"):
            attempt()
    assert [library.quote(q) for q in (first, second)] == before
    assert len(library.corrections()) == n_log and len(library.quotes(article)) == 3
    # A rejected quote is not a quote: its place can be taken.
    library.set_status(second, "rejected", editor="ana")
    library.set_bounds(first, library.quote(first).start, end_of_second, editor="ana")


def test_a_typed_name_is_kept_exactly_and_its_mention_found_in_the_text(library):
    text = ('Researchers at Talos found it. "We found the malware," Talos said. '
            '"It is bad," said Paré. "Fine," Bob said.')
    rec = library.add_article(make_article(text), make_analysis(
        text, [("We found the malware,", "Talos", P), ("It is bad,", "Paré", P), ("Fine,", "Bob", P)],
        [person("Talos", text=text), person("Paré", text=text), person("Bob", text=text)]), model_version="m")
    talos, pare, bob = (q.id for q in library.quotes(rec.id))
    # What the window asks about: these names would join a shorter existing speaker.
    assert library.speaker_match(talos, "Cisco Talos") == "Talos"
    assert library.speaker_match(bob, "Jean-Luc Paré") == "Paré"
    assert library.speaker_match(bob, "Paré") is None and library.speaker_match(bob, "Anna Smith") is None
    q = library.set_speaker(talos, "Cisco Talos", exact=True, editor="ana")
    assert q.speaker == "Cisco Talos" and text[q.mention.start:q.mention.end] == "Talos"
    assert q.mention.start == text.index("Talos said")  # the nearest mention, outside the quote
    q = library.set_speaker(bob, "Jean-Luc Paré", exact=True, editor="ana")
    assert q.speaker == "Jean-Luc Paré"
    assert {s.name for s in library.speakers()} >= {"Talos", "Cisco Talos", "Paré", "Jean-Luc Paré"}
    # Choosing the article's person: their mention nearest the quote is underlined.
    q = library.set_speaker(bob, "Paré", editor="ana")
    assert q.speaker == "Paré" and q.mention.start == text.index("Paré.")
    library.undo(editor="ana")
    assert library.quote(bob).speaker == "Jean-Luc Paré"


def test_an_edit_that_changes_nothing_writes_nothing_and_says_so(library, tmp_path):
    text = '"We will win this," Kerry said. An aide added: "Not yet."'
    rec = library.add_article(make_article(text), make_analysis(
        text, [("We will win this,", "John Kerry", P), ("Not yet.", "an aide", SpeakerKind.ANONYMOUS)]),
        model_version="m")
    first, last = library.quotes(rec.id)
    assert first.start == 0 and last.end == len(text)
    library.nudge_bounds(first.id, edge="end", step=1, editor="ana")  # a real change: one step
    quotes, log, steps = library.quotes(rec.id), library.corrections(), library.undo_steps()
    moved = quotes[0]
    with Library.open(tmp_path / "lib.sqlite") as other:  # another window on the file
        seen = other.data_version()
        for edit, reason in (
            (lambda: library.nudge_bounds(last.id, edge="end", step=1, editor="ana"), "end cannot move"),
            (lambda: library.nudge_bounds(first.id, edge="start", step=-1, editor="ana"), "start cannot move"),
            (lambda: library.set_bounds(first.id, moved.start, moved.end, editor="ana"), "already has these bounds"),
            (lambda: library.fit_bounds(first.id, moved.start, moved.end, editor="ana"), "already has these bounds"),
        ):
            result = edit()
            assert isinstance(result, Unchanged) and reason in result.reason
            assert library.last_operation is None
        assert other.data_version() == seen  # nothing was committed
    assert library.quotes(rec.id) == quotes and library.corrections() == log and library.undo_steps() == steps
    library.undo(editor="ana")  # the real change is the one step to undo
    assert library.quotes(rec.id) == [first, last] and library.undo_steps()[0] is None
