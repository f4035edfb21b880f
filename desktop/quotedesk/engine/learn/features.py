"""Candidate speaker mentions of each quote, and the features a learner ranks them by.

Works on one parsed chunk through its public :class:`~quotedesk.engine.view.ChunkView` and the
attributions it made. What it returns is plain data (:class:`QuoteContext`), so it can be
cached as JSON and labelled against gold without spaCy; the spaCy tokens a chosen candidate
needs at apply time are kept in a side field that is never serialised.

Candidates per quote: the rules' choice; the subjects of every cue-like word in the quote's
sentence and its neighbours; "according to" objects; PERSON/ORG/NORP/GPE entities, pronouns
and clause subjects nearby; the previous quote's mention (inheritance).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

from quotedesk.core.model import Method, Span
from quotedesk.engine.attribution import NAME_LABELS, SUBJECT_DEPS, Attribution, family
from quotedesk.engine.attribution import rules_non_speech as _rules_non_speech

# Bump when features change: cached contexts and trained models name the version they used.
FEATURES_VERSION = "f13"

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
_WINDOW_BEFORE = 2  # sentences before the quote's sentence whose words may be candidates
_WINDOW_AFTER = 1


@dataclass(slots=True)
class Candidate:
    """One mention that may be the quote's speaker."""

    span: Span  # the mention in original offsets, as the attribution would record it
    sources: list[str]  # rules, cue, according, ent, pron, subj, prev
    features: dict[str, float]
    token: int | None = None  # head token in the chunk's Doc (not serialised)
    cue: int | None = None  # cue token it is the subject of (not serialised)

    def to_json(self) -> dict:
        return {"span": [self.span.start, self.span.end], "sources": self.sources, "f": self.features}

    @classmethod
    def from_json(cls, row: dict) -> "Candidate":
        return cls(Span(*row["span"]), list(row["sources"]), dict(row["f"]))


@dataclass(slots=True)
class QuoteContext:
    """One quote of a chunk: where it is, what the rules said, its candidates and features."""

    quote: int  # article-level raw quote index
    start: int
    end: int
    parts: list[tuple[int, int]]
    rules_method: str
    rules_mention: tuple[int, int] | None
    candidates: list[Candidate]
    speech: dict[str, float]  # features of the speech / non-speech decision
    rules_speech: bool  # what the rules would decide
    prev: int | None = None  # index (in the chunk's contexts) of the previous quote with a mention

    def to_json(self) -> dict:
        return {
            "quote": self.quote, "start": self.start, "end": self.end, "parts": self.parts,
            "rules_method": self.rules_method, "rules_mention": self.rules_mention,
            "candidates": [c.to_json() for c in self.candidates], "speech": self.speech,
            "rules_speech": self.rules_speech, "prev": self.prev,
        }

    @classmethod
    def from_json(cls, row: dict) -> "QuoteContext":
        rm = row.get("rules_mention")
        return cls(
            quote=row["quote"], start=row["start"], end=row["end"], parts=[tuple(p) for p in row["parts"]],
            rules_method=row["rules_method"], rules_mention=tuple(rm) if rm else None,
            candidates=[Candidate.from_json(c) for c in row["candidates"]], speech=dict(row["speech"]),
            rules_speech=bool(row["rules_speech"]), prev=row.get("prev"),
        )


def _bucket(n: float) -> int:
    """Log-scale bucket of a non-negative count: 0, 1, 2, 3-4, 5-8, ..."""
    return 0 if n <= 0 else 1 + int(math.log2(n))


def _path(a, b, limit: int = 4) -> tuple[str, int, int, object]:
    """Dependency path from token ``a`` up to the common ancestor and down to ``b``.

    Returns the path as a string (``"long<n>"`` past ``limit`` steps), the numbers of steps
    up and down, and the common ancestor (None when the two are in different trees).
    """
    up = [a] + list(a.ancestors)
    index = {t.i: n for n, t in enumerate(up)}
    down = []
    node = b
    while node.i not in index:
        down.append(node)
        if node.head is node:
            return "none", -1, -1, None
        node = node.head
    ups = [t.dep_ for t in up[: index[node.i]]]
    downs = [t.dep_ for t in reversed(down)]
    if len(ups) + len(downs) > limit:
        return f"long{min(len(ups) + len(downs), 8)}", len(ups), len(downs), node
    return "^" + "^".join(ups) + "|v" + "v".join(downs), len(ups), len(downs), node


