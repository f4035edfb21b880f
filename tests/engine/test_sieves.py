"""Each attribution sieve on a Doc built by hand (words, heads, dependencies, tags, entities).

No statistical model: the parse is written out per token, so a test states exactly which
structure a sieve reads and what it makes of it (the spaCy ``tests/pipeline`` style).
"""

import pytest
import spacy
from spacy.tokens import Doc

from quotedesk.core.model import Method
from quotedesk.engine.marks import find_quotes
from quotedesk.engine.masking import mask
from quotedesk.engine.sieves import ORDER, SIEVES, attribute, attribute_quote
from quotedesk.engine.view import ChunkView

_NLP = spacy.blank("en")


def chunk(text: str, rows: list[str], *, sentential: bool = False, ents: dict[int, str] | None = None) -> ChunkView:
    """A view of ``text`` parsed as ``rows``: one "word head dep POS [TAG [lemma]]" per token.

    ``ents`` gives IOB entity tags by token index ("B-PERSON"); the quotes are found in the
    text as the engine finds them and kept in the parse (no masking).
    """
    toks = _NLP.make_doc(text)
    cols = [r.split() for r in rows]
    assert [c[0] for c in cols] == [t.text for t in toks], [t.text for t in toks]
    ents = ents or {}
    doc = Doc(
        _NLP.vocab,
        words=[t.text for t in toks],
        spaces=[bool(t.whitespace_) for t in toks],
        heads=[int(c[1]) for c in cols],
        deps=[c[2] for c in cols],
        pos=[c[3] for c in cols],
        tags=[c[4] if len(c) > 4 else "" for c in cols],
        lemmas=[c[5] if len(c) > 5 else c[0].lower() for c in cols],
        ents=[ents.get(i, "O") for i in range(len(cols))],
    )
    raw = find_quotes(text)
    ids = list(range(len(raw)))
    return ChunkView(doc, mask(text, raw, [False] * len(raw)), raw, ids, 0, text, set(ids) if sentential else set())


def run(method: Method, view: ChunkView):
    """What the sieve named ``method`` says about the view's only quote."""
    (quote,) = view.chunk_quotes()
    return SIEVES[method](view, quote)


def mention(view: ChunkView, att) -> str:
    return view.text[att.mention.start : att.mention.end]


def cue(view: ChunkView, att) -> str:
    return view.text[att.cue.start : att.cue.end]


# "Jane Doe said the plan was "a disaster" on Monday."
SYNTAX = chunk('Jane Doe said the plan was "a disaster" on Monday.', [
    "Jane 1 compound PROPN NNP", "Doe 2 nsubj PROPN NNP", "said 2 ROOT VERB VBD say", "the 4 det DET",
    "plan 5 nsubj NOUN NN", "was 2 ccomp AUX VBD be", '" 5 punct PUNCT', "a 8 det DET", "disaster 5 attr NOUN NN",
    '" 5 punct PUNCT', "on 5 prep ADP", "Monday 10 pobj PROPN NNP", ". 2 punct PUNCT",
], ents={0: "B-PERSON", 1: "I-PERSON", 11: "B-DATE"})

# The "according to" hangs from the reporting verb itself.
ACCORDING_CUE = chunk('Obama said the plan was "a disaster," according to a pool report.', [
    "Obama 1 nsubj PROPN NNP", "said 1 ROOT VERB VBD say", "the 3 det DET", "plan 4 nsubj NOUN NN",
    "was 1 ccomp AUX VBD be", '" 4 punct PUNCT', "a 7 det DET", "disaster 4 attr NOUN NN", ", 4 punct PUNCT",
    '" 4 punct PUNCT', "according 1 prep VERB VBG accord", "to 10 prep ADP", "a 14 det DET",
    "pool 14 compound NOUN NN", "report 11 pobj NOUN NN", ". 1 punct PUNCT",
], ents={0: "B-PERSON"})

# A colon lead-in; the quote is a sentence of its own.
LEAD_IN = chunk('Hoff wrote a letter: "We will win."', [
    "Hoff 1 nsubj PROPN NNP", "wrote 1 ROOT VERB VBD write", "a 3 det DET", "letter 1 dobj NOUN NN", ": 1 punct PUNCT",
    '" 8 punct PUNCT', "We 8 nsubj PRON PRP we", "will 8 aux AUX MD", "win 1 ccomp VERB VB", ". 8 punct PUNCT",
    '" 8 punct PUNCT',
], sentential=True)

