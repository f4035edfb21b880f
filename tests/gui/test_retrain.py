"""Retraining from the window: Tools → Retrain model… on a worker thread, the report, Models and rollback.

Every library here is built in the test's own folder from tiny synthetic articles written below;
an editor's review (speakers confirmed or corrected, titles rejected) is done through the
Library API. Nothing outside the test's folder is read or written.
"""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence

from quotedesk.core.model import Span
from quotedesk.store import Library

from tests.synthetic import make_article

from .conftest import make_window

EDITOR = "test-editor"
TRAIN_TIMEOUT_MS = 120_000
# A model that never takes the rules' choice nor a named subject: worse than the rules.
BAD = {"src=rules": -20.0, "src=cue": -10.0, "label=PERSON": -5.0, "src=pron": -5.0}

N_ARTICLES = 10


def _article(n: int) -> tuple[str, str, list[tuple[int, int, int, int]]]:
    """``(title, text, [(quote start, quote end, mention start, mention end), …])``."""
    gold = make_article(n)
    spans = [(q.start, q.end, q.mentions[0][0], q.mentions[0][1]) for q in gold.quotes]
    return f"Budget story {n}", gold.text, spans


def _review(library: Library, article_id: int, text: str, gold) -> None:
    """An editor going through one article: right speakers confirmed, wrong ones fixed, the rest rejected."""
    for q in library.quotes(article_id):
        g = next((g for g in gold if any(min(p.end, g[1]) > max(p.start, g[0]) for p in q.parts)), None)
        if g is None:
            library.set_status(q.id, "rejected", editor=EDITOR)
            continue
        ms, me = g[2], g[3]
        if q.mention is None or not (q.mention.start < me and ms < q.mention.end):
            library.set_speaker(q.id, text[ms:me], mention=Span(ms, me), editor=EDITOR)
        library.set_status(q.id, "verified", editor=EDITOR)


@pytest.fixture(scope="session")
def reviewed_library_file(tmp_path_factory):
    """A library of synthetic articles an editor fully reviewed, built once and copied per test."""
    from quotedesk.engine import analyze_many
    from quotedesk.ingest import ArticleInput

    path = tmp_path_factory.mktemp("reviewed") / "reviewed.sqlite"
    articles = [_article(n) for n in range(N_ARTICLES)]
    with Library.open(path) as lib:
        for n, ((title, text, gold), analysis) in enumerate(zip(articles, analyze_many([a[1] for a in articles]))):
            rec = lib.add_article(ArticleInput(f"budget-{n}", text, title=title), analysis,
                                  model_version=analysis.model)
            _review(lib, rec.id, text, gold)
    return path


@pytest.fixture
def reviewed(reviewed_library_file, library_path):
    """The reviewed library, copied into this test's folder and opened."""
    shutil.copyfile(reviewed_library_file, library_path)
    lib = Library.open(library_path)
    yield lib
    lib.close()


def _bad_model(version: str):
    from quotedesk.engine.learn import AttributionModel
    from quotedesk.engine.learn.linear import LinearScorer

    return AttributionModel(version=version, ranker=LinearScorer(dict(BAD)))


def _open_window(qtbot, library, library_path, settings):
    window = make_window(qtbot, library, library_path, settings, sample=False)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def _tools_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "&Tools")


