"""Masking quote content before parsing, so the words inside a quote cannot confuse the parse.

A sentence-like quote (``"We know we have to get this right," he said``) is parsed as a
one-word stand-in (``"Hello," he said``): the parser then sees the reporting clause as the
sentence it is, and the text to parse gets shorter, which pays for the rest of the engine.
Fragments quoted inside reported speech keep their words, because they are part of the
sentence's grammar (``said it was "the challenge of our time"``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from quotedesk.core.model import Span
from quotedesk.core.names import PARTICLES
from quotedesk.engine.lexicon import lexicon
from quotedesk.engine.marks import RawQuote

PLACEHOLDER = "Hello"
_END_PUNCT = ",.?!;:…"
_PUNCT_RUN_RE = re.compile(r"[^\w\s]{32,}")
_DATELINE_RE = re.compile(r"(?m)^[A-Z][A-Z.' ]{2,30}(?:, [A-Z][A-Za-z.]+)?(?: \([A-Za-z .]+\))? ?(?:--|[-—–]) ?")


@dataclass(slots=True)
class Masked:
    """The text to parse and the way back from its offsets to the original's."""

    text: str
    # Copied runs: masked start -> original start, sorted. Placeholders map to their part.
    _mstarts: list[int]
    _ostarts: list[int]
    _lengths: list[int]
    placeholders: list[tuple[int, int, int, Span]]  # (masked start, masked end, quote index, part)

    def to_orig(self, pos: int) -> int:
        i = bisect_right(self._mstarts, pos) - 1
        if i < 0:
            return pos
        return self._ostarts[i] + min(pos - self._mstarts[i], self._lengths[i])

    def span_to_orig(self, start: int, end: int) -> Span:
        # A token inside a stand-in covers the quote part it stands for.
        k = bisect_right(self.placeholders, (start, float("inf"))) - 1
        if k >= 0:
            ms, me, _qi, part = self.placeholders[k]
            if ms <= start < me:
                return Span(part.start, max(part.start, part.end if end <= me else self.to_orig(end)))
        if end > start:
            return Span(self.to_orig(start), max(self.to_orig(start), self.to_orig(end - 1) + 1))
        return Span(self.to_orig(start), self.to_orig(start))


def is_sentential(text: str, q: RawQuote) -> bool:
    """Whether a quote reads as a sentence of its own rather than a fragment of the reporting one."""
    first = q.parts[0]
    content = text[first.start : first.end].lstrip()
    if not content:
        return False
    words = content.split()
    starts_capital = content[0].isupper() or content[0] in "[(…." or content[0].isdigit()
    before = text[max(0, q.start - 3) : q.start].rstrip(" ")
    after_break = not before or before[-1] in "\n:.?!—–-"
    ends_sentence = text[first.start : first.end].rstrip()[-1:] in _END_PUNCT
    if len(q.parts) > 1:
        return True
    if looks_like_title(text, q):
        return False
    if after_break and (starts_capital or len(words) >= 4):
        return True
    if starts_capital and before.endswith(",") and text[first.start : first.end].rstrip()[-1:] in ".?!":
        return True  # said, "We disagree."
    return starts_capital and len(words) >= 3 and ends_sentence


_TITLE_SMALL = {"the", "a", "an", "of", "and", "or", "on", "in", "with", "for", "to", "at", "by", "from", "&",
                # (and the small words of titles in other languages: "Pelourinho 3 da Manhã")
                "da", "de", "do", "dos", "das", "del", "della", "la", "le", "les", "des", "di", "du", "el", "y", "e", "et",
                "und", "van", "von", "der", "den", "het", "en"}
_TITLE_LEAD = {"on", "of", "review", "in", "from", "at", "'s", "’s", "show", "program", "programme", "film", "book", "movie", "song", "album", "series", "episode", "podcast", "column", "titled", "entitled", "anthem", "hymn", "poem", "play",
               "musical", "documentary", "essay", "op-ed", "memoir", "novel", "headline", "magazine", "newspaper", "newsletter",
               "pseudonym", "nickname", "alias", "moniker", "handle", "journal", "paper", "single", "track",
               # a work of art or a performance: debut "Low Tide at Cromer", the choir sang "…", the monthly "…"
               "debut", "exhibition", "exhibit", "painting", "portrait", "sculpture", "installation", "opera",
               "ballet", "symphony", "sang", "sung", "sings", "headlined", "monthly", "weekly", "daily", "quarterly",
               # a name something goes under: under the banner "Professor Forever", the official theme "…"
               "banner", "theme", "title", "motto", "tagline", "campaign", "initiative", "scheme",
               # (a book of pieces, a record: Joan Didion's essay collection "The White Album", the EP "…")
               "collection", "anthology", "ep", "lp", "record", "sequel", "opener"}
