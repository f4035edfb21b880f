"""Selections snapped to a quote's extent, word-wise nudges, mentions near a quote."""

from __future__ import annotations

import pytest

from quotedesk.core.editing import marks_included, name_mentions, nearest_outside, nudge, snap_selection
from quotedesk.core.model import Span

TEXT = '“In recent months we have seen momentum halted in Iraq and reversed,” Kerry told al-Abadi.'


def cut(start_end):
    return TEXT[slice(*start_end)]


def test_a_rough_selection_snaps_to_whole_words_and_takes_the_marks():
    start = TEXT.index("cent months")  # the mouse landed inside "recent"
    end = TEXT.index("reversed") + 3  # … and inside "reversed"
    assert cut(snap_selection(TEXT, start, end, marks=False)) == "recent months we have seen momentum halted in Iraq and reversed"
    # Up to the end of the quote: the comma and the closing mark come with it.
    assert cut(snap_selection(TEXT, start, end, marks=True)) == "recent months we have seen momentum halted in Iraq and reversed,”"
    # From the first word: the opening mark too.
    assert cut(snap_selection(TEXT, 1, 10, marks=True)) == "“In recent"
    # A selection holding the marks and spaces loses them when the article's quotes have none.
    assert cut(snap_selection(TEXT, 0, TEXT.index("Kerry") - 1, marks=False)).startswith("In recent")
    assert cut(snap_selection(TEXT, 0, TEXT.index("Kerry") - 1, marks=False)).endswith("reversed")


def test_hyphens_and_apostrophes_inside_words_are_part_of_them():
    i = TEXT.index("Abadi")
    assert cut(snap_selection(TEXT, i, i + 2, marks=True)) == "al-Abadi"
    text = "they don't know"
    assert snap_selection(text, 6, 8, marks=True) == (5, 10)


def test_a_selection_without_words_is_refused():
    with pytest.raises(ValueError, match="no words"):
        snap_selection(TEXT, 0, 1, marks=True)


def test_nudges_move_one_word_and_keep_the_marks_convention():
    quote = snap_selection(TEXT, 1, TEXT.index(",”"), marks=True)
    assert cut(quote).startswith("“In") and cut(quote).endswith("reversed,”")
    later = nudge(TEXT, *quote, edge="start", step=1, marks=True)
    assert cut(later).startswith("recent months")
    assert cut(nudge(TEXT, *later, edge="start", step=-1, marks=True)) == cut(quote)  # the mark comes back
    shorter = nudge(TEXT, *quote, edge="end", step=-1, marks=True)
    assert cut(shorter).endswith("Iraq and")
    assert nudge(TEXT, *shorter, edge="end", step=1, marks=True) == quote
    longer = nudge(TEXT, *quote, edge="end", step=1, marks=True)
    assert cut(longer).endswith("reversed,” Kerry")


def test_a_nudge_never_empties_the_quote_or_leaves_the_text():
    one = (TEXT.index("Kerry"), TEXT.index("Kerry") + 5)
    assert nudge(TEXT, *one, edge="start", step=1, marks=True) == one
    assert nudge(TEXT, *one, edge="end", step=-1, marks=True) == one
    first = snap_selection(TEXT, 1, 3, marks=True)
    assert nudge(TEXT, *first, edge="start", step=-1, marks=True) == first


def test_the_convention_is_what_most_quotes_do():
    assert marks_included(TEXT, [(0, 10)])
    assert not marks_included(TEXT, [(1, 10), (2, 5)])
    assert marks_included(TEXT, [])


def test_mentions_by_full_name_else_surname_nearest_outside_the_quote():
    text = 'Talos found it. "Talos is here," Talos said. Cisco Talos later agreed.'
    quote = (text.index('"'), text.index(',"') + 2)
    spans = name_mentions(text, "Jean Talos")
    assert [text[s.start:s.end] for s in spans] == ["Talos"] * 4
    assert nearest_outside(spans, *quote) == Span(text.index(" said") - 5, text.index(" said"))
    assert name_mentions(text, "Cisco Talos") == [Span(text.index("Cisco"), text.index(" later"))]
    assert name_mentions(text, "Nobody Else") == []
