"""From a parsed (masked) article to each quote's cue and speaker mention.

The speaker is the grammatical subject of the cue, never merely the nearest name. The parse
works on the masked text (see :mod:`quotedesk.engine.masking`); everything this module returns
is in original offsets and plain data, so speaker resolution and the trainable model need no
spaCy objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotedesk.core.model import Span
from quotedesk.engine.lexicon import lexicon
from quotedesk.engine.marks import RawQuote
from quotedesk.engine.masking import Masked, looks_like_title

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PRONOUNS = {"he", "she", "they", "it", "i", "we", "him", "her", "them", "you"}
NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
# Verbs and nouns that put a quoted title or name, not speech: starred in "X", called "X".
TITLE_CONTEXT = {"star", "title", "entitle", "headline", "nickname", "brand", "read", "watch", "host", "appear", "perform", "sing"}
# Function words that stay lower-case inside a title: "Face the Nation", "Contract with America".
TITLE_SMALL_WORDS = {"the", "a", "an", "of", "and", "or", "on", "in", "with", "for", "to", "at", "by", "from", "&"}
_DASH_RE = re.compile(r"[^\S\n]*[-—–―]+[^\S\n]*((?:[A-Z][\w.'’-]*)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|van|von|al|bin)){0,4})")


@dataclass(slots=True)
class MentionInfo:
    """A name or pronoun outside quotes, with what resolution needs to know about it."""

    span: Span
    text: str
    label: str  # PERSON, ORG, NORP, GPE, PRON or NOUN
    sent: int  # sentence number in the article
    subject: bool  # the subject of its clause
    before: str = ""  # up to six words before it, for titles ("Secretary of State")


@dataclass(slots=True)
class Attribution:
    """What the parse says about one quote: cue, speaker mention, how it was found."""

    quote: int  # index into the article's raw quotes
    method: str  # syntax, according, sentence, lead-in, dash, label, inherited, nearby, none
    mention: Span | None = None
    mention_text: str = ""
    mention_label: str = ""  # PERSON, ORG, PRON, NOUN, ...
    mention_lemma: str = ""  # lower-case head word
    mention_plural: bool = False
    name: Span | None = None  # a name inside or in apposition to the mention
    name_text: str = ""
    description: str = ""  # the noun phrase, for anonymous speakers
    cue: Span | None = None
    cue_lemma: str = ""
    sent: int = -1
    flags: set[str] = field(default_factory=set)
    speech: bool | None = None  # a trained model's verdict; None leaves it to the rules
    score: float | None = None  # a trained model's confidence in this attribution


@dataclass(slots=True)
class ParsedChunk:
    """Plain results from one parsed chunk of an article."""

    mentions: list[MentionInfo]
    attributions: list[Attribution]
    sent_starts: list[int]  # original offsets where sentences start


def _span_of(tokens, masked: Masked) -> Span:
    toks = sorted(tokens, key=lambda t: t.i)
    start = masked.span_to_orig(toks[0].idx, toks[0].idx + len(toks[0].text)).start
    last = toks[-1]
    end = masked.span_to_orig(last.idx, last.idx + len(last.text)).end
    return Span(start, max(start, end))


def _noun_phrase(head):
    """The base noun phrase of ``head``: determiners, modifiers, compounds, not clauses."""
    keep = {"det", "amod", "compound", "poss", "nummod", "flat", "nmod", "case", "quantmod", "advmod"}
    toks = [head]
    for child in head.children:
        if child.dep_ in keep:
            toks.extend(child.subtree)
    return sorted(set(toks), key=lambda t: t.i)


def _entity_at(token):
    """The named entity ``token`` is part of, if any (through the doc's token index)."""
    if not token.ent_type_:
        return None
    index = token.doc.user_data.get("quotedesk_ents")
    if index is None:
        index = {i: ent for ent in token.doc.ents for i in range(ent.start, ent.end)}
        token.doc.user_data["quotedesk_ents"] = index
    return index.get(token.i)


def rules_non_speech(text: str, q: RawQuote, *, method: str, sentential: bool, title_like: bool) -> bool:
    """The rules' verdict that a quotation is not speech, given how it was attributed.

    Titles and nicknames (``on CBS's "Face the Nation"``), quotations in a title context that no
    reporting verb claims, and short fragments nothing attributes. Shared by the pipeline and
    the trainable model, which re-asks it when it picks another candidate.
    """
    words = len(" ".join(text[p.start : p.end] for p in q.parts).split())
    return (
        looks_like_title(text, q)
        or (title_like and method not in ("syntax", "according"))
        or (method in ("none", "nearby") and not sentential and words <= 3)
        or (method == "none" and words <= 2)
    )


class ChunkAttributor:
    """Attributes the quotes of one parsed chunk of an article."""

    def __init__(self, doc, masked: Masked, quotes: list[RawQuote], quote_ids: list[int], sent_offset: int, text: str, sentential_ids=frozenset()):
        self.doc = doc
        self.sentential_ids = sentential_ids
        self.masked = masked
        self.quotes = quotes
        self.quote_ids = quote_ids  # article-level index of each quote
        self.sent_offset = sent_offset
        self.text = text
        self.lex = lexicon()
        self.sents = list(doc.sents)
        self.sent_of = {}
        for si, s in enumerate(self.sents):
            for t in s:
                self.sent_of[t.i] = si
        # Which tokens belong to which quote (placeholder tokens or a fragment's words).
        self.quote_tokens: dict[int, list] = {qi: [] for qi in quote_ids}
        self.token_quote: dict[int, int] = {}
        starts = {ms: qi for ms, _me, qi, _p in masked.placeholders}
        wanted = set(quote_ids)
        # Fragments kept in the parse: their parts in original offsets, walked with the tokens.
        inline = sorted(
            (p.start, p.end, qi)
            for q, qi in zip(quotes, quote_ids)
            for p in q.parts
        )
        j = 0
        for t in doc:
            qi = starts.get(t.idx)
            if qi is None and inline:
                o = masked.to_orig(t.idx)
                while j < len(inline) and inline[j][1] <= o:
                    j += 1
                if j < len(inline) and inline[j][0] <= o < inline[j][1]:
                    qi = inline[j][2]
            if qi is not None and qi in wanted:
                self.quote_tokens[qi].append(t)
                self.token_quote[t.i] = qi

    # ---- mentions -------------------------------------------------------------------------
    def mentions(self) -> list[MentionInfo]:
        out = []
        seen = set()
        for ent in self.doc.ents:
            if ent.label_ not in NAME_LABELS or any(t.i in self.token_quote for t in ent):
                continue
            span = _span_of(list(ent), self.masked)
            subject = any(t.dep_ in SUBJECT_DEPS or (t.dep_ in {"compound", "flat"} and t.head.dep_ in SUBJECT_DEPS) for t in ent)
            before = " ".join(t.text for t in self.doc[max(0, ent.start - 6) : ent.start])
            out.append(MentionInfo(span, ent.text, ent.label_, self.sent_offset + self.sent_of.get(ent.start, 0), subject, before))
            seen.update(range(ent.start, ent.end))
        # Names the NER missed: a run of proper nouns that is a clause's subject
        # ("Mayor Ana Ruiz spoke ..."), counted as a person when a title leads it or it has
        # two or more words.
        titles = self.lex.title_words
        for t in self.doc:
            if t.i in seen or t.i in self.token_quote or t.pos_ != "PROPN" or t.dep_ not in SUBJECT_DEPS:
                continue
            run = [t]
            k = t.i - 1
            while k >= 0 and self.doc[k].pos_ == "PROPN" and self.doc[k].head.i == t.i and k not in seen:
                run.insert(0, self.doc[k])
                k -= 1
            lead = bool(run) and run[0].lower_ in titles
            while run and run[0].lower_ in titles:
                run.pop(0)
            if run and (lead or len(run) >= 2) and all(r.text[:1].isupper() for r in run):
                span = _span_of(run, self.masked)
                before = " ".join(x.text for x in self.doc[max(0, run[0].i - 6) : run[0].i])
                out.append(MentionInfo(span, self.text[span.start : span.end], "PERSON",
                                       self.sent_offset + self.sent_of.get(t.i, 0), True, before))
                seen.update(r.i for r in run)
        for t in self.doc:
            if t.i in seen or t.i in self.token_quote:
                continue
            low = t.lower_
            if t.pos_ == "PRON" and low in {"he", "she", "they", "it", "him", "her", "them"}:
                span = _span_of([t], self.masked)
                out.append(MentionInfo(span, t.text, "PRON", self.sent_offset + self.sent_of.get(t.i, 0), t.dep_ in SUBJECT_DEPS))
        out.sort(key=lambda m: m.span.start)
        return out

    # ---- cues and subjects ----------------------------------------------------------------
    def _is_cue(self, tok) -> bool:
        return tok.pos_ in ("VERB", "NOUN", "AUX") and self.lex.is_cue(tok.lemma_, tok.text) and tok.i not in self.token_quote

    def _subject(self, cue, depth: int = 0):
        """The speaker token of a cue: its subject, else the subject of the verb it hangs from."""
        for child in cue.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in self.token_quote:
                # The parser took the quote for the subject: "Hello," the minister, ... told
                for g in child.children:
                    if g.dep_ == "appos" and g.i not in self.token_quote:
                        return g
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in self.token_quote:
                if child.lower_ in ("who", "that", "which") and cue.dep_ == "relcl":
                    return cue.head
                return child
        if cue.i > 0 and (cue.doc[cue.i - 1].i in self.token_quote or cue.doc[cue.i - 1].is_quote):
            # '"...," read the statement': the parser took the inverted subject for an object.
            for child in cue.children:
                if child.dep_ in ("dobj", "attr", "npadvmod") and child.i > cue.i and child.pos_ in ("NOUN", "PROPN") and child.i not in self.token_quote:
                    return child
        for child in cue.children:
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if cue.tag_ == "VBG":
            # "footage of Hillary Clinton asking, ...": the name right before the gerund.
            prev = cue.doc[cue.i - 1] if cue.i else None
            if prev is not None and prev.i not in self.token_quote and (
                prev.ent_type_ in ("PERSON", "ORG") or (prev.pos_ == "PROPN" and not prev.ent_type_)
            ):
                return prev
        if depth < 3 and cue.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acl", "relcl", "parataxis") and cue.head.i != cue.i:
            if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return cue.head  # "Kerry, speaking in London, ..."
            if cue.dep_ == "relcl":
                return cue.head
            return self._subject(cue.head, depth + 1)
        if cue.pos_ == "NOUN" and cue.tag_ == "NNS":
            # '"...," Viguerie notes.': a verb the tagger took for a plural noun, its subject
            # parsed as a compound.
            for child in cue.children:
                if child.dep_ == "compound" and child.i < cue.i and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON"):
                    return child
        if cue.pos_ == "NOUN":
            # "in a statement", "Kerry's statement": the possessor or the governing verb's subject
            for child in cue.children:
                if child.dep_ == "poss":
                    return child
            head = cue.head
            while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
                head = head.head
            if head.i != cue.i and head.pos_ in ("VERB", "AUX"):
                return self._subject(head, depth + 1)
        return None

    def _outer_subject(self, cue, pronoun):
        """The highest subject above ``cue`` in its sentence that ``pronoun`` can refer to."""
        low = pronoun.lower_
        best = None
        node = cue.head
        for _ in range(6):
            for c in node.children:
                if c.dep_ != "nsubj" or c.i in self.token_quote or c.i == pronoun.i:
                    continue
                if low in ("he", "she"):
                    ok = c.lower_ == low or c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and self._is_cue(node))
                elif low == "they":
                    ok = c.lower_ == "they" or c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "ORG" or c.lemma_ in ("campaign", "committee", "administration")
                elif low == "it":
                    ok = c.lower_ == "it" or c.ent_type_ == "ORG" or c.tag_ == "NN"
                else:
                    ok = False
                if ok:
                    best = c
            if node.head.i == node.i:
                break
            node = node.head
        return best

    def _paragraph_is_only(self, sent, tokset) -> bool:
        """Whether the quote's sentence is its whole paragraph."""
        end = sent.end
        after = self.doc[end : end + 1]
        return (sent.start == 0 or "\n" in self.doc[sent.start - 1].text or "\n" in self.doc[sent.start - 1].whitespace_) and (
            end >= len(self.doc) or any("\n" in t.text for t in after) or "\n" in self.doc[end - 1].whitespace_ or self.doc[end - 1].is_space
        )

    def _main_subject(self, roots, tokset):
        """The highest subject among the verbs above a fragment, in its sentence."""
        best = None
        for r in roots:
            node = r.head
            for _ in range(8):
                if node.i not in tokset and node.pos_ in ("VERB", "AUX"):
                    subj = self._subject(node)
                    if subj is not None and subj.i not in self.token_quote and subj.pos_ in ("PROPN", "PRON", "NOUN"):
                        best = subj
                if node.head.i == node.i:
                    break
                node = node.head
            if best is not None:
                return best
        return None

    def _colon_lead_in(self, toks):
        """(speaker token, cue tokens) of the clause ending in the colon just before the quote."""
        k = min(t.i for t in toks) - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].is_quote or self.doc[k].text in "\"“”'"):
            k -= 1
        if k < 0 or self.doc[k].text != ":" or self.doc[k].i in self.token_quote:
            return None
        colon = self.doc[k]
        before = [t for t in colon.sent if t.i < colon.i and t.i not in self.token_quote]
        if not before:
            return None
        # "- Philip Bump: …", "Republican pollster Daron Shaw: …": a name right before the colon.
        for t in reversed(before[-3:]):
            ent = _entity_at(t)
            if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.end == colon.i:
                return ent.root, []
        for c in sorted((t for t in before if self._is_cue(t)), key=lambda t: -t.i):
            subj = self._subject(c)
            if subj is not None:
                return subj, [c]
        root = colon.sent.root
        if root.i < colon.i and root.pos_ in ("VERB", "AUX"):
            subj = self._subject(root)
            if subj is not None and subj.i not in self.token_quote:
                return subj, []
        for t in reversed(before):
            ent = _entity_at(t)
            if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP"):
                return ent.root, []
        nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "pobj", "dobj", "ROOT", "appos")]
        return (nouns[-1], []) if nouns else None

    def _according(self, sent_tokens):
        for t in sent_tokens:
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                to = self.doc[t.i + 1]
                for g in to.children:
                    if g.dep_ == "pobj" and g.i not in self.token_quote:
                        return t, to, g
        return None

    def _according_source(self, cue):
        """X of "according to X" when it qualifies the reporting verb itself:
        'Obama said ..., according to a White House pool report' rests on the report."""
        for child in cue.children:
            if child.lower_ == "according" and child.dep_ == "prep":
                for to in child.children:
                    if to.lower_ == "to":
                        for g in to.children:
                            if g.dep_ == "pobj" and g.i not in self.token_quote:
                                return child, to, g
        return None

    def _fill(self, att: Attribution, subj, cue_tokens) -> Attribution:
        if cue_tokens:
            att.cue = _span_of(cue_tokens, self.masked)
            att.cue_lemma = " ".join(t.lemma_.lower() for t in cue_tokens)
            if self.lex.cue_class(cue_tokens[0].lemma_, cue_tokens[0].text) == "thought":
                att.flags.add("thought")
        if subj is None:
            return att
        np_tokens = [t for t in _noun_phrase(subj) if t.i not in self.token_quote or t.i == subj.i]
        ent = _entity_at(subj)
        if ent is not None and ent.label_ in NAME_LABELS:
            np_tokens = sorted(set(np_tokens) | set(ent), key=lambda t: t.i)
        if cue_tokens and cue_tokens[0].dep_ == "relcl" and cue_tokens[0].head.i == subj.i:
            # "Trump, who has said ...": the mention runs from the name to its relative pronoun.
            rel = [c for c in cue_tokens[0].children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that", "which")]
            np_tokens = sorted(set(np_tokens) | set(rel), key=lambda t: t.i)
        att.mention = _span_of(np_tokens, self.masked)
        att.mention_text = self.text[att.mention.start : att.mention.end]
        att.mention_lemma = subj.lower_ if subj.pos_ == "PRON" else subj.lemma_.lower()
        att.mention_plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "them", "we")
        if subj.pos_ == "PRON":
            att.mention_label = "PRON"
        elif ent is not None:
            att.mention_label = ent.label_
            att.name = _span_of(list(ent), self.masked)
            att.name_text = ent.text
        else:
            att.mention_label = "NOUN"
            # A name in apposition or inside the phrase: "the union leader, Sara Nelson,"
            for child in subj.children:
                if child.dep_ == "appos":
                    e = _entity_at(child)
                    if e is not None and e.label_ in ("PERSON", "ORG"):
                        att.name = _span_of(list(e), self.masked)
                        att.name_text = e.text
                        att.mention_label = e.label_
                        # The mention covers the phrase and the name it stands beside.
                        att.mention = Span(min(att.mention.start, att.name.start), max(att.mention.end, att.name.end))
                        att.mention_text = self.text[att.mention.start : att.mention.end]
                        break
            if att.name is None and subj.pos_ == "PROPN":
                # A name the NER missed: the run of proper nouns ending at the head.
                run = [subj]
                k = subj.i - 1
                while k >= 0 and self.doc[k].pos_ == "PROPN" and self.doc[k] in np_tokens:
                    run.insert(0, self.doc[k])
                    k -= 1
                titles = self.lex.title_words
                while len(run) > 1 and run[0].lower_ in titles:
                    run.pop(0)
                att.name = _span_of(run, self.masked)
                att.name_text = self.text[att.name.start : att.name.end]
                att.mention_label = "PERSON"
            if att.name is None:
                for t in np_tokens:
                    e = _entity_at(t)
                    if e is not None and e.label_ in ("PERSON", "ORG") and t.dep_ != "poss":
                        att.name = _span_of(list(e), self.masked)
                        att.name_text = e.text
                        att.mention_label = e.label_
                        break
            att.description = att.mention_text
        return att

    def attribute(self) -> list[Attribution]:
        out = []
        for k, qi in enumerate(self.quote_ids):
            out.append(self._attribute_one(self.quotes[k], qi))
        return out

    def _attribute_one(self, q: RawQuote, qi: int) -> Attribution:
        toks = self.quote_tokens.get(qi) or []
        att = Attribution(quote=qi, method="none")
        if not toks:
            return att
        # Transcript style: "WALLACE: Let's start ..." names the speaker inside the quote.
        label = re.match(r"\s*([A-Z][A-Z.'\- ]{1,40}[A-Z]):\s", self.text[q.parts[0].start : q.parts[0].end])
        if label:
            s = q.parts[0].start + label.start(1)
            att.method = "label"
            att.mention = Span(s, s + len(label.group(1)))
            att.mention_text = label.group(1)
            att.mention_label = "LABEL"
            att.sent = self.sent_offset + self.sent_of.get(toks[0].i, 0)
            return att
        tokset = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in tokset or t.head.i == t.i]
        si = self.sent_of.get(roots[0].i if roots else toks[0].i, 0)
        att.sent = self.sent_offset + si
        # 1. Syntax: climb from the quote to the first cue among its ancestors (and a root's
        #    cue children, when the parser hangs the verb under the quote).
        found = []
        for r in roots:
            node = r
            for _ in range(6):
                if self._is_cue(node) and node.i not in tokset:
                    subj = self._subject(node)
                    if subj is not None:
                        found.append((node, subj))
                if node.head.i == node.i:
                    break
                node = node.head
            for child in r.children:
                if child.i not in tokset and child.dep_ in ("parataxis", "ccomp", "conj", "advcl") and self._is_cue(child):
                    subj = self._subject(child)
                    if subj is not None:
                        found.append((child, subj))
        # "..., as a Homeland Security memo put it": an "as" clause right after the quote wins.
        last_i = max(t.i for t in toks)
        for t in self.doc[last_i + 1 : min(len(self.doc), last_i + 12)]:
            if t.is_sent_start:
                break
            if self._is_cue(t) and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep") for c in t.children):
                subj = self._subject(t)
                if subj is not None:
                    att.method = "syntax"
                    return self._fill(att, subj, [t])
        # '"…," he said' / '"…," said Smith': a reporting clause right after a whole-sentence
        # quote is its attribution, whatever the parser hung the quote from (a colon lead-in
        # before it, "Rhimes declared …: "…," she said", does not win over it).
        if qi in self.sentential_ids:
            after = []
            for t in self.doc[last_i + 1 : min(len(self.doc), last_i + 8)]:
                if t.is_sent_start or (t.is_space and "\n" in t.text):
                    break
                if t.i in self.token_quote:
                    break
                after.append(t)
            words = [t for t in after if not t.is_punct]
            if after and after[0].is_punct and len(words) >= 2:
                for t in words[:4]:
                    if self._is_cue(t) and t.pos_ in ("VERB", "AUX"):
                        subj = self._subject(t)
                        if subj is not None and subj.i in {w.i for w in words[:5]} | {w.head.i for w in words[:5]}:
                            found.insert(0, (t, subj))
                        break
        if found:
            # Nearest cue, unless its subject is a common noun ("the spate demands") and a
            # higher cue has a named or pronoun subject ("Ryan said the spate demands ...").
            named = [
                f for f in found
                if (f[1].pos_ in ("PROPN", "PRON") or f[1].ent_type_ in ("PERSON", "ORG")) and f[1].dep_ != "poss"
            ]
            pool = named or found
            # A fragment inside reported speech belongs to the outermost reporter: "she pointed
            # to reports that Trump called the winner "Miss Piggy"" is what she said.
            cue, subj = named[-1] if named and qi not in self.sentential_ids else pool[0]
            if qi not in self.sentential_ids and not named:
                # "Clinton's aides cast her victory as ... what her team calls her "breaking
                # barriers" agenda": a named subject higher up is the fragment's source.
                main = self._main_subject(roots, tokset)
                if main is not None and (main.pos_ in ("PROPN", "PRON") or main.ent_type_ in ("PERSON", "ORG")):
                    subj = main
            if subj.pos_ == "PRON" and cue.dep_ in ("relcl", "ccomp", "pcomp", "advcl", "xcomp", "conj", "acl"):
                # "He did not address the tweets in which he called her ...", "Ban Ki-moon
                # condemned what he called ...": the pronoun's antecedent is the subject of the
                # clause it hangs from; the reader (and the annotator) sees that subject.
                subj = self._outer_subject(cue, subj) or subj
            source = self._according_source(cue)
            if source is not None:
                att.method = "according"
                return self._fill(att, source[2], [source[0], source[1]])
            att.method = "syntax"
            return self._fill(att, subj, [cue])
        sent = self.sents[si]
        # Scans of the sentence stay near the quote, so a run-on "sentence" with thousands of
        # quotes (no full stops anywhere) costs linear time, not quadratic.
        lo = max(sent.start, min(t.i for t in toks) - 80)
        hi = min(sent.end, max(t.i for t in toks) + 80)
        near = self.doc[lo:hi]
        # 2. A colon lead-in: 'Hoff's letter makes the case: "..."', "From the report: ...".
        lead = self._colon_lead_in(toks) if qi in self.sentential_ids else None
        if lead is not None:
            att.method = "lead-in"
            return self._fill(att, lead[0], lead[1])
        # 2b. "according to X"
        acc = self._according(near)
        if acc is not None:
            att.method = "according"
            return self._fill(att, acc[2], [acc[0], acc[1]])
        # 3. Another cue verb in the same sentence, nearest to the quote.
        anchor = toks[0].i
        cues = [t for t in near if self._is_cue(t) and t.pos_ != "NOUN" and t.i not in self.token_quote]
        cues.sort(key=lambda t: abs(t.i - anchor))
        for c in cues:
            subj = self._subject(c)
            if subj is not None and subj.i not in self.token_quote:
                if subj.pos_ == "PRON":
                    subj = self._outer_subject(c, subj) or subj
                att.method = "sentence"
                return self._fill(att, subj, [c])
        # 3b. A cue whose subject the parser lost ("…," Mitch McConnell, R-Ky., said Tuesday;
        #     "Said Ellis: …"): the name standing between the quote and the cue, or right after it.
        for c in cues:
            lo, hi = sorted((anchor, c.i))
            window = [t for t in self.doc[lo : hi + 4] if t.sent == c.sent and t.i not in self.token_quote]
            names = [t for t in window if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B"]
            between = [t for t in names if lo <= t.i <= hi]
            if names:
                att.method = "sentence"
                pick = min(between, key=lambda t: abs(t.i - anchor)) if between else min(names, key=lambda t: abs(t.i - c.i))
                return self._fill(att, pick, [c])
        # 4. Dash byline after the quote: ” -Commissioner Geoffrey Starks, ”― Carla Sanchez
        dash = _DASH_RE.match(self.text, q.end, min(len(self.text), q.end + 80))
        if dash:
            att.method = "dash"
            att.mention = Span(dash.start(1), dash.end(1))
            att.mention_text = dash.group(1)
            att.mention_label = "PERSON"
            att.name, att.name_text = att.mention, att.mention_text
            return att
        # 4b. Nothing said it: the subject of the clause the fragment sits in (partial quotes).
        if not self.sentential_ids or qi not in self.sentential_ids:
            # The sentence is an attribution by its main subject: "Trump defended his manager
            # as a "very decent man"", "Lewandowski ripped Comey for acting as "the judge"".
            subj = self._main_subject(roots, tokset)
            if subj is not None:
                att.method = "nearby"
                return self._fill(att, subj, [])
        else:
            # A whole-sentence quote the parser ran into a sentence about a person:
            # 'Sen. Bernie Sanders identified ... as one of the reasons. "The younger people ..."'
            root = sent.root
            subj = self._subject(root) if root.i not in tokset and root.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.i not in self.token_quote and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
                att.method = "nearby"
                return self._fill(att, subj, [])
        # 5. A quote that is a sentence of its own: a short reporting sentence right after it
        #    ('"...." Trump said.'), else the previous sentence's person: '..., Schiff said. "..."'.
        alone = qi in self.sentential_ids and all(t.i in tokset or t.is_punct or t.is_space for t in sent)
        if alone and si + 1 < len(self.sents):
            nxt = self.sents[si + 1]
            words = [t for t in nxt if not (t.is_punct or t.is_space)]
            gap = self.doc[sent.end - 1 : nxt.start + 1]
            ends_colon = [t for t in nxt if not t.is_space][-1:] and [t for t in nxt if not t.is_space][-1].text == ":"
            if len(words) <= 8 and not ends_colon and not any(t.is_space and "\n" in t.text for t in gap):
                for c in (t for t in nxt if self._is_cue(t)):
                    subj = self._subject(c)
                    if subj is not None:
                        att.method = "sentence"
                        return self._fill(att, subj, [c])
        if si > 0:
            prev = self.sents[si - 1]
            if alone and not any(
                t.i in self.token_quote for t in prev
            ):
                gap = self.doc[prev.end - 1 : sent.start + 1]
                same_para = not any(t.is_space and "\n" in t.text for t in gap)
                # A paragraph that is nothing but the quote also continues the paragraph before.
                para_alone = not same_para and self._paragraph_is_only(sent, tokset)
                verbs = [t for t in prev if self._is_cue(t)] + [prev.root]
                for verb in verbs if (same_para or para_alone) else []:
                    subj = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
                    if subj is not None and (
                        subj.ent_type_ == "PERSON"
                        or subj.lower_ in ("he", "she")
                        or any(c.ent_type_ == "PERSON" for c in subj.subtree)
                    ):
                        att.method = "previous"
                        return self._fill(att, subj, [verb] if self._is_cue(verb) else [])
        return att

    def title_context(self, qi: int) -> bool:
        """Whether the quote names a title or nickname: starred in "X", the show "Face the Nation"."""
        toks = self.quote_tokens.get(qi) or []
        if not toks:
            return False
        first = min(t.i for t in toks)
        for t in self.doc[max(0, first - 2) : first]:
            if t.lemma_.lower() in TITLE_CONTEXT:
                return True
        if any(t.ent_type_ == "WORK_OF_ART" for t in toks):
            return True
        words = [t for t in toks if t.is_alpha]
        return 0 < len(words) <= 7 and all(t.text[0].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words) and words[0].text[0].isupper()

    def sentence_starts(self) -> list[int]:
        return [self.masked.to_orig(s[0].idx) for s in self.sents]
