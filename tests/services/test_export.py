"""Exports: JSONL (scorer format plus review fields) round trips; CSV, DocBin, corrections log."""

from __future__ import annotations

import csv
import json

import pytest

from quotedesk.core.model import Analysis, Quote, SpeakerKind, Span
from quotedesk.ingest import ArticleInput
from quotedesk.services import import_paths
from quotedesk.services.spacy_export import export_spacy
from quotedesk.store import Library
from quotedesk.store.export import export_corrections, export_csv, export_jsonl


def _state(q):
    return (q.start, q.end, q.parts, q.speaker, q.speaker_kind, q.mention, q.cue, q.confidence, q.flags,
            q.role, q.status, q.origin, q.model_version, q.content, q.method)


@pytest.fixture
def curated(library, sample):
    """The sample imported and edited: verified, rejected, re-attributed, added, removed, moved."""
    [article_id] = import_paths(library, [sample]).added
    quotes = library.quotes(article_id)
    library.verify_article(article_id, editor="ana")
    library.set_status(quotes[-1].id, "rejected", editor="ana")
    library.set_status(quotes[-2].id, "proposed", editor="ana")
    library.set_speaker(quotes[-3].id, "a military spokesman", kind=SpeakerKind.ANONYMOUS, editor="ana")
    library.set_bounds(quotes[0].id, quotes[0].start + 1, quotes[0].end, editor="ben")
    text = library.article(article_id).text
    start = text.index("Can still do better")
    library.add_quote(article_id, start, start + len("Can still do better"), speaker="Philip Hammond", editor="ben")
    library.remove_quote(quotes[1].id, editor="ben")
    return article_id


def test_jsonl_round_trip_loses_nothing(library, curated, tmp_path):
    out = tmp_path / "export.jsonl"
    n = export_jsonl(library, out)
    assert n == len(library.quotes(curated))
    # The engine's step is kept with each machine quote; an editor's quote has none.
    assert {q.method for q in library.quotes(curated) if q.origin == "machine"} == {"syntax"}
    assert [q.method for q in library.quotes(curated) if q.origin == "editor"] == [None]
    with Library.open(tmp_path / "again.sqlite") as again:
        report = import_paths(again, [out], analyze=_no_engine)
        assert report.ok and len(report.added) == 1
        [new_id] = report.added
        assert [_state(q) for q in again.quotes(new_id)] == [_state(q) for q in library.quotes(curated)]
        before = {s.name: (s.kind, s.n_quotes) for s in library.speakers() if s.n_quotes}
        after = {s.name: (s.kind, s.n_quotes) for s in again.speakers() if s.n_quotes}
        assert after == before
        assert again.people(new_id) == library.people(curated)
        assert len(again.search(speaker="Secretary Kerry")) == len(library.search(speaker="Secretary Kerry"))
        old = library.article(curated)
        new = again.article(new_id)
        assert (new.text, new.title, new.date, new.external_id) == (old.text, old.title, old.date, old.external_id)
        assert new.extra == old.extra


def _no_engine(texts, **_):
    raise AssertionError("an export is restored, never re-analysed")


def test_jsonl_is_in_the_scorer_format(library, curated, tmp_path):
    out = tmp_path / "export.jsonl"
    export_jsonl(library, out)
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"id", "text", "quotes"} <= set(row)
    text = row["text"]
    for q in row["quotes"]:
        assert {"start", "end", "speaker", "speaker_mentions", "kind", "status", "parts", "cue", "flags",
                "confidence", "role", "speaker_kind"} <= set(q)
        assert q["status"] != "rejected" and q["kind"] in ("direct", "partial")
        assert text[q["start"]:q["end"]] == q["text"]
        for m in q["speaker_mentions"]:
            assert 0 <= m[0] < m[1] <= len(text)
    assert [q["status"] for q in row["other_quotes"]] == ["rejected"]


