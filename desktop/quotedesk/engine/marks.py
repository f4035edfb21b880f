"""Finding quoted spans by pairing quotation marks. Pure Python: no spaCy, never raises.

Marks are paired by kind (double or single) and by direction, read from the glyph *and* from
its context, because real articles mix them: the sample article opens with “ and closes with ",
New York Times copy uses two apostrophes ('' … ''), TeX copy ``…'' and `…', and an apostrophe
inside a word is not a mark at all. Offsets are code points into the text as given to
:func:`find_quotes`; nothing is normalised in place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from quotedesk.core.chrome import is_chrome
from quotedesk.core.model import Span

OPEN, CLOSE, EITHER = 1, 2, 3

# glyph -> (kind, direction the glyph itself says)
DOUBLE_MARKS = {
    '"': EITHER,
    "“": OPEN,
    "”": CLOSE,
    "„": OPEN,
    "‟": OPEN,
    "«": OPEN,
    "»": CLOSE,
    "''": EITHER,  # two apostrophes, the NYT's double mark
    "``": OPEN,  # TeX / Penn Treebank opening mark
    "＂": EITHER,
}
SINGLE_MARKS = {"'": EITHER, "‘": OPEN, "’": CLOSE, "‚": OPEN, "‹": OPEN, "›": CLOSE, "`": OPEN}

# A transcript's speaker label opening a paragraph: "WALLACE: ..." starts a new turn.
_SPEAKER_LABEL = re.compile(r"\s*[A-Z][A-Z.'\- ]{1,40}[A-Z]:\s")
_MARK_RE = re.compile(r"''|``|[\"“”„‟«»＂'‘’‚‹›`]")
# A markup tag with attributes left in the text (<tweet author="@x" datetime="2016-06-29">,
# <a target=”_blank”>): its values are no quotes. A line break may fall inside the tag.
_TAG_RE = re.compile(r"<[A-Za-z][\w:-]*\s[^<>=]{0,200}=[^<>]{0,1000}>")
# The engine gives marks.py its analysis text: Unicode spaces are plain spaces there.
_OPENERS_BEFORE = set("([{<—–-/") | {"\n", "\t", " "}
_CLOSERS_AFTER = set(".,;:!?)]}>—–-…/") | {"\n", "\t", " "}


@dataclass(slots=True)
class Mark:
    pos: int
    glyph: str
    double: bool
    direction: int  # OPEN, CLOSE or EITHER after reading the context

    @property
    def end(self) -> int:
        return self.pos + len(self.glyph)


@dataclass(slots=True)
class RawQuote:
    """A quoted span found by pairing marks, before attribution."""

    start: int  # at the opening mark
    end: int  # after the closing mark (or at the paragraph end when unclosed)
    parts: list[Span]  # content inside the marks, one per paragraph it spans
    closed: bool = True
    double: bool = True
    nested_in: int | None = None  # index of the enclosing quote
    flags: set[str] = field(default_factory=set)

    def words(self, text: str) -> int:
        """How many words its parts hold."""
        return len(" ".join(text[p.start : p.end] for p in self.parts).split())


def _direction(text: str, pos: int, glyph: str, table: dict[str, int]) -> int:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + len(glyph)] if pos + len(glyph) < len(text) else " "
    can_open = (before in _OPENERS_BEFORE or before in "\"“‘'") and not after.isspace()
    can_close = (after in _CLOSERS_AFTER or after in "\"”’'") and not before.isspace()
    glyph_dir = table[glyph]
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE
    return glyph_dir


def _is_apostrophe(text: str, pos: int, glyph: str) -> bool:
    """A single mark that is an apostrophe: inside a word, a possessive, an elision ('90s, 'Tis)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, O’Brien
    if glyph in "'’" and before in "sSzZ" and not after.isalnum() and after not in "\n.,;:!?)":
        return True  # plural possessive: the students' union (ambiguous, but far likelier), not "'no regrets'"
    if glyph in "'’" and before == "." and after == "s" and not text[pos + 2 : pos + 3].isalnum():
        return True  # possessive of an abbreviation: Jr.'s, the U.S.'s
    if glyph in "'’‘" and after.isdigit():
        return True  # '90s
    if glyph in "'’‘" and not before.isalnum() and text[pos + 1 : pos + 4].lower() in {"tis", "em ", "n' "}:
        return True
    return False


