"""Page chrome: the lines web pages put around an article that copy-paste and extraction drag
along (links, ads, "Article continued below", bylines, photo credits, agency captions,
timestamps). They are not story: import leaves out quotes and people found only in them, the
engine takes no speaker from them, and a title is never one.
"""

from __future__ import annotations

import re

from quotedesk.core.model import Span

MAX_CHROME_CHARS = 120  # only a short line can be chrome: a line of article text is never dropped for how it starts
MAX_CAPTION_CHARS = 400  # a photo caption may be longer, when an agency's credit marks it as one


def is_chrome(line: str) -> bool:
    """Whether a line is page chrome, not article text."""
    raw = " ".join(line.split())
    line = raw.strip(" .:-–—|•·*>")
    if not line or len(line) > MAX_CAPTION_CHARS:
        return False
    if _SECTION_LABEL.fullmatch(line) and line.isupper() and len(re.findall(r"[^\W\d_]{2,}", line)) >= 2 \
            and not raw.endswith(":"):
        return True  # a section label: "CELEBRITY NEWS", "WORLD | EUROPE" (not "NATO", nor a speaker's "MR. SMITH:")
    if _CAPTION.search(line):
        return True
    if len(line) > MAX_CHROME_CHARS:
        return False
    if (label := _PHOTO_LABEL.match(line)) and len(re.findall(r"\b[a-z]{2,}\b", line[label.end() :])) >= 5:
        return False  # a caption's own sentence is story: "Photo: Halina Kowalczyk stands outside the townhouse …"
    return line.casefold() in CHROME_LINES or any(p.search(line) for p in _CHROME_PATTERNS)


