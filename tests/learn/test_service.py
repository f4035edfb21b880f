"""Retraining from a library: corrections in, a stored version out, activated only if better."""

import pytest

from quotedesk.core.errors import ModelError
from quotedesk.core.model import Span
from quotedesk.engine import analyze_many
from quotedesk.engine.learn import AttributionModel
from quotedesk.engine.learn import training as learn
from quotedesk.engine.learn.linear import LinearScorer
from quotedesk.engine.learn.scoring import GoldArticle, GoldQuote, overlap, trim
from quotedesk.ingest import ArticleInput
from quotedesk.services import training
from quotedesk.store import Library
from tests.synthetic import make_article

EDITOR = "test-editor"
# A model that never takes the rules' choice nor a named subject: worse than the rules.
BAD = {"src=rules": -20.0, "src=cue": -10.0, "label=PERSON": -5.0, "src=pron": -5.0}


def _review(library: Library, article_id: int, gold) -> None:
    """An editor going through one article: right speakers confirmed, wrong ones fixed, the rest rejected."""
    text = gold.text
    for q in library.quotes(article_id):
        spans = [trim(text, p.start, p.end) for p in q.parts]
        g = next((g for g in gold.quotes if any(overlap(trim(text, g.start, g.end), s) for s in spans)), None)
        if g is None:
            library.set_status(q.id, "rejected", editor=EDITOR)
            continue
        ms, me = g.mentions[0]
        if q.mention is None or not (q.mention.start < me and ms < q.mention.end):
            library.set_speaker(q.id, text[ms:me], mention=Span(ms, me), editor=EDITOR)
        library.set_status(q.id, "verified", editor=EDITOR)


def _reviewed(path, articles) -> Library:
    lib = Library.open(path)
    ids = []
    for art, analysis in zip(articles, analyze_many([a.text for a in articles])):
        rec = lib.add_article(ArticleInput(art.id, art.text, title=art.id), analysis, model_version=analysis.model)
        ids.append(rec.id)
    for aid, art in zip(ids, articles):
        _review(lib, aid, art)
    return lib


@pytest.fixture()
def library(tmp_path, articles):
    lib = _reviewed(tmp_path / "lib.sqlite", articles)
    yield lib
    lib.close()


def test_library_gold_reads_verified_and_rejected(library, articles):
    gold = training.library_gold(library)
    assert len(gold) == len(articles)
    assert all(g.exhaustive for g in gold)
    assert sum(len(g.quotes) for g in gold) == sum(len(a.quotes) for a in articles)
    assert all(q.mentions for g in gold for q in g.quotes)


def test_nothing_reviewed_is_an_error(tmp_path):
    with Library.open(tmp_path / "empty.sqlite") as lib, pytest.raises(training.TrainingError, match="nothing to learn"):
        training.train(lib)


def test_train_stores_a_version_with_figures(library):
    report = training.train(library)
    assert report.heldout_source == "library" and report.n_heldout >= 1
    assert report.metrics is not None and report.baseline is not None
    assert report.baseline_version == "rules"
    [record] = library.model_versions()
    assert record.version == report.version and record.has_blob
    assert record.n_train == report.n_train_articles
    assert record.metrics["heldout"] == report.metrics
    # a tie with the rules is not "better": the rules stay in use, and the editor is told
    if report.metrics["attributed"]["f1"] <= report.baseline["attributed"]["f1"]:
        assert not report.activated and "NOT active" in report.message
        assert training.load_active_model(library) is None
    else:
        assert report.activated and training.load_active_model(library).version == report.version


def test_a_worse_new_model_is_kept_inactive(library, monkeypatch):
    good = training.train(library)
    training.activate(library, good.version)

    def bad_fit(examples, *, version, **kw):
        return AttributionModel(version=version, ranker=LinearScorer(dict(BAD)))

    monkeypatch.setattr(training.learn, "fit", bad_fit)
    report = training.train(library)
    assert not report.activated
    assert report.baseline_version == good.version
    assert report.metrics["attributed"]["f1"] < report.baseline["attributed"]["f1"]
    assert "NOT active" in report.message and good.version in report.message
    assert library.active_model().version == good.version
    assert {m.version for m in library.model_versions()} == {good.version, report.version}


