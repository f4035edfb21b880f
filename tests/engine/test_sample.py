"""The shipped sample article: all 14 quotes, every one with the right full name."""

from quotedesk.core.paths import sample_article
from quotedesk.engine import analyze_document
from quotedesk.ingest import read_path

EXPECTED = [
    ("In recent months we have seen definitively", "John Kerry", "Kerry"),
    ("Ground forces supported by nearly 2,000 airstrikes", "John Kerry", "he"),
    ("very, very shortly.", "John Kerry", "he"),
    ("There is an [arms] pipeline here", "John Kerry", "he"),
    ("We have decided there are things we can do more of", "John Kerry", "he"),
    ("the challenge of our time,", "John Kerry", "Kerry"),
    ("flushing out", "John Kerry", "Kerry"),
    ("fully recognize how important this moment is", "John Kerry", "Kerry"),
    ("We know we have to get this right", "John Kerry", "he"),
    ("Oil prices have dropped to about 40 percent", "Haider al-Abadi", "Abadi"),
    ("Iraq's economy and budget relies 85 percent on oil", "Haider al-Abadi", "he"),
    ("large-scale offensive", "Kurdish fighters", "Kurdish fighters"),
    ("very effective.", "Haider al-Abadi", "Iraq's Abadi"),
    ("will never give in to terrorism.", "Shinzo Abe", "Abe"),
]


def test_sample_article_quotes_and_speakers():
    article = next(read_path(sample_article()))
    analysis = analyze_document(article.text)
    text = analysis.text
    speech = analysis.speech
    assert len(speech) == 14
    for q, (words, speaker, mention) in zip(speech, EXPECTED):
        assert q.content(text).startswith(words)
        assert q.speaker == speaker
        assert text[q.mention.start : q.mention.end] == mention


def test_sample_people_have_roles_not_titles_in_names():
    article = next(read_path(sample_article()))
    people = {p.name: p for p in analyze_document(article.text).people}
    assert people["John Kerry"].role == "Secretary of State"
    assert people["Haider al-Abadi"].role == "Prime Minister"
    assert "Abadi" in people["Haider al-Abadi"].aliases


def test_page_chrome_makes_no_quotes():
    article = next(read_path(sample_article()))
    analysis = analyze_document(article.text)
    first = min(q.start for q in analysis.quotes)
    assert first > article.text.index("Breaking News")