_NAMING = {"called", "named", "dubbed", "nicknamed", "calls"}
_BE = {"be", "been", "is", "was", "are", "were", "being"}
# Nouns of a voice: what follows "chants of" is said, not a title.
_VOICED = {"chant", "chants", "cry", "cries", "shout", "shouts", "call", "calls", "chorus", "roar", "roars", "scream", "screams"}
# A program someone talks to: told "Fox and Friends", in an interview with "Face the Nation".
_ADDRESSEE_RE = re.compile(r"\b(?:told|interview with)\s+$")
_PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "what", "whom"}
# Nouns that follow a title: "Broad City" star Arturo Castro, the "Gang of Eight" bill.
_TITLE_AFTER = {"star", "stars", "host", "hosts", "actor", "actress", "author", "creator", "series", "show", "episode", "podcast", "film", "movie", "book", "song", "album", "program", "column", "bill", "act", "plan", "initiative", "project", "rule", "tax", "slogan", "movement", "campaign", "tour", "event", "forum"}


# A work credited to its author: "Posthumous books could come with a lot of dollar signs," by
# the Boston Globe's Joseph Kahn; ''This Kind of War,'' by T.R. Fehrenbach.
_CREDIT_RE = re.compile(r" by (?:the )?[A-Z]")
_KIND_AFTER_RE = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:show|program|programme|film|book|movie|song|album|series|episode|"
    r"podcast|column|anthem|hymn|poem|play|musical|documentary|essay|memoir|novel|magazine|newspaper|newsletter|"
    r"sitcom|drama|comedy|thriller|video|ad|website|blog|app|game|single|track|record|journal|paper|event|slogan)\b")
# A work's name as it came out or a kind of works gives examples of: published in Urdu as "…", songs such as "…"
_PUBLISHED_AS_RE = re.compile(
    r"\b(?:published|released|issued|reissued|translated|marketed|screened|broadcast|staged)\b(?:\s+[^\s\"“”]+){0,3}?\s+as\s*$"
    r"|\b(?:songs|tracks|singles|hits|albums|films|movies|books|novels|shows|plays|poems|works|titles|programmes|programs|names)"
    r"\s+(?:such\s+as|like|including)(?:\s*[“\"][^“”\"\n]{1,80}[”\"],?(?:\s+(?:and|or))?)*\s*$", re.I)
_LISTED_RE = re.compile(r"(\S+)\s+(?:(?:“|\"|'')[^“”\"\n]{1,80}?(?:”|\"|''),?\s+)+(?:and|or)\s+$")


