"""Retraining from corrections: the library's reviewed quotes → a new attribution model.

:func:`train` is long work in the project's shape (a plain function taking a ``TaskState``):

1. the library's reviewed articles become training data: verified quotes (with the speaker and
   mention the editor left or set) are positives, rejected and removed quotes and confirmed
   non-speech are negatives (:func:`library_gold`); a gold JSONL file may be added;
2. fully reviewed articles are split: a fifth (at least one) is held out and never trained on;
3. a model is fitted on the rest, and its confidence calibrated by cross-fitting on the same
   articles (``engine.learn.training.calibrate``); then the new model and the one in use (or
   the rules) are both measured on the held-out articles with the shared scorer's figures;
4. the library is backed up, then the new version is stored with its figures and training set
   size, and made active only when it scores better. Otherwise it is kept inactive and the report says so.

Without enough verified articles to hold out, a fifth of the gold file is held out instead;
with neither, the model is stored inactive (nothing to prove it better).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from quotedesk.core.errors import ModelError, QuoteDeskError
from quotedesk.core.model import FLAG_NON_SPEECH
from quotedesk.core.tasks import TaskState
from quotedesk.engine.learn import training as learn
from quotedesk.engine.learn.model import AttributionModel
from quotedesk.engine.learn.scoring import GoldArticle, GoldQuote, headline, read_gold
from quotedesk.store import Library, ModelVersionRecord, backup

log = logging.getLogger(__name__)

HELD_OUT_SHARE = 0.2
MIN_VERIFIED_TO_HOLD_OUT = 2  # fully reviewed articles needed before some can be held out


class TrainingError(QuoteDeskError):
    """Nothing to train on (no reviewed quotes and no gold file), or no right candidate at all."""


@dataclass(slots=True)
class TrainingReport:
    """What a training run did, for the CLI and the GUI's before/after report."""

    version: str
    activated: bool
    message: str
    metrics: dict | None  # the new model on the held-out articles
    baseline: dict | None  # what was in use before (model or rules) on the same articles
    baseline_version: str  # "rules" or the previous model's version
    heldout_source: str  # "library", "gold" or "none"
    n_heldout: int
    n_train_articles: int
    n_train_quotes: int
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"trained {self.version} on {self.n_train_quotes} quotes from {self.n_train_articles} articles "
                 f"in {self.seconds:.0f} s"]
        if self.metrics is not None and self.baseline is not None:
            lines.append(f"  held-out {self.heldout_source} articles ({self.n_heldout}):")
            lines.append(f"    before ({self.baseline_version}): {headline(self.baseline)}")
            lines.append(f"    after  ({self.version}): {headline(self.metrics)}")
        lines.extend("  " + n for n in self.notes)
        lines.append(self.message)
        return "\n".join(lines)


# -- the library as training data -----------------------------------------------------------------

def library_gold(library: Library) -> list[GoldArticle]:
    """Every article an editor reviewed, as gold: verified quotes, rejected spans.

    An article with no quote left in ``proposed`` is *exhaustive* (fully reviewed): whatever
    else the engine finds in it is not a quote. Verified quotes flagged non-speech count as
    rejected (the editor agreed it is a title or scare quote). A quote split around its
    attribution gives one gold quote per part, as the scorer counts them.
    """
    out: list[GoldArticle] = []
    for summary in library.articles():
        if summary.n_verified + summary.n_rejected == 0 and not _has_removed(library, summary.id):
            continue
        article = library.article(summary.id)
        quotes: list[GoldQuote] = []
        rejected: list[tuple[int, int]] = []
        proposed = 0
        for q in library.quotes(summary.id, include_removed=True):
            if q.removed or q.status == "rejected" or (q.status == "verified" and FLAG_NON_SPEECH in q.flags):
                rejected.append((q.start, q.end))
            elif q.status == "verified":
                mentions = [(q.mention.start, q.mention.end)] if q.mention else []
                for part in q.parts or ():
                    quotes.append(GoldQuote(part.start, part.end, q.speaker, list(mentions)))
            else:
                proposed += 1
        if not quotes and not rejected:
            continue
        out.append(GoldArticle(f"library:{summary.id}", article.text, quotes, rejected, exhaustive=proposed == 0))
    return out


