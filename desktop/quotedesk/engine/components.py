"""spaCy components of the engine, registered by importing this module."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# Abbreviated titles spaCy's English tokenizer splits from their period, so that "said Navy Capt.
# Jeff Davis" became two sentences and the speaker "Navy Capt": each is kept one token.
TITLE_ABBREVIATIONS = (
    "Capt.", "Col.", "Lt.", "Sgt.", "Cmdr.", "Cdr.", "Maj.", "Brig.", "Cpl.", "Pvt.", "Spc.", "Supt.", "Det.",
    "Insp.", "Atty.", "Sens.", "Reps.", "Amb.", "Sec.", "Pres.", "Hon.", "Rt.", "Fr.", "Msgr.", "Sr.", "Ft.",
    "Engr.", "Barr.", "Adv.", "Smt.", "Shri.",
)
# An age as one word: "39-year-old", "six-month-olds".
_AGE_UNITS = ("year", "month", "week", "day")
AGE_WORD = re.compile(rf"(\d+|[a-z]+)-({'|'.join(_AGE_UNITS)})-olds?$", re.I)
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                                    "seventy": 70, "eighty": 80, "ninety": 90}


def years(word: str) -> int | None:
    """The number an age is given in, in figures or a word ("43", "nine"), else None."""
    return int(word) if word.isdecimal() else _NUMBER_WORDS.get(word.lower())


@Language.component("quotedesk_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Make every line break a sentence boundary, so no sentence, and no parse, spans paragraphs;
    and an abbreviated title before a name none ("Navy Capt. Jeff Davis")."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
        elif i and "\n" in doc[i - 1].whitespace_:
            tok.is_sent_start = True
        elif tok.text in TITLE_ABBREVIATIONS and tok.text != "Sr." and doc[i + 1].tag_ == "NNP":
            doc[i + 1].is_sent_start = False  # "Navy Capt. Jeff Davis" is one name, not two sentences
        elif _closes_words(doc, i):
            doc[i + 1].is_sent_start = False  # he had "genuinely believed" Mr Ashworth was about to hit him
    return doc


def _closes_words(doc: Doc, i: int) -> bool:
    """Whether token ``i`` closes a quoted fragment that ends in a word, inside a sentence that
    goes on after it: no sentence ends there, where the parser ended one before a capital."""
    tok, last, after = doc[i], doc[i - 1] if i else None, doc[i + 1]
    return (tok.text in ("”", '"') and tok.whitespace_ == " " and last is not None and not last.whitespace_
            and last.text[-1:].isalnum() and not after.is_space and after.text not in ("“", '"', "‘", "'"))


@Language.component("quotedesk_ages")
def age_words(doc: Doc) -> Doc:
    """Make "39-year-old" one word: split at its hyphens, it left "the 39-year-old said" without a
    subject and its speaker "old"."""
    spans = []
    i = 0
    while i + 4 < len(doc):
        if (doc[i].like_num and doc[i + 1].text == "-" == doc[i + 3].text and doc[i + 2].lower_ in _AGE_UNITS
                and doc[i + 4].lower_ in ("old", "olds") and not any(t.whitespace_ for t in doc[i : i + 4])):
            spans.append(doc[i : i + 5])
            i += 5
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("quotedesk_age_nouns")
def age_nouns(doc: Doc) -> Doc:
    """Tag "the 46-year-old" a common noun: the tagger calls it a proper noun, and it became the
    name of whoever it stood for."""
    for tok in doc:
        if "-old" in tok.lower_ and AGE_WORD.match(tok.text):
            tok.tag_ = "NNS" if tok.text.lower().endswith("s") else "NN"
    return doc
