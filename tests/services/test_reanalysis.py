"""Re-analysing the library with the active model: untouched proposals replaced, editors' work kept."""

import pytest

from quotedesk.cli import main as cli_main
from quotedesk.core.errors import ModelError
from quotedesk.core.model import Span
from quotedesk.core.tasks import TaskState
from quotedesk.engine import ENGINE_VERSION, analyze_many
from quotedesk.engine.learn import AttributionModel
from quotedesk.engine.learn.linear import LinearScorer
from quotedesk.ingest import ArticleInput
from quotedesk.services import training
from quotedesk.services.reanalysis import reanalyze
from quotedesk.store import Library
from tests.synthetic import make_article

EDITOR = "test-editor"
# A model that passes over the rules' choice and named subjects: it changes many speakers.
CONTRARY = {"src=rules": -20.0, "src=cue": -10.0, "label=PERSON": -5.0, "src=pron": -5.0}


def _snapshot(library: Library, article_id: int) -> list[tuple]:
    return [(q.id, q.start, q.end, q.speaker, q.mention, q.status, q.removed, q.model_version)
            for q in library.quotes(article_id, include_removed=True)]


def _answers(library: Library, article_id: int) -> list[tuple]:
    return [(q.start, q.end, q.speaker, q.mention) for q in library.quotes(article_id)]


@pytest.fixture()
def library(tmp_path):
    arts = [make_article(n) for n in range(4)]
    lib = Library.open(tmp_path / "lib.sqlite")
    lib.ids = []
    for art, analysis in zip(arts, analyze_many([a.text for a in arts])):
        lib.ids.append(lib.add_article(ArticleInput(art.id, art.text, title=art.id), analysis,
                                       model_version=analysis.model).id)
    yield lib
    lib.close()


def _activate(library: Library, model: AttributionModel) -> None:
    library.add_model_version(model.version, metrics={}, blob=model.to_bytes(), active=True)


def test_untouched_proposals_get_the_active_models_answers_and_editors_work_stays(library):
    reviewed, partly, fresh, _ = library.ids
    # Article 1 fully reviewed: every quote verified.
    library.verify_article(reviewed, editor=EDITOR)
    # Article 2 partly: one speaker corrected, one quote removed, the rest left proposed.
    qs = library.quotes(partly)
    fixed = library.set_speaker(qs[0].id, "Somebody Else", mention=None, editor=EDITOR)
    removed = library.remove_quote(qs[1].id, editor=EDITOR)
    before_reviewed = _snapshot(library, reviewed)
    before_fresh = _answers(library, fresh)

    _activate(library, AttributionModel(version="attr-contrary", ranker=LinearScorer(dict(CONTRARY))))
    report = reanalyze(library, editor=EDITOR)

    assert report.model_version == "attr-contrary"
    assert report.skipped_reviewed == 1 and not report.errors and not report.cancelled
    assert {r.article_id for r in report.articles} == set(library.ids) - {reviewed}
    assert report.total("changed") > 0
    # The fully reviewed article is exactly as it was.
    assert _snapshot(library, reviewed) == before_reviewed
    # The corrected and the removed quote are kept as the editor left them, and not proposed again.
    assert library.quote(fixed.id).speaker == "Somebody Else"
    assert library.quote(removed.id).removed
    others = [q for q in library.quotes(partly, include_removed=True) if q.id not in (fixed.id, removed.id)]
    assert not any(Span(q.start, q.end).overlaps(Span(removed.start, removed.end)) for q in others)
    assert all(q.model_version == "attr-contrary" for q in others)
    # The untouched article now carries the model's answers, recorded with its version.
    after_fresh = _answers(library, fresh)
    assert after_fresh != before_fresh
    assert {q.model_version for q in library.quotes(fresh)} == {"attr-contrary"}
    assert library.article(fresh).model_version == "attr-contrary"
    # One log line per article says who did it and what changed.
    log = [c for c in library.corrections() if c.action == "reanalyze"]
    assert len(log) == 3 and {c.editor for c in log} == {EDITOR}
    assert all(c.after["model_version"] == "attr-contrary" for c in log)

    # Run again: nothing left to do for this version.
    again = reanalyze(library, editor=EDITOR)
    assert not again.articles and again.skipped_current == 3

    # Roll back to the rules and re-analyse: the untouched article gets the rules' answers back.
    training.activate(library, None)
    back = reanalyze(library, editor=EDITOR)
    assert back.model_version == ENGINE_VERSION
    assert _answers(library, fresh) == before_fresh
    assert library.quote(fixed.id).speaker == "Somebody Else"


def test_article_ids_and_cancel(library):
    _activate(library, AttributionModel(version="attr-contrary", ranker=LinearScorer(dict(CONTRARY))))
    one = reanalyze(library, editor=EDITOR, article_ids=[library.ids[2]])
    assert [r.article_id for r in one.articles] == [library.ids[2]] and not one.errors
    missing = reanalyze(library, editor=EDITOR, article_ids=[424242])
    assert not missing.articles and "no such article" in missing.errors[0].message

    state = TaskState()
    state.cancel()
    stopped = reanalyze(library, editor=EDITOR, state=state)
    assert stopped.cancelled
    # Each article is re-analysed in full or not at all.
    for aid in library.ids:
        versions = {q.model_version for q in library.quotes(aid)}
        assert len(versions) == 1


def test_a_broken_active_model_is_an_error_not_a_silent_rules_run(library):
    library.add_model_version("attr-broken", metrics={}, blob=b"not a model", active=True)
    before = _answers(library, library.ids[0])
    with pytest.raises(ModelError):
        reanalyze(library, editor=EDITOR)
    assert _answers(library, library.ids[0]) == before


def test_the_analysis_must_be_of_the_articles_text(library):
    other = next(iter(analyze_many(["“Hello,” she said."])))
    with pytest.raises(ValueError, match="different text"):
        library.reanalyze_article(library.ids[0], other, model_version="x", editor=EDITOR)


def test_cli_reanalyze(library, capsys):
    path = str(library.path)
    _activate(library, AttributionModel(version="attr-contrary", ranker=LinearScorer(dict(CONTRARY))))
    assert cli_main(["reanalyze", "--library", path, "--editor", EDITOR]) == 0
    out = capsys.readouterr().out
    assert "re-analysed 4 articles with attr-contrary" in out
    assert cli_main(["reanalyze", "--library", path]) == 0
    assert "already analysed by attr-contrary" in capsys.readouterr().out