def chrome_spans(text: str) -> list[Span]:
    """The lines of ``text`` that are page chrome."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if is_chrome(line):
            spans.append(Span(pos, pos + len(line)))
        elif (credit := _CREDIT_TAIL.search(line)) is not None:
            spans.append(Span(pos + credit.start(), pos + len(line)))  # (a caption's own words are story)
        pos += len(line)
    return spans


def byline_author(text: str) -> str | None:
    """The one writer a byline near the top names ("By Fiona Marchetti"), or None: none, or several
    ("By Jane Doe and John Roe"), or an agency."""
    for line in text.lstrip().splitlines()[:8]:
        m = _BYLINE.match(" ".join(line.split()))
        if m:
            return m.group(1).title() if m.group(1).isupper() else m.group(1)  # ("By ANNA SMITH")
    # a columnist's tagline at the foot: "Rhodri Evans writes for these pages every Saturday."
    for line in [x for x in text.rstrip().splitlines() if x.strip()][-2:]:
        m = _TAGLINE.match(" ".join(line.split()))
        if m:
            return m.group(1)
    return None


# A word of a person's name: capitalised, or a particle ("Ursula von der Leyen").
_NAME = r"(?:[A-Z][\w.'’-]*|(?i:de|van|von|der|al|bin))"
_TAGLINE = re.compile(rf"^([A-Z][\w.'’-]*(?:\s+{_NAME}){{1,3}}) (?:writes|is (?:a|an) "
                      r"(?:[\w-]+ ){0,4}(?:writer|columnist|correspondent|editor|author|journalist|reporter|novelist)\b)[^.!?,]{0,80}[.!?]?$")
_BYLINE = re.compile(rf"^(?i:by|words by|written by|interview by|interviewed by)\s+([A-Z][\w.'’-]*(?:\s+{_NAME}){{1,3}})"
                     r"(?:\s*[|,]\s*[\w ]{0,40})?$")


# Lines that web pages put around an article and that copy-paste drags along.
CHROME_LINES = {
    "accessibility links", "breaking news", "skip to main content", "skip to content", "advertisement",
    "share", "share this article", "share this story", "print", "email", "menu", "search", "close",
    "article continued below", "story continues below", "story continues below advertisement",
    "continue reading", "continue reading below", "continue reading the main story", "read more",
    "sign up", "subscribe", "sign in", "log in", "listen to this article", "related", "related articles",
    "related stories", "most read", "more on this story", "comments", "sponsored", "sponsored content",
    "supported by", "scroll to continue", "advertisement - scroll to continue", "ad", "image", "photo",
    "video", "loading", "top stories", "trending", "newsletter", "you may also like", "home", "related topics",
    "share full article", "key points", "in brief", "what to know",
}
_DATE_WORD = (r"(\d[\d:,./-]*(st|nd|rd|th)?,?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
              r"[a-z]*\.?,?|[ap]\.?m\.?,?|gmt|bst|utc|e[sd]t|p[sd]t|cet|cest|at|on|ago|hours?|minutes?|days?)")
_PHOTO_LABEL = re.compile(r"(?i)^(photo(graph)?|image|picture|illustration|video|credit)s?( credit)?\s*:")
_CHROME_PATTERNS = [re.compile(p) for p in (
    r"(?i)^skip to\b",
    r"^[A-Z][\w&'’ -]{0,25}( [|/›>»] [A-Z][\w&'’ -]{0,25}){1,3}$",  # a section's path: "Community | West Clare"
    _PHOTO_LABEL.pattern,  # Photo: AP, "Photo: Jane Doe/Reuters", "Picture: supplied by the family"
    r"(?i)^\(?[\w .'’-]{0,40}/\s*(getty images|ap( photo)?|afp|reuters|shutterstock|epa|pa|alamy)\)?$",
    rf"(?i)^(published|updated|posted|last updated|first published):?(\s+{_DATE_WORD})+$",
    rf"(?i)^{_DATE_WORD}(\s+{_DATE_WORD}){{2,}}$",  # a dateline alone: "Thu 6 Nov 2025 19.02 GMT"
    r"(?i)^\d+\s*(min(ute)?s?|hours?|days?)\s*(read|ago)$",
    r"(?i)^(photo(graph)?|image|picture|illustration|video|graphic)s?\s+by\b",  # Photo by Jane Doe
    r"(?i)^(source|file photo)\s*:",
    r"(?i)^(article|story) continues?d? (below|after|on)\b",
    r"(?i)^(advertisement|read more|share this|sign up)\b",
    r"(?i)^related( stories| articles| topics| links)?\s*:",
    r"(\bAP Photo\b|\bGetty Images\b|/\s*(Reuters|AFP|AP|Getty)\b)[^.!?]*$",  # … (AP Photo/Jane Doe)
    rf"^(?i:by|words by|written by|reporting by|interview by|interviewed by)\s+[A-Z][\w.'’-]*((,\s*|\s+(and|&)\s+|\s+){_NAME})*"
    r"(\s*[|,]\s*[^\"“”‘’]{0,40})?$",  # By Jane Doe and John Roe, Reuters
    # (Reporting by Jane Doe in London; Additional reporting by …; Editing by John Roe)
    r"^\((?i:(additional )?(reporting|writing|editing|research|compiled|graphics) by)\b[^\"“”()]*\)$",
    r"^(?i:(additional )?reporting by)\b[^\"“”;]*;\s*(?i:(additional reporting|writing|editing) by)\b[^\"“”]*$",
    r"(?i)\bcontributed( reporting)? to this (report|story|article)$",  # AP writer Jane Doe contributed to this report
    r"(?i)\b(writers?|reporters?|correspondents?)\b.*\bcontributed( reporting)?$",  # AP writers … in Miami … contributed.
    r"(?i)^(image|media|video) (caption|source)\s*[,:]",  # BBC: "Image caption, Protesters gather …"
    r"(?i)^(click here|follow us|share (on|this|via))\b",
    r"^Follow ([A-Z][\w.'’-]*\s+){1,4}on (Twitter|X|Instagram|Facebook|Bluesky|Threads|LinkedIn|TikTok)$",
    r"(?i)^(copyright|©)\s*(©\s*)?\d{4}|all rights reserved$",  # Copyright 2024 The Associated Press
    r"(?i)^this (article|story) (was|has been) (amended|updated|corrected)\b",
    r"(?i)^listen to this (article|story)\b",  # Listen to this article · 5 min
    r"(?i)^follow @\w+",
    # the writer's bio: "Jane Smith is a reporter covering state politics.", "Reach her at …"
    rf"^{_NAME}( {_NAME}){{1,3}} is an? ([\w-]+ ){{0,3}}(reporter|correspondent|editor|writer|columnist|contributor)\b",
    # a columnist's line: "Fergus Aldine-Whyte is the author of “The Long Lunch”" (a book's title after it)
    rf"^{_NAME}( {_NAME}){{1,3}} is the author of (?:[“\"‘']|(?:the |a |two |three )?(?:novels?|books?|memoirs?)\b)[^.!?]{{0,100}}[.!?”\"’]?$",
    r"(?i)^(reach|contact|email) (her|him|them|me|us) at\b",
    # a press release's boilerplate: "About Acme Robotics", "Media contact: Jordan Blake, press@…"
    r"^About( [A-Z][\w&.'’-]*){1,6}$",
    r"(?i)^((media|press|investor|news) )?contacts?\s*:",
    r"(?i)^for (more|further) information\b",
    r"^SOURCE [A-Z]",
)]
# A short line of capitals with no quotation marks: a section label or the publication's name.
_SECTION_LABEL = re.compile(r"[^\"“”‘’'\n]{1,50}")
# The credit that ends a caption: "… in Brisbane on Wednesday. Photo: Tobias Marr-Healey/AAP".
_CREDIT_TAIL = re.compile(r"(?<=[.!?”’\")]\s)\(?(?i:(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credits?)?|credit)\s*:\s*[^\s“”\"][^\n“”\"]{0,80}\)?\s*$")
# A photo caption, however long, by its agency credit: "… June 14, 2023. REUTERS/Evelyn Hockstein/File
# Photo", "FILE PHOTO: …", "(AP Photo/Evan Vucci)", "… (Photo by Jane Doe/AFP via Getty Images)".
_CAPTION = re.compile(r"^FILE PHOTO\b|\b(REUTERS|AP Photo|AFP|EPA(-EFE)?)/\s?[A-Z]|\bvia Getty Images\)?$")