def _has_removed(library: Library, article_id: int) -> bool:
    return any(q.removed for q in library.quotes(article_id, include_removed=True))


def _held_out(articles: Sequence[GoldArticle], *, share: float = HELD_OUT_SHARE, minimum: int = MIN_VERIFIED_TO_HOLD_OUT) -> set[str]:
    """Ids of a deterministic share of ``articles`` (by hash of their text) to hold out."""
    if len(articles) < minimum:
        return set()
    n = max(1, round(len(articles) * share))
    ranked = sorted(articles, key=lambda a: hashlib.sha1(a.text.encode("utf-8", "surrogatepass")).hexdigest())
    return {a.id for a in ranked[:n]}


# -- models in the library ------------------------------------------------------------------------

def load_model(library: Library, version: str) -> AttributionModel:
    """A stored model by version.

    Raises
    ------
    ModelError
        No such version, no model bytes stored for it, or the bytes cannot be used.
    """
    blob = library.model_blob(version)
    if blob is None:
        raise ModelError(f"{library.path}: no stored attribution model {version!r}")
    model = AttributionModel.from_bytes(blob)
    model.version = version
    return model


def load_active_model(library: Library, *, fallback: bool = False) -> AttributionModel | None:
    """The library's active attribution model, or None when it uses the rules alone.

    Raises
    ------
    ModelError
        The active model cannot be used (damaged, or trained on the features of another
        QuoteDesk version); the message says to retrain or roll back. With ``fallback`` this
        is logged as a warning instead and None returned, so the rules take over.
    """
    record = library.active_model()
    if record is None:
        return None
    try:
        return load_model(library, record.version)
    except ModelError as e:
        if fallback:
            log.warning("%s: using the rules alone: %s (retrain with `quotedesk train`)", library.path, e)
            return None
        raise ModelError(f"{e}; or roll back with `quotedesk models --library {library.path} --rules`") from e


def versions(library: Library) -> list[ModelVersionRecord]:
    return library.model_versions()


def activate(library: Library, version: str | None) -> None:
    """Use ``version`` from now on (a rollback to an earlier one), or the rules when None.

    The model is loaded first, so a version that cannot be used is never made active.
    """
    if version is not None:
        load_model(library, version)
    library.set_active_model(version)


def _new_version(library: Library) -> str:
    taken = {m.version for m in library.model_versions()}
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    version = f"attr-{stamp}"
    n = 2
    while version in taken:
        version = f"attr-{stamp}-{n}"
        n += 1
    return version


# -- training -------------------------------------------------------------------------------------

def train(
    library: Library,
    *,
    gold: str | Path | Sequence[GoldArticle] | None = None,
    state: TaskState | None = None,
    cache_dir: str | Path | None = None,
    activate_if_better: bool = True,
) -> TrainingReport:
    """Train a new model from the library's corrections (and ``gold``), store it, maybe activate it.

    Parameters
    ----------
    library : Library
        Where the corrections come from and the new version goes. From a worker thread, a
        connection of its own is opened for the duration.
    gold : path or articles, optional
        A gold JSONL file in the shared scorer's format (or its articles) to train on as well.
    state : TaskState, optional
        Progress and cancel.
    cache_dir : path, optional
        Keeps parsed features of articles between runs (see ``engine.learn.training.collect``).
    activate_if_better : bool
        Make the new version active when it beats the one in use on the held-out articles.

    Raises
    ------
    TrainingError
        Nothing to train on.
    Cancelled
        ``state`` asked to stop; nothing was stored.
    """
    own = threading.get_ident() != library.owner_thread
    lib = library.reopen() if own else library
    try:
        return _train(lib, gold=gold, state=state, cache_dir=cache_dir, activate_if_better=activate_if_better)
    finally:
        if own:
            lib.close()


