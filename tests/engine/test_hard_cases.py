"""The hard cases of news quote attribution, as a table of real-style sentences.

Each row: a short article, the words of one quote in it, the canonical speaker expected
(None: no speaker) and the method that finds it (a sieve's or an article-wide step's name,
``core.model.Method``). Real spaCy parse, no mocks. Numbers refer to the cases in the team's
checklist of hard cases.
"""

import pytest

from quotedesk.core.model import FLAG_PARTIAL, FLAG_REPEAT, FLAG_SELF_NAMED, SpeakerKind
from quotedesk.engine import analyze, analyze_document

CASES = [
    # 1 pronoun after the quote, resolved to the person named before
    ("1-pronoun", 'Senator Elizabeth Warren spoke in Boston on Monday.\n\n"We will not back down," she said.',
     "We will not back down", "Elizabeth Warren", "syntax"),
    # 2 name before, colon, title-case quote
    ("2-colon", 'Boris Johnson said: "Get Brexit Done Now."', "Get Brexit Done Now", "Boris Johnson", "syntax"),
    # 3 inverted speaker with appositive title
    ("3-inverted", '"Inflation is easing," said Janet Yellen, the Treasury secretary.', "Inflation is easing", "Janet Yellen", "syntax"),
    # 4 split quote around the attribution
    ("4-split", '"This is a disaster," Tom Smith said, "and it will only get worse."', "This is a disaster", "Tom Smith", "syntax"),
    # 5 according to
    ("5-according", '"Prices will keep rising this winter," according to Maria Lopez, an economist at the bank.',
     "Prices will keep rising", "Maria Lopez", "according"),
    # 6 anonymous speaker stays a description
    ("6-anonymous", 'John Kerry met the ministers on Friday.\n\n"The talks went well," a senior U.S. official told reporters.',
     "The talks went well", "a senior U.S. official", "syntax"),
    # 7 relative clause between name and verb
    ("7-aside", 'Sir Vince Cable, who replaced Tim Farron as leader in July, said: "We are the party of Remain."',
     "We are the party of Remain", "Vince Cable", "syntax"),
    # 8 role noun phrase with the name in apposition
    ("8-appos", 'The union leader, Sara Nelson, said the strike "will go ahead on Monday as planned."',
     "will go ahead on Monday", "Sara Nelson", "syntax"),
    # 9 floating quote in the next sentence inherits the speaker
    ("9-floating", '"I had faulty advice," Paul Saikaley said. "I trusted the bank with everything I had."',
     "I trusted the bank", "Paul Saikaley", "inherited"),
    # 10 multi-paragraph quote, attributed at its end
    ("10-multipara", 'Justin Trudeau spoke to the press.\n\n"This is a crisis for the whole country.\n\n"Canadians expect us to act now," he added.',
     "This is a crisis", "Justin Trudeau", "syntax"),
    # 12 mixed curly and straight marks (the sample article's style)
    ("12-mixed", '“In recent months we have seen real progress," John Kerry told a London news conference.',
     "In recent months", "John Kerry", "syntax"),
    # 12 two apostrophes as a double mark (NYT style)
    ("12-nyt", "''The message is clear to everyone,'' Mr. Kamin said.", "The message is clear", "Kamin", "syntax"),
    # 14 partial quote inside reported speech
    ("14-partial", 'Boris Johnson said the deal was "a great day for the country" and promised more.',
     "a great day for the country", "Boris Johnson", "syntax"),
    # a fragment belongs to its own reporter, not to a cue coordinated with or above it
    ("fragment-conj", 'Ted Cruz said he would make the sand "glow in the dark," and Donald Trump vowed to "bomb the hell" out of the Islamic State.',
     "bomb the hell", "Donald Trump", "syntax"),
    ("fragment-advcl", 'After Antonin Scalia said that such students might do better at "less advanced schools," Donald Trump attacked him.',
     "less advanced schools", "Antonin Scalia", "syntax"),
    ("what-x-called", 'Cleveland sought the convention in the hopes of shedding what Dan Gilbert called "a perception problem."',
     "a perception problem", "Dan Gilbert", "syntax"),
    # a passive cue's agent is the speaker, not its grammatical subject
    ("passive-by", 'This feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, a professor.',
     "strategic ambiguity", "Joshua Hendrick", "syntax"),
    # people sharing a surname: a bare surname is the one named last before it, a title's gender decides
    ("shared-surname", 'Rep. Alan Grayson is running for the Senate. His fiancee, Dena Grayson, wants his House seat.\n\n'
     'Dena Grayson spoke at a rally on Monday. "I will win this seat," Grayson said.\n\n'
     'Alan Grayson was in Washington. "She will win," Grayson said.', "I will win this seat", "Dena Grayson", "syntax"),
    ("shared-surname-title", 'Joe Smith and his wife, Mary Smith, run a bakery in Ohio.\n\n'
     '"We work every day," Mrs. Smith said. "It is hard on the family," Mr. Smith said.', "It is hard on the family", "Joe Smith", "syntax"),
    # a document speaks for the author it names, else stays a description
    ("document-from", '"We are not going anywhere," said a statement from the Sierra Club.', "We are not going anywhere",
     "Sierra Club", "syntax"),
    ("document-by", '"The defendants knowingly misled investors," says the lawsuit filed by Maria Lopez last week.',
     "The defendants knowingly", "Maria Lopez", "syntax"),
    ("document-alone", '"The defendants knowingly misled investors," the lawsuit says.', "The defendants knowingly",
     "the lawsuit", "syntax"),
    # 17 unusual cue verbs
    ("17-wrote", '"We will build a city on Mars by 2050," Elon Musk wrote on Twitter.', "We will build a city", "Elon Musk", "syntax"),
    ("17-tweeted", '"The vote was rigged from the start," Donald Trump tweeted on Sunday.', "The vote was rigged", "Donald Trump", "syntax"),
    ("17-insisted", '"None of this was my fault," Mayor Eric Adams insisted at the briefing.', "None of this was my fault", "Eric Adams", "syntax"),
    # 18 dash byline
    ("18-dash", "“This decision protects consumers across the country.” ― Commissioner Geoffrey Starks",
     "This decision protects consumers", "Geoffrey Starks", "dash"),
    # a list of quotes, each with its speaker's name on a dash line of its own
    ("18-dash-line", 'Bernie Sanders and Hillary Clinton met in New Hampshire.\n\n"I went to Wall Street before the crash."\n\n- Clinton.\n\n'
     '"Boeing and GE pay zero taxes."\n\n- Sanders.\n\n- Clinton tends to overstate her role.', "Boeing and GE", "Bernie Sanders", "dash"),
    # a dash line with the name and what the speaker is after a comma
    ("18-dash-line-affiliation", 'Voters spoke after the rally.\n\n"We will win this state in November."\n\n'
     '- Maria Lopez, a nurse in Dayton.', "We will win this state", "Maria Lopez", "dash"),
    # 19 organisation speaker
    ("19-org", 'Google announced the results on Tuesday.\n\n"We take privacy very seriously," Google said in a statement.',
     "We take privacy very seriously", "Google", "syntax"),
    # 20 surname-only later mention resolves to the full name
    ("20-surname", 'Senator Elizabeth Warren questioned the bank chief.\n\nLater, Warren added: "You should resign today."',
     "You should resign today", "Elizabeth Warren", "syntax"),
    # 21 two people, the pronoun follows the most recent compatible subject
    ("21-gender", 'Mrs. Kamala Harris met Mr. Joe Biden at the White House.\n\n"We agreed on the plan for next year," she said.',
     "We agreed on the plan", "Kamala Harris", "syntax"),
    # datelines are not speakers
    ("dateline", 'LONDON (Reuters) - Donald Trump said the plan was "divisive, stupid and wrong" on Tuesday.',
     "divisive, stupid and wrong", "Donald Trump", "syntax"),
    # "as X put it" after the quote
    ("as-put-it", 'The requirement is a "lawful source of investment income," as a Homeland Security memo put it.',
     "lawful source of investment income", "Homeland Security", "as-clause"),
    # a quote ending in ? keeps its reporting clause
    ("question", '"Why would anyone vote for him?" Senator Amy Klobuchar asked the crowd.',
     "Why would anyone vote for him?", "Amy Klobuchar", "syntax"),
    # a name beside the second of two callings in apposition is the speaker, not the person the story is about
    ("two-callings", 'Accepting the award, Layla Haddad thanked her crew.\n\n"We argued for ten minutes," said the jury '
     'president, the actor Youssef Al-Amin, adding that the decision had been unanimous.', "We argued", "Youssef Al-Amin",
     "syntax"),
    # a question an "ask" puts right before it is the asker's, not the one who answers or is asked
    ("asked-before", 'When a reporter asked the sisters, "So which of you is the clever one?", Yasmin answered first. '
     '"Mum," she said.', "So which of you", "a reporter", "asked"),
    ("asked-by", 'The head of highways, Graham Tolland, gave evidence. Asked by the coroner, \'Why not?\', he replied: '
     '\'Because there was no budget.\'', "Why not?", "the coroner", "asked"),
    ("asked-passive", 'At the news conference, the minister, Ibrahim Maiga, was asked: "Will parliament ratify this '
     'before the rainy season?"\n\n"Yes," he replied.', "Will parliament ratify", None, "asked"),
    # colon lead-in with no speech verb
    ("colon-noun", 'Hoff\'s letter makes a libertarian case: "Followers of radical Islam hate everything we stand for."',
     "Followers of radical Islam", "Hoff", "lead-in"),
    # marks glued to the words outside them
    ("glued", 'Paul Ryan said,“Look, anti-Semitic images have no place in this campaign.”',
     "Look, anti-Semitic images", "Paul Ryan", "syntax"),
    ("glued-after", '“It is fine by me,”Hillary Clinton said on Monday.', "It is fine by me", "Hillary Clinton", "syntax"),
    # a reporting clause right after the quote wins over a lead-in before it
    ("after-wins", 'Shonda Rhimes declared the need for drive: "Change the world, then change it again," she said.',
     "Change the world", "Shonda Rhimes", "syntax"),
    # 7/19 the subject of the cue, not the nearest name
    ("7-subject", '"The economy is strong," the minister, speaking after a meeting with Angela Merkel, told reporters.',
     "The economy is strong", "the minister", "syntax"),
    # a verb the parser gave two subjects: the one beside it, not a place at the sentence start
    ("two-subjects", "Tuesday at Ohio State University in Columbus, OH, after winning Ohio in the primary, "
     "Gov. Mike DeWine (R-OH), said, “I’m getting ready for a long summer.”", "getting ready", "Mike DeWine", "syntax"),
    # a second report the parser joined to the first one's content
    ("added-to-content", 'Speaking to reporters, Jacinda Ardern said it was too soon to name a date but added, '
     '"We will know more next week."', "We will know more", "Jacinda Ardern", "syntax"),
    ("adding-to-content", 'The governor told a radio host that his rival "had a crazy plan which was maniacal," adding, '
     '"He lost every county in the state."', "He lost every county", "The governor", "syntax"),
    # a reporting clause the tagger broke: the verb taken for a noun, the subject for a modifier
    ("notes-tagged-apart", '"Look at the budget the mayor put out after the storm," Conway notes.', "Look at the budget",
     "Conway", "syntax"),
    ("read-tagged-apart", "“The city deserves better than another year of delays,” the editorial read.",
     "The city deserves better", "editorial", "syntax"),
    # an inverted subject the parser hung on a later verb
    ("inverted-hung-elsewhere", 'At a bakery near the square, a cashier was shaken by the news.\n\n"A man came in and '
     'said maybe we should start fighting them if they are fighting us," said the woman, who like many in the town did '
     'not want to be quoted by name because of the issue.', "A man came in", "the woman", "syntax"),
    # the audience of a message does not speak; its sender does
    ("audience-emailed", 'The Vermont senator emailed supporters saying: "The struggle continues" and vowing to compete.',
     "The struggle continues", "The Vermont senator", "syntax"),
    ("audience-to", 'Even before the mayor took the stage, her campaign sent out a text message to supporters saying: '
     '"With your help, we were just declared the winner in Ohio!"', "With your help", "her campaign", "syntax"),
    # colloquial "go" reports only what follows it; "went on about" reports what it is about
    ("go-not-a-cue", 'Cruz declined to comment. By contrast, Sen. Marco Rubio said that once the Senate goes on recess, '
     '“I intend to do as much as I can, wherever I can be helpful.”', "I intend to do", "Marco Rubio", "syntax"),
    ("went-on-about", 'As the senator went on about "how the system is rigged," the crowd cheered.', "how the system",
     "the senator", "syntax"),
    # a subordinate clause is no report of the quote beside it
    ("until-clause", 'Jason Sims, a teacher, says he was "kind of riding the fence" until Haley said she was backing the senator.',
     "riding the fence", "Jason Sims", "syntax"),
    # a surname the tagger did not know (tagged an adverb) is still the subject beside the cue
    ("unknown-surname-inverted", '"Having access to the file and two people who understand it is valuable," said Skelly, '
     'explaining he worked more closely with Chrabaszcz.', "Having access", "Skelly", "syntax"),
    ("unknown-surname-lead-in", 'Bill Skelly runs the data team.\n\n"Having access to the file is valuable," said Skelly, '
     'explaining he worked with Chrabaszcz, who put it into the national RNC file: "Vito is outstanding with data."',
     "Vito is outstanding", "Bill Skelly", "syntax"),
    ("unknown-surname", '"Having access to the file is valuable," Skelly said.', "Having access", "Skelly", "syntax"),
    ("unknown-surname-before", 'Bill Skelly runs the data team.\n\nSkelly said the file was "very valuable to us."',
     "very valuable", "Bill Skelly", "syntax"),
    # 8: a name in apposition to a phrase with a prepositional tail
    ("8-appos-of", '"The plan will fail," said the mayor of Paris, Anne Hidalgo.', "The plan will fail", "Anne Hidalgo", "syntax"),
    # a document the quote stands beside speaks for its author
    ("issued-a-statement", 'Immediately after the attacks, the governor issued a statement, “Last night, our state was '
     'attacked by a terrorist.”', "Last night, our state", "the governor", "syntax"),
    # a longer subject after the quote ("the 43-year-old"), which the parser hung from the quote
    ("age-subject", 'Serafinowicz posted the clip to YouTube on Thursday.\n\n“What if Donald Trump had elocution lessons?” '
     'the 43-year-old asked in the video’s description.', "What if Donald Trump", "43-year-old", "syntax"),
    # a subject the parser hung on an earlier word (here in apposition to "team")
    ("subject-hung-before", 'Although there is no such overlap with his team, a senior official who spoke anonymously to '
     'discuss internal strategy said Wednesday, "Certainly there are discussions between the two camps."',
     "Certainly there are", "a senior official", "syntax"),
    # a relative clause about a thing is no report of the quote beside it
    ("relcl-about-a-thing", 'In a video that the judge called "distasteful," Tom Baker expressed a desire to "burn the whole place down."',
     "burn the whole place down", "Tom Baker", "nearby"),
    # a cue in a clause of its own after a fragment, without a named subject, loses to the fragment's own subject
    ("cue-apart", 'Senator Ann Ruiz stood by her chief of staff, a "very decent and honest man," on Tuesday, '
     'hours after the aide was charged with fraud.', "very decent and honest man", "Ann Ruiz", "nearby"),
    # a participle after a fragment ('"…," telling Fox 35'): its object is whom it was told to
    ("participle-after-fragment", 'The Hale Foundation did not want to address “that person,” telling Fox 35 that the '
     'organization is focused on “ending senseless gun violence.”', "ending senseless", "Hale Foundation", "syntax"),
    # an inverted subject ends at the comma ("said Tom Baker, half joking")
    ("inverted-then-aside", "The union agreed to a new wage system.\n\n''I am better with my hands than with my head,'' "
     "said Tom Baker, half joking.", "better with my hands", "Tom Baker", "syntax"),
    # "As X put it, …" with X parsed as the object of "as"
    ("as-x-put-it", "The sitting judge who is least friendly to business is Ann Ruiz.\n\nAs Akhil Mehta, professor of "
     "constitutional law at Yale and author of ''The Quiet Court,'' put it, ''Senators should remember that a compromise "
     "candidate today may be far better for them.''", "Senators should remember", "Akhil Mehta", "syntax"),
    # a name with a relative clause after it, which the parser made the cue's content
    ("relative-clause-as-content", 'Tom Baker, meanwhile, who sits at zero such endorsements, said that fact speaks '
     'volumes about which of the two candidates is "prepared to take on the establishment."', "prepared to take on",
     "Tom Baker", "syntax"),
    # a clause with a subject of its own leading into the quote is its report, not an aside
    ("as-x-yelled", '"There is a young man who is having some problems," Ann Ruiz said as the heckler yelled: '
     '"You are a fraud!"', "You are a fraud", "heckler", "syntax"),
    # a preposition the parser took for the subject ("Of Carson, Levine, who …, said")
    ("of-x-name-said", 'Of Carson, Levine, who has given money to Marco Rubio, said, "He is flat-out scary. I think he '
     'is a wonderful man."', "flat-out scary", "Levine", "syntax"),
    # the possessor of a noun of speech said the words it introduces
    ("speech-noun-that", "Governor Tom Baker spoke in Ohio on Friday.\n\nHe was challenged over his statement on "
     "Wednesday that ''the budget is dead,'' but he kept his temper in check.", "the budget is dead", "Tom Baker", "syntax"),
    ("speech-noun-possessor", "Donald Trump's accusation that Hillary Clinton is playing the \"woman's card\" and would "
     "be a failed candidate if she were a man is now part of the conversation.", "woman's card", "Donald Trump", "syntax"),
    # "One of …, a name," as the reporter: the name in apposition, not a name further down
    ("one-of-subject", "One of the company's top lawyers, Maria Lopez, later testified in court that \"none of the "
     "records at the plant\" were destroyed by Tom Baker.", "none of the records", "Maria Lopez", "syntax"),
    # a verb with a subject casting its object as the quoted words: the subject's characterisation
    ("casts-as", 'Governor Ann Ruiz admires the French president as a “strong leader,” comparing him favorably to her rival.',
     "strong leader", "Ann Ruiz", "syntax"),
    # ... in a clause with a subject of its own, after another's report
    ("casts-as-own-clause", 'Ruiz proposed a debate in Ohio on Monday - but the Baker campaign rejected the idea as '
     '"ludicrous" because of a football game that night.', "ludicrous", "Baker", "syntax"),
    # a colon lead-in: the name a preposition governs is whom the words went to, save in a verbless "More from X:"
    ("lead-in-to-whom", 'Senate leader Mitch McConnell delivered a blunt message to Donald Trump: "It is time to stop '
     'attacking people and get on message."', "It is time to stop", "Mitch McConnell", "lead-in"),
    ("lead-in-dash-name", 'The regional split has been important for the early contests - Tomas Whitlow: “Two weeks '
     'ago, his strongest territory had been the South. Now, it is the Northeast.”', "Two weeks ago", "Tomas Whitlow", "lead-in"),
    ("lead-in-dash-credit", 'There was a lot shifting on the ground in Iowa.\n\nPollsters agree - Ana Ruiz: “One of the '
     'biggest lessons was a simple one: keep on contacting voters as late as possible.”', "biggest lessons", "Ana Ruiz",
     "lead-in"),
    ("lead-in-more-from", 'What that means for the vote - More from Jane Smith: "The state is a starting point for everyone."',
     "The state is a starting point", "Jane Smith", "lead-in"),
    # the sentence after a floating quote leads in to a quote of its own: no reporting clause of the first
    ("next-leads-in", 'The couple spoke at the shelter on Tuesday.\n\n"We are refugees," Ana Lopez said. "We are not criminals." '
     'Tom Baker said: "The attack was the work of extremists."', "We are not criminals", "Ana Lopez", "inherited"),
    # a quote alone in its paragraph after a reporting verb whose subject the NER did not take for a person
    ("previous-untagged-name", 'The party met in Ohio on Friday.\n\nIf anything, Ash argued in his email, the fight shows why '
     'the rules must change.\n\n"Is it wise to give the chair so much power over the whole convention?"', "Is it wise",
     "Ash", "previous"),
    # a list the sentence before brings in, each item a label and a colon: the person who brings it in
    ("previous-list-of-labelled-items", 'Dr Amal Haddad, who runs the fever clinic, said cases had doubled.\n\nHis '
     'neighbour, Rana Saleh, said the queue began at dawn. "We waited six hours," she said.\n\nHaddad had a short '
     'list of advice for parents.\n\nOn fever: "Do not wait three days to see if it passes. Come on day one."',
     "Do not wait three days", "Amal Haddad", "previous"),
    # "what state media described as": a cue with its own subject naming its object is that subject's
    ("what-its-own-subject-described-as", 'Beijing has urged carmakers to stop what state media described as '
     '"reckless" discounting.', "reckless", "state media", "syntax"),
    # a lead-in whose subject is someone's thing is theirs; one with no subject gives a time, not a speaker
    ("lead-in-of-a-persons-plans", 'Sara Lund, 54, lost her sight in 2019. The assessment came from Professor Kwame '
     'Asante, who chairs the ethics board.\n\nLund\'s own plans are simple: "I want to see my son graduate next '
     'summer."', "I want to see my son", "Sara Lund", "lead-in"),
    ("lead-in-of-a-time-only", 'Faith Atieno, 12, walks four kilometres to school. Asked what she liked most, she '
     'answered: "Lunch." Then, after a moment\'s thought: "And science."', "And science", "Faith Atieno", "inherited"),
    # a participle hung on what someone let happen is that someone's doing
    ("participle-after-let", 'When the singer tried to leave the stage, the crowd refused to let her go, chanting "One '
     'more song!" for several minutes.', "One more song", "the crowd", "syntax"),
    # a denied report is no source: the fragment is what the inner reporter said
    ("negated-outer-report", 'Comey cannot say that "from his perspective," Tom Baker added, saying it should be '
     '"up to the prosecutor to move forward or not."', "up to the prosecutor", "Tom Baker", "syntax"),
    # a transcript lead-in with a party tag before its colon
    ("party-tag-lead-in", 'The committee heard from both parties.\n\nRep. Maxine Waters (D-Calif.): "We will not be silenced by anyone."',
     "We will not be silenced", "Maxine Waters", "lead-in"),
]


@pytest.mark.parametrize("case,text,words,speaker,method", CASES, ids=[c[0] for c in CASES])
def test_hard_case(case, text, words, speaker, method):
    quotes = [q for q in analyze(text) if q.is_speech]
    found = [q for q in quotes if words in q.content(text)]
    assert found, f"no quote containing {words!r}: {[q.content(text) for q in quotes]}"
    q = found[0]
    if speaker is None:
        assert q.speaker is None, f"{q.speaker!r} for a quote the article credits to no one"
    else:
        assert q.speaker is not None and speaker.lower() in q.speaker.lower(), f"{q.speaker!r} != {speaker!r}"
    assert q.method == method


def test_an_age_in_words_is_the_person_of_that_age():
    # "the nine-year-old" (this used to crash: an age written as a word)
    text = ("Cian Kinsella, nine, was to play the donkey's minder. His mother, Aoife Kinsella, was furious.\n\n"
            "\u201cJimmy doesn\u2019t even know he\u2019s in a play,\u201d the nine-year-old said.")
    (quote,) = analyze(text)
    assert quote.speaker == "Cian Kinsella"


def test_a_hearing_exchange_alternates_between_the_questioner_and_the_one_questioned():
    # the paragraph before the first question names whom it is put to; then the turns alternate,
    # questions or not
    text = ("At the hearing, Councillor Ruth Abernethy questioned the city's treasurer, Olumide Bankole, for an hour.\n\n"
            "\u201cWhen did you first learn of the overspend?\u201d Abernethy asked.\n\n"
            "\u201cIn the spring of 2023.\u201d\n\n"
            "\u201cAnd you told nobody.\u201d\n\n"
            "\u201cI told the chief executive the same day.\u201d\n\n"
            "\u201cIn writing?\u201d\n\n"
            "\u201cVerbally, then in writing.\u201d")
    assert [q.speaker for q in analyze(text)] == ["Ruth Abernethy", "Olumide Bankole", "Ruth Abernethy",
                                                  "Olumide Bankole", "Ruth Abernethy", "Olumide Bankole"]


def test_a_hearing_exchange_starts_from_who_asked_and_words_put_to_the_last_speaker_are_the_askers():
    text = ("The chief executive, Malcolm Voss, appeared in the afternoon.\n\n"
            "Counsel assisting, Natalie Papadopoulos, read the email aloud and asked him what the phrase meant.\n\n"
            "\u201cIt meant we could not hire,\u201d Voss said.\n\n"
            "\u201cEven at night?\u201d\n\n"
            "\u201cI don\u2019t recall seeing that email.\u201d\n\n"
            "\u201cIt was addressed to you, Mr Voss.\u201d\n\n"
            "Commissioner Lynette Carmody interrupted. \u201cMr Voss, consider that answer carefully.\u201d")
    assert [q.speaker for q in analyze(text)] == ["Malcolm Voss", "Natalie Papadopoulos", "Malcolm Voss",
                                                  "Natalie Papadopoulos", "Lynette Carmody"]


def test_split_quote_is_one_quote_with_two_parts():
    text = '"This is a disaster," Tom Smith said, "and it will only get worse."'
    (q,) = [q for q in analyze(text) if q.is_speech]
    assert len(q.parts) == 2
    assert [text[p.start : p.end] for p in q.parts] == ["This is a disaster,", "and it will only get worse."]
    assert q.mention is not None and text[q.mention.start : q.mention.end] == "Tom Smith"
    assert q.cue is not None and text[q.cue.start : q.cue.end] == "said"


def test_a_new_sentence_with_its_own_reporter_starts_a_new_quote():
    text = ('"We were not happy," said Jock Finlayson, head of policy. Now, "the business community is O.K."\n\n'
            '"Best ending to a show ever," one viewer wrote on X. Another posted: "I\'m still processing."')
    assert [len(q.parts) for q in analyze(text)] == [2, 1, 1]


def test_a_short_answer_after_said_is_a_whole_sentence_not_a_fragment():
    text = 'Asked whether she would run again, Senator Ann Marsh said, "No." A spokesman for Amazon said, "We disagree."'
    quotes = analyze(text)
    assert [(text[q.start : q.end], FLAG_PARTIAL in q.flags) for q in quotes] == [('"No."', False), ('"We disagree."', False)]


def test_words_that_came_from_someone_or_were_how_they_put_it_are_their_speech():
    text = ('The strongest words came from Sen. Bernie Sanders: "This is a betrayal of working people."\n\n'
            '"It\'s dead on arrival," was how House Speaker Mike Johnson put it.\n\n'
            'Governor Ann Smith heard the news on Monday. Smith\'s response was swift: "This is a disgrace."\n\n'
            '"Time will tell" was all Senator Bob Jones would say.')
    quotes = analyze(text)
    assert [(q.speaker, q.is_speech) for q in quotes] == [("Bernie Sanders", True), ("Mike Johnson", True),
                                                          ("Ann Smith", True), ("Bob Jones", True)]


def test_multi_paragraph_quote_is_one_quote():
    text = 'Justin Trudeau spoke.\n\n"This is a crisis for the whole country.\n\n"Canadians expect us to act now," he added.'
    speech = [q for q in analyze(text) if q.is_speech]
    assert len(speech) == 1
    q = speech[0]
    assert q.has("multi_paragraph") and len(q.parts) == 2
    assert q.speaker == "Justin Trudeau"


