"""The article view: plain text only, highlights at the right characters, astral text included."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt

from quotedesk.core.model import Span
from quotedesk.gui.article_view import ArticleView, tooltip_for
from quotedesk.gui.colors import PALETTE, ColorMap, speaker_color, tint


def _quote(qid, text, needle, *, speaker="Jane Doe", status="proposed", mention=None, confidence=0.9):
    start = text.index(needle)
    m = None
    if mention:
        ms = text.index(mention)
        m = Span(ms, ms + len(mention))
    return SimpleNamespace(id=qid, start=start, end=start + len(needle), speaker=speaker, status=status,
                           confidence=confidence, mention=m, cue=None, is_speech=True, speaker_kind="person",
                           parts=(Span(start + 1, start + len(needle) - 1),))


def _highlighted(view):
    out = []
    for sel in view.extraSelections():
        c = sel.cursor
        out.append((view.from_qt(c.selectionStart()), view.from_qt(c.selectionEnd()), c.selectedText()))
    return out


def test_highlights_land_on_the_right_characters_with_emoji_and_astral_text(qtbot):
    text = ("😀🇫🇷 Intro 𝐁𝐨𝐥𝐝 words. “We 🚀 will win 𝒳,” said Jane 👩🏽‍🔬 Doe.\n\n"
            "More 🎉🎉 text: “Second 𝔮𝔲𝔬𝔱𝔢” she said, and “third” too 🏁.")
    quotes = [
        _quote(1, text, "“We 🚀 will win 𝒳,”", mention="Jane 👩🏽‍🔬 Doe"),
        _quote(2, text, "“Second 𝔮𝔲𝔬𝔱𝔢”", mention="she", speaker="Other Person"),
        _quote(3, text, "“third”", status="rejected"),
    ]
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(text, quotes)
    assert view.toPlainText() == text
    got = _highlighted(view)
    for q in quotes:
        assert (q.start, q.end, text[q.start:q.end]) in got
        if q.mention:
            assert (q.mention.start, q.mention.end, text[q.mention.start:q.mention.end]) in got
    # Selecting by code points and reading back gives the same range.
    view.select_span(quotes[1].start, quotes[1].end)
    assert view.selection_span() == (quotes[1].start, quotes[1].end)
    assert view.textCursor().selectedText() == text[quotes[1].start:quotes[1].end]
    # Hit-testing by code point finds the quote.
    assert view.quote_at(quotes[0].start + 3).id == 1
    assert view.quote_at(0) is None


def test_highlights_land_on_the_right_characters_in_crlf_text(qtbot):
    # Qt reads a CRLF as one paragraph break: positions after it must still line up.
    text = "Intro 😀 line.\r\n\r\n“We will win,” said Jane Doe.\r\nMore text.\r\n“Second one” she said."
    quotes = [_quote(1, text, "“We will win,”", mention="Jane Doe"), _quote(2, text, "“Second one”", mention="she")]
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(text, quotes)
    got = _highlighted(view)
    for q in quotes:
        assert (q.start, q.end, text[q.start:q.end]) in got
        assert (q.mention.start, q.mention.end, text[q.mention.start:q.mention.end]) in got
    view.select_span(quotes[1].start, quotes[1].end)
    assert view.selection_span() == (quotes[1].start, quotes[1].end)
    assert view.quote_at(quotes[1].start + 2).id == 2


def test_markup_in_an_article_is_shown_literally(qtbot):
    text = ('<script>alert("x")</script> <b>bold?</b> <img src="x.png"> &amp; “A <i>quote</i>,” she said.')
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(text, [_quote(1, text, "“A <i>quote</i>,”")])
    assert view.toPlainText() == text
    assert view.document().toPlainText() == text
    assert _highlighted(view)[0][2] == "“A <i>quote</i>,”"


def test_status_is_shown_by_more_than_colour(qtbot):
    text = "“One,” a said. “Two,” b said. “Three,” c said. “Four,” d said."
    quotes = [
        _quote(1, text, "“One,”"),
        _quote(2, text, "“Two,”", status="verified"),
        _quote(3, text, "“Three,”", status="rejected"),
        _quote(4, text, "“Four,”", confidence=0.2),
    ]
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(text, quotes)
    fmts = {start: f for start, _end, f in view.highlight_formats()}
    styles = {q.id: fmts[q.start] for q in quotes}
    assert styles[1].underlineStyle() != styles[2].underlineStyle()
    assert styles[3].fontStrikeOut()
    assert styles[4].underlineStyle() == styles[4].UnderlineStyle.WaveUnderline
    assert styles[3].background().style() == Qt.BrushStyle.NoBrush


def test_tooltip_names_speaker_cue_and_confidence():
    text = "“Yes,” Kerry said."
    q = _quote(1, text, "“Yes,”", speaker="John Kerry", confidence=0.92)
    q.cue = Span(text.index("said"), text.index("said") + 4)
    tip = tooltip_for(q, text)
    assert "John Kerry" in tip and "Cue: said" in tip and "0.92" in tip


def test_speaker_colours_are_stable_and_distinct_within_an_article(qtbot):
    assert speaker_color("John Kerry") == speaker_color("  john   KERRY ")
    names = [f"Speaker {i}" for i in range(len(PALETTE))]
    cmap = ColorMap(names)
    assert len({cmap.color(n).name() for n in names}) == len(PALETTE)
    # Tints read on both themes: light under dark text, dark under light text.
    for hexcolor in PALETTE:
        from PySide6.QtGui import QColor

        assert tint(QColor(hexcolor), dark=False).lightness() > 150
        assert tint(QColor(hexcolor), dark=True).lightness() < 110