class _Ticker:
    """Measures the longest gap between ticks of a GUI-thread timer: the window's responsiveness."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.last = self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1


def test_retrain_is_in_the_tools_menu_with_shortcuts(qtbot, library, library_path, settings):
    window = _open_window(qtbot, library, library_path, settings)
    menu = _tools_menu(window)
    names = [a.objectName() for a in menu.actions()]
    assert names == ["retrain", "reanalyze", "models"]
    assert window.act_retrain.shortcut() == QKeySequence("Ctrl+Shift+R")
    assert window.act_reanalyze.shortcut() == QKeySequence("Ctrl+Shift+A")
    assert window.act_models.shortcut() == QKeySequence("Ctrl+Shift+M")
    assert window.attribution_status.text() == "Model: rules"
    window.close()


def test_retrain_activates_a_better_model_and_reports_before_and_after(qtbot, reviewed, library_path, settings):
    # A bad model in use: the retrained one beats it on the held-out verified articles.
    reviewed.add_model_version("bad-1", metrics={}, n_train=3, blob=_bad_model("bad-1").to_bytes(), active=True)
    window = _open_window(qtbot, reviewed, library_path, settings)
    assert window.attribution_status.text() == "Model: bad-1"
    ticker = _Ticker()
    progress = []
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS,
                          check_params_cb=lambda name, _r: name == "retrain") as blocker:
        window.act_retrain.trigger()
        assert window.job_control.progress.isVisible() and window.job_control.cancel_button.isVisible()
        window.job_control.task.signals.progress.connect(lambda *a: progress.append(a))
        ticker.start()
    ticker.timer.stop()
    report = blocker.args[1]
    assert report.activated, report.summary()
    assert progress, "progress reached the GUI thread"
    assert ticker.ticks > 0 and ticker.longest < 2.0, f"the window froze for {ticker.longest:.2f} s"
    assert not window.job_control.progress.isVisible() and not window.job_control.cancel_button.isVisible()

    # The library: both versions, the new one active; the status bar says so.
    versions = {m.version: m for m in reviewed.model_versions()}
    assert set(versions) == {"bad-1", report.version}
    assert versions[report.version].active and not versions["bad-1"].active
    assert window.attribution_status.text() == f"Model: {report.version}"

    # The report: before (the previous model) and after, on the held-out verified articles.
    dialog = window.retrain_report
    qtbot.waitUntil(dialog.isVisible)
    verdict = dialog.verdict_label.text()
    assert f"The new model {report.version} is now in use" in verdict
    assert "the previous model bad-1" in verdict
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Before\nbad-1", f"After\n{report.version}", "Change"]
    rows = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    assert rows == ["Attributed F1", "Speaker accuracy", "Quote F1", "Training set"]
    figures = dialog.figures()
    assert figures[0][0] == f"{report.baseline['attributed']['f1']:.3f}"
    assert figures[0][1] == f"{report.metrics['attributed']['f1']:.3f}"
    assert figures[0][2].startswith("+")
    assert figures[1][1] == f"{report.metrics['speaker_accuracy']:.3f}"
    assert figures[3] == ["3 articles", f"{report.n_train_quotes} quotes in {report.n_train_articles} articles", ""]
    assert report.n_heldout >= 1 and f"{report.n_heldout} held-out verified articles" in dialog.measured_label.text()
    dialog.reject()
    window.close()


def test_a_worse_model_is_kept_inactive_and_the_report_says_so(qtbot, reviewed, library_path, settings, monkeypatch):
    from quotedesk.services import training

    def bad_fit(examples, *, version, **kw):
        return _bad_model(version)

    monkeypatch.setattr(training.learn, "fit", bad_fit)
    window = _open_window(qtbot, reviewed, library_path, settings)
    window.retrain_in_process = False  # the patched fit lives in this process: train on a worker thread
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS,
                          check_params_cb=lambda name, _r: name == "retrain") as blocker:
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    report = blocker.args[1]
    assert not report.activated
    assert report.baseline_version == "rules"
    assert report.metrics["attributed"]["f1"] < report.baseline["attributed"]["f1"]
    # Stored, never made active: the rules stay in use.
    [record] = reviewed.model_versions()
    assert record.version == report.version and not record.active
    assert reviewed.active_model() is None
    assert window.attribution_status.text() == "Model: rules"
    dialog = window.retrain_report
    qtbot.waitUntil(dialog.isVisible)
    verdict = dialog.verdict_label.text()
    assert "kept INACTIVE" in verdict and "scores lower than the rules" in verdict
    assert "The rules stay in use" in verdict and "never makes attribution worse silently" in verdict
    assert dialog.table.horizontalHeaderItem(0).text() == "Before\nrules"
    assert dialog.figures()[0][2].startswith("-")
    assert dialog.figures()[3][0].startswith("—")
    # "Models…" from the report opens the list with the new version, not in use.
    qtbot.mouseClick(dialog.models_button, Qt.MouseButton.LeftButton)
    models = window.models
    qtbot.waitUntil(models.isVisible)
    assert [r.version for r in models.records] == [report.version]
    assert models.table.item(0, 6).text() == ""
    assert "the rules alone" in models.current_label.text()
    models.reject()
    window.close()


def test_retrain_can_be_cancelled(qtbot, reviewed, library_path, settings):
    window = _open_window(qtbot, reviewed, library_path, settings)
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS,
                          check_params_cb=lambda name, _r: name == "retrain") as blocker:
        window.retrain()
        assert window.job_control.cancel_button.isVisible()
        qtbot.mouseClick(window.job_control.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[1] is None
    assert window.job_control.task is None and not window.job_control.cancel_button.isVisible() and not window.job_control.progress.isVisible()
    assert "no model was stored" in window.statusBar().currentMessage()
    assert reviewed.model_versions() == []
    assert not hasattr(window, "retrain_report")
    # The window is usable again: a second retrain starts and finishes.
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS,
                          check_params_cb=lambda name, _r: name == "retrain") as blocker:
        window.retrain()
    assert blocker.args[1] is not None and len(reviewed.model_versions()) == 1
    window.retrain_report.reject()
    window.close()


def test_nothing_to_learn_is_a_message_not_a_traceback(qtbot, library, library_path, settings, tmp_path):
    # A library with an article but no reviewed quote.
    window = _open_window(qtbot, library, library_path, settings)
    article = tmp_path / "story.txt"
    article.write_text(_article(0)[1], encoding="utf-8")
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS):
        window.open_paths([article])
    assert library.articles()[0].n_quotes > 0
    with qtbot.waitSignal(window.jobFailed, timeout=TRAIN_TIMEOUT_MS) as blocker:
        window.act_retrain.trigger()
    assert blocker.args[0] == "retrain"
    box = window.retrain_box
    qtbot.waitUntil(box.isVisible)
    assert box.objectName() == "nothingToLearn" and box.windowTitle() == "Nothing to learn yet"
    assert box.text().startswith("Nothing to learn from yet.")
    assert "verify" in box.text() and "Traceback" not in box.text() + box.detailedText()
    assert str(library_path) not in box.text()
    assert library.model_versions() == []
    assert not window.job_control.progress.isVisible() and window.job_control.task is None
    box.done(0)
    window.close()


def test_models_dialog_lists_versions_and_rolls_back_to_rules(qtbot, library, library_path, settings):
    held = {"attributed": {"f1": 0.9}, "speaker_accuracy": 0.95, "quotes_overlap": {"f1": 0.97}}
    base = {"attributed": {"f1": 0.8}, "speaker_accuracy": 0.85, "quotes_overlap": {"f1": 0.97}}
    library.add_model_version("v1", metrics={"heldout": held, "baseline": base, "baseline_version": "rules"},
                              n_train=8, blob=_bad_model("v1").to_bytes())
    library.add_model_version("v2", metrics={"heldout": held, "baseline": base, "baseline_version": "v1"},
                              n_train=12, blob=_bad_model("v2").to_bytes(), active=True)
    library.add_model_version("broken", metrics={}, n_train=1, blob=b"not a model")
    window = _open_window(qtbot, library, library_path, settings)
    assert window.attribution_status.text() == "Model: v2"
    window.act_models.trigger()
    dialog = window.models
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    assert {table.item(r, 0).text() for r in range(table.rowCount())} == {"v1", "v2", "broken"}
    row = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(row["v2"], 6).text() == "● in use" and table.item(row["v1"], 6).text() == ""
    assert table.item(row["v1"], 2).text() == "8"
    assert table.item(row["v1"], 3).text() == "0.900" and table.item(row["v1"], 4).text() == "0.950"
    assert table.item(row["v2"], 5).text() == "v1 (0.800)"
    assert dialog.current_label.text() == "In use: v2."

    # Roll back to v1.
    dialog.select_version("v1")
    assert dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert library.active_model().version == "v1"
    assert window.attribution_status.text() == "Model: v1"
    assert dialog.current_label.text() == "In use: v1."

    # A damaged version is refused with a message; v1 stays in use.
    dialog.select_version("broken")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_box.isVisible)
    assert library.active_model().version == "v1"
    dialog.error_box.done(0)

    # Rules only.
    qtbot.mouseClick(dialog.rules_button, Qt.MouseButton.LeftButton)
    assert library.active_model() is None
    assert window.attribution_status.text() == "Model: rules"
    assert "the rules alone" in dialog.current_label.text()
    assert not dialog.rules_button.isEnabled()
    assert all(table.item(r, 6).text() != "● in use" for r in range(table.rowCount()))
    dialog.reject()
    # A change made elsewhere (the CLI, another connection) shows at the next refresh.
    with Library.open(library_path) as other:
        other.set_active_model("v2")
    window.refresh_library()
    assert window.attribution_status.text() == "Model: v2"
    window.close()


def test_pasted_articles_use_the_model_in_use(qtbot, library, library_path, settings):
    from quotedesk.ingest import ArticleInput

    library.add_model_version("v1", metrics={}, n_train=8, blob=_bad_model("v1").to_bytes(), active=True)
    window = _open_window(qtbot, library, library_path, settings)
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS):
        window.open_inputs([ArticleInput(id="one", title="One", text='"We will win," Jane Doe said.')])
    assert window.article.model_version == "v1"
    window.act_models.trigger()
    qtbot.mouseClick(window.models.rules_button, Qt.MouseButton.LeftButton)
    window.models.reject()
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS):
        window.open_inputs([ArticleInput(id="two", title="Two", text='"We lost," Tom Becker said.')])
    assert window.article.model_version != "v1"
    window.close()


def test_reanalyse_gives_unreviewed_articles_the_model_in_use_and_keeps_the_editors_work(
        qtbot, library, library_path, settings):
    from quotedesk.engine import analyze_many
    from quotedesk.ingest import ArticleInput

    articles = [_article(n) for n in range(3)]
    ids = []
    for n, ((title, text, _gold), analysis) in enumerate(zip(articles, analyze_many([a[1] for a in articles]))):
        ids.append(library.add_article(ArticleInput(f"budget-{n}", text, title=title), analysis,
                                       model_version=analysis.model).id)
    library.verify_article(ids[0], editor=EDITOR)
    reviewed_before = [(q.id, q.speaker, q.mention, q.status) for q in library.quotes(ids[0])]
    window = _open_window(qtbot, library, library_path, settings)
    window.open_article(ids[1])
    # The editor corrects one speaker in the open article, through the window (undoable).
    first = library.quotes(ids[1])[0]
    assert window.session.change_speaker(first.id, "Somebody Else")
    untouched_before = [(q.start, q.end, q.speaker, q.mention) for q in library.quotes(ids[1])[1:]]

    library.add_model_version("bad-1", metrics={}, n_train=3, blob=_bad_model("bad-1").to_bytes(), active=True)
    reopened_while_running = []
    window.articleOpened.connect(lambda aid: reopened_while_running.append(aid) if window.job_control.task else None)
    with qtbot.waitSignal(window.jobFinished, timeout=TRAIN_TIMEOUT_MS,
                          check_params_cb=lambda name, _r: name == "reanalyze") as blocker:
        window.act_reanalyze.trigger()
        assert window.job_control.progress.isVisible() and window.job_control.cancel_button.isVisible()
    report = blocker.args[1]
    assert report.model_version == "bad-1" and report.skipped_reviewed == 1
    assert "re-analysed 2 articles with bad-1" in window.statusBar().currentMessage()
    # The open article was shown anew as soon as it was re-analysed, before the job ended.
    assert ids[1] in reopened_while_running

    # The open article shows the new answers; the corrected quote is as the editor left it.
    after = library.quotes(ids[1])
    assert [(q.start, q.end, q.speaker, q.mention) for q in after if q.id != first.id] != untouched_before
    assert {q.model_version for q in after if q.id != first.id} == {"bad-1"}
    assert set(window.quote_panel.visible_ids()) == {q.id for q in after}
    assert library.quote(first.id).speaker == "Somebody Else"
    assert [(q.id, q.speaker, q.mention, q.status) for q in library.quotes(ids[0])] == reviewed_before
    # The correction made before is still undoable, and undoing it restores the machine's speaker.
    window.act_undo.trigger()
    assert library.quote(first.id).speaker == first.speaker
    window.close()
