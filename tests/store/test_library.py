"""The library on real SQLite files: storing, speakers across articles, corrections, search."""

from __future__ import annotations

import pytest

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import SpeakerKind
from quotedesk.store import Library
from quotedesk.store import migrations

from .conftest import KERRY_TEXT, P, kerry_pair, make_analysis, make_article, person


def test_schema_snapshot_matches_migrations():
    snapshot = (migrations.migrations_dir() / migrations.SNAPSHOT).read_text(encoding="utf-8")
    assert snapshot == migrations.fresh_snapshot(), "run: python -m quotedesk.store.migrations --write"


def test_open_applies_migrations_and_reopens(tmp_path):
    path = tmp_path / "sub" / "lib.sqlite"
    with Library.open(path) as lib:
        assert lib.schema_version == migrations.latest_version()
        lib.add_article(*kerry_pair(), model_version="m1")
    with Library.open(path, create=False) as lib:
        assert len(lib.articles()) == 1
        assert lib.integrity_check() == []


def test_add_article_stores_quotes_in_order_and_dedupes(library):
    article, analysis = kerry_pair()
    rec = library.add_article(article, analysis, model_version="m1")
    assert not rec.duplicate and rec.title == "T" and rec.date == "2015-01-22"
    again = library.add_article(make_article(KERRY_TEXT.replace(" ", "  "), id="copy"), make_analysis(
        KERRY_TEXT.replace(" ", "  "), []), model_version="m1")
    assert again.duplicate and again.id == rec.id
    quotes = library.quotes(rec.id)
    assert [q.content for q in quotes] == ["We will win this,", "Never,", "It is working,"]
    assert [q.speaker for q in quotes] == ["John Kerry", "a U.S. official", "John Kerry"]
    assert quotes[0].speaker_id == quotes[2].speaker_id and quotes[1].speaker_id is None
    assert all(q.status == "proposed" and q.origin == "machine" and q.model_version == "m1" for q in quotes)
    assert library.people(rec.id)[0].name == "John Kerry"
    [summary] = library.articles()
    assert (summary.n_quotes, summary.n_proposed, summary.n_verified) == (3, 3, 0)


def test_analysis_of_another_text_is_refused(library):
    article, _ = kerry_pair()
    with pytest.raises(ValueError):
        library.add_article(article, make_analysis("other text", []), model_version="m")


def test_one_speaker_across_articles():
    texts = {
        "a": ('"We are winning," said Kerry on Monday.', "Kerry", ()),
        "b": ('"The coalition holds," John Kerry said.', "John Kerry", ("Kerry",)),
        "c": ('Secretary of State John Kerry said: "Enough."', "John Kerry", ("Secretary of State John Kerry",)),
        "d": ('"I disagree," Teresa Kerry said.', "Teresa Kerry", ()),
    }
    with Library.open(":memory:") as lib:
        for key, (text, name, aliases) in texts.items():
            phrase = text.split('"')[1]
            lib.add_article(make_article(text, id=key), make_analysis(text, [(phrase, name, P)],
                            [person(name, *aliases, text=text)]), model_version="m")
        by_name = {s.name: s for s in lib.speakers()}
        assert set(by_name) == {"John Kerry", "Teresa Kerry"}
        assert by_name["John Kerry"].n_quotes == 3
        assert "Kerry" in by_name["John Kerry"].aliases
        for query in ("Kerry", "john kerry", "Secretary Kerry", "JOHN KERRY", "Secretary of State John Kerry"):
            found = {h.speaker for h in lib.search(speaker=query)}
            assert "John Kerry" in found, query
        assert {h.speaker for h in lib.search(speaker="teresa kerry")} == {"Teresa Kerry"}
        assert lib.search(speaker="Hammond") == []
        assert [s.name for s in lib.speakers(query="john ke")] == ["John Kerry"]


