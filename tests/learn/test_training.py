"""Collecting candidates, labelling them against gold, fitting, measuring."""

import json

from quotedesk.engine.learn import training as learn
from quotedesk.engine.learn.features import QuoteContext
from quotedesk.engine.learn.scoring import GoldArticle, GoldQuote


def test_every_gold_quote_has_its_speaker_among_the_candidates(articles):
    feats = learn.collect([a.text for a in articles])
    ex = learn.build_examples(articles, feats)
    assert ex.articles == len(articles)
    assert ex.quotes == sum(len(a.quotes) for a in articles)
    assert ex.reachable == ex.quotes
    # the title in every article is a non-speech example
    assert sum(1 for _, lab in ex.speech if lab == 0) >= len(articles)


def test_contexts_survive_json(articles):
    [feats] = learn.collect([articles[0].text])
    ctx = feats.contexts[0]
    back = QuoteContext.from_json(json.loads(json.dumps(ctx.to_json())))
    assert back.to_json() == ctx.to_json()
    assert any("rules" in c.sources for c in ctx.candidates)


def test_cache_is_reused(tmp_path, articles):
    texts = [a.text for a in articles[:2]]
    first = learn.collect(texts, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 2
    again = learn.collect(texts, cache_dir=tmp_path)
    assert [f.to_json() for f in again] == [f.to_json() for f in first]


def test_speaker_name_labels_when_no_mention_was_given(articles):
    art = articles[1]
    [feats] = learn.collect([art.text])
    named = GoldArticle(art.id, art.text, [GoldQuote(q.start, q.end, art.text[s:e], []) for q in art.quotes
                                           for s, e in q.mentions[:1]])
    ex = learn.label(named, feats)
    # the pronoun-attributed quote cannot be labelled by a name; the named ones can
    assert 0 < ex.reachable < len(art.quotes) + 1


def test_partly_reviewed_articles_give_speech_labels_only_where_known(articles):
    art = articles[2]
    [feats] = learn.collect([art.text])
    first = art.quotes[0]
    partial = GoldArticle(art.id, art.text, [first], rejected=[], exhaustive=False)
    ex = learn.label(partial, feats)
    assert [lab for _, lab in ex.speech] == [1]
    title = art.text.index("\u201cThe Morning")
    partial.rejected = [(title, title + 18)]
    assert sorted(lab for _, lab in learn.label(partial, feats).speech) == [0, 1]


def test_fit_and_evaluate(articles):
    feats = learn.collect([a.text for a in articles])
    model = learn.fit(learn.build_examples(articles[:8], feats[:8]), version="t")
    assert model.ranker.weights and model.speech is not None
    figures = learn.evaluate(model, articles[8:])
    rules = learn.evaluate(None, articles[8:])
    assert figures["gold_quotes"] == rules["gold_quotes"] == sum(len(a.quotes) for a in articles[8:])
    assert figures["attributed"]["f1"] >= 0.9 and rules["attributed"]["f1"] >= 0.9


def _crlf(article: GoldArticle) -> GoldArticle:
    """The article with CRLF line ends, its gold offsets moved to match."""
    text = article.text.replace("\n", "\r\n")

    def at(i: int) -> int:
        return i + article.text.count("\n", 0, i)

    quotes = [GoldQuote(at(q.start), at(q.end), q.speaker, [(at(s), at(e)) for s, e in q.mentions], q.kind)
              for q in article.quotes]
    return GoldArticle(article.id, text, quotes)


def test_crlf_articles_give_the_same_examples(articles):
    crlf = [_crlf(a) for a in articles]
    assert any("\r\n" in a.text for a in crlf)
    ex = learn.build_examples(crlf, learn.collect([a.text for a in crlf]))
    clean = learn.build_examples(articles, learn.collect([a.text for a in articles]))
    assert (ex.quotes, ex.reachable) == (clean.quotes, clean.reachable)
    assert [labels for _, labels in ex.groups] == [labels for _, labels in clean.groups]


def test_a_calibration_with_nothing_held_out_keeps_the_evidence_table(articles):
    # One article cannot be cut in folds: no quote was seen by a model not trained on it.
    cal = learn.calibrate(articles[:1], learn.collect([articles[0].text]))
    assert (cal.weights, cal.bias) == ({"table": 1.0}, 0.0)


def test_candidates_carry_the_words_they_hang_on():
    """What tells PolNeAR's sources apart beyond the cue: the word a prepositional candidate
    hangs on ("a report by Politico"), the verb a subject governs, whether a relative pronoun's
    cue governs the quote ("Beck, who has described Trump as "X""), a subject inside someone
    else's reported clause."""
    text = ('Carson was angry on Friday. It was a report by Politico that he "fabricated" the story.\n\n'
            'Beck, who has described Trump as "a pathological narcissist," spoke on Monday.\n\n'
            'Some voters cheer when Johnson insists that "taxes are theft."\n')
    [feats] = learn.collect([text])

    def candidate(k: int, words: str) -> dict:
        ctx = feats.contexts[k]
        return next(c.features for c in ctx.candidates if text[c.span.start : c.span.end] == words)

    assert "prep=by&of=report" in candidate(0, "Politico")
    assert "subj_of=fabricate" in candidate(0, "he")
    assert "pron=who&cue_governs=1" in candidate(1, "who")
    assert "pron=who&cue_governs=0" in candidate(2, "who")
    assert "subj_of=cheer" in candidate(2, "Some voters")
    assert "embedded_subj&label=PERSON" in candidate(2, "Johnson")
