"""Syntax: the subject of the first reporting cue among the quote's ancestors in the parse."""

from quotedesk.core.model import Method
from quotedesk.engine.lexicon import CLAIM_NOUNS, LIGHT_CUES, SLOGAN_SOURCES
from quotedesk.engine.sieves.lead_in import dash_credit
from quotedesk.engine.sieves.registry import sieve
from quotedesk.engine.view import DOCUMENTS, name_for_calling

CLAUSE_DEPS = ("ccomp", "pcomp", "xcomp", "acl")
# Verbs whose quote is the words of their own subject, whoever else the sentence names.
CORE_CUES = frozenset({"say", "tell", "ask", "reply", "answer", "shout", "yell", "whisper"})


def _names_what(cue) -> bool:
    """"what Gilbert called", "who Beck called": the cue's object is a relative pronoun."""
    return any(c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "oprd", "nsubjpass") for c in cue.children)


def _found(view, quote) -> list:
    """(cue, subject) pairs the parse links to the quote, the best-placed first."""
    tokset = quote.tokset
    found, cast = [], []
    # Climb from the quote to the cues among its ancestors (and a root's cue children, when
    # the parser hangs the verb under the quote).
    # A comma inside the marks hangs from the next clause's verb, not from the quote's reporter.
    for r in [r for r in quote.roots if not r.is_punct] or quote.roots:
        node, below = r, None
        for _ in range(6):
            # (a document the quote stands beside speaks for its author: "Trump issued a statement, "…"")
            cue_like = view.is_cue(node) or (node.pos_ == "NOUN" and node.lemma_.lower() in DOCUMENTS and r.dep_ == "appos")
            if not cue_like and below is not None and (poss := _speech_possessor(view, node)) is not None:
                found.append((node, poss))  # "his statement that "Islam hates us""
            if not cue_like and _casts_as(node, below) and not view.title_context(quote.index) \
                    and (subj := view.subject_of(node)) is not None:
                if node.dep_ == "conj" and subj.head.i == node.i:
                    found.append((node, subj))  # "Clinton proposed …, but Sanders rejected it as "…""
                    break
                cast.append((node, subj))
            if cue_like and node.i not in tokset and not _far_go(node, tokset) and not _aside(view, node, quote):
                subj = view.subject_of(node)
                if subj is not None:
                    found.append((node, subj))
                    if (subj.head.i == node.i and (node.dep_ in ("conj", "advcl") or (_names_what(node) and subj.pos_ != "PRON"))) \
                            or (node.dep_ == "conj" and subj.dep_ == "appos" and subj.i < node.i
                                and (above := view.subject_of(node.head)) is not None and above.i != subj.i):
                        # "Cruz said …, and Trump vowed to "…"", "After Scalia said "…", Trump
                        # said", "shedding what Gilbert called "…"": a cue with its own subject
                        # beside or under another, or naming its object, is no report of it (nor
                        # "a statement read by Ms Ap-Gruffydd, Ms Pryce, 36, said").
                        break
            if not quote.sentential:
                # "During his years in office, Mr. Obama said, a majority have come to believe "…"":
                # a parenthetical report on a clause above the fragment is its outer reporter
                for c in node.children:
                    if c.dep_ == "parataxis" and (below is None or c.i != below.i) and c.i not in tokset and view.is_cue(c) \
                            and (subj := view.subject_of(c)) is not None:
                        found.append((c, subj))
            if node.head.i == node.i:
                break
            node, below = node.head, node
        for child in r.children:
            if child.dep_ == "advcl" and any(c.dep_ == "mark" or c.lower_ in _SUBORDINATORS for c in child.children):
                continue  # "… until Haley said she was backing him", "when Clinton blasted him": a clause of its own
            if child.i not in tokset and child.dep_ in ("parataxis", "ccomp", "conj", "advcl") and view.is_cue(child):
                subj = view.subject_of(child)
                if subj is not None:
                    found.append((child, subj))
    # "his statement on Wednesday that "…"", wherever the parser hung the "that" clause
    doc = view.doc
    that = view.token_before(quote.tokens)
    if that is not None and that.lower_ == "that":
        for t in reversed(doc[max(0, that.i - 6) : that.i]):
            if (poss := _speech_possessor(view, t)) is not None:
                found.insert(0, (t, poss))
                break
    # 'footage of Trump saying during the debate last week, "…"': a gerund of saying whose phrase
    # ends at the comma before the quote leads into it, wherever the parser hung the quote
    if quote.sentential and that is not None and that.text in (",", ":") and that.i > 0 and not view.in_quote(that):
        end = doc[that.i - 1]
        lead = next((a for a in (end, *end.ancestors) if view.is_cue(a) and a.tag_ == "VBG"), None)
        if lead is not None and lead.right_edge.i == end.i and (subj := view.subject_of(lead)) is not None:
            found.insert(0, (lead, subj))
    # '"…," he said' / '"…," said Smith': a reporting clause right after a whole-sentence
    # quote is its attribution, whatever the parser hung the quote from (a colon lead-in
    # before it, "Rhimes declared …: "…," she said", does not win over it).
    if quote.sentential:
        last = max(tokset)
        after = []
        for t in doc[last + 1 : min(len(doc), last + 10)]:
            if t.is_sent_start or (t.is_space and "\n" in t.text) or view.in_quote(t):
                break
            after.append(t)
        words = [t for t in after if not t.is_punct]
        # ('"…," but he denied …' and '"…," when Clinton blasted him' are clauses of their own.)
        if after and after[0].is_punct and len(words) >= 2 and words[0].pos_ != "CCONJ" and words[0].lower_ not in _SUBORDINATORS:
            for k, t in enumerate(words[:6]):
                if view.is_cue(t) and t.pos_ in ("VERB", "AUX"):
                    subj = view.subject_of(t) or _tagged_apart(words, k) or _inverted(words, k)
                    if subj is not None and subj.i in {w.i for w in words[:5]} | {w.head.i for w in words[:5]}:
                        found.insert(0, (t, subj))
                    break
                if view.is_cue(t) and (subj := _tagged_apart(words, k)) is not None:
                    found.insert(0, (t, subj))
                    break
    # A verb casting something as the quoted words is a report only where no reporting verb is.
    return found or cast


