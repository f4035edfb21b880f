"""Analysing many articles so that one the engine cannot handle costs only itself.

:func:`analyze_each` is the loop the import, the re-analysis and the archive workers share: it
parses in batches, and when a batch raises it analyses that batch's articles one by one, so the
article the engine fails on becomes one error and every other one its analysis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence

from quotedesk.core.errors import Cancelled
from quotedesk.core.model import Analysis
from quotedesk.engine.pipeline import analyze_many

log = logging.getLogger(__name__)

Analyzer = Callable[..., Iterator[Analysis]]  # analyze_many(texts, *, batch_size, **options) -> analyses in order


def analyze_each(
    texts: Sequence[str],
    *,
    analyze: Analyzer = analyze_many,
    batch_size: int = 16,
    model: object | None = None,
    on_parsed: Callable[[int, int, int], None] | None = None,
) -> Iterator[Analysis | Exception]:
    """For each text, in order, its analysis or the exception the engine raised on it.

    ``analyze`` (``analyze_many`` unless a test or benchmark replaces it) parses the texts
    ``batch_size`` at a time. When it raises, the next ``batch_size`` texts are analysed alone,
    then batching resumes; the analysis of a text is the same either way. ``Cancelled`` (from
    ``on_parsed``) is never taken for an engine failure: it stops the loop.

    ``model`` is the trained attribution model, if any; ``on_parsed(i, done, total)`` follows
    the paragraphs of a long text ``texts[i]`` as the engine parses them.
    """
    kwargs: dict = {"model": model} if model is not None else {}
    i = 0
    if on_parsed is not None:
        kwargs["on_parsed"] = lambda n, of: on_parsed(i, n, of)
    while i < len(texts):
        try:
            for analysis in analyze(texts[i:], batch_size=batch_size, **kwargs):
                yield analysis
                i += 1
            return
        except Cancelled:
            raise
        except Exception as e:  # noqa: BLE001 - an engine bug on one article must not stop the others
            log.info("the engine failed in a batch (%s); analysing its articles one by one", e)
        for text in texts[i : i + batch_size]:
            try:
                analysis = next(iter(analyze([text], batch_size=1, **kwargs)))
            except Cancelled:
                raise
            except Exception as e:  # noqa: BLE001
                yield e
            else:
                yield analysis
            i += 1