def looks_like_title(text: str, q: RawQuote) -> bool:
    """A short Title-Case quotation after "on", "of" or a possessive: a show, book or film name
    ("on CBS's "Face the Nation"", told "Fox and Friends", a headline credited "by" its writer, "his book, "Crippled America: How to Make America Great
    Again"", the second of "Parks and Recreation" and "Guardians of the Galaxy") or a nickname
    inside a name (Marcia "Cia" Price)."""
    if len(q.parts) != 1:
        return False
    if text[q.parts[0].end - 1] == "," and _CREDIT_RE.match(text, q.end):
        return True
    words = text[q.parts[0].start : q.parts[0].end].strip(" ,.;:!?").split()
    if re.search(r"\b(?:titled|entitled|(?:under|with)\s+the\s+title)\s*$", text[max(0, q.start - 24) : q.start]) \
            and 0 < len(words) <= 25:
        return True  # a paper titled "Thermal refugia and novel symbiont acquisition in …", in any case
    if _PUBLISHED_AS_RE.search(text, max(0, q.start - 200), q.start) and 0 < len(words) <= 10:
        return True  # (in any case: "first published in Polish as "Dom nad Rozlewiskiem"")
    # A subtitle after a colon may be long; the title before it may not.
    colon = next((i for i, w in enumerate(words) if w.endswith(":")), len(words))
    if not words or colon >= 7 or len(words) > (14 if colon < len(words) else 7):
        return False
    before = text[max(0, q.start - 20) : q.start].split()
    if before and before[-1].lower() in ("dubbed", "nicknamed") and len(words) > 1 and words[0].lower() == "the" \
            and _title_cased(words[1:]):
        return True  # (the gang being dubbed "the Grey Van Crew")
    if not _title_cased(words):
        return False
    if _CREDIT_RE.match(text, q.end) and not re.search(r"\b(?:as|called|named|dubbed)\s*$", text[max(0, q.start - 12) : q.start]):
        return True  # (a work and its maker: 'to "Zombie" by The Cranberries'; not what they were called by someone)
    after = text[q.end : q.end + 40].split()
    # The next in a list of quoted titles reads the list's lead: starred in "Parks and
    # Recreation" and "Guardians of the Galaxy"
    listed = _LISTED_RE.search(text, max(0, q.start - 200), q.start)
    lead = (listed.group(1) if listed else before[-1] if before else "").lower().strip(",;:(")
    voiced = lead == "of" and len(before) >= 2 and before[-2].lower() in _VOICED  # chants of "Marco! Marco!"
    if (lead in _TITLE_LEAD and not voiced) or lead.endswith(("'s", "’s")) or _ADDRESSEE_RE.search(text, max(0, q.start - 30), q.start):
        return True
    # A thing's name: a book called "…", a website named "…", an event billed as "…", a
    # project to be dubbed the "…" (not "what he called "…"", "whom Trump called the "…"").
    if lead == "as" and len(before) >= 2 and before[-2].lower() in ("billed", "known"):
        return True
    if lead == "the" and len(before) >= 3 and before[-2].lower() in _NAMING and before[-3].lower() in _BE:
        return True
    if lead in ("dubbed", "nicknamed"):
        return True  # (a Title-Case name given: keeper Nowak — dubbed 'The Wall of Warsaw' by the fans)
    if lead in _NAMING and len(before) >= 2 and before[-2].isalpha() and before[-2].islower() and (
            before[-2] not in _PRONOUNS or before[-2] == "it"):  # (an event it calls "…": an organisation's naming)
        return True
    if after and after[0].lower().strip(".,;:") in _TITLE_AFTER:
        return True
    if len(after) >= 2 and after[0].isalpha() and after[0].islower() and text[q.end : q.end + 1] == " " \
            and after[1].lower().strip(".,;:") in _TITLE_AFTER:
        return True  # (its "Taste of Home" advertising campaign)
    # A title with its kind in apposition: "Chi-Raq," a movie about Chicago violence ("Tidewater",
    # the band's closing song, with the comma after the mark)
    if (text[q.parts[0].end - 1] == "," and _KIND_AFTER_RE.match(text, q.end)) or (
            text[q.end : q.end + 1] == "," and _KIND_AFTER_RE.match(text, q.end + 1)):
        return True
    # A nickname between the parts of a name: Marcia "Cia" Price (not a word quoted in a title-case
    # headline: Why She Felt "Invisible" As A Child, or at a line's end)
    return (len(words) == 1 and bool(before) and before[-1][:1].isupper() and text[q.end : q.end + 1] == " "
            and bool(after) and after[0][:1].isupper() and after[0].lower() not in _TITLE_SMALL | {"as", "is", "in"})


def is_nickname(text: str, q: RawQuote) -> bool:
    """A nickname between the parts of a name: Seán "the Admiral" Mac Mathúna, Marcia "Cia" Price."""
    if len(q.parts) != 1 or q.start < 2 or not q.closed:
        return False
    words = text[q.parts[0].start : q.parts[0].end].split()
    if words[:1] and words[0] == "the":
        words = words[1:]
    before = text[max(0, q.start - 30) : q.start]
    after = text[q.end : q.end + 30].split()
    while len(after) > 1 and after[0] in PARTICLES:
        after = after[1:]  # (Jose Ramon "Jojo" de la Cruz III)
    return 0 < len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words) \
        and bool(re.search(r"(?:^|\s)[A-Z][\w'’-]+ $", before)) and text[q.end : q.end + 1] == " " \
        and bool(after) and after[0][:1].isupper() and after[0].lower() not in _TITLE_SMALL | {"as", "is", "in"}


# A link to another story: "Read more: ", "Related: ", "ALSO READ: "
_LINK_LABEL = re.compile(r"(?i)[ \t]*(?:read more|read also|also read|related(?: stories| articles)?|see also)[ \t]*:[ \t]*")