# A cue in the quote's sentence that the quote does not hang from.
SENTENCE = chunk('"A disaster" is what Ruiz said.', [
    '" 4 punct PUNCT', "A 2 det DET", "disaster 4 nsubj NOUN NN", '" 4 punct PUNCT', "is 4 ROOT AUX VBZ be",
    "what 7 dobj PRON WP", "Ruiz 7 nsubj PROPN NNP", "said 4 ccomp VERB VBD say", ". 4 punct PUNCT",
], ents={6: "B-PERSON"})

# The parser lost the cue's subject: "Mitch McConnell" is no subject of "said".
SENTENCE_NAME = chunk('"We win," Mitch McConnell of Kentucky said Tuesday.', [
    '" 2 punct PUNCT', "We 2 nsubj PRON PRP we", "win 9 ccomp VERB VBP", ", 2 punct PUNCT", '" 2 punct PUNCT',
    "Mitch 6 compound PROPN NNP", "McConnell 9 npadvmod PROPN NNP", "of 6 prep ADP", "Kentucky 7 pobj PROPN NNP",
    "said 9 ROOT VERB VBD say", "Tuesday 9 npadvmod PROPN NNP", ". 9 punct PUNCT",
], ents={5: "B-PERSON", 6: "I-PERSON", 8: "B-GPE", 10: "B-DATE"})


def test_label_names_the_speaker_inside_the_quote():
    view = chunk('"WALLACE: We start."', [
        '" 4 punct PUNCT', "WALLACE 4 npadvmod PROPN NNP", ": 4 punct PUNCT", "We 4 nsubj PRON PRP we",
        "start 4 ROOT VERB VBP", ". 4 punct PUNCT", '" 4 punct PUNCT',
    ], sentential=True)
    att = run(Method.LABEL, view)
    assert mention(view, att) == "WALLACE" and att.mention_label == "LABEL"


def test_label_needs_a_capitalised_label():
    assert run(Method.LABEL, SENTENCE) is None


def test_as_clause_after_the_quote():
    view = chunk('The plan was "a disaster," as a memo put it.', [
        "The 1 det DET", "plan 2 nsubj NOUN NN", "was 2 ROOT AUX VBD be", '" 2 punct PUNCT', "a 5 det DET",
        "disaster 2 attr NOUN NN", ", 2 punct PUNCT", '" 2 punct PUNCT', "as 11 mark SCONJ IN", "a 10 det DET",
        "memo 11 nsubj NOUN NN", "put 2 advcl VERB VBD", "it 11 dobj PRON PRP", ". 2 punct PUNCT",
    ])
    att = run(Method.AS_CLAUSE, view)
    assert (mention(view, att), cue(view, att)) == ("a memo", "put")
    assert run(Method.AS_CLAUSE, SYNTAX) is None


def test_as_clause_gives_way_to_a_reporting_verb_before_it():
    # '"We won," Ruiz said, as the crowd cheered': the crowd cheered while Ruiz spoke.
    view = chunk('"We won," Ruiz said, as the crowd cheered.', [
        '" 2 punct PUNCT', "We 2 nsubj PRON PRP we", "won 6 ccomp VERB VBD win", ", 2 punct PUNCT", '" 2 punct PUNCT',
        "Ruiz 6 nsubj PROPN NNP", "said 6 ROOT VERB VBD say", ", 6 punct PUNCT", "as 11 mark SCONJ IN", "the 10 det DET",
        "crowd 11 nsubj NOUN NN", "cheered 6 advcl VERB VBD cheer", ". 6 punct PUNCT",
    ], ents={5: "B-PERSON"})
    assert run(Method.AS_CLAUSE, view) is None
    assert mention(view, run(Method.SYNTAX, view)) == "Ruiz"


def test_as_clause_opens_with_its_as():
    # "which Ruiz described as unfair" is no "as Ruiz put it": the quote stays with "called".
    view = chunk('Lopez called the tax "a disaster," which Ruiz described as unfair.', [
        "Lopez 1 nsubj PROPN NNP", "called 1 ROOT VERB VBD call", "the 3 det DET", "tax 1 dobj NOUN NN", '" 6 punct PUNCT',
        "a 6 det DET", "disaster 1 oprd NOUN NN", ", 6 punct PUNCT", '" 6 punct PUNCT', "which 11 dobj PRON WDT",
        "Ruiz 11 nsubj PROPN NNP", "described 6 relcl VERB VBD describe", "as 11 prep ADP IN", "unfair 12 pobj ADJ JJ",
        ". 1 punct PUNCT",
    ], ents={0: "B-PERSON", 10: "B-PERSON"})
    assert run(Method.AS_CLAUSE, view) is None
    assert mention(view, run(Method.SYNTAX, view)) == "Lopez"


