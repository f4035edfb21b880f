"""Importing real files through the real engine into a real library."""

from __future__ import annotations

import textwrap
import threading

import pytest

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import Analysis, Quote, SpeakerKind, Span
from quotedesk.core.tasks import TaskState
from quotedesk.core.chrome import chrome_spans, is_chrome
from quotedesk.services import import_paths
from quotedesk.services.importing import drop_chrome, expand_paths
from quotedesk.store import Library

from .conftest import fake_analyze

KERRY_QUERIES = ["Kerry", "john kerry", "Secretary Kerry", "JOHN KERRY", "Secretary of State John Kerry"]


class Recorder(TaskState):
    def __init__(self, cancel_after: int | None = None):
        super().__init__()
        self.calls = []
        self.cancel_after = cancel_after

    def progress(self, done, total=None, message=""):
        self.calls.append((done, total, message))
        if self.cancel_after is not None and done >= self.cancel_after:
            self.cancel()


def test_sample_article_gives_nine_kerry_quotes(library, sample):
    report = import_paths(library, [sample])
    assert report.ok and len(report.added) == 1 and report.n_quotes >= 9
    for query in KERRY_QUERIES:
        hits = library.search(speaker=query)
        assert len(hits) == 9, query
        assert {h.speaker for h in hits} == {"John Kerry"}
    article = library.article(report.added[0])
    assert article.title == "Kerry: Coalition Halts Islamic State Momentum"
    text = article.text
    for h in library.search(speaker="kerry"):
        assert text[h.start:h.end].strip("“”\"'").startswith(h.content.split(" … ")[0][:10])
    assert "Kerry" in library.speakers(query="kerry")[0].aliases
    assert any(p.name == "John Kerry" for p in library.people(article.id))


def test_wrapped_crlf_article_is_stored_as_given_with_offsets_into_it(library, sample, tmp_path):
    text = "\r\n".join(textwrap.fill(line, 72) for line in sample.read_text(encoding="utf-8").split("\n"))
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_bytes(text.encode("utf-8"))
    report = import_paths(library, [wrapped])
    article = library.article(report.added[0])
    assert article.text == text
    hits = library.search(speaker="kerry")
    assert len(hits) == 9
    for h in hits:
        shown = " ".join(article.text[h.start:h.end].split()).strip("“”\"'")
        assert shown.startswith(h.content.split(" … ")[0][:10])


def test_page_chrome_never_becomes_quotes_or_speakers(library, sample):
    [article_id] = import_paths(library, [sample]).added
    text = library.article(article_id).text
    chrome = chrome_spans(text)
    assert [text[c.start:c.end].strip() for c in chrome] == ["Accessibility links", "Breaking News"]
    for q in library.quotes(article_id, include_removed=True):
        assert not any(c.overlaps(q.span) for c in chrome)
    assert not any(is_chrome(s.name) for s in library.speakers())


def test_a_photo_credit_is_chrome_but_a_captions_own_sentence_is_story():
    text = ("Photo: Jane Doe/Reuters\n\nPhoto: Halina Kowalczyk stands outside the townhouse she has shared since 1979. "
            "Photo credit: Priya Sandhu/The Pacific Courier\n")
    assert [text[c.start:c.end].strip() for c in chrome_spans(text)] == [
        "Photo: Jane Doe/Reuters", "Photo credit: Priya Sandhu/The Pacific Courier"]


def test_a_pages_topic_links_are_chrome():
    text = "The team reached them at dawn.\n\nRelated Topics: Fort William, Mountain rescue, Glencoe\n"
    assert [text[c.start:c.end].strip() for c in chrome_spans(text)] == ["Related Topics: Fort William, Mountain rescue, Glencoe"]


def test_drop_chrome_removes_quotes_and_people_on_chrome_lines():
    text = 'Breaking News\n\n"Real quote," she said.\n'
    analysis = Analysis(text, [Quote(0, 13, (Span(0, 13),)), Quote(15, 28, (Span(16, 27),))], [], "m")
    assert [q.start for q in drop_chrome(analysis).quotes] == [15]