def test_unclosed_quote_closes_at_paragraph_end_and_is_flagged():
    text = 'Mayor Eric Adams spoke. "The city is safe and getting safer.\n\nOfficials said crime fell.'
    quotes = analyze(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.has("unclosed")
    assert text[q.parts[0].start : q.parts[0].end] == "The city is safe and getting safer."


def test_nested_quote_is_kept_apart_from_the_outer_speaker():
    text = "\"He told me, 'Do not come back,' and then he left,\" said Anna Park."
    quotes = analyze(text)
    outer = [q for q in quotes if not q.has("nested")]
    inner = [q for q in quotes if q.has("nested")]
    assert len(outer) == 1 and outer[0].speaker == "Anna Park"
    assert len(inner) == 1 and inner[0].content(text) == "Do not come back,"
    assert inner[0].speaker is None  # "He" is nobody the article names


def test_a_quote_inside_a_quote_is_whom_the_outer_speaker_reports():
    text = ('Nora Quill ran the bakery on Mill Street for forty years.\n\n"My mother told me, \'Never sell bread you '
            'would not eat yourself.\' I said, \'Then I will eat a lot of bread,\'" Quill said.\n\nHer son, Declan '
            'Quill, said she worked until the end. "She used to say, \'The oven does not care if you are tired,\'" he '
            'said. "A customer once asked her, \'Why so early?\'"')
    quotes = analyze(text)
    assert [q.speaker for q in quotes if not q.has("nested")] == ["Nora Quill", "Declan Quill", "Declan Quill"]
    inner = [q for q in quotes if q.has("nested")]
    assert [(q.speaker, q.mention.text(text), q.method.value) for q in inner] == [
        ("Nora Quill's mother", "My mother", "nested"), ("Nora Quill", "I", "nested"),
        ("Nora Quill", "She", "nested"), ("A customer", "A customer", "nested")]
    assert all(0 < q.confidence < 0.97 for q in inner)  # never accepted unread


def test_a_quote_inside_a_quote_is_from_the_reporter_nearest_it():
    # the subject nearest the inner quote reports it, and a description ends at the person it names
    text = ("Ifeoma Nwachukwu, 44, has written three novels. 'It was only after the Women's Prize that I could say "
            "to her, \"Mummy, books are feeding me now,\"' Nwachukwu says. 'Then one day the director came to watch "
            "class and afterwards he said, \"Can you learn Myrtha?\"' she says.")
    inner = [q for q in analyze(text) if q.has("nested")]
    assert [(q.speaker, q.mention.text(text)) for q in inner] == [("Ifeoma Nwachukwu", "I"), ("the director", "the director")]


@pytest.mark.parametrize("text,speaker", [
    # "he" or "she" in the outer quote, however long the clause before the cue, is the person the
    # article is most about, of the pronoun's gender where as many are named
    ('Harold Fenwick kept the lighthouse for 30 years. Fenwick died on Monday.\n\n"He would walk in the door '
     'smelling of paraffin and salt, put down his kit bag and say to my mother, \'Well, Margaret, the light is '
     'still burning,\'" his daughter, Ruth Fenwick, said.', "Harold Fenwick"),
    ("The air conditioner dates from the Reagan administration. His wife, Carmen Delgado, kept the books.\n\n"
     '"My mother was the real boss," Marisol Delgado said. "She would sit at that desk and say, \'Ruben, we '
     'can\'t afford new gloves,\' and he would buy them anyway."', "Carmen Delgado"),
    # a name the NER passed over beside a calling is a person's ("the Nigeria striker Emeka Nwosu":
    # no entity to the NER, and a first name it does not know)
    ("Castlebridge United have agreed a club-record fee to sign the Nigeria striker Emeka Nwosu from the Belgian "
     "side KV Oostmeer.\n\n‘When Castlebridge first called, the first thing Emeka said to me was, “Is this "
     "real?” He could not believe it,’ his agent, Chidi Okeke, told reporters.", "Emeka Nwosu"),
], ids=["he-in-an-obituary", "she-of-her-gender", "a-name-beside-a-calling"])
def test_a_quote_inside_a_quote_is_whom_the_outer_words_name(text, speaker):
    (inner,) = [q for q in analyze(text) if q.has("nested")]
    assert inner.speaker == speaker


def test_a_place_in_the_reporting_clause_reports_nothing():
    # "the second floor" ends like a doer's noun ("-or"), and is none
    text = ("Elif Kaya, 34, has lived in the building for ten years. \"Every night I think about it,\" Kaya said. "
            "\"My neighbour on the second floor says, 'God will protect us.'\"")
    inner = [q for q in analyze(text) if q.has("nested")]
    assert [q.speaker for q in inner] == ["Elif Kaya's neighbour"]


def test_a_quote_inside_a_quote_from_a_relative_or_calling_named_beside_it_is_theirs():
    # "My manager, Ricardo Fonseca, … said, '…'": the name beside the calling (this used to crash)
    text = ('The singer Luana Prado nearly did not release the album at all. "My manager, Ricardo Fonseca, listened to '
            'the demos and said, \'Luana, this is the best thing you have made.\' So I kept going," Prado said.')
    quotes = analyze(text)
    assert [q.speaker for q in quotes if not q.has("nested")] == ["Luana Prado"]
    assert [q.speaker for q in quotes if q.has("nested")] == ["Ricardo Fonseca"]


@pytest.mark.parametrize("text,speaker", [
    # "Dad", "Mum", "Nana" in an outer quote are the outer speaker's own relative: the one of the
    # family the article names, else a description of them
    ("Fisherman Kieran Penrose, 47, was hauling crab pots with his daughter, Tegan Penrose, 15, when she saw a "
     "kayak.\n\n\u201cDad always says, \u2018Lifebuoy first, heroics never,\u2019 so that\u2019s what I did,\u201d "
     "Tegan said.", "Kieran Penrose"),
    ("Bao Tran, 34, and his mother, Mai Tran, 61, run the orchard.\n\n\u201cMum rang at 6am and said, \u2018Is the creek "
     "up yet?\u2019\u201d Bao Tran said.", "Mai Tran"),
    ("Tadeusz Kowalczyk, 80, moved into unit 14 in 1979. His daughter, Anna Kowalczyk, voted to sell.\n\n"
     "\u201cMy dad keeps saying, \u2018We fix it ourselves, like before.\u2019 He can\u2019t go up a ladder any more,\u201d "
     "Anna Kowalczyk said.", "Tadeusz Kowalczyk"),
    ("Shauna O\u2019Neill, 26, fights on Saturday.\n\n\u201cNana said, \u2018Don\u2019t hurt her face.\u2019 I laughed,\u201d "
     "O\u2019Neill said.", "Shauna O\u2019Neill's nana"),
], ids=["dad-named", "mum-named", "my-dad-keeps-saying", "nana-unnamed"])
def test_a_quote_inside_a_quote_from_the_speakers_parent_is_theirs(text, speaker):
    (inner,) = [q for q in analyze(text) if q.has("nested")]
    assert inner.speaker == speaker


def test_apostrophes_are_not_quotes():
    text = "It's the students' union, O'Brien said of the '90s rock 'n' roll scene."
    assert analyze(text) == []


def test_scare_quotes_and_titles_are_not_speech():
    text = 'She starred in "The Lord of the Rings" and appeared on "Face the Nation" last week.'
    quotes = analyze(text)
    assert quotes and all(not q.is_speech for q in quotes)


@pytest.mark.parametrize("text", [
    # the second of a list of titles, after "and"
    'Serafinowicz, who starred in "Parks and Recreation" and "Guardians of the Galaxy," posted the clip on Thursday.',
    # a title with a subtitle after a colon
    'Mexican newspapers have been reading his new book, "Crippled America: How to Make America Great Again," for clues.',
    # a title that opens with a number
    'The movie, "13 Hours: The Secret Soldiers of Benghazi," is based on a book co-written by the contractors.',
    # a thing's name after "called"
    'She has built her brand around the cause, writing a book called "Women at Work" and leading the charge.',
    'A radio host in Halifax has set up a website called "Nova Scotia If Trump Wins" that pitches the island.',
    # a title with its kind in apposition, a pen name
    'To top it off, "Gang Land," a movie about Chicago violence, opens in the city this week.',
    'He wrote under the pseudonym "Carlos Danger," but it did not help.',
    'At an event billed as "Hard Hats for Hillary," the candidate unveiled a plan.',
    'The new project will informally be dubbed the "Defeat Crooked Hillary PAC" and will focus on attack ads.',
    # a role or a title something is given "as"
    'The actor was hired after the studio cast him as the villain in “Dark Water” last year.',
    'Time Magazine chose the German chancellor as its “Person of the Year” for 2015.',
    # a work of art or a performance, a nickname given
    'Mbeki, whose debut “Salt on the Window” transferred to the West End, has written a second play.',
    'At the launch, the choir sang "Abide With Me" before the mayor cut the ribbon.',
    'Her exhibition, “Harbour Lights”, opens next month at a gallery in Bermondsey.',
    "The keeper — dubbed 'The Great Wall' by the home fans — saved two penalties.",
    # a work as it came out, works a kind gives examples of, a name something goes under
    'The novel, first published in Polish as "Dom nad Rozlewiskiem", was longlisted on Tuesday.',
    'Songs such as "Noite de São João" drew singalongs that drowned out the speakers.',
    'The union will hold a tribute concert next month under the banner "Maestro Forever".',
])
def test_titles_in_lists_with_subtitles_or_numbers_are_not_speech(text):
    quotes = analyze(text)
    assert quotes and all(not q.is_speech for q in quotes)


@pytest.mark.parametrize("text", [
    'Tenants in the city now fear what activists call the word "renoviction" and what it means for them.',
    'Senator Ted Cruz has coined a new phrase, "undocumented Democrats," to describe them.',
    'Hillary Clinton promised to stop using the term "illegal immigrant" during her campaign.',
    'Her placard read "No justice, no peace" as she marched down Broad Street.',
    'A man in the crowd wore a shirt that read "Settle for Hillary" all evening.',
    'Many wore buttons reading "Save the Eastside Branch" at the meeting.',
    # a nickname or a name a business gives a thing; a song, a journal with its kind beside it
    "Locals blame a gull they have nicknamed 'Big Gary' for the raids on chip shops.",
    'She spent the presentation on the phone\'s assistant, which the company calls "Pilot".',
    'The shelter will waive fees this weekend, during an event it calls "Clear the Kennels."',
    'The team reported the findings in the journal "Neurology and Ageing" on Monday.',
    'She said she had cried during "Tidewater", the band\'s closing song.',
    'A severe flood warning, meaning "danger to life", remains in place for the lower Tarrant.',
    # a name a thing goes by, a paper's title in any case
    'Supporters at Riverside Stadium have already started calling the teenager "Little Mo."',
    'Crews saw a fire whirl, a spinning column of flame that firefighters sometimes call a "firenado," near Ashby.',
    # a name a kind of people gives a thing
    'Every client reconnected at once, overwhelming the servers, a pattern engineers refer to as a "stampede".',
    'Buyers use a tactic that property bloggers have branded "rent stacking": buying a duplex and letting half.',
    'Opponents, who have nicknamed the bill the "gag law", say it silences charities.',
    'Many young men have turned to illegal gold mining, known locally as "galamsey".',
    'Fans have long called her "the queen of the late-night diner," a nickname she finds odd.',
    'Marko Kovac, who was known to team-mates as "the gentle giant of Split" because of his height, scored twice.',
    'Councillor Ivo Brandt, whom rivals on the council call "the man who never sleeps", won again.',
    'Prices rose faster than wages, a squeeze economists call "real-terms erosion".',
    'The study, titled "Thermal refugia and novel symbiont acquisition in a reef system," appeared on Monday.',
    'The paper, published under the title "Heat memory and the limits of recovery in kelp forests", tracked 900 sites.',
    'The drought has reignited a dispute over export taxes, known in Argentina as "retenciones", on soybeans.',
    # a name with its kind after a word that qualifies it
    'Ms. Harlan also said the company would revive its "Taste of Home" advertising campaign in November.',
    # one of the signs just named reads it
    'About 60 people packed the chambers. Others held handmade signs. One read "Save the Depot" in green letters.',
    # a name given: a gang's, a prototype's, a dog's
    'The raids led to the gang being dubbed "the Grey Van Crew" in local media.',
    'Early prototypes, she said, were nicknamed "the welding goggles" by staff.',
    'Biscuit, who has been nicknamed "the Welsh Wanderer" by fans online, is home.',
])
def test_terms_under_discussion_and_slogans_on_signs_are_not_speech(text):
    (q,) = analyze(text)
    assert not q.is_speech


@pytest.mark.parametrize("text", [
    '"The mission is to destroy ISIS, not to contain it," Bush said.\n\n"Containment" has been U.S. policy against major foes since the Korean War.',
    '"I wanted to show the good that banks do," Ms. Sherry said.\n\n"Opening Belle," which will be in bookstores on Tuesday, is a twist on a genre.',
    # a term glossed in parentheses before its verb
    '"The plan is a disgrace," Senator Ana Ruiz said.\n\n"Refoulement" (forced return) is banned by international law.',
    # a title in Title Case, with an aside or a participle before the sentence's verb
    '"I was so tired of writing about him," she said. "Tell My Sister" — the album\'s emotional center — is a letter.',
    '"She came in with 40 songs," Marchetti said. "Coyote Radio," built around a looped snippet, overstays its welcome.',
    '"I read constantly," Vale said. "Salt Year" (Halcyon Records), her fourth album, is looser than anything before.',
])
def test_a_term_or_title_that_opens_a_sentence_as_its_subject_is_not_speech(text):
    first, term = analyze(text)
    assert first.is_speech and not term.is_speech


@pytest.mark.parametrize("text", [
    'Bill Clinton will fix the economy because, in her words, "he knows how to do it."',
    # words in Title Case that open a sentence, with a reporting clause after them
    'The crowd gathered at noon. "Go Home Now," the officer shouted at them.',
    'One provided a copy. "Family Medical Leave," the document states, becomes available after a year.',
])
def test_words_someone_said_are_still_speech(text):
    (q,) = analyze(text)
    assert q.is_speech


@pytest.mark.parametrize("text", [
    'The senator mocked his rival, whom he called "Little Marco," at the rally.',
    'The senator, whom Trump has called the "Little Senator," answered.',
])
def test_a_name_someone_called_another_is_still_speech(text):
    (q,) = analyze(text)
    assert q.is_speech


def test_a_headline_credited_by_its_author_is_not_speech():
    # a digest's links: the quoted words are an article's headline, "by" its writer
    text = ("SHORT READS:\n\n"
            '—"An NYPD sketch artist gets a gallery show," by Hyperallergic\'s Carey Dunne: http://bit.ly/1NSbMIk.\n\n'
            '—"Posthumous books could come with a lot of dollar signs," by the Boston Globe\'s Joseph Kahn.\n\n'
            '"We are thrilled with the turnout," the gallery owner, Ana Ruiz, said.')
    quotes = analyze(text)
    assert [q.content(text) for q in quotes if q.is_speech] == ["We are thrilled with the turnout,"]


def test_names_someone_called_a_person_in_a_list_are_still_speech():
    text = 'Clinton said Trump called the pageant winner "Miss Piggy" and "Miss Housekeeping" in 1996.'
    quotes = analyze(text)
    assert len(quotes) == 2 and all(q.is_speech for q in quotes)


def test_so_called_scare_quote_is_not_speech():
    text = 'The so-called "experts" were wrong again about the weather.'
    assert all(not q.is_speech for q in analyze(text))


def test_first_person_outside_quotes_is_the_author():
    text = '"We stand by our reporting," we said in a note to readers.'
    (q,) = analyze(text)
    assert q.speaker_kind is SpeakerKind.AUTHOR


@pytest.mark.parametrize("text,author", [
    # a columnist's tagline at the foot names the "I" of the column
    ("I tried it on the man who fills the vending machine. 'Not bad,' I said.\n\nGwen Pritchard writes for these "
     "pages every Saturday.", "Gwen Pritchard"),
    # in an interview's answer, "I" is who answers, not the interviewer
    ("Q&A: the lifeboat coxswain Huw Rhydderch\n\nMorgan: Which rescue do you think about most?\n\nRhydderch: A "
     "couple on the rocks in 1998. I told him, \"You can be sorry tomorrow. Tonight you are just cold.\" They both "
     "lived.", "Huw Rhydderch"),
])
def test_the_first_person_is_the_writer_or_the_one_who_answers(text, author):
    assert [q.speaker for q in analyze(text)] == [author]


def test_thought_cue_is_flagged():
    text = '"Why am I doing this?" the annotator wondered.'
    (q,) = analyze(text)
    assert q.has("thought")


def test_self_named_quote_is_flagged():
    text = '"Nobody works harder than Trump," Donald Trump said.'
    (q,) = analyze(text)
    assert q.has("self_named")


def test_a_transcript_label_is_not_the_speaker_naming_himself():
    text = ('Partial transcript as follows:\n\n"WALLACE: Will Gennifer Flowers be there tomorrow?\n\n'
            '"PENCE: She will not be attending the debate tomorrow night.')
    asked, answered = analyze(text)
    assert (asked.speaker, answered.speaker) == ("Wallace", "Pence")
    assert not asked.has("self_named") and not answered.has("self_named")


def test_anonymous_speaker_is_not_forced_onto_a_name():
    text = 'John Kerry arrived on Friday.\n\n"The talks went well," a senior U.S. official said.'
    (q,) = analyze(text)
    assert q.speaker_kind is SpeakerKind.ANONYMOUS
    assert "Kerry" not in (q.speaker or "")


def test_group_speaker():
    text = 'Kurdish fighters said they have launched a new "large-scale offensive" against the militants.'
    (q,) = analyze(text)
    assert q.speaker == "Kurdish fighters" and q.speaker_kind is SpeakerKind.GROUP


def test_people_table_merges_surname_and_title_forms():
    text = (
        "Iraq's Prime Minister Haider al-Abadi met donors.\n\n"
        '"Oil prices have dropped," Abadi said. "It has been disastrous for us," he said during a news conference with Hammond and Kerry.'
    )
    analysis = analyze_document(text)
    people = {p.name: p for p in analysis.people}
    assert "Haider al-Abadi" in people
    assert "Abadi" in people["Haider al-Abadi"].aliases
    assert people["Haider al-Abadi"].role == "Prime Minister"
    assert [q.speaker for q in analysis.speech] == ["Haider al-Abadi", "Haider al-Abadi"]


# Who a pronoun, a surname or an epithet names: (case, text, the speakers of its quotes in order).
WHO = [
    # "the company" is the business that has just spoken, whatever its name (not one of its staff)
    ("the-company-that-spoke", 'Workers at the Cerro Alto mine walked out on Monday. The mine, operated by Minera '
     'Cordillera Austral, produced 310,000 tonnes of copper last year.\n\nMinera Cordillera Austral said in a '
     'statement that the demands were "incompatible with the long-term sustainability of the operation".\n\n"We '
     'remain open to dialogue within a responsible framework," the company said.',
     ["Minera Cordillera Austral", "Minera Cordillera Austral"]),
    # "the agency" is the public body named last whose name says it is one (by its initials too)
    ("the-agency-named-last", 'The National Weather Service office in Shreveport, La., which covers the area, had '
     'issued a flash flood warning shortly after 11 p.m. Sunday.\n\n"This is a life-threatening situation. Seek '
     'higher ground now," the agency said in the alert.\n\nThe FBI opened an inquiry on Monday. "We take every '
     'threat seriously," the agency said.', ["National Weather Service", "FBI"]),
    # a name someone gave as theirs is theirs, though the NER passed over it and the parser read
    # "as Emeka said" as a clause of its own
    ("a-name-given-the-ner-passed-over", 'Chukwuemeka Nnaji, a former governor of Enugu State, praised the vote. '
     '"State police is necessary but not sufficient," he wrote.\n\nBut a taxi driver who gave his name only as Emeka '
     'said he did not trust local politicians with armed men. "In my village, the local government chairman already '
     'has his boys," he said.', ["Chukwuemeka Nnaji", "Emeka"]),
    # "the company" the story is about, named most, though never the subject of a clause
    ("the-company-named-most", 'Mumbai: Shares of Sarvodaya Steel Ltd fell as much as 9.2% on Thursday after the '
     'Pune-based company reported that its profit had almost halved. Analysts at Malabar Capital were not convinced.'
     '\n\nThe fall wiped billions off the value of Sarvodaya Steel Ltd.\n\nIn a filing with the stock exchanges, the '
     'company said its expansion at Raigad was "on track for commissioning in the fourth quarter".',
     ["Sarvodaya Steel Ltd."]),
    # "the engineer" is the one the article brought in as "One FitPulse engineer", not the
    # lecturer named before; a body the NER passed over is named whole, its possessor and all
    ("one-brought-in-by-one", '"This is not just an embarrassing leak," said Kwame Asante, a lecturer in cyber security '
     'at the University of Salford.\n\nThe Information Commissioner\'s Office said it had been notified of the breach '
     'and was "making enquiries."\n\nOne FitPulse engineer, who spoke on condition of anonymity, said staff had raised '
     'concerns months before. "We had one person doing security for the whole platform," the engineer said.',
     ["Kwame Asante", "Information Commissioner's Office", "One FitPulse engineer"]),
    # a Filipino surname with its particle ("dela Peña") is one name, not the first name alone
    ("a-name-with-dela", 'Hamad bin Salim Al-Rawahi, the Omani diplomat who led the mediation, met the sailors. '
     '"Today, I hope, those families will sleep," he told reporters.\n\n"I want to eat my mother\'s adobo and sleep '
     'for one week," said the ship\'s captain, Ramon dela Peña, 52, from Iloilo.',
     ["Hamad bin Salim Al-Rawahi", "Ramon dela Peña"]),
    # a father brought in by "whose father" is someone's relative: a bare "Mr Morrison" in the next
    # paragraph is the one the article is about
    ("a-relative-by-whose", 'Among the donors was Iain Morrison, 88, whose father, Angus Morrison, was the last '
     'principal keeper at Skerry Head before automation.\n\n‘I never understood it as a boy,’ said Mr Morrison, who now '
     'lives in Inverness.', ["Iain Morrison"]),
    # an unnamed barista who speaks is whose "she said" is, not the analyst quoted before her
    ("an-unnamed-barista", '"On paper this looks expensive," said Priyanka Deshmukh, a consumer analyst at Investec.'
     '\n\nA barista at a Grindhouse branch in Leeds, who asked not to be named, said staff had learned of the deal from '
     'the news. "We found out from the BBC app," she said.', ["Priyanka Deshmukh", "A barista"]),
    # "the group" is the body the article called a group beside its name
    ("the-group-called-so", 'Councillor Aoife Brennan-Walsh said the decision was final.\n\nThe campaign group Save '
     'Kilbride Libraries, whose members handed out badges outside the civic centre, said it would seek a judicial '
     'review.\n\n"We will see them in court," the group said in a statement.', ["Save Kilbride Libraries"]),
    # a document's words are its author's: whoever issued it, or whose it is
    ("a-statement-issued-saying", 'Mayor Dana Fuentes, who said last week that the audit was biased, issued a '
     'statement on Tuesday saying, "I regret the delay and take responsibility." The Guild of Resident Doctors '
     'sent a communique saying the strike would go ahead. Senator Ruth Okafor\'s fundraising email notes that the '
     'bill "is a disgrace."', ["Dana Fuentes", "Ruth Okafor"]),
    # "the statement" is by whoever the article said issued it, with another verb between
    ("a-statement-published-after-another-verb", 'Councillor Derek Ashcombe-Reilly called cyclists "parasites" '
     'on Saturday night.\n\nOn Sunday afternoon Mr Ashcombe-Reilly deleted the post and published a statement on '
     'his Facebook page.\n\n"Last night I posted something I should not have posted," the statement read.',
     ["Derek Ashcombe-Reilly", "Derek Ashcombe-Reilly"]),
    # a company called by the first word of its name before anyone of that name is named is the
    # company; its chief executive, named after, is a person of her own
    ("a-company-by-its-first-word", 'CHICAGO — Harlan Foods reported higher-than-expected quarterly profit on '
     'Thursday. Excluding one-time items, Harlan earned $1.51 a share.\n\n"We delivered solid profitability in a '
     'difficult environment," Harlan said in a statement.\n\nOn a call with analysts, Chief Executive Margaret '
     'Harlan said the second half would be "choppy."\n\n"The consumer is tired," Ms. Harlan said.',
     ["Harlan Foods", "Margaret Harlan", "Margaret Harlan"]),
    # a name the article calls a business is the business's, whatever the NER said (a person to it)
    ("a-business-the-ner-took-for-a-person", 'Payment app Lumora admits data left exposed\n\nLumora, the '
     'fast-growing payments app popular with students, has admitted that the details of 1.2 million customers were '
     'left on an unsecured server. The company said there was "no evidence" that the data had been misused.',
     ["Lumora"]),
    # "Mrs. Clinton" after Bill Clinton was named is still Hillary Clinton, and so is her "she"
    ("honorific-namesake", 'Hillary Clinton spoke in Ohio on Monday. Mrs. Clinton and former President Bill Clinton '
     'have worried for months about the vote.\n\nOn the trail, Mrs. Clinton regularly pledges to "make sure our '
     'economy works for everyone," as she put it on Wednesday.', ["Hillary Clinton"]),
    # "Sanders kept his campaign going": "his" says Sanders is a man, so "she" is his wife
    ("own-clause-gender", 'Bernie Sanders kept his campaign going through the last of the primaries. But Sanders '
     'advisers say there have been few talks, and his wife, Jane, offered a preview in an interview with The '
     'Washington Post.\n\n"We will continue no matter what," she said.', ["Jane"]),
    # "her Republican opponent" is Clinton's opponent: Trump stays free to be "he"
    ("apposition-no-gender", 'Hillary Clinton spoke on Monday. Donald Trump, her Republican opponent, bemoaned the '
     'unrest.\n\n"Drugs are a very big factor," he said.', ["Donald Trump"]),
    # "She says Tom Baker represents …": Baker is what she talks about; her next "She adds" is hers
    ("reported-subject", 'Senator Maria Lopez spoke at a rally in Toledo on Monday, her third stop of the day.\n\n'
     'She says Tom Baker represents the "same rigged system that he claims he is going to change." She adds, "What '
     'kind of genius loses a billion dollars in one year?"', ["Maria Lopez", "Maria Lopez"]),
    # "Bill Richardson" is a man: her "she" goes back past him to Nicole Hockley
    ("first-name-gender", 'Nicole Hockley met the governor on Monday. Later, Bill Richardson spoke to reporters about '
     'guns in schools.\n\n"We must act now, before another school is attacked," she said.', ["Nicole Hockley"]),
    # the answer is from whoever was asked
    ("asked-answers", 'Senator Bernie Sanders, 74, has released no medical records.\n\nLast month, reporter Scott '
     'Conroy asked Sanders whether questions about his health were fair game in the campaign.\n\n"Sure it is. I '
     'would not have run if I was not blessed," he said.', ["Bernie Sanders"]),
    # news calls the person it is writing about by an epithet, as it would say "he"
    ("epithet-senator", 'Marco Rubio ended his bid for the White House on Tuesday.\n\n"We will be fine," the '
     'Florida senator said.', ["Marco Rubio"]),
    ("epithet-businessman", 'Donald Trump spoke after Hillary Clinton at the forum in New York.\n\n"We need '
     'change," the New York businessman said.', ["Donald Trump"]),
    ("epithet-player", 'Jayson Tatum finished with 31 points for the Celtics.\n\n"They punked us in the fourth," '
     'the All-Star forward said.', ["Jayson Tatum"]),
    # but not one whose title says otherwise: the senator is no secretary of state
    ("epithet-other-title", 'Sen. Bernie Sanders spoke first in Iowa on Monday.\n\n"We need bold changes," the '
     'former secretary of state said.', ["the former secretary"]),
    # a surname is the person, not an organisation named after them
    ("surname-not-organisation", 'Donald Trump spoke in Ohio on Monday.\n\nTarla Makaeff filed a 2010 fraud lawsuit '
     'against Trump University.\n\nIn response, Trump wrote to Makaeff: "Only a fool would sign such a letter."',
     ["Donald Trump"]),
    # "another", "some", "one" name nobody named before
    ("quantifier-nobody", 'Hua Chunying, a spokeswoman for the ministry, declined to comment on the race.\n\n"Trump '
     'is very cute with a big mouth," one user wrote. "I hope he wins," another said.', ["one user", "another"]),
    # an adviser, an aide, supporters speak for themselves, not for the person they work for; an
    # ad is its author's
    ("aide-not-principal", 'Ted Cruz spoke in Texas on Monday.\n\n"He is staying in," a senior Cruz adviser said. '
     '"We are with him," Cruz supporters said. "He will fight on," one Cruz ad says.',
     ["a senior Cruz adviser", "Cruz supporters", "Ted Cruz"]),
    # an occupation before a name is the person's role, not part of the name
    ("occupation-title", 'Chef José Andrés arrived with food trucks. "People are hungry," Andrés said. Assemblywoman '
     'Claudia Tenney agreed. "We must help," Tenney said.', ["José Andrés", "Claudia Tenney"]),
    # an abbreviated rank ends no sentence: "Navy Capt." was a speaker of its own
    ("rank-abbreviation", '"We followed every rule," said Pentagon spokesman Navy Capt. Jeff Davis, who was asked '
     'about the strike. "It was lawful," said Army Sgt. Maria Lopez.', ["Jeff Davis", "Maria Lopez"]),
    # "her son, Diego," is a man named by kin though the NER calls him a place, and "he" is never
    # the woman who spoke last
    ("kin-apposition", 'When Maria Alvarez opened her bakery in 1998, the block was empty.\n\n"People told me I '
     'was crazy," she says.\n\nHer son, Diego, now runs the morning shift. "Mom still comes in at four," he says.',
     ["Maria Alvarez", "Diego"]),
    # a name beside the subject is the subject a later "he" goes back to
    ("appositive-subject", 'Roy Hermann, a retiree, spoke first. At the rally, 14-year-old Aubrey Pelletier held a '
     'sign. Her father, Brad, 39, worried that voters were not listening.\n\n"People are afraid of wasting their '
     'votes," he said.', ["Brad"]),
    # "the 46-year-old" is the person just named, not a name of its own
    ("age-epithet", 'LeBron James scored 38 points and the Lakers beat the Celtics on Sunday night.\n\n"We are not '
     'satisfied," the 39-year-old said.', ["LeBron James"]),
    # a surname that is also a word ("Tester") is still the person when the NER missed it there
    ("surname-the-ner-missed", 'Sen. Jon Tester chairs the campaign arm. Steve Daines met him on Monday. Tester '
     'credits the candidates -- but he said the race is "wide open."', ["Jon Tester"]),
    # a subject deep inside what someone says is not whom a later "he" means
    ("deep-reported-subject", 'Later, Marco Rubio claimed that voters face no bias and that President Barack Obama '
     'is to blame for the fears.\n\n"He continues to put out this fiction," he said.', ["Marco Rubio"]),
    # a bare surname far from a relative named in passing is the story's main bearer of it
    ("surname-main-bearer", 'Bernie Sanders rallied in Iowa on Monday. Sanders spoke for an hour about wages, and '
     'Sanders took questions from students. His wife, Jane Sanders, spoke briefly about the campaign\'s volunteers, '
     'who had knocked on thousands of doors across the state over the weekend, many of them in the rain and snow, '
     'and thanked the local organizers and the union members who had driven in from Des Moines and Cedar Rapids.'
     '\n\n"We really can win on Tuesday," said Sanders as he closed out.', ["Bernie Sanders"]),
    # but a relative the paragraph before is about, no one else named in it, is whom a bare surname
    # opening the next one means
    ("surname-relative-turned-to", '"Best one yet," said Bríd McInerney, who has chaired the festival committee '
     'since 2011.\n\nThe race was won by a crew rowing a currach built over the winter by skipper Colm McInerney — the chairwoman\'s son — and his uncle.\n\n"We were written off, to be '
     'honest," McInerney said afterwards.', ["Bríd McInerney", "Colm McInerney"]),
    # a team in the plural ("the Tides") is no person, the calling before a name ("coach Ngaire Te
    # Whatu") stands for the name, and "the captain" is not the coach named last
    ("team-coach-captain", 'Mele Tuilagi-Fonoti had promised her father she would "do something stupid" if it came '
     'down to the last minute.\n\nWith four seconds left, the Waitematā Tides captain did exactly that. Two passes '
     'later her younger sister, Lupe, was standing under the post.\n\nThe ball dropped through. The Tides won 62-61, '
     'and 4000 people in Wellington — at least half of them in Tides teal — made a noise that coach Ngaire Te Whatu '
     'later described as "like a jet landing on my head".\n\nThe sisters grew up on the same court.\n\n"She used '
     'to beat me when she was nine and I was 13," the 27-year-old captain said.',
     ["Mele Tuilagi-Fonoti", "Ngaire Te Whatu", "Mele Tuilagi-Fonoti"]),
    # a person the NER calls an organisation is still a woman that "she" goes back to
    ("person-tagged-organisation", 'Hillary Clinton leads the polls. Carly Fiorina offered her own approach on Monday.'
     '\n\n"I am the most qualified candidate to beat her," she said.', ["Carly Fiorina"]),
    # vox pops: each label names its speaker, not the place in it (the NER called "Akron" a person)
    ("vox-pop-labels", 'Jane Doe, 45, a nurse from Akron:\n"I voted for him twice. Not again."\n\nMark Lee, 61, a '
     'retired teacher:\n"He has my vote. He always will."', ["Jane Doe", "Mark Lee"]),
    # a dialogue of two: an unattributed question after an answer, or answer after a question,
    # is the other speaker's turn
    ("dialogue-turns", 'Prosecutor Linda Hale questioned the witness, Mark Jensen, on Tuesday.\n\n"Did you see the '
     'defendant that night?" Hale asked.\n\n"Yes," Jensen replied.\n\n"Where?"\n\n"In the kitchen. He was holding a '
     'knife."\n\n"Are you sure?"\n\n"I am sure."',
     ["Linda Hale", "Mark Jensen", "Linda Hale", "Mark Jensen", "Linda Hale", "Mark Jensen"]),
    # but a speaker's own floating quotes stay theirs
    ("floating-not-turns", '"We will win," Tom Smith said.\n\n"No chance," Ann Jones said.\n\n"They have no plan."',
     ["Tom Smith", "Ann Jones", "Ann Jones"]),
    # "Team Trump" is a campaign, never a "he"
    ("team-is-no-person", 'Donald Trump spoke in Ohio on Monday. Team Trump insists the polls are wrong.\n\n"We will '
     'win big," he said.', ["Donald Trump"]),
    # "a spokesperson for Google" speaks for Google, as "a Google spokesperson" does
    ("spokesperson-for", 'Microsoft declined to comment. "We do not comment on competitors," a spokesperson for Google '
     'said. "No comment," an Apple spokesperson said.', ["Google", "Apple"]),
    # an acronym is the organisation it abbreviates
    ("acronym", 'The Rail Delivery Group, which represents the operators, met on Monday.\n\n"We urge Aslef to '
     'put our offer to members," an RDG spokesperson said. "Talks failed," the RDG said.',
     ["Rail Delivery Group", "Rail Delivery Group"]),
    # a name's lower-case particles are part of it, though the NER broke it there ("Ursula von" and
    # the place "Leyen"; "Erik" and the number "ten")
    ("name-particles", 'Commission President Ursula von der Leyen met Manchester United boss Erik ten Hag in '
     'Brussels.\n\n"We will not back down," von der Leyen said. "We have to win every game now," ten Hag told '
     'reporters. "The Amazon is not for sale," said Brazil\'s Luiz Inácio Lula da Silva.',
     ["Ursula von der Leyen", "Erik ten Hag", "Luiz Inácio Lula da Silva"]),
    # a particle the parser took for a verb ("dos" as "does") does not hide the name's subject
    ("name-particle-subject", 'Carlos dos Santos, a lawyer for the family, spoke on Monday. Sheriff John Smith '
     'declined to comment. The family will fight the ruling, dos Santos says.\n\n"If the court can cherry-pick our '
     'words, you run the risk," he said.', ["Carlos dos Santos"]),
    # a name the NER took with its possessive ("Christopher Nolan's") still gives its surname
    ("possessive-name", 'The film, Christopher Nolan\'s portrait of the physicist, won seven awards.\n\n"We made a '
     'film about the bomb," Cillian Murphy said.\n\nNolan thanked his wife, Emma Thomas. "Movies are just over 100 '
     'years old," he said.', ["Cillian Murphy", "Christopher Nolan"]),
    # a possessive names a document's author and an organisation's spokesman's employer, not a
    # person's spokesman, though the NER took the surname for an organisation
    ("possessive-author", 'Donald Trump spoke on Monday. "No one knew her," said Patricia Farley.\n\n"I want to '
     'run," Dena Minning replied, according to Farley\'s account. "Fine," Apple\'s spokesman said. "No," Trump\'s '
     'spokesman said.', ["Patricia Farley", "Patricia Farley", "Apple", "Trump's spokesman"]),
    # "the statement" is the one the article gave an author before; a reader of a letter is no author
    ("earlier-document", 'The American Heart Association said in a statement that more research was needed. '
     '"Trials are the gold standard," the statement said.\n\nThe ACLU sued the city in March. "The policy is '
     'unlawful," the lawsuit says.\n\nHe sent a letter, according to a copy of the letter obtained by The Post. "Pay '
     'now," the letter said.', ["American Heart Association", "ACLU", "the letter"]),
    # a name the parser hung on the subject's last word is the subject: "A resident of Dnipro, Olena
    # Kovalenko, 67, said"
    ("apposition-after-place", 'German Chancellor Olaf Scholz said Germany would send another battery. "We will '
     'stand with Ukraine," Scholz said.\n\nA resident of Dnipro, Olena Kovalenko, 67, said her building shook. '
     '"I thought it was the end," she said.', ["Olaf Scholz", "Olena Kovalenko"]),
    # a man the NER called an organisation is still a man: no "she"
    ("no-she-for-a-man", 'German Chancellor Olaf Scholz said Germany would send another battery. "We will stand '
     'with Ukraine," Scholz said.\n\nThe strike hit a home in Dnipro. "I thought it was the end," she said.',
     ["Olaf Scholz", None]),
    # an interview's "Q:" is the interviewer, its "A:" the person interviewed
    ("interview-layout", "'I was never in it for the money': An interview with Dolly Parton\n\nQ: \"Do you still "
     'write every day?"\n\nA: "I do. You never know when a line is going to turn into a song."\n\nQ: "Any plans '
     'to retire?"\n\nA. "Oh, honey, I\'ll die with my boots on."',
     ["Dolly Parton", "the interviewer", "Dolly Parton", "the interviewer", "Dolly Parton"]),  # (the headline's hers)
    # a quote opening a feature, and the next paragraph says whose words they were
    ("whose-words-next", '"We had nothing left. Not a photo, not a sock."\n\nThat is how Maria Santos, 45, '
     'describes the morning after the fire.\n\n"It is over."\n\nSo says Mayor Jane Smith, who has run the city for '
     '12 years.', ["Maria Santos", "Jane Smith"]),
    # a surname the tagger read as a word ("Price disagreed.") is still the person
    ("surname-tagged-noun", 'Governor Tom Hale met with Senator Bill Price on Monday to discuss the budget.\n\n'
     'Hale told Price that the state could not afford new spending. "We are out of money," he said.\n\nPrice '
     'disagreed. "The money is there if you look for it," he said.', ["Tom Hale", "Bill Price"]),
    # a building or a fight named after people is none of them
    ("named-after-people", 'Donald Trump built casinos in the city. Trump Plaza closed in 2014, and fans still '
     'recall the Muhammad Ali-Joe Frazier fight.\n\nMayor Don Guardian said the city had moved on. "We are '
     'doing fine," Guardian said.\n\nTrump blamed local officials. "They destroyed the city," he wrote. "Sad!" '
     'Ali said in 1975.', ["Don Guardian", "Donald Trump", "Muhammad Ali"]),
    # sport and British news name the person they write about by nationality or by title, as by "he"
    ("nationality-epithet", 'Mikel Arteta praised Bukayo Saka after the win.\n\n"He was unbelievable today," the '
     'Spaniard said.\n\nChelsea manager Enzo Maresca admitted his side had been second best. "We did not deserve '
     'anything," the Italian told Sky Sports. "We will respond," the Chinese said.',
     ["Mikel Arteta", "Enzo Maresca", "Chinese"]),
    ("title-epithet-alone", 'Sir Keir Starmer has defended the cuts.\n\nSpeaking in Liverpool, the Prime Minister '
     'said: "I know this is hard."', ["Keir Starmer"]),
    # "it" after a document is the document, whose author speaks
    ("it-is-the-document", 'The FBI is assisting the police.\n\nThe victim\'s family released a statement. "He was '
     'a loving father," it read.', ["The victim's family"]),
    # a fragment in a clause with a subject of its own is that subject's, not the sentence's
    ("clause-of-its-own", 'Governor Bob Jones has described himself as "a numbers guy" and the budget as "balanced '
     'and fair," though independent analysts called it "optimistic at best."',
     ["Bob Jones", "Bob Jones", "independent analysts"]),
    # a name with an age beside it is a person's, though the NER called it an organisation
    ("aged-name-is-person", 'Every morning, Giorgos Papadakis, 78, climbs the hill behind his village with 140 '
     'sheep.\n\n"My father did this, and his father," he says. "When I stop, it stops."',
     ["Giorgos Papadakis", "Giorgos Papadakis"]),
    # a person's initials are the person
    ("initials", 'Saudi Crown Prince Mohammed bin Salman met Rep. Alexandria Ocasio-Cortez on Monday. "We agree," '
     'MBS said. "Vote like your life depends on it," AOC added. "The UN is wrong," the NRA said.',
     ["Mohammed bin Salman", "Alexandria Ocasio-Cortez", "NRA"]),
    # British news names the person it writes about as a parent of so many
    # a state is no colloquial "go" of speech: "the NFL has gone "soft"" is what Trump says
    ("gone-is-no-cue", 'Donald Trump says he does not watch football because the NFL has gone "soft" like the '
     'country.', ["Donald Trump"]),
    # "they" after two people named as one subject is the two
    ("they-a-couple", 'Tom and Linda Baker have lived on the street since 1985. "We called the city 30 times," they '
     'said.\n\nJane Smith and her husband, Bob Jones, were relieved. "It is over," they said.',
     ["Tom and Linda Baker", "Jane Smith and Bob Jones"]),
    # one of a group is described with the group it is one of
    ("partitive", 'Apple is in talks to buy Lumen, according to people familiar with the matter. "It is the talent '
     'Apple needs," one of them said. "Nobody came," said one of the residents.', ["one of them", "one of the residents"]),
    # the words a friend told her are the friend's, whoever quotes them
    ("who-told-her", 'In her memoir, the novelist Ann Patchett writes about grief. She quotes a friend who told her, '
     '"You don\'t have to be brave for anyone."', ["a friend"]),
    ("parent-of-so-many", 'Actor Tom Hardy and the singer Jane Fox met on Monday. The father-of-three, 45, said: "I am '
     'proud." The mum-of-two said: "Me too."', ["Tom Hardy", "Jane Fox"]),
    # a verb coordinated with a passive shares its subject, not its agent
    ("conj-of-passive", 'Comedian Rosa Diaz was joined on stage by Senator Tom Reed and joked, "You are all very kind."',
     ["Rosa Diaz"]),
    # "on KTVU:" is where the words were said, not who said them
    ("venue-lead-in", 'Mayor Ann Lee has denied the claim. "I never said that," she told reporters on Monday.\n\nThen, '
     'a week later on KTVU: "I said it once."', ["Ann Lee", "Ann Lee"]),
    # sisters: a first name alone, and a full name of which the NER saw only the surname
    ("sisters-first-names", 'The survey was run by Dr. Amara Nwosu and her sister, Dr. Ifeoma Nwosu, of the Coastal '
     'Institute.\n\n"The reefs remember," Ifeoma Nwosu said.\n\nAmara, the elder by three years, said they had not '
     'planned to work together. "We fought as children," she said.\n\nAmara Nwosu said the team will share its data. '
     '"This helps you choose," she said.', ["Ifeoma Nwosu", "Amara Nwosu", "Amara Nwosu"]),
    # "he" and "she" after an unnamed speaker who just spoke are that speaker; a street is no one
    ("pronoun-after-description", 'Mayor Luca Moretti said teams worked all night. "Every hour matters," Moretti said.'
     '\n\nA senior official, who asked not to be named because he was not authorised to speak, said two people were '
     'found alive. "They were talking," he said.\n\nInspector Callum Reddy said Market Street would stay closed. A police '
     'spokeswoman declined to say more. "It would be wrong to speculate," she said.',
     ["Luca Moretti", "A senior official", "A police spokeswoman"]),
    # a business named beside its description, and "the company" after a business the article named
    ("business", 'The terminal operator, Harbor Cargo Services, said on Monday: "We have offered a fair deal."\n\n'
     'Norvane Foods reported a rise in profit on Wednesday.\n\n"Demand stayed strong," the company said in a statement.',
     ["Harbor Cargo Services", "Norvane Foods"]),
    # an address to supporters leads into a speech; a double-barrelled name the NER missed is whole
    ("addressed-supporters", 'Thandiwe Ndlovu-Carter was re-elected mayor on Tuesday.\n\nNdlovu-Carter, 49, addressed '
     'supporters shortly before midnight.\n\n"Four years ago you took a chance on me."', ["Thandiwe Ndlovu-Carter"]),
    # a surname with an age is a person's, and so is the full name the NER took for a place
    ("aged-surname", "The furnace in Imogen Tallis's studio never goes out.\n\nTallis, 44, came to glass late. Her "
     'friend, Ruth Abernethy, remembers it. "She stayed until they turned the lights off," Abernethy says.\n\nTallis '
     'does not dispute it. "I handed my notice in on Monday," she says.', ["Ruth Abernethy", "Imogen Tallis"]),
    # "the statement" issued by an unnamed body is that body's
    ("statement-of-a-description", 'In a statement released on Saturday, the police department urged witnesses to come '
     'forward. "Someone knows who did this," the statement said.', ["the police department"]),
    # a title the article quotes is no one, where it stands unquoted too
    ("quoted-title-no-one", 'Director Ines Calloway returns with "Salt Orchard Dreams", a quiet film. Salt Orchard '
     'Dreams opens on Friday. "I grew up near a farm like this one," she said.', ["Ines Calloway", "Ines Calloway"]),
    # a couple the NER took for one organisation's name is two people, and "they" the two; a
    # river is no one
    ("couple-as-one-name", 'Cane farmers Rhys and Kylie Donnelly lost their crop when the Burdekin River broke its '
     'banks. "We can\'t do this again," they told reporters.\n\nMs Donnelly said the premium had tripled. "The water '
     'keeps coming back," she said.', ["Rhys and Kylie Donnelly", "Kylie Donnelly"]),
    # Nigerian honorifics are titles, not names or people
    ("honorifics", 'The Minister of State for Water Resources, Hajiya Zainab Lawal-Ibrahim, visited the plant on '
     'Tuesday. "The pumps will be installed next week," said the minister.\n\nEngr. Kayode Odusanya, the board\'s '
     'manager, agreed. "They were cleared on Monday," Odusanya said.', ["Zainab Lawal-Ibrahim", "Kayode Odusanya"]),
    # a name in apposition to a person's noun is a person's, whatever the NER said
    ("owner-apposition", "The lodge's owner, Piers Athelney, wrote in a Facebook post that the waste was old. \"We are "
     'cooperating with the authorities," he wrote.', ["Piers Athelney"]),
    # a dash's credit after the quote names its speaker, not the lead-in of the list it is in
    ("dash-credit-in-a-list", 'Here is some of what people told us:\n\n"I have worked nights here for 14 years." — '
     'Priya Raman, nurse\n\n"My dad had a stroke at 3am." — Callum Reid, resident', ["Priya Raman", "Callum Reid"]),
    ("words-came-from", '"We are preparing for a multi-day event." That assessment came from Rachel Fong, the state\'s '
     'fire chief.', ["Rachel Fong"]),
    # the next sentence says whose words they were
    ("that-was-x", 'Alvaro Centeno won the final on Sunday.\n\n"I told him at the change of ends: breathe." That was '
     'Tomas Iribarren, Centeno\'s coach since the age of 12, describing the moment the match turned.\n\n"Grateful for '
     'the ride." So wrote Ethan Marchetti, a backend engineer, in a post on Tuesday.', ["Tomas Iribarren", "Ethan Marchetti"]),
    # a memo's closing words after "The memo ended on a personal note." are its author's, past a
    # "the memo said" that names none
    ("memo-ended", 'In a memo to staff, chief executive Nathan Kowalczyk took responsibility for the cuts.\n\n"I made '
     'the decision," the memo said.\n\nThe memo ended on a personal note.\n\n"To those leaving: thank you. You built '
     'great things.\n\n"To those staying: I know this will not feel like a fresh start."',
     ["Nathan Kowalczyk", "Nathan Kowalczyk"]),
    # what the article called a person beside their name names them later ("the Duchess")
    ("described-beside", 'CLYDEMOUTH — Princess Adelaide, the Duchess of Kelbourne, named the new research ship on '
     'Friday. "May God bless her and all who sail in her," the Duchess said.', ["Adelaide"]),
    # an organisation's spokesman right after it spoke speaks for it
    ("spokesman-after-org", 'Brightsea Council said it was aware of concerns about gulls. A spokesman added: "We would '
     'remind visitors not to feed them."', ["Brightsea Council"]),
    # a party label with the person beside it is the person
    ("party-label-beside", "The committee's ranking Republican, Sen. Cal Whitfield of Kansas, said the industry had "
     '"run out of benefit of the doubt."', ["Cal Whitfield"]),
    # "the surgeon" is the unnamed surgeon just introduced, not the person named before
    ("the-one-introduced", 'Patricia Holm, 68, has waited 19 months for a new hip. "I feel forgotten," Mrs Holm said.'
     '\n\nA consultant surgeon at the trust, who asked not to be named, said lists were cancelled. "We turn up and '
     'there is no bed," the surgeon said.', ["Patricia Holm", "A consultant surgeon"]),
    # a surname that is also a title is still the surname of the person named with it
    ("surname-that-is-a-title", 'Rohan Rathore and wicketkeeper Imran Sheikh added 165.\n\n"Imran took the pressure '
     'off me," Rathore said.\n\nSheikh, who made 58, was equally generous. "Ro was hitting it so cleanly," he said.',
     ["Rohan Rathore", "Imran Sheikh"]),
    # whom words were told to is no speaker, though a hyphen in its name looks like a credit's dash
    ("told-the-paper", 'The company was fined last year.\n\nIts chief executive, Mark Fennimore, told the '
     'Herald-Standard: "Most tenants are good tenants."', ["Mark Fennimore"]),
    # "the trust" is the one trust the article named; a council the NER took for a person is none
    ("spokeswoman-for-the-trust", 'Waiting lists at Northfield and Aireside Hospitals NHS Trust have doubled. A '
     'spokeswoman for the trust said: "We are sorry."\n\nMaria Lopez spoke to Dunmere Borough Council on Monday. '
     '"They keep telling me to go online," she said.', ["Northfield and Aireside Hospitals NHS Trust", "Maria Lopez"]),
    # a person's name beside a person's noun, though the NER called it a place
    ("chairman-beside", 'The club is angry. Its chairman, Des Monaghan, said: "Our members lost thousands of hours."',
     ["Des Monaghan"]),
    # "her husband" is the partner she was named with
    ("her-husband", 'At the shelter, Gail and Terry Sandoval sat on cots with their two dogs.\n\n"We watched the smoke '
     'turn orange," Gail Sandoval said. Her husband added: "You always think it won\'t be you."',
     ["Gail Sandoval", "Terry Sandoval"]),
    # a lede's role is the person the next lines name with it
    ("lede-role", 'Canada\'s finance minister on Tuesday rejected calls for more transit money, saying the '
     'country could not afford "open-ended commitments."\n\n"We made a choice," Finance Minister Elaine Corriveau '
     'told reporters.', ["Elaine Corriveau", "Elaine Corriveau"]),
    ("lede-role-after-a-dateline", 'OTTAWA (Reuters) - Canada\'s finance minister on Tuesday rejected calls for more '
     'transit money, saying the country could not afford "open-ended commitments."\n\n"We made a choice," Finance '
     'Minister Elaine Corriveau told reporters.', ["Elaine Corriveau", "Elaine Corriveau"]),
    # a subject of a "when" clause is no subject of the story; a score is no part of a name
    ("when-clause-subject", 'Rovers striker Tom Adams scored twice in the win.\n\nKingsmere boss Luca Ferrante was less amused, '
     'particularly about the penalty, awarded when Adams went down under a challenge.\n\n"For me it is never a '
     'penalty," the Italian said.', ["Luca Ferrante"]),
    ("score-after-a-name", 'Haruka Sato saved two match points before beating ninth seed Daria Kovalenko 4-6 7-6(8) 6-3 '
     'on Wednesday.\n\n"I was calm," Sato said.\n\nKovalenko, who had not dropped a set all tournament, blamed herself. '
     '"I had it in my hand and I let it go," the Ukrainian said.', ["Haruka Sato", "Daria Kovalenko"]),
    # a one-word "person" that only ever stands where places do is a place; a name the NER knew
    # only elsewhere still issued the statement
    ("place-not-person", 'Cyclone Tamsin crosses coast near Bowen\n\nWe have been speaking to Hannah Kowalczyk, who is '
     'sheltering with her family in Bowen.\n\n"The whole house is shaking," she told us.', ["Hannah Kowalczyk"]),
    ("issuer-named-elsewhere", 'The ruling could expose RideNest to millions in back pay.\n\nRideNest said in a '
     'statement that it was reviewing its options. "This decision will force us to restrict flexibility," the '
     'statement said.', ["RideNest"]),
    # an everyday calling as an epithet
    ("epithet-calling", 'Margaret Lowe, 71, was carried from her cottage by firefighters. "I heard it before I saw it," '
     'the retired teacher said.', ["Margaret Lowe"]),
    # the words of a claim are its owner's, whoever checks or mocks the claim; a fragment of a
    # claim is no turn of speech that the next "she said" carries on
    # names the NER mistyped: a relative's (a product to it), a Gaelic surname cased inside
    # ("MacAoidh"), a name a title leads; a first name alone (a nationality to it)
    ("kin-name-the-ner-called-a-product", 'Yousef Al-Khatib turned a chip shop into a bakery. Furn al-Hara now sells '
     '1,200 flatbreads a day.\n\nHis wife, Lina, was against the idea from the start. "Who will buy our bread?" she '
     'recalled, laughing.', ["Lina"]),
    ("names-cased-inside-and-title-led", 'A ten-year-old boy, Calum MacAoidh, found the jawbone on a beach near '
     'Tarbert. A museum has named the animal Ruadhsaurus after the island.\n\nHis grandmother, Peigi MacAoidh, 74, '
     'had nearly told him to leave it. "I said it was just a stone," she said.\n\nLead researcher Dr Mairi NicLeòid '
     'said the find was remarkable. "It fills a real gap," she said.', ["Peigi MacAoidh", "Mairi NicLeòid"]),
    ("first-name-alone-the-ner-called-a-nationality", 'A ten-year-old boy, Calum MacAoidh, found the jawbone on a '
     'beach near Tarbert.\n\nHer colleague, Professor Anand Krishnamurthy, said the team planned a survey of the '
     'beach in the summer.\n\nThe jawbone will go on display at the island\'s heritage centre in the autumn. Asked '
     'what he wanted to be when he grew up, Calum did not hesitate.\n\n"A palaeontologist," he said.',
     ["Calum MacAoidh"]),
    # a role is its bearer's, not the place it is of; titles in short ("Sgt.") and in another
    # word ("Justice") name the role; a lieutenant governor is not "the governor"
    ("role-of-a-place", 'Farmland has been lost across the region. Nana Yaw Mensah, the chief of Sefwi Bekwai, said '
     'he had lost count of the farms sold.\n\n"We have never seen it so bad," the chief said.', ["Nana Yaw Mensah"]),
    ("role-in-short", '"This was a planned robbery," said Sgt. Alana Brightwater of the Millbrook Police Department.'
     '\n\nJim Dunmore, the driver, was treated for cuts.\n\n"I\'m not going to get into our techniques," the sergeant '
     'said.', ["Alana Brightwater", "Alana Brightwater"]),
    ("role-in-another-word", 'Justice Folasade Ogunleye convicted the former minister on Tuesday. Defence lawyer '
     'Tunde Bakare said he would appeal.\n\nDelivering judgment, the judge said the prosecution had proved its case '
     '"beyond any reasonable doubt".', ["Folasade Ogunleye"]),
    ("role-not-its-lieutenant", 'Gov. Elaine Marchetti-Ross declared a drought emergency on Thursday. She was flanked '
     'by Lt. Gov. Brandon Ellery.\n\nAsked whether the cuts would be enforced, the governor said: "If we have to, yes."',
     ["Elaine Marchetti-Ross"]),
    ("role-after-its-place", '"This arrest is the result of weeks of work," Tacoma Police Chief Leonard Haskins said '
     'on Sunday.\n\nA neighbor, who asked not to be named, said the shop had been watched for weeks.\n\n"We don\'t '
     'believe these two acted entirely alone," the chief said.', ["Leonard Haskins", "Leonard Haskins"]),
    ("title-led-name-the-ner-cut", 'Counsel to the convict, Chief Emeka Nwachukwu (SAN), said his client would appeal. '
     'Mrs Ngozi Okafor-Eze led the prosecution.\n\n"We are confident the Court of Appeal will see it differently," '
     'he told journalists.', ["Emeka Nwachukwu"]),
    # "the elder Osei" is the father, whoever was named last; "the 58-year-old" is the person the
    # article gave that age, else the one it is writing about; a body's name is no "she"
    ("the-elder-namesake", 'HARBOR CITY — His father, Kwame Osei, watched from the stands as his son, Malik Osei, '
     'scored 38 points.\n\n"I never did anything like that," the elder Osei said.', ["Kwame Osei"]),
    ("a-bare-surname-after-the-elder", 'HARBOR CITY — DeShawn Kettering had never scored more than 26 points. On '
     'Saturday the rookie scored 41.\n\n"I just kept shooting," Kettering said.\n\nHis father, Reggie Kettering, '
     'watched from a baseline seat.\n\n"I never did anything like that," the elder Kettering said.\n\nAsked whether '
     'the night changed anything, Kettering shook his head. "It is one game," he said.',
     ["DeShawn Kettering", "Reggie Kettering", "DeShawn Kettering"]),
    ("age-given-beside-the-name", 'Jürgen Habermann has worked at the plant for 34 years.\n\nHis son, Tobias '
     'Habermann, a 29-year-old machinist, followed him in.\n\n"This plant would outlast us," Tobias Habermann said.'
     '\n\nThe elder Habermann, 58, worried about younger workers.\n\n"Who is going to hire me?" the 58-year-old said.',
     ["Tobias Habermann", "Jürgen Habermann"]),
    ("age-of-the-one-written-about", 'Carrick had led until their captain, Darren Findlay, was sent off.\n\nCarrick '
     'boss Neil Drummond was in no mood to talk about the goals.\n\n"It\'s not a booking," Drummond said of Findlay\'s '
     'second yellow card.\n\nAsked whether the club would appeal, the 51-year-old said: "There\'s nothing to appeal."',
     ["Neil Drummond", "Neil Drummond"]),
    ("body-is-no-she", 'A 2022 change to Brookvale\'s zoning helped. In an email, the Brookvale Department of Planning '
     'and Development said it had approved more conversions.\n\nTheir tenant, who asked to be identified only by her '
     'first name, Priya, said the couple handled it well. "They\'re good landlords," she said.', ["Priya"]),
    # an unnamed shopkeeper speaks past the residents he talks of; a voter who asks is not who answers
    ("unnamed-calling-past-a-plural", 'Regional police commander Joseph Chebet said 23 people had been on the bridge. '
     '"Divers are searching downstream," Chebet told journalists.\n\nA shopkeeper whose kiosk stands a few metres from '
     'the bridge, and who asked not to be named because he feared reprisals, said residents had reported cracks months '
     'ago.\n\n"We told the ward office in March," he said.', ["Joseph Chebet", "A shopkeeper"]),
    ("who-asks-is-not-who-answers", 'Senator Ruth Abernathy caused a stir when a local voter asked if she might run '
     'for governor.\n\n"Wow, what an idea," she said.', ["Ruth Abernathy"]),
    # a surname the parser hung as an adverb on its verb is still the subject "he" goes back to;
    # "the pair" is the two named together; "her lawyer" the one called so beside the name
    ("surname-the-parser-took-for-an-adverb", 'Board member Frank Tolliver voted against the measure. "We are teaching '
     'them nothing," Tolliver said.\n\nMarcus Bell, a 16-year-old junior at Ridgefield High School, was one of a '
     'handful of students who spoke. "Most of us just check the group chat," he said.\n\nAfter the vote, Tolliver '
     'crossed the dais to shake hands with Castellanos.\n\n"We\'ll see how it goes in a year," he said.',
     ["Frank Tolliver", "Marcus Bell", "Frank Tolliver"]),
    ("the-pair", 'Soap star Delia Fontaine, 44, and rock singer Jax Moreno, 47, are divorcing after 11 years of '
     'marriage, the couple confirmed Tuesday.\n\n"After much reflection, we have decided to end our marriage," the '
     'pair said in a joint statement.', ["Delia Fontaine and Jax Moreno"]),
    ("her-lawyer-named-beside", 'Fontaine filed for divorce on Monday, and her lawyer, Laura Benedetti, spoke briefly '
     'to reporters outside the courthouse.\n\n"My client is asking for privacy," Benedetti said. Pressed about rumors '
     'of a fight over money, her lawyer snapped: "There is no dispute."', ["Laura Benedetti", "Laura Benedetti"]),
    # a speech is its deliverer's; a parenthetical "X said" reports the fragment below it
    ("speech-delivered", 'The aim is to curb "quarterly capitalism," according to a speech Senator Ruth Abernathy '
     'delivered at Harbor University in May.', ["Ruth Abernathy"]),
    ("parenthetical-reporter", 'Governor Ruth Abernathy spoke on Monday. During her years in office, Ms. Abernathy '
     'said, a majority of residents have come to believe "that the river is worth saving."', ["Ruth Abernathy"]),
    # "who" after a name's appositive is the name's; a gerund of saying leads into the quote after
    # its phrase, and a "when" clause after the quote is no report of it
    ("who-after-an-appositive", 'Governor Ruth Abernathy has had a frosty relationship with Harlan Pike, now the '
     'Senate majority leader, who in 2019 said his goal was to make her a "one-term governor."', ["Harlan Pike"]),
    ("gerund-lead-in-then-when", 'Senator Ruth Abernathy spoke on Monday. The new ad ends with footage of Harlan Pike '
     'saying during the debate last week, "That makes me smart," when Abernathy pressed him on his taxes.',
     ["Harlan Pike"]),
    # "his" is a man, and the man named in its own clause; "according to X" right after a quote is its source
    ("his-in-its-own-clause", 'Governor Ruth Abernathy spoke first. Senator Tom Vance said the deal was weak. "It is '
     'a disaster," he said.\n\nWhen Mayor Glen Otis tried to defend his remarks calling the plan "sound" during the '
     'debate, Senator Vance differed.', ["Tom Vance", "Glen Otis"]),
    ("his-is-no-woman", 'Campaign spokeswoman Dana Hicks did not respond. A poll found that 74 percent of voters said '
     'Mr. Otis should release his tax returns.\n\nContrary to his claim that voters would "learn nothing," there would '
     'be a wealth of information.', ["Otis"]),
    ("according-right-after", 'Talks with the companies have gone on for more than a year, but since the floods, '
     '"there has been a renewed engagement," according to a senior city official who spoke on the condition of '
     'anonymity.', ["a senior city official"]),
    ("claim-owner", 'FactWatch looked into Governor Dale Pruitt\'s claim that the state had "the lowest taxes in the '
     'region" last year.', ["Dale Pruitt"]),
    ("claim-owner-then-she", 'Senator Ruth Abernathy mocked Tom Vance\'s claim that he was a "plain-spoken '
     'rancher."\n\n"Voters know him," she said.', ["Tom Vance", "Ruth Abernathy"]),
    # a relative pronoun is the name right before it, even where the parser left it unhung
    # "he" or "she" after a described person the story turned to is that person: a role a named
    # person holds, a relative named beside the name, or a description nobody named
    ("role-subject-then-she", 'Judge Miriam Okafor jailed Dale Venner for six years. His barrister, Ines Carvalho, '
     'said he was ashamed. "He asks for mercy," she said.\n\nThe judge was unmoved. "You preyed on the trusting," '
     'she told him.', ["Ines Carvalho", "Miriam Okafor"]),
    ("kin-subject-then-he", 'Nadia Petrov, whose husband, Viktor Petrov, is recovering from surgery, said the ward '
     'was cold. "The nurses are kind," she said.\n\nThe hospital\'s director, Tomas Reyes, defended the cuts. "We '
     'do what we can," he said.\n\nHer husband, speaking from his bed, was blunter. "Nobody listens," he said.',
     ["Nadia Petrov", "Tomas Reyes", "Viktor Petrov"]),
    ("unnamed-kin-subject-then-he", 'Ruth Ames, 17, topped the state exams. "I cried," she said. Her teacher, Paul '
     'Brandt, called her gifted. "She never stopped asking," he said.\n\nHer father was already thinking about the '
     'fees. "University is dear," he said.', ["Ruth Ames", "Paul Brandt", "Ruth Ames's father"]),
    # a title leads a person's name, though the NER took the whole for an organisation
    ("title-inside-an-organisation", 'Imam Idris Abdelkader said the plan had begun as a chat over the fence. "Hunger '
     'has no faith," he said.\n\nThe council\'s leader, Tariq Mahmood, welcomed the plan. "It is what the town '
     'needed," he said.\n\nAbdelkader said the project had no agenda. "We only want people fed," he said.',
     ["Idris Abdelkader", "Tariq Mahmood", "Idris Abdelkader"]),
    ("name-beside-a-calling", 'Rory Dunne, whose shop was robbed, said he had given up. "I\'m done," he said.\n\nLocal '
     'councillor Séamus Mac Giolla Bhríde said traders felt abandoned. "We have asked for patrols for years," he said.',
     ["Rory Dunne", "Séamus Mac Giolla Bhríde"]),
    # a question is no turn of speech the answer's "he" goes back to; "Okafor's voice cracked" turns to Okafor
    ("asker-is-not-the-answer", 'Coach Ben Okafor faced the press after the loss. "We were poor," he said.\n\nHis '
     'striker, Leon Marsh, limped past. "My ankle is fine," the 24-year-old said.\n\nThen Tom Reilly of the Gazette '
     'asked whether the players had "given up" in the second half.\n\nOkafor\'s voice cracked. "Never. Not this '
     'group," he said.', ["Ben Okafor", "Leon Marsh", "Tom Reilly", "Ben Okafor"]),
    # a calling before the name names the person later ("the controller")
    ("calling-before-the-name", 'Flood controller Hana Whitu said 300 people had left. "They listened," she said.\n\n'
     'Police spokeswoman Ruth Kerr said roads were shut. "Stay home," she said.\n\nWhitu urged people to leave. "If '
     'you are told to go, go," the controller said.', ["Hana Whitu", "Ruth Kerr", "Hana Whitu"]),
    ("lede-its-role", 'Shares in Corvane Mills fell 9 per cent on Tuesday after the miller cut its forecast and its '
     'chief executive warned of "a hard winter".\n\nOn a call with analysts, chief executive Lena Sorensen said '
     'bakers were buying less. "Demand is soft," she said.', ["Lena Sorensen", "Lena Sorensen"]),
    # a first name the NER left out, a name it took for an organisation's: the son's bare surname is still his
    ("namesakes-the-ner-misread", 'KOTLI, Punjab — For three generations, the Dhaliwal family has transplanted rice by '
     'hand. This year, Paramjit Singh Dhaliwal did something his grandfather would never have tried: he sowed the '
     'seed into dry soil.\n\n"My father said I was mad," said Dhaliwal, 39, standing beside the field.\n\nHis '
     'father, Kuldeep Singh Dhaliwal, 70, was not convinced. "Ask me after the harvest," he said.',
     ["Paramjit Singh Dhaliwal", "Kuldeep Singh Dhaliwal"]),
    ("hyphen-split-subject", 'Striker Lee Harmon was dropped again on Saturday. And in a post to his followers, the '
     'ex-international wrote: \'People think I am done. I am not.\'', ["Lee Harmon"]),
    # a business the article calls so beside its name is "the company"; a spokesman speaks for the body named after him
    ("business-called-so-beside-the-name", 'The quarry\'s operator, Kessock Aggregates, said the cuts were needed. '
     '"We have been open with our staff," the company said.', ["Kessock Aggregates"]),
    ("spokesman-for-a-described-body", 'Thousands of tractors blocked the ring road. A spokesperson for the Lyon '
     'police prefecture said officers had been told to show "restraint".', ["A spokesperson for the Lyon police prefecture"]),
    ("first-name-before-a-particle", 'ZIERIKZEE — The dike board met on Monday.\n\nHenk ter Laak, 71, a retired '
     'farmer from Ouwerkerk, was born two years after the disaster. "My mother never slept through a storm again," ter '
     'Laak said.\n\nHis granddaughter, Sanne ter Laak, 24, said young people were impatient. "We cannot wait twenty '
     'years," she said.', ["Henk ter Laak", "Sanne ter Laak"]),
    # far from the relative named last, a bare surname is the story's own bearer of it, not the relative
    ("surname-is-not-the-relative", 'NASHIK — For the third week, Vitthal Jadhav walked to the edge of his plot and saw '
     'no cloud.\n\nJadhav has already borrowed heavily for seed. "Then I borrow again," he said.\n\nHis son, Sandeep '
     'Jadhav, 26, works as a delivery rider in Pune. "Papa will not listen," he said.\n\nIn Jadhav\'s village, women '
     'queue at dawn for the water tanker, and the well has been dry since March. The district has asked the state for '
     'help, and officials say a decision will come at the end of the month.\n\nJadhav laughed when asked whether the '
     'rain would come. "The children sing better than the farmers," he said.',
     ["Vitthal Jadhav", "Sandeep Jadhav", "Vitthal Jadhav"]),
    ("calling-with-an-age-is-a-person", 'The firm\'s chief executive, Efua Boakye-Ansah, defended the cuts. "I '
     'understand the anger," Boakye-Ansah said.\n\nThat cut little ice in Obuasi. Kojo Darkwa, a 49-year-old drill '
     'operator who has worked at the pit since 1998, said he had heard nothing. "My daughter starts university in '
     'September," he said.', ["Efua Boakye-Ansah", "Kojo Darkwa"]),
    ("double-barrelled-namesake", 'Chief executive Maya Osei-Brandt opened the launch. "Look up," Osei-Brandt '
     'said.\n\nOsei-Brandt, a former pilot, founded the firm in 2019 with her husband, Jonas Brandt, who runs its '
     'engineering.\n\n"We rebuilt the lens four times," Brandt said after the event.', ["Maya Osei-Brandt", "Jonas Brandt"]),
    # a first name the NER left off ("Ifeoma" of "Ifeoma Nwachukwu arrives …") keeps a relative named in
    # full later ("Her own mother, Ngozi Nwachukwu,") from taking her place; a surname it left off is hers
    ("first-name-left-off-is-no-relative", 'Ifeoma Nwachukwu: ‘My mother thought paintings were a kind of '
     'illness’\n\nIfeoma Nwachukwu arrives at the café in Peckham ten minutes early, orders a pot of tea and '
     'apologises for her umbrella.\n\n“It never gets easier,” she says.\n\nNwachukwu, 44, was born in Enugu. Her '
     'own mother, Ngozi Nwachukwu, a nurse, died in 2020.\n\nThe new show opens next week, after three years of work '
     'in a studio she shares with two printmakers, a potter and a very old cat called Biscuit.\n\n‘She thought '
     'paintings were a kind of illness,’ Nwachukwu says.', ["Ifeoma Nwachukwu"] * 3),  # (the headline's hers)
    ("surname-left-off", 'For forty years the morna singer Maria Amélia Tavares, who has died aged 91, was the voice '
     'of Mindelo. "I sing because the sea will not listen," she told an interviewer in 1988.', ["Maria Amélia Tavares"]),
    # a name the NER cut inside a hyphenated word: a given name's second syllable, a double-barrelled surname
    ("given-name-cut-at-its-hyphen", 'Under a single bulb, Leung Kwok-wing sits at his bench, as he has for sixty '
     'years. "A brush is a small promise," he says.', ["Leung Kwok-wing"]),
    ("surname-cut-at-its-hyphen", '"The money came from night shifts," Okafor-Lindgren said as she left the stage.',
     ["Okafor-Lindgren"]),
    # a demonym the NER took for a name, a title it did not know, letters after a name, a calling opening a sentence
    ("the-scot-is-an-epithet", "Rangers boss Gerry McKenna refused to back down. 'Nobody is bigger than this club,' "
     "the Scot told reporters.", ["Gerry McKenna"]),
    ("madam-is-a-title", 'Retiree Tan Mei Ling, 71, had queued since dawn. "I came for my son, he works nights," '
     'Madam Tan said.', ["Tan Mei Ling"]),
    ("letters-after-a-name", "His barrister, Oliver Pennington-Lyle KC, told the jury his client had been led astray. "
     '"He did what he was told," he said.', ["Oliver Pennington-Lyle"]),
    # a name the parser hung as an apposition on a fronted phrase is still the subject of the verb after it
    ("subject-after-a-fronted-phrase", 'Deputy controller Mark Tremaine gave evidence on Tuesday. "We had eleven fires '
     'at once," Tremaine said.\n\nThe union\'s state secretary, Brian Kealy, said staffing remained thin. "You can put '
     'a new title on a desk," Kealy said.\n\nLater in the afternoon, under further questioning from Raghunathan, '
     'Tremaine became emotional when asked about the two people who died, among them a volunteer firefighter, '
     'Jayden Moss.\n\n"I think about him every day," he said.', ["Mark Tremaine", "Brian Kealy", "Mark Tremaine"]),
    # a hyphenated given name the NER cut off its surname ("Kang", an organisation to it; "Ji-woo", a person)
    ("hyphenated-given-name", 'Staff arrived early to find a seat.\n\nJi-woo Kang has run the branch for nine years. '
     '"We had 300 people through the door," she said.', ["Ji-woo Kang"]),
    ("hyphenated-given-name-alone", '"You put your keys down, you walk away, and an hour later you just ask, where '
     'are my keys?" said Sung-min Park, Lumora\u2019s head of product, to applause.', ["Sung-min Park"]),
    # a document speaks for the issuer the article named beside its calling, and a submission is a document
    ("statement-of-a-named-issuer", 'The dam\'s operator, Kelvin Hydro, said in a statement that it acknowledged the '
     'harm the project caused. "We are committed to a relationship based on respect," the statement said.',
     ["Kelvin Hydro"]),
    ("statement-of-an-issuer-the-ner-missed", 'The Kaltern Governor\'s Office said in a statement that new homes had '
     'been handed over. "The state has stood by its citizens," the statement said.', ["Kaltern Governor's Office"]),
    ("submission-is-a-document", 'The Kestrel Fire Service said in a written submission that it had since added staff. '
     '"Lessons have been learned," the submission said.', ["Kestrel Fire Service"]),
    # a document's author the article named before: the one whose clause it was in ("In an email …,
    # he described"), the firm that compiled it, the witness who swore it
    ("document-of-a-pronoun", 'Its chief executive, Gareth Lyle-Henshaw, struck a harder tone. In an email to staff '
     'seen by this newspaper, he described the strike as a choice.\n\n"We have grown this airline together," the '
     'email said.', ["Gareth Lyle-Henshaw"]),
    ("document-compiled-by", 'The 146-page report was compiled by the forensic firm Ndlovu & Partners for the '
     'City\u2019s audit committee and has been seen by this publication.\n\n"The evidence suggests a deliberate '
     'scheme," the report states.', ["Ndlovu & Partners"]),
    ("affidavit", 'In an affidavit sworn on June 20, the board\u2019s head of quality control, Dr Amina Hassan Abdi, '
     'said samples contained diethylene glycol.\n\n"A single bottle could cause acute kidney injury," the affidavit '
     'reads.', ["Amina Hassan Abdi"]),
    # a bare surname in the paragraph right after one that introduced a relative as its subject
    # is the relative; the next, after the son is named again, the son
    ("surname-after-the-relatives-paragraph", 'Dean Varga scored twice as Harlow beat Kenton 3-1 on Saturday.\n\n'
     '"I just hit it and hoped," Varga said.\n\nHis father, Miklos Varga, a former youth coach at the club, was still '
     'in his seat long after the final whistle.\n\n"I did not know whether to laugh or cry," Varga told the Harlow '
     'Echo.\n\nDean Varga, 22, has now scored nine goals this season. "It is a good team to play in," Varga said.',
     ["Dean Varga", "Miklos Varga", "Dean Varga"]),
    # a hyphenated surname alone, paragraphs on from the mother named as "the singer's mother",
    # is the singer the story is about
    ("hyphenated-surname-is-not-the-mother", 'Jonah Reyes-Whitaker is pressing pause.\n\n"I need to rest," '
     'Reyes-Whitaker wrote on Instagram.\n\nAmong the first to comment was the singer\'s mother, Carla '
     'Reyes-Whitaker, who manages his foundation. "Proud of you," she wrote.\n\nThe singer has spoken in the past '
     'about touring. In a 2024 interview, he said he had rarely taken a week off.\n\nHe grew up on the road with his '
     'father, a session drummer, and the band he played in.\n\n"The road does not love you back," Reyes-Whitaker '
     'said at the time.', ["Jonah Reyes-Whitaker", "Carla Reyes-Whitaker", "Jonah Reyes-Whitaker"]),
    # "Dr X" alone is the namesake the article called Dr, not "Sir Alastair X" named first
    ("a-title-tells-namesakes-apart", 'Sir Alastair Kinnear-Boyd, the marine biologist, has died aged 91.\n\n'
     '"He pretended to hate that nickname," said his daughter, Dr Fiona Kinnear-Boyd, a marine ecologist. "He '
     'loved it."\n\nDr Kinnear-Boyd, who followed her father into science, said he had been "a terrible cook and a '
     'patient teacher".', ["Fiona Kinnear-Boyd", "Fiona Kinnear-Boyd", "Fiona Kinnear-Boyd"]),
    # the name a man "who gave only his first name" gave is whom "he" then stands for, not a man
    # named in the paragraph before
    ("a-first-name-given-aside", 'Captain Marcus Young did not respond to a request for comment.\n\nA man travelling '
     'to a funeral in Dublin, who gave only his first name, Terry, said he had been rebooked. "It has cost me an extra '
     '£280," he said.', ["Terry"]),
    # "the force" is the police force named last, "the club" the club, whatever the NER called them
    ("the-force-and-the-club", 'Lancashire Police say a man in his 60s has been taken to hospital after a tree fell '
     'on his car.\n\n"His injuries are not believed to be life-threatening," the force said.\n\nHeysham '
     'Athletic\'s fixture against Colne Valley has been called off after part of a stand roof was damaged.\n\n'
     '"The fixture cannot go ahead," the club said.', ["Lancashire Police", "Heysham Athletic"]),
    # a statement "from the company" is the company's; "the report" is the study an institute was
    # said to have published, under another word for it
    ("a-document-from-a-body", 'Northwind Energy has agreed to buy a stake in the Selkie wind project.\n\nA '
     'statement from the company said the deal was "a statement of intent".\n\nThe Work Futures Institute reached '
     'a similar conclusion in its latest annual study.\n\n"Hybrid workers reported higher productivity," the '
     'report said.', ["Northwind Energy", "Work Futures Institute"]),
    # a paragraph after one that introduced a relative, opening with something else than a quote,
    # goes on about the story's own bearer of the surname
    ("not-a-quote-after-the-relative", 'Margaux Lindqvist is handing her label to her daughter.\n\n"People think '
     'I\'m severe," Lindqvist says.\n\nTheir daughter, Elsa Lindqvist, 27, has been creative director of the '
     'diffusion line since 2023.\n\nIn the trade, Lindqvist has long been known as a perfectionist. "It\'s better '
     'than being called nice," she says.', ["Margaux Lindqvist", "Margaux Lindqvist"]),
    # the name right before "said", that the parser hung beside the reader's, is who said it, not
    # who read the statement
    ("a-statement-read-by-another", 'Prosecutor Nia Ap-Gruffydd told the court the messages began in May.\n\n'
     'In a victim impact statement read to the court by Ms Ap-Gruffydd, Ms Pryce, 36, said she had been left '
     '\'a shadow of the person I was\'.\n\n\'I used to love my job,\' she wrote.', ["Pryce", "Pryce"]),
    # a standfirst's quote the story repeats is the story's speaker's, past the paper's name and
    # section at the top
    ("a-standfirst-quote-the-story-repeats", 'THE CLARE COAST CHAMPION\nCommunity | West Clare\n\nRecord crowds at '
     'the village festival\n\n“Best one yet,” say organisers as 6,000 visitors descend on Carrigmore\n\nBy Jane '
     'Doe\n\nThe sun shone all weekend on the currach races and the céilí.\n\n“Best one yet. I’d say that every '
     'year, but this time I mean it,” said Bríd McInerney, who chairs the festival committee.',
     ["Bríd McInerney", "Bríd McInerney"]),
    # a nickname inside a name leaves the name whole ("he" is Seán Mac Mathúna, not the councillor)
    ("a-nickname-inside-a-name", 'Cllr Tomás de Bhál, who presented the cup, said the festival was worth a lot.\n\n'
     'Among the crowd on the pier was 83-year-old Seán “the Admiral” Mac Mathúna, the only man living to have rowed in '
     'the first race.\n\n“There were four boats and one of them sank,” he recalled.', [None, "Seán Mac Mathúna"]),
    # a nickname inside a name leaves the name whole, and "her" in what another reports of him is
    # no clue to his gender: "he" is Rodelio Manalastas
    ("her-in-a-report-of-him", 'At dawn Rodelio "Ding" Manalastas pushes his boat into the water.\n\nHis principal, '
     'Leonora Bautista, said Manalastas had not been late once in her six years at the school.\n\nTwice, he said, '
     'his engine failed. "The first time, I was really scared," he said.', [None, "Rodelio Manalastas"]),
    # the mother the story has turned to, with no one named since, keeps the surname in a quote's
    # paragraph, paragraphs on
    ("the-relative-the-story-turned-to", 'Rena Joseph, who works as a care aide, evacuated with her mother, Adèle '
     'Joseph, 84.\n\n"My mom has been through this before," Rena Joseph said.\n\nAdèle Joseph laughed when her '
     'daughter\'s comment was repeated to her.\n\n"I told her to stop trying," she said. "We will go back when they '
     'tell us. The land has burned before. It grows back, and so do we, every time."\n\nAsked what she had made '
     'sure to bring, she pointed to a beaded jacket her late husband had made for her many years ago.\n\n"That, '
     'and my tea," Joseph said.', ["Rena Joseph", "Adèle Joseph", "Adèle Joseph", "Adèle Joseph"]),
    # a party and ward in brackets after a name are nobody: "she" is the councillor; an actor in
    # brackets after the part played is somebody
    ("a-party-and-ward-in-brackets", 'Cabinet member for environment Cllr Sarah Whitfield (Liberal Democrat, Eastgate '
     'North) said traffic on the filtered streets had fallen by 61 per cent.\n\n"I understand that change is hard," '
     'she said.', ["Sarah Whitfield"]),
    ("an-actor-in-brackets", 'When her brother Tomas Kell (Rafael D\'Souza) sneers at her, the film comes alive.\n\n'
     'D\'Souza is a livewire by contrast. "Hester and I did not speak between takes," he said.', ["Rafael D'Souza"]),
    # a name with letters after it, beside a long title, is the clause's subject: "she" is the
    # minister, not the developer named as a subject before
    ("a-name-with-letters-beside-a-title", 'Alasdair MacLeod, managing director of Caledan Renewables, said the deal '
     'would help. "We remain the lead developer," he said.\n\nCaledan will continue to lead consenting from its '
     'offices in Edinburgh and Wick.\n\nScotland\'s Cabinet Secretary for Net Zero and Energy, Fiona Drummond MSP, '
     'welcomed the announcement during a visit to Scrabster harbour on Monday afternoon.\n\n"This is exactly the '
     'kind of long-term investment we need," she said.', ["Alasdair MacLeod", "Fiona Drummond"]),
    # "she" after "A spokeswoman for the Interior Ministry said" is that spokeswoman, whom she speaks for and all
    ("a-spokeswoman-for-a-body", 'Protesters blocked the highway for a third day.\n\nA spokeswoman for the Interior '
     'Ministry said no firearms had been issued to officers. "Our personnel carry only non-lethal equipment," she '
     'said.', ["A spokeswoman for the Interior Ministry"]),
    # a first name alone with an age beside it ("Callum, 21, who …") is a person the NER passed over:
    # "he" is Callum, not the captain named before
    ("a-first-name-with-an-age", '"I will not talk about the referee," said Carvalho-Pinto, who was fined by the FA for '
     'his comments in October.\n\nTranter, who has now scored nine penalties this season, said the visiting dressing '
     'room was "gutted".\n\nAdvertisement\n\nCallum, 21, '
     'who came through the Castlebridge academy two years behind his brother, admitted he had feared he would be the '
     'villain of the day after conceding the penalty.\n\n"When the ref pointed to the spot I just wanted the ground '
     'to swallow me up," he said.', ["Carvalho-Pinto", "Tranter", "Callum"]),
    # a name with letters after it in apposition names the calling it stands beside
    ("a-calling-beside-a-name-with-letters", 'Last month it was Sir Anthony Crewe-Ridley, chief executive of Halbury '
     'Bank, who told staff they would be expected at their desks. "Our culture is built in person," he wrote.\n\n'
     'Ministers have been happy to join in. The business secretary, Gareth Pomeroy MP, told the Commons last week that '
     'remote working had left young people "deprived of the water-cooler moments that made my career".',
     ["Anthony Crewe-Ridley", "Gareth Pomeroy"]),
    # "the club" is no rival named once, paragraphs back, when the story's own club went unnamed
    ("not-the-rival-club", 'EASTMOOR, England — The manager said on Thursday that the club had rejected a third bid '
     'for its striker.\n\nThe midfielder has been linked with a move to the Dutch side FC Veldhoven.\n\nThe '
     'brothers\' agent struck a different tone in a statement sent to several outlets.\n\nSupporters gathered '
     'outside the ground on Friday evening.\n\n"We will not negotiate through the media," the club said.',
     ["the club"]),
    # in a trial report, "the prosecutor" is who opened the case for the prosecution and "the
    # defendant" who is on trial, though the article never called them so beside their names
    ("the-prosecutor-and-the-defendant", 'Keith Mawdsley, 58, the managing director of a roofing firm, is on trial at '
     'Manchester crown court.\n\nOpening the case for the prosecution, Simon Pryce-Llewellyn KC told the jury the '
     'death was foreseeable.\n\nA roofer, Daniel Okoro, said he had raised concerns. "Did you find it funny?" the '
     'prosecutor asked.\n\nIn his police interview, the defendant said he had been "in the trade 40 year".',
     ["Simon Pryce-Llewellyn", "Keith Mawdsley"]),
    # a bare surname whose own clause gives its gender ("for her part") is the sister, not the
    # brother named since
    ("a-surname-of-her-own-clause", 'Priya Venkataraman, the company\'s co-founder and chief executive, posted a '
     'string of messages criticising rivals.\n\nArjun Venkataraman, the co-founder and chief technology officer, '
     'joined the call. "We have been deliberately quiet about this," Venkataraman said.\n\nShares fell 4 per cent on '
     'Thursday, and analysts at two banks cut their targets, citing the risk of a long dispute with customers and a '
     'slower year.\n\nVenkataraman, for her part, had posted once more by Friday, captioned "Logging off."',
     ["Arjun Venkataraman", "Priya Venkataraman"]),
    # a known first name alone as the subject of a reporting verb is a person the NER passed over
    ("a-first-name-that-disagreed", '\'I actually talk to people at lunch now,\' said Maisie, 14, a Year 10 pupil.\n\n'
     'Amira, 12, who joined the school this term, said she had never known anything different.\n\nMaisie disagreed. '
     '\'Honestly, she should try it properly,\' she said, when told of Amira\'s comment.', ["Maisie", "Maisie"]),
    # "An HSE investigation report" is the HSE's, the body before the nouns of its name
    ("a-report-named-by-its-body", 'The Health and Safety Executive (HSE) investigated the fall.\n\nAn HSE '
     'investigation report, extracts of which were read to the jury, concluded that fall protection at the site had '
     'been inadequate.\n\n"There is no evidence that any site-specific risk assessment was carried out," the report '
     'said.', ["Health and Safety Executive"]),
    # a team's coach is the person the story is about, not the team; so is "the coach"
    ("team-coach-is-no-team", 'The Westbrook Falcons lost 3-1 to Rovers on Saturday.\n\nMarcus Oyelaran did not wait for '
     'questions. "We were second best," the Westbrook Falcons coach said. Later, Oyelaran praised the young striker. '
     '"He will play for his country," the coach said.', ["Marcus Oyelaran", "Marcus Oyelaran"]),
    # the unnamed source the article introduced, however it goes on calling them
    ("the-insider-is-the-source-introduced", 'Her publicist confirmed the filing. But a source close to the couple said the '
     'cracks had been showing for months.\n\n"They have been living separate lives since the spring," the insider said.',
     ["a source close to the couple"]),
    ("one-of-them-is-one-of-those-introduced", 'Two people familiar with the negotiations said the parties were close. '
     '"Everyone knows where the landing zone is," one of them said.', ["one of two people familiar with the negotiations"]),
    # any calling described ("the retired bus driver") names the person the story is about, as "he" would
    ("a-described-calling-is-an-epithet", 'Thousands still live in the prefabricated settlements. Mehmet Arslan, 67, '
     'has lived in one with his wife since 2023.\n\n"They call it temporary," the retired bus driver said, standing in '
     'the doorway of his cabin.', ["Mehmet Arslan"]),
    # a club's boss is its manager ("the Harbour manager"), not the player named last
    ("a-boss-is-the-manager", "Harbour boss Ian Pell praised his players after the win. Defender Tom Rigg was sent off "
     "on 58 minutes for a late lunge on winger Kyle Dunn.\n\n'When Tom went off I looked at the clock and thought it "
     "would be a long afternoon,' added the Harbour manager.", ["Ian Pell"]),
    # a name opening a sentence is its subject where the parser took the verb for a plural noun
    ("a-verb-taken-for-a-plural-noun", 'Bakery owner Samir Haddadin opened the shop in 1998 with his wife.\n\n"He gives '
     'away half of what he bakes," said his son Tariq, 26. "If he stopped, we\'d be comfortable."\n\nHaddadin shrugs at '
     'this. "My son has a spreadsheet," he said.', ["Tariq", "Tariq", "Samir Haddadin"]),
    # a name broken at its particles is whole again with its double-barrelled surname
    ("particles-and-a-double-barrelled-surname", '"It was not pretty, but it is a deal," said Annelies van den '
     'Berg-Visser, the chair of the fisheries commission, as delegates left.', ["Annelies van den Berg-Visser"]),
    # a Catalan name's "i" is no pronoun ("Puig i Ferrer"), nor a Spanish name's "y"
    ("catalan-name-particle", 'Deputy mayor Jordi Puig i Ferrer said the ban was "the biggest housing decision in a '
     'generation".', ["Jordi Puig i Ferrer"]),
    # "the elder X": the family name may come first; the NER may take the elder's first name for a place
    ("the-elder-of-a-family-name-first", 'Among the strikers were Park Sang-chul, 63, and his son Park Ji-hoon, 31, '
     'both riggers at the yard.\n\n"We were told to wait for years. My son will not wait," the elder Park said.',
     ["Park Sang-chul"]),
    ("the-elder-whose-first-name-the-ner-took-for-a-place", "Shares in Sarvodaya Steel fell on Thursday. Analysts "
     "blamed weak demand from China.\n\nMeera Raghunathan's father, Harish Raghunathan, who founded the company in "
     "1986, said in a brief statement that he had full confidence in his daughter.\n\n\"I have seen worse quarters "
     "than this one, many times,\" the elder Raghunathan said.", ["Harish Raghunathan"]),
    # a relative someone's words are about is not who speaks next; a name beside the subject's calling is the subject
    ("relative-spoken-about", 'The potter Ines Varga died on Sunday, aged 88.\n\nHer daughter, the painter Lotte '
     'Varga, said her mother had worked at the wheel until the spring. "She never once missed a firing," she said.',
     ["Lotte Varga"]),
    ("relative-spoken-about-by-a-named-son", 'Tomas Brandl founded the choir in 1961.\n\nHis son, Felix Brandl, said '
     'his father had sung at every rehearsal. "He knew every part by heart," he said.', ["Felix Brandl"]),
    # a quote's paragraph after one whose subject, described by an age, tells of speaking
    ("an-age-described-before-the-quote", 'Dariusz Lewandowski spent four hours in the Atlantic. Two of his '
     'crewmates died. This week he spoke publicly about that night.\n\nSitting in his kitchen, the 41-year-old '
     'described what happened in a calm, quiet voice.\n\n"We had been fishing for three days. It looked like a '
     'wall."', ["Dariusz Lewandowski"]),
    # a name beside a calling, after a title, that the NER missed is a person's
    ("a-titled-name-beside-a-calling", 'Helen Kowalski-Brandt said her party was not opposed to the bill.\n\nAt one '
     'point the Speaker, Dame Philippa Rourke-Hamid, interrupted proceedings to rebuke a junior minister. "The '
     'honourable gentleman may wish to put his phone away," she said.', ["Philippa Rourke-Hamid"]),
    # a player's position before the name is a calling, not part of it
    ("a-position-before-a-name", 'India will resume on 23 without loss. Opener Aditya Rao, unbeaten on 14, warned '
     'against complacency. "We respect this pitch," Rao said. Winger Kofi Mensah agreed. "It was tight," Mensah said.',
     ["Aditya Rao", "Kofi Mensah"]),
    # the writer's relative ("My grandmother had a saying"), by the byline's name, is whom "she" then stands for
    ("the-writers-relative", 'Councillor Mei-Ling Castellanos said the programme was working.\n\nMy grandmother '
     'had a second saying, which she used whenever anyone complained. "Complain to the one who can fix it," she '
     'would say.\n\nRhodri Evans writes for these pages every Saturday.', ["Rhodri Evans's grandmother"]),
    # a description that speaks, with another description beside it ("One witness, a woman who …, said")
    ("a-described-witness-beside-a-description", 'Four men raided the jewellers on Friday.\n\nOne witness, a woman '
     'who was shopping with her daughter in a neighbouring store, said she had assumed the men were there to carry '
     'out repairs. "They walked right past us," she said.', ["One witness"]),
    # "spits", "muses", "chuckles" report speech
    ("spits-muses-chuckles", 'Fionnuala Deasy is superb as Nell. When Nell spits, "You don\'t get to grieve him," '
     'her sister barely moves. "It is a play about silence," Deasy mused. "I loved it," Tom Reilly chuckled.',
     ["Nell", "Fionnuala Deasy", "Tom Reilly"]),
    # "its press office" is the body's
    ("its-press-office", 'The Department for Youth was asked what the word meant. Its press office said the '
     'programme would "equip young people with the tools to manage setbacks".',
     ["Department for Youth's press office"]),
    # a name the NER missed whole, with a particle in it
    ("a-missed-name-with-a-particle", 'When St Brendan\'s Community College in Rathkeel stopped setting homework, '
     'some parents threatened to move their children.\n\nJan-Willem de Vries, who teaches maths, said he was '
     'sceptical at first. "I\'m Dutch, we love homework," he said, laughing.', ["Jan-Willem de Vries"]),
    # the name someone gave as theirs names them ("who gave his name only as Marcus")
    ("a-name-given-only-as", 'Seamus Gilhooly, a solicitor, was less forgiving. "It is the third strike this year," '
     'he said.\n\nAnother passenger, a student who gave her name only as Marta, said she had walked for an hour to '
     'reach an exam. "I will be fine. I am just annoyed I wore these shoes," she said.\n\nAnother shopper, who gave '
     'his name only as Marcus, said he saw a pistol. "He was shouting at her," he said.',
     ["Seamus Gilhooly", "Marta", "Marcus"]),
    # a name after a place that opens the sentence is the subject of its verb, however far (to the parser,
    # the place's apposition)
    ("a-name-after-the-place-that-opens-the-sentence", 'Haruki Sato said the merger would save jobs. "Nobody will '
     'lose a desk," he said.\n\nIn Tsuyama, in Okayama prefecture, Minoru Ikeda, 71, whose family has made tofu '
     'since 1921, said the old bank had lent to the shop for three generations. "My grandfather signed the first '
     'loan," he said.', ["Haruki Sato", "Minoru Ikeda"]),
    # and after an opening phrase whose noun a participle qualifies ("In a statement read to the court,")
    ("a-name-after-a-statement-read-to-the-court", 'Judge Helena Marchetti-Rowe jailed him for six years.\n\nIn a '
     'statement read to the court, Margaret Kowalczyk, whose mother Irena Kowalczyk lived at the home for four years, '
     'said the family had been "torn apart" by the discovery.\n\n"My mother trusted that man," she wrote.',
     ["Margaret Kowalczyk", "Margaret Kowalczyk"]),
    # and after an opening participle, the name beside a calling ("Speaking on the picket line at …, the union's
    # general secretary, Kehinde Olanrewaju, said")
    ("a-name-beside-a-calling-after-an-opening-participle", 'Rail workers walked out on Monday.\n\nSpeaking on the '
     'picket line at Fairhaven Central, the union\'s general secretary, Kehinde Olanrewaju, said his members had been '
     '"pushed to the edge".', ["Kehinde Olanrewaju"]),
    # a known first name before a surname the NER took for a place is the person's
    ("a-first-name-before-a-surname-taken-for-a-place", 'Judge Helena Marchetti-Rowe jailed him for six years.\n\n'
     '"Over five years, he made 300 transactions," said Oluwaseun Adebayo-Clarke, prosecuting.\n\nPriya '
     'Raghunathan, defending, said her client had developed a gambling addiction.\n\n"He does not ask for '
     'sympathy," she said.', ["Oluwaseun Adebayo-Clarke", "Priya Raghunathan"]),
    # a church's ranks are titles, not a first name that says "he"
    ("a-canon-is-a-title", 'The Rev. Canon Chiamaka Obi, vicar of three parishes, spoke against the plan. Born in '
     'Owerri, she has served in the diocese for nine years.\n\n"The church is growing where it is close to people," '
     'she said.', ["Chiamaka Obi"]),
    # a first name after a calling is a person's, whatever the NER said (an organisation to it)
    ("a-calling-before-a-first-name", 'Councillor Aoife Brennan said the plan was fair. "It is a compromise," she '
     'said.\n\nLocal trader Gráinne de Paor, who runs a bakery on Church Street, said she was torn. "I want the '
     'spaces, but not a meter at the church door," she said.', ["Aoife Brennan", "Gráinne de Paor"]),
    # a relative by whose they are, in full: "his" the person the story is about, a surname the person's
    ("his-daughter-is-the-story-subjects", 'Kofi Boateng, the drummer whose records filled Accra\'s dance halls, died '
     'on Sunday. He was 79.\n\nBoateng founded his first band in 1961. Boateng toured for thirty years.\n\n"He played '
     'until the last week," his daughter said.', ["Kofi Boateng's daughter"]),
    ("a-surnames-relative-in-full", 'Dale Wyatt Pruitt pleaded guilty in August.\n\n"My son did a terrible thing," '
     'Pruitt\'s mother told reporters.', ["Dale Wyatt Pruitt's mother"]),
    # a first name given in a clause about the subject is the subject's, past the last speaker
    ("first-name-only-after-another-speaker", '"We are just waiting," Brenda Ochieng said.\n\nTheir mother, who '
     'asked to be identified only by her first name, Rose, said she backed the teachers. "The teachers are right," she '
     'said.', ["Brenda Ochieng", "Rose"]),
    # a common noun opening a sentence is no one, whatever the NER said ("Turnout", a person to it)
    ("a-noun-opening-a-sentence-is-no-one", 'Turnout looks to be around 38%, up from 31% four years ago, according to '
     'the returning officer, Janet Morrow. "Polling stations were busier than we expected," she said.', ["Janet Morrow"]),
    # "it" is the body the story just turned to by what it is, not the organisation named before it
    ("it-is-the-body-just-turned-to", 'Forecasters at the Tarrant Weather Service said the storm had strengthened '
     'overnight.\n\nThe ministry said it would rebuild the dykes. "Work starts on Monday," it said.', ["The ministry"]),
    # a business by where it is based is the business named, not the place
    ("a-business-by-where-it-is-based", 'Kestrel Lines has ordered six feeder ships from a yard in Ulsan, in what the '
     'Bergen-based carrier described as "the first step in a full fleet renewal".', ["Kestrel Lines"]),
    # a relative named in full is someone else than the bare surname before it, and the name with an
    # age a person's however it is hyphenated
    ("a-relative-named-in-full-after-a-bare-surname", 'Cocoa prices rose again this year.\n\nMensah-Boateng, 58, '
     'took over the farm from his father, Kojo Mensah-Boateng, in 1990. He remembers pruning at eight.\n\n"My father '
     'taught me patience," he says.', ["Mensah-Boateng"]),
    # the name that opens the story after its dateline, before a verb the tagger took for a noun
    ("a-name-after-the-dateline", 'ASANTE AKIM, Ghana — Kwabena Adjei-Mensah walks slowly between the rows of his '
     'cocoa farm.\n\n"This one, finished. That one too," he says.', ["Kwabena Adjei-Mensah"]),
    # one whose death the story told since is not who "says" after it
    ("the-dead-say-no-more", 'The novelist Amara Okonkwo, 44, met us at a café in Peckham. "It never gets easier," she '
     'says.\n\nThe new '
     'novel is, she admits, not entirely invented. Her own mother, Chidinma Okonkwo, a nurse, died in 2020.\n\n"I '
     'wrote the first draft in four months," she says.', ["Amara Okonkwo", "Amara Okonkwo"]),
    # "the older Sandhu" paragraphs after both were named with their ages: the elder
    ("the-older-of-namesakes-named-far-back", 'This year Harpal Singh Gill sowed his rice seed directly. "My father '
     'said I had gone mad," said Gill, 41.\n\nHis father, Mohinder Singh Gill, 68, was not ready to concede. "Ask me '
     'after the harvest," he said.\n\nThe state pays farmers 1,500 rupees an acre to try the method. Officials said '
     'uptake had been slow.\n\nNeighbours said they were watching the field closely.\n\nWalking back along the bund, '
     'the older Gill pointed to a tube well. "In my day we found water at thirty feet," he said.',
     ["Harpal Singh Gill", "Mohinder Singh Gill", "Mohinder Singh Gill"]),
    # "the United manager" is not "Rovers manager Dean Holt": whose manager they are differs
    ("a-role-of-another-club", 'United manager Gordon Cormack saw his side miss a penalty. Cormack described the '
     'decision as baffling.\n\nRovers manager Dean Holt praised his players. "We were second best for an hour," Holt '
     'said.\n\n"I have watched it back three times," the United manager said.', ["Dean Holt", "Gordon Cormack"]),
    # the person a lede describes, named with that calling next
    ("a-lede-description-named-next", 'Nurse tells inquiry of corridor death\n\nA senior emergency nurse has told an '
     'inquiry that she "begged" managers for extra staff on the night a patient died.\n\nClinical nurse specialist '
     'Aisling Doyle, who has worked in the department for 14 years, gave evidence on Tuesday.', ["Aisling Doyle"]),
    # someone the story brings in unnamed, right before, is whose "she said" it is
    ("one-brought-in-unnamed", 'Our librarian, Agnieszka Nowak, said borrowing had gone up. "I have had to reorder the '
     'fantasy section," she told me.\n\nOne girl whose mother is ill came to my office in tears. "If Mum falls and I '
     'miss the message, that is on you," she said.', ["Agnieszka Nowak", "One girl"]),
    # "One, the chief medical officer of …, said": one of those just described speaks, and her "she" is hers
    ("one-of-them-by-her-calling", 'In a written statement, the department\'s spokeswoman, Tamara Ellison, said the '
     'change had been "documented in the technical notes."\n\nThree hospital administrators said they had been '
     'puzzled by the figures. One, the chief medical officer of a large hospital system in the county, who asked not '
     'to be named because her organization depends on county contracts, said her own emergency departments had seen '
     'wait times rise.\n\n"We looked at those numbers and laughed," she said.',
     ["Tamara Ellison", "the chief medical officer of a large hospital system in the county"]),
    # a father and son of one name are two people, told apart by Sr. and Jr.
    ("senior-and-junior-are-two-people", 'A pickup truck struck Kevin Ortiz Jr. on Salem Avenue. "He was walking home," '
     'a neighbour said.\n\nThe teenager\'s father, Kevin Ortiz Sr., spoke next.\n\n"He had my name, but he was better '
     'than me," Ortiz Sr. said.', ["a neighbour", "Kevin Ortiz Sr."]),
    # a relative the story turned to, carried on by "she" sentence after sentence, is whose "she" is
    ("a-relative-carried-on-by-she", 'Defense attorney Linda Marchetti asked for seven years. She said Pruitt had '
     'been sober for ten months.\n\n"Dale is not asking for forgiveness," Marchetti said.\n\nPruitt’s mother, seated '
     'behind the defense table, wept throughout the hearing. Speaking to reporters afterward, she said she prayed for '
     'the family every night. “My son did a terrible thing,” she said.', ["Linda Marchetti", "Pruitt's mother"]),
    # a family name the tagger did not take for a name ("Trần", a noun to it) opens the name, and the name after
    # the place the sentence opens with is its subject
    ("a-family-name-with-letters-english-has-not", 'In the riverside village of Phú Mỹ, Trần Thị Lan, 48, stood in '
     'the mud of her rice store.\n\n"We lost everything we harvested," she said.', ["Trần Thị Lan"]),
    # a father and son: "His father", said of the son, is the man whose son he was introduced as;
    # a sentence about him right before a quote standing alone gives it to him, not to the son before
    ("whose-relative-he-was-introduced-as", 'Hugh Armitage, 71, has farmed at Low Garth since 1974. His son, '
     'Callum Armitage, 38, runs the farm now.\n\n"That\'s feed we should be putting away," the younger Armitage '
     'said.\n\nHis father was blunter. "If it doesn\'t rain by October, we\'ll be selling cows."\n\nHis son laughed. '
     '"Dad\'s been doing this since 1974."', ["Callum Armitage", "Hugh Armitage", "Callum Armitage"]),
    # "and neither did X" says something of the one before, not a turn to X
    ("neither-did", '"I rang my husband and said, this website\'s broken," Carol Fenwick recalled.\n\nDenise Albright '
     'had taken the same test a year earlier. She had no idea she was a twin, and neither did Fenwick.\n\n"I thought '
     'I\'d find a second cousin, maybe," she said.', ["Carol Fenwick", "Denise Albright"]),
    # "the company" is the one organisation the article has named, when its name is no public body's
    ("the-only-company-named", 'PaceLoop breach exposed running routes of 3,000 users\n\nThe fitness-tracking app left '
     'the routes of 3,000 runners open to anyone.\n\n'
     'Saoirse Mac Giolla, a researcher, found the flaw in March. "I did everything right," she said.\n\n'
     '"We take the privacy of our community extremely seriously," the company said.', ["Saoirse Mac Giolla", "PaceLoop"]),
    # a namesake brought in as someone's relative ("Janet Paris - his sister") leaves the bare surname
    # in the next paragraph to the one the story is about
    ("namesake-brought-in-as-a-relative", 'Harold Paris, 61, was the prosecution\'s first witness.\n\nParis testified '
     'that "Janet" referred to Janet Paris - his sister, who chaired the audit committee.\n\n"I didn\'t want to put her '
     'in that position," Paris said.', ["Harold Paris", "Harold Paris"]),
    # "Mac" opens a Gaelic surname, not a man's first name: "Mac Giolla" is Saoirse Mac Giolla, a "she"
    ("a-gaelic-surname-is-no-first-name", 'The researcher, Saoirse Mac Giolla, found the database on March 3.\n\n'
     'One customer, who asked to be identified only by her first name, Bethany, said she had deleted the app.\n\n'
     '"I\'ve run the same loop for six years," she said.\n\nMac Giolla said she had no plans to pursue the '
     'matter.\n\n"I did everything right," she said.', ["Bethany", "Saoirse Mac Giolla"]),
    # a side in a score line is a club, whatever the NER says, so the coach's "he" is not the club's
    ("a-side-in-a-score-line", 'Harlow Vale 27 Castlebridge 24: De la Cruz kicks Vale into the semi-finals\n\nMateo de '
     'la Cruz kept his nerve to send Harlow Vale into the semi-finals.\n\nVale director of rugby Gareth Owain-Price '
     'said the lock would be assessed. \'Pieter is a tough man,\' Owain-Price said.\n\nThe coach was scathing about '
     'the second half, however. Vale conceded eleven penalties after the break.\n\n\'We switched off,\' he said.',
     ["Gareth Owain-Price", "Gareth Owain-Price"]),
    # "the elder Mr Young" is the older of the two Youngs, a title between or not
    ("the-elder-mr", 'The shop\'s owner, Bernard Young, 67, was treated for a cut to his hand.\n\nMr Young was back '
     'behind the counter on Friday with his son, Owen, 38.\n\n"He wanted to open at nine like always," Owen Young said.'
     '\n\nThe elder Mr Young said he had "stopped being frightened" after ten seconds.',
     ["Owen Young", "Bernard Young"]),
    # "The old man" is the oldest man the article gave an age to; carried on by "He" to the end of
    # its paragraph, he is the "he" of the quote that opens the next
    ("the-old-man", 'Rubén Delgado, 79, opened the gym in 1976. His grandson, Eli Delgado, 22, trains there with '
     'his coach, Javier Ontiveros.\n\nThe old man said he tries not to think about the future. He has seen too many '
     'fighters get hurt.\n\n"I want him to win, of course," he said.', ["Rubén Delgado"]),
    # the person "according to" credits with a sentence is whom a "she" after it means
    ("according-to-then-she", '23:05\nTurnout looks to be around 38%, up from 31% four years ago, according to the '
     'returning officer, Janet Morrow. "Polling stations were busier than we expected all day," she said.',
     ["Janet Morrow"]),
    # and so is the name after a phrase the parser took for the subject ("Outside court," to it the subject)
    ("a-name-after-the-opening-phrase", 'Judge Caroline Whitmore passed sentence. "You chose your victims with care," '
     'she said.\n\nOutside court, Detective Sergeant Lena Kovač of the economic crime unit said proceedings would '
     'begin next month.\n\n"We will pursue every pound," she said.', ["Caroline Whitmore", "Lena Kovač"]),
    # the father introduced beside the son, though the union's leader is the story's main person
    ("relative-introduced-beside-whoever-the-story-is-about", 'Rail workers walked out on Monday. Mark Rudd, the '
     'union’s general secretary, said the strike would go on. "We are not going anywhere," Rudd said. "Nobody wants '
     'this," Rudd added. Rudd has led the union since 2019, and Rudd says he will lead it to the end.\n\nAmong the '
     'pickets were Terry Vance, 59, a driver, and his son, Liam Vance, 27, a guard.\n\nLiam Vance said his job was '
     'about safety. "If there is no guard, who helps?" he said.\n\nHis father nodded. "That is it, in one," he said.',
     ["Mark Rudd", "Mark Rudd", "Liam Vance", "Terry Vance"]),
    # the name before a document word is its author, and "the report" later the same report
    ("document-named-before-its-word", 'The Schools Standards Inspectorate report, published on Thursday, says pupils '
     '"too often" feel unsafe.\n\nYolanda Price, the headteacher, said it was "hard to read".\n\n"Too many lessons '
     'are interrupted," the report says.',
     ["Schools Standards Inspectorate", "Yolanda Price", "Schools Standards Inspectorate"]),
    # a court paper named by two words is one
    ("court-paper-named-by-two-words", 'The lawsuit, filed in county court by the Harbor Point Tenants Association, '
     'says the review was "flawed".\n\n"The City treated a neighborhood as if it were an empty lot," the complaint '
     'says.',
     ["Harbor Point Tenants Association", "Harbor Point Tenants Association"]),
    # "… the report says. Yolanda Price" does not make her "the report"
    ("words-of-the-sentence-before-call-no-name", 'Fernhill Academy was rated inadequate.\n\n"Too many lessons are '
     'interrupted," the report says. Yolanda Price, who became headteacher in September, said she had inherited the '
     'problems.',
     ["the report"]),
    # the parser's subject is "KC": the speaker is the name before it
    ("letters-after-a-hyphenated-name", 'Opening the case, Felicity Okonkwo-Barnes KC told the jury that Lisle had '
     'been "the most trusted man in the building" at the firm.',
     ["Felicity Okonkwo-Barnes"]),
    # the parser hangs the name on "the raid": it is the driver's
    ("name-after-a-relative-clause", 'A bus driver who witnessed the Aldercombe raid, Stelian Popescu, described '
     'seeing the men "laughing" as they drove off. "They were not in a hurry," he said.',
     ["Stelian Popescu", "Stelian Popescu"]),
    # the story turns to him, so the next "he said" is not the aide quoted before
    ("name-beside-two-callings", 'At Reform Party headquarters in London, the mood was funereal. A senior Reform '
     'aide, who spoke on condition of anonymity, described the result as a wipeout.\n\n"We were told the polls were '
     'wrong," the aide said.\n\nThe Reform leader and outgoing prime minister, Vernon Tighe, who comfortably held '
     'his own seat in Stanmoor, conceded shortly before 5am. "The people have spoken, and they have spoken clearly," '
     'he said.',
     ["A senior Reform aide", "Vernon Tighe"]),
    # whom the jury heard from is whom the story turns to, not the woman named as a subject before
    ("witness-a-court-heard-from", 'Ms Reyes, who is not accused of any wrongdoing, is expected to give evidence '
     'later in the trial.\n\nThe jury then heard from Harriet Dunmore, 71, who founded the company with her late '
     'husband in 1979. She described Lisle as having been "like family".\n\n"He came to my husband’s funeral. He '
     'held my hand," she said.',
     ["Harriet Dunmore", "Harriet Dunmore"]),
    # her brother is the one son the article introduced in the family
    ("brother-is-the-son-of-the-family", 'Evelyn Marchetti, who ran the bakery, has died aged 86. She died at home, '
     'her daughter, Lucia Marchetti, said.\n\n"She never stopped," Lucia said.\n\nHer son, Paolo Marchetti, who took '
     'over the bakery in 2003, said his mother came in most mornings.\n\nLucia, who lives in Edinburgh, said the '
     'family had been overwhelmed. "People have been leaving flowers," she said.\n\nHer brother agreed. "The first '
     'batch came out a bit pale," he said.',
     ["Lucia Marchetti", "Lucia Marchetti", "Paolo Marchetti"]),
    # a quoted fragment ending in a word ends no sentence: the name after it is no one the story turns to
    ("fragment-ends-no-sentence", 'Liam Ashworth, 27, said he had no memory of the attack.\n\nGiving evidence on '
     'Tuesday, Daniel McGarrity told the jury he had “genuinely believed” Mr Ashworth was about to hit him.\n\n'
     '“He came off the wall towards me,” he said.',
     ["Daniel McGarrity", "Daniel McGarrity"]),
    # what someone told analysts "that" a company would do is no turn to the company, whatever the parse
    ("that-clause-under-a-cue", 'Chief Financial Officer Per Lindqvist, a Swede who joined the group from a '
     'Stockholm-based utility in 2022, told analysts on a conference call that Nordavind would now prioritise projects '
     'in Norwegian waters and the Baltic Sea.\n\n"We are going to be disciplined," he said.',
     ["Per Lindqvist"]),
    # a name the NER passed over beside a calling that is the subject ("the Irish referee Declan Ó Cathasaigh went")
    ("name-beside-a-subject-calling", 'When the replacement hooker collapsed the maul just short of the line, the Irish '
     'referee Declan Ó Cathasaigh went straight under the posts.\n\n“That’s a penalty try,” he told the players.',
     ["Declan Ó Cathasaigh"]),
    # a bare surname is the one person whose surname it is, not a daughter's double-barrelled one named since
    ("surname-not-part-of-a-double-barrel", 'Donna Kerrigan waited 22 months for a hip replacement.\n\nKerrigan’s '
     'daughter, Shannon Kerrigan-Boyd, who lives with her mother, sat beside her.\n\n“Nobody ever checked,” she '
     'said.\n\nKerrigan was restored to the wait-list in February. She is now walking with a cane.\n\n“I’m one of '
     'the lucky ones,” she said.',
     ["Shannon Kerrigan-Boyd", "Donna Kerrigan"]),
    # a bracket the NER ran into after a name is no part of it: "her husband" is still the man named so
    ("bracket-run-into-a-name", 'Among those voting in favour was Cllr Pauline Fenwick (Lib Dem, Ashcombe North). '
     'Among those voting against was her husband, Cllr Geoff Fenwick (Independent, Ashcombe and Villages), who sits on '
     'the committee as a substitute member.\n\nHer husband, speaking a few minutes later, took a different view. '
     '“Nobody in this room is against affordable housing,” he said.',
     ["Geoff Fenwick"]),
    # "his mother" is the one whose son the article introduced him as; a surname the NER passed over
    # keeps the gender its own clause gives ("O’Rourke, for his part,": the son, not his mother)
    ("mother-of-whom-he-was-introduced-as-son", 'Bridget O’Rourke (71), who set up the bakery with her late husband '
     'in 1978, said she intends to step down as chair.\n\nThe move would pass over her son, Cathal O’Rourke (44), who '
     'has been operations director since 2015.\n\nNollaig Ó Ceallaigh, an organiser with the union, said members '
     'wanted guarantees. “Nobody should pay for it,” he said.\n\nO’Rourke, for his part, insists he has no intention '
     'of leaving. “I’ll be in at four on Monday morning,” he said.\n\nHis mother said much the same. “I’ll be behind '
     'the counter on Saturday,” she said.',
     ["Nollaig Ó Ceallaigh", "Cathal O’Rourke", "Bridget O’Rourke"]),
    # without ages, the younger of a father and son is the son (and a surname may open with its particle)
    ("the-younger-of-father-and-son", 'Pieter du Plessis made his first Test century on Saturday.\n\n"I\'ve dreamt about '
     'that moment," du Plessis said afterwards.\n\nHis father, Gerhard du Plessis, a former all-rounder who coached '
     'his son until he was 18, was in tears.\n\n"I always knew this day would come," the elder du Plessis said.\n\n'
     'Told of his father\'s remarks, the younger du Plessis grinned. "He\'ll tell you he taught me everything," he said.',
     ["Pieter du Plessis", "Gerhard du Plessis", "Pieter du Plessis"]),
    # the adverb opening a sentence is no subject, though the parser made it the verb's: the name after it is
    ("name-after-an-opening-adverb", 'The chairman, Cllr Raj Bhattacharjee, called for order. “If it happens again, '
     'I will adjourn the meeting,” Cllr Bhattacharjee said.\n\nOutside, resident Ted Hollingworth, 81, who has lived '
     'in Ashcombe all his life, said he would no longer be able to drive into town. “I’ve got a blue badge, but you try '
     'finding a disabled space in Mill Lane on a Saturday,” he said.',
     ["Raj Bhattacharjee", "Ted Hollingworth"]),
    # an unnamed professor speaks as one, not as the lecturer named before
    ("an-unnamed-professor", 'Zhang Wei, who teaches chemistry, said the strike was overdue.\n\nFaculty were split '
     'over the walkout. A tenured professor in the history department, who asked not to be named, said several '
     'colleagues had refused to cover for striking TAs.\n\n“I am not going to do their work for the administration,” '
     'he said.',
     ["A tenured professor"]),
    # "they" for one source nobody named, whose party's name is in the description
    ("singular-they-for-a-source", 'Hugo Anstruther-Gough, the Conservative candidate, arrived at the count a few '
     'minutes ago. “Better than the polls, worse than I’d like,” he said.\n\nA Conservative campaign source was less '
     'diplomatic. “Squeezed from both ends,” they said.',
     ["Hugo Anstruther-Gough", "A Conservative campaign source"]),
    # "the coroner" is the one the article named beside the calling, though the parser hung the name on the place
    ("calling-for-a-place-beside-a-name", 'The senior coroner for Teesside, Clare Bailey, told jurors they would hear '
     'evidence about an inhaler.\n\nA police sergeant, Lauren Tilley, said she had followed procedure.\n\n“I will not have '
     'witnesses shouted at,” the coroner said.',
     ["Clare Bailey"]),
    # a surname the NER took for a date after a known first name is a person's ("the Labour MP Imogen Faraday")
    ("surname-taken-for-a-date", 'The committee is expected to question the minister next month. Its chairwoman, the '
     'Labour MP Imogen Faraday, said the committee would want to see the workings behind the figures.\n\n“Moving money '
     'is easy,” the chairwoman said.',
     ["Imogen Faraday"]),
    # business news calls a company "the group"
    ("the-group-is-the-company", 'OSLO, Oct 8 (Reuters) - Norway\'s Nordavind ASA said on Tuesday it would shelve its '
     'planned wind farm off Scotland and cut 280 jobs.\n\nThe Oslo-listed group will book an impairment of 3.1 billion '
     'crowns on the project.\n\n"This is a decision about one project," the group said in a statement.',
     ["Nordavind ASA"]),
    # a party's name in the description of someone unnamed is no speaker; nor a date the parser made a
    # subject ("since January said"); a spokesman still speaks for the firm
    ("party-name-in-an-unnamed-description", 'Polls have now closed in Kingsmere.\n\nOne Reform activist who has been '
     'knocking on doors since January said: “People aren’t even asking what our policies are any more.”\n\nA Labour '
     'councillor said: “It is close.”\n\nA Reform spokesman said: “We are confident.”',
     ["One Reform activist", "A Labour councillor", "Reform"]),
    # "came the reply from X" names X; "his wife" is the one whose husband the article introduced him as
    ("came-the-reply-from-his-wife", 'Among those voting in favour was Cllr Pauline Fenwick. Among those voting '
     'against was her husband, Cllr Geoff Fenwick, who sits on the committee as a substitute.\n\nAsked afterwards '
     'whether the vote had caused tension at home, Cllr Geoff Fenwick laughed. “She’s been wrong before,” he said. '
     '“I heard that,” came the reply from his wife, standing a few feet away.\n\nThe chairman was asked about a '
     'recount. “Not tonight,” came the response from Cllr Raj Bhattacharjee.',
     ["Geoff Fenwick", "Pauline Fenwick", "Raj Bhattacharjee"]),
    # a Korean name, family name first, with the family name a people to the NER ("Han")
    ("family-name-first-with-a-hyphenated-given-name", 'The band’s management company announced the cancellation '
     'on Tuesday.\n\nThe group’s leader, Kang Tae-yang, had spoken of his excitement about the shows at a press '
     'conference in Seoul last month. Speaking through an interpreter, he told reporters: “Australia is the place the '
     'members have talked about the most.”\n\nHan Seo-jun, the band’s youngest member, added at the same event: “I have '
     'been practising my ‘G’day’. Please look forward to it.”',
     ["Kang Tae-yang", "Han Seo-jun", None]),
    # the place opening a sentence is no speaker, nor the calling the parser joined to it: the name beside it is
    ("calling-joined-to-an-opening-place", 'The inquest continues.\n\nOutside court, the family’s solicitor, Priya '
     'Mendis, said: “Callum’s family have waited 19 months to hear officers answer questions under oath.”',
     ["Priya Mendis"]),
    # "the governing body" is the organisation the sentence before was about
    ("the-governing-body", 'The Football Association fined Hartside Athletic £20,000 on Monday.\n\n"This behaviour has '
     'no place in the game," the governing body said.', ["Football Association"]),
]


@pytest.mark.parametrize("case,text,speakers", WHO, ids=[c[0] for c in WHO])
def test_who_a_pronoun_surname_or_epithet_names(case, text, speakers):
    assert [q.speaker for q in analyze(text)] == speakers


def test_a_video_speaks_for_whoever_released_it():
    # "released a marketing video that said, "…"": the words are the releaser's, and the
    # attribution rests on the releaser's mention, not the video's
    text = ('In selling the courses, Donald Trump released a marketing video that said, "We are going to have '
            'professors and adjunct professors that are absolutely terrific."')
    [q] = analyze(text)
    assert (q.speaker, q.mention.text(text)) == ("Donald Trump", "Donald Trump")


def test_the_actor_in_brackets_after_the_part_is_an_aside():
    # "she" is the character the scene is about, not the actor who plays her
    text = ('Twenty minutes in, Sheriff Ada Kowalczyk (Marisa Delgado) stands on a levee watching the river swallow '
            'a trailer park.\n\n“He meant it as a warning. I took it as a job description,” she tells a young deputy.')
    assert [q.speaker for q in analyze(text)] == ["Ada Kowalczyk"]


@pytest.mark.parametrize("name", ["Nordavind ASA", "Koru Wind NV", "Halvorsen GmbH"])
def test_a_company_form_abroad_makes_an_organisation(name):
    text = f'Shares in {name} fell 9 per cent on Tuesday.\n\n"This is a decision about one project," {name} said in a statement.'
    analysis = analyze_document(text)
    assert [(p.name, p.kind) for p in analysis.people] == [(name, SpeakerKind.ORGANISATION)]


def test_fr_is_a_man_s_title():
    analysis = analyze_document('Fr Considine, the parish priest, blessed the boats. "Go safely," he said.')
    assert [(p.name, p.gender) for p in analysis.people] == [("Considine", "m")]


def test_a_columnist_s_line_is_no_person_of_the_column():
    # "… is the author of “The Long Lunch”" under the byline is page chrome: "he" is the banker
    # the column goes on to, not the columnist
    text = ('By Fergus Aldine-Whyte, Columnist\n\nFergus Aldine-Whyte is the author of “The Long Lunch: A History of '
            'Work and Idleness”\n\nIt usually happens in a memo. Last month it was Sir Anthony Crewe-Ridley, chief '
            'executive of Halbury Bank, who informed 38,000 staff that they would be expected at their desks five days '
            'a week. “Our culture is built in person,” he wrote.')
    assert analyze(text)[-1].speaker == "Anthony Crewe-Ridley"


def test_a_dateline_alone_is_page_chrome():
    # "Thu 6 Nov 2025 19.02 GMT" on its own line names no one: "the regulator" is not "GMT"
    text = ('Water shares slump after regulator warning\n\nThu 6 Nov 2025 19.02 GMT\n\nShares in the parent company '
            'of Ashdown Water fell on Thursday after the industry regulator warned it had “serious concern” about the '
            'supplier’s debts.')
    analysis = analyze_document(text)
    assert "GMT" not in {p.name for p in analysis.people}
    assert [q.speaker for q in analysis.quotes] == ["the industry regulator"]


def test_a_caption_s_credit_and_a_section_label_are_no_people():
    # "Photo: Name/Agency" at the end of a caption, and a section label in capitals above the
    # headline, name nobody in the story: "he" is the singer, "it" the promoter
    text = ('CELEBRITY NEWS\n\nJonah Reyes-Whitaker postpones his tour\n\nJonah Reyes-Whitaker performs in New York in '
            'December. Photo: Noah Castellanos/Getty Images\n\nThe singer said he was exhausted. "I\'m okay, truly," he '
            'wrote.\n\nTour promoter Crestline Live said all tickets would be honoured for new dates, which it expects '
            'to announce "in the coming months."')
    analysis = analyze_document(text)
    assert {p.name for p in analysis.people} >= {"Jonah Reyes-Whitaker"}
    assert not {p.name for p in analysis.people} & {"Noah Castellanos/Getty Images", "CELEBRITY NEWS"}
    assert analysis.quotes[0].speaker == "Jonah Reyes-Whitaker"


def test_the_article_before_a_noun_of_speech_after_a_quote_is_no_speaker():
    # '"…?" The reply, from …, read': "The" is no one, and the note the quote stands in is its writer's
    text = ('The supervisor who received the email, Deputy Director Craig Halvorsen, forwarded it to the director\'s '
            'chief of staff with a one-line note: "FYI — see concerns below. Are we still moving forward?" The reply, '
            'from the chief of staff, Jenna Pruett, read in full: "Yes. Per the director."')
    # (and "The reply" opens a sentence of its own, not the question's reporting clause)
    assert [q.speaker for q in analyze(text)] == ["Craig Halvorsen", "Jenna Pruett"]


def test_a_surname_the_ner_took_for_a_place_is_the_person_the_story_turns_to():
    # "Okonkwo, signed from Kilmarnock …, now has nine goals": a place to the NER, yet the subject
    # the story turned to, so "the 24-year-old" who speaks next is he, not the manager who spoke last
    text = ('By Gareth Lloyd at Marsh Lane\n\nChukwuemeka Okonkwo scored twice in the second half as Ashdale T'
            'own came from behind to beat Brindley Rovers and climb into the League One play-off places for '
            'the first time this season.\n\nRovers had led through Jamie Fenwick’s 23rd-minute header from a c'
            'orner, and for long spells of a scrappy first half the visitors looked the likelier side to sco'
            're again. Ashdale goalkeeper Tobi Adewale had to make two smart saves, the second a fingertip s'
            'top from Fenwick’s volley on the stroke of half-time.\n\nBut manager Stuart Haddow’s switch to a '
            'back three at the interval transformed the game. Okonkwo equalised four minutes after the resta'
            'rt, sprinting clear of the Rovers defence to slide the ball under Dominik Nowak, and put Ashdal'
            'e ahead on 71 minutes with a low shot from the edge of the box. Substitute Liam Daly added a th'
            'ird in stoppage time.\n\n‘That second half was perfect,’ said Haddow. ‘I don’t use that word ligh'
            'tly. I’ve been in this game twenty-six years and I can count the perfect halves on one hand.’\n\n'
            '‘At half-time I told them, “Nobody is coming to rescue you. You rescue yourselves.” And they di'
            'd. Every one of them.’\n\nOkonkwo, signed from Kilmarnock in the summer for an undisclosed fee, n'
            'ow has nine goals in eleven league games.\n\n‘The gaffer was angry at half-time, but it was the g'
            'ood kind of angry,’ the 24-year-old said. ‘He said to me, “Emeka, stop coming short. Run in beh'
            'ind and they can’t live with you.” So I ran.’\n')
    gaffer = [q for q in analyze(text) if q.content(text).startswith("The gaffer")]
    assert [q.speaker for q in gaffer] == ["Chukwuemeka Okonkwo"]


def test_first_names_used_for_both_genders_say_nothing():
    from quotedesk.engine.lexicon import lexicon

    names = lexicon().first_names
    assert (names.get("bill"), names.get("hillary"), names.get("melanie")) == ("m", "f", "f")
    assert not {"chris", "jean", "kelly", "robin"} & names.keys()


def test_first_names_are_found_with_their_accents():
    from quotedesk.engine.lexicon import lexicon

    names = lexicon().first_names
    assert (names.get("inés"), names.get("josé"), names.get("łukasz"), names.get("søren")) == ("f", "m", "m", "m")
    assert "małgorzata" in names and "zzyzx" not in names


def test_two_full_names_sharing_a_surname_stay_two_people():
    text = ('Rep. Alan Grayson is running for the Senate. His fiancee, Dena Grayson, wants his House seat.\n\n'
            '"I will win this seat," Dena Grayson said. "She will win," Alan Grayson said.')
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.quotes] == ["Dena Grayson", "Alan Grayson"]
    assert {"Alan Grayson", "Dena Grayson"} <= {p.name for p in analysis.people}