_SUBORDINATORS = frozenset({"when", "while", "whenever", "because", "although", "though", "if", "unless", "before",
                            "after", "since", "until", "whereas"})


def _in_phrase(w) -> bool:
    """A word of a short subject noun phrase. A surname the tagger did not know may come out
    as anything ("said Skelly" as an adverb), so any capitalised word counts."""
    return w.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") or (w.is_alpha and w.is_title)


def _inverted(words, k):
    """'"…," said the woman, who …': an inverted subject the parser hung elsewhere; the noun
    phrase right after the cue."""
    if k != 0:
        return None
    phrase = []
    for w in words[1:]:
        if not _in_phrase(w) or w.doc[w.i - 1].is_punct:
            break  # (the phrase ends at a comma: "said Robin Maynard, half joking")
        phrase.append(w)
    nouns = [w for w in phrase if w.pos_ in ("PROPN", "NOUN") or w.is_title]
    return nouns[-1] if nouns else None


def _tagged_apart(words, k):
    """'"…," Conway notes.', '"…," the editorial read.': a short reporting clause the tagger
    broke (the verb taken for a noun, the subject for its modifier); its subject is the word
    before the cue, when only a noun phrase comes before it and nothing but punctuation or a
    preposition after it."""
    cue = words[k]
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if k == 0 or (nxt is not None and not (nxt.is_punct or nxt.pos_ == "ADP")):
        return None
    if not all(_in_phrase(w) for w in words[:k]):
        return None
    last = words[k - 1]
    return last if last.pos_ in ("PROPN", "NOUN", "ADJ") or (last.is_alpha and last.is_title and last.pos_ != "DET") else None


# Verbs that give a thing its name or a role: "known as", "billed as", "chose her as its
# "Person of the Year"" are no one's words.
_NAMING_AS = frozenset({
    "know", "bill", "refer", "market", "list", "register", "title", "brand", "identify", "classify", "serve", "act",
    "work", "choose", "name", "select", "pick", "elect", "nominate", "appoint", "crown", "cast", "hire", "use",
})


def _casts_as(verb, below) -> bool:
    """"Trump admires Putin as a "strong leader"", "rejected the idea as "ludicrous"": a verb
    with a subject that casts its object as the quoted words is the subject's characterisation."""
    return (below is not None and below.dep_ == "prep" and below.lower_ == "as" and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in _NAMING_AS and any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))




