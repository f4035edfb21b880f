"""The curated library as a spaCy ``DocBin`` (``.spacy``) for training.

Lives in ``services`` because it needs spaCy, which the store must not import. Each article is
a ``Doc`` from a blank English tokenizer with:

- ``doc.spans["quotes"]``: the quotes that count for training (quotes of their own, not
  rejected: ``quotedesk.store.export.in_dataset``), labelled ``DIRECT`` or ``PARTIAL``;
- ``doc.spans["not_quotes"]``: the rest, labelled ``REJECTED``, ``NON_SPEECH``, ``NESTED`` or ``REPEAT``:
  known negatives, never mixed with the quotes;
- ``doc.spans["speakers"]``: the mention each attribution rests on, labelled with the speaker
  kind (``PERSON``, ``ORGANISATION``...);
- ``doc.user_data["quotedesk_quotes"]``: per quote its character offsets, speaker name, status
  and the index of its mention in ``doc.spans["speakers"]`` (or None), linking the two groups.
"""

from __future__ import annotations

import logging
from pathlib import Path

from quotedesk.core.model import FLAG_NESTED, FLAG_PARTIAL, FLAG_REPEAT
from quotedesk.core.output import atomic_write
from quotedesk.store import Library
from quotedesk.store.export import Written, in_dataset, iter_export

log = logging.getLogger(__name__)


def export_spacy(library: Library, path: str | Path, **filters) -> Written:
    """Write a ``.spacy`` DocBin; ``filters`` as ``quotedesk.store.export.iter_export``.

    Returns the number of quotes written (and of articles, one ``Doc`` each). Spans are snapped outwards to token boundaries.
    """
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=True)
    n = 0
    for item in iter_export(library, **filters):
        doc = nlp.make_doc(item.article.text)
        quotes, speakers, links, negatives = [], [], [], []
        for q in item.quotes:
            accepted = in_dataset(q)
            if accepted:
                label = "PARTIAL" if FLAG_PARTIAL in q.flags else "DIRECT"
            else:
                label = ("REJECTED" if q.status == "rejected" else "NESTED" if FLAG_NESTED in q.flags
                         else "REPEAT" if FLAG_REPEAT in q.flags else "NON_SPEECH")
            span = doc.char_span(q.start, q.end, label=label, alignment_mode="expand")
            if span is None:
                log.warning("article %s: quote [%d, %d) has no tokens; left out", item.article.id, q.start, q.end)
                continue
            if not accepted:
                negatives.append(span)
                continue
            mention_index = None
            if q.mention is not None:
                mention = doc.char_span(q.mention.start, q.mention.end, label=q.speaker_kind.value.upper(),
                                        alignment_mode="expand")
                if mention is not None:
                    mention_index = len(speakers)
                    speakers.append(mention)
            quotes.append(span)
            links.append({"start": q.start, "end": q.end, "speaker": q.speaker, "status": q.status,
                          "speaker_kind": q.speaker_kind.value, "mention": mention_index})
        doc.spans["quotes"] = quotes
        doc.spans["speakers"] = speakers
        doc.spans["not_quotes"] = negatives
        doc.user_data["quotedesk_quotes"] = links
        doc.user_data["quotedesk_article"] = {"id": item.article.external_id or item.article.id,
                                              "title": item.article.title, "date": item.article.date}
        docbin.add(doc)
        n += len(quotes)
    with atomic_write(path, binary=True) as f:
        f.write(docbin.to_bytes())
    return Written(n, len(docbin))