def test_offsets_survive_astral_characters():
    text = 'Fans cheered 🎉🎉 all night.\n\n"We did it 🏆," coach Ana Ruiz said 😀.'
    (q,) = analyze(text)
    assert text[q.start] == '"' and text[q.end - 1] == '"'
    assert q.content(text) == "We did it 🏆,"
    assert text[q.mention.start : q.mention.end] == "coach Ana Ruiz"
    assert q.speaker == "Ana Ruiz"
    assert text[q.cue.start : q.cue.end] == "said"


def test_page_chrome_names_no_speakers_and_no_people():
    text = ("By Jane Doe, Associated Press\n\nPhoto by John Smith/Reuters\n\n"
            'WASHINGTON (AP) - "The bill is dead," said Senator Mitch McConnell.\n\n'
            "Article continued below\n\n"
            'Protesters gather outside the court. (AP Photo/Evan Vucci)\n\n"It will not pass," he added.')
    analysis = analyze_document(text)
    assert [p.name for p in analysis.people] == ["Mitch McConnell"]
    assert [q.speaker for q in analysis.quotes] == ["Mitch McConnell", "Mitch McConnell"]


def test_a_headline_quote_the_story_quotes_again_is_one_quote():
    from quotedesk.archive.records import quote_records

    text = ('Gowdy promises Benghazi report "as soon as possible"\n\nRep. Trey Gowdy said on Monday that the '
            'report would come "as soon as possible." He added, "We are nearly done."')
    analysis = analyze_document(text)
    assert [(q.content(text), q.speaker, q.has(FLAG_REPEAT)) for q in analysis.quotes] == [
        ("as soon as possible", "Trey Gowdy", True), ("as soon as possible.", "Trey Gowdy", False),
        ("We are nearly done.", "Trey Gowdy", False)]
    assert [r["text"] for r in quote_records(analysis)] == ["as soon as possible.", "We are nearly done."]
    # a headline's quote the story does not repeat is a quote of its own
    text = 'Trump: "I am the worst thing that ever happened to them"\n\nDonald Trump spoke on Monday.'
    assert [q.has(FLAG_REPEAT) for q in analyze(text)] == [False]
    # the headline's words are the speaker's the story gives them, not the place the headline names
    text = ('Plant closure stuns Oberwald: "We gave them everything"\n\nOBERWALD, Germany — The plant will close next '
            'year.\n\n"We gave them everything. Overtime, wage freezes," said Dieter Haas, who chairs the works council.')
    assert [(q.speaker, q.has(FLAG_REPEAT)) for q in analyze(text)] == [("Dieter Haas", True), ("Dieter Haas", False)]


