"""Confidence: the probability that a quote is real speech AND its speaker is right.

Every quote carries the evidence its attribution rests on (:class:`Evidence`): which rule
found the speaker (``method``), how the mention was resolved to a person (``how``: an explicit
name, a surname or alias, a pronoun with or without rival antecedents, a description), whether
the quote is a whole sentence or a fragment inside reported speech, how long it is, how far the
mention is from it and whether a paragraph break lies between them, and its flags. The confidence is a logistic sum over an evidence table:
each piece of evidence adds or removes log-odds.

The shipped table (:data:`TABLE`) holds round values set by hand and checked against the
PolNeAR training split with ``benchmarks/calibration.py`` (which prints, per piece of evidence,
how often such quotes are right, and the calibration the table reaches on train and dev); no
weights fitted to PolNeAR are shipped.

With a trained attribution model in use, its calibration (fitted at training time on quotes of
the library's own verified articles the model was not trained on, see
``engine.learn.training.calibrate``) combines the table's log-odds and the model's: a small
logistic regression over :func:`calibration_inputs`. A model stored before calibrators existed
has none: its probability for the chosen candidate then replaces the method's prior.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Log-odds, one entry per piece of evidence; a missing entry adds nothing. Set by hand in steps
# of 0.25 and checked on PolNeAR train (benchmarks/calibration.py prints how often quotes with
# each piece of evidence are right).
TABLE: dict[str, float] = {
    "bias": -0.5,
    # the rule that found the speaker
    "method=syntax": 0.5, "method=according": 1.5, "method=inherited": 1.5, "method=lead-in": 0.25,
    "method=dash": -0.25, "method=label": -0.75, "method=nearby": -0.75, "method=sentence": -1.0,
    "method=previous": -1.0,
    # a quote inside a quote, credited to whom the outer speaker reports (PolNeAR does not score
    # these: set by hand, below an outer quote's own speaker)
    "method=nested": -1.0, "how=outer": 1.0,
    # how the mention became a speaker
    "how=none": -1.25, "how=label": -0.5, "how=label-new": -0.5, "how=alias": 0.25, "how=description": 0.25,
    # a pronoun no one named before could be (no speaker given: right only where nobody spoke), the
    # writer as "I" (a column's, or an interviewer's when the answers carry no label)
    "how=pronoun-unresolved": -2.0, "how=author": -0.5,
    "kind=person": 1.25, "kind=group": -0.75, "kind=unknown": -0.75,
    # shape: a whole sentence with its reporting clause after it ("…," she said) is the surest
    "shape=sentence-after": 1.25, "shape=fragment-before": 0.5, "shape=fragment-after": -0.5,
    "cue=said": 1.0, "inverted": -0.25, "pronoun-in-fragment": -0.5,
    # characters between the quote and its mention
    "near": 1.0, "mid": 0.75, "far": -0.5, "inherited-from-afar": -1.0,
    # carried on from a fragment's speaker (PolNeAR train: 81% right, against 97% from a whole quote)
    "inherited-from-fragment": -1.75,
    # the mention is in another paragraph (a speaker carried over a break is often the wrong one)
    "other-paragraph": -1.25,
    "words<=3": -0.75, "words>8": 0.5,
    "flag=multi_paragraph": -2.0, "flag=unclosed": -1.75, "flag=thought": -1.0,
    # the speaker's own surname inside the quote: often someone else's words about them
    "flag=self_named": -1.25,
    # How far the person a pronoun was resolved to can be trusted. PolNeAR's gold marks the
    # pronoun ("he"), not the person, so its scorer counts "he said" right whoever "he" is taken
    # for: these are set on news whose keys name the person (benchmarks/written_news.py) and
    # checked on PolNeAR pronoun quotes read by hand. The antecedent's mention 200-599 or 600+
    # characters back; two or more other people named, or someone described, in between.
    "antecedent-mid": -0.5, "antecedent-far": -2.0, "named-between": -1.0, "described-between": -1.0,
}
# Plain finite reporting verbs; "…, saying" and "…, adding" hang the quote on another clause.
PLAIN_CUES = frozenset({"said", "says", "say", "told", "tells", "tell", "added", "adds", "add"})


@dataclass(slots=True)
class Evidence:
    """What one quote's attribution rests on."""

    method: str  # the rule that found the speaker (syntax, according, inherited, ...)
    how: str  # how the mention became a speaker (name, alias, pronoun, description, ...)
    partial: bool  # a fragment inside reported speech, not a whole sentence
    words: int  # words in the quote
    distance: int | None  # characters between the quote and its mention (None: no mention)
    mention_after: bool  # the mention follows the quote ("…," she said)
    inverted: bool  # the cue comes before the mention ("…," said Smith)
    cue: str  # the cue as written, lower-case ("said")
    kind: str  # the speaker's kind (person, organisation, ...)
    flags: frozenset[str] = frozenset()
    margin: float | None = None  # a pronoun's lead over its best rival antecedent
    model_score: float | None = None  # a trained model's probability for this attribution
    paragraphs: int = 0  # paragraph breaks between the quote and its mention
    from_fragment: bool = False  # inherited from a fragment's speaker, not a whole quote's
    doubts: frozenset[str] = frozenset()  # what leaves a pronoun's antecedent in doubt (table keys)

    def keys(self) -> list[str]:
        """The table keys this evidence switches on."""
        keys = ["bias", f"method={self.method}", f"how={self.how}", f"kind={self.kind}"]
        keys.append("words<=3" if self.words <= 3 else "words<=8" if self.words <= 8 else "words>8")
        if self.distance is not None:
            shape = "fragment" if self.partial else "sentence"
            keys.append(f"shape={shape}-{'after' if self.mention_after else 'before'}")
            keys.append("near" if self.distance <= 40 else "mid" if self.distance <= 200 else "far")
            if self.method == "inherited" and self.distance > 40:
                keys.append("inherited-from-afar")
        if self.method == "inherited" and self.from_fragment:
            keys.append("inherited-from-fragment")
        if self.mention_after and self.inverted:
            keys.append("inverted")
        if self.cue in PLAIN_CUES:
            keys.append("cue=said")
        if self.partial and self.how == "pronoun":
            keys.append("pronoun-in-fragment")
        if self.how == "pronoun" and self.margin is not None and self.margin < 1.0:
            keys.append("pronoun-rival-close")
        # A colon lead-in ("Trump said:") points across the break at a quote that may run on for
        # paragraphs: neither is a doubt there.
        lead_in = self.method == "lead-in"
        if self.paragraphs and not lead_in:
            keys.append("other-paragraph")
        keys += sorted(self.doubts)
        keys += [f"flag={f}" for f in sorted(self.flags) if not (lead_in and f == "multi_paragraph")]
        return keys