def find_marks(text: str) -> list[Mark]:
    marks: list[Mark] = []
    tags = [(t.start(), t.end()) for t in _TAG_RE.finditer(text)] if "<" in text else []
    ti = 0
    for m in _MARK_RE.finditer(text):
        glyph = m.group()
        pos = m.start()
        while ti < len(tags) and tags[ti][1] <= pos:
            ti += 1
        if ti < len(tags) and tags[ti][0] < pos:
            continue  # inside a markup tag
        if glyph in DOUBLE_MARKS:
            marks.append(Mark(pos, glyph, True, _direction(text, pos, glyph, DOUBLE_MARKS)))
        elif not _is_apostrophe(text, pos, glyph):
            marks.append(Mark(pos, glyph, False, _direction(text, pos, glyph, SINGLE_MARKS)))
    return marks


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs: runs of text between line breaks, whitespace trimmed."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def find_quotes(text: str) -> list[RawQuote]:
    """All quoted spans, outer quotes first in text order, nested ones after them."""
    marks = find_marks(text)
    paragraphs = paragraph_spans(text)
    doubles = [m for m in marks if m.double]
    singles = [m for m in marks if not m.double]
    quotes = _pair(text, doubles, paragraphs, double=True)
    doubles_within: list[RawQuote] = []
    # British style: single marks as the primary quotes when an article has no double marks.
    # When it has, a closed pair of them outside every double quote that a speech verb leads into
    # or follows ("said: 'I did what I thought was right.'"), and when two do, every such pair.
    if not quotes and singles:
        quotes = _pair(text, singles, paragraphs, double=False)
        singles = []
    elif singles:
        starts = [q.start for q in quotes]
        outside = [m for m in singles if not _inside(quotes, starts, m.pos)]
        primary = [q for q in _pair(text, outside, paragraphs, double=False) if q.closed]
        heads = headline(text, paragraphs)
        spoken = [q for q in primary
                  if _LEADS_IN.search(text, max(0, q.start - 60), q.start) or _FOLLOWS.match(text, q.end)
                  or any(h.start <= q.start and q.end <= h.end for h in heads)]
        primary = primary if len(spoken) >= 2 else spoken
        if primary:
            taken = {m.pos for m in outside for q in primary if q.start <= m.pos < q.end}
            singles = [m for m in singles if m.pos not in taken]
            # ("‘My doctor said to me, “Rosa, …” I think about it,’ she said.": a double quote inside
            # one of them is a quote it reports)
            doubles_within = [q for q in quotes if any(_holds(part, q) for p in primary for part in p.parts)]
            quotes = sorted([q for q in quotes if q not in doubles_within] + primary, key=lambda q: q.start)
    nested = []
    single_pos = [m.pos for m in singles]
    for qi, q in enumerate(quotes):
        for part in q.parts:
            inner = singles[bisect_left(single_pos, part.start) : bisect_left(single_pos, part.end)]
            inner_quotes = [n for n in _pair(text, inner, [part], double=False) if n.closed]
            inner_quotes += [n for n in doubles_within if _holds(part, n)]
            for n in sorted(inner_quotes, key=lambda n: n.start):
                n.nested_in = qi
                nested.append(n)
    return quotes + nested


# A speech verb that leads into a quote ("said: '", "told the Mail: '") or follows it ("…,' he said").
_SPEECH_VERBS = (r"(?:said|says|saying|say|told|tells|telling|added|adds|asked|asks|wrote|writes|replied|replies|"
                 r"explained|insisted|claimed|warned|declared|stated)")
_LEADS_IN = re.compile(rf"\b{_SPEECH_VERBS}\b[^.!?\"“”'‘’\n]{{0,40}}[:,] ?$")
_FOLLOWS = re.compile(rf" (?:he|she|they|it|we|I|(?:[A-Z][\w'’.-]*|the|a|an|his|her|their|its)(?:,? [\w'’.-]+){{0,4}},?) {_SPEECH_VERBS}\b"
                      rf"| {_SPEECH_VERBS}\b")


HEADLINE_CHARS = 200  # a longer paragraph is the story's, not its headline


def headline(text: str, paragraphs: list[Span]) -> list[Span]:
    """The headline and its standfirst, where news quotes with single marks whatever its body
    uses ("Aldbrook flood: ‘It came through the door like a train’"): past page chrome at the top
    (a paper's name, "Community | West Clare"), the first paragraph when it is short and a story
    follows, and the next likewise: neither ends as a sentence of the story does."""
    out: list[Span] = []
    for p in paragraphs[:-1]:
        line = text[p.start : p.end]
        if is_chrome(line):
            if out:
                break  # (the byline after the headline)
            continue
        if len(line) > HEADLINE_CHARS or line.rstrip("”\"'’").endswith((".", "?", "!")):
            break
        out.append(p)
        if len(out) == 2:
            break
    return out