def test_an_expletive_it_is_no_speaker_of_a_fragment():
    text = ('Microsoft reported results on Monday. It was a "remarkable quarter" for the cloud business.\n\n'
            'It was Mr. Obama\'s rejection of "a politics of cynicism" that made him famous.')
    assert [text[q.mention.start : q.mention.end] for q in analyze(text) if q.mention] == []


def test_a_storm_and_a_wire_story_s_contributors_are_no_people():
    text = ("Hurricane Milton makes landfall in Florida\n\nSIESTA KEY, Fla. (AP) — Hurricane Milton slammed into "
            'Florida on Wednesday night. "This is the worst I\'ve ever seen," said Ken Meyers, 62.\n\n'
            "Associated Press writers Freida Frisaro in Miami and Seth Borenstein in Washington contributed.")
    assert [p.name for p in analyze_document(text).people] == ["Ken Meyers"]


def test_a_couple_named_together_share_the_surname():
    text = ('The Bakers\' neighbours, Raj and Priya Patel, agreed. "It\'s been a nightmare," Raj said. Senators '
            'Bernie Sanders and Elizabeth Warren spoke. "No," Sanders said.')
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.quotes] == ["Raj Patel", "Bernie Sanders"]


def test_names_stop_at_a_label_s_colon():
    text = ('Luciana Lopez: Saying to people "Wall Street speculation" is wrong, she said.\n\nJudicial Watch: State '
            'Department Hid Emails\n\n"We will sue," Judicial Watch said.')
    names = [p.name for p in analyze_document(text).people]
    assert "Luciana Lopez" in names and "Judicial Watch" in names and not [n for n in names if ":" in n]


