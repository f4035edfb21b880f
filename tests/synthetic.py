"""Tiny synthetic news articles with gold quotes and speaker mentions, shared by the tests.

No shared corpus is read: every article is built from the templates below, so offsets are
known exactly. Some quotes are attributed by a cue after them, some before, some float in the
next sentence, one is a title (not speech).
"""

from __future__ import annotations

from quotedesk.engine.learn.scoring import GoldArticle, GoldQuote

PEOPLE = [
    ("Maria Lopez", "an economist at the bank", "she"),
    ("Tom Becker", "the mayor of Springfield", "he"),
    ("Anna Kowalski", "a union organiser", "she"),
    ("David Okafor", "the company's chief executive", "he"),
    ("Lena Park", "a city councillor", "she"),
    ("Omar Haddad", "the school principal", "he"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SAYINGS = [
    "We will not accept these cuts",
    "The numbers speak for themselves",
    "Nobody told us anything about the plan",
    "This is the best result in a decade",
    "We expect prices to keep rising this winter",
    "I have never seen anything like it",
]


class _Writer:
    def __init__(self) -> None:
        self.text = ""
        self.quotes: list[GoldQuote] = []

    def add(self, s: str) -> int:
        at = len(self.text)
        self.text += s
        return at

    def quote(self, words: str, mention: tuple[int, int], closing: str = ",") -> None:
        start = self.add("\u201c" + words + closing + "\u201d")
        self.quotes.append(GoldQuote(start, start + len(words) + 3, None, [mention]))


def make_article(n: int) -> GoldArticle:
    a = PEOPLE[n % len(PEOPLE)]
    b = PEOPLE[(n + 2) % len(PEOPLE)]
    s1, s2, s3 = SAYINGS[n % 6], SAYINGS[(n + 1) % 6], SAYINGS[(n + 3) % 6]
    w = _Writer()
    w.add(f"{a[0]}, {a[1]}, spoke to reporters on {DAYS[n % 7]} about the budget.\n\n")
    # cue after the quote, pronoun subject resolved to the first person
    qstart = len(w.text)
    pron_at = qstart + len(s1) + 4  # mark, words, comma, mark, space
    w.quote(s1, (pron_at, pron_at + len(a[2])))
    w.add(f" {a[2]} said.\n\n")
    # name before the quote with a colon
    name_at = w.add(b[0])
    w.add(" said on Tuesday: ")
    w.quote(s2, (name_at, name_at + len(b[0])), closing=".")
    w.add("\n\n")
    # floating quote after a named attribution
    qa = len(w.text)
    name2 = qa + len(s3) + 3 + len(" said ")
    w.quote(s3, (name2, name2 + len(a[0])))
    w.add(f" said {a[0]}. ")
    w.quote("It will take years to fix", (name2, name2 + len(a[0])), closing=".")
    w.add("\n\n")
    # a title in quotes: not speech
    w.add(f"{b[0]} later appeared on \u201cThe Morning Show\u201d to discuss the plan.\n")
    return GoldArticle(f"synthetic-{n}", w.text, w.quotes)
