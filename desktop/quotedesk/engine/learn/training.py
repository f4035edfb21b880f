"""Training the attribution model from gold articles, and measuring it.

Three steps, each a plain function so tests and the learning-curve benchmark can call them:

1. :func:`collect` parses articles once with the rule engine and keeps, per quote, the
   candidates and their features (:class:`ArticleFeatures`, plain data, cacheable as JSON).
2. :func:`fit` labels them against gold (a candidate is right when it overlaps a gold mention,
   or names the gold speaker) and fits two logistic regressions with scikit-learn: the candidate
   ranker and the speech classifier.
3. :func:`calibrate` fits, on the training articles cut in folds, a model per fold on the
   others and runs the engine with it on the fold: what the engine then says about quotes it
   was not trained on, and whether they are right, fits the model's confidence calibration.
4. :func:`evaluate` runs the engine with a model (or rules only) and returns the shared
   scorer's figures.

scikit-learn is imported only by :func:`fit`; applying a model needs none of it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from quotedesk.core.tasks import TaskState
from quotedesk.core.model import FLAG_NESTED, Span
from quotedesk.core.text import AnalysisText
from quotedesk.engine.learn.features import FEATURES_VERSION, QuoteContext, extract, set_previous_speaker
from quotedesk.engine.learn.linear import LinearScorer
from quotedesk.engine.learn.model import AttributionModel
from quotedesk.engine.learn.scoring import GoldArticle, judge, match, name_tokens, overlap, prediction_records, score, trim

log = logging.getLogger(__name__)

# Rules' methods that read an explicit speaker marker (a transcript label "WALLACE:", a byline
# "― Jane Doe"): trusted twice as much, since a corpus may have too few of them to learn from.
EXPLICIT_METHODS = ("label", "dash")
_PRONOUN_WORDS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "you"}


@dataclass(slots=True)
class ArticleFeatures:
    """What :func:`collect` keeps of one article: its quotes' contexts and the rules' output."""

    key: str  # hash of the text and the feature version
    contexts: list[QuoteContext]
    rules: list[dict]  # the rules-only engine's prediction records (scorer format)

    def to_json(self) -> dict:
        return {"key": self.key, "contexts": [c.to_json() for c in self.contexts], "rules": self.rules}

    @classmethod
    def from_json(cls, row: dict) -> "ArticleFeatures":
        return cls(row["key"], [QuoteContext.from_json(c) for c in row["contexts"]], row["rules"])


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """A hash of the engine's code and word lists: cached features go stale when either changes."""
    import quotedesk.engine as engine
    from quotedesk.core.paths import resources_dir

    h = hashlib.sha1(FEATURES_VERSION.encode())
    files = sorted(Path(engine.__file__).parent.rglob("*.py")) + sorted((resources_dir() / "lexicons").glob("*"))
    for path in files:
        try:
            h.update(path.name.encode())
            h.update(path.read_bytes())
        except OSError:
            continue
    return h.hexdigest()[:16]