def test_filters_verified_only_speaker_and_date(library, curated, tmp_path):
    out = tmp_path / "v.jsonl"
    n = export_jsonl(library, out, verified_only=True)
    assert n == sum(q.status == "verified" for q in library.quotes(curated))
    row = json.loads(out.read_text(encoding="utf-8"))
    assert {q["status"] for q in row["quotes"]} == {"verified"}
    n = export_jsonl(library, out, speaker="john kerry")
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(library.search(speaker="Kerry")) and {q["speaker"] for q in rows[0]["quotes"]} == {"John Kerry"}
    assert export_jsonl(library, out, speaker="Nobody Atall") == 0 and out.read_text() == ""
    assert export_jsonl(library, out, date_from="2030-01-01") == 0  # the sample has no date


def test_csv_one_row_per_quote(library, curated, tmp_path):
    out = tmp_path / "quotes.csv"
    n = export_csv(library, out)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == n == len(library.quotes(curated))
    assert {r["speaker"] for r in rows} >= {"John Kerry", "Philip Hammond"}
    assert all(r["content"] for r in rows)


def test_spacy_docbin_has_quote_and_speaker_spans(library, curated, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    out = tmp_path / "train.spacy"
    n = export_spacy(library, out)
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("en").vocab))
    assert len(docs) == 1 and len(docs[0].spans["quotes"]) == n
    doc = docs[0]
    assert {s.label_ for s in doc.spans["quotes"]} <= {"DIRECT", "PARTIAL"}
    links = doc.user_data["quotedesk_quotes"]
    kerry = [l for l in links if l["speaker"] == "John Kerry" and l["mention"] is not None]
    assert kerry and doc.spans["speakers"][kerry[0]["mention"]].text in ("Kerry", "he", "John Kerry")
    # Training data holds only what editors accepted: the rejected quote is a known negative.
    rejected = [q for q in library.quotes(curated) if q.status == "rejected"]
    assert rejected and all(l["status"] != "rejected" for l in links)
    assert n == sum(q.status != "rejected" and q.is_speech for q in library.quotes(curated))
    assert [(s.start_char <= r.start, r.end <= s.end_char, s.label_) for r in rejected
            for s in doc.spans["not_quotes"]] == [(True, True, "REJECTED")]


def test_corrections_log_export(library, curated, tmp_path):
    out = tmp_path / "log.jsonl"
    n = export_corrections(library, out)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) == len(library.corrections())
    assert {r["action"] for r in rows} >= {"set_status", "set_speaker", "set_bounds", "add_quote", "remove_quote"}
    assert all(r["editor"] in ("ana", "ben") and r["at"] for r in rows)


def test_corrections_log_export_ties_an_undo_to_what_it_undid(library, curated, tmp_path):
    library.undo(editor="ana")
    out = tmp_path / "log.jsonl"
    export_corrections(library, out)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    undo = rows[-1]
    assert undo["action"] == "undo" and undo["editor"] == "ana"
    undone = [r for r in rows if r["operation_id"] == undo["after"]["operation"]]
    assert undone and all(r["action"] != "undo" for r in undone)


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_never_start_a_spreadsheet_formula(library, tmp_path, lead):
    text = f'{lead}HYPERLINK("http://x") reported: "{lead}1+2 is the answer," {lead}cmd said.'
    q_start = text.index('"', text.index("reported")) + 1
    q_end = text.index(',"') + 1
    mention = Span(text.index(f"{lead}cmd"), text.index(" said"))
    quote = Quote(q_start - 1, q_end + 1, (Span(q_start, q_end),), speaker=f"{lead}cmd", speaker_kind=SpeakerKind.PERSON,
                  mention=mention, role=f"{lead}SUM(A1)", confidence=0.5)
    article = ArticleInput(id=f"{lead}id", text=text, title=f"{lead}HYPERLINK(\"http://x\")", source=f"{lead}src")
    library.add_article(article, Analysis(text, [quote], [], "rules"), model_version="rules")
    out = tmp_path / "quotes.csv"
    assert export_csv(library, out) == 1
    with out.open(newline="", encoding="utf-8") as f:
        (row,) = csv.DictReader(f)
    for column in ("article_ref", "article_title", "article_source", "content", "speaker", "role", "mention_text"):
        assert row[column][:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, row[column])
    assert row["article_title"] == "'" + article.title and row["content"] == "'" + text[q_start:q_end]
    assert row["start"] == str(quote.start)  # numbers stay numbers
