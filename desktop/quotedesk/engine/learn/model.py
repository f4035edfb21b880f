"""The trained attribution model: re-ranks the rules' speaker candidates, decides speech.

It plugs into the engine's hook (``analyze_many(texts, model=M)``): for every parsed chunk the
pipeline calls :meth:`AttributionModel.apply` with the chunk's public view (``ChunkView``) and the
sieves' attributions, and gets them back with the model's choices.

Trust model: a model is JSON (gzip-compressed): feature names and numbers, nothing executable.
Loading one from a library file someone sent you cannot run code; at worst a crafted model
attributes quotes badly, which the held-out evaluation before activation would show. Nor can it
exhaust memory (it is decompressed in steps and refused once past :data:`MAX_BYTES`) or put NaN
into the output (numbers must be finite).
"""

from __future__ import annotations

import gzip
import io
import json
import math
from dataclasses import dataclass, field

from quotedesk.core import strict_json
from quotedesk.core.errors import ModelError
from quotedesk.core.model import Method
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.learn.features import FEATURES_VERSION, QuoteContext, extract, rules_non_speech, set_previous_speaker
from quotedesk.engine.learn.linear import LinearScorer

FORMAT = "quotedesk-attribution-model"
FORMAT_VERSION = 1
MAX_BYTES = 16 * 1024 * 1024  # a ceiling for a model's JSON, compressed or not (ours are tens of KB)