def _speech_possessor(view, noun):
    """"his statement that "…"", "Trump's claim that …": the possessor of a noun of speech."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN") and not view.in_quote(c)), None)


def _claimed(quote, noun) -> bool:
    """The quote stands in a clause the noun of speech governs ("claim that there have been
    "…""), not beside it ("Trump's "divisive" comments", "denounced Trump's remarks as "…"",
    what the writer or the subject calls them)."""
    for r in quote.roots:
        if noun not in r.ancestors:
            continue
        node = r.head
        while node.i != noun.i:
            if node.pos_ in ("VERB", "AUX"):
                return True
            node = node.head
    return False


def _aside(view, cue, quote) -> bool:
    """'Hier has said that while he fears comparing …, "…"': a subordinate clause ahead of a
    whole-sentence quote, under another cue, is an aside, not the report."""
    first = min(quote.tokset)
    # ('… as the heckler yelled: "…"': a clause with a subject of its own leading into the quote)
    leads_in = all(t.is_punct or t.is_space for t in cue.doc[cue.i + 1 : first]) \
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in cue.children)
    return (quote.sentential and cue.dep_ == "advcl" and cue.i < first and not leads_in
            and any(c.dep_ == "mark" for c in cue.children) and any(view.is_cue(a) for a in cue.ancestors))


def _far_go(cue, tokset) -> bool:
    """Colloquial "go" reports only the words right after it ("and he goes, "…""), not a quote
    further on ("once the Senate goes into recess, "…""), nor a state ("the NFL has gone "soft""):
    "went on about "…"" does."""
    on = any(c.lower_ == "on" and c.i == cue.i + 1 and not any(g.dep_ == "pobj" for g in c.children) for c in cue.children)
    return cue.lemma_ == "go" and not on and (cue.tag_ == "VBN" or not 0 < min(tokset) - cue.i <= 3)


def syntax_choice(view, quote):
    """The (cue, speaker token) the parse gives the quote, or None (computed once per quote)."""
    if "syntax" not in quote.memo:
        quote.memo["syntax"] = _choose(view, quote, _found(view, quote))
    return quote.memo["syntax"]


def _choose(view, quote, found):
    if not found:
        return None
    # Nearest cue, unless its subject is a common noun ("the spate demands") and a higher cue
    # has a named or pronoun subject ("Ryan said the spate demands ...").
    named = [
        f for f in found
        if (f[1].pos_ in ("PROPN", "PRON") or f[1].ent_type_ in ("PERSON", "ORG") or name_for_calling(f[1]) is not None)
        and f[1].dep_ != "poss"  # ("that coach Ngaire Te Whatu described as": the calling stands for the name)
    ]
    pool = named or found
    # "Politifact seized on Trump's claim that there have been "…"": the words are the claim's
    # owner's, unless an outer verb of saying reports them ("Clinton said Trump's claim …").
    owned = next((f for f in found if (p := _speech_possessor(view, f[0])) is not None and p.i == f[1].i and _claimed(quote, f[0])), None)
    if owned is not None and not any(c.lemma_ in CORE_CUES and c.i != owned[0].i and (c in owned[0].ancestors or owned[0] in c.ancestors)
                                     for c, _ in found):
        return owned
    near, near_subj = found[0]
    if near.lemma_ in ("read", "say") and near_subj.lemma_.lower() in SLOGAN_SOURCES \
            and any(r.head.i == near.i for r in quote.roots):
        return found[0]  # ("keep the hand-painted sign that reads "…"": the sign's words, whoever speaks of it)
    own = near_subj.head.i == near.i or (near.dep_ == "relcl" and near.head.i == near_subj.i)  # ("a friend who told")
    if quote.sentential and near.lemma_ in CORE_CUES and own and any(r.head.i == near.i for r in quote.roots):
        # "She quotes a friend who told her, "…"": the words are the friend's, the quote hanging
        # from the friend's own verb of saying
        pool = found
    if quote.sentential:
        cue, subj = pool[0]
    else:
        # A fragment inside reported speech belongs to the outermost reporter: "she pointed to
        # reports that Trump called the winner "Miss Piggy"" is what she said ("49% say the
        # "sharing economy" reflects an improvement": what they say); a cue hanging below the
        # fragment ("…, claiming that he …", "…," but he denied") is not outer.
        above = [f for f in pool if any(f[0] in r.ancestors or (f[0].dep_ == "parataxis" and f[0].head in r.ancestors)
                                        for r in quote.roots)]
        if not named:  # with no name to go by, "the fighting continues" is no reporter
            above = [f for f in above if f[0].lemma_.lower() not in LIGHT_CUES] or pool[:1]
        # "Comey cannot say that …, Lewandowski added, saying it should be "…"": a denied report
        # says nothing.
        above = [f for f in above if not _negated(f[0])] or above
        cue, subj = (above or pool)[-1]
    # '"…," said Beck, who said there were "…"': the nearest cue of that same speaker.
    cue = next(c for c, s in found if s.i == subj.i)
    if not quote.sentential and not named and not (subj.head.i == cue.i and (cue.dep_ in ("conj", "advcl") or _names_what(cue))):
        # "Clinton's aides cast her victory as ... what her team calls her "breaking barriers"
        # agenda": a named subject higher up is the fragment's source (not across a clause
        # with a subject of its own: "Clinton proposed …, but the Sanders campaign rejected …",
        # "…, though independent analysts called it "optimistic"").
        main = view.main_subject(quote)
        if main is not None and (main.pos_ in ("PROPN", "PRON") or main.ent_type_ in ("PERSON", "ORG")):
            subj = main
    right_after = quote.sentential and 0 < cue.i - max(quote.tokset) <= 3  # '"…," she said'
    if subj.pos_ == "PRON" and cue.dep_ in CLAUSE_DEPS and not right_after:
        # "Trump said he would call it "…"": a pronoun subject inside what another report
        # says is read as that report's subject (the annotators mark the outer one). A relative
        # clause ("the tweets in which he called her "…"", "which he described as "…"") and a
        # report of its own beside or under another ("Netanyahu said ..., although he tweeted
        # that ...", "and she also noted ...") rest on their own pronoun, resolved like any
        # other: on PolNeAR train that is right for 16 more quotes (dev: 2 fewer).
        subj = view.outer_subject(cue, subj) or subj
    return cue, subj


def _negated(cue) -> bool:
    return any(c.dep_ == "neg" for c in cue.children)


@sieve(Method.SYNTAX)
def syntax(view, quote):
    if dash_credit(view, quote):
        return None  # the lead-in's credit names the speaker
    choice = syntax_choice(view, quote)
    return view.attribution(quote, choice[1], [choice[0]]) if choice else None