# Where the calibration may bend its line over the model's log-odds: a ranker's softmax share
# stops meaning more past some point (on PolNeAR train, out of fold, some 98% of the quotes it
# gives log-odds 5 are right, and no more of those it gives 7), so a straight line over it would
# trust the top too much.
MODEL_KNOTS = (2.0, 4.0, 6.0)


def calibration_inputs(evidence: Evidence, table: dict[str, float] | None = None) -> dict[str, float]:
    """What a trained model's calibration reads: the table's log-odds for ``evidence``, the
    model's log-odds for its choice (and how far past each of :data:`MODEL_KNOTS`), and whether
    the model overruled the rules (chose its own candidate) or had no candidate to score."""
    table = TABLE if table is None else table
    row = {"table": sum(table.get(k, 0.0) for k in evidence.keys())}
    if evidence.model_score is None:
        row["unscored"] = 1.0
    else:
        z = row["model"] = _logit(evidence.model_score)
        row.update({f"model>{k:g}": z - k for k in MODEL_KNOTS if z > k})
    if evidence.method == "model":
        row["overruled"] = 1.0
    return row


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def confidence(evidence: Evidence, table: dict[str, float] | None = None, calibration=None) -> float:
    """The probability that the quote is speech and its speaker right, from ``evidence``.

    With a trained model's ``calibration`` (a scorer with ``prob(features)``, see
    ``engine.learn.linear``), its probability over :func:`calibration_inputs`. With a trained
    model's probability for the attribution but no calibration (an older model), that
    probability stands for the rules' evidence about the speaker; the quote's flags still count.
    """
    if calibration is not None:
        return round(calibration.prob(calibration_inputs(evidence, table)), 3)
    table = TABLE if table is None else table
    keys = evidence.keys()
    if evidence.model_score is not None:
        z = _logit(evidence.model_score) + sum(table.get(k, 0.0) for k in keys if k.startswith("flag="))
    else:
        z = sum(table.get(k, 0.0) for k in keys)
    return round(1.0 / (1.0 + math.exp(-z)), 3)
