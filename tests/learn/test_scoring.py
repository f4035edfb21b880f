"""The in-process scorer gives the shared scorer's figures on hand-made predictions."""

import json

import pytest

from quotedesk.core.errors import InputError
from quotedesk.engine.learn.scoring import GoldArticle, GoldQuote, name_tokens, read_gold, score

TEXT = 'Jane Doe said: "We will win." Later, "It is over," he added.'


def _gold():
    return [GoldArticle("a", TEXT, [GoldQuote(14, 28, None, [(0, 8)]), GoldQuote(37, 50, None, [(51, 53)])])]


def test_perfect_prediction_scores_one():
    pred = {"a": [{"start": 15, "end": 27, "speaker_mentions": [[0, 4]]},
                  {"start": 38, "end": 48, "speaker_mentions": [[51, 53]]}]}
    r = score(_gold(), pred)
    assert r["quotes_overlap"]["f1"] == 1.0
    assert r["speaker_accuracy"] == 1.0
    assert r["attributed"]["f1"] == 1.0


def test_wrong_mention_counts_the_quote_but_not_the_speaker():
    pred = {"a": [{"start": 15, "end": 27, "speaker_mentions": [[30, 35]]},
                  {"start": 38, "end": 48, "speaker_mentions": [[51, 53]]},
                  {"start": 0, "end": 8, "speaker_mentions": []}]}
    r = score(_gold(), pred)
    assert r["quotes_overlap"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert r["speaker_accuracy"] == 0.5
    assert r["attributed"]["recall"] == 0.5


def test_names_compare_as_token_sets_without_titles():
    gold = [GoldArticle("a", TEXT, [GoldQuote(14, 28, "Jane Doe", [])])]
    assert score(gold, {"a": [{"start": 14, "end": 28, "speaker": "Ms. Doe"}]})["speaker_accuracy"] == 1.0
    assert name_tokens("Secretary of State John Kerry's") == {"john", "kerry"}


def test_missing_document_is_counted():
    r = score(_gold(), {})
    assert r["documents_missing_from_prediction"] == 1
    assert r["attributed"]["f1"] == 0.0


def test_read_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x", "text": TEXT, "quotes": []}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"g.jsonl:2"):
        read_gold(path)