def test_names_hold_no_line_breaks():
    text = ('Taylor Swift thanked fans after the final show of her tour.\n\n"You made this the most joyful chapter '
            'of my life," Swift wrote on Instagram.\n\nHer boyfriend, Travis Kelce, posted a tribute of his own. '
            '"Proud of you, T," he wrote on X.\n\nMusic industry analyst Ben Sisario said the tour had reshaped the '
            'concert business.')
    assert [p.name for p in analyze_document(text).people if "\n" in p.name] == []


def test_a_pasted_page_names_no_writer_and_no_bullet():
    text = ("Listen to this article · 5 min\n\nShare full article\n\n"
            'ALBANY — Gov. Kathy Hochul said Tuesday that she would veto the bill. "I won\'t add to costs," Hochul '
            'said.\n\nKey points:\n• Environmental Defense called the veto "a gift to beverage companies."\n\n'
            "Follow @jsmith on X for more coverage.\n\nJane Smith is a reporter covering state politics. Reach her "
            "at jsmith@example.com.")
    analysis = analyze_document(text)
    assert [p.name for p in analysis.people] == ["Kathy Hochul", "Environmental Defense"]
    assert [q.speaker for q in analysis.quotes] == ["Kathy Hochul", "Environmental Defense"]


def test_a_press_release_names_its_business_and_no_contact():
    text = ("SAN FRANCISCO, March 4, 2025 /PRNewswire/ -- Acme Robotics today announced new funding.\n\n"
            '"This funding lets us grow," said Priya Natarajan, chief executive of Acme Robotics.\n\n'
            "About Acme Robotics\nAcme Robotics builds robots for warehouses. For more information, visit "
            "www.acme.example.\n\nMedia contact: Jordan Blake, press@acme.example\n\nSOURCE Acme Robotics")
    analysis = analyze_document(text)
    assert [(p.name, p.kind) for p in analysis.people] == [("Acme Robotics", SpeakerKind.ORGANISATION),
                                                           ("Priya Natarajan", SpeakerKind.PERSON)]


