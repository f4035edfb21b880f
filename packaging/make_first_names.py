"""Write ``resources/lexicons/first-names.txt``: common first names that say a person's gender.

The list is taken from the name data of nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence;
github.com/ianvanbuskirk/nomquamgender), read straight from its wheel, so neither the package
nor its pandas dependency is installed:

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg
    .venv/bin/python packaging/make_first_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

Kept: plain lower-case names seen at least ``MIN_COUNT`` times in at least ``MIN_SOURCES`` of its
sources whose share of women is at most 0.1 (``m``) or at least 0.9 (``f``), nomquamgender's own
default threshold; names used for both ("Chris", "Jean", "Kelly") are left out. Names rarer in its
sources, seen at least ``MIN_COUNT_NO_WORD`` times, are kept when they are no English word (not in
the spaCy model's lemma index or exceptions, nor a stop word): "Akosua", "Kwabena", "Thandiwe",
"Aroha", but not "captain" or "into". The engine uses the list only as a hint: an honorific
("Mr.", "Mrs.") wins over it.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

MIN_COUNT = 2000
MIN_COUNT_NO_WORD = 300
MIN_SOURCES = 5
OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicons" / "first-names.txt"


def english_words() -> set[str]:
    """The English words the engine's spaCy model knows: its lemmatizer's index and exceptions
    (WordNet's nouns, verbs, adjectives and adverbs) and its stop words."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
    from quotedesk.engine.pipeline import load_nlp

    nlp = load_nlp()
    lookups = nlp.get_pipe("lemmatizer").lookups
    words = set(nlp.Defaults.stop_words)
    for table in ("lemma_index", "lemma_exc"):
        for entries in lookups.get_table(table).values():
            words.update(w.lower() for w in entries)
    return words


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("nomquamgender/name_data.json"))
        licence = z.read("nomquamgender-0.1.4.dist-info/LICENSE").decode("utf-8").strip()
    words = english_words()
    names = {}
    for name, (sources, count, p_female, *_) in data.items():
        if re.fullmatch(r"[a-z][a-z'-]+", name) and sources >= MIN_SOURCES and (
                count >= MIN_COUNT or (count >= MIN_COUNT_NO_WORD and name not in words)):
            if p_female <= 0.1 or p_female >= 0.9:
                names[name] = "f" if p_female >= 0.9 else "m"
    header = [
        "# First names that say a person's gender (m, f): written by packaging/make_first_names.py from the",
        "# name data of nomquamgender 0.1.4 (github.com/ianvanbuskirk/nomquamgender), under its licence:",
        "#",
        *(f"# {line}".rstrip() for line in licence.splitlines()),
    ]
    OUT.write_text("\n".join(header + [f"{n} {g}" for n, g in sorted(names.items())]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main(sys.argv[1])