def _holds(part: Span, q: RawQuote) -> bool:
    """Whether the quote ``q``, marks and all, lies within ``part`` of another (its closing mark
    may end where the other's does)."""
    return part.start <= q.start and q.end <= part.end + 1


def _inside(quotes: list[RawQuote], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` falls within one of ``quotes`` (sorted by start, not overlapping)."""
    k = bisect_left(starts, pos + 1) - 1
    return k >= 0 and pos < quotes[k].end


def _pair(text: str, marks: list[Mark], paragraphs: list[Span], *, double: bool) -> list[RawQuote]:
    """Pair marks paragraph by paragraph; an open quote continues into a paragraph that opens
    with a mark (the multi-paragraph convention), past a line of page chrome, and otherwise
    closes, unclosed, at its end."""
    quotes: list[RawQuote] = []
    by_para: list[list[Mark]] = [[] for _ in paragraphs]
    pi = 0
    for m in marks:
        while pi < len(paragraphs) and paragraphs[pi].end <= m.pos:
            pi += 1
        if pi < len(paragraphs) and paragraphs[pi].start <= m.pos:
            by_para[pi].append(m)

    current: RawQuote | None = None  # a quote still open at the end of the previous paragraph
    for para, pmarks in zip(paragraphs, by_para):
        i = 0
        if current is not None and not pmarks and is_chrome(text[para.start : para.end]):
            continue  # "Advertisement" between the paragraphs of one quotation
        if current is not None:
            if pmarks and pmarks[0].pos == para.start and pmarks[0].direction != CLOSE and not _SPEAKER_LABEL.match(text, pmarks[0].end):
                # Continuation: the paragraph reopens the quote.
                current.flags.add("multi_paragraph")
                open_mark = pmarks[0]
                i = 1
            else:
                _close_unclosed(current, text)
                quotes.append(current)
                current = None
                open_mark = None
        else:
            open_mark = None

        depth = 0  # double marks nested inside the open quote: “what he calls “hell” than …”
        # closers_after[k]: marks from k on that can close (for the nesting test, in O(1)).
        closers_after = [0] * (len(pmarks) + 1)
        for k in range(len(pmarks) - 1, -1, -1):
            closers_after[k] = closers_after[k + 1] + (pmarks[k].direction != OPEN)
        while i < len(pmarks):
            m = pmarks[i]
            i += 1
            if open_mark is not None and depth and m.direction != OPEN:
                depth -= 1
                continue
            if open_mark is None:
                if m.direction == CLOSE:
                    continue  # stray closing mark: nothing open
                open_mark = m
                if current is None:
                    current = RawQuote(start=m.pos, end=m.end, parts=[], double=double)
                continue
            if m.direction == OPEN and m.pos - open_mark.end <= 1:
                open_mark = m  # a doubled opening mark ("“ “", "““"), a typo: the content follows it
                continue
            if m.direction == OPEN and closers_after[i] >= 2:
                depth += 1  # a quote inside the quote: “… shouted “Get down!” as …”
                continue
            if m.direction == OPEN:
                # An opening mark while a quote is open: the earlier one was never closed.
                current.parts.append(_trimmed(text, open_mark.end, m.pos))
                current.end = current.parts[-1].end
                current.closed = False
                current.flags.add("unclosed")
                quotes.append(current)
                current = RawQuote(start=m.pos, end=m.end, parts=[], double=double)
                open_mark = m
                continue
            # m closes the quote
            current.parts.append(_trimmed(text, open_mark.end, m.pos))
            current.end = m.end
            current.closed = True
            quotes.append(current)
            current = None
            open_mark = None
        if current is not None and open_mark is not None:
            # Open at the paragraph end: record this paragraph's part, decide at the next one.
            current.parts.append(_trimmed(text, open_mark.end, para.end))
            current.end = para.end
    if current is not None:
        _close_unclosed(current, text)
        quotes.append(current)
    found = []
    for q in quotes:
        # (no empty part: a paragraph opened by a mark and nothing after it, "‟" alone on a line)
        q.parts = [p for p in q.parts if len(p)]
        if q.parts:
            q.end = q.end if q.closed else q.parts[-1].end
            found.append(q)
    return found


def _close_unclosed(q: RawQuote, text: str) -> None:
    q.closed = False
    q.flags.add("unclosed")
    if q.parts:
        q.end = q.parts[-1].end


def _trimmed(text: str, start: int, end: int) -> Span:
    """The content between two marks without the spaces inside them (« c'est fini »)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