def test_a_better_new_model_is_activated(library):
    # A bad model in use: the retrained one must beat it on the held-out articles.
    bad = AttributionModel(version="bad-1", ranker=LinearScorer(dict(BAD)))
    library.add_model_version("bad-1", metrics={}, n_train=0, blob=bad.to_bytes(), active=True)
    report = training.train(library)
    assert report.baseline_version == "bad-1"
    assert report.activated, report.summary()
    assert library.active_model().version == report.version
    model = training.load_active_model(library)
    assert model.version == report.version
    # analyses by the active model record its version
    text = library.article(library.articles()[0].id).text
    assert next(analyze_many([text], model=model)).model == report.version


def test_rollback_to_a_version_and_to_rules(library):
    bad = AttributionModel(version="bad-1", ranker=LinearScorer(dict(BAD)))
    library.add_model_version("bad-1", metrics={}, n_train=0, blob=bad.to_bytes(), active=False)
    training.activate(library, "bad-1")
    assert training.load_active_model(library).version == "bad-1"
    training.activate(library, None)
    assert training.load_active_model(library) is None


def test_a_damaged_model_is_never_activated(library):
    library.add_model_version("broken", metrics={}, n_train=0, blob=b"not a model", active=False)
    with pytest.raises(ModelError):
        training.activate(library, "broken")
    assert library.active_model() is None


def test_gold_file_alone_trains_with_held_out_gold(tmp_path, gold_file):
    with Library.open(tmp_path / "g.sqlite") as lib:
        report = training.train(lib, gold=gold_file)
        assert report.heldout_source == "gold" and report.n_heldout >= 1
        assert report.n_train_articles > 0
        assert lib.model_versions()[0].metrics["train"]["gold_file"] == gold_file.name


def test_an_unusable_active_model_is_reported_or_replaced_by_the_rules(library, caplog):
    library.add_model_version("old", metrics={}, n_train=0, blob=b"not a model", active=True)
    with pytest.raises(ModelError, match="roll back"):
        training.load_active_model(library)
    assert training.load_active_model(library, fallback=True) is None
    assert "using the rules alone" in caplog.text


def test_a_backup_is_taken_before_the_retrained_model_is_stored(library):
    from quotedesk.store import backup

    report = training.train(library)
    [made] = backup.list_backups(library.path)
    assert made.n_corrections == len(library.corrections())  # the library as it was just before
    with Library.open(made.path, read_only=True) as copy:
        assert copy.model_versions() == [] and [v.version for v in library.model_versions()] == [report.version]


def _house_style(n: int) -> GoldArticle:
    """A synthetic article as an editor with a house rule reviews it: in odd-numbered ones the
    first quote goes to the person named in the next paragraph."""
    art = make_article(n)
    if n % 2:
        first = art.quotes[0]
        art.quotes[0] = GoldQuote(first.start, first.end, None, [art.quotes[1].mentions[0]])
    return art


def test_a_retrained_models_confidence_means_what_it_says(tmp_path):
    with _reviewed(tmp_path / "lib.sqlite", [_house_style(n) for n in range(16)]) as library:
        report = training.train(library)
        model = training.load_model(library, report.version)
    unseen = [_house_style(n) for n in range(16, 28)]
    figures, rules = learn.evaluate(model, unseen), learn.evaluate(None, unseen)
    assert figures["attributed"]["f1"] > rules["attributed"]["f1"]
    # as many quotes can be accepted unread as with the rules, and the confidence is calibrated
    assert figures["confidence"]["auto_accept_at_0.95"] >= rules["confidence"]["auto_accept_at_0.95"]
    assert figures["confidence"]["ece"] <= 0.03, figures["confidence"]