def test_asked_gives_a_question_to_whoever_asked_it_not_to_who_answers():
    # the parser hangs the question on "answered", after it
    view = chunk('A reporter asked her, "Why?", Kim answered.', [
        "A 1 det DET DT", "reporter 2 nsubj NOUN NN", "asked 11 advcl VERB VBD ask", "her 2 dobj PRON PRP",
        ", 2 punct PUNCT", '" 6 punct PUNCT', "Why 11 ccomp ADV WRB", "? 6 punct PUNCT", '" 6 punct PUNCT',
        ", 11 punct PUNCT", "Kim 11 nsubj PROPN NNP", "answered 11 ROOT VERB VBD answer", ". 11 punct PUNCT",
    ], sentential=True, ents={10: "B-PERSON"})
    att = run(Method.ASKED, view)
    assert (mention(view, att), cue(view, att)) == ("A reporter", "asked")
    assert attribute(view)[0].method is Method.ASKED


def test_asked_in_the_passive_without_by_names_no_one():
    view = chunk('Kim was asked: "Why?"', [
        "Kim 2 nsubjpass PROPN NNP", "was 2 auxpass AUX VBD be", "asked 2 ROOT VERB VBN ask", ": 2 punct PUNCT",
        '" 5 punct PUNCT', "Why 2 ccomp ADV WRB", "? 5 punct PUNCT", '" 5 punct PUNCT',
    ], sentential=True, ents={0: "B-PERSON"})
    att = run(Method.ASKED, view)
    assert att is not None and att.mention is None and cue(view, att) == "asked"


def test_asked_leaves_the_answer_to_a_question_the_clause_puts_itself():
    view = chunk('Asked if he would quit, "Why would I?" Kim said.', [
        "Asked 13 advcl VERB VBN ask", "if 4 mark SCONJ IN", "he 4 nsubj PRON PRP", "would 4 aux AUX MD",
        "quit 0 advcl VERB VB", ", 13 punct PUNCT", '" 8 punct PUNCT', "Why 8 advmod ADV WRB",
        "would 13 ccomp AUX MD", "I 8 nsubj PRON PRP", "? 8 punct PUNCT", '" 8 punct PUNCT',
        "Kim 13 nsubj PROPN NNP", "said 13 ROOT VERB VBD say", ". 13 punct PUNCT",
    ], sentential=True, ents={12: "B-PERSON"})
    assert run(Method.ASKED, view) is None
    assert mention(view, attribute(view)[0]) == "Kim"


def test_syntax_takes_the_subject_of_the_cue_above_the_quote():
    att = run(Method.SYNTAX, SYNTAX)
    assert (mention(SYNTAX, att), cue(SYNTAX, att)) == ("Jane Doe", "said")
    assert att.mention_label == "PERSON" and att.name_text == "Jane Doe"


def test_syntax_finds_nothing_when_no_cue_governs_the_quote():
    assert run(Method.SYNTAX, SENTENCE) is None


def test_according_cue_rests_on_the_source_of_the_reporting_verb():
    att = run(Method.ACCORDING_CUE, ACCORDING_CUE)
    assert (mention(ACCORDING_CUE, att), cue(ACCORDING_CUE, att)) == ("a pool report", "according to")
    # Without the "according to", the same cue gives its own subject.
    assert run(Method.ACCORDING_CUE, SYNTAX) is None
    assert mention(ACCORDING_CUE, run(Method.SYNTAX, ACCORDING_CUE)) == "Obama"


def test_lead_in_takes_the_clause_before_the_colon():
    att = run(Method.LEAD_IN, LEAD_IN)
    assert (mention(LEAD_IN, att), cue(LEAD_IN, att)) == ("Hoff", "wrote")


def test_lead_in_takes_the_main_cue_before_one_in_a_relative_clause():
    view = chunk('Perez answered the critics who called him weak: "We win."', [
        "Perez 1 nsubj PROPN NNP", "answered 1 ROOT VERB VBD answer", "the 3 det DET", "critics 1 dobj NOUN NNS critic",
        "who 5 nsubj PRON WP", "called 3 relcl VERB VBD call", "him 5 dobj PRON PRP he", "weak 5 oprd ADJ JJ",
        ": 1 punct PUNCT", '" 11 punct PUNCT', "We 11 nsubj PRON PRP we", "win 1 ccomp VERB VBP", ". 11 punct PUNCT",
        '" 11 punct PUNCT',
    ], sentential=True, ents={0: "B-PERSON"})
    att = run(Method.LEAD_IN, view)
    assert (mention(view, att), cue(view, att)) == ("Perez", "answered")


