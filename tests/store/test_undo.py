"""Undo and redo in the library: every correction kind comes back exactly, on real SQLite files."""

from __future__ import annotations

import pytest

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import SpeakerKind
from quotedesk.store import Library

from .conftest import KERRY_TEXT, P, kerry_pair, make_analysis, make_article, person

EDITOR = "ed"
HAMMOND_TEXT = 'Philip Hammond was in Paris. "We stand together," Hammond said. "Not now," said an aide.'


def _hammond_pair():
    analysis = make_analysis(HAMMOND_TEXT, [("We stand together,", "Philip Hammond", P),
                                            ("Not now,", "an aide", SpeakerKind.ANONYMOUS)],
                             [person("Philip Hammond", "Hammond", text=HAMMOND_TEXT)])
    return make_article(HAMMOND_TEXT, id="hammond"), analysis


def _state(lib: Library) -> dict[str, list[tuple]]:
    """Every row a correction can touch, counts and the full-text index included."""
    tables = {
        "quotes": "SELECT * FROM quotes ORDER BY id",
        "speakers": "SELECT * FROM speakers ORDER BY id",
        "aliases": "SELECT * FROM speaker_aliases ORDER BY speaker_id, norm",
        "tokens": "SELECT * FROM speaker_tokens ORDER BY token, speaker_id",
        "people": "SELECT * FROM article_people ORDER BY article_id, idx",
        "counts": "SELECT * FROM article_counts ORDER BY article_id",
        "fts": "SELECT rowid, content FROM quotes_fts WHERE quotes_fts MATCH 'we OR never OR working OR now' ORDER BY rowid",
    }
    return {name: [tuple(r) for r in lib.db.execute(sql).fetchall()] for name, sql in tables.items()}


def _ids(lib):
    kerry = [q.id for q in lib.quotes(1)]
    hammond = [q.id for q in lib.quotes(2)]
    return kerry, hammond


def _kerry_id(lib):
    return lib.quote(_ids(lib)[0][0]).speaker_id


def _hammond_id(lib):
    return lib.quote(_ids(lib)[1][0]).speaker_id


# Each correction the library makes, as the window (or the CLI) would make it.
CORRECTIONS = {
    "set_speaker to a new person": lambda lib: lib.set_speaker(_ids(lib)[0][0], "Secretary Jane Roe", editor=EDITOR),
    "set_speaker to a known person": lambda lib: lib.set_speaker(_ids(lib)[0][1], "Hammond", editor=EDITOR),
    "set_speaker to an organisation": lambda lib: lib.set_speaker(
        _ids(lib)[0][0], "the State Department", kind=SpeakerKind.ORGANISATION, editor=EDITOR),
    "set_speaker to nobody": lambda lib: lib.set_speaker(_ids(lib)[0][2], None, editor=EDITOR),
    "set_bounds": lambda lib: lib.set_bounds(_ids(lib)[0][0], 40, 60, editor=EDITOR),
    "set_bounds nudged three times": lambda lib: [
        lib.set_bounds(_ids(lib)[0][0], lib.quote(_ids(lib)[0][0]).start + 1, lib.quote(_ids(lib)[0][0]).end,
                       merge=True, editor=EDITOR) for _ in range(3)],
    "add_quote": lambda lib: lib.add_quote(1, 0, 10, editor=EDITOR),
    "add_quote with a new speaker": lambda lib: lib.add_quote(1, 0, 10, speaker="Mary Major", editor=EDITOR),
    "set_status verified": lambda lib: lib.set_status(_ids(lib)[0][0], "verified", editor=EDITOR),
    "set_status rejected": lambda lib: lib.set_status(_ids(lib)[0][1], "rejected", editor=EDITOR),
    "remove_quote": lambda lib: lib.remove_quote(_ids(lib)[0][0], editor=EDITOR),
    "verify_article": lambda lib: lib.verify_article(1, editor=EDITOR),
    "verify_confident across articles": lambda lib: lib.verify_confident(0.505, editor=EDITOR),
    "rename_speaker": lambda lib: lib.rename_speaker(_kerry_id(lib), "John Forbes Kerry", editor=EDITOR),
    "merge_speakers": lambda lib: lib.merge_speakers(_kerry_id(lib), _hammond_id(lib), editor=EDITOR),
    "split_speaker": lambda lib: lib.split_speaker(_kerry_id(lib), [_ids(lib)[0][2]], name="Teresa Kerry",
                                                   editor=EDITOR),
}


