"""The article-wide steps on attributions written by hand: plain data, no parse, no model."""

from quotedesk.core.model import FLAG_INFERRED, FLAG_NON_SPEECH, FLAG_SELF_NAMED, Method, Span, SpeakerKind
from quotedesk.engine.attribution import Attribution, MentionInfo
from quotedesk.engine.marks import find_quotes
from quotedesk.engine.speakers import Resolver, SpeakerTable
from quotedesk.engine.steps import ORDER, article_quotes


def span(text: str, words: str) -> Span:
    i = text.index(words)
    return Span(i, i + len(words))


def run(text: str, speaker: str | None, *, sentential: bool = True, title_like=(), order=ORDER):
    """The article's quotes when the sieves gave the first quote ``speaker`` (by "said") and no other."""
    raw = find_quotes(text)
    mentions, atts = [], {}
    if speaker:
        where = span(text, speaker)
        mentions.append(MentionInfo(where, speaker, "PERSON", 0, True))
        atts[0] = Attribution(0, Method.SYNTAX, mention=where, mention_text=speaker, mention_label="PERSON",
                              name=where, name_text=speaker, cue=span(text, "said"), sent=0)
    resolver = Resolver(SpeakerTable(mentions), mentions, text)
    return article_quotes(text, raw, [sentential] * len(raw), atts, resolver, set(title_like), order)


FLOATING = '"I had faulty advice," Paul Saikaley said. "I trusted the bank with everything."'
SPLIT = '"This is a disaster," Tom Smith said, "and it will only get worse."'


def test_a_floating_quote_inherits_the_previous_speaker():
    first, second = run(FLOATING, "Paul Saikaley")
    assert (first.speaker, first.method) == ("Paul Saikaley", Method.SYNTAX)
    assert (second.speaker, second.method) == ("Paul Saikaley", Method.INHERITED)
    assert second.has(FLAG_INFERRED) and second.mention == first.mention


def test_without_the_inherit_step_it_stays_unattributed():
    _, second = run(FLOATING, "Paul Saikaley", order=[s for s in ORDER if s != "inherit"])
    assert (second.speaker, second.method) == (None, Method.NONE)


def test_the_halves_of_a_split_quote_are_joined():
    (q,) = run(SPLIT, "Tom Smith")
    assert [SPLIT[p.start : p.end] for p in q.parts] == ["This is a disaster,", "and it will only get worse."]
    assert q.speaker == "Tom Smith"
    assert len(run(SPLIT, "Tom Smith", order=[s for s in ORDER if s != "split-join"])) == 2


def test_a_title_nothing_attributes_is_not_speech():
    text = 'She starred in "Face the Nation" last week.'
    (q,) = run(text, None, sentential=False, title_like={0})
    assert q.has(FLAG_NON_SPEECH) and q.method is Method.NONE
    (q,) = run(text, None, sentential=False, title_like={0}, order=[s for s in ORDER if s != "non-speech"])
    assert q.is_speech


def test_a_speaker_named_in_the_own_quote_is_flagged():
    text = '"Nobody works harder than Trump," Donald Trump said.'
    (q,) = run(text, "Donald Trump")
    assert q.speaker == "Donald Trump" and q.has(FLAG_SELF_NAMED)
    assert not run('"Nobody works harder," Donald Trump said.', "Donald Trump")[0].has(FLAG_SELF_NAMED)


def test_a_speaker_the_own_quote_calls_by_first_name_is_flagged():
    # ("Before the match he said to me, "Tiago, today you play for the boy"": words to Tiago, not his)
    for text in ('"Tiago, today you play for the boy," Tiago Sampaio said.',
                 '"Go home and sleep, Tiago." Tiago Sampaio said that.'):
        assert run(text, "Tiago Sampaio")[0].has(FLAG_SELF_NAMED)
    assert not run('"Today, Tiago learnt to lose," Tiago Sampaio said.', "Tiago Sampaio")[0].has(FLAG_SELF_NAMED)


def test_a_person_the_ner_called_an_organisation_still_ends_the_last_speakers_claim_on_he():
    # "…," added Jim Clyburn. / Trump [tagged ORG here] has record low support. He recently
    # pitched himself … / "…," he said: "he" is Trump, the story's new subject.
    text = ('Donald Trump spoke. "Wolves," added Jim Clyburn. Trump has record low support. '
            'He recently pitched himself. "Look," he said.')
    trump = text.index("Trump has")
    mentions = [
        MentionInfo(span(text, "Donald Trump"), "Donald Trump", "PERSON", 0, True),
        MentionInfo(span(text, "Jim Clyburn"), "Jim Clyburn", "PERSON", 1, False),
        MentionInfo(Span(trump, trump + 5), "Trump", "ORG", 2, True),
    ]
    resolver = Resolver(SpeakerTable(mentions), mentions, text)
    clyburn = resolver.table.match("Jim Clyburn")
    resolver.history.append((mentions[1].span.start, clyburn))
    ent = resolver._antecedent(text.rindex("he said"), "he")[0]
    assert ent.name == "Donald Trump"