def test_wire_credits_and_long_captions_name_no_people():
    text = ('WASHINGTON (Reuters) - "We have made progress," Treasury Secretary Janet Yellen said.\n\n'
            "FILE PHOTO: Federal Reserve Chair Jerome Powell speaks at a news conference in Washington, U.S., "
            "June 14, 2023. REUTERS/Evelyn Hockstein/File Photo\n\n"
            "(Reporting by Andrea Shalal; Additional reporting by Jeff Mason; Editing by Chizu Nomiyama)\n\n"
            "Associated Press writer Jane Roe in London contributed to this report.")
    assert [p.name for p in analyze_document(text).people if p.kind is SpeakerKind.PERSON] == ["Janet Yellen"]


def test_web_page_captions_share_lines_and_copyright_name_no_people():
    text = ('"We will strike," union leader Mick Whelan said.\n\nImage caption, Commuter Sarah Jones waited for '
            'hours at Reading station\n\nFollow Tom Edgington on Twitter\n\nCopyright 2024 The Associated Press. '
            'All rights reserved.')
    assert [p.name for p in analyze_document(text).people if p.kind is SpeakerKind.PERSON] == ["Mick Whelan"]


def test_a_verb_or_prefix_the_ner_took_into_a_name_is_no_part_of_it():
    text = 'Asserting Clinton Is Weak, Trump Goes On Attack\n\n"She is weak," Trump said on Monday.'
    assert [p.name for p in analyze_document(text).people] == ["Clinton", "Trump"]


def test_a_platform_the_ner_took_for_a_person_is_an_organisation():
    text = ('Months after he attacked her on Twitter, Donald Trump sat down with Fox News anchor Megyn Kelly.\n\n'
            'Kelly said she wanted the interview. "You don\'t want to be the story," she said.')
    kinds = {p.name: p.kind for p in analyze_document(text).people}
    assert kinds["Twitter"] is SpeakerKind.ORGANISATION and kinds["Megyn Kelly"] is SpeakerKind.PERSON


def test_an_upper_case_quotation_as_a_section_heading_is_not_speech():
    text = ("Prime Minister David Cameron criticised Donald Trump's plan in December.\n"
            "“DIVISIVE, STUPID AND WRONG”\n"
            "Cameron will work with whoever is elected U.S. president, his spokeswoman said.\n\n"
            '"We will work with the next president," Cameron told reporters.')
    quotes = analyze(text)
    assert [q.content(text) for q in quotes if q.is_speech] == ["We will work with the next president,"]


def test_a_name_in_apposition_to_a_business_is_an_organisation():
    (shop,) = analyze('"Sales are up this year," said Acme Hardware, a shop on Main Street.')
    (owner,) = analyze('"Sales are up this year," said Joe Baker, a shop owner on Main Street.')
    assert (shop.speaker, shop.speaker_kind) == ("Acme Hardware", SpeakerKind.ORGANISATION)
    assert (owner.speaker, owner.speaker_kind) == ("Joe Baker", SpeakerKind.PERSON)


def test_a_title_case_headline_verb_is_no_part_of_a_name():
    # "Obama Says …": the NER takes the headline's verb into the name, and every later
    # "Mr. Obama" then resolved to a speaker called "Obama Says"
    text = ("Obama Says African-American Museum Tells the Story of America\n\n"
            "WASHINGTON — President Obama opened the museum on Saturday.\n\n"
            '"We\'re America," Mr. Obama said. "This is our story."\n\n'
            "Edward Said, the critic, wrote about it years ago.")
    analysis = analyze_document(text)
    assert {q.speaker for q in analysis.quotes if q.is_speech} == {"Obama"}
    assert not any(p.name.endswith("Says") for p in analysis.people)
    assert "Edward Said" in {p.name for p in analysis.people}
    assert any(p.name == "Obama" and p.kind == SpeakerKind.PERSON for p in analysis.people)


def test_a_report_of_its_own_rests_on_its_own_pronoun():
    # the cue's own subject is the mention the attribution rests on; the name comes from it
    text = ('Benjamin Netanyahu said late Wednesday that he would go ahead with the meeting, although he tweeted '
            'that he "rejects the latest comments about Muslims."')
    (q,) = analyze(text)
    assert q.speaker == "Benjamin Netanyahu"
    assert text[q.mention.start : q.mention.end] == "he" and text[q.cue.start : q.cue.end] == "tweeted"


def test_a_fragment_rests_on_the_nearest_cue_of_its_speaker():
    text = '"The mayor is a bully in the making," said Ruiz, who said there were "too many troubling things for me to dismiss."'
    first, second = analyze(text)
    assert (first.speaker, second.speaker) == ("Ruiz", "Ruiz")
    assert text[second.mention.start : second.mention.end] == "Ruiz, who"
    assert second.cue.start > first.end + len(" said")


def test_a_reporting_clause_right_after_the_quote_keeps_its_own_pronoun():
    # even when the parser hangs "she said" under the sentence's first verb
    text = ('Clinton suggested that the plan was unserious - "Again, we need to get into the details," she said - '
            'and charged that he would jeopardize the law.')
    (q,) = analyze(text)
    assert q.speaker == "Clinton" and text[q.mention.start : q.mention.end] == "she"


def test_a_subordinate_aside_before_a_whole_quote_is_not_its_report():
    text = ('Rabbi Marvin Hier, the founder of the center, has said that while he fears comparing any event to the '
            'Holocaust, "I have never seen anything like ISIS since the Holocaust."')
    (q,) = analyze(text)
    assert q.speaker == "Marvin Hier" and text[q.cue.start : q.cue.end] == "said"


@pytest.mark.parametrize("text,cue", [
    # a cue hanging below a fragment is not its outer reporter
    ('Speaking earlier Tuesday in Florida, Trump insisted that he has “expanded the Republican party,” claiming that '
     'he is responsible for higher turnout.', "insisted"),
    # a clause coordinated after the quote is not a reporting clause
    ("Mr. Putin also veered close to an admission that Russian soldiers had fought in the war, saying, ''We never said "
     "there were no people there solving certain questions,'' but he denied that they were on active duty.", "saying"),
])
def test_a_clause_after_the_quote_is_not_its_report(text, cue):
    (q,) = analyze(text)
    assert text[q.cue.start : q.cue.end] == cue


@pytest.mark.parametrize("text,speaker", [
    # the NER took a headline's words along with the name
    ('Ben Carson Defends Himself Again.\n\nBen Carson said on Sunday that the story "is a lie."', "Ben Carson"),
    ('Joe Scarborough: Donald Trump Playing Dumb On KKK.\n\nTrump said he "knows nothing" about the group.', "Donald Trump"),
    # or the headline's verb before the name
    ('Black Lawmakers Rip Donald Trump As A Fraud.\n\nDonald Trump spoke in Ohio. "I did nothing wrong," Trump said.',
     "Donald Trump"),
    # but not a first name the article uses once
    ('Senate Leader Harry M. Reid Blasts Donald Trump.\n\n"He is a con man," Reid said.', "Harry M. Reid"),
    # a full name given only in the headline stays whole
    ('Maria Lopez Opens New Clinic In Ohio.\n\n"We open at dawn," Lopez said.', "Maria Lopez"),
])
def test_a_headline_lends_a_name_but_not_its_other_words(text, speaker):
    (q,) = analyze(text)
    assert q.speaker == speaker


def test_a_name_the_ner_ran_into_the_quote_stays_outside_it():
    text = ("Amanda Renteria is the campaign’s national political director.\n\n“When this came about and [she] read about "
            "it, her immediate response has been, ‘Let’s see what’s going on, and what can we do to help?’” Renteria "
            "told reporters during the call.")
    q = [q for q in analyze(text) if q.is_speech][0]
    assert q.speaker == "Amanda Renteria" and text[q.mention.start : q.mention.end] == "Renteria"


def test_a_person_named_by_age_is_the_person_just_named():
    # "the 43-year-old" is no name (the NER calls it a date); news uses it for the person just named
    text = ("The comedian Peter Serafinowicz posted the clip to YouTube on Thursday.\n\n“What if the mayor had "
            "elocution lessons?” the 43-year-old asked in the video’s description.")
    (q,) = analyze(text)
    assert q.speaker == "Peter Serafinowicz"


def test_an_excerpt_after_a_credited_headline_is_not_speech():
    # a digest quotes the linked story's opening lines after its headline and writer
    text = ('ON STAGE—"A small theater in Queens will close in March," by the Daily News\' Rosa Diaz: '
            '"The Lantern, a 90-seat theater that launched a dozen careers, will go dark after its lease ran out." '
            'http://nydn.us/1AbCdE.\n\n'
            '"We are heartbroken," the theater\'s director, Sam Reed, said.')
    quotes = analyze(text)
    assert [q.content(text) for q in quotes if q.is_speech] == ["We are heartbroken,"]


@pytest.mark.parametrize("text,speaker", [
    ('At the rally in Dayton, Senator Ana Ruiz referred to the protesters as "my friends" and waved.', "Ana Ruiz"),
    ('Chancellor Angela Merkel heralded the new deal with Ankara as a "breakthrough." Critics disagreed.', "Angela Merkel"),
    ('The campaign of Tom Reed, portraying the mayor as "a crook," spent heavily.', None),
    # a name in title case that the verb applies
    ('Officials in Tehran kept referring to the United States as the "Great Satan." The crowd cheered.', None),
    ('First, Tom Reed identified the judge as "Spanish," which was wrong.', "Tom Reed"),
    # what a verb of speaking says or talks about
    ('Mayor Ana Ruiz closed the list of victims by saying "Never again." The crowd wept.', "Ana Ruiz"),
    ('Governor Tom Reed spent the evening boasting about "winning" in every county.', "Tom Reed"),
    ('In Ohio, Senator Ana Ruiz railed against the "rigged system" once more.', "Ana Ruiz"),
])
def test_words_a_verb_of_saying_or_naming_claims_are_speech(text, speaker):
    # the subject says it, or calls the thing that: its words, not the writer's scare quotes
    (q,) = analyze(text)
    assert q.is_speech
    if speaker:
        assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    '"He is a former president," Carly Fiorina told "Fox and Friends," reminding the hosts of it.',
    'In an interview with "Face the Nation," Senator Ana Ruiz said the bill would pass.',
])
def test_a_program_someone_talks_to_is_not_speech(text):
    quotes = analyze(text)
    assert [q.content(text) for q in quotes if q.is_speech] == [c for c in ["He is a former president,"] if c in text]


@pytest.mark.parametrize("text,gloss", [
    ('Governor Tom Reed signed off with "Carpe diem," Latin for "seize the day and never look back."', "seize the day"),
    ('As he left, his friends jeered, "Do svidaniya!" - Russian for "goodbye."', "goodbye"),
])
def test_a_translation_gloss_is_not_speech(text, gloss):
    (q,) = [q for q in analyze(text) if gloss in q.content(text)]
    assert not q.is_speech


@pytest.mark.parametrize("text", [
    'The players walked into the hall to chants of "Go Bears! Go Bears!" and waved.',
    'But their cries of "Shame On You" were drowned out by the band.',
])
def test_what_a_crowd_chants_is_not_a_title(text):
    (q,) = analyze(text)
    assert q.is_speech


@pytest.mark.parametrize("text", [
    'Actress Maria Ruiz Says She Felt "Invisible" As A Child\n\nThe actress spoke on Monday about her youth in Texas.',
    'Actress Maria Ruiz Says She Felt "Invisible."\nReuters.\n\nThe actress spoke on Monday about her youth in Texas.',
])
def test_a_word_quoted_in_a_title_case_headline_is_not_a_nickname(text):
    (q,) = analyze(text)
    assert q.is_speech and q.speaker == "Maria Ruiz"


def test_a_nickname_between_the_parts_of_a_name_is_not_speech():
    (q,) = analyze('The governor, C.L. "Butch" Otter, spoke on Monday.')
    assert not q.is_speech


def test_a_quoted_label_on_a_line_of_its_own_is_not_speech():
    # a web page's boilerplate kept in the text: a link list's label
    text = ('"We will not back down," Senator Ana Ruiz said.\n\n"Related:"\n\n'
            'Senate Passes The Budget After A Long Night.')
    quotes = analyze(text)
    assert [q.content(text) for q in quotes if q.is_speech] == ["We will not back down,"]


def test_a_name_the_ner_ran_across_a_spaced_dash_is_two_names():
    text = ("Santilli started his channel in 2009.\n\nIn an interview at her Portland hotel room, Deborah Jordan Reynolds "
            "- Santilli's girlfriend and co-host on his YouTube channel - told The Washington Post that his views turned "
            'around 2002.\n\n"I am a journalist," Santilli said.')
    (q,) = analyze(text)
    assert q.speaker == "Santilli"


@pytest.mark.parametrize("text,speaker", [
    ('"We will win," said Joseph R. Biden Jr., the vice president.', "Joseph R. Biden Jr."),
    ('"Fine," said Maria Lopez.', "Maria Lopez"),
])
def test_a_name_keeps_the_period_of_its_suffix(text, speaker):
    (q,) = analyze(text)
    assert q.speaker == speaker


def test_a_fragment_coordinated_with_a_quote_shares_its_speaker():
    text = ('The senator attacked the nominee again.\n\nIn recent weeks, Reid has gone after Trump as a “human leech who '
            'will bleed the country” and a “spoiled brat.”')
    first, second = analyze(text)
    assert second.is_speech and second.speaker == first.speaker == "Reid"


def test_a_fragment_with_no_named_reporter_goes_to_the_outer_one():
    # what the 49% say, not what "reflects"; but "the fighting continues" reports nothing
    text = 'Just shy of half, 49%, say the "sharing economy" reflects an improvement on the old one.'
    (q,) = analyze(text)
    assert text[q.cue.start : q.cue.end] == "say"
    text = ('Elsewhere, the fighting continues in the north, where rebel fighters said they have launched a new '
            '"large-scale offensive" against the army.')
    (q,) = analyze(text)
    assert text[q.cue.start : q.cue.end] == "said"


def test_a_relative_clause_rests_on_its_own_pronoun():
    text = ('Mr. Perez hammered his rival, and contrasted the candidate, whom he described as "volatile," with the '
            'secretary.')
    (q,) = analyze(text)
    assert q.speaker == "Perez" and text[q.mention.start : q.mention.end] == "he"


def test_the_subject_of_a_passive_reporting_verb_is_its_target_not_its_speaker():
    # "Obama has been criticized": Obama is criticized; he speaks in "he used stronger language, saying"
    text = ('President Obama has been criticized for using the term, though in a news conference last week he used '
            'stronger language, saying the group "must be destroyed."')
    (q,) = analyze(text)
    assert text[q.cue.start : q.cue.end] == "saying" and text[q.mention.start : q.mention.end] == "he"
    # but "quoted as saying" names the speaker
    text = 'The mayor was quoted as saying the plan "will never pass this council."'
    (q,) = analyze(text)
    assert q.speaker == "The mayor"


def test_a_question_put_to_someone_is_not_theirs_and_the_answer_is():
    # "X was asked, "…?" He answered, "…"": the clause after the question leads into the answer.
    text = ('Former adviser Tom Baker said he had "no idea" about the server.\n\nBaker was asked, "If you had '
            'known she had a server, would you have told her it was not a good idea?" He answered, "I have no '
            'idea. We are old friends."')
    question, answer = [q for q in analyze(text) if q.content(text).startswith(("If you", "I have"))]
    assert question.speaker is None
    assert answer.speaker == "Tom Baker" and text[answer.cue.start : answer.cue.end] == "answered"


@pytest.mark.parametrize("text,words", [
    ('A "concession" wagon was pulled through the crowd, offering protesters free water.', "concession"),
    ('The "90 to 95 percent" figure came from the campaign, the State Department said.', "90 to 95 percent"),
    ('The race was famously tough, as were the "Swift boat" attacks on Senator John Kerry that year.', "Swift boat"),
])
def test_a_quote_inside_a_noun_phrase_is_not_that_phrase_speaking(text, words):
    # the phrase the quoted words modify is no speaker of them
    (q,) = [q for q in analyze(text) if words in q.content(text)]
    assert q.mention is None or not (q.mention.start < q.start and q.end <= q.mention.end)


def test_an_op_ed_s_i_is_the_writer_its_byline_names():
    text = ('Our libraries are not a luxury\n\nBy Fiona Marchetti\n\nWhen I was eight, my mother took me to the '
            'library and told me I could take home six books. "For free?" I asked. "For free," she said.\n\n'
            '"Libraries built this town," I told the council last week.')
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.quotes] == ["Fiona Marchetti", "my mother", "Fiona Marchetti"]
    # no byline, or one of several writers or an agency: the author stays "the author"
    for byline in ("", "By Jane Doe and John Roe\n\n", "By Reuters\n\n"):
        assert analyze(f'Headline\n\n{byline}"I was there," I said.')[0].speaker == "the author"


def test_a_name_the_ner_ran_into_a_hyphen_breaks_no_acronym_lookup():
    # found by benchmarks/fuzz_engine.py (seed 0, document 712): "Carla Sanchez-" had an empty last word
    analysis = analyze_document('Carla Sanchez- spoke on Monday. "We agree," the IMF said.')
    assert [q.speaker for q in analysis.quotes] == ["IMF"]
    assert "Carla Sanchez" in [p.name for p in analysis.people]


def test_a_paper_led_by_the_is_no_person_and_a_possessive_opening_a_sentence_turns_the_story():
    text = ('Rosa Lindqvist-Hale grew up in Leicester, the daughter of a singer, Annika Lindqvist.\n\n'
            'Her mother remembers it differently. "She was never shy," Annika Lindqvist says.\n\n'
            'Lindqvist-Hale’s breakthrough came in 2019 with a drama in which she played a barrister.\n\n'
            '"People would shout the catchphrase at me in the shops," she says.\n\n'
            'The Evening Courier called her next performance "a masterclass in looking worried".\n\n'
            '"I had that review on my fridge for a year," she says.')
    analysis = analyze_document(text)
    said = {q.content(text)[:12]: q.speaker for q in analysis.quotes}
    assert said["People would"] == "Rosa Lindqvist-Hale"  # the story turned to her in "Lindqvist-Hale's breakthrough"
    assert said["I had that r"] == "Rosa Lindqvist-Hale"  # not the paper
    assert said["a masterclas"] == "Evening Courier"
    kinds = {p.name: p.kind for p in analysis.people}
    assert kinds["Evening Courier"] is SpeakerKind.ORGANISATION


def test_the_spokesperson_introduced_for_a_body_speaks_for_it():
    text = ('The bypass will close for a year. A spokesperson for Dunmere Borough Council said work would begin in '
            'September. "We will keep disruption to a minimum," the spokesperson said.')
    (q,) = analyze(text)
    assert q.speaker == "Dunmere Borough Council" and q.speaker_kind is SpeakerKind.ORGANISATION


def test_names_listed_as_examples_are_not_speech():
    text = ('Ms Okafor said Lisle had created 37 fictitious suppliers, with names such as "Midshire Tyre & Axle" and '
            '"Northern Fleet Solutions", and approved their invoices himself.')
    assert [q.is_speech for q in analyze(text)] == [False, False]


def test_a_headline_quoting_with_single_marks_over_a_body_with_double_ones():
    # British headlines quote with single marks whatever the body uses: the quote is the story's
    # speaker's, and a term the story puts in quotes is no one's in the headline either
    text = ('Aldbrook flood: ‘It came through the door like a train’\n\n'
            'Derek Moyo, 66, was at home on Brede Walk when the water arrived.\n\n'
            '“It came through the door like a train,” Derek Moyo said.')
    headline, body = analyze(text)
    assert headline.content(text) == "It came through the door like a train" and headline.speaker == "Derek Moyo"
    text = ("Treasurer defends budget as economists warn of ‘bracket creep’\n\n"
            'About 1.8 million workers will pay more, a phenomenon economists call "bracket creep". '
            '"It is bracket creep by stealth," said Ravi Srinivasan, an economist.')
    assert not analyze(text)[0].is_speech


@pytest.mark.parametrize("headline", ["Review: ‘A Quiet Inheritance’ is a cold puzzle box of a film",
                                      "Review: 'The Salt Orchard' is a quiet, devastating film"])
def test_the_work_a_review_headline_names_is_not_speech(headline):
    text = f'{headline}\n\nThe film opens on a farm. "I wanted silence," the director said.'
    assert not analyze(text)[0].is_speech


def test_an_interview_s_byline_names_the_i_who_asks():
    text = ('Hana Strand on grief, deserts and doubt\n\nInterview by Tom Barraclough\n\n'
            'Hana Strand orders two full breakfasts. "Is that normal?" I ask.')
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.quotes] == ["Tom Barraclough"]
    assert [p.name for p in analysis.people] == ["Hana Strand"]  # the byline is no person of the story


def test_in_an_interview_the_answer_s_my_is_the_person_the_headline_names():
    text = ('‘The ice does not care how you feel’: explorer Ingrid Solheim on 90 days alone\n\n'
            'Interview by Rhiannon Carver\n\n'
            'Ingrid Solheim, 38, last month became the first woman to cross the continent alone. Her father, Winston '
            'Solheim, a retired engineer, met her at the finish. "I cried like a baby," he said.\n\n'
            'Her expedition manager, Kieran Moffat, was equally effusive. "She is the toughest person I know," '
            'Moffat said. Kieran Moffat has worked with her for years.\n\n'
            'Q: How do you feel now?\n\nA: Tired. My father used to say, "Go where nobody can see you."\n\n'
            'Q: Will you go back?\n\nA: Kieran asked me that. I said, "I will."')
    said = {q.content(text)[:8]: q.speaker for q in analyze_document(text).quotes}
    assert said["Go where"] == "Winston Solheim"
    assert said["I will."] == "Ingrid Solheim"


def test_the_name_someone_was_born_with_is_them_and_the_story_turns_to_them():
    text = ('Evelyn Marchetti, who ran the bakery on Bridge Street for half a century, has died aged 86.\n\n'
            'She died at home on Sunday, her daughter, Lucia Marchetti, said. "Mum was making lists until the very '
            'end," Lucia said.\n\n'
            'Born Evelyn Shaw in Sheffield in 1938, the daughter of a steelworker, she met Giuseppe Marchetti at a '
            'dance in 1957.\n\n'
            'In an interview in 1998, she recalled the early years. "We worked from three in the morning," she said.')
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.quotes] == ["Lucia Marchetti", "Evelyn Marchetti"]
    assert "Evelyn Shaw" not in [p.name for p in analysis.people]


def _said(text: str, said: dict[str, str | None]) -> dict[str, str | None]:
    """The speaker of each quote whose words open with a key of ``said``."""
    quotes = analyze_document(text).quotes
    return {prefix: next((q.speaker for q in quotes if q.content(text).startswith(prefix)), "(no such quote)")
            for prefix in said}