def test_search_filters_and_offsets(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    hits = library.search(speaker="Kerry", text="working")
    assert len(hits) == 1
    hit = hits[0]
    assert KERRY_TEXT[hit.start:hit.end] == '"It is working,"' and hit.article_id == rec.id
    assert hit.article_title == "T"
    assert len(library.search(text='"will win"')) == 1
    assert len(library.search(text="wor*")) == 1
    assert library.search(text="win", status="verified") == []
    assert len(library.search(date_from="2015-01-01", date_to="2015-01-22")) == 3
    assert library.search(date_from="2016-01-01") == []
    assert len(library.search(article_id=rec.id, limit=2)) == 2


HOSTILE = ['"', "*", "NEAR(", "AND OR", "((", ")", 'win"', "NOT", "-", "^", "content:win", "'", "\\",
           "win AND", "OR win", '"" ""', "*win*", "NEAR(win working, 2)", "\x00", "💥", "{a b}", ":", ""]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_never_raises(library, text):
    library.add_article(*kerry_pair(), model_version="m1")
    hits = library.search(text=text)
    assert isinstance(hits, list)
    assert isinstance(library.search(speaker=text), list)
    assert isinstance(library.speakers(query=text), list)


def test_hostile_text_still_finds_the_words(library):
    library.add_article(*kerry_pair(), model_version="m1")
    assert len(library.search(text='NEAR(win "')) == 0  # "near" is not in the quote
    assert len(library.search(text='(win')) == 1


def test_corrections_are_logged_and_committed(library, tmp_path):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    q_kerry, q_official, _ = library.quotes(rec.id)
    q = library.set_speaker(q_official.id, "Kerry", editor="ana")
    assert q.speaker == "John Kerry" and q.speaker_id == q_kerry.speaker_id
    q = library.set_bounds(q_kerry.id, q_kerry.start, q_kerry.end - 1, editor="ana")
    assert q.end == q_kerry.end - 1 and q.content == "We will win this,"
    q = library.set_status(q_kerry.id, "verified", editor="ben")
    assert q.status == "verified"
    new = library.add_quote(rec.id, 0, 9, speaker="a U.S. official", kind=SpeakerKind.ANONYMOUS, editor="ana")
    assert new.origin == "editor" and new.speaker == "a U.S. official" and new.speaker_id is None
    library.remove_quote(new.id, editor="ana")
    assert new.id not in {x.id for x in library.quotes(rec.id)}
    assert new.id in {x.id for x in library.quotes(rec.id, include_removed=True)}
    library.restore_quote(new.id, editor="ana")
    assert library.verify_article(rec.id, editor="ben") == 3
    log = library.corrections(article_id=rec.id)
    assert [c.action for c in log][:4] == ["set_speaker", "set_bounds", "set_status", "add_quote"]
    assert log[0].before["speaker"] == "a U.S. official" and log[0].after["speaker"] == "John Kerry"
    assert log[0].model_version == "m1" and log[0].editor == "ana"
    assert [c.action for c in library.corrections(quote_id=q_kerry.id)] == ["set_bounds", "set_status"]
    assert len(library.corrections(limit=2)) == 2
    # Committed: a second connection sees every correction at once.
    with Library.open(library.path) as other:
        assert len(other.corrections()) == len(library.corrections())
        assert other.quote(q_kerry.id).status == "verified"


def test_corrections_log_is_append_only(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    library.set_status(library.quotes(rec.id)[0].id, "rejected", editor="ana")
    with pytest.raises(Exception):
        library._conn.execute("DELETE FROM corrections")
    with pytest.raises(Exception):
        library._conn.execute("UPDATE corrections SET editor = 'x'")
    assert len(library.corrections()) == 1


def test_bad_arguments_are_value_errors(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    qid = library.quotes(rec.id)[0].id
    with pytest.raises(ValueError):
        library.set_status(qid, "done", editor="ana")
    with pytest.raises(ValueError):
        library.set_bounds(qid, 10, 5, editor="ana")
    with pytest.raises(ValueError):
        library.set_bounds(qid, 0, 10_000, editor="ana")
    with pytest.raises(ValueError):
        library.set_status(qid, "verified", editor=" ")
    with pytest.raises(LibraryError):
        library.quote(999)
    assert library.corrections() == []


def test_review_queue_least_confident_first(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    queue = library.review_queue()
    assert [q.confidence for q in queue] == sorted(q.confidence for q in queue)
    library.verify_article(rec.id, editor="ana")
    assert library.review_queue() == []


def test_rename_merge_split_are_recorded():
    with Library.open(":memory:") as lib:
        for key, name in (("a", "Haider al-Abadi"), ("b", "Haidar al-Abadi")):
            text = f'"Oil prices dropped {key}," {name} said.'
            phrase = text.split('"')[1]
            lib.add_article(make_article(text, id=key), make_analysis(text, [(phrase, name, P)],
                            [person(name, text=text)]), model_version="m")
        speakers = lib.speakers()
        assert len(speakers) == 2
        [suggestion] = lib.suggest_merges()
        assert {suggestion.keep.name, suggestion.other.name} == {"Haider al-Abadi", "Haidar al-Abadi"}
        assert len(lib.speakers()) == 2  # suggestions are never applied
        merged = lib.merge_speakers(suggestion.keep.id, suggestion.other.id, editor="ana")
        assert merged.n_quotes == 2 and len(lib.speakers()) == 1
        assert lib.search(speaker="Haidar")  # the merged-in spelling still finds him
        renamed = lib.rename_speaker(merged.id, "Haider al-Abadi", editor="ana")
        assert renamed.name == "Haider al-Abadi"
        moved = lib.search(speaker="Abadi")[1].quote_id
        split = lib.split_speaker(merged.id, [moved], name="Haidar al-Abadi", editor="ana")
        assert split.n_quotes == 1 and lib.speaker(merged.id).n_quotes == 1
        assert [c.action for c in lib.corrections()] == ["merge_speakers", "rename_speaker", "split_speaker"]
        assert lib.corrections()[0].before["quotes"]


def test_model_versions(library):
    assert library.active_model() is None
    library.add_model_version("att-1", metrics={"f1": 0.8}, n_train=100, blob=b"xyz", active=True)
    library.add_model_version("att-2", metrics={"f1": 0.9}, n_train=200, path="/m/att-2")
    assert library.active_model().version == "att-1"
    library.set_active_model("att-2")
    assert library.active_model().version == "att-2" and library.active_model().metrics == {"f1": 0.9}
    assert library.model_blob("att-1") == b"xyz"
    library.set_active_model(None)
    assert library.active_model() is None
    with pytest.raises(LibraryError):
        library.set_active_model("nope")
    with pytest.raises(LibraryError):
        library.add_model_version("att-1", metrics={})
    assert [m.version for m in library.model_versions()] == ["att-1", "att-2"]


def test_offsets_are_code_points_with_astral_characters(library):
    text = 'Emoji 😀😀 first. "Hello there," Kerry said.'
    rec = library.add_article(make_article(text), make_analysis(text, [("Hello there,", "John Kerry", P)],
                              [person("John Kerry", "Kerry", text=text)]), model_version="m")
    [q] = library.quotes(rec.id)
    assert text[q.parts[0].start:q.parts[0].end] == "Hello there,"
    [hit] = library.search(text="hello")
    assert text[hit.start:hit.end] == '"Hello there,"'


def test_speakers_quoted_only(library):
    text = 'Philip Hammond listened. "We will win this," Kerry said.'
    library.add_article(make_article(text), make_analysis(text, [("We will win this,", "John Kerry", P)],
                        [person("Philip Hammond", text=text), person("John Kerry", "Kerry", text=text)]),
                        model_version="m")
    assert {s.name for s in library.speakers()} == {"Philip Hammond", "John Kerry"}
    assert [s.name for s in library.speakers(quoted_only=True)] == ["John Kerry"]
    assert library.speakers(query="hammond", quoted_only=True) == []


def test_title_typed_by_an_editor_becomes_the_role(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    official = library.quotes(rec.id)[1]
    q = library.set_speaker(official.id, "Secretary of State John Kerry", editor="ana")
    assert (q.speaker, q.role) == ("John Kerry", "Secretary of State")
    q = library.set_speaker(official.id, "Senator Jane Roe", editor="ana")
    assert (q.speaker, q.role) == ("Jane Roe", "Senator")
    assert [s.name for s in library.speakers(query="roe")] == ["Jane Roe"]


def test_a_shared_surname_alias_does_not_merge_people():
    """Each article calls its person by surname too; two Kerrys stay two, a bare "Kerry" after
    them is ambiguous and kept apart (suggested, not merged)."""
    with Library.open(":memory:") as lib:
        for key, name in (("a", "John Kerry"), ("b", "Teresa Kerry"), ("c", "John Kerry"), ("d", "Kerry")):
            text = f'"Words of {key}," {name} said. Kerry left.'
            phrase = text.split('"')[1]
            lib.add_article(make_article(text, id=key), make_analysis(text, [(phrase, name, P)],
                            [person(name, "Kerry", text=text)]), model_version="m")
        counts = {s.name: s.n_quotes for s in lib.speakers()}
        assert counts == {"John Kerry": 2, "Teresa Kerry": 1, "Kerry": 1}
        assert len(lib.search(speaker="teresa kerry")) == 1
        hits = lib.search(speaker="kerry")
        assert len(hits) == 4 and [(h.article_id, h.start) for h in hits] == sorted((h.article_id, h.start) for h in hits)
        assert len(lib.search(speaker="kerry", limit=2)) == 2
        pairs = {frozenset((m.keep.name, m.other.name)) for m in lib.suggest_merges()}
        assert frozenset(("John Kerry", "Kerry")) in pairs and frozenset(("Teresa Kerry", "Kerry")) in pairs


def test_quote_counts_follow_every_change(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    q = library.quotes(rec.id)

    def recount():
        conn = library._conn
        speakers = dict(conn.execute("SELECT id, n_quotes FROM speakers").fetchall())
        real = dict(conn.execute("SELECT s.id, (SELECT count(*) FROM quotes x WHERE x.speaker_id = s.id "
                                 "AND x.removed = 0) FROM speakers s").fetchall())
        assert speakers == real
        [summary] = library.articles()
        live = [x for x in library.quotes(rec.id)]
        assert (summary.n_quotes, summary.n_proposed, summary.n_verified, summary.n_rejected) == (
            len(live), *(sum(x.status == s for x in live) for s in ("proposed", "verified", "rejected")))

    recount()
    library.set_status(q[0].id, "verified", editor="a")
    library.set_status(q[1].id, "rejected", editor="a")
    recount()
    library.set_speaker(q[1].id, "Kerry", editor="a")
    library.remove_quote(q[0].id, editor="a")
    recount()
    library.restore_quote(q[0].id, editor="a")
    new = library.add_quote(rec.id, 0, 9, speaker="Jane Roe", status="verified", editor="a")
    recount()
    library.split_speaker(q[0].speaker_id, [q[0].id], name="Other Kerry", editor="a")
    library.merge_speakers(q[2].speaker_id, new.speaker_id, editor="a")
    recount()
    assert library.articles(status="rejected")[0].id == rec.id
    assert library.articles(status="verified") and library.verify_article(rec.id, editor="a") == 1
    assert library.articles(status="proposed") == []


def test_upgrade_from_schema_1_keeps_data_and_adds_counts(tmp_path):
    path = tmp_path / "old.sqlite"
    with Library.open(path) as lib:
        rec = lib.add_article(*kerry_pair(), model_version="m1")
        lib.set_status(lib.quotes(rec.id)[0].id, "verified", editor="ana")
    # Take the library back to schema 1, as an older QuoteDesk left it.
    import sqlite3
    conn = sqlite3.connect(path)
    for trigger in ("articles_counts_insert", "quotes_counts_insert", "quotes_counts_delete", "quotes_counts_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE article_counts")
    conn.execute("DROP INDEX articles_listing")
    conn.execute("ALTER TABLE speakers DROP COLUMN n_quotes")
    conn.execute("ALTER TABLE quotes DROP COLUMN method")
    conn.execute("DROP VIEW live_corrections")
    conn.execute("DROP INDEX corrections_operation")
    conn.execute("ALTER TABLE corrections DROP COLUMN operation_id")
    conn.execute("DROP TABLE operation_changes")
    conn.execute("DROP TABLE operations")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        assert lib.schema_version == migrations.latest_version()
        [summary] = lib.articles()
        assert (summary.n_quotes, summary.n_verified) == (3, 1)
        assert {s.name: s.n_quotes for s in lib.speakers()} == {"John Kerry": 2}
        assert len(lib.corrections()) == 1 and lib.integrity_check() == []
        assert {q.method for q in lib.quotes(rec.id)} == {None}  # not recorded back then


@pytest.mark.parametrize("speaker,article", [("Kerry", False), (None, True), ("Kerry", True)])
def test_words_with_narrow_filters_use_either_plan_with_the_same_results(library, speaker, article):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    other = KERRY_TEXT.replace("London", "Paris")
    library.add_article(*kerry_pair(other, id="paris"), model_version="m1")
    for text in ("working", "wor*", '"will win"', "zzz", "it"):
        hits = library.search(speaker=speaker, text=text, article_id=rec.id if article else None)
        plain = [h for h in library.search(text=text) if (not article or h.article_id == rec.id)
                 and (speaker is None or h.speaker == "John Kerry")]
        assert sorted(h.quote_id for h in hits) == sorted(h.quote_id for h in plain), text


def test_paging_articles_and_speakers(library):
    for n in range(5):
        text = f'"Statement {n}," Jane Roe{n} said.'
        library.add_article(make_article(text, id=str(n)), make_analysis(text, [(f"Statement {n},", f"Jane Roe{n}", P)],
                            [person(f"Jane Roe{n}", text=text)]), model_version="m")
    assert [a.id for a in library.articles(limit=2)] == [5, 4]
    assert [a.id for a in library.articles(limit=2, offset=4)] == [1]
    assert len(library.speakers(limit=3)) == 3 and len(library.speakers()) == 5


def test_status_search_in_library_order(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    quotes = library.quotes(rec.id)
    library.set_status(quotes[1].id, "verified", editor="ana")
    assert [h.quote_id for h in library.search(status="proposed")] == [quotes[0].id, quotes[2].id]
    assert [h.quote_id for h in library.search(status="verified")] == [quotes[1].id]
    assert library.search(status="rejected") == []


def test_speaker_search_falls_back_to_descriptions(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    [hit] = library.search(speaker="official")
    assert hit.speaker == "a U.S. official" and hit.article_id == rec.id
    assert len(library.search(speaker="U.S. official", text="never")) == 1
    assert library.search(speaker="100%_official") == []
    assert library.search(speaker="%") == []
    assert {h.speaker for h in library.search(speaker="kerry")} == {"John Kerry"}  # names first


def test_data_version_changes_for_other_connections_commits_only(library):
    rec = library.add_article(*kerry_pair(), model_version="m1")
    quote = library.quotes(rec.id)[0]
    with Library.open(library.path) as other:
        mine, theirs = library.data_version(), other.data_version()
        library.set_status(quote.id, "verified", editor="ana")  # this connection's own write
        assert library.data_version() == mine
        assert other.data_version() != theirs
        other.set_status(quote.id, "rejected", editor="ben")
        assert library.data_version() != mine
        assert library.quote(quote.id).status == "rejected"


def test_speaker_search_finds_a_name_with_a_particle_by_any_form(library):
    text = 'Prime Minister Haider al-Abadi spoke. "We will prevail," al-Abadi said.'
    library.add_article(make_article(text, id="abadi"), make_analysis(
        text, [("We will prevail,", "Haider al-Abadi", P)], [person("Haider al-Abadi", "al-Abadi", text=text)]),
        model_version="m1")
    for query in ("Abadi", "al-Abadi", "Haider al-Abadi", "haider abadi", "Prime Minister Abadi", "HAIDER AL ABADI"):
        assert [h.speaker for h in library.search(speaker=query)] == ["Haider al-Abadi"], query
    assert [s.name for s in library.speakers(query="al-aba")] == ["Haider al-Abadi"]
    # An alias spelled with "Al" joins the same speaker from another article.
    other = '"Not yet," Haider Al Abadi said.'
    library.add_article(make_article(other, id="abadi2"), make_analysis(other, [("Not yet,", "Haider Al Abadi", P)]),
                        model_version="m1")
    assert len(library.speakers()) == 1 and library.speakers()[0].n_quotes == 2


def test_upgrade_renormalises_the_names_of_older_libraries(tmp_path):
    path = tmp_path / "old.sqlite"
    text = '"We will prevail," Haider al-Abadi said.'
    with Library.open(path) as lib:
        lib.add_article(make_article(text, id="abadi"), make_analysis(text, [("We will prevail,", "Haider al-Abadi", P)]),
                        model_version="m1")
    # As schema 4 stored it: the particle was a token.
    import sqlite3
    conn = sqlite3.connect(path)
    conn.execute("UPDATE speaker_aliases SET norm = 'haider al abadi'")
    conn.execute("INSERT INTO speaker_tokens (token, speaker_id) VALUES ('al', 1)")
    conn.execute("ALTER TABLE quotes DROP COLUMN method")  # schema 6
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        assert [r[0] for r in lib.db.execute("SELECT norm FROM speaker_aliases")] == ["haider abadi"]
        assert {r[0] for r in lib.db.execute("SELECT token FROM speaker_tokens")} == {"haider", "abadi"}
        other = '"Not yet," Abadi said.'
        lib.add_article(make_article(other, id="b"), make_analysis(other, [("Not yet,", "Haider Abadi", P)]),
                        model_version="m1")
        assert [(s.name, s.n_quotes) for s in lib.speakers()] == [("Haider al-Abadi", 2)]


def test_accepting_confident_quotes_takes_only_sure_speech_with_a_speaker(library):
    text = ('"We will win," Kerry said. "Maybe," an aide said. "Never," someone shouted. '
            'It was a "historic" day. "Soon," Kerry said.')
    analysis = make_analysis(text, [("We will win,", "John Kerry", P), ("Maybe,", "an aide", SpeakerKind.ANONYMOUS),
                                    ("Never,", None, SpeakerKind.UNKNOWN), ("historic", "John Kerry", P),
                                    ("Soon,", "John Kerry", P)])
    for q, c in zip(analysis.quotes, (0.99, 0.6, 0.99, 0.99, 0.975)):
        q.confidence = c
    analysis.quotes[3].flags = frozenset({"non_speech", "partial"})
    rec = library.add_article(make_article(text), analysis, model_version="m1")
    other = library.add_article(*kerry_pair(id="k2"), model_version="m1")
    for q in library.quotes(other.id):
        library.set_status(q.id, "proposed", editor="ana")  # already proposed: nothing logged
    assert library.count_confident(0.97) == 2  # the sure quote and "Soon": not the speakerless or non-speech one
    assert library.count_confident(0.98, article_id=rec.id) == 1
    n_log = len(library.corrections())
    assert library.verify_confident(0.97, editor="ana") == 2
    statuses = [q.status for q in library.quotes(rec.id)]
    assert statuses == ["verified", "proposed", "proposed", "proposed", "verified"]
    assert len(library.corrections()) == n_log + 2
    assert library.count_confident(0.97) == 0
    library.undo(editor="ana")  # one step takes it all back
    assert [q.status for q in library.quotes(rec.id)] == ["proposed"] * 5
    with pytest.raises(ValueError):
        library.count_confident(1.5)


def test_accepting_confident_quotes_leaves_a_headline_s_repeat_alone(library):
    text = 'Kerry vows "we will win"\n\n"We will win," Kerry said.'
    analysis = make_analysis(text, [("we will win", "John Kerry", P), ("We will win,", "John Kerry", P)])
    for q in analysis.quotes:
        q.confidence = 0.99
    analysis.quotes[0].flags = frozenset({"repeat", "partial"})
    library.add_article(make_article(text), analysis, model_version="m1")
    assert library.count_confident(0.97) == 1  # one quote, the story's, not its headline's repeat


def test_a_very_long_search_is_answered_not_refused(library):
    library.add_article(*kerry_pair(), model_version="m1")
    long = " ".join(f"word{i}" for i in range(1100))
    assert library.search(speaker=long) == []
    assert library.search(text=long) == []
    assert library.search(speaker="official " * 1100)[0].speaker == "a U.S. official"
