"""Quote finding by pairing marks: pure Python, never fails a document."""

import random

import pytest

from quotedesk.engine.marks import find_quotes


def contents(text):
    return [" | ".join(text[p.start : p.end] for p in q.parts) for q in find_quotes(text) if q.nested_in is None]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "yes" and left.', ["yes"]),
        ("He said “yes” and left.", ["yes"]),
        ('“In recent months we have seen progress," he said.', ["In recent months we have seen progress,"]),
        ('"Very, very shortly.” he said.', ["Very, very shortly."]),
        ("''It is over,'' she said.", ["It is over,"]),
        ("Il a dit « c'est fini » hier.", ["c'est fini"]),
        ("Er sagte „es ist vorbei“ gestern.", ["es ist vorbei"]),
        ('"A," he said, "B."', ["A,", "B."]),
        ("Don't say it's the '90s, O’Brien said.", []),
        ("Joseph R. Biden Jr.'s decision and the U.S.’s plan were praised.", []),
    ],
)
def test_pairs_marks_by_kind_and_direction(text, expected):
    assert contents(text) == expected


def test_multi_paragraph_quote_continues_when_the_paragraph_reopens():
    text = 'He said: "First part.\n\n"Second part," he added.'
    (q,) = find_quotes(text)
    assert q.closed and "multi_paragraph" in q.flags
    assert [text[p.start : p.end] for p in q.parts] == ["First part.", "Second part,"]


def test_a_quote_runs_on_past_a_line_of_page_chrome():
    text = '"This is the first part.\n\nAdvertisement\n\n"And this is the rest," she said.'
    assert contents(text) == ["This is the first part. | And this is the rest,"]


def test_unclosed_quote_closes_at_the_paragraph_end():
    text = 'She spoke. "The city is safe.\n\nOfficials said so.'
    (q,) = find_quotes(text)
    assert not q.closed and "unclosed" in q.flags
    assert text[q.parts[0].start : q.parts[0].end] == "The city is safe."


def test_transcript_turns_are_separate_quotes():
    text = '"WALLACE: Is it true?\n\n"PENCE: It is true."'
    assert contents(text) == ["WALLACE: Is it true?", "PENCE: It is true."]


def test_nested_double_marks_stay_inside_the_outer_quote():
    text = "“I’d rather live in what he calls “hell” than live there.” ― Adriana Rodarte"
    assert contents(text) == ["I’d rather live in what he calls “hell” than live there."]


def test_single_quotes_inside_double_are_nested():
    text = "\"He told me, 'Do not come back,' and left,\" said Anna."
    quotes = find_quotes(text)
    nested = [q for q in quotes if q.nested_in is not None]
    assert [text[q.parts[0].start : q.parts[0].end] for q in nested] == ["Do not come back,"]


def test_double_quotes_inside_british_single_ones_are_nested():
    text = ("‘I had no symptoms,’ Garcia said. ‘My doctor said to me, “Rosa, wait.” I think about it.’\n\n"
            "‘It was luck,’ she said.")
    quotes = find_quotes(text)
    assert contents(text) == ["I had no symptoms,", "My doctor said to me, “Rosa, wait.” I think about it.", "It was luck,"]
    nested = [q for q in quotes if q.nested_in is not None]
    assert [(text[q.parts[0].start : q.parts[0].end], q.nested_in) for q in nested] == [("Rosa, wait.", 1)]


def test_british_single_quotes_beside_double_ones_are_quotes_when_a_speech_verb_leads_in():
    text = ("Boris Johnson: 'I have no regrets'\n\nJohnson has said he has \"no regrets\" about his time.\n\n"
            "Speaking to GB News, the 59-year-old said: 'I did what I thought was right.'\n\n"
            "Angela Rayner hit back, saying: 'The public have already judged him.' 'He has gone,' she added.")
    assert contents(text) == ["I have no regrets", "no regrets", "I did what I thought was right.",
                              "The public have already judged him.", "He has gone,"]


def test_american_single_quotes_beside_double_ones_stay_no_quotes():
    # a subhead, a scare quote and a nickname in a story that quotes with double marks
    text = ('"It is over," he said.\n\n\'All Bets Are Off.\'\n\nObama\'s \'pivot\' to Asia. He called him '
            "'Little Marco' and left, saying nothing.")
    assert contents(text) == ["It is over,"]


def test_never_fails_on_random_mark_soup():
    rng = random.Random(7)
    alphabet = ['"', "“", "”", "'", "‘", "’", "«", "»", "''", " ", "\n", "a", "B", ".", ",", "😀"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for q in find_quotes(text):
            assert 0 <= q.start <= q.end <= len(text)
            for p in q.parts:
                assert q.start <= p.start <= p.end <= q.end


def test_attribute_values_inside_markup_tags_are_not_quotes():
    # Embedded posts keep their markup: <tweet author="@x" datetime="2016-06-29">, a link's
    # target=”_blank”, sometimes with a line break inside the tag
    text = ('<tweet id="7471" author="@jdoe" datetime="2016-06-29">We will win.</tweet>\n\n'
            '<tweet tweet-author="@jdoe" tweet-date="January 19, 2016\n">I love it.<tweet/>\n\n'
            'Read <a href=”http://x.com/a” target=”_blank”>the story</a>. "We will win," Doe said.')
    assert contents(text) == ["We will win,"]
    # a post's text pasted into the tag's attributes, several hundred characters long
    claim = "the statement is accurate but needs clarification or additional information " * 6
    text = f'<tweet tweet-author="{claim}" tweet-date="{claim}">He said it.<tweet/>\n\n"We will win," Doe said.'
    assert contents(text) == ["We will win,"]


def test_a_doubled_opening_mark_opens_one_quote():
    text = "The draft reads: ““Our party stands with every victim of terror.”\n\nIt was adopted."
    assert contents(text) == ["Our party stands with every victim of terror."]


def test_nested_straight_marks_stay_inside_the_outer_quote():
    text = 'She posted, "Witnesses say the gunman shouted "Get down!" as he walked in." It was deleted.'
    assert contents(text) == ['Witnesses say the gunman shouted "Get down!" as he walked in.']