@pytest.mark.parametrize("text,said", [
    # a role with its qualifier is the one the article called so, not the nearest holder of its head
    pytest.param('The council leader, Angela Morrow, whose Labour group backed the sale, called the deal '
                 '"transformational".\n\nHer opposite number, the Liberal Democrat group leader Rebecca Tansley, said the '
                 'council had "sold its soul". "The council leader talks about investment," she said.\n\nThe council leader '
                 'responded that she had "read every word" of the report. "I will not take lectures from a party that '
                 'tried to sell the same stadium," she said.',
                 {"The council": "Rebecca Tansley", "read every": "Angela Morrow", "I will not": "Angela Morrow"},
                 id="qualified-role"),
    # who replies to a question just quoted is not who asked it; a reply to one nobody quoted goes on
    pytest.param('Callum Reay, 27, a scaffolder, was found unresponsive in his cell. Reay was arrested at midnight.\n\n'
                 'Giving evidence, Denise Reay said her son had called her at 1.40am.\n\n'
                 'The inquest, which is being heard before a jury, is expected to last three weeks. The death was '
                 'investigated by the Independent Office for Police Conduct, which in a report published last year '
                 'described the restraint as “prolonged”. No officer faces criminal charges.\n\n'
                 'Sophie Kanu KC, representing the family, asked Reay about her son’s health. She said he had asthma and '
                 '“always carried his inhaler”.\n\n“Was it with him that night?” Kanu asked.\n\n'
                 '“It was in his jacket. They took his jacket off him at the desk,” she replied.\n\n'
                 '“We are fine,” Kanu said. Asked whether she would appeal, she replied: “Not yet.”',
                 {"It was in": "Denise Reay", "Not yet.": "Sophie Kanu"}, id="reply-is-not-the-asker"),
    # members' titles; a titled surname the NER missed; the name beside a title's last part
    pytest.param('Public Accounts Committee\n\nSinn Féin TD Aoife Ní Bhriain told the chief information officer, Dr '
                 'Declan O’Neill, that the project had been flagged four times. “Four times,” she said.\n\n'
                 'Dr O’Neill said he “rejected absolutely” the suggestion that warnings had been ignored.\n\n'
                 'The Comptroller and Auditor General, Eoghan McCarthy, said his office had found “significant '
                 'weaknesses”.\n\nSocial Democrats TD Mícheál Ó Súilleabháin said the system was “slower than paper”.',
                 {"Four times": "Aoife Ní Bhriain", "rejected": "Declan O’Neill", "significant": "Eoghan McCarthy",
                  "slower": "Mícheál Ó Súilleabháin"}, id="members-titles"),
    # a bare surname called by a role beside it is the namesake who holds it
    pytest.param('Northbridge manager Paddy Kavanagh said the delay had been “frustrating, but worth it”.\n\n'
                 'Northbridge’s sporting director, Rob Kavanagh, who is no relation to the manager, led the negotiations.'
                 '\n\nAsked whether the club had overpaid, the sporting director smiled. “Ask me in two years.”\n\n'
                 'Sitting alongside him, the manager was more forthright. “Overpaid? Look at his numbers,” he said.\n\n'
                 'Seo could make his debut next month, although Kavanagh — the manager — refused to commit.',
                 {"Ask me": "Rob Kavanagh", "Overpaid": "Paddy Kavanagh"}, id="role-beside-a-surname"),
    # the subject of a "where" clause on a noun is no one the story turned to; of an "although" clause, one
    pytest.param('Sione Havili had barely lifted the trophy above his head when his younger brother dragged him towards '
                 'the western stand, where their mother, Mele, sat wrapped in a Ravens scarf.\n\n'
                 '“She’s been coming since we were in under-sixes,” the Hunter Ravens captain said.',
                 {"She’s been": "Sione Havili"}, id="where-clause"),
    pytest.param('Northbridge manager Paddy Kavanagh praised the striker. Seo Jun-ho trained on Friday.\n\n'
                 'Seo could make his debut on September 13, although Kavanagh refused to commit.\n\n'
                 '“Let’s not get carried away,” he said.', {"Let’s not": "Paddy Kavanagh"}, id="although-clause"),
    # "Giving evidence before Justice X, the actress, … said": the parser's subject is the judge
    pytest.param('Nollywood actress Adaeze Okonkwo-Balogun on Tuesday told the court that her husband changed the '
                 'locks.\n\nGiving evidence before Justice Oluwakemi Adebayo-Ogunleye, the actress, dressed in a cream '
                 'boubou and dark glasses, said she returned from Calabar in February to find security men at the gate.'
                 '\n\n“I was referring to some men,” the actress said, drawing laughter.',
                 {"I was referring": "Adaeze Okonkwo-Balogun"}, id="preposition-left-without-object"),
    # a spokesperson for a body speaks for it, named long before or unknown to the NER
    pytest.param('Brackwell District Council approved the plan in March.\n\nResidents were furious. One said it had '
                 'been decided early.\n\nA spokeswoman for the council rejected that suggestion. “Every member considers '
                 'each application on its merits,” she said.', {"Every member": "Brackwell District Council"},
                 id="spokeswoman-for-the-council"),
    pytest.param('A spokesperson for Hato Hone St John said ambulance staff assessed 14 children. “None required '
                 'transport to hospital,” the spokesperson said.', {"None required": "Hato Hone St John"},
                 id="spokesperson-for-an-unknown-body"),
    # an unnamed speaker inside what a named person reports is not her "she"
    pytest.param('“We’ve been saying it for years,” said Nomvula Dlamini, a community organiser.\n\nDlamini said that '
                 'when residents marched on the depot in July, an official had told them that the outages were caused '
                 'by “load on the system”.\n\n“Load on the system. That’s what he said to my face,” she said.',
                 {"Load on the system. That": "Nomvula Dlamini"}, id="unnamed-inside-a-report"),
    # a title in capitals ("GM") and an initial ("R.") opening a person's name
    pytest.param('Their father, R. Venkatesh Iyer, a bank manager, said the family had stopped arguing. “We meet at '
                 'the venue,” he said.\n\nTheir coach, GM Ramesh Chandrasekaran, said Meenakshi had “the best nerves I '
                 'have seen”.\n\n“She doesn\'t panic,” he said.', {"She doesn": "Ramesh Chandrasekaran"}, id="grandmaster"),
    pytest.param('Their father, R. Venkatesh Iyer, a bank manager in Mylapore, said the family had “stopped arguing '
                 'about whose turn it is to drive them” years ago.', {"stopped arguing": "R. Venkatesh Iyer"},
                 id="initial-beside-a-calling"),
    # "Ngata senior" is the elder namesake; "the 26-year-old" is not whom the article gave another age
    pytest.param('Wiremu Ngata, 68, a former shearer, had never acted before. His son Tama Ngata, 29, is best known '
                 'for television.\n\n“I said, that’s not acting, that’s Tuesday,” Ngata senior said.',
                 {"I said": "Wiremu Ngata"}, id="surname-senior"),
    pytest.param('Among those who voted for action is Kerry-Ann Doyle, 41, a purser.\n\nHer colleague Priya '
                 'Raghunathan, who joined the airline in 2022, said she earned less than friends.\n\nDoyle nodded. '
                 '“That’s the bit nobody outside understands.”\n\n“And the rosters,” the 26-year-old added.',
                 {"That’s the bit": "Kerry-Ann Doyle", "And the rosters": "Priya Raghunathan"}, id="age-given-no-one"),
    # a statement read out from someone unnamed is theirs, not the reader's
    pytest.param('Its lawyer, Akinyi Otieno, read out a statement from a mother in Kisumu whose son was admitted to '
                 'hospital.\n\n“He was drinking the syrup for four days,” the statement said.',
                 {"He was drinking": "a mother in Kisumu"}, id="statement-read-out-from"),
    # "Dr O’Neill said" with the surname an adverb to the parser; "Mr O’Neill" is not the one called Dr
    pytest.param('The chair, Seán O’Neill, asked about the consultants. The witness, Dr Declan O’Neill, is no '
                 'relation.\n\nMícheál Ó Súilleabháin, a former nurse, said the system was slow.\n\nDr O’Neill said he '
                 'was aware of the concerns. “The feedback from Limerick was one of the key reasons we made the '
                 'decision to stop,” he said.', {"The feedback": "Declan O’Neill"}, id="titled-surname-an-adverb"),
    pytest.param('The committee’s chair, Seán O’Neill, pressed the witness, Dr Declan O’Neill, on the consultants.\n\n'
                 'Dr O’Neill said he was aware of the concerns. “We stopped,” he said.\n\nMr O’Neill, closing the '
                 'session, said the committee would write to the HSE. “We will be back to this,” he said.',
                 {"We stopped": "Declan O’Neill", "We will be": "Seán O’Neill"}, id="mr-is-not-dr"),
    # "his namesake" is the other person of his surname
    pytest.param('Northbridge manager Paddy Kavanagh spoke first. Northbridge’s sporting director, Rob Kavanagh, who is '
                 'no relation, led the talks.\n\n“I’d have paid it out of my own pocket,” the manager said.\n\n'
                 '“Please don’t tell the owners that,” his namesake said.',
                 {"I’d have": "Paddy Kavanagh", "Please don’t": "Rob Kavanagh"}, id="his-namesake"),
    # an organisation's name the NER cut at a hyphen
    pytest.param('Marisol de la Cruz has lived at Riverdale Commons Co-operative since 2003.\n\nThe board "has made '
                 'every reasonable effort to reach a payment arrangement", Riverdale Commons Co-operative said.',
                 {"has made": "Riverdale Commons Co-operative"}, id="name-cut-at-a-hyphen"),
    # a name beside what the person heads, which the NER missed
    pytest.param('A: Every minute! Our head of production, Emeka Obi, told me on Friday, “If one girl slips, it’s your '
                 'name in the papers, not mine.”', {"If one girl": "Emeka Obi"}, id="name-beside-head-of"),
    # "she" after an unnamed buyer from a named city is the buyer, not the last person named
    pytest.param('Writing in the newsletter Lagos Thread, the critic Oluwaseun Bakare-Ibe described the show as “a quiet act '
                 'of defiance”.\n\nNot everyone was convinced. A buyer for a Johannesburg department store, who asked not '
                 'to be named, said the collection was “beautiful but not yet shoppable”. “I would put five of those pieces '
                 'on my floor tomorrow,” she said.', {"a quiet act": "Oluwaseun Bakare-Ibe", "beautiful but": "A buyer",
                                                      "I would put": "A buyer"}, id="unnamed-from-a-named-city"),
    # ... but one the article names in the same phrase ("known to everyone as") is that person
    pytest.param('A Sudanese community organiser in Aswan, known to everyone as Abu Sami, said arrivals had slowed. "People '
                 'still come. They just come more quietly," he said.', {"People still": "Abu Sami"}, id="known-to-everyone-as"),
    # "you" in an interview's question is who answers it, not the last person the answer named
    pytest.param('Folasade Adeyemi-Nwachukwu on her new collection\n\nAdeyemi-Nwachukwu, 38, showed 31 looks on Saturday. '
                 'She spoke to us the next morning.\n\nQ: Was the show stressful?\n\nA: Every minute! Our '
                 'head of production, Emeka Obi, told me he would not sleep.\n\nQ: You say you design for “the woman who '
                 'buys her own ticket”. What does that mean?\n\nA: The woman with her own money.',
                 {"the woman who": "Folasade Adeyemi-Nwachukwu"}, id="you-in-a-question"),
    # a double-barrelled surname alone is the person, though the NER took the full name for an organisation's
    pytest.param('The designer Folasade Adeyemi-Nwachukwu showed her new collection.\n\nAdeyemi-Nwachukwu, 38, showed 31 '
                 'looks on Saturday. “It was hard,” Adeyemi-Nwachukwu said.', {"It was hard": "Folasade Adeyemi-Nwachukwu"},
                 id="double-barrelled-surname-alone"),
    # "his brother" after one brother spoke is the other of that surname
    pytest.param('Sione Havili lifted the trophy when his younger brother grabbed him around the neck. Sione, 29, scored the '
                 'try. Tevita Havili, 24, set it up.\n\n“I just saw the gap,” Tevita said.\n\n“He threw it behind me, to be honest,” '
                 'his brother said.', {"I just saw": "Tevita Havili", "He threw it": "Sione Havili"}, id="his-brother"),
    # titles: an Australian councillor's "Cr", "Hon" without its stop, and "the Alhaji" for the man so titled
    pytest.param('The mayor, Tuan Vo, was at a citizenship ceremony.\n\n“My phone was buzzing the whole time,” Cr Vo told '
                 'ABC Radio.', {"My phone": "Tuan Vo"}, id="cr-title"),
    pytest.param('The panel was chaired by Hon Margaret Ngāwhika.\n\n“The athlete was not heard,” Hon Margaret Ngāwhika '
                 'wrote.', {"The athlete": "Margaret Ngāwhika"}, id="hon-title"),
    pytest.param("Earlier, the bank's Chief Compliance Officer, Alhaji Musa Danjuma Bello, said he was never informed.\n\n"
                 '"With respect, learned silk, that is not correct," the Alhaji replied.',
                 {"With respect": "Musa Danjuma Bello"}, id="the-alhaji"),
    # a campaign "for" a place is no person of its first word's name, and the candidate's full name comes later
    pytest.param('Nguyen, the only candidate who has never held a city job, looked into the camera. “They’ve all had their '
                 'turn,” she said.\n\nThe official Nguyen for Riverside account responded within minutes: “She’s read '
                 'it.”\n\n“My mother slept in a car,” Nguyen said.\n\nThe candidates are council member Teresa '
                 'Delgado-Reyes and tenant organizer Linh Nguyen, 34.',
                 {"They’ve all": "Linh Nguyen", "She’s read": "Nguyen for Riverside", "My mother": "Linh Nguyen"},
                 id="campaign-for-a-place"),
    # the calling of a named person, by a Gaelic name the NER cut after its "Mac" and by a capitalised office
    pytest.param('One tenant, who asked not to be named, said she supported the strike. “I’d lose my job,” she said.\n\n'
                 'Cllr Darragh Mac Giolla Phádraig (SF), who represents the area on Dublin City Council, said the model '
                 'had “failed on its own terms”.\n\n“We were told these funds would bring investment,” the councillor said.',
                 {"I’d lose": "One tenant", "failed on": "Darragh Mac Giolla Phádraig",
                  "We were told": "Darragh Mac Giolla Phádraig"},
                 id="gaelic-mac-cut-by-the-ner"),
    pytest.param('The Commissioner for Health, Prof Kehinde Babatunde-Ojo, told journalists in Alausa that early results '
                 'pointed to salmonella.\n\n“From what we are seeing, the likely culprit is a protein dish,” the commissioner '
                 'said.', {"From what": "Kehinde Babatunde-Ojo"}, id="capitalised-office-beside-a-name"),
    # "the promoter" is the one a "who" clause said promotes, not the namesake who spoke last
    pytest.param('"Kwame is fine," said Ray Castellano, whose company promotes the former champion.\n\nHis older brother, '
                 'Vince Castellano, who promotes Adebayo through the rival Iron Gate Promotions, was less diplomatic.\n\n'
                 '"There\'s no rematch clause," the promoter said.', {"Kwame is": "Ray Castellano",
                                                                        "There's no": "Vince Castellano"},
                 id="who-clause-calling"),
    # a name the NER passed over, opening a paragraph, that a "whose" clause tells of is a person
    pytest.param('Many of the trapped men are migrant workers who live in hostels near the mine.\n\nThabo Mokoena, whose '
                 'younger brother, Lerato Mokoena, is among the trapped, drove from Maseru overnight.\n\n“He wanted to start '
                 'a taxi business,” Mokoena said.', {"He wanted": "Thabo Mokoena"}, id="name-a-whose-clause-tells-of"),
    # a surname with its particle alone is the article's main bearer, not the mother it introduced as hers
    pytest.param('Waikato canoe sprinter Aroha Te Whare-Ngata will go to the Olympics after the tribunal ruled for her.\n\n'
                 'Her mother, Huia Te Whare-Ngata, a former world champion who coached her daughter, was more blunt.\n\n'
                 'The place went to Grace McAllister, 27, of Christchurch.\n\nTe Whare-Ngata said the head coach had called '
                 'the race a “tie-breaker”.', {"tie-breaker": "Aroha Te Whare-Ngata"}, id="surname-with-its-particle"),
    # a nickname before a surname's particle is no quotation, and "the younger de la Cruz" is the son
    pytest.param('The audit was led by Atty. Gamaliel Pangandaman-Cruz.\n\nOne of those on the trip, Cagayan de Oro Rep. '
                 'Jose Ramon “Jojo” de la Cruz III, defended it.\n\n“We visited four parliaments,” de la Cruz said.\n\n'
                 'But his father, former Rep. Jose Ramon de la Cruz Jr., took a different view.\n\n“In my time we went to '
                 'Japan once,” the elder de la Cruz said.\n\nReached for comment, the younger de la Cruz laughed. “Papa '
                 'has opinions.”', {"We visited": "Jose Ramon de la Cruz III", "In my time": "Jose Ramon de la Cruz Jr.",
                                    "Papa has": "Jose Ramon de la Cruz III"}, id="nickname-before-a-particle"),
    # two callings joined before one name are that person's
    pytest.param('Senior JVP leader and former finance minister Anjali Deshpande-Rao said the party had “not expected '
                 'anything like this”.\n\n“Our internal surveys said 290,” she said.',
                 {"not expected": "Anjali Deshpande-Rao", "Our internal": "Anjali Deshpande-Rao"}, id="two-callings-one-name"),
    # "Mr Haigh senior" is the father; "the retired weaver" the woman the paragraph before named
    pytest.param('Martin Haigh, 58, took over from his father as managing director in 2011.\n\nHis father, Derek Haigh, '
                 'founded the company. Now 84, he watched from the office window.\n\n“We started this to get people to the '
                 'mills,” Mr Haigh senior said.', {"We started": "Derek Haigh"}, id="mr-surname-senior"),
    pytest.param('Doreen Pickles, 81, was waiting at the stop outside the post office on Tuesday morning.\n\n“I’ve been '
                 'stood here since quarter past nine,” the retired weaver said.', {"I’ve been": "Doreen Pickles"},
                 id="calling-by-its-ending"),
    # a first name rarer in the name data but no English word ("Akosua") still says a person, and a woman
    pytest.param('Producer Selasi Dogbe worked on nine of the tracks.\n\nQ: The track features Akosua Nyarko. How did '
                 'that come together?\n\nA: She sent a voice note at 12.40.\n\nAkosua Nyarko, reached by phone, confirmed '
                 'the story. “He touched it a little bit,” she said.', {"He touched": "Akosua Nyarko"},
                 id="first-name-no-english-word"),
    # a record label beside its name is no person a "she" can stand for
    pytest.param("Ampo’s label, Sankofa Sound, said in a statement that pre-saves had passed 200,000.\n\nAmpo: My mother "
                 "sold waakye in Bantama for 25 years. Every morning at 4am. I grew up under that table. When I told her I "
                 "wanted to rap, she didn’t shout. She just said, “Kwame, do it like waakye.”",
                 {"Kwame, do": "My mother"}, id="record-label-and-my-mother"),
    # "the witness" is the one the report had giving evidence, first the analyst, then the bank officer
    pytest.param('A digital forensic analyst with the EFCC, Mr Tochukwu Anozie, who was led in evidence by the prosecution '
                 'counsel, Mrs Ekene Nwachukwu, read out the messages.\n\n"I can only say which number sent them, my lord," the '
                 "witness replied.\n\nThe prosecution's second witness on Tuesday, the bank's Head of Internal Control, Mrs "
                 'Ifeoma Obi-Lawson, told the court that irregularities were flagged.\n\nAsked what the item meant, the witness '
                 'said it was "a legitimate line item that was being used to hide money."',
                 {"I can only": "Tochukwu Anozie", "a legitimate": "Ifeoma Obi-Lawson"}, id="the-witness"),
    # names with a curly apostrophe read as well as with a straight one, and given back as written
    pytest.param('Kasia Nowak, 34, lost her daughter in 2023.\n\nThe review, chaired by the former midwife Dame Bernadette '
                 'O’Halloran, was commissioned by the health secretary last year.\n\nOpening the hearings, O’Halloran said '
                 'she would not produce “another report that sits on a shelf”.\n\n“Families have waited too long to be '
                 'heard,” she said.', {"another report": "Bernadette O’Halloran", "Families have": "Bernadette O’Halloran"},
                 id="curly-apostrophe-in-a-name"),
    pytest.param('Doreen Pickles, 81, was waiting at the stop.\n\nCllr Siobhan O’Rourke-Bains, Calderdale Council’s cabinet '
                 'member for transport, said emergency contracts would be put out to tender.\n\n“Nobody should be stranded '
                 'at a bus stop,” she said.', {"Nobody should": "Siobhan O’Rourke-Bains"}, id="apostrophe-in-a-double-barrel"),
    # a surname the NER made a name of its own after "Cllr Priya"
    pytest.param('Among those against was Cllr Margaret Whitlock.\n\nThe committee’s chair, Cllr Priya Raghunathan (Labour), '
                 'ordered the gallery cleared shortly after 8pm, when a man near the front shouted “Liar!” at Mr O’Rourke.\n\n'
                 '“I will not have speakers on either side shouted down in this chamber,” she said.',
                 {"I will not": "Priya Raghunathan"}, id="surname-cut-off-by-the-ner"),
    # a calling the tagger took for a verb, the name after it its object
    pytest.param('Launch director Tan Wei Ming said the countdown would restart.\n\nMission operations engineer Nurul Huda '
                 'Ismail, 29, said the team had rehearsed the launch sequence “more than 60 times” in the past two months.\n\n'
                 '“My father asked me before I flew out,” she said, laughing. “Now I’m not so sure.”',
                 {"more than 60": "Nurul Huda Ismail", "My father": "Nurul Huda Ismail"}, id="calling-taken-for-a-verb"),
    # "Salthill Garda station" is a place, "Garda Sergeant" a title, and "the garda" the sergeant
    pytest.param('“Hello.”\n\nGarda Sergeant Declan O’Neill of Salthill Garda station said he arrived at 12.31am.\n\nUnder '
                 'questioning from the solicitor, Fergal McGettigan, the sergeant agreed that two red flags had been flying.'
                 '\n\n“Was that notice lit?” Mr McGettigan asked.\n\n“It was not,” the garda replied.',
                 {"Hello": None, "Was that": "Fergal McGettigan", "It was not": "Declan O’Neill"}, id="the-garda"),
    # "One protester, 20-year-old student X," is X, whom the "she" after stands for
    pytest.param('Hundreds marched on the Batasang Pambansa on Saturday.\n\nOne protester, 20-year-old political science '
                 'student Nguyen Thi Mai Anh-Reyes, whose mother is Vietnamese, said she had joined after seeing the report.'
                 '\n\n“My lola gets ₱1,000 a month as a pension,” she said.', {"My lola": "Nguyen Thi Mai Anh-Reyes"},
                 id="one-protester-named"),
    # a body the NER took for a place, under a headline that made a person of part of its name
    pytest.param('Great Barrier Reef suffered back-to-back bleaching, study finds\n\nMore than four in five reefs bleached.'
                 '\n\nA spokesperson for the Great Barrier Reef Marine Park Authority said the authority “welcomes all '
                 'peer-reviewed research”.', {"welcomes all": "Great Barrier Reef Marine Park Authority"},
                 id="body-taken-for-a-place"),
    # a statement from a body by name speaks for the body
    pytest.param('The bakery closes on Saturday.\n\nA statement from the Selkirk Avenue BIZ said the bakery had been “an '
                 'anchor for the street”.\n\nIn Guwahati, a statement from the Chief Minister’s Office said the government '
                 'had sought “immediate central assistance”.', {"an anchor": "Selkirk Avenue BIZ",
                                                               "immediate central": "Chief Minister’s Office"},
                 id="statement-from-a-named-body"),
    # a report written by a firm named beside its calling is the firm's
    pytest.param('The library board voted to close the branch.\n\nThe report, written by the consulting firm Halvorsen '
                 'Advisory, says the building needs “significant capital investment in the near term,” including a new roof.',
                 {"significant capital": "Halvorsen Advisory"}, id="report-written-by-a-firm"),
    # a dish in lower case is no person, and "A diner at the next table" is whom the "she" after stands for
    pytest.param('Chef Marcus Ong serves the sakura ebi with pomelo. He trained in Lyon.\n\nNot everything lands.\n\n'
                 'A diner at the next table, who said she had eaten there four times, disagreed about the stingray. “It’s '
                 'the best thing on the menu,” she told me.', {"It’s the best": "A diner"}, id="a-diner-not-a-dish"),
    # quotes standing alone after a paragraph about one given an age, whatever its verb and though a
    # slogan is quoted in it; a Korean name the NER took whole for an organisation
    pytest.param('Sung-min Baek does not accept that. The 38-year-old bus driver grew up in the co-op, now rents a unit '
                 'there with his wife, and led the campaign under the banner “Homes, Not Assets.”\n\n“The board treated '
                 'this like a real-estate deal from day one.”\n\nHis mother, Mi-ran Baek, 67, sat beside him.',
                 {"The board": "Sung-min Baek"}, id="alone-after-an-aged-one"),
    # "his wife" is the one woman of his surname the article names, though only in a photo's caption
    pytest.param('Cedar Cottage co-op votes to sell\n\nPhoto: Halina Kowalczyk stands outside the townhouse she and her husband have shared since 1979.\n\n'
                 'Tadeusz Kowalczyk was not persuaded. He moved into unit 14 in 1979 with his wife, a retired nurse.\n\n'
                 '“I am 76 years old,” he said.\n\n“We built the playground with our own hands,” his wife said.\n\nTheir '
                 'daughter, Marta Kowalczyk, now 44, voted for the sale.', {"We built": "Halina Kowalczyk"},
                 id="wife-named-in-a-caption"),
    # a dialogue's turns, the question after a paragraph bringing in who asks it
    pytest.param('Nomvula Dlamini, 52, said her husband had phoned her.\n\n“He said the hanging wall is talking,” she '
                 'said.\n\nEvidence leader Thandeka Mthembu asked her whether her husband had reported it.\n\n“Did he '
                 'tell you he had spoken to the shift supervisor?”\n\n“He said he told the miner.”\n\n“Those were the '
                 'words he used?”\n\n“Those were his words.”',
                 {"Did he": "Thandeka Mthembu", "He said he told": "Nomvula Dlamini", "Those were the": "Thandeka Mthembu",
                  "Those were his": "Nomvula Dlamini"}, id="turns-after-the-asker"),
    # a bare surname is not the namesake named in an aside of the sentence's subject ("whose brother"),
    # and one who replies is the namesake the question was put to
    pytest.param('Lwazi Mahlangu, whose younger brother Bongani Mahlangu was among those killed, said the families had '
                 'waited long enough. Mahlangu wore a T-shirt printed with his brother’s face.\n\n“Mourning is cheap,” he '
                 'said.\n\nNomvula Dlamini testified first. Dlamini wept. Her son, Sipho Dlamini, 27, testified after his '
                 'mother.\n\nCounsel for the mine’s owner, Bophelo Platinum, Advocate Riaan du Plessis, put it to Sipho that '
                 'no written complaint about the panel had been lodged through the company’s safety reporting system.\n\n'
                 '“My instructions are that there is no record of any complaint, written or electronic, about ground '
                 'conditions on that panel before 14 August,” Du Plessis said.\n\n“With respect, sir, you are marked as a '
                 'troublemaker,” Dlamini replied.',
                 {"Mourning": "Lwazi Mahlangu", "With respect": "Sipho Dlamini"}, id="namesake-aside-and-reply"),
    # names family name first: "Ms Tan" is the sister, by her given name, "Mr Tan" the brother, and
    # "his sister" the one woman of the family named; an exhibitor speaks unnamed
    pytest.param('Mochi, owned by siblings Tan Mei Ling and Tan Wei Jie, won Best in Show.\n\n“Mochi was groomed by me,” '
                 'said Ms Tan, 45, a breeder.\n\n“We left Mochi with our mother,” said Mr Tan, 41.\n\n“It’s not '
                 'Mummy’s fault,” Ms Tan said quickly.\n\nOne exhibitor, who did not want to be named, said chalk was an '
                 '“open secret”. “Everyone knows who uses it,” she said.\n\n“We have asked for the footage,” Mr Tan said.'
                 ' “I know what I did,” his sister said.',
                 {"Mochi was": "Tan Mei Ling", "We left": "Tan Wei Jie", "It’s not": "Tan Mei Ling",
                  "Everyone knows": "One exhibitor", "I know what": "Tan Mei Ling"}, id="family-name-first-siblings"),
    # a player by position ("the halfback"), and "the veteran" for the one the sentence before turned
    # to by his office ("Kahikatea's 73-year-old patron"), not the woman named last
    pytest.param('Photo: Brothers Tama, left, and Nikau Herewini at Kahikatea Domain, where their father played.\n\n“We either do this or we both '
                 'die slowly,” said Kahikatea patron Wiremu Herewini, who played 200 games for the club.\n\nHis younger '
                 'son, Nikau, 24, was more enthusiastic. “Half those Ruawai boys went to school with us,” the halfback '
                 'said.\n\n“Mergers aren’t anyone’s first choice,” said Leilani Tuhiwai, the union’s community rugby '
                 'manager.\n\nThe merged club’s first game is on April 5. Kahikatea’s 73-year-old patron says he will be '
                 'on the sideline.\n\n“One on each shoulder,” said the veteran.',
                 {"Half those": "Nikau Herewini", "One on each": "Wiremu Herewini"}, id="halfback-and-veteran"),
    # a ship is no one ("the MV Flora Ann", "she" of a boat), and "Her father" is the one man of the
    # family named (in a caption), whom "the 68-year-old" after stands for
    pytest.param('Photo: Ruaridh Macaulay, who founded Macaulay Ferries in 1983, beside the MV Flora Ann at the pier '
                 'on Eriskay.\n\nFor four decades the little MV Flora Ann has carried schoolchildren across the Sound. '
                 'Since her gearbox failed she has sat at the pier.\n\n“We are weeks from collapse,” said Eilidh '
                 'Macaulay, 41, who took over as managing director from her father in 2019.\n\nHer father is blunter. '
                 '“This boat has carried brides to their weddings,” the 68-year-old said.',
                 {"We are weeks": "Eilidh Macaulay", "This boat": "Ruaridh Macaulay"}, id="a-ship-and-her-father"),
    # cousins and their fathers: "the elder brother" is the one whose "younger brother" the other is,
    # "her cousin" the one other of the family, "the 29-year-old" the one the article called so
    pytest.param('Shauna O’Neill and her cousin Ciara O’Neill grew up three doors apart.\n\n‘I love my cousin,’ said Shauna, the '
                 '29-year-old champion.\n\nShauna is trained by her father, Liam O’Neill. Ciara is trained by hers, '
                 'Dessie, Liam’s younger brother.\n\n‘Blood is blood,’ the elder brother said.\n\n‘He says that now,’ '
                 'said Dessie.\n\nFormer European champion Aoife Ní Bhriain said the fight was ‘genuinely fifty-fifty’.'
                 '\n\nThe champion dismissed that notion. ‘She’s a girl in the other corner,’ the 29-year-old said.\n\n'
                 'Ciara said she would come to the ring to ‘Zombie’ by The Cranberries, ‘because Shauna always hated it’.'
                 '\n\n‘I did hate it,’ her cousin confirmed.',
                 {"Blood is": "Liam O’Neill", "She’s a girl": "Shauna O’Neill", "I did hate": "Shauna O’Neill"},
                 id="cousins-and-their-fathers"),
    # "Here are the key lines:" gives the words of the one who spoke in the sentence before; "Another
    # relative" speaks unnamed
    pytest.param('The NSW premier, Sarah Ioannou, has just finished speaking at the operations centre. Here are the key '
                 'lines:\n\n“If you have been told to leave, leave.”\n\nAt the hospital, relatives waited in long queues. '
                 'Another relative, a boda boda rider, said he supported the doctors. “These doctors are our children,” he '
                 'said.', {"If you have": "Sarah Ioannou", "These doctors": "Another relative"}, id="key-lines-and-a-relative"),
    # "The teenager" opening the paragraph before one that opens with the quote is whom "she" stands
    # for: the one of the right age (not "Dev Mehta, 22", named last)
    pytest.param('Photo: Tegan Penrose, 15, on board her father’s crab boat in Porthleven harbour on Sunday morning.\n\n'
                 'The two men, cousins Arjun Mehta, 24, and Dev Mehta, 22, from Birmingham, had been in the water for 40 '
                 'minutes. Their aunt, Priya Mehta, 51, drove down overnight.\n\nThe teenager, who has been going to sea with her father since she was eight, threw a '
                 'lifebuoy to the nearer of the two men.\n\n“I wasn’t scared until afterwards,” she said.',
                 {"I wasn’t": "Tegan Penrose"}, id="the-teenager-before"),
    # a body's office ("The province's education minister") is someone new, not the one named last
    pytest.param('Board chair Jean-Luc Tremblay, who voted in favour, said trustees had received 2,300 emails.\n\nThe '
                 'province’s education minister said in a statement that the board’s move was “exactly the kind of '
                 'leadership we want to see.”', {"exactly": "The province’s education minister"}, id="a-bodys-office"),
    # a bare surname after "Her husband was angrier." is the husband; "the engineer whose Slack went
    # gray" the one the article introduced as "One engineer", paragraphs back
    pytest.param('One engineer, who asked not to be named, said her Slack access was cut off in the middle of a code '
                 'review.\n\nAmong those laid off were Jae-won Park, a senior product designer, and her husband, Daniel '
                 'Park, a data engineer.\n\n“We have a 7-month-old,” said Jae-won Park, 31.\n\nHer husband was angrier. '
                 '“Ana talked on the call about right-sizing,” Park said.\n\nIn her memo, Ana de la Cruz, the chief '
                 'executive, cited the so-called “quiet quitting” trend. She said some teams had optimized for meetings '
                 'instead of for customers, and that the company would be leaner and faster for it.\n\nThat line did not go down well. “I was quietly '
                 'working until 2 a.m.,” said the engineer whose Slack went gray.',
                 {"Ana talked": "Daniel Park", "I was quietly": "One engineer"}, id="her-husband-and-the-engineer"),
    # "Amma", "Appa": what a child calls a parent, no name; in her answer, her mother
    pytest.param('Kavya Raghunathan, 12, became a FIDE Master in March. Her father, Arvind Raghunathan, 44, travels with '
                 'her. Her mother, Lakshmi Raghunathan, handles opening '
                 'preparation.\n\nQ: Kavya, who is stricter?\n\nKavya: Amma is stricter. Amma says, “If you play the '
                 'Najdorf without preparation, you will be on the train home.” She is usually right. And Amma promised me '
                 'a dog. She said, “GM title, then dog.”',
                 {"If you play": "Lakshmi Raghunathan", "GM title": "Lakshmi Raghunathan"}, id="amma-in-an-answer"),
    # a title leading a name the NER took, "the" and all, for an organisation ("the Rev Adebayo Ogunleye")
    pytest.param('Dennis Ellery, 71, chaired the meeting.\n\nThe vicar, the Rev Adebayo Ogunleye, who took up his post '
                 'last year, said he understood the anger.\n\n"I baptise babies in this village," he said.',
                 {"I baptise": "Adebayo Ogunleye"}, id="the-rev"),
    # "My father" in the son's answer is the one other man of the family the article named
    pytest.param('Lim Boon Huat, 74, founded the Lantern Playhouse in 1987. His son, Lim Wei Jie, runs it now.\n\nQ: '
                 'What happens to the company?\n\nWei Jie: The company continues. My father likes to say, “A lantern can '
                 'be carried.” So we will carry it.', {"A lantern": "Lim Boon Huat"}, id="my-father-the-founder"),
    # "the elder Mthembu" is the one introduced as the elder brother, not the mother the chunk gives an
    # older age only later
    pytest.param('Sibusiso Mthembu, 38, has pleaded not guilty. His sister Zanele Mthembu, 33, testified first.\n\nThe '
                 'accused’s elder brother, Mandla Mthembu, 45, testified in the afternoon.\n\n“I told him I did not want to '
                 'know,” the elder Mthembu said.\n\nTheir mother, Thandiwe Mthembu, 67, sat in the public gallery.',
                 {"I told him": "Mandla Mthembu"}, id="the-elder-brother-introduced"),
    # "Advocate" is a title at the South African bar, no part of the name
    pytest.param('State prosecutor Advocate Chantelle van der Berg asked why she had not washed the shirt.\n\nVan der Berg '
                 'said the evidence was “overwhelming”.', {"overwhelming": "Chantelle van der Berg"}, id="advocate-title"),
    # an answer labelled with whose it is ("A (Shabana):"): "I" in it is she
    pytest.param('We spoke to Zainab Chaudhry, 20; her mother, Shabana Chaudhry, joined by phone.\n\nQ: What did your mother '
                 'say?\n\nA (Zainab): She laughed.\n\nA (Shabana): I did say that. But I also said, “Do it properly. Keep '
                 'the money in a separate account.” That is what we did.', {"Do it properly": "Shabana Chaudhry"},
                 id="answer-labelled-by-name"),
    # unnamed speakers by their year of study, by "Another, a …," and after a chant ending in "!" ("A porter")
    pytest.param('Ewa Nowakowska, a physics student, backs the strike.\n\nNot all residents do. One first-year, who was '
                 'queueing for a lecture, said she was “too scared to risk it”. “My parents are guarantors,” she said.\n\n'
                 'Another, an international student from Ho Chi Minh City, said he could not join them. “My visa depends on '
                 'it,” he said.\n\nBy mid-afternoon the chant had changed to “Whose halls? Our halls!” A porter, watching '
                 'from behind the desk, said he had seen it all before. “I was here in ’94 as well, love,” he said.',
                 {"My parents": "One first-year", "My visa": "an international student from Ho Chi Minh City",
                  "I was here": "A porter"}, id="unnamed-students-and-a-porter"),
    # but not across a paragraph that turned to someone else first
    pytest.param('Esther Wairimu Ndung’u won the seat by 212 votes.\n\nAnother, a retired teacher, said she had voted for '
                 'both. “Let them shake hands.”\n\nAsked whether she would invite her rival, the MCA-elect smiled. “He is '
                 'welcome,” she said.', {"He is welcome": "Esther Wairimu Ndung’u"}, id="unnamed-not-past-a-paragraph"),
    # a family of doctors: "Dr. S. Venkataraman" is not his son "Dr. Arvind Venkataraman" (an initial is no
    # title); "his wife, Dr. Lakshmi" is the son's mother; a bold label ("**Dr. Venkataraman:**") is who
    # answers, and "My wife" in the answer is his
    pytest.param('Dr. S. Venkataraman and his wife, Dr. Lakshmi Venkataraman, ran a clinic for 48 years.\n\nThe Indian '
                 'Medical Association said Dr. Venkataraman had “set a standard”.\n\n“I have been asking him to retire since '
                 '2015.” That was how his son, Dr. Arvind Venkataraman, a cardiologist in Chennai, put it.\n\nHis mother was '
                 'not convinced.\n\n“He will not stop,” she said.\n\n**Anjali Menon:** How did you manage?\n\n'
                 '**Dr. Venkataraman:** My wife managed. She used to say, “You run the clinic, I will run the house.”',
                 {"I have been": "Arvind Venkataraman", "He will not stop": "Lakshmi Venkataraman",
                  "You run the clinic": "Lakshmi Venkataraman"}, id="a-family-of-doctors"),
    # a paragraph of its own about a relative or a calling, then a run of quotes with no cue: theirs
    # ("the doctor" is the one the article titled Dr; "Her daughter" of one who died is hers)
    pytest.param('Callum MacLeod, 52, and his daughter, Eilidh MacLeod, 19, were stuck on the ridge overnight.\n\n'
                 '“I made a basic mistake,” Mr MacLeod said.\n\nHis daughter, a geology student, was sitting at his '
                 'bedside.\n\n“They were not terrible jokes.”\n\n“I wasn’t calm on the inside.”',
                 {"They were not": "Eilidh MacLeod", "I wasn’t calm": "Eilidh MacLeod"}, id="a-paragraph-about-a-relative"),
    pytest.param('At 8 a.m. on Sunday, Dr. S. Venkataraman unlocked his clinic for the last time.\n\n“He delivered me,” said '
                 'Muniyammal, 58.\n\nWhen he took the microphone, the doctor spoke for about ten minutes.\n\n“I came here '
                 'in 1977 for two years.”\n\n“I stayed forty-eight years.”',
                 {"I came here": "S. Venkataraman", "I stayed": "S. Venkataraman"}, id="the-doctor-titled-so"),
    pytest.param('When Rosa Esposito arrived at the home at 7am, her mother was lying on the floor.\n\nGiuseppina Esposito, '
                 '88, died in hospital two days later. She had been at the home for eleven months.\n\nHer daughter, a '
                 '61-year-old teacher, gave evidence for two hours.\n\n'
                 '“Mum was a proud woman.”', {"Mum was": "Rosa Esposito"}, id="the-daughter-of-one-who-died"),
    # the person an earlier sentence of the paragraph before made its subject, the last sentence a room's
    pytest.param('Aroha Ngata, 17, is the club’s youngest patrol captain.\n\nAt the centenary dinner, Hemi Ngata was asked '
                 'to give the toast to absent friends. The room of 350 fell silent.\n\n“In 1925 there were nine of them.”'
                 '\n\n“They built the first clubhouse out of timber from a shipwreck.”',
                 {"In 1925": "Hemi Ngata", "They built": "Hemi Ngata"}, id="named-before-the-room-fell-silent"),
    # "they" right after people described as a sentence's subject is theirs, not the last person who spoke
    pytest.param('The chairman’s younger brother, Ross Pettigrew, defended him.\n\n“He is not a crook,” he said.\n\nAs the '
                 'meeting broke up, the protesters regrouped on the footpath outside. “We’ll be back next month,” they told '
                 'the committee members.', {"We’ll be back": "the protesters"}, id="they-the-protesters"),
    # a court hears from a father by what he is, then "he said"; "the elder Okeke" is the father, not the
    # one introduced as "Her elder brother"
    pytest.param('Chidinma Okeke said she was taken at gunpoint.\n\nHer elder brother, Obinna Okeke, who negotiated the '
                 'ransom, gave evidence on Tuesday.\n\n“Voices can sound alike, Mr Okeke,” defence counsel Chukwudi Eze '
                 'said.\n\nThe court also heard from the victim’s father, Chief Emeka Okeke, a 67-year-old importer, who said '
                 'the family sold two cars.\n\n“My son did the talking,” he said.\n\nAsked whether he had paid the police, '
                 'the elder Okeke stood up. “I paid kidnappers. I did not pay the police,” he said.',
                 {"My son did": "Emeka Okeke", "I paid": "Emeka Okeke"}, id="heard-from-the-father"),
    # "Her son" of one introduced by a name's possessive ("Sunil's mother, Kamala Kapoor,") is that son, not
    # the couple's son the article named before
    pytest.param('Among the families were Priya and Sunil Kapoor, whose son Arjun died in March 2021.\n\nSunil’s mother, '
                 'Kamala Kapoor, said she had begged staff to call a doctor.\n\nHer son put his hand on her shoulder. '
                 '‘She has never forgiven herself,’ he said quietly.', {"She has never": "Sunil Kapoor"}, id="her-son-by-a-possessive"),
    pytest.param('Callum MacLeod, 52, and his daughter Eilidh, 19, were stuck on the ridge.\n\nThe alarm was raised by Mr '
                 'MacLeod’s wife, Fiona, when the pair failed to return to their car at Allt-na-reigh.\n\nShe told BBC '
                 'Scotland: “I knew something was wrong.”\n\nAsked whether she would let them go back up, Mrs MacLeod '
                 'said: “They can go back up when I’ve finished being angry.”',
                 {"I knew": "Fiona MacLeod", "They can go": "Fiona MacLeod"}, id="mrs-macleod-not-a-place"),
    # a calling is no name ("Labour MP", "Senior Minister"): the name beside or after it is the speaker's
    pytest.param('The Labour MP for Calder Valley, Imran Siddiqui, wrote on X that the emails were “damning”.',
                 {"damning": "Imran Siddiqui"}, id="the-mp-for-a-seat-by-name"),
    pytest.param('Senior Minister of State for Digital Development and Information Edwin Tay Kok Leong said the bank had '
                 'been “required to first establish the scope of the incident” before notifying customers.',
                 {"required": "Edwin Tay Kok Leong"}, id="a-long-title-before-the-name"),
    # a body named by the place it serves, the place alone an organisation to the NER
    pytest.param('Callum was found by the Glen Etive team.\n\nPolice Scotland said in a statement: “We were contacted at '
                 'around 21:05 on Saturday to report two walkers overdue.”', {"We were": "Police Scotland"},
                 id="a-body-named-by-its-place"),
    # counsel by whom they act for: the subject of the paragraph a later "he" goes back to
    pytest.param('A Lagos court sentenced a former director of the Oke-Ilu Pension Trust, Mr Babatunde Adeyemi-Coker, to 14 '
                 'years.\n\nHis wife, Mrs Morenike Adeyemi-Coker, wept in the gallery. Her husband, who had told the court he '
                 'was "a sick man", showed no emotion.\n\nCounsel to the convict, Chief Emeka Nwachukwu (SAN), said his client '
                 'would appeal.\n\n"The judgment ignores the evidence," he told journalists.',
                 {"a sick man": "Babatunde Adeyemi-Coker", "The judgment": "Emeka Nwachukwu"}, id="counsel-to-the-convict"),
    # sisters answering in turn: "Her sister, 23," (an age beside the description) is the other one, and so
    # is "her sister" of the one who spoke last; "Their father" the one other of the family
    pytest.param('Juliette Lavoie, left, and her sister Amélie celebrate a point.\n\nFor most of the tiebreak, Marc Lavoie '
                 'could not look.\n\n“That was the loudest I have ever heard,” said Amélie, 26, the elder of the two.\n\n'
                 'Her sister, 23, was more emotional. “We used to come here as ball kids,” she said.\n\n“She did,” her '
                 'sister said.\n\nTheir father was asked whether he would keep coaching them. “They keep firing me,” he said.',
                 {"That was": "Amélie Lavoie", "We used": "Juliette Lavoie", "She did": "Amélie Lavoie",
                  "They keep": "Marc Lavoie"}, id="sisters-in-turn-and-their-father"),
    # a father and son first named in a caption ("Skipper Pádraig Gallagher", a name the NER passed over after a
    # calling), then "the elder Gallagher" and "Gallagher senior" the father
    pytest.param('Skipper Pádraig Gallagher and his son Declan Gallagher on board the Ard Mhuire.\n\n‘Nobody forced them '
                 'out,’ the elder Gallagher said.\n\nHis son was on his feet. ‘We are not asking for sympathy,’ he said.\n\n'
                 'Gallagher senior, a native Irish speaker, then addressed the Minister. Translated, he said: ‘My '
                 'grandfather fished these waters.’', {"Nobody": "Pádraig Gallagher", "We are not": "Declan Gallagher",
                                                       "My grandfather": "Pádraig Gallagher"}, id="gallagher-senior"),
    # "Brothers Lwazi and Bongani Mthembu": both Mthembus, whether or not the lexicon knows the first names
    pytest.param('Photo: Brothers Lwazi and Bongani Mthembu, both Metro Waste collectors, at the march through Braamfontein '
                 'on Tuesday.\n\n“Our father did this job before us,” said '
                 'Lwazi, the elder of the two.', {"Our father": "Lwazi Mthembu"}, id="brothers-by-first-names"),
    # "His daughter, 23," of the father: the one of the family introduced as her brother's sister
    pytest.param('Australian cyclist Daniel Tran has been banned from the sport until late 2027.\n\nPhoto: Kim Tran, '
                 'Daniel\'s younger sister, at the family\'s home in Bankstown on Thursday. (ABC News: Mark Leonardi)\n\n'
                 'Tran\'s father, Minh, stood beside his son. "My son is not a cheat," Minh Tran said.\n\nHis daughter, 23, '
                 'who raced for Australia as a junior, said the family had spent a fortune.\n\n"Dad remortgaged the house," '
                 'she said.', {"My son": "Minh Tran", "Dad remortgaged": "Kim Tran"}, id="his-daughter-his-sons-sister"),
    # a person's spokesman speaks for them and is not they: "a spokesman for Richard Hale" (not "Mr", of
    # "Mr. Hale said", nor Helen Marsden-Cole, whose surname alone was an organisation to the NER)
    pytest.param('Senator Richard Hale has not said how he will vote.\n\nA spokesman for Mr. Hale said the senator had “not '
                 'made a final decision”.', {"not made": "A spokesman for Richard Hale"}, id="a-persons-spokesman"),
    pytest.param('In a post on X, the Foreign Secretary, Helen Marsden-Cole, wrote that the UK was “among the largest donors”. '
                 'A spokesman for Marsden-Cole later said that ministers were “pressing all parties to open the crossings”.',
                 {"among": "Helen Marsden-Cole", "pressing": "A spokesman for Helen Marsden-Cole"}, id="a-spokesman-for-a-surname"),
    # what a business is based in is a place, and the name beside "company" the business
    pytest.param('A Chennai-based fintech company, ZephyrPay, announced last week that it would sponsor Kavya. “Kavya '
                 'represents everything we believe about young India,” the company said in a statement.',
                 {"Kavya represents": "ZephyrPay"}, id="a-company-based-somewhere"),
    # "the federation" of the one body the paragraph names, whatever its name ("Tennis Canada")
    pytest.param('Tennis Canada president Michel Bertrand-Côté called the result “a day we will remember”. In a statement, '
                 'the federation said the sisters were “proof of what community tennis can produce”.',
                 {"a day": "Michel Bertrand-Côté", "proof": "Tennis Canada"}, id="the-federation-the-paragraph-names"),
    # family names written first: "Professor Tan" may be Tan Kah Wee, not only Marcus Tan; and "Nguyen and
    # Peter Kariuki" does not make a "Nguyen Kariuki" of Nguyen Van Thanh
    pytest.param('Student organisers, including siblings Chloe and Marcus Tan, say university “caved to a few angry '
                 'e-mails”\n\nAt a press conference on Oct 23, NMU president Tan Kah Wee and provost Lim Boon Heng faced '
                 'more than an hour of questions from reporters and student journalists about the cancellation, which has '
                 'drawn criticism from academics in Singapore and abroad.\n\n“This was about safety, not censorship. NMU '
                 'did not cancel this talk because of what Ms Wulandari thinks or writes,” said Professor Tan, 58.',
                 {"This was": "Tan Kah Wee"}, id="professor-tan-family-name-first"),
    pytest.param('Nguyen Van Thanh, 52, and the brothers Peter Kariuki, 44, and Samuel Kariuki, 39, were arrested.\n\n'
                 'Investigators recovered messages between Nguyen and Peter Kariuki.\n\nNguyen told the court he had been '
                 '“used by powerful people”.', {"used by": "Nguyen Van Thanh"}, id="nguyen-and-peter-kariuki"),
    # a live blog's bold name and colon before the quote says who speaks (not "PULL QUOTE:", whose dash names them)
    pytest.param('His wife, Titilayo Adeyemi-Bakare, and their son, Tobi Adeyemi-Bakare, 27, are seated behind the '
                 'agents.\n\n**Titilayo Adeyemi-Bakare:** “I have been married to this man for thirty-one years.”\n\n'
                 '**Tobi Adeyemi-Bakare:** “My mum is superstitious. I’m not. We’ve won.”\n\nPULL QUOTE: “When you direct '
                 'your own children, you cannot win.” — Rajinder Malhotra',
                 {"I have been": "Titilayo Adeyemi-Bakare", "My mum": "Tobi Adeyemi-Bakare", "When you direct": "Rajinder Malhotra"},
                 id="bold-name-labels"),
    # a reporting verb before a name and colon is no label ("Continued Stone:" is Roger Stone going on)
    pytest.param('Roger Stone told Breitbart News Daily the election could be rigged.\n\nContinued Stone: “So I think it is '
                 'a very real problem.”', {"So I think": "Roger Stone"}, id="continued-stone-no-label"),
    # "one" and "another" who speak are one of the people just named by what they are (not of what a clause says
    # they do: "said one, who represents road builders")
    pytest.param('Two of the volunteers described the search. “We were crawling along the ridge,” one told BBC Scotland. '
                 '“You hear the wind before it hits you,” said another, who asked not to be named.\n\nHawks fans were '
                 'furious. “It was the most Hawks thing ever,” one said on Facebook.\n\n“We have photographs,” said one '
                 'relative. “We have been coming to this court for six months,” said another.',
                 {"We were": "one volunteer", "You hear": "another volunteer", "It was": "one Hawks fan",
                  "We have photographs": "one relative", "We have been": "another relative"},
                 id="one-of-those-just-named"),
    # a live blog's bold name opening a colon lead-in speaks, whatever the clause after it names
    pytest.param('**Minister Dervla Kinsella**, speaking to reporters outside Government Buildings a short time ago:\n\n'
                 '“I want to thank every teacher who voted.”\n\n**Cathal Brennan** (31, her brother, PE and Irish, voted '
                 'no): “She knows what I think.”', {"I want": "Dervla Kinsella", "She knows": "Cathal Brennan"},
                 id="bold-name-lead-in"),
    # "Capt. Michael Kwon", then "Captain Kwon": one title, so the namesake the article titled so
    pytest.param('Dr. Hye-jin Kwon, 61, appeared before the committee with her husband, David, and their son, Capt. Michael '
                 'Kwon.\n\nDavid Kwon said his wife had been preparing for weeks. “She reads them at dinner,” he said.\n\n'
                 'Asked whether it was strange to watch his mother be questioned, Captain Kwon said: “Honestly, it’s easier '
                 'than being questioned by her.”', {"She reads": "David Kwon", "Honestly": "Michael Kwon"},
                 id="capt-is-captain"),
    # a one-name person the NER took for a place the second time, and a subject the parser hung on a noun
    # ("helping Mr Whitfield drag sodden mattresses") is no one the story turns to
    pytest.param('• "My wife is crying all night," said Sutrisno, 52, a seasonal fruit picker from East Java who, like many '
                 'Indonesians, uses one name.\n\nSutrisno spent most of Sunday helping Mr Whitfield drag sodden mattresses '
                 'to the skip. "He gave us a cabin when nobody else would," he said.',
                 {"My wife": "Sutrisno", "He gave": "Sutrisno"}, id="one-name-person"),
    # (but the subject of a sentence the parser rooted on a noun is still whom it turns to)
    pytest.param('Donald Trump drew fire from Mexico on Monday, from former president Felipe Calderon.\n\nIn his assessment '
                 'of the real estate magnate, Calderon intimated disappointment that the American people have given Trump '
                 'a real shot at succeeding Barack Obama.\n\n“It is incredible that a quite admirable society likes him,” he '
                 'said.', {"It is incredible": "Felipe Calderon"}, id="a-subject-on-a-root-noun"),
    # a calling the NER took for a name, or its initials, is the one the article named beside it
    pytest.param('The Taoiseach, Ciarán Mac Aodha, visited the count centre twice.\n\n“She will be a fine TD,” the '
                 'Taoiseach said.\n\nThe Chief Returning Officer for the county, Prof. Nkechi Obi, said counting was on '
                 'time. “Every box is in,” the CRO said.', {"She will": "Ciarán Mac Aodha", "Every box": "Nkechi Obi"},
                 id="calling-taken-for-a-name"),
    # titles of South Asia and West Africa, abbreviated and not; "Dr (Mrs)" in a pull quote's credit
    pytest.param('“Our campaign has the numbers,” said Engr. Tunde Bakare, the campaign director.\n\n“The ward must open '
                 'again,” said Smt. Lata Pawar, 49, a farm worker.\n\nPull quote: “We are one family with two ideas.” — '
                 'Dr (Mrs) Yetunde Adeola',
                 {"Our campaign": "Tunde Bakare", "The ward": "Lata Pawar", "We are one": "Yetunde Adeola"},
                 id="titles-abroad"),
    # "Madam Adeola" is the namesake the article titled so, not her daughter named since
    pytest.param('Dr Yetunde Adeola, 52, is running for the Senate against her brother.\n\nAt the family house, their '
                 'mother, Madam Ronke Adeola, received visitors.\n\nDr Adeola has promised clinics. “I am running for the '
                 'clinics,” she said.\n\nAsked whom her late husband would have supported, Madam Adeola was quiet for a '
                 'moment. “He used to say politics is for people without a trade,” she said.',
                 {"I am running": "Yetunde Adeola", "He used": "Ronke Adeola"}, id="madam-tells-namesakes-apart"),
    # "it said" after "a statement from the family was read by their solicitor, X": the family's, never a person's
    pytest.param('Judge Ruth Kemble adjourned sentencing.\n\nOutside court, a statement from Mrs Farrow’s family was read by '
                 'their solicitor, Owen Pugh. “She was the heart of this street,” it said.',
                 {"She was": "Mrs Farrow’s family"}, id="statement-from-a-family"),
    # a relative named by first name alone answers to the family's name; "the elder Mr Varley" is the
    # father of two brothers; "His widow said she …" is the widow
    pytest.param('Nathan Corr, 27, scored the winner. His brother Liam Corr, 24, made it. In the stand was their father, '
                 'Desmond, who played for the club in 1990.\n\n“I could not watch,” the elder Mr Corr said.',
                 {"I could": "Desmond Corr"}, id="the-elder-is-the-father-of-brothers"),
    pytest.param('Albert Lusk, the founder of Lusk Hardware, has died at 90. His widow, Iris, 86, was at home. “He never sat '
                 'still,” Mrs Lusk said.\n\nHis widow said she would keep the shop open. “He would want that,” she said.',
                 {"He never": "Iris", "He would": "Iris"}, id="family-name-of-a-widow"),
    # a namesake the story turned to by a kin word just before ("His brother, who …, was having none of
    # it.", "His father said …") is who a bare "Cllr Pike" or "Mr Doolan" then is
    pytest.param('The committee heard from Cllr Rory Pike, who backs the plan, and Cllr Sean Pike, who does not.\n\nRory '
                 'Pike moved the motion. “We need the homes,” he said.\n\nHis brother, who sits for Ashby East, was having '
                 'none of it. “This is the wrong place,” Cllr Pike said.',
                 {"We need": "Rory Pike", "This is": "Sean Pike"}, id="namesake-turned-to-by-a-kin-word"),
    pytest.param('Frank Doyle, the coach, has died at 91. His son, Owen Doyle, 63, runs the club now.\n\nAmong the most '
                 'moved was Owen’s son, Francis, 19, who boxes there. “Grandad was in my corner,” the teenager said.\n\nHis '
                 'father said the family had been overwhelmed. “We have had cards from Canada,” Mr Doyle said.',
                 {"Grandad": "Francis", "We have had": "Owen Doyle"}, id="namesake-who-said-so-just-before"),
    # a nickname for the given name is the same person: "Frank Doolan" of "Francis Xavier Doolan"; "Young Francis" his grandson
    pytest.param('Frank Doolan, boxing coach, dies at 91\n\nFrancis Xavier Doolan ran the club for fifty years. “I make '
                 'lads who get up in the morning,” he said in 1998.\n\nHis son, Patrick Doolan, 63, runs the club now.\n\n'
                 'Among the mourners was Patrick’s son, Francis, 19. Young Francis said his grandfather never missed a '
                 'fight. “He was always in my corner,” he said.',
                 {"I make": "Francis Xavier Doolan", "He was always": "Francis"}, id="nickname-and-young-namesake"),
    # "the former" and "the latter" of two named together, even as one name to the NER
    pytest.param('Ewan Doyle and Fergus Doyle have both been interviewed under caution by Police Scotland.\n\n“I’ll say '
                 'it to the inquiry,” said the former. “I’ve said what I had to say,” the latter said.',
                 {"I’ll say": "Ewan Doyle", "I’ve said": "Fergus Doyle"}, id="the-former-and-the-latter"),
    # "the older brother" of two brothers the article gave ages
    pytest.param('Declan Rourke, 34, told his younger brother to say nothing. Kieran Rourke, 29, replied: “I’m not lying '
                 'for you.” A later message from the older brother read: “Keep it simple.”',
                 {"I’m not": "Kieran Rourke", "Keep it": "Declan Rourke"}, id="the-older-brother-by-age"),
    # "Mrs Gilmartin" is not the namesake the article calls Ms Gilmartin: her mother, named by first name
    pytest.param('Aoife Gilmartin won the seat. In her speech, the new TD thanked her mother, Mairéad, who stood beside '
                 'her.\n\n“I owe this to the west,” Ms Gilmartin said.\n\nHer mother said the campaign had been hard. “We '
                 'buried Packie three years ago,” Mrs Gilmartin said. “He would have loved tonight,” she said.',
                 {"I owe": "Aoife Gilmartin", "We buried": "Mairéad", "He would": "Mairéad"}, id="mrs-is-not-ms"),
    # a namesake named in an aside of the one the paragraph turns to is not who "Mrs Quinlan" is
    pytest.param('Sarah Quinlan, the council leader, toured the flooded streets. “We will reopen the bridge,” she said.\n\n'
                 'Among those evacuated was Margaret Quinlan, 82 – who, it turns out, is the mother of council leader Sarah '
                 'Quinlan.\n\n“She rang me at seven and said, ‘Mum, pack a bag,’” Mrs Quinlan said.',
                 {"We will": "Sarah Quinlan", "She rang": "Margaret Quinlan"}, id="namesake-in-an-aside-with-an-age"),
    # "the letter said" of "a letter he wrote", read out by someone else: the one who wrote it
    pytest.param('Harold Jessup, 80, could not travel to the hearing. His daughter, Linda Jessup, read a letter he wrote to '
                 'the court.\n\n“I worked at the plant for 34 years,” the letter said.',
                 {"I worked": "Harold Jessup"}, id="letter-read-by-another"),
])
def test_who_said_each_quote(text, said):
    assert _said(text, said) == said