def text_key(text: str) -> str:
    h = hashlib.sha1(engine_fingerprint().encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class _Collector:
    """An engine 'model' that changes nothing and keeps each chunk's contexts."""

    version = "collect"

    def __init__(self) -> None:
        self.pending: list[QuoteContext] = []

    def apply(self, attributor, attributions):
        self.pending.extend(extract(attributor, attributions))
        return attributions


def _in_given(text: str, contexts: list[QuoteContext]) -> list[QuoteContext]:
    """The contexts with offsets into ``text`` as given, like the gold's (the engine's index
    the text it analysed, which drops the LF of a CRLF and other invisible characters)."""
    source = AnalysisText(text)
    if not source.shifted:
        return contexts
    for ctx in contexts:
        ctx.start, ctx.end = source.span_to_given(ctx.start, ctx.end)
        ctx.parts = [source.span_to_given(s, e) for s, e in ctx.parts]
        if ctx.rules_mention is not None:
            ctx.rules_mention = source.span_to_given(*ctx.rules_mention)
        for cand in ctx.candidates:
            cand.span = Span(*source.span_to_given(cand.span.start, cand.span.end))
    return contexts


def collect(
    texts: Sequence[str],
    *,
    state: TaskState | None = None,
    cache_dir: str | Path | None = None,
) -> list[ArticleFeatures]:
    """Candidates and features of every quote of ``texts``, one entry per text, in order.

    ``cache_dir`` keeps each article's features as a JSON file named by the hash of its text,
    the engine and feature versions, so a second run parses only new articles.
    """
    from quotedesk.engine.pipeline import analyze_many

    cache = Path(cache_dir) if cache_dir else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    keys = [text_key(t) for t in texts]
    out: list[ArticleFeatures | None] = [None] * len(texts)
    todo: list[int] = []
    for n, key in enumerate(keys):
        path = cache / f"{key}.json" if cache is not None else None
        if path is not None and path.exists():
            try:
                out[n] = ArticleFeatures.from_json(json.loads(path.read_text(encoding="utf-8")))
                continue
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("ignoring a damaged feature cache file %s", path)
        todo.append(n)
    collector = _Collector()
    done = len(texts) - len(todo)
    if state is not None:
        state.progress(done, len(texts), "reading articles")
    for n, analysis in zip(todo, analyze_many((texts[n] for n in todo), model=collector, total=len(todo))):
        feats = ArticleFeatures(keys[n], _in_given(texts[n], collector.pending), prediction_records(analysis))
        collector.pending = []
        out[n] = feats
        if cache is not None:
            tmp = cache / f"{keys[n]}.json.tmp"
            tmp.write_text(json.dumps(feats.to_json()), encoding="utf-8")
            os.replace(tmp, cache / f"{keys[n]}.json")
        done += 1
        if state is not None:
            state.check()
            state.progress(done, len(texts), "reading articles")
    return [o for o in out if o is not None]


# -- labels ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class Examples:
    """Labelled feature rows for the two learners."""

    groups: list[tuple[list[dict[str, float]], list[int]]] = field(default_factory=list)  # (candidates, labels)
    speech: list[tuple[dict[str, float], int]] = field(default_factory=list)
    quotes: int = 0  # gold quotes matched to an engine quote
    reachable: int = 0  # of those, with a right candidate among the candidates
    articles: int = 0
    sequential: bool = False

    def extend(self, other: "Examples") -> None:
        self.groups.extend(other.groups)
        self.speech.extend(other.speech)
        self.quotes += other.quotes
        self.reachable += other.reachable
        self.articles += other.articles


def _candidate_right(text: str, cand_span: tuple[int, int], gold) -> bool:
    if any(cand_span[0] < e and s < cand_span[1] for s, e in gold.mentions):
        return True
    if gold.mentions or not gold.speaker:
        return False
    words = text[cand_span[0] : cand_span[1]]
    if words.strip().lower() in _PRONOUN_WORDS:
        return False
    toks, want = name_tokens(words), name_tokens(gold.speaker)
    return bool(toks) and bool(want) and (toks <= want or want <= toks)


def label(article: GoldArticle, feats: ArticleFeatures, *, teacher_forcing: bool = False) -> Examples:
    """Examples from one article: each quote's candidates marked right or wrong, speech or not."""
    text = article.text
    ex = Examples(articles=1)
    gold_spans = [trim(text, q.start, q.end) for q in article.quotes]
    rejected = [trim(text, s, e) for s, e in article.rejected]
    # Match engine quote parts to gold quotes the way the scorer does.
    parts: list[tuple[int, tuple[int, int]]] = []
    for ci, ctx in enumerate(feats.contexts):
        for s, e in ctx.parts:
            parts.append((ci, trim(text, s, e)))
    pairs = match(gold_spans, [p for _, p in parts], overlap)
    matched: dict[int, list[int]] = {}
    for gi, pi in pairs:
        matched.setdefault(parts[pi][0], []).append(gi)
    last_speaker: Span | None = None
    for ci, ctx in enumerate(feats.contexts):
        golds = [article.quotes[g] for g in matched.get(ci, [])]
        if ci > 0 and teacher_forcing:
            set_previous_speaker(ctx, text, last_speaker)
        mentions = [m for g in golds for m in g.mentions]
        if mentions:
            last_speaker = Span(*mentions[0])
        if golds:
            ex.speech.append((ctx.speech, 1))
        else:
            spans = [trim(text, s, e) for s, e in ctx.parts]
            if article.exhaustive or any(overlap(r, sp) for r in rejected for sp in spans):
                ex.speech.append((ctx.speech, 0))
            continue
        if not ctx.candidates:
            continue
        ex.quotes += 1
        labels = [int(any(_candidate_right(text, (c.span.start, c.span.end), g) for g in golds)) for c in ctx.candidates]
        if any(labels):
            ex.reachable += 1
            ex.groups.append(([c.features for c in ctx.candidates], labels))
    return ex


def build_examples(articles: Sequence[GoldArticle], feats: Sequence[ArticleFeatures], *, sequential: bool = False) -> Examples:
    """Examples from many articles.

    ``sequential`` gives the previous-speaker features the gold previous speaker, and the model
    then feeds them its own previous choice. Off by default: in 5-fold cross-validation on
    PolNeAR it made no difference to using the rules' previous speaker throughout.
    """
    ex = Examples(sequential=sequential)
    for art, f in zip(articles, feats):
        ex.extend(label(art, f, teacher_forcing=sequential))
    return ex


# -- fitting --------------------------------------------------------------------------------------

def _vocabulary(rows: list[dict[str, float]], min_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for r in rows:
        for k in r:
            counts[k] = counts.get(k, 0) + 1
    return sorted(k for k, n in counts.items() if n >= min_count and k != "bias")


def _matrix(rows: list[dict[str, float]], names: list[str]):
    import numpy as np
    from scipy.sparse import csr_matrix

    index = {k: i for i, k in enumerate(names)}
    data, cols, ptr = [], [], [0]
    for r in rows:
        for k, v in r.items():
            i = index.get(k)
            if i is not None:
                cols.append(i)
                data.append(v)
        ptr.append(len(cols))
    return csr_matrix((np.array(data, dtype=float), np.array(cols, dtype=np.int64), np.array(ptr, dtype=np.int64)),
                      shape=(len(rows), max(1, len(names))))


def _fit_softmax(
    groups: list[tuple[list[dict[str, float]], list[int]]],
    *,
    l2: float,
    min_count: int,
    prior: dict[str, float] | None = None,
) -> LinearScorer:
    """A conditional logit ranker: per quote, a softmax over its candidates, maximising the
    probability of the right ones (L-BFGS). The L2 penalty pulls the weights towards ``prior``
    rather than zero: with few examples the ranker stays close to it (the rules' choice)."""
    import numpy as np
    from scipy.optimize import minimize

    rows = [f for cands, _ in groups for f in cands]
    names = _vocabulary(rows, min_count)
    x = _matrix(rows, names)
    xt = x.T.tocsr()
    sizes = np.array([len(c) for c, _ in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    pos = np.array([lab for _, labels in groups for lab in labels], dtype=float)

    w0 = np.zeros(x.shape[1])
    for k, v in (prior or {}).items():
        if k in names:
            w0[names.index(k)] = v

    def objective(w):
        s = x @ w
        m = np.maximum.reduceat(s, starts)
        e = np.exp(s - np.repeat(m, sizes))
        z = np.add.reduceat(e, starts)
        ep = e * pos
        zp = np.add.reduceat(ep, starts)
        d = w - w0
        loss = float(np.sum(np.log(z) - np.log(zp))) + 0.5 * l2 * float(d @ d)
        g = xt @ (e / np.repeat(z, sizes) - ep / np.repeat(zp, sizes)) + l2 * d
        return loss, g

    res = minimize(objective, w0.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    return LinearScorer({names[i]: float(w[i]) for i in range(len(names)) if abs(w[i]) > 1e-6}, 0.0)


def _fit_binary(
    rows: list[dict[str, float]], y: list[int], *, l2: float, min_count: int, prior: dict[str, float] | None = None
) -> LinearScorer:
    """Logistic regression whose L2 penalty pulls the weights towards ``prior`` (L-BFGS)."""
    import numpy as np
    from scipy.optimize import minimize

    names = ["bias"] + _vocabulary(rows, min_count)
    x = _matrix([{**r, "bias": 1.0} for r in rows], names)
    xt = x.T.tocsr()
    t = np.array(y, dtype=float)
    w0 = np.zeros(len(names))
    for k, v in (prior or {}).items():
        if k in names:
            w0[names.index(k)] = v

    def objective(w):
        s = x @ w
        # log(1 + e^-s) for positives, log(1 + e^s) for negatives, computed stably
        loss_terms = np.logaddexp(0.0, np.where(t > 0, -s, s))
        p = 1.0 / (1.0 + np.exp(-s))
        d = w - w0
        return float(loss_terms.sum()) + 0.5 * l2 * float(d @ d), xt @ (p - t) + l2 * d

    res = minimize(objective, w0.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    return LinearScorer({names[i]: float(w[i]) for i in range(1, len(names)) if abs(w[i]) > 1e-6}, float(w[0]))


def _fit_logistic(rows: list[dict[str, float]], y: list[int], *, c: float, min_count: int, weight=None) -> LinearScorer:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = _vocabulary(rows, min_count)
    x = _matrix(rows, names)
    y_arr = np.array(y)
    if len(set(y)) < 2:
        # One class only (a tiny library): a constant scorer that says what was seen.
        return LinearScorer({}, 4.0 if y and y[0] else -4.0)
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
    clf.fit(x, y_arr, sample_weight=weight)
    coef = clf.coef_[0]
    return LinearScorer({names[i]: float(coef[i]) for i in range(len(names)) if abs(coef[i]) > 1e-6}, float(clf.intercept_[0]))


def fit(
    examples: Examples,
    *,
    version: str,
    ranker: str = "softmax",
    c_rank: float = 0.3,
    c_speech: float = 0.3,
    min_count: int = 2,
    rules_prior: float = 3.0,
    meta: dict | None = None,
) -> AttributionModel:
    """A model from labelled examples (needs scikit-learn and SciPy).

    ``ranker="softmax"`` fits a conditional logit: one softmax over each quote's candidates,
    the right ones made likely (``c_rank`` is the inverse L2 strength, as in scikit-learn),
    the weights pulled towards trusting the rules' choice (``rules_prior`` on its feature), so
    a model trained on a handful of corrections overrules the rules only where they taught it.
    ``ranker="logistic"`` fits scikit-learn's logistic regression on candidates one by one
    (right / wrong). Either way the best-scoring candidate of a quote wins at apply time. The
    speech classifier is a logistic regression on the engine's quotes (speech / not speech).
    """
    started = time.perf_counter()
    if ranker not in ("softmax", "logistic"):
        raise ValueError(f"ranker must be 'softmax' or 'logistic', not {ranker!r}")
    if not examples.groups:
        scorer = LinearScorer()
    elif ranker == "softmax":
        scorer = _fit_softmax(examples.groups, l2=1.0 / c_rank, min_count=min_count,
                              prior={"src=rules": rules_prior, **{f"src=rules&m={m}": rules_prior for m in EXPLICIT_METHODS}})
    else:
        rows, y, w = [], [], []
        for cands, labels in examples.groups:
            for f, lab in zip(cands, labels):
                rows.append(f)
                y.append(lab)
                w.append(1.0 / len(cands) ** 0.5)
        scorer = _fit_logistic(rows, y, c=c_rank, min_count=min_count, weight=w)
    speech = None
    if examples.speech and len({lab for _, lab in examples.speech}) == 2:
        # Pulled towards the rules' verdict: few examples leave speech to the rules.
        speech = _fit_binary([f for f, _ in examples.speech], [lab for _, lab in examples.speech], l2=1.0 / c_speech,
                             min_count=min_count, prior={"rules_speech=1": 3.0, "rules_speech=0": -3.0})
    info = {
        "features": FEATURES_VERSION,
        "ranker": ranker,
        "train_articles": examples.articles,
        "train_quotes": examples.quotes,
        "train_reachable": examples.reachable,
        "train_speech_examples": len(examples.speech),
        "fit_seconds": round(time.perf_counter() - started, 2),
    }
    info.update(meta or {})
    return AttributionModel(version=version, ranker=scorer, speech=speech, softmax=ranker == "softmax",
                          sequential=examples.sequential, meta=info)


# -- calibration ----------------------------------------------------------------------------------

#: A calibration's weights before it has seen a quote: the evidence table alone.
CALIBRATION_PRIOR = {"table": 1.0}


class _Inputs:
    """A stand-in calibration that keeps what the engine asks it, quote by quote in text order."""

    def __init__(self) -> None:
        self.rows: list[dict[str, float]] = []

    def prob(self, features: dict[str, float]) -> float:
        self.rows.append(features)
        return 0.5


def fold_of(article: GoldArticle, folds: int) -> int:
    return int(hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest(), 16) % folds


def calibrate(
    articles: Sequence[GoldArticle],
    feats: Sequence[ArticleFeatures],
    *,
    folds: int = 5,
    l2: float = 1.0,
    state: TaskState | None = None,
    **fit_args,
) -> LinearScorer:
    """A confidence calibration for a model fitted (with ``fit_args``) on ``articles``.

    Cross-fitting: the articles fall in ``folds`` folds (by hash of their text); a model fitted
    on the other folds runs the engine on each fold's articles, and every quote it predicts
    there gives :func:`~quotedesk.engine.confidence.calibration_inputs` and whether the scorer
    counts it right. A logistic regression over those, its L2 penalty pulling it towards
    :data:`CALIBRATION_PRIOR` (with few quotes it keeps the rules' table), is the calibration.
    This parses the articles once more.
    """
    from quotedesk.engine.pipeline import analyze_many

    folds = min(folds, len(articles))
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    for fold in range(folds if folds >= 2 else 0):
        test = [n for n, a in enumerate(articles) if fold_of(a, folds) == fold]
        rest = [n for n, a in enumerate(articles) if fold_of(a, folds) != fold]
        examples = build_examples([articles[n] for n in rest], [feats[n] for n in rest])
        if not test or not examples.groups:
            continue
        model = fit(examples, version=f"fold-{fold}", **fit_args)
        model.calibration = inputs = _Inputs()
        texts = (articles[n].text for n in test)
        for n, analysis in zip(test, analyze_many(texts, model=model, state=state, total=len(test))):
            quotes = [q for q in analysis.quotes if not q.has(FLAG_NESTED)]
            asked, inputs.rows = inputs.rows, []
            if len(asked) != len(quotes):  # one question per top-level quote, or we cannot pair them
                log.warning("calibration: skipping article %s (%d quotes, %d confidences)", articles[n].id, len(quotes), len(asked))
                continue
            speech = [(row, q) for row, q in zip(asked, quotes) if q.stands_alone]
            per_part = [row for row, q in speech for _ in q.parts]
            for row, ok in zip(per_part, judge(articles[n], prediction_records(analysis))):
                if ok is not None:
                    rows.append(row)
                    labels.append(int(ok))
    if not rows:
        return LinearScorer(dict(CALIBRATION_PRIOR))
    return _fit_binary(rows, labels, l2=l2, min_count=1, prior=CALIBRATION_PRIOR)


# -- evaluation -----------------------------------------------------------------------------------

def predict(texts: Iterable[str], model: AttributionModel | None, *, state: TaskState | None = None, total: int | None = None) -> list[list[dict]]:
    """Scorer records for each text, with ``model`` (None: the rules alone)."""
    from quotedesk.engine.pipeline import analyze_many

    return [prediction_records(a) for a in analyze_many(texts, model=model, state=state, total=total)]


def evaluate(model: AttributionModel | None, articles: Sequence[GoldArticle], *, state: TaskState | None = None) -> dict:
    """The shared scorer's figures of ``model`` (None: rules only) on gold ``articles``."""
    preds = predict([a.text for a in articles], model, state=state, total=len(articles))
    return score(articles, {a.id: p for a, p in zip(articles, preds)})
