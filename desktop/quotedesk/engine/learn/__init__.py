"""The trainable attribution model on top of the rule engine's candidates.

* :mod:`~quotedesk.engine.learn.features` - candidates per quote and their features
* :mod:`~quotedesk.engine.learn.model` - :class:`AttributionModel`, the engine hook, storage
* :mod:`~quotedesk.engine.learn.training` - collect, label, fit (scikit-learn), evaluate
* :mod:`~quotedesk.engine.learn.scoring` - gold files and the shared scorer's figures

Knows spaCy (through the engine), never SQLite or Qt: the library side lives in
``quotedesk.services.training``.
"""

from quotedesk.engine.learn.features import FEATURES_VERSION
from quotedesk.engine.learn.model import AttributionModel
from quotedesk.engine.learn.scoring import GoldArticle, GoldQuote, read_gold, score

__all__ = ["FEATURES_VERSION", "AttributionModel", "GoldArticle", "GoldQuote", "read_gold", "score"]