@dataclass(slots=True)
class AttributionModel:
    """A candidate ranker and a speech classifier, both linear.

    Parameters
    ----------
    version : str
        The name stored with the model and recorded on every quote it proposes.
    ranker : LinearScorer
        Scores a speaker candidate; the best-scoring candidate of a quote wins.
    speech : LinearScorer or None
        Probability that a quoted span is speech; None leaves the decision to the rules.
    speech_band : tuple of float
        Below the first probability a quote is marked non-speech, from the second on it is
        speech; in between the rules decide.
    sequential : bool
        The previous-speaker features read the model's own previous choice (trained on the
        gold previous speaker) rather than the rules'.
    margin : float
        How much better (in score) another candidate must be to overrule the rules' choice.
    softmax : bool
        The ranker's scores are compared within a quote (a conditional logit): the chosen
        candidate's confidence is its softmax share, not a logistic of its own score.
    calibration : LinearScorer or None
        Turns the evidence table's and the ranker's log-odds into the quote's confidence (see
        ``engine.confidence.calibration_inputs``), fitted on quotes the model was not trained
        on; None (a model stored before calibrations) lets the ranker's probability stand.
    meta : dict
        Training set size, figures, dates: shown to the editor, never used to predict.
    """

    version: str
    ranker: LinearScorer
    speech: LinearScorer | None = None
    speech_band: tuple[float, float] = (0.2, 0.8)
    softmax: bool = False
    margin: float = 0.0
    sequential: bool = False
    features_version: str = FEATURES_VERSION
    calibration: LinearScorer | None = None
    meta: dict = field(default_factory=dict)

    # -- the engine hook -------------------------------------------------------------------------
    def apply(self, attributor, attributions: list[Attribution]) -> list[Attribution]:
        """The chunk's attributions with the model's speaker choices and speech verdicts."""
        contexts = extract(attributor, attributions)
        by_quote = {a.quote: a for a in attributions}
        out: list[Attribution] = []
        final: list[Attribution] = []
        last = None  # the model's previous choice, for the previous-speaker features
        for n, ctx in enumerate(contexts):
            rules = by_quote.get(ctx.quote) or Attribution(quote=ctx.quote, method=Method.NONE)
            if n > 0 and self.sequential:
                set_previous_speaker(ctx, attributor.text, last)
            att = self._choose(attributor, ctx, rules, final[ctx.prev] if ctx.prev is not None else None)
            att.speech = self._speech(attributor, ctx, rules, att)
            final.append(att)
            out.append(att)
            if att.mention is not None and att.speech is not False:
                last = att.mention
        # Attributions the extractor did not see (none expected) pass through unchanged.
        seen = {a.quote for a in out}
        out.extend(a for a in attributions if a.quote not in seen)
        return out

    def _speech(self, attributor, ctx: QuoteContext, rules: Attribution, att: Attribution) -> bool | None:
        """The model's verdict when it is sure; otherwise the rules' (None when they can say)."""
        if self.speech is not None:
            p = self.speech.prob(ctx.speech)
            if p >= self.speech_band[1]:
                return True
            if p < self.speech_band[0]:
                return False
        if att is rules:
            return None  # the pipeline applies its own test
        # The pipeline's test reads the method, which is now "model": give the rules' answer.
        k = attributor.quote_ids.index(ctx.quote)
        sentential = ctx.quote in attributor.sentential_ids
        return not rules_non_speech(attributor, ctx.quote, rules.method, sentential, attributor.text, attributor.quotes[k])

    def rank(self, ctx: QuoteContext) -> list[tuple[float, int]]:
        """``(confidence, candidate index)`` pairs, best first."""
        if self.softmax:
            raw = [self.ranker.score(c.features) for c in ctx.candidates]
            top = max(raw)
            e = [math.exp(r - top) for r in raw]
            z = sum(e)
            scored = [(x / z, n) for n, x in enumerate(e)]
        else:
            scored = [(self.ranker.prob(c.features), n) for n, c in enumerate(ctx.candidates)]
        scored.sort(key=lambda x: (-x[0], x[1]))
        return scored

    def _choose(self, attributor, ctx: QuoteContext, rules: Attribution, prev: Attribution | None) -> Attribution:
        if not ctx.candidates:
            return rules
        ranked = self.rank(ctx)
        p, best = ranked[0]
        if self.margin > 0:
            # Overrule the rules only by a clear margin (scores are log-odds).
            rules_idx = next((n for n, c in enumerate(ctx.candidates) if "rules" in c.sources), None)
            if rules_idx is not None and rules_idx != best:
                top = self.ranker.score(ctx.candidates[best].features)
                if top - self.ranker.score(ctx.candidates[rules_idx].features) < self.margin:
                    best = rules_idx
                    p = next(q for q, n in ranked if n == rules_idx)
        cand = ctx.candidates[best]
        if "rules" in cand.sources and rules.mention is not None:
            rules.score = p
            return rules
        att = Attribution(quote=ctx.quote, method=Method.MODEL, sent=rules.sent, score=p)
        if cand.token is not None:
            tok = attributor.doc[cand.token]
            cue = [attributor.doc[cand.cue]] if cand.cue is not None else []
            attributor.mention_from(att, tok, cue)
        else:
            att.mention = cand.span
            att.mention_text = attributor.text[cand.span.start : cand.span.end]
            att.mention_label = "PERSON"
            att.name, att.name_text = att.mention, att.mention_text
        if prev is not None and prev.mention is not None and att.mention is not None and att.mention.overlaps(prev.mention):
            # Carrying on the previous quote's speaker: share its cue, so a split quote
            # ("A," she said, "B.") is still joined by the pipeline.
            if att.cue is None:
                att.cue, att.cue_lemma = prev.cue, prev.cue_lemma
            if not att.name and prev.name is not None:
                att.name, att.name_text = prev.name, prev.name_text
        if att.mention is None:
            return rules
        return att

    # -- storage ---------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "version": self.version,
            "features_version": self.features_version,
            "ranker": self.ranker.to_json(),
            "speech": self.speech.to_json() if self.speech is not None else None,
            "calibration": self.calibration.to_json() if self.calibration is not None else None,
            "speech_band": list(self.speech_band),
            "softmax": self.softmax,
            "margin": self.margin,
            "sequential": self.sequential,
            "meta": self.meta,
        }
        return gzip.compress(json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0)

    @classmethod
    def from_bytes(cls, data: bytes) -> "AttributionModel":
        """Load a model written by :meth:`to_bytes`.

        Raises
        ------
        ModelError
            The bytes are not a QuoteDesk attribution model, are damaged, or were made for
            other features than this QuoteDesk computes (retrain to fix).
        """
        if not isinstance(data, bytes):
            raise ModelError("the stored attribution model is not binary data, so not one of ours; retrain or roll back")
        too_large = ModelError(f"the stored attribution model is larger than {MAX_BYTES // 2**20} MB, "
                               "so not one of ours; retrain or roll back")
        if len(data) > MAX_BYTES:
            raise too_large
        try:
            if data[:2] == b"\x1f\x8b":
                with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
                    data = f.read(MAX_BYTES + 1)  # decompressed in steps: a bomb stops at the ceiling
            if len(data) > MAX_BYTES:
                raise too_large
            doc = strict_json.loads(data.decode("utf-8"))
        except (OSError, EOFError, UnicodeDecodeError, ValueError, RecursionError) as e:
            raise ModelError(f"the stored attribution model is damaged ({e}); retrain or roll back") from e
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ModelError("not a QuoteDesk attribution model")
        if doc.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"attribution model format {doc.get('format_version')} is not supported; retrain")
        if doc.get("features_version") != FEATURES_VERSION:
            raise ModelError(
                f"attribution model {doc.get('version')!r} was trained on other features "
                f"({doc.get('features_version')}, this QuoteDesk computes {FEATURES_VERSION}); retrain"
            )
        try:
            ranker = LinearScorer.from_json(doc["ranker"])
            speech = LinearScorer.from_json(doc["speech"]) if doc.get("speech") else None
            calibration = LinearScorer.from_json(doc["calibration"]) if doc.get("calibration") else None
            lo, hi = (float(x) for x in doc.get("speech_band", (0.2, 0.8)))
            softmax = bool(doc.get("softmax", False))
            margin = float(doc.get("margin", 0.0))
            sequential = bool(doc.get("sequential", False))
            version = str(doc["version"])
        except (KeyError, TypeError, ValueError, OverflowError) as e:
            raise ModelError(f"the stored attribution model is damaged ({e}); retrain or roll back") from e
        meta = doc.get("meta") if isinstance(doc.get("meta"), dict) else {}
        return cls(version=version, ranker=ranker, speech=speech, speech_band=(lo, hi), softmax=softmax, margin=margin,
                   sequential=sequential, calibration=calibration, meta=meta)