def test_lead_in_is_for_whole_sentence_quotes_only():
    view = chunk('Hoff wrote a letter: "we win."', [
        "Hoff 1 nsubj PROPN NNP", "wrote 1 ROOT VERB VBD write", "a 3 det DET", "letter 1 dobj NOUN NN", ": 1 punct PUNCT",
        '" 7 punct PUNCT', "we 7 nsubj PRON PRP we", "win 1 ccomp VERB VBP", ". 7 punct PUNCT", '" 7 punct PUNCT',
    ])
    assert run(Method.LEAD_IN, view) is None


def test_according_to_in_the_sentence():
    view = chunk('The plan was "a disaster," according to Maria Lopez.', [
        "The 1 det DET", "plan 2 nsubj NOUN NN", "was 2 ROOT AUX VBD be", '" 2 punct PUNCT', "a 5 det DET",
        "disaster 2 attr NOUN NN", ", 2 punct PUNCT", '" 2 punct PUNCT', "according 2 prep VERB VBG accord",
        "to 8 prep ADP", "Maria 11 compound PROPN NNP", "Lopez 9 pobj PROPN NNP", ". 2 punct PUNCT",
    ], ents={10: "B-PERSON", 11: "I-PERSON"})
    att = run(Method.ACCORDING, view)
    assert (mention(view, att), cue(view, att)) == ("Maria Lopez", "according to")
    assert run(Method.ACCORDING, SYNTAX) is None


def test_sentence_takes_another_cue_of_the_sentence():
    att = run(Method.SENTENCE, SENTENCE)
    assert (mention(SENTENCE, att), cue(SENTENCE, att)) == ("Ruiz", "said")


def test_sentence_skips_a_light_verb_the_quote_does_not_hang_from():
    # "goes" reports words only when they hang from it ('she goes, "…"'); here it is about advice.
    view = chunk('Ruiz spoke of "hard times" and her advice goes far.', [
        "Ruiz 1 nsubj PROPN NNP", "spoke 1 ROOT VERB VBD speak", "of 1 prep ADP IN", '" 5 punct PUNCT', "hard 5 amod ADJ JJ",
        "times 2 pobj NOUN NNS time", '" 5 punct PUNCT', "and 1 cc CCONJ CC", "her 9 poss PRON PRP$", "advice 10 nsubj NOUN NN",
        "goes 1 conj VERB VBZ go", "far 10 advmod ADV RB", ". 1 punct PUNCT",
    ], ents={0: "B-PERSON"})
    assert run(Method.SENTENCE, view) is None
    assert mention(view, run(Method.NEARBY, view)) == "Ruiz"


def test_sentence_name_takes_the_name_beside_a_cue_without_subject():
    assert run(Method.SENTENCE, SENTENCE_NAME) is None  # "said" has no subject in this parse
    att = run(Method.SENTENCE_NAME, SENTENCE_NAME)
    assert (mention(SENTENCE_NAME, att), cue(SENTENCE_NAME, att)) == ("Mitch McConnell", "said")


def test_sentence_name_skips_the_name_the_cue_acts_on():
    # "Ruiz" lost its link to the cue; "Lopez" is what "described" acts on, not who spoke.
    view = chunk('Ruiz described Lopez as "a disaster" on Monday.', [
        "Ruiz 9 npadvmod PROPN NNP", "described 1 ROOT VERB VBD describe", "Lopez 1 dobj PROPN NNP", "as 1 prep ADP IN",
        '" 6 punct PUNCT', "a 6 det DET", "disaster 3 pobj NOUN NN", '" 6 punct PUNCT', "on 1 prep ADP",
        "Monday 8 pobj PROPN NNP", ". 1 punct PUNCT",
    ], ents={0: "B-PERSON", 2: "B-PERSON", 9: "B-DATE"})
    assert run(Method.SENTENCE, view) is None
    att = run(Method.SENTENCE_NAME, view)
    assert (mention(view, att), cue(view, att)) == ("Ruiz", "described")


