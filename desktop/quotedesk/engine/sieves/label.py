"""Transcript style: "WALLACE: Let's start ..." names the speaker inside the quote; an interview's
"Q:" and "A:" before it say whether the interviewer asks or the interviewee answers."""

import re

from quotedesk.core.model import Method, Span
from quotedesk.engine.attribution import Attribution
from quotedesk.engine.lexicon import lexicon
from quotedesk.engine.sieves.registry import sieve

LABEL_RE = re.compile(r"\s*([A-Z][A-Z.'\- ]{1,40}[A-Z]):\s")
# "Q: "…"", "A. "…"", "Answer: "…"" opening a paragraph
INTERVIEW_RE = re.compile(r"(Q|A|Question|Answer)\s*[:.]\s*$")
# "**Titilayo Adeyemi-Bakare:** "…"", "Tobi: "…"": a name and a colon opening the paragraph, bold or not
NAME_RE = re.compile(r"[ \t]*(?:\*\*|__)?([A-Z][\w'’.-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'’.-]*){0,3})[ \t]*(?:\*\*|__)?:"
                     r"[ \t]*(?:\*\*|__)?[ \t]*$")
# Labels that are no one's name: page furniture and kinds of text
NOT_NAMES = frozenset({"photo", "photos", "picture", "pictured", "image", "caption", "credit", "source", "sources", "update",
                       "note", "editor's note", "read more", "read", "also read", "see also", "watch", "listen", "related",
                       "correction", "clarification", "statement", "breaking", "exclusive", "analysis", "opinion", "live",
                       "quote", "quotes", "pull quote", "pullquote", "headline", "summary", "key points", "verdict", "warning", "context", "background"})


@sieve(Method.LABEL)
def label(view, quote):
    part = quote.raw.parts[0]
    m = LABEL_RE.match(view.text[part.start : part.end])
    if m:
        s = part.start + m.start(1)
    else:
        line = view.text.rfind("\n", 0, quote.raw.start) + 1
        m = INTERVIEW_RE.match(view.text, line, quote.raw.start)
        if not m:
            m = NAME_RE.match(view.text, line, quote.raw.start)
            if not m or m.group(1).lower() in NOT_NAMES or _says(m.group(1).split()[0]):
                return None
        s = m.start(1)
    return Attribution(
        quote=quote.index, method=Method.LABEL, mention=Span(s, s + len(m.group(1))), mention_text=m.group(1),
        mention_label="LABEL", sent=view.sent_offset + view.sentence_of(quote.tokens[0]),
    )


def _says(word: str) -> bool:
    """A reporting verb or "According" opening a lead-in, not a name: "Continued Stone:", "According to HuffPo:"."""
    low = word.lower()
    if low in ("according", "said", "says", "wrote", "writes", "told", "tells", "spoke"):
        return True
    return low not in lexicon().first_names and any(lexicon().is_cue(form) for form in (low, low[:-1], low[:-2], low[:-3]) if form)
