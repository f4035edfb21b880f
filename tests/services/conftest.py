"""Fixtures for the services: real files in temporary folders, the real engine where needed."""

from __future__ import annotations

import shutil

import pytest

from quotedesk.core.model import Analysis, Quote, SpeakerKind, Span
from quotedesk.core.paths import sample_article
from quotedesk.store import Library


@pytest.fixture
def sample(tmp_path):
    """The sample article copied into a temporary folder."""
    path = tmp_path / "in" / "voa-kerry-coalition.txt"
    path.parent.mkdir()
    shutil.copy(sample_article(), path)
    return path


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def fake_analyze(texts, *, batch_size=16, **_):
    """A tiny stand-in engine: every "..." is a quote by Jane Doe; "BOOM" makes it fail."""
    for text in texts:
        if "BOOM" in text:
            raise RuntimeError("engine exploded")
        quotes, pos = [], 0
        while (i := text.find('"', pos)) != -1 and (j := text.find('"', i + 1)) != -1:
            quotes.append(Quote(i, j + 1, (Span(i + 1, j),), speaker="Jane Doe",
                                speaker_kind=SpeakerKind.PERSON, confidence=0.7))
            pos = j + 1
        yield Analysis(text, quotes, [], "fake-1")
