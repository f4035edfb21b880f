"""Fixtures for the store: real SQLite files in temporary folders, analyses built by hand."""

from __future__ import annotations

import re

import pytest

from quotedesk.core.model import Analysis, Person, Quote, SpeakerKind, Span
from quotedesk.ingest import ArticleInput
from quotedesk.store import Library


def make_article(text: str, *, id: str = "a", title: str | None = "T", date: str | None = None) -> ArticleInput:
    return ArticleInput(id=id, text=text, title=title, date=date, source=f"{id}.txt")


def make_analysis(text: str, quotes: list[tuple[str, str | None, SpeakerKind]], people: list[Person] = ()) -> Analysis:
    """An analysis whose quotes are the given phrases (found in ``text``) and their speakers."""
    out = []
    for phrase, speaker, kind in quotes:
        i = text.index(phrase)
        out.append(Quote(i - 1, i + len(phrase) + 1, (Span(i, i + len(phrase)),), speaker=speaker,
                         speaker_kind=kind, confidence=0.5 + 0.01 * len(out)))
    return Analysis(text, out, list(people), "test")


def person(name: str, *aliases: str, text: str = "", role: str | None = None) -> Person:
    mentions = tuple(Span(m.start(), m.end()) for m in re.finditer(re.escape(name.split()[-1]), text))
    return Person(name, SpeakerKind.PERSON, mentions, aliases, role)


P = SpeakerKind.PERSON

KERRY_TEXT = (
    'Secretary of State John Kerry spoke in London. "We will win this," Kerry said. '
    '"Never," said a U.S. official. "It is working," he said.'
)


def kerry_pair(text: str = KERRY_TEXT, *, id: str = "kerry"):
    analysis = make_analysis(text, [
        ("We will win this,", "John Kerry", P),
        ("Never,", "a U.S. official", SpeakerKind.ANONYMOUS),
        ("It is working,", "John Kerry", P),
    ], [person("John Kerry", "Kerry", text=text, role="Secretary of State")])
    return make_article(text, id=id, date="2015-01-22"), analysis


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib.sqlite")
    yield lib
    lib.close()