def test_sentence_name_skips_a_name_inside_what_was_said():
    # "Sanders" sits in the clause "said" reports, not beside the cue.
    view = chunk('Reid said that he met Sanders about a "test of leadership" on Tuesday.', [
        "Reid 1 npadvmod PROPN NNP", "said 1 ROOT VERB VBD say", "that 4 mark SCONJ IN", "he 4 nsubj PRON PRP he",
        "met 1 ccomp VERB VBD meet", "Sanders 4 dobj PROPN NNP", "about 4 prep ADP IN", "a 9 det DET", '" 9 punct PUNCT',
        "test 6 pobj NOUN NN", "of 9 prep ADP IN", "leadership 10 pobj NOUN NN", '" 9 punct PUNCT', "on 4 prep ADP IN",
        "Tuesday 13 pobj PROPN NNP", ". 1 punct PUNCT",
    ], ents={0: "B-PERSON", 5: "B-PERSON", 14: "B-DATE"})
    att = run(Method.SENTENCE_NAME, view)
    assert (mention(view, att), cue(view, att)) == ("Reid", "said")


def test_dash_byline_after_the_quote():
    view = chunk('"We will win." ― Carla Sanchez', [
        '" 3 punct PUNCT', "We 3 nsubj PRON PRP we", "will 3 aux AUX MD", "win 3 ROOT VERB VB", ". 3 punct PUNCT",
        '" 3 punct PUNCT', "― 3 punct PUNCT", "Carla 8 compound PROPN NNP", "Sanchez 3 npadvmod PROPN NNP",
    ], sentential=True)
    att = run(Method.DASH, view)
    assert mention(view, att) == "Carla Sanchez" and att.name_text == "Carla Sanchez"
    assert run(Method.DASH, SYNTAX) is None


FRAGMENT = chunk('Trump defended his manager as a "very decent man".', [
    "Trump 1 nsubj PROPN NNP", "defended 1 ROOT VERB VBD defend", "his 3 poss PRON PRP$", "manager 1 dobj NOUN NN",
    "as 1 prep ADP IN", "a 9 det DET", '" 9 punct PUNCT', "very 8 advmod ADV", "decent 9 amod ADJ",
    "man 4 pobj NOUN NN", '" 9 punct PUNCT', ". 1 punct PUNCT",
], ents={0: "B-PERSON"})


def test_nearby_takes_the_main_subject_of_a_fragment_nothing_said():
    att = run(Method.NEARBY, FRAGMENT)
    assert mention(FRAGMENT, att) == "Trump" and att.cue is None
    assert run(Method.NEARBY_ROOT, FRAGMENT) is None  # fragments are not nearby-root's


def test_nearby_root_takes_the_person_the_parser_ran_the_quote_into():
    view = chunk('Sanders identified the banks "They failed us."', [
        "Sanders 1 nsubj PROPN NNP", "identified 1 ROOT VERB VBD identify", "the 3 det DET", "banks 1 dobj NOUN NNS",
        '" 6 punct PUNCT', "They 6 nsubj PRON PRP they", "failed 1 parataxis VERB VBD fail", "us 6 dobj PRON PRP we",
        ". 6 punct PUNCT", '" 6 punct PUNCT',
    ], sentential=True, ents={0: "B-PERSON"})
    att = run(Method.NEARBY_ROOT, view)
    assert mention(view, att) == "Sanders"
    assert run(Method.NEARBY, view) is None  # whole sentences are not nearby's


def test_next_sentence_takes_a_short_reporting_sentence_after_the_quote():
    view = chunk('"We will win." Ruiz said.', [
        '" 3 punct PUNCT', "We 3 nsubj PRON PRP we", "will 3 aux AUX MD", "win 3 ROOT VERB VB", ". 3 punct PUNCT",
        '" 3 punct PUNCT', "Ruiz 7 nsubj PROPN NNP", "said 7 ROOT VERB VBD say", ". 7 punct PUNCT",
    ], sentential=True, ents={6: "B-PERSON"})
    att = run(Method.NEXT_SENTENCE, view)
    assert (mention(view, att), cue(view, att)) == ("Ruiz", "said")
    assert run(Method.PREVIOUS, view) is None  # no sentence before it


def test_previous_takes_the_person_of_the_sentence_before():
    view = chunk('Adam Schiff spoke. "We will win."', [
        "Adam 1 compound PROPN NNP", "Schiff 2 nsubj PROPN NNP", "spoke 2 ROOT VERB VBD speak", ". 2 punct PUNCT",
        '" 7 punct PUNCT', "We 7 nsubj PRON PRP we", "will 7 aux AUX MD", "win 7 ROOT VERB VB", ". 7 punct PUNCT",
        '" 7 punct PUNCT',
    ], sentential=True, ents={0: "B-PERSON", 1: "I-PERSON"})
    att = run(Method.PREVIOUS, view)
    assert mention(view, att) == "Adam Schiff"
    assert run(Method.NEXT_SENTENCE, view) is None  # no sentence after it