def test_same_article_twice_is_a_duplicate(library, sample, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(sample.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    first = import_paths(library, [sample])
    second = import_paths(library, [copy, sample])
    assert second.added == [] and len(second.duplicates) == 2
    assert {d.article_id for d in second.duplicates} == set(first.added)
    assert len(library.articles()) == 1


def test_bad_files_are_reported_and_never_stop_the_rest(library, sample, tmp_path):
    folder = sample.parent
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n  ")
    (folder / "cp1252.txt").write_bytes(
        "Caf\xe9 owners met. \u201cPrices are too high,\u201d said Jos\xe9 Mar\xeda Garc\xeda, the owner.\n".encode("cp1252"))
    (folder / "latin1.txt").write_bytes(
        'Le ministre a parl\xe9. "Nous sommes pr\xeats," a d\xe9clar\xe9 Fran\xe7ois Hollande \xe0 Paris.\n'.encode("latin-1"))
    (folder / "broken.jsonl").write_text('{"id": "ok", "text": "\\"Fine,\\" said Ann Lee."}\n{not json\n')
    (folder / "page.html").write_text(
        "<html><head><title>Talks</title></head><body><nav>Menu</nav><article><h1>Talks</h1>"
        "<p>\u201cWe will meet again,\u201d Angela Merkel told reporters in Berlin on Monday after the talks.</p>"
        "<p>The meeting lasted three hours and covered trade and security in detail.</p></article></body></html>")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article type: skipped by folder search
    state = Recorder()
    report = import_paths(library, [folder, folder / "missing.txt"], state=state)
    failed = {e.source.rsplit("/", 1)[-1]: e.message for e in report.errors}
    assert set(failed) == {"binary.txt", "empty.txt", "blank.md", "broken.jsonl", "missing.txt"}
    assert "binary" in failed["binary.txt"] and "empty" in failed["empty.txt"]
    assert "not valid JSON" in failed["broken.jsonl"] and "no such file" in failed["missing.txt"]
    titles = {library.article(i).external_id for i in report.added}
    assert {"voa-kerry-coalition", "cp1252", "latin1", "ok", "page"} <= titles
    cafe = library.search(text="prices")
    assert cafe and "Prices are too high" in cafe[0].content
    assert "José María García" in library.article(cafe[0].article_id).text
    assert library.search(text="prêts")
    assert state.calls[-1][0] == state.calls[-1][1]  # progress reached its end
    assert library.integrity_check() == []


def test_five_megabyte_article_is_stored(library, tmp_path):
    path = tmp_path / "big.txt"
    para = 'The council met again today. "We need more time," said Jane Doe, the chair.\n\n'
    path.write_text(para * (5 * 1024 * 1024 // len(para)), encoding="utf-8")
    report = import_paths(library, [path], analyze=fake_analyze)
    assert report.ok and report.n_quotes == 5 * 1024 * 1024 // len(para)
    assert len(library.search(text='"more time"', limit=10)) == 10
    assert len(library.article(report.added[0]).text) == path.stat().st_size


def test_engine_failure_on_one_article_is_reported(library, tmp_path):
    for name, body in (("a", '"One," said Jane.'), ("b", 'BOOM "Two," said Jane.'), ("c", '"Three," said Jane.')):
        (tmp_path / f"{name}.txt").write_text(body)
    report = import_paths(library, sorted(tmp_path.glob("*.txt")), analyze=fake_analyze)
    assert [e.source.rsplit("/", 1)[-1] for e in report.errors] == ["b.txt"]
    assert "engine" in report.errors[0].message
    assert len(report.added) == 2


def test_cancel_stops_after_the_current_article(library, tmp_path):
    for n in range(10):
        (tmp_path / f"{n:02d}.txt").write_text(f'Article {n}. "Quote {n}," said Jane Doe.')
    state = Recorder(cancel_after=3)
    report = import_paths(library, [tmp_path], state=state, analyze=fake_analyze)
    assert report.cancelled and len(report.added) == 3
    assert len(library.articles()) == 3
    assert all(len(library.quotes(a.id)) == 1 for a in library.articles())


def test_worker_thread_uses_its_own_connection(library, sample):
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("report", import_paths(library, [sample])))
    thread.start()
    thread.join()
    assert result["report"].ok
    assert len(library.search(speaker="Kerry")) == 9  # the main thread's connection sees it


def test_read_only_library_stops_with_a_clear_error(tmp_path, sample):
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    with Library.open(path, read_only=True) as lib, pytest.raises(LibraryError, match="read-only"):
        import_paths(lib, [sample])


def test_expand_paths_searches_folders_and_skips_hidden(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    (tmp_path / "d.docx").write_text("x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.html"]


def test_editor_is_kept_with_the_article(library, sample):
    [article_id] = import_paths(library, [sample], editor="ana").added
    assert library.article(article_id).extra["imported_by"] == "ana"


def test_speaker_kinds_are_kept(library, sample):
    import_paths(library, [sample])
    kinds = {s.name: s.kind for s in library.speakers()}
    assert kinds["John Kerry"] == SpeakerKind.PERSON


def test_damaged_active_model_falls_back_to_rules_with_a_warning(library, sample):
    library.add_model_version("attr-broken", metrics={}, n_train=1, blob=b"not a model", active=True)
    report = import_paths(library, [sample])
    assert report.added and any("attr-broken" in w or "model" in w for w in report.warnings)
    assert len(library.search(speaker="Kerry")) == 9