@pytest.fixture
def two_articles(library):
    library.add_article(*kerry_pair(), model_version="m1")
    library.add_article(*_hammond_pair(), model_version="m1")
    return library


@pytest.mark.parametrize("kind", CORRECTIONS)
def test_undo_restores_every_row_and_redo_reapplies(two_articles, kind):
    lib = two_articles
    before = _state(lib)
    CORRECTIONS[kind](lib)
    after = _state(lib)
    assert after != before

    undone = lib.undo(editor=EDITOR)
    assert undone is not None and undone.state == "undone"
    assert _state(lib) == before
    redone = lib.redo(editor=EDITOR)
    assert redone.id == undone.id and redone.state == "done"
    assert _state(lib) == after
    assert lib.undo(editor=EDITOR).id == undone.id
    assert _state(lib) == before
    assert lib.undo(editor=EDITOR) is None  # one step per correction: nothing older
    assert lib.integrity_check() == []


def test_restore_quote_undoes_to_removed(two_articles):
    lib = two_articles
    qid = _ids(lib)[0][0]
    lib.remove_quote(qid, editor=EDITOR)
    removed = _state(lib)
    lib.restore_quote(qid, editor=EDITOR)
    lib.undo(editor=EDITOR)
    assert _state(lib) == removed and lib.quote(qid).removed


def test_undo_and_redo_are_logged_and_the_log_stays(two_articles):
    lib = two_articles
    qid = _ids(lib)[0][0]
    lib.set_status(qid, "verified", editor=EDITOR)
    lib.undo(editor="other")
    lib.redo(editor="other")
    log = lib.corrections()
    assert [c.action for c in log] == ["set_status", "undo", "redo"]
    assert log[0].quote_id == qid and log[0].after == "verified"
    assert log[1].editor == "other" and log[1].after["operation"] == log[2].after["operation"] == log[0].operation_id
    assert (log[1].before["state"], log[1].after["state"]) == ("done", "undone")


def test_a_new_correction_drops_the_redo_steps(two_articles):
    lib = two_articles
    a, b = _ids(lib)[0][:2]
    lib.set_status(a, "verified", editor=EDITOR)
    lib.undo(editor=EDITOR)
    lib.set_status(b, "rejected", editor=EDITOR)
    assert lib.redo(editor=EDITOR) is None
    assert lib.undo(editor=EDITOR).quote_ids == (b,)
    assert lib.undo(editor=EDITOR) is None
    assert lib.quote(a).status == "proposed" and lib.quote(b).status == "proposed"


def test_reanalysis_after_undo_treats_the_quote_as_untouched(two_articles):
    lib = two_articles
    first, second, third = _ids(lib)[0]
    lib.set_speaker(first, "Jane Roe", editor=EDITOR)
    lib.set_status(second, "verified", editor=EDITOR)
    lib.undo(editor=EDITOR)  # the status; the speaker change of the first quote stands
    text = KERRY_TEXT
    fresh = make_analysis(text, [("We will win this,", "Someone New", P), ("Never,", "Someone New", P),
                                 ("It is working,", "Someone New", P)])
    result = lib.reanalyze_article(1, fresh, model_version="m2", editor=EDITOR)
    assert (result.kept, result.changed) == (1, 2)
    speakers = {q.content: q.speaker for q in lib.quotes(1)}
    assert speakers == {"We will win this,": "Jane Roe", "Never,": "Someone New", "It is working,": "Someone New"}