def test_the_first_sieve_that_answers_wins_and_is_recorded():
    (att,) = attribute(ACCORDING_CUE)
    assert att.method is Method.ACCORDING_CUE and mention(ACCORDING_CUE, att) == "a pool report"
    (att,) = attribute(LEAD_IN)
    assert att.method is Method.SYNTAX  # the quote hangs from "wrote": syntax comes first


def test_the_order_is_data():
    (quote,) = LEAD_IN.chunk_quotes()
    order = [m for m in ORDER if m is not Method.SYNTAX]
    att = attribute_quote(LEAD_IN, quote, order)
    assert att.method is Method.LEAD_IN and mention(LEAD_IN, att) == "Hoff"
    assert attribute_quote(LEAD_IN, quote, ["label", "dash"]).method is Method.NONE


@pytest.mark.parametrize("name", list(ORDER))
def test_every_sieve_in_the_order_is_registered_once(name):
    assert name in SIEVES and list(ORDER).count(name) == 1


def test_a_sentence_adverb_hung_on_the_subject_is_no_part_of_the_speaker():
    # "Repeatedly, the crowd shouted "…"": the parser hung "Repeatedly" on "crowd".
    view = chunk('Repeatedly, the crowd shouted "Go home."', [
        "Repeatedly 3 advmod ADV RB", ", 3 punct PUNCT", "the 3 det DET", "crowd 4 nsubj NOUN NN",
        "shouted 4 ROOT VERB VBD shout", '" 6 punct PUNCT', "Go 4 ccomp VERB VB", "home 6 advmod ADV",
        '. 6 punct PUNCT', '" 6 punct PUNCT',
    ], sentential=True)
    att = run(Method.SYNTAX, view)
    assert mention(view, att) == "the crowd" and cue(view, att) == "shouted"


def _subjects(view):
    return {m.text: m.subject for m in view.mentions() if m.label == "PERSON"}


def test_a_person_counts_as_the_story_subject_only_as_a_main_clause_subject():
    # what pronoun resolution may go back to: not a name modifying the subject, not the
    # subject of a subordinate clause or of what someone says
    view = chunk("Sanders won Michigan .", [
        "Sanders 1 nsubj PROPN NNP", "won 1 ROOT VERB VBD win", "Michigan 1 dobj PROPN NNP", ". 1 punct PUNCT",
    ], ents={0: "B-PERSON"})
    assert _subjects(view) == {"Sanders": True}
    view = chunk("Sanders supporters targeted them .", [
        "Sanders 1 compound PROPN NNP", "supporters 2 nsubj NOUN NNS", "targeted 2 ROOT VERB VBD target",
        "them 2 dobj PRON PRP", ". 2 punct PUNCT",
    ], ents={0: "B-PERSON"})
    assert _subjects(view) == {"Sanders": False}
    view = chunk("It was close until Sanders won .", [
        "It 1 nsubj PRON PRP", "was 1 ROOT AUX VBD be", "close 1 acomp ADJ JJ", "until 5 mark SCONJ IN",
        "Sanders 5 nsubj PROPN NNP", "won 1 advcl VERB VBD win", ". 1 punct PUNCT",
    ], ents={4: "B-PERSON"})
    assert _subjects(view) == {"Sanders": False}
    # (but a concessive clause's is: "Seo could debut, although Kavanagh refused to commit. "…," he said")
    view = chunk("It was close though Sanders won .", [
        "It 1 nsubj PRON PRP", "was 1 ROOT AUX VBD be", "close 1 acomp ADJ JJ", "though 5 mark SCONJ IN",
        "Sanders 5 nsubj PROPN NNP", "won 1 advcl VERB VBD win", ". 1 punct PUNCT",
    ], ents={4: "B-PERSON"})
    assert _subjects(view) == {"Sanders": True}
    view = chunk("She says Baker represents them .", [
        "She 1 nsubj PRON PRP she", "says 1 ROOT VERB VBZ say", "Baker 3 nsubj PROPN NNP",
        "represents 1 ccomp VERB VBZ represent", "them 3 dobj PRON PRP", ". 1 punct PUNCT",
    ], ents={2: "B-PERSON"})
    assert _subjects(view) == {"Baker": False}


