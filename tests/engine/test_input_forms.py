"""Real input forms give the answers clean text gives, with offsets into the text as given.

Hard-wrapped lines, CRLF and CR line ends, Unicode spaces and hyphens, TeX quote marks.
"""

import textwrap

import pytest

from quotedesk.core.paths import sample_article
from quotedesk.engine import analyze, analyze_document
from quotedesk.ingest import read_path
from tests.engine.test_sample import EXPECTED


def _squash(s: str) -> str:
    return " ".join(s.split())


def _wrapped(text: str, width: int) -> str:
    """Every line of ``text`` wrapped at ``width`` columns (blank lines stay blank)."""
    return "\n".join(textwrap.fill(line, width) for line in text.split("\n"))


@pytest.fixture(scope="module")
def clean():
    text = next(read_path(sample_article())).text
    return text, analyze_document(text)


FORMS = {
    "wrapped at 72": lambda t: _wrapped(t, 72),
    "wrapped at 72, CRLF": lambda t: _wrapped(t, 72).replace("\n", "\r\n"),
    "wrapped at 72, CR": lambda t: _wrapped(t, 72).replace("\n", "\r"),
    "wrapped at 60, CRLF": lambda t: _wrapped(t, 60).replace("\n", "\r\n"),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("form", FORMS)
def test_sample_in_another_form_gives_the_clean_answers(clean, form):
    clean_text, clean_analysis = clean
    text = FORMS[form](clean_text)
    analysis = analyze_document(text)
    assert analysis.text == text
    speech = analysis.speech
    assert len(speech) == 14
    assert not any(q.has("unclosed") for q in analysis.quotes)
    for q, cq, (words, speaker, mention) in zip(speech, clean_analysis.speech, EXPECTED):
        assert _squash(text[q.start : q.end]) == _squash(clean_text[cq.start : cq.end])
        assert _squash(q.content(text)).startswith(words)
        assert q.speaker == speaker
        assert _squash(text[q.mention.start : q.mention.end]) == mention
        assert _squash(text[q.cue.start : q.cue.end]) == _squash(clean_text[cq.cue.start : cq.cue.end])
    assert sorted(p.name for p in analysis.people) == sorted(p.name for p in clean_analysis.people)
    for person in analysis.people:
        for m in person.mentions:
            assert _squash(text[m.start : m.end]) in (person.name, *person.aliases) or m.end - m.start < 40


def test_emoji_before_quotes_in_wrapped_crlf_text_keep_offsets():
    para = (
        "Mayor Ana Ruiz 👩🏽‍🔬 spoke to the council on Monday evening about the budget for the coming "
        'year and the roads of the northern districts 🚧. 😀 "We will fix every road in this city '
        'before the winter comes," she said, to applause from the members of the council and from '
        "the residents in the room."
    )
    text = ("🎉🇫🇷 City news 🚀\n\n" + textwrap.fill(para, 64) + "\n").replace("\n", "\r\n")
    (q,) = analyze(text)
    assert "\r\n" in text[q.start : q.end]
    assert _squash(text[q.start : q.end]) == '"We will fix every road in this city before the winter comes,"'
    assert q.speaker == "Ana Ruiz"
    assert text[q.mention.start : q.mention.end] == "she"
    assert text[q.cue.start : q.cue.end] == "said"
    assert not q.has("unclosed")


def test_unicode_spaces_hyphens_and_page_breaks():
    text = (
        "Mayor Ana\u00a0Ruiz spoke on Monday.\u00a0\"We will not stop until the work is done,\"\u202fRuiz said.\n\f\n"
        "Mayor Jean\u2011Luc Paré spoke on Tuesday. \"We will not stop until the road is open,\" Paré said."
    )
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.speech] == ["Ana Ruiz", "Jean-Luc Paré"]
    names = {p.name: p for p in analysis.people}
    assert {"Ana Ruiz", "Jean-Luc Paré"} <= set(names)
    assert [text[m.start : m.end] for m in names["Jean-Luc Paré"].mentions][0] == "Jean\u2011Luc Paré"


def test_tex_quote_marks():
    single = "The mayor called the plan `a total disaster for the city' on Monday, said Jean Dupont."
    (q,) = analyze(single)
    assert q.content(single) == "a total disaster for the city"
    assert q.speaker == "Jean Dupont"
    double = "``It is `over' for the old plan,'' said Jean Dupont, the mayor of Lyon."
    quotes = analyze(double)
    assert [q.content(double) for q in quotes] == ["It is `over' for the old plan,", "over"]
    assert quotes[0].speaker == "Jean Dupont"
    assert quotes[1].has("nested")


def test_one_paragraph_per_line_is_not_unwrapped():
    # Short lines that each end a sentence are paragraphs, not a wrapped paragraph.
    text = (
        "Mayor Ana Ruiz spoke to the council on Monday about the new budget.\n"
        '"We will fix every road in this city before the winter comes," she said.\n'
        "Council members asked about the cost and the schedule of the work.\n"
        '"It will take two years," said Tom Lee, the head of the roads office.'
    )
    quotes = analyze(text)
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Lee"]