def test_undo_history_survives_reopening(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add_article(*kerry_pair(), model_version="m1")
        before = _state(lib)
        lib.set_speaker(_ids(lib)[0][0], "Jane Roe", editor=EDITOR)
        after = _state(lib)
    with Library.open(path, create=False) as lib:
        assert lib.undo_steps()[0].action == "set_speaker"
        lib.undo(editor=EDITOR)
        assert _state(lib) == before
    with Library.open(path, create=False) as lib:
        lib.redo(editor=EDITOR)
        assert _state(lib) == after


def test_undo_is_refused_when_the_row_changed_since(two_articles):
    lib = two_articles
    qid = _ids(lib)[0][0]
    lib.set_status(qid, "verified", editor=EDITOR)
    lib.undo(editor=EDITOR)
    # Re-analysis replaces the untouched quote; redoing the status of the old one cannot be done.
    lib.reanalyze_article(1, kerry_pair()[1], model_version="m2", editor=EDITOR)
    state = _state(lib)
    with pytest.raises(LibraryError, match="cannot redo set status of quote .*changed since"):
        lib.redo(editor=EDITOR)
    assert _state(lib) == state
    assert lib.undo_steps()[1] is not None  # still there; nothing was half applied


def test_undo_of_a_new_speaker_is_refused_while_an_import_uses_it(library):
    library.add_article(*kerry_pair(), model_version="m1")
    library.set_speaker(library.quotes(1)[0].id, "Jane Roe", editor=EDITOR)
    text = '"Yes," Jane Roe said.'
    library.add_article(make_article(text, id="roe"), make_analysis(text, [("Yes,", "Jane Roe", P)]),
                        model_version="m1")
    state = _state(library)
    with pytest.raises(LibraryError, match="Jane Roe"):
        library.undo(editor=EDITOR)
    assert _state(library) == state


def test_a_window_undoes_only_its_own_newest_step(two_articles, tmp_path):
    lib = two_articles
    a, b = _ids(lib)[0][:2]
    lib.set_status(a, "verified", editor=EDITOR)
    mine = lib.last_operation
    lib.set_status(b, "verified", editor="other window")
    with pytest.raises(LibraryError, match="another change"):
        lib.undo(editor=EDITOR, operation_id=mine)
    assert lib.quote(a).status == "verified"


def test_nudges_join_only_a_nudge_of_the_same_quote(two_articles):
    lib = two_articles
    a, b = _ids(lib)[0][:2]
    qa = lib.quote(a)
    lib.set_bounds(a, qa.start + 1, qa.end, editor=EDITOR)  # a bounds change from a selection
    set_once = _state(lib)
    lib.set_bounds(a, qa.start + 2, qa.end, merge=True, editor=EDITOR)
    lib.set_bounds(a, qa.start + 3, qa.end, merge=True, editor=EDITOR)
    lib.set_bounds(b, lib.quote(b).start + 1, lib.quote(b).end, merge=True, editor=EDITOR)
    assert lib.undo(editor=EDITOR).quote_ids == (b,)
    lib.undo(editor=EDITOR)
    assert _state(lib) == set_once


def test_a_correction_that_changes_nothing_is_no_undo_step(two_articles):
    lib = two_articles
    qid = _ids(lib)[0][0]
    lib.set_status(qid, "verified", editor=EDITOR)
    lib.undo(editor=EDITOR)
    lib.set_status(qid, "proposed", editor=EDITOR)  # already proposed
    lib.verify_article(2, editor=EDITOR)
    lib.verify_article(2, editor=EDITOR)  # nothing left to verify
    assert lib.last_operation is None
    lib.undo(editor=EDITOR)  # the article's verification
    assert lib.quote(_ids(lib)[1][0]).status == "proposed"
    assert lib.undo(editor=EDITOR) is None


def _live_log(lib, qid):
    return [(r["action"], r["after"]) for r in lib.db.execute(
        "SELECT action, after FROM live_corrections WHERE quote_id = ? ORDER BY id", (qid,))]


@pytest.mark.parametrize("repeat", [
    lambda lib, q: lib.set_status(q, "verified", editor=EDITOR),
    lambda lib, q: lib.set_speaker(q, "John Kerry", editor=EDITOR),
    lambda lib, q: lib.remove_quote(q, editor=EDITOR),
], ids=["status", "speaker", "remove"])
def test_a_correction_repeated_writes_no_log_line_so_undo_leaves_the_log_true(two_articles, repeat):
    """Verify a quote, verify it again, undo: the quote is proposed again, and the log must not
    still say it was verified (retraining and the audit trail read the log)."""
    lib = two_articles
    qid = _ids(lib)[0][1]
    before = _live_log(lib, qid)
    repeat(lib, qid)
    logged = _live_log(lib, qid)
    assert len(logged) == len(before) + 1
    repeat(lib, qid)  # changes nothing
    assert lib.last_operation is None and _live_log(lib, qid) == logged
    lib.undo(editor=EDITOR)
    assert _live_log(lib, qid) == before
