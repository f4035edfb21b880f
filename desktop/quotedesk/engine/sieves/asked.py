"""A question in the words of an "ask" right before it is the asker's.

'When a reporter asked the sisters, "Which of you is the clever one?", Yasmin answered' (the
reporter), 'Asked by the coroner, 'Why not?', he replied' (the coroner), 'Maïga was asked: "Will
parliament ratify it?"' (whoever asked, unnamed: no speaker, not the one asked). The clause
before the question asks nothing else of its own ('Asked whether he would run, "No," he said' and
'Asked about the deal: "…"' put the question in their own words; the quote is the answer).
"""

from quotedesk.core.model import Method
from quotedesk.engine.sieves.registry import sieve

# What an "ask" says it asked, in words of its own: the quote after it is then the answer.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "acomp"})
_ABOUT = frozenset({"about", "on", "over", "regarding", "concerning", "whether", "if"})


@sieve(Method.ASKED)
def asked(view, quote):
    if quote.raw.nested_in is not None:
        return None  # (whom the outer speaker reports asking: quotedesk.engine.nested)
    if not view.text[quote.raw.parts[-1].start : quote.raw.parts[-1].end].rstrip(" ,.\u2019'\"”").endswith("?"):
        return None
    before = view.token_before(quote.tokens)
    if before is None or before.text not in (",", ":") or view.in_quote(before) or before.i == 0:
        return None
    end = view.doc[before.i - 1]
    ask = next((a for a in (end, *end.ancestors) if a.lemma_.lower() == "ask" and a.pos_ in ("VERB", "AUX")), None)
    if ask is None or view.in_quote(ask) or view.sentence_of(ask) != view.sentence_of(before):
        return None
    between = view.doc[ask.i + 1 : before.i]
    if any(view.in_quote(t) or view.is_cue(t) for t in between):
        return None  # ("Asked about it, Smith said: "…"": another cue leads into the quote)
    if any(c.i > ask.i and c.i < before.i and (c.dep_ in _CONTENT_DEPS or c.lower_ in _ABOUT) for c in ask.children):
        return None
    passive = ask.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in ask.children)
    if passive:
        by = next((g for c in ask.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj" and not view.in_quote(g)), None)
        # (no "by": someone the article does not name asked it, never the one asked)
        return view.attribution(quote, by, [ask])
    subj = view.subject_of(ask)
    return view.attribution(quote, subj, [ask]) if subj is not None else None
