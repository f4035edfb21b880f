"""Titles of imported pages and texts: the real headline, never page chrome (issue 13 item 7)."""

from __future__ import annotations

import pytest

from quotedesk.core.chrome import is_chrome
from quotedesk.ingest import read_path

BODY = (
    "<p>Heavy rain pushed three rivers over their banks on Tuesday, flooding hundreds of homes along "
    "the coast, officials said.</p>"
    "<p>\u201cWe have never seen water this high,\u201d said Mary Jones, the mayor of Porthleven, who spent "
    "the night helping neighbours move furniture upstairs.</p>"
    "<p>The Environment Agency issued eleven severe flood warnings and said more rain was expected later "
    "in the week across the region.</p>"
)
HEADLINE = "Storm floods coastal towns as rivers burst their banks"


def _page(head: str, body_top: str = "") -> str:
    return (f"<!doctype html><html><head>{head}</head><body><a href='#m'>Skip to content</a>"
            f"<main id='m'><article>{body_top}{BODY}</article></main></body></html>")


@pytest.mark.parametrize("head,body_top", [
    # og:title wins over a <title> that is page chrome
    (f'<meta property="og:title" content="{HEADLINE}"><title>Advertisement</title>', ""),
    # <title> with the site's name after it, the site named in og:site_name or not
    (f'<meta property="og:site_name" content="The Daily Herald"><title>{HEADLINE} | The Daily Herald</title>', ""),
    (f"<title>{HEADLINE} - Herald News</title>", "<p>Advertisement</p>"),
    (f"<title>Herald News \u2014 {HEADLINE}</title>", ""),
    # no metadata: the page's <h1>, not the chrome before it
    ("", f"<p>Article Continued Below</p><h1>{HEADLINE}</h1>"),
    # a chrome <title> and no headline markup: the first line of the text that reads as one
    ("<title>Story continues below advertisement</title>",
     f"<p>Story continues below advertisement</p><p>By Jane Doe and John Roe, Reuters</p><p>{HEADLINE}</p>"),
])
def test_html_pages_take_the_real_headline(tmp_path, head, body_top):
    page = tmp_path / "page.html"
    page.write_text(_page(head, body_top), encoding="utf-8")
    [article] = read_path(page)
    assert article.title == HEADLINE
    assert "Mary Jones" in article.text


def test_text_files_take_the_first_line_that_reads_as_a_headline(tmp_path):
    lines = [
        "Skip to main content", "Advertisement", "Story continues below advertisement", "Article Continued Below",
        "Photograph: Andy Rain/EPA", "By Jane Doe and John Roe", "Updated March 3, 2024 at 5:00 p.m. EST",
        "5 min read", HEADLINE, "",
        "Heavy rain pushed three rivers over their banks on Tuesday, officials said.",
    ]
    path = tmp_path / "story.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [article] = read_path(path)
    assert article.title == HEADLINE


def test_a_text_with_no_headline_line_has_no_title_rather_than_chrome(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Advertisement\nStory continues below advertisement\n"
                    "Heavy rain pushed three rivers over their banks on Tuesday, officials said.\n", encoding="utf-8")
    [article] = read_path(path)
    assert article.title is None


@pytest.mark.parametrize("line", [
    '"We will win," he told Reuters.',
    'By Tuesday, "we were done," she said.',
    "Updated guidance will come in 2025, officials said",
    "Reuters",
])
def test_article_lines_are_not_chrome(line):
    # chrome lines lose their quotes at import: a line of article text must never be one
    assert not is_chrome(line)