def test_a_work_by_its_maker_is_no_ones_words():
    text = 'Ciara O’Neill fights on Saturday.\n\nCiara said she would come to the ring to ‘Zombie’ by The Cranberries.\n'
    [song] = analyze_document(text).quotes
    assert not song.is_speech


def test_a_campaigns_name_is_no_ones_words():
    text = ('Recreational fishing groups want the cut to go further. “Snapper is the people’s fish,” said Callum Ferreira, '
            'spokesperson for the LegaSea-backed campaign “More Fish in the Water”.\n')
    assert [q.is_speech for q in analyze_document(text).quotes] == [True, False]


def test_the_headline_of_a_story_linked_to_is_no_ones_words():
    text = ('“We sent the papers three times,” Minh Nguyen said.\n\nRead more: “Eighteen months on, the fire towns are '
            'still waiting”\n')
    assert [q.is_speech for q in analyze_document(text).quotes] == [True, False]


@pytest.mark.parametrize("text,said", [
    # a review or audit by its author, named beside it ("The review, by …, said": the verb's "by" to the
    # parser), and "the report" after it; a judgment by the judge who gave it
    pytest.param('The review, by Melbourne accountants Hollis Grant, said applicants had faced “an opaque process”.\n\n'
                 '“The committee has put capital before relief,” the report said.',
                 {"an opaque": "Hollis Grant", "The committee": "Hollis Grant"}, id="a-review-by-its-author"),
    pytest.param('The Labour Court granted the City an interdict. In her judgment, Judge Nomvula Khumalo said the right '
                 'to strike was “not a licence to intimidate”.\n\n“Workers who strike are entitled to do so peacefully,” '
                 'the judgment reads.', {"Workers who": "Nomvula Khumalo"}, id="a-judgment-by-its-judge"),
    # a letter signed by its author in a verb joined to another; a statement issued on someone's behalf
    pytest.param('At the centre of the case is a letter of wishes, written in blue ink and signed by Hemi Te Rangi six weeks '
                 'before he changed his will.\n\n“I have two children and I love them both,” the letter reads.\n\nA '
                 'statement issued on behalf of Kōwhai Ridge Estate said the winery was “trading as normal”.',
                 {"I have two": "Hemi Te Rangi", "trading as": "Kōwhai Ridge Estate"}, id="signed-and-on-behalf-of"),
])
def test_a_document_is_its_authors_words(text, said):
    assert _said(text, said) == said


def test_a_first_name_opening_a_paragraph_is_part_of_the_surname_after_it():
    # (after a headline, the NER made a person of "Kowalczyk" alone, the parser a sentence of "Halina")
    text = 'Co-op votes to sell\n\nHalina Kowalczyk stands outside the townhouse.\n\nTadeusz Kowalczyk was not persuaded.\n'
    assert [p.name for p in analyze_document(text).people] == ["Halina Kowalczyk", "Tadeusz Kowalczyk"]


@pytest.mark.parametrize("text,people", [
    # a first name the NER took for an organisation, before "and" and a whole name, shares its surname
    ("Kath and Megan Doyle, mother and daughter, outside their home. Photograph: Jo Hill\n\n"
     "“They knew,” Kath said.\n", ["Kath Doyle", "Megan Doyle"]),
    # and the surname's particle with it
    ("Pádraig Ó Dónaill with his daughters Síle and Nuala Ní Dhónaill on Inishcarrig.\n\n"
     "“It leaked,” Nuala said.\n", ["Pádraig Ó Dónaill", "Síle Ní Dhónaill", "Nuala Ní Dhónaill"]),
    # a relative named by first name alone beside whose they are shares the surname; a place's hyphened
    # name is no one's ("Allt" of "Allt-na-reigh", a person to the NER)
    ("Callum MacLeod, 52, and his daughter Eilidh, 19, were stuck on the ridge.\n\nThe alarm was raised by Mr "
     "MacLeod’s wife, Fiona, when the pair failed to return to their car at Allt-na-reigh.\n\n“I knew something was "
     "wrong,” Mrs MacLeod said.\n", ["Callum MacLeod", "Eilidh MacLeod", "Fiona MacLeod"]),
], ids=["an-organisation-to-the-ner", "a-gaelic-surname", "a-relative-by-first-name"])
def test_two_first_names_share_the_surname_after_them(text, people):
    names = [p.name for p in analyze_document(text).people]
    assert [n for n in names if n in people] == people


def test_a_people_before_community_is_no_person():
    text = ('At the relief camp, Jonali Pegu, a 36-year-old anganwadi worker from the Mising community, was registering new '
            'arrivals in a school exercise book, since the register had been lost.\n\n'
            '“We have 63 pregnant women in this camp,” she said.')
    analysis = analyze_document(text)
    assert [p.name for p in analysis.people] == ["Jonali Pegu"]
    assert [q.speaker for q in analysis.quotes] == ["Jonali Pegu"]


@pytest.mark.parametrize("intro,later,full", [
    ("The Maritime and Port Authority of Singapore (MPA) said the tanker was hit at 10.40pm.",
     "In a statement, the MPA said the leak had been “stopped and contained”.", "Maritime and Port Authority of Singapore"),
    ("The South African Weather Service (SAWS) has classified the region as in drought.",
     "In a bulletin, SAWS warned the dry spell was “likely to persist into autumn”.", "South African Weather Service"),
    ("Free State Agriculture (FSA) said in a statement that its members faced losses.",
     "FSA said the losses would reach “at least R6 billion” this season.", "Free State Agriculture"),
])
def test_an_acronym_in_brackets_is_the_organisation_it_spells_out(intro, later, full):
    text = f"Drought and spills\n\n{intro}\n\n{later}"
    analysis = analyze_document(text)
    assert [q.speaker for q in analysis.quotes] == [full]
    assert full in [p.name for p in analysis.people]


def test_a_party_is_no_person_a_she_can_stand_for():
    text = ('Key events\n04.12 Result: Reform UK gain Wexcombe\n02.55 Recount demanded\n00.31 Labour source: ‘we’re not '
            'writing a victory speech’\n\n'
            'Labour have asked for a recount.\n\n'
            'Tariq Hussain, the Green candidate, and his wife, Nadia Hussain, who is also his campaign manager, have been '
            'chatting to reporters.\n\n'
            'She was keen to stress that the Greens had “never expected to win”.\n\n'
            '“Five per cent would be a very good night for us,” her husband added.')
    analysis = analyze_document(text)
    said = {q.content(text)[:10]: q.speaker for q in analysis.quotes}
    assert said["never expe"] == "Nadia Hussain" and said["Five per c"] == "Tariq Hussain"
    assert "Labour" not in [p.name for p in analysis.people if p.kind.value == "person"]


def test_a_body_named_x_and_y_is_one_organisation_not_a_person_and_a_body():
    text = ('The letter says the matter will now proceed to the Landlord and Tenant Board.\n\n'
            'Her husband, Ernesto de la Cruz, a 58-year-old machinist, lost his job in November. "We never hid from '
            'it," de la Cruz said.\n\n"They said it wasn\'t enough," his wife added.')
    analysis = analyze_document(text)
    assert "Landlord" not in [p.name for p in analysis.people]
    assert "Landlord and Tenant Board" in [p.name for p in analysis.people]


def test_a_mother_who_corrects_her_son_speaks_and_his_reply_to_mom_is_not_hers():
    text = ('Mark Kowalski, 52, runs the bakery his grandfather opened.\n\nHe says he has started work at 3 a.m. six days a '
            'week for 32 years. His mother corrects him from her chair by the window.\n\n'
            '“Thirty-one. You took a year off when Anna was born.”\n\n“I took three weeks, Mom.”')
    first, reply = analyze_document(text).quotes
    assert first.speaker == "Mark Kowalski's mother"
    assert reply.speaker != first.speaker or (reply.has(FLAG_SELF_NAMED) and reply.confidence < first.confidence)


def test_a_date_a_which_clause_hangs_on_is_no_speaker():
    text = ('Dr Hamish MacLeod gave evidence last week.\n\nThe tribunal was not persuaded. It pointed to an email MacLeod sent '
            'to the selection panel on 14 May, which read: “Szeged result settles it for me.”')
    analysis = analyze_document(text)
    assert "May" not in [p.name for p in analysis.people] + [q.speaker for q in analysis.quotes]


def test_the_words_a_sign_reads_are_no_speech_of_whoever_speaks_of_the_sign():
    text = ('The building has been sold. Mark says he has asked the buyer to keep the hand-painted sign that reads '
            '“Nowicki’s — Fresh Daily Since 1946”.')
    (q,) = analyze_document(text).quotes
    assert not q.is_speech and q.speaker != "Mark"