def _train(library: Library, *, gold, state, cache_dir, activate_if_better) -> TrainingReport:
    started = time.perf_counter()
    state = state or TaskState()
    notes: list[str] = []
    reviewed = library_gold(library)
    gold_articles: list[GoldArticle] = []
    if gold is not None:
        gold_articles = read_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if not reviewed and not gold_articles:
        raise TrainingError(
            f"{library.path}: nothing to learn from yet: verify, correct or reject some quotes first "
            "(or give a gold file)"
        )
    full = [a for a in reviewed if a.exhaustive and a.quotes]
    held = _held_out(full)
    source = "library"
    if not held and gold_articles:
        held = _held_out(gold_articles, minimum=5)
        source = "gold" if held else "none"
    elif not held:
        source = "none"
    train_set = [a for a in reviewed + gold_articles if a.id not in held]
    heldout = [a for a in (full if source == "library" else gold_articles) if a.id in held]
    if not train_set:
        raise TrainingError(f"{library.path}: every reviewed article is held out for evaluation; review more")

    state.progress(0, len(train_set), "reading the training articles")
    feats = learn.collect([a.text for a in train_set], state=state, cache_dir=cache_dir)
    examples = learn.build_examples(train_set, feats)
    if not examples.groups:
        raise TrainingError("no reviewed quote has its speaker among the engine's candidates; nothing to learn")
    version = _new_version(library)
    model = learn.fit(examples, version=version, meta={
        "gold_file": Path(gold).name if isinstance(gold, (str, Path)) else None,
        "library_articles": len([a for a in reviewed if a.id not in held]),
    })
    state.progress(0, len(train_set), "calibrating the confidence on articles each fold did not learn from")
    model.calibration = learn.calibrate(train_set, feats, state=state)
    state.check()

    metrics = baseline = None
    baseline_version = "rules"
    current = None
    record = library.active_model()
    if record is not None:
        try:
            current = load_model(library, record.version)
            baseline_version = record.version
        except ModelError as e:
            notes.append(f"the active model {record.version} cannot be used ({e}); compared with the rules")
    if heldout:
        state.progress(0, len(heldout), "measuring on held-out articles")
        baseline = learn.evaluate(current, heldout, state=state)
        metrics = learn.evaluate(model, heldout, state=state)
    state.check()

    better = metrics is not None and baseline is not None and metrics["attributed"]["f1"] > baseline["attributed"]["f1"]
    active = better and activate_if_better
    stored_metrics = {
        "heldout": metrics,
        "baseline": baseline,
        "baseline_version": baseline_version,
        "heldout_source": source,
        "heldout_articles": len(heldout),
        "train": model.meta,
    }
    backup.safety_backup(library, "before storing the retrained model", warnings=notes)
    library.add_model_version(version, metrics=stored_metrics, n_train=examples.articles,
                              blob=model.to_bytes(), active=active)
    if active:
        message = f"{version} is now active: it scores better than {baseline_version} on the held-out articles"
    elif metrics is None:
        message = (f"{version} is stored but NOT active: there are no held-out verified articles to prove it "
                   f"better (fully review at least {MIN_VERIFIED_TO_HOLD_OUT} articles); "
                   f"activate it by hand with `quotedesk models --library {library.path} --activate {version}`")
    elif better:
        message = f"{version} scores better than {baseline_version}; stored but not activated, as asked"
    else:
        message = (f"{version} is stored but NOT active: it does not score better than {baseline_version} on the "
                   f"held-out articles ({metrics['attributed']['f1']:.3f} vs {baseline['attributed']['f1']:.3f} "
                   f"attributed F1); {baseline_version} stays in use")
    log.info("%s", message)
    return TrainingReport(
        version=version, activated=active, message=message, metrics=metrics, baseline=baseline,
        baseline_version=baseline_version, heldout_source=source, n_heldout=len(heldout),
        n_train_articles=examples.articles, n_train_quotes=examples.quotes,
        seconds=time.perf_counter() - started, notes=notes,
    )


def evaluate(
    gold: str | Path | Sequence[GoldArticle],
    *,
    library: Library | None = None,
    version: str | None = None,
    rules: bool = False,
    state: TaskState | None = None,
) -> tuple[str, dict]:
    """The shared scorer's figures on a gold file: ``(what was measured, figures)``.

    Measures the library's active model (``version`` picks another, ``rules`` the rules alone);
    without a library, the rules.
    """
    articles = read_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    model = None
    if library is not None and not rules:
        model = load_model(library, version) if version else load_active_model(library)
    name = model.version if model is not None else "rules"
    return name, learn.evaluate(model, articles, state=state)
