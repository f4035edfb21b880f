"""Word lists kept as data in ``resources/lexicons``: cue verbs, titles, anonymous heads, first names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotedesk.core.names import fold
from quotedesk.core.paths import resource


def _lines(name: str) -> list[str]:
    path = resource("lexicons", name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


# Cue verbs that report words only when the words hang right from them ('went: "…"', 'fired
# back: "…"', 'he continued, "…"'); elsewhere they are about something else ('his advice goes',
# 'the couple started', 'the fighting continues').
LIGHT_CUES = frozenset({"go", "start", "begin", "finish", "continue", "hit", "fire"})
# What a placard or a shirt "says" is a slogan, not speech.
SLOGAN_SOURCES = frozenset({"placard", "sign", "banner", "poster", "shirt", "t-shirt", "billboard", "sticker", "button",
                            "badge", "mug", "cap", "hat", "flag"})

# Nouns of speech whose possessor said the words they introduce ("Trump's claim that …"); not
# view.SPEECH_NOUNS, words named as a thing ("Smith's response was swift:").
CLAIM_NOUNS = frozenset({
    "statement", "comment", "remark", "assertion", "claim", "warning", "promise", "pledge", "vow", "call", "word",
    "description", "accusation", "insistence", "argument", "suggestion", "complaint", "declaration", "announcement",
    "prediction", "response", "reply", "answer", "quip", "joke", "boast", "admission", "tweet", "line",
    "characterization", "criticism", "denial", "contention", "message", "question", "plea", "demand", "threat",
})


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    return name if name.isascii() else fold(name)


class FirstNames(dict):
    """Lower-case first name -> "m" / "f", found with its accents too ("inés" as "ines")."""

    def __missing__(self, name: str) -> str:
        folded = _folded(name)
        if folded == name or not dict.__contains__(self, folded):
            raise KeyError(name)
        return dict.__getitem__(self, folded)

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or (isinstance(name, str) and not name.isascii()
                                                 and dict.__contains__(self, _folded(name)))

    def get(self, name, default=None):
        return self[name] if name in self else default


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, str]  # lemma -> class (speech, write, thought)
    titles: frozenset[str]  # lower-case, single and multi-word
    title_words: frozenset[str]  # every word that occurs in a title
    anonymous: frozenset[str]  # head nouns of anonymous descriptions
    first_names: dict[str, str]  # lower-case first name -> "m" / "f" (only names that say it)

    def is_cue(self, lemma: str, form: str = "") -> bool:
        return self.cue_class(lemma, form) is not None

    def cue_class(self, lemma: str, form: str = "") -> str | None:
        """The cue's class, from its lemma or, when the lemmatizer slipped ("rated" -> "rat"),
        from the word form with its inflection taken off."""
        found = self.cues.get(lemma.lower())
        if found is None and form:
            low = form.lower()
            for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("ing", "e"), ("ing", "")):
                if low.endswith(suffix) and (stem := low[: -len(suffix)] + repl) in self.cues:
                    return self.cues[stem]
        return found


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues: dict[str, str] = {}
    for line in _lines("cues.txt"):
        lemma, _, cls = line.partition(" ")
        cues.setdefault(lemma.lower(), cls.strip() or "speech")
    titles = frozenset(t.lower() for t in _lines("titles.txt"))
    title_words = frozenset(w for t in titles for w in t.split())
    anonymous = frozenset(a.lower() for a in _lines("anonymous.txt"))
    first_names = FirstNames(line.split() for line in _lines("first-names.txt"))
    return Lexicon(cues=cues, titles=titles, title_words=title_words, anonymous=anonymous, first_names=first_names)