def test_a_relative_pronoun_the_parser_left_unhung_is_the_name_right_before_it():
    # the last speaker, Otis, would otherwise win "which" by the speaker's bonus
    text = 'Glen Otis spoke. "Look," he said. Reporters turned to the Riverside Police Department which reported "412".'
    police = span(text, "Riverside Police Department")
    mentions = [MentionInfo(span(text, "Glen Otis"), "Glen Otis", "PERSON", 0, True),
                MentionInfo(police, "Riverside Police Department", "ORG", 2, False)]
    resolver = Resolver(SpeakerTable(mentions), mentions, text)
    resolver.history.append((mentions[0].span.start, resolver.table.match("Glen Otis")))
    which = text.index("which")
    att = Attribution(0, Method.SYNTAX, mention=Span(which, which + 5), mention_text="which", mention_label="PRON",
                      mention_lemma="which", cue=span(text, "reported"), sent=2)
    assert resolver.resolve(att).speaker == "Riverside Police Department"


def _table(*names):
    """A speaker table from (text, NER label) name mentions in order."""
    text, mentions = "", []
    for name, label in names:
        mentions.append(MentionInfo(Span(len(text), len(text) + len(name)), name, label, 0, True))
        text += name + ". "
    return SpeakerTable(mentions)


def test_a_surname_the_ner_called_an_organisation_is_the_person_named_later():
    # a headline's "Trump" tagged as an organisation, then "Donald Trump": one person
    table = _table(("Trump", "ORG"), ("Donald Trump", "PERSON"), ("Trump", "PERSON"))
    assert [(p.name, p.kind.value) for p in table.people()] == [("Donald Trump", "person")]
    # an organisation-tagged fuller form with a first name names the person; an organisation
    # named after them does not, and is a body of its own
    table = _table(("Fiorina", "PERSON"), ("Carly Fiorina", "ORG"), ("Eric Trump", "PERSON"),
                   ("Eric Trump Foundation", "ORG"))
    assert {(p.name, p.kind.value) for p in table.people()} == {
        ("Carly Fiorina", "person"), ("Eric Trump", "person"), ("Eric Trump Foundation", "organisation")}


def test_an_outlet_or_a_title_before_a_name_is_no_part_of_it():
    table = _table(("New Republic’s Jeet Heer", "PERSON"), ("Spokeswoman Haley Morris", "ORG"), ("U.S. Senate", "ORG"))
    assert [(p.name, p.role) for p in table.people()] == [
        ("Jeet Heer", None), ("Haley Morris", "Spokeswoman"), ("U.S. Senate", None)]


def test_a_churchman_s_title_is_his_role_not_his_name():
    table = _table(("Archbishop Aris Shirvanian", "PERSON"), ("Pastor Kevin Swanson", "PERSON"))
    assert [(p.name, p.role) for p in table.people()] == [("Aris Shirvanian", "Archbishop"), ("Kevin Swanson", "Pastor")]


def test_the_older_of_namesakes_is_the_one_given_the_greater_age_wherever_they_were_named():
    # "the older Gill", after "Mohinder Singh Gill, 68" and then his son "Gill, 41" (named last)
    text = ('Mohinder Singh Gill, 68, farmed here. His son, Harpal Singh Gill, sowed. "Mad," said Gill, 41. '
            'Later the older Gill pointed. "Thirty feet," he said.')
    older = text.index("Gill pointed")
    son = Span(text.index("Gill, 41"), text.index(", 41"))
    mentions = [
        MentionInfo(span(text, "Mohinder Singh Gill"), "Mohinder Singh Gill", "PERSON", 0, True, age=68),
        MentionInfo(span(text, "Harpal Singh Gill"), "Harpal Singh Gill", "PERSON", 1, True, relative=True),
        MentionInfo(son, "Gill", "PERSON", 2, True, age=41),
        MentionInfo(Span(older, older + 4), "Gill", "PERSON", 3, True, before="Later the older"),
    ]
    table = SpeakerTable(mentions, text)
    assert table._by_start[son.start].name == "Harpal Singh Gill"
    assert table._by_start[older].name == "Mohinder Singh Gill"


def test_a_body_named_after_a_person_or_place_the_ner_called_a_person_is_a_body_of_its_own():
    # "Brightsea" (a person to the NER in the lede), then "Brightsea Council said …. A spokesman added: "…""
    text = 'Gulls plague Brightsea. Brightsea Council said it was aware. A spokesman added: "Do not feed them."'
    town, council = text.index("Brightsea."), text.index("Brightsea Council")
    mentions = [MentionInfo(Span(town, town + 9), "Brightsea", "PERSON", 0, False),
                MentionInfo(Span(council, council + 17), "Brightsea Council", "ORG", 1, True)]
    table = SpeakerTable(mentions, text)
    assert table._by_start[council].name == "Brightsea Council"
    assert table._by_start[council].kind is SpeakerKind.ORGANISATION
    assert table._by_start[town] is not table._by_start[council]
