"""Fixtures of synthetic gold articles (built in ``tests/synthetic.py``)."""

from __future__ import annotations

import pytest

from quotedesk.engine.learn.scoring import GoldArticle
from tests.synthetic import make_article


@pytest.fixture(scope="session")
def articles() -> list[GoldArticle]:
    return [make_article(n) for n in range(12)]


@pytest.fixture(scope="session")
def gold_file(tmp_path_factory, articles):
    import json

    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a.to_json()) + "\n")
    return path
