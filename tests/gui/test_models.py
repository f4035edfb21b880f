"""Every Qt model passes qtmodeltester, over records from a real (temporary) library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quotedesk.core.model import Analysis, Person, Quote, SpeakerKind, Span
from quotedesk.gui.models import (
    ArticleFilterProxy, ArticleListModel, IdRole, QuoteFilterProxy, QuoteTableModel, ReviewQueueModel,
    SearchResultsModel, StatusRole,
)
from quotedesk.ingest import ArticleInput

TEXT = ('“We will win,” said Jane Doe. “It is hard,” she added.\n\n'
        'Acme Corp said in a statement that it was “deeply concerned”.')


def _analysis(text: str) -> Analysis:
    q1 = text.index("“We")
    q2 = text.index("“It")
    q3 = text.index("“deeply")
    quotes = [
        Quote(q1, q1 + 14, (Span(q1 + 1, q1 + 13),), speaker="Jane Doe", speaker_kind=SpeakerKind.PERSON,
              confidence=0.9),
        Quote(q2, q2 + 12, (Span(q2 + 1, q2 + 11),), speaker="Jane Doe", speaker_kind=SpeakerKind.PERSON,
              confidence=0.6),
        Quote(q3, q3 + 18, (Span(q3 + 1, q3 + 17),), speaker="Acme Corp", speaker_kind=SpeakerKind.ORGANISATION,
              confidence=0.4),
    ]
    people = [Person("Jane Doe", SpeakerKind.PERSON), Person("Acme Corp", SpeakerKind.ORGANISATION)]
    return Analysis(text, quotes, people, model="test")


@pytest.fixture
def filled(library):
    for n in range(3):
        text = TEXT + f" ({n})"
        library.add_article(ArticleInput(id=f"a{n}", text=text, title=f"Article {n}"), _analysis(text),
                            model_version="test")
    library.set_status(library.quotes(1)[0].id, "verified", editor="t")
    library.set_status(library.quotes(1)[1].id, "rejected", editor="t")
    return library


def test_quote_table_model(qtmodeltester, filled):
    model = QuoteTableModel()
    model.set_article(filled.article(1).text, filled.quotes(1))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, QuoteTableModel.QUOTE).data() == "We will win,"
    assert model.index(0, QuoteTableModel.SPEAKER).data() == "Jane Doe"
    assert model.index(2, QuoteTableModel.CONFIDENCE).data() == "0.40"
    assert model.index(1, QuoteTableModel.STATUS).data() == "rejected"
    # A changed record updates its row in place; a new one is inserted in text order.
    changed = filled.set_speaker(model.record(0).id, "John Smith", editor="t")
    model.upsert(changed)
    assert model.index(0, QuoteTableModel.SPEAKER).data() == "John Smith"
    qtmodeltester.check(model)


def test_quote_filter_proxy(qtmodeltester, filled):
    model = QuoteTableModel()
    model.set_article(filled.article(1).text, filled.quotes(1))
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_statuses(("proposed",))
    assert proxy.rowCount() == 1
    proxy.set_statuses(("proposed", "verified", "rejected"))
    proxy.set_words("acme")
    assert [proxy.index(r, 0).data(StatusRole) for r in range(proxy.rowCount())] == ["proposed"]
    proxy.set_words("")
    proxy.sort(QuoteTableModel.CONFIDENCE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(3)] == ["0.40", "0.60", "0.90"]
    qtmodeltester.check(proxy)


def test_article_list_and_filter(qtmodeltester, filled):
    model = ArticleListModel()
    model.set_articles(filled.articles())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert "1 verified" in model.index(model.row_of(1)).data()
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_status("review")
    assert proxy.rowCount() == 3
    filled.verify_article(1, editor="t")
    model.set_articles(filled.articles())
    proxy.set_status("verified")
    assert [proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())] == [1]


def test_search_results_model(qtmodeltester, filled):
    model = SearchResultsModel()
    model.set_records(filled.search(speaker="Doe"))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(0, 0).data() == "Jane Doe"
    assert model.index(0, 0).data(IdRole) == model.record(0).quote_id


def test_review_queue_model(qtmodeltester, filled):
    model = ReviewQueueModel()
    queue = filled.review_queue()
    titles = {a.id: a.title for a in filled.articles()}
    texts = {a.id: filled.article(a.id).text for a in filled.articles()}
    model.set_queue(queue, titles=titles, texts=texts)
    qtmodeltester.check(model)
    assert model.rowCount() == 7  # 9 quotes, one verified, one rejected
    assert model.index(0, 0).data() == "0.40"  # least confident first
    assert model.index(0, 3).data().startswith("Article")


def test_article_list_inserts_new_articles_without_a_reset(qtmodeltester, qtbot, filled):
    model = ArticleListModel()
    summaries = filled.articles()
    model.set_articles(summaries[1:])
    qtmodeltester.check(model)
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.rowsInserted):
            model.set_articles(summaries)
    assert [model.index(r).data(IdRole) for r in range(model.rowCount())] == [a.id for a in summaries]
    with qtbot.waitSignal(model.modelReset):
        model.set_articles(list(reversed(summaries)))
    qtmodeltester.check(model)