def test_a_name_beside_the_subject_or_a_mistagged_surname_is_a_story_subject_and_a_reported_one_never():
    # "Her father, Brad, worried": the name in apposition to the subject
    view = chunk("Her father , Brad , worried .", [
        "Her 1 poss PRON PRP$ her", "father 5 nsubj NOUN NN", ", 1 punct PUNCT", "Brad 1 appos PROPN NNP",
        ", 1 punct PUNCT", "worried 5 ROOT VERB VBD worry", ". 5 punct PUNCT",
    ], ents={3: "B-PERSON"})
    assert _subjects(view) == {"Brad": True}
    # "Tom Lazar spoke . Lazar confessed": the NER took the second "Lazar" for a place
    view = chunk("Tom Lazar spoke . Lazar confessed .", [
        "Tom 1 compound PROPN NNP", "Lazar 2 nsubj PROPN NNP", "spoke 2 ROOT VERB VBD speak", ". 2 punct PUNCT",
        "Lazar 5 nsubj PROPN NNP", "confessed 5 ROOT VERB VBD confess", ". 5 punct PUNCT",
    ], ents={0: "B-PERSON", 1: "I-PERSON", 4: "B-GPE"})
    assert [(m.text, m.label, m.subject) for m in view.mentions()] == [("Tom Lazar", "PERSON", True), ("Lazar", "PERSON", True)]
    # "Rubio claimed that they lost and that Obama is to blame": deep inside what he says
    view = chunk("Rubio claimed that they lost and that Obama is to blame .", [
        "Rubio 1 nsubj PROPN NNP", "claimed 1 ROOT VERB VBD claim", "that 4 mark SCONJ IN", "they 4 nsubj PRON PRP they",
        "lost 1 ccomp VERB VBD lose", "and 4 cc CCONJ CC", "that 8 mark SCONJ IN", "Obama 8 nsubj PROPN NNP",
        "is 4 conj AUX VBZ be", "to 10 aux PART TO", "blame 8 xcomp VERB VB", ". 1 punct PUNCT",
    ], ents={0: "B-PERSON", 7: "B-PERSON"})
    assert _subjects(view) == {"Rubio": True, "Obama": False}


# ---- names the NER passed over (view.repair_entities) -------------------------------------------


def test_a_name_with_an_age_beside_it_that_the_ner_missed_is_a_person():
    from quotedesk.engine.view import repair_entities

    view = chunk("He met Edna Farrow, 81, who reads.", [
        "He 1 nsubj PRON", "met 1 ROOT VERB", "Edna 3 compound PROPN", "Farrow 1 dobj PROPN", ", 3 punct PUNCT",
        "81 3 appos NUM", ", 3 punct PUNCT", "who 8 nsubj PRON", "reads 3 relcl VERB", ". 1 punct PUNCT"])
    repair_entities(view.doc)
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Edna Farrow", "PERSON")]


def test_a_name_with_particles_and_a_hyphen_beside_a_calling_is_a_person():
    from quotedesk.engine.view import repair_entities

    text = "Anneke van der Meer-Terpstra, an engineer, said no."
    view = chunk(text, [
        "Anneke 5 compound PROPN", "van 5 compound PROPN", "der 5 compound PROPN", "Meer 5 compound PROPN",
        "- 5 punct PUNCT", "Terpstra 10 nsubj PROPN", ", 5 punct PUNCT", "an 8 det DET", "engineer 5 appos NOUN",
        ", 5 punct PUNCT", "said 10 ROOT VERB", "no 10 dobj INTJ", ". 10 punct PUNCT"],
        ents={0: "B-ORG", 1: "I-ORG", 2: "I-ORG", 3: "I-ORG", 4: "I-ORG", 5: "I-ORG"})
    repair_entities(view.doc)
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Anneke van der Meer-Terpstra", "PERSON")]


def test_a_first_name_and_the_surname_of_a_person_named_later_are_that_person():
    from quotedesk.engine.view import repair_entities

    view = chunk("Layla Haddad's film won. Haddad spoke.", [
        "Layla 1 compound PROPN", "Haddad 3 poss PROPN", "'s 1 case PART POS", "film 4 nsubj NOUN", "won 4 ROOT VERB",
        ". 4 punct PUNCT", "Haddad 7 nsubj PROPN", "spoke 7 ROOT VERB", ". 7 punct PUNCT"], ents={6: "B-PERSON"})
    repair_entities(view.doc)
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Layla Haddad", "PERSON"), ("Haddad", "PERSON")]


