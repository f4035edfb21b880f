"""Page chrome: bylines, photo credits, agency tags and "Article continued below" lines.

Text copied from a web page keeps lines that are no part of the story. The names in them (the
reporter of a byline, the photographer of a credit) are neither speakers nor people of the
article, so their mentions are left out before speakers are resolved.
"""

from __future__ import annotations

import re

from quotedesk.core.model import Span
from quotedesk.engine.marks import paragraph_spans

MAX_CHROME_CHARS = 120  # a chrome line is short
_NAME = r"(?-i:[A-Z])[\w.'’-]*"
_SMALL = r"(?:and|of|the|for|in|to|staff|writer|writers|reporter|correspondent|editor|contributor|special)\b"
_CHROME_RE = re.compile(
    r"""^(?:
        by\s+{name}(?:(?:\s*[,|/&()–—]\s*|\s+)(?:{name}|{small}))*\W*$  # By Jane Doe and John Roe, Staff Writers
      | (?:photo|photograph|image|picture|video|graphic|illustration)s?\s*(?:by\b|:|credit)  # Photo by …, Image: …
      | (?:credit|source|file\ photo)\s*:
      | article\s+continue[sd]?\s+(?:below|after|on)
      | (?:advertisement|read\ more|related|share\ this|sign\ up)\b
    )
    | (?:\bAP\ Photo\b|\bGetty\ Images\b|/\s*(?:Reuters|AFP|AP|Getty)\b)[^.!?]*$  # … (AP Photo/Jane Doe)
    """.format(name=_NAME, small=_SMALL),
    re.I | re.X,
)


def chrome_spans(text: str) -> list[Span]:
    """The short lines of ``text`` that are page chrome, not story."""
    return [p for p in paragraph_spans(text)
            if p.end - p.start <= MAX_CHROME_CHARS and _CHROME_RE.search(text[p.start : p.end])]
