"""Person and organisation names compared as tokens: the one normaliser of the engine and the store.

"Secretary of State John Kerry", "john kerry" and "KERRY" reduce to ``("john", "kerry")``,
``("john", "kerry")`` and ``("kerry",)``; "Haider al-Abadi" and "Haidar Al Abadi's" to
``("haider", "abadi")`` and ``("haidar", "abadi")``: case, accents, possessives, name particles
("al", "bin", "van"), suffixes ("Jr.") and leading titles are ignored. One name names the other
when its tokens are a subset and both end in the same surname. The engine matches names within
an article with these tokens, the store matches them across the library and searches by them.
"""

from __future__ import annotations

import re
import unicodedata

# Words that open a name as a title or office and are not part of the name itself.
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sec secy sir dame lord lady rev reverend father sheikh
    gen general col colonel maj major capt captain lt lieutenant sgt sergeant adm admiral
    president vice prime minister secretary senator sen rep representative congressman
    congresswoman gov governor mayor chancellor king queen prince princess pope judge justice
    chief spokesman spokeswoman spokesperson ambassador envoy deputy assistant acting former
    foreign interior defense defence finance treasury home affairs state of the for
    u s us uk un eu
    """.split()
)

# Name particles and suffixes: "Haider al-Abadi" is found as "Abadi", "Martin Luther King Jr." as "King".
PARTICLES = frozenset({"al", "el", "i", "y", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "den", "ten", "ter", "la", "le",
                       "du", "dos", "das", "di", "del", "della", "dela", "delos", "delas", "bint"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


def fold(text: str) -> str:
    """Text without its accents, case-folded, curly apostrophes straight: "Inés" -> "ines",
    "Łukasz" -> "lukasz" (the letters no decomposition takes apart, by hand)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'").translate(_UNDECOMPOSED))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def tokens(name: str | None, *, strip_titles: bool = True, titles: frozenset[str] = TITLES) -> tuple[str, ...]:
    """The comparable tokens of a name; leading ``titles`` dropped unless nothing else is left."""
    if not name:
        return ()
    toks = []
    for tok in _TOKEN.findall(fold(name)):
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok and tok not in PARTICLES and tok not in SUFFIXES:
            toks.append(tok)
    if strip_titles:
        i = 0
        while i < len(toks) - 1 and toks[i] in titles:
            i += 1
        toks = toks[i:]
    return tuple(toks)


def words(text: str) -> list[str]:
    """Lower-case, accent-free words, as the full-text index's tokenizer makes them."""
    return re.findall(r"[^\W_]+", fold(text))


def norm(name: str | None) -> str:
    """One string per name form, for exact alias lookups."""
    return " ".join(tokens(name))


def names_same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether token lists ``a`` and ``b`` can name one person: subset, same surname."""
    if not a or not b or a[-1] != b[-1]:
        return False
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return set(small) <= set(big)


def split_title(name: str) -> tuple[str | None, str]:
    """The leading title of ``name`` and the name without it, spelling kept.

    "Secretary of State John Kerry" → ("Secretary of State", "John Kerry"); "Kerry" → (None, "Kerry").
    """
    words = name.split()
    i = 0
    while i < len(words) - 1 and _is_title(words[i]):
        i += 1
    return (" ".join(words[:i]) or None), " ".join(words[i:])


def _is_title(word: str) -> bool:
    toks = _TOKEN.findall(fold(word))
    return bool(toks) and all(t in TITLES for t in toks)


def strip_titles(name: str) -> str:
    """``name`` without its leading titles: "Secretary of State John Kerry" → "John Kerry"."""
    return split_title(name)[1]