def test_a_name_the_parser_hung_on_the_calling_before_it_is_the_subject_of_the_verb_after_it():
    from quotedesk.engine.view import entities

    # "Rovers coach Daniel Okafor praised …", parsed as if the coach praised and Okafor were its object
    view = chunk("Rovers coach Daniel Okafor praised the side.", [
        "Rovers 1 compound PROPN", "coach 4 nsubj NOUN", "Daniel 3 compound PROPN", "Okafor 1 dobj PROPN",
        "praised 4 ROOT VERB VBD", "the 6 det DET", "side 4 dobj NOUN", ". 4 punct PUNCT"],
        ents={2: "B-PERSON", 3: "I-PERSON"})
    (okafor,) = [m for m in view.mentions() if m.label == "PERSON"]
    assert okafor.text == "Daniel Okafor" and okafor.subject


def test_a_family_name_the_tagger_took_for_a_noun_opens_the_name_after_the_place_that_opens_the_sentence():
    # "Trần", a noun to the tagger and no name to the NER; the name, to the parser, the place's
    # apposition, and the subject of "stood" all the same
    view = chunk("In the village of Phú Mỹ, Trần Thị Lan, 48, stood there.", [
        "In 13 prep ADP", "the 2 det DET", "village 0 pobj NOUN", "of 2 prep ADP", "Phú 5 compound PROPN",
        "Mỹ 3 pobj PROPN", ", 5 punct PUNCT", "Trần 9 compound NOUN", "Thị 9 compound PROPN", "Lan 5 appos PROPN",
        ", 9 punct PUNCT", "48 9 appos NUM", ", 9 punct PUNCT", "stood 13 ROOT VERB", "there 13 advmod ADV",
        ". 13 punct PUNCT"],
        ents={4: "B-ORG", 5: "I-ORG", 8: "B-PERSON", 9: "I-PERSON", 11: "B-DATE"})
    (lan,) = [m for m in view.mentions() if m.label == "PERSON"]
    assert lan.text == "Trần Thị Lan" and lan.subject


def test_the_name_opening_a_story_before_a_verb_taken_for_a_noun_is_a_person():
    from quotedesk.engine.view import repair_entities

    # "ASANTE AKIM, Ghana — Kwame Adjei-Mensah walks slowly.", the dateline gone; "walks" a plural
    # noun to the tagger, the name its compound and no name to the NER
    view = chunk("Kwame Adjei-Mensah walks slowly.", [
        "Kwame 4 compound PROPN NNP", "Adjei 3 compound PROPN NNP", "- 3 punct PUNCT HYPH",
        "Mensah 4 compound PROPN NNP", "walks 4 ROOT NOUN NNS", "slowly 4 advmod ADV RB", ". 4 punct PUNCT ."])
    repair_entities(view.doc)
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Kwame Adjei-Mensah", "PERSON")]


def test_a_gaelic_name_the_ner_took_for_an_organisation_is_a_person():
    from quotedesk.engine.view import repair_entities

    view = chunk("Siobhán Ní Dhálaigh pulled a pint at Ó Dálaigh's.", [
        "Siobhán 2 compound PROPN", "Ní 2 compound PROPN", "Dhálaigh 3 nsubj PROPN", "pulled 3 ROOT VERB",
        "a 5 det DET", "pint 3 dobj NOUN", "at 3 prep ADP", "Ó 8 compound PROPN", "Dálaigh 6 pobj PROPN",
        "'s 8 case PART POS", ". 3 punct PUNCT"],
        ents={0: "B-ORG", 1: "I-ORG", 2: "I-ORG", 7: "B-ORG", 8: "I-ORG"})
    repair_entities(view.doc)
    # (a woman's particle opens only people's names; "Ó Dálaigh's" may be the pub)
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Siobhán Ní Dhálaigh", "PERSON"), ("Ó Dálaigh", "ORG")]


def test_a_one_word_person_that_is_a_place_elsewhere_and_never_a_subject_is_a_place():
    from quotedesk.engine.view import repair_entities

    view = chunk("She grew up in Perm. She thinks about Perm.", [
        "She 1 nsubj PRON", "grew 1 ROOT VERB", "up 1 prt ADP", "in 1 prep ADP", "Perm 3 pobj PROPN", ". 1 punct PUNCT",
        "She 7 nsubj PRON", "thinks 7 ROOT VERB", "about 7 prep ADP", "Perm 8 pobj PROPN", ". 7 punct PUNCT"],
        ents={4: "B-GPE", 9: "B-PERSON"})
    repair_entities(view.doc)
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Perm", "GPE"), ("Perm", "GPE")]