class _Extractor:
    def __init__(self, att, attributions: list[Attribution]):
        self.att = att
        self.doc = att.doc
        self.text = att.text
        self.attributions = attributions
        self.by_quote = {a.quote: a for a in attributions}
        self._ents = {}
        for ent in self.doc.ents:
            for t in ent:
                self._ents[t.i] = ent
        # How often each name word occurs in this chunk: the article's main figures.
        self._name_count: dict[str, int] = {}
        for ent in self.doc.ents:
            if ent.label_ in ("PERSON", "ORG"):
                key = ent[-1].lower_
                self._name_count[key] = self._name_count.get(key, 0) + 1
        self._cues = [t for t in self.doc if att.is_cue(t)]
        self._para_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    # -- helpers ---------------------------------------------------------------------------------
    def orig(self, tok) -> int:
        return self.att.masked.to_orig(tok.idx)

    def para(self, pos: int) -> int:
        return bisect_right(self._para_starts, pos) - 1

    def mention_span(self, tok, cue) -> Span:
        tmp = Attribution(quote=-1, method=Method.MODEL)
        self.att.mention_from(tmp, tok, [])
        return tmp.mention or Span(self.orig(tok), self.orig(tok) + len(tok.text))

    def head_in(self, span: Span):
        """The token heading a mention span (None when no token lies inside it)."""
        toks = [t for t in self.doc if not t.is_space and span.start <= self.orig(t) < span.end and not self.att.in_quote(t)]
        if not toks:
            return None
        ids = {t.i for t in toks}
        for t in toks:
            if t.head.i not in ids or t.head is t:
                return t
        return toks[0]

    # -- per quote -------------------------------------------------------------------------------
    def contexts(self) -> list[QuoteContext]:
        out: list[QuoteContext] = []
        last_with_mention: int | None = None
        for k, qi in enumerate(self.att.quote_ids):
            rules = self.by_quote.get(qi) or Attribution(quote=qi, method=Method.NONE)
            ctx = self.context(k, qi, rules, out[last_with_mention] if last_with_mention is not None else None)
            ctx.prev = last_with_mention
            out.append(ctx)
            if ctx.rules_mention is not None:
                last_with_mention = len(out) - 1
        return out

    def context(self, k: int, qi: int, rules: Attribution, prev: QuoteContext | None) -> QuoteContext:
        att = self.att
        q = att.quotes[k]
        toks = att.quote_tokens(qi)
        sentential = qi in att.sentential_ids
        speech = self.speech_features(k, qi, q, toks, rules, sentential)
        rules_speech = not rules_non_speech(att, qi, rules.method, sentential, self.text, q)
        speech[f"rules_speech={int(rules_speech)}"] = 1.0
        ctx = QuoteContext(
            quote=qi, start=q.start, end=q.end, parts=[(p.start, p.end) for p in q.parts],
            rules_method=family(rules.method),
            rules_mention=(rules.mention.start, rules.mention.end) if rules.mention else None,
            candidates=[], speech=speech, rules_speech=rules_speech,
        )
        if not toks:
            return ctx
        tokset = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in tokset or t.head is t]
        root = roots[0] if roots else toks[0]
        si = att.sentence_of(root)
        first, last = min(tokset), max(tokset)
        qpara = self.para(q.start)
        cands: dict[object, Candidate] = {}

        def add(tok, source: str, cue=None, span: Span | None = None):
            if tok is not None and att.in_quote(tok):
                return
            key = tok.i if tok is not None else (span.start, span.end)
            c = cands.get(key)
            if c is None:
                sp = span if span is not None else self.mention_span(tok, cue)
                c = Candidate(sp, [], {}, token=tok.i if tok is not None else None, cue=cue.i if cue is not None else None)
                cands[key] = c
            if source not in c.sources:
                c.sources.append(source)
            if cue is not None and c.cue is None:
                c.cue = cue.i

        # the rules' choice
        if rules.mention is not None:
            head = self.head_in(rules.mention)
            if head is not None and self.mention_span(head, None).overlaps(rules.mention):
                add(head, "rules")
                cands[head.i].span = rules.mention  # what the rules recorded, exactly
            else:
                add(None, "rules", span=rules.mention)
        lo = max(0, si - _WINDOW_BEFORE)
        hi = min(len(att.sents) - 1, si + _WINDOW_AFTER)
        window = [t for s in att.sents[lo : hi + 1] for t in s]
        for t in window:
            if att.in_quote(t):
                continue
            if att.is_cue(t):
                subj = att.subject_of(t)
                if subj is not None and not att.in_quote(subj):
                    add(subj, "cue", cue=t)
                for ch in t.children:
                    # "McConnell, who said ...": some annotators mark the relative pronoun
                    if ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in ("who", "that"):
                        add(ch, "relpron", cue=t)
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                for g in self.doc[t.i + 1].children:
                    if g.dep_ == "pobj":
                        add(g, "according")
            ent = self._ents.get(t.i)
            if ent is not None and ent.label_ in NAME_LABELS and t is ent.root:
                add(t, "ent")
            if t.pos_ == "PRON" and t.lower_ in _PRONOUNS:
                add(t, "pron")
            if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and t.i not in cands:
                add(t, "subj")
            if att.sentence_of(t) == si:
                # Within the quote's sentence, any noun phrase, possessive or relative pronoun:
                # "Trump's claim that ...", "in a statement", "who said ...".
                if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "flat", "nmod", "amod") and t.i not in cands:
                    add(t, "np")
                elif t.dep_ == "poss" and t.lower_ in ("his", "her", "their", "its"):
                    add(t, "poss")
                elif t.dep_ in SUBJECT_DEPS and t.lower_ in ("who", "which", "that"):
                    add(t, "relpron")
        if prev is not None and prev.rules_mention is not None:
            span = Span(*prev.rules_mention)
            head = self.head_in(span)
            if head is not None:
                add(head, "prev")
            else:
                add(None, "prev", span=span)

        out = list(cands.values())
        self.featurize(out, ctx, rules, root, si, first, last, qpara, sentential, prev)
        ctx.candidates = out
        return ctx

    def featurize(self, cands, ctx, rules, root, si, first, last, qpara, sentential, prev) -> None:
        att = self.att
        doc = self.doc
        method = family(rules.method)
        sent_tag = "S" if sentential else "P"
        prev_span = Span(*prev.rules_mention) if prev is not None and prev.rules_mention else None
        prev_words = set(self.text[prev_span.start : prev_span.end].lower().split()) if prev_span else set()
        # rank by distance
        def dist_of(c):
            if c.token is None:
                return 10_000 if "prev" in c.sources else 0
            i = c.token
            return first - i if i < first else i - last

        order = sorted(range(len(cands)), key=lambda n: dist_of(cands[n]))
        rank = {n: r for r, n in enumerate(order)}
        person_order = [n for n in order if cands[n].token is not None and self._ents.get(cands[n].token) is not None and self._ents[cands[n].token].label_ == "PERSON"]
        person_rank = {n: r for r, n in enumerate(person_order)}
        quote_start_para = self.text[max(0, ctx.start - 2) : ctx.start].strip() == "" or "\n" in self.text[max(0, ctx.start - 3) : ctx.start]
        rules_tok = next((doc[c.token] for c in cands if "rules" in c.sources and c.token is not None), None)
        rules_anc = {a.i for a in rules_tok.ancestors} if rules_tok is not None else set()
        # Cues by distance to the quote: the nearest cue's subject is usually the source.
        def cue_dist(c):
            if c.cue is None:
                return None
            return (c.cue - last) if c.cue > last else (first - c.cue)

        cue_ds = sorted({d for d in (cue_dist(c) for c in cands) if d is not None})
        rules_c = next((c for c in cands if "rules" in c.sources), None)
        rules_cd = cue_dist(rules_c) if rules_c is not None else None
        tensor = doc.tensor if doc.tensor is not None and len(doc.tensor) == len(doc) else None
        content = " ".join(self.text[a:b] for a, b in ctx.parts)
        content_words = {w.strip(".,;:!?\"'“”‘’()").lower() for w in content.split()}
        first_person = bool(content_words & {"i", "we", "my", "our", "me", "us"})
        for n, c in enumerate(cands):
            f: dict[str, float] = {"bias": 1.0}
            for s in c.sources:
                f["src=" + s] = 1.0
                f[f"src={s}&m={method}"] = 1.0
            f[f"nsrc={min(len(c.sources), 4)}"] = 1.0
            is_rules = "rules" in c.sources
            f[f"rules={int(is_rules)}&m={method}&{sent_tag}"] = 1.0
            f[f"rank={min(rank[n], 5)}"] = 1.0
            f[f"rank={min(rank[n], 5)}&{sent_tag}"] = 1.0
            if n in person_rank:
                f[f"prank={min(person_rank[n], 3)}"] = 1.0
            _prev_features(f, c.span, self.text, prev_span, prev_words, method)
            if c.token is None:
                f["notoken"] = 1.0
                c.features = f
                continue
            t = doc[c.token]
            after = t.i > last
            side = "after" if after else "before"
            d = (t.i - last) if after else (first - t.i)
            f[f"side={side}"] = 1.0
            f[f"dist={_bucket(d)}"] = 1.0
            f[f"dist={_bucket(d)}&{side}&{sent_tag}"] = 1.0
            cs = att.sentence_of(t)
            rel = max(-3, min(2, cs - si))
            f[f"sent={rel}"] = 1.0
            f[f"sent={rel}&{side}&{sent_tag}"] = 1.0
            same_para = self.para(self.orig(t)) == qpara
            f[f"same_para={int(same_para)}"] = 1.0
            f[f"same_para={int(same_para)}&sent={rel}"] = 1.0
            ent = self._ents.get(t.i)
            label = ent.label_ if ent is not None else ("PRON" if t.pos_ == "PRON" else t.pos_)
            if rules_tok is not None and t.i != rules_tok.i:
                # Nested sources: "Trump said Clinton called it "X"" - outer or inner speaker.
                if t.head is not t and t.head.i in rules_anc:
                    f[f"outer_of_rules&m={method}&{sent_tag}"] = 1.0
                elif rules_tok.head is not rules_tok and rules_tok.head.i in {a.i for a in t.ancestors}:
                    f[f"inner_of_rules&m={method}&{sent_tag}"] = 1.0
                if att.sentence_of(rules_tok) == att.sentence_of(t):
                    f[f"same_sent_as_rules&label={label}"] = 1.0
            if first_person:
                f[f"quote_first_person&label={label}"] = 1.0
            if ent is not None and ent.label_ in ("PERSON", "ORG") and ent[-1].lower_ in content_words:
                f["named_in_quote"] = 1.0  # people rarely name themselves in their own words
            f["label=" + label] = 1.0
            f[f"label={label}&dep={t.dep_}"] = 1.0
            f[f"label={label}&sent={rel}"] = 1.0
            f["dep=" + t.dep_] = 1.0
            if t.dep_ in SUBJECT_DEPS:
                f["subject"] = 1.0
                if t.head.dep_ == "ROOT":
                    # the outermost source of the sentence: "Trump said ... what he called "X""
                    f[f"root_subj&sent={rel}"] = 1.0
                    f[f"root_subj&{sent_tag}&has_cue={int(c.cue is not None)}"] = 1.0
                # the verb it is the subject of, cue or not ("found", "chanting", "cheer")
                f["subj_of=" + t.head.lemma_.lower()] = 1.0
                if t.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and att.is_cue(t.head.head):
                    # speaking inside someone else's reported clause
                    f[f"embedded_subj&label={label}"] = 1.0
            depth = sum(1 for _ in t.ancestors)
            f[f"depth={min(depth, 4)}"] = 1.0
            if t.head is not t and any(a.i == t.head.i for a in root.ancestors):
                f[f"head_dominates_quote&dep={t.dep_}"] = 1.0
            if t.pos_ == "NOUN":
                f["lemma=" + t.lemma_.lower()] = 1.0
            if t.pos_ == "PRON":
                f["pron=" + t.lower_] = 1.0
                f[f"pron={t.lower_}&{side}"] = 1.0
            if t.tag_ in ("NNS", "NNPS"):
                f["plural"] = 1.0
            if t.lower_ in att.lex.anonymous or t.lemma_.lower() in att.lex.anonymous:
                f["anon_head"] = 1.0
            if t.lemma_.lower() in att.lex.title_words:
                f["title_head"] = 1.0
            if ent is not None and ent.label_ in ("PERSON", "ORG"):
                cnt = self._name_count.get(ent[-1].lower_, 0)
                f[f"name_count={_bucket(cnt)}"] = 1.0
            if t.i > 0 and doc[t.i - 1].lower_ in ("'s", "’s") or any(ch.dep_ == "case" for ch in t.children):
                f["possessive"] = 1.0
            if t.dep_ == "poss":
                f["poss"] = 1.0
                f["poss_of=" + t.head.lemma_.lower()] = 1.0  # "his comments", "her statement"
            elif t.dep_ in ("pobj", "pcomp") and t.head is not t:
                # "a report by X", "a statement from X", "according to X"
                f["prep=" + t.head.lower_] = 1.0
                f[f"prep={t.head.lower_}&of={t.head.head.lemma_.lower()}"] = 1.0
            f[f"label={label}&{side}&{sent_tag}"] = 1.0
            # cue
            if c.cue is not None:
                cue = doc[c.cue]
                lemma = cue.lemma_.lower()
                cls = att.lex.cue_class(lemma) or "other"
                f["has_cue"] = 1.0
                f["cue=" + lemma] = 1.0
                f["cue_class=" + cls] = 1.0
                f[f"cue_pos={cue.pos_}"] = 1.0
                f[f"cue_dep={cue.dep_}"] = 1.0
                f[f"label={label}&has_cue"] = 1.0
                governs = cue.i in {a.i for a in root.ancestors}
                f[f"cue_governs={int(governs)}"] = 1.0
                f[f"cue_governs={int(governs)}&{sent_tag}"] = 1.0
                if t.pos_ == "PRON":
                    # "Beck, who has described Trump as "X"": annotators may mark "who"
                    f[f"pron={t.lower_}&cue_governs={int(governs)}"] = 1.0
                cd = (cue.i - last) if cue.i > last else (first - cue.i)
                f[f"cue_dist={_bucket(cd)}"] = 1.0
                if any(att.in_quote(ch) for ch in cue.children):
                    f["cue_has_quote_child"] = 1.0
                f[f"cue_rel={max(-2, min(2, att.sentence_of(cue) - si))}"] = 1.0
                f[f"cue_rank={min(cue_ds.index(cd), 2)}&{sent_tag}"] = 1.0
                if rules_c is not None and rules_c is not c:
                    if rules_c.cue == c.cue:
                        f["same_cue_as_rules"] = 1.0
                    elif rules_cd is None or cd < rules_cd:
                        f[f"cue_closer_than_rules&label={label}"] = 1.0
                    else:
                        f[f"cue_farther_than_rules&label={label}"] = 1.0
            else:
                f["no_cue"] = 1.0
                f[f"no_cue&label={label}"] = 1.0
            if t.lower_ in ("who", "which", "that") and rules_tok is not None and t.head.dep_ == "relcl" \
                    and t.head.head.i == rules_tok.i:
                f["relpron_of_rules"] = 1.0  # "Beck, who said ...": annotators may mark "who"
            if tensor is not None:
                # The parser's own context vector of the candidate and of its cue: what the
                # words around them say that the features above do not name.
                _vector(f, "tv", tensor[t.i])
                if c.cue is not None:
                    _vector(f, "cv", tensor[c.cue])
            # dependency path from the quote to the candidate
            p = _path(root, t)[0] if att.sentence_of(t) == si else "othersent"
            f["path=" + p] = 1.0
            f[f"path={p}&{sent_tag}"] = 1.0
            # a lead-in sentence ending with a colon
            cs_sent = att.sents[cs]
            tail = [x for x in cs_sent if not x.is_space]
            if tail and tail[-1].text == ":" and cs == si - 1:
                f["colon_lead"] = 1.0
            if quote_start_para:
                f[f"qpara_start&sent={rel}"] = 1.0
            # other quotes between the candidate and this quote
            lo_i, hi_i = (last, t.i) if after else (t.i, first)
            between = {att.quote_of(i) for i in range(lo_i + 1, hi_i)} - {None}
            f[f"quotes_between={min(len(between), 3)}"] = 1.0
            c.features = f

    # -- speech ----------------------------------------------------------------------------------
    def speech_features(self, k, qi, q, toks, rules: Attribution, sentential: bool) -> dict[str, float]:
        text = self.text
        content = " ".join(text[p.start : p.end] for p in q.parts).strip()
        words = content.split()
        alpha = [w for w in words if any(ch.isalpha() for ch in w)]
        f: dict[str, float] = {"bias": 1.0}
        f[f"sentential={int(sentential)}"] = 1.0
        f[f"words={_bucket(len(words))}"] = 1.0
        f[f"words={_bucket(len(words))}&S={int(sentential)}"] = 1.0
        method = family(rules.method)
        f[f"m={method}"] = 1.0
        f[f"m={method}&words={_bucket(len(words))}"] = 1.0
        f[f"m={method}&S={int(sentential)}"] = 1.0
        if alpha:
            caps = sum(1 for w in alpha if w[0].isupper()) / len(alpha)
            f[f"caps={round(caps * 4)}"] = 1.0
            f[f"caps={round(caps * 4)}&words={_bucket(len(words))}"] = 1.0
            if all(w.isupper() for w in alpha):
                f["all_upper"] = 1.0
        if content[:1].isupper():
            f["starts_upper"] = 1.0
        if content[-1:] in ".?!,":
            f["ends_punct"] = 1.0
        if any(ch.isdigit() for ch in content):
            f["digit"] = 1.0
        if "@" in content or "http" in content or "www." in content:
            f["web"] = 1.0
        if not q.closed:
            f["unclosed"] = 1.0
        if not q.double:
            f["single_marks"] = 1.0
        if len(q.parts) > 1:
            f["multipart"] = 1.0
        if self.att.title_context(qi):
            f["title_context"] = 1.0
            f[f"title_context&m={method}"] = 1.0
        before = text[max(0, q.start - 40) : q.start]
        bw = before.split()
        if bw:
            w = bw[-1].lower().strip(",;:")
            f["prev_word=" + w] = 1.0
        if before.rstrip().endswith(":"):
            f["after_colon"] = 1.0
        if q.start == 0 or text[max(0, q.start - 1)] == "\n":
            f["para_start"] = 1.0
        after = text[q.end : q.end + 30].split()
        if after:
            f["next_word=" + after[0].lower().strip(",.;:")] = 1.0
        if self.para(q.start) == 0:
            f["first_para"] = 1.0
        if toks:
            ents = {t.ent_type_ for t in toks if t.ent_type_}
            for e in ents:
                f["inner_ent=" + e] = 1.0
            first = min(t.i for t in toks)
            for t in self.doc[max(0, first - 2) : first]:
                f["prev_lemma=" + t.lemma_.lower()] = 1.0
            root = min(toks, key=lambda t: (t.head.i in {x.i for x in toks}, t.i))
            f["root_dep=" + root.dep_] = 1.0
            f["head_lemma=" + root.head.lemma_.lower()] = 1.0
            si = self.att.sentence_of(root)
            if any(self.att.sentence_of(c) == si for c in self._cues):
                f["cue_in_sent"] = 1.0
        return f


