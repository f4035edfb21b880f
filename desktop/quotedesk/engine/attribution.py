"""What attribution yields: each quote's cue and speaker mention, as plain data.

The speaker is the grammatical subject of the cue, never merely the nearest name. The sieves
(:mod:`quotedesk.engine.sieves`) read a parsed chunk through :class:`~quotedesk.engine.view.ChunkView`
and return :class:`Attribution` records in original offsets, so speaker resolution and the
trainable model need no spaCy objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotedesk.core.model import Method, Span
from quotedesk.engine.marks import RawQuote
from quotedesk.engine.masking import is_heading, looks_like_title, opens_as_subject

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# "the word "renoviction"", "the slogan "Make America Great Again"": a term under discussion.
_TERM_BEFORE_RE = re.compile(
    r"\b(?:the|a|this|that|new|campaign|signature)\s+(?:word|term|phrase|slogan|hashtag|moniker|motto|catchphrase|buzzword)[\s,:]*$", re.I)
# A name a thing goes by, not anyone's words on one occasion: what people have started or long
# called it ("fans have started calling his son "Baby Kett"", "a spinning column of flame that
# firefighters sometimes call a "firenado"", "known locally as "galamsey"", "known to fans as
# 'Dazza'", "whom colleagues call "the Undertaker"", "a rise economists call "bracket creep"", a
# so-called "Sozialplan").
_GOES_BY_RE = re.compile(
    r"(?:\b(?:start(?:ed|s)?|beg[ua]n|begins?)\s+(?:calling|to\s+call)\s+(?:[^\s\"“”]+\s+){0,6}?"
    r"|\b(?:sometimes|often|commonly|usually|long|widely|popularly|affectionately|locally|now)\s+"
    r"(?:calls?|called|calling|known\s+as|referred\s+to\s+as|dubbed|nicknamed)\s+(?:[^\s\"“”]+\s+){0,6}?"
    r"|\bknown\s+(?:\w+ly\s+)?(?:(?:to|in|among|across)\s+(?:[^\s\"“”]+\s+){1,4}?)?as\s+"
    r"|\bwhom\s+(?:[^\s\"“”]+\s+){1,5}?call\s+|\b[a-z]+s\s+call\s+(?:(?:him|her|it|them|you|this|that)\s+)?"
    # a name a kind of people gives a thing: "a phenomenon engineers refer to as a", "a strategy influencers
    # have branded", "Opponents, who have nicknamed the legislation the"
    r"|\b(?:(?!has\b|was\b|is\b)[a-z]+s|who)\s+(?:have\s+)?(?:refer\s+to\s+as|branded|nicknamed|dubbed)\s+(?:[^\s\"“”]+\s+){0,3}?"
    r"|\b(?:been|being|be|is|are|was|were)\s+nicknamed\s+"  # (prototypes that were nicknamed "the welding goggles")
    r"|\bso-called\s+)(?:an?\s+|the\s+)?$", re.I)
# A story quoted after its headline and writer in a digest: "Theater to close," by the Post's Ana Ruiz: "…".
_EXCERPT_AFTER_RE = re.compile(r"(?:\"|”|'') by [^\n\"“”]{1,80}:\s*$")
# A translation or gloss of the words before it: "Carpe diem," Latin for "seize the day".
_GLOSS_RE = re.compile(
    r"\b(?:Latin|Greek|French|German|Spanish|Italian|Portuguese|Russian|Ukrainian|Polish|Arabic|Hebrew|Yiddish|Persian|Farsi|"
    r"Turkish|Chinese|Mandarin|Japanese|Korean|Hindi|Urdu|Swahili|Dutch|slang|shorthand)\s+for\s*$"
    r"|,\s+meaning\s*$")  # a flood warning, meaning "danger to life"
# Words a verb of saying or naming claims for its subject, not the writer's scare quotes: a label
# it applies (referred to the protesters as "my friends", heralded the deal as a
# "breakthrough"), what it says (ended by saying "Never again.") or talks about (boasting about
# "winning", railed against the "rigged system").
_CLAIMED_RE = re.compile(
    r"\b(?:(?:refer|describ|label|brand|portray|characteri[sz]|cast|dismiss|herald|hail|tout|derid|denounc|decr[iy]|"
    r"prais|identif|present|fram|depict|ridicul|mock|position|bill|pitch|paint|dub|styl|defin|call)"
    r"(?:e|es|ed|ing|s|d|y|ied|ies|ying|bed|bing|red|ring|led|ling)?\b"
    r"(?:\s+[^\s\"“”]+){0,6}?\s+as\s+(?:an?\s+|the\s+)?"
    r"|(?:saying|echoing|adding|chanting|shouting|declaring|replying|responding)[,:]?\s*"
    r"|(?:talk|spoke|speak|boast|brag|rail|warn|complain|lament)(?:s|ed|ing|ged|ging)?\b(?:\s+[^\s\"“”]+){0,3}?\s+(?:about|against|of|for)\s+"
    r"(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?)$", re.I)
NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
# The rules' confidence and non-speech test and the trained model's features know the methods
# by these coarser names, which they had before the cascade became sieves.
FAMILY = {
    Method.AS_CLAUSE: "syntax",
    Method.ASKED: "syntax",
    Method.ACCORDING_CUE: "according",
    Method.SENTENCE_NAME: "sentence",
    Method.NEXT_SENTENCE: "sentence",
    Method.NEARBY_ROOT: "nearby",
}


@dataclass(slots=True)
class MentionInfo:
    """A name or pronoun outside quotes, with what resolution needs to know about it."""

    span: Span
    text: str
    label: str  # PERSON, ORG, NORP, GPE, PRON, NOUN (a description that speaks), DESC (one the story turns to)
    # or BODY (an organisation the story turns to by what it is: "The ministry said …")
    sent: int  # sentence number in the article
    subject: bool  # the subject of its clause
    before: str = ""  # up to six words before it, for titles ("Secretary of State")
    gender: str | None = None  # "m"/"f" when its own clause says so ("Clinton talks of her own experiences")
    asked: bool = False  # the one a question was put to ("Conroy asked Sanders whether …")
    partner: int | None = None  # where the person it is one subject with starts ("Tom and Linda Baker")
    plural: bool = False  # (a description's) "officials said"
    described: str = ""  # the head of a description in apposition: "duchess" in "Princess Adelaide, the Duchess of …"
    age: int | None = None  # the age beside the name: 43 in "Ruth Ames, 43,"
    lemma: str = ""  # a description's head word: "judge" in "The judge"
    relative: bool = False  # named as someone's relative: "His son, Rohit Shinde,"
    left_off: str = ""  # a first name right before it the NER left out: "Ifeoma" in "Ifeoma Nwachukwu arrives"
    dead: bool = False  # the subject of a death: "Her mother, Ngozi Nwachukwu, died in 2020"
    # "defendant" or "prosecutor": what a trial report's sentence makes the name's subject; or the
    # calling a "who" clause on the name tells of ("who promotes Adebayo": "promoter")
    court: str = ""
    unnamed: bool = False  # (a description) someone the story brings in unnamed: "One girl came to my office"


@dataclass(slots=True)
class Attribution:
    """What the parse says about one quote: cue, speaker mention, how it was found."""

    quote: int  # index into the article's raw quotes
    method: Method  # the sieve (or article-wide step) that found it
    mention: Span | None = None
    mention_text: str = ""
    mention_label: str = ""  # PERSON, ORG, PRON, NOUN, ...
    mention_lemma: str = ""  # lower-case head word
    mention_plural: bool = False
    name: Span | None = None  # a name inside or in apposition to the mention
    name_text: str = ""
    description: str = ""  # the noun phrase, for anonymous speakers
    cue: Span | None = None
    cue_lemma: str = ""
    sent: int = -1
    flags: set[str] = field(default_factory=set)
    speech: bool | None = None  # a trained model's verdict; None leaves it to the rules
    score: float | None = None  # a trained model's confidence in this attribution


def family(method: Method) -> str:
    """The coarse name of ``method`` (see :data:`FAMILY`)."""
    return FAMILY.get(method, method.value)


def rules_non_speech(text: str, q: RawQuote, *, method: Method, sentential: bool, title_like: bool,
                     claimed: bool = False) -> bool:
    """The rules' verdict that a quotation is not speech, given how it was attributed.

    Titles and nicknames (``on CBS's "Face the Nation"``), section headings, a digest's excerpt
    of a story after its credited headline, translations (``Latin for "seize the day"``), terms
    and slogans under discussion (``the word "renoviction"``, ``"Containment" has been U.S.
    policy``), and quotations in a title context or short fragments that no reporting verb
    claims (a verb of saying or naming before them does: ``referred to them as "my friends"``;
    ``claimed`` says the caller knows one does, as for a fragment coordinated with a quote).
    Shared by the pipeline and the trainable model, which re-asks it when it picks another
    candidate.
    """
    words = q.words(text)
    method = family(method)
    claimed = claimed or bool(_CLAIMED_RE.search(text, max(0, q.start - 80), q.start))
    return (
        looks_like_title(text, q)
        or is_heading(text, q)
        or opens_as_subject(text, q)
        or bool(_TERM_BEFORE_RE.search(text, max(0, q.start - 40), q.start))
        or (words <= 8 and bool(_GOES_BY_RE.search(text, max(0, q.start - 80), q.start)))
        or bool(_EXCERPT_AFTER_RE.search(text, max(0, q.start - 90), q.start))
        or bool(_GLOSS_RE.search(text, max(0, q.start - 20), q.start))
        or (title_like and method not in ("syntax", "according") and not claimed)
        or (method in ("none", "nearby") and not sentential and words <= 3 and not claimed)
        or (method == "none" and words <= 2)
    )