def is_heading(text: str, q: RawQuote) -> bool:
    """An upper-case quotation on a line with no lower-case letter: a section heading or a
    headline kicker ("DIVISIVE, STUPID AND WRONG"), a short label alone on its line
    (""Related:""), or the whole headline of a story linked to ("Read more: "Eighteen months on,
    the fire towns are still waiting""), not speech."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    quoted = " ".join(text[p.start : p.end] for p in q.parts)
    if line.strip() == text[q.start : q.end] and quoted.endswith(":") and len(quoted.split()) <= 3:
        return True
    if (label := _LINK_LABEL.match(text, line_start)) is not None and label.end() == q.start \
            and not text[q.end : line_start + len(line)].strip():
        return True
    return len(quoted.split()) >= 2 and any(c.isalpha() for c in quoted) and not any(c.islower() for c in line)


# A verb or relative pronoun right after a quotation, maybe past a gloss in parentheses: it is
# the noun its sentence is about.
_SUBJECT_OF_RE = re.compile(r"(?: \([^()\n]{1,60}\))?,? (?:is|was|has|had|have|are|were|will|would|which)\b")


def _title_cased(words: list[str]) -> bool:
    """Whether words are cased as a title's: each capitalised (or a number), but for small words
    inside ("Parks and Recreation")."""
    return bool(words) and (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def opens_as_subject(text: str, q: RawQuote) -> bool:
    """A short quotation that opens its sentence as the subject of the verb after it: a term or
    a title talked about (""Containment" has been U.S. policy", "''Billions,'' which ...",
    ""Refoulement" (forced return) is banned"); a title in Title Case, whatever the sentence
    goes on with but a reporting clause (""Tell My Sister" — the album's centre — is a letter",
    ""Coyote Radio," built around a looped snippet, overstays its welcome")."""
    content = " ".join(text[p.start : p.end] for p in q.parts)
    if len(q.parts) != 1 or len(content.split()) > 4 or content[-1:] in ".!?":
        return False
    before = text[: q.start].rstrip(" ")[-2:].rstrip("\"”’'")
    if before and before[-1] not in ".!?\n":
        return False
    if _SUBJECT_OF_RE.match(text, q.end):
        return not _WORDS_OF_RE.match(text, q.end)
    words = content.strip(" ,;:").split()
    on = _GOES_ON_RE.match(text, q.end)
    return len(words) >= 2 and _title_cased(words) and on is not None \
        and not any(w in _REPORTERS or lexicon().is_cue(w, w) for w in on.group(1).lower().replace(",", "").split())


# How a sentence goes on after a title that opens it (a dashed aside, then its next words).
_GOES_ON_RE = re.compile(r"[\"”’']?(?: ?[—–][^—–\n]{1,80}[—–]| \([^()\n]{1,60}\))?,? ((?:[a-z][\w'’-]*,? ){1,4})")
# Who reports in a reporting clause right after a quote ("…," she said), beside its cue.
_REPORTERS = {"he", "she", "they", "i", "we", "according"}


# What makes a quotation opening its sentence someone's words: '"It's dead," was how Johnson put
# it', '"Never," were his words', '"No," was the senator's reply', '"Time will tell" was all Jones
# would say'.
_WORDS_OF_RE = re.compile(r",? (?:is|was|were|are) (?:how\b|(?:\w+['’]s|his|her|their|the) (?:\w+ )?(?:words?|reply|"
                          r"response|answer|verdict|message|comment|retort)\b|(?:all|what) (?:[\w'’.-]+ ){1,3}"
                          r"(?:would |could |had to |wanted to )?(?:say|said|tell|told|write|wrote|add|added)\b)")


# A short clause leading into a quote of its own: '"…?" He answered, "I have no idea."'
_LEADS_INTO_QUOTE_RE = re.compile(r"[^\n.?!\"“”]{1,40}?[,:]\s*[\"“]\s*[A-Z]")


# Words that open a sentence and never a reporting clause when capitalised after a quote.
_OPENS_SENTENCE = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
                             "my", "he", "she", "they", "we", "but", "and", "or", "so", "yet", "then", "in", "on", "at",
                             "after", "before", "when", "while", "if", "there", "here"})


def _attribution_follows(text: str, pos: int) -> bool:
    """Whether the quote's paragraph goes on after it with its reporting clause rather than a
    new quote, or a clause that leads into a quote of its own."""
    rest = text[pos : pos + 60].split("\n", 1)[0].lstrip()
    if not rest or rest[0] in "\"“‘'«„" or not rest[0].isalpha() or _LEADS_INTO_QUOTE_RE.match(rest):
        return False
    # (a capitalised function word opens a new sentence: '"Are we moving forward?" The reply, from …,
    # read', '"Our halls!" A porter, watching, said'; a reporting clause goes on in lower case or with a name: "she asked", "Smith asked")
    first = rest.split(None, 1)[0].strip(",;:")
    return not (first[:1].isupper() and (first[1:].islower() or len(first) == 1) and first.lower() in _OPENS_SENTENCE)


def mask(text: str, quotes: list[RawQuote], sentential: list[bool]) -> Masked:
    out: list[str] = []
    mstarts: list[int] = []
    ostarts: list[int] = []
    lengths: list[int] = []
    placeholders: list[tuple[int, int, int, Span]] = []
    pos = 0  # original position copied up to
    mlen = 0

    def copy(upto: int) -> None:
        nonlocal pos, mlen
        if upto > pos:
            mstarts.append(mlen)
            ostarts.append(pos)
            lengths.append(upto - pos)
            out.append(text[pos:upto])
            mlen += upto - pos
        pos = max(pos, upto)

    # Replacements in text order: quote parts by a stand-in word, and datelines ("LONDON
    # (Reuters) - ", "WASHINGTON -- ") by spaces, since parsed they become the subject of "said".
    edits: list[tuple[int, int, int | None, Span | None, str]] = []
    for qi, (q, sent) in enumerate(zip(quotes, sentential)):
        if not sent or q.nested_in is not None:
            continue
        for part in q.parts:
            content = text[part.start : part.end].rstrip()
            tail = content[-1] if content and content[-1] in _END_PUNCT else ""
            if tail in "?!" and tail and _attribution_follows(text, q.end):
                tail = ","  # "Why?" she asked. - keep the reporting clause in the quote's sentence
            edits.append((part.start, part.end, qi, part, PLACEHOLDER + tail))
    # A mark glued to a word outside it ('said,“Look', '”Clinton said') makes the tokenizer
    # glue them too; parsed as a space, the reporting clause reads as it should.
    for q, sent in zip(quotes, sentential):
        if not sent or q.nested_in is not None or not q.parts:
            continue
        open_len = 2 if text.startswith(("''", "``"), q.start) else 1
        if q.start > 0 and not text[q.start - 1].isspace() and q.start + open_len <= q.parts[0].start:
            edits.append((q.start, q.start + open_len, None, None, " " * open_len))
        close_len = 2 if text[max(0, q.end - 2) : q.end] == "''" else 1
        if q.closed and q.end < len(text) and text[q.end].isalnum() and q.end - close_len >= q.parts[-1].end:
            edits.append((q.end - close_len, q.end, None, None, " " * close_len))
    for m in _DATELINE_RE.finditer(text):
        edits.append((m.start(), m.end(), None, None, " " * (m.end() - m.start())))
    # A nickname inside a name is left out, so that the name reads whole: Seán Mac Mathúna.
    for q in quotes:
        if q.nested_in is None and is_nickname(text, q):
            edits.append((q.start - 1, q.end, None, None, ""))
    # Long runs of punctuation ("““““…", "“”“”…", "=====") are no language, and spaCy's
    # tokenizer takes quadratic time peeling the marks off one by one.
    for m in _PUNCT_RUN_RE.finditer(text):
        edits.append((m.start(), m.end(), None, None, " " * (m.end() - m.start())))
    edits.sort(key=lambda e: e[0])
    for start, end, qi, part, stand_in in edits:
        if start < pos:
            if qi is not None or end <= pos:
                continue
            start, stand_in = pos, " " * (end - pos)  # the rest of a stretch parsed as spaces
        copy(start)
        if qi is None and not stand_in:
            pos = end  # (left out: nothing maps to it)
            continue
        if qi is None:
            # Spaces of the same length: offsets inside map straight through.
            mstarts.append(mlen)
            ostarts.append(start)
            lengths.append(end - start)
        else:
            placeholders.append((mlen, mlen + len(PLACEHOLDER), qi, part))
        out.append(stand_in)
        mlen += len(stand_in)
        pos = end
    copy(len(text))
    return Masked("".join(out), mstarts, ostarts, lengths, placeholders)