def _vector(f: dict, prefix: str, v) -> None:
    """A unit-length copy of ``v`` as features ``prefix0``, ``prefix1``, … (3 decimals: compact JSON)."""
    norm = math.sqrt(sum(float(x) * float(x) for x in v)) or 1.0
    for k, x in enumerate(v):
        f[f"{prefix}{k}"] = round(float(x) / norm, 3)


def _prev_features(f: dict, span: Span, text: str, prev_span: Span | None, prev_words: set, method: str) -> None:
    for k in [k for k in f if k.startswith(("is_prev", "same_name_as_prev"))]:
        del f[k]
    if prev_span is not None and span.overlaps(prev_span):
        f["is_prev"] = 1.0
        f[f"is_prev&m={method}"] = 1.0
    words = set(text[span.start : span.end].lower().split())
    if prev_words and words & prev_words and not (prev_span and span.overlaps(prev_span)):
        f["same_name_as_prev"] = 1.0


def set_previous_speaker(ctx: "QuoteContext", text: str, prev_span: Span | None) -> None:
    """Recompute the previous-speaker features of ``ctx``'s candidates for ``prev_span``.

    Extraction uses the rules' previous mention; training replaces it with the gold one and the
    model with its own previous choice, so the feature means "the speaker of the quote before".
    """
    prev_words = set(text[prev_span.start : prev_span.end].lower().split()) if prev_span else set()
    for c in ctx.candidates:
        _prev_features(c.features, c.span, text, prev_span, prev_words, ctx.rules_method)


def rules_non_speech(att, qi: int, method: str, sentential: bool, text: str, q) -> bool:
    """The rules' own non-speech verdict for a quote attributed by ``method`` (the pipeline's
    test, asked again when the model picks a candidate the rules did not)."""
    title_like = not sentential and att.title_context(qi)
    return _rules_non_speech(text, q, method=method, sentential=sentential, title_like=title_like)


def extract(attributor, attributions: list[Attribution]) -> list[QuoteContext]:
    """The contexts of a parsed chunk's quotes, in the chunk's quote order."""
    return _Extractor(attributor, attributions).contexts()
