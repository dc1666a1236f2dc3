"""Read a clause apart from the adjunct phrases fronted before its subject (round 19, fronts19).

"In Brasilia, Indonesia's Foreign Minister Z and Peru's Foreign Minister D agreed an action plan", "This
morning, in a meeting with Prime Minister N, the Government of Uzbekistan signed ...": the small parser takes
the name after the comma for one more item of the fronted phrase (a conjunct or apposition of the place or of
the meeting partner), so the subject joins the place, the place's state becomes a party and the verb loses
its subject.  The clause after the fronted phrases is parsed again on its own, as the parser reads it without
them, its heads, labels and tags are copied back, and each fronted phrase hangs on the clause's head as the
adverbial it is.

A fronted phrase is a comma-closed stretch at the sentence start that opens with a preposition or is a date or
time ('This morning,'), holds no verb and no comma-less run longer than ``MAX_FRONT`` tokens.  The repair runs
only when the parse is wrong: a word of the clause hangs inside a fronted phrase.  Syntax and entity classes
only; no word list.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["FrontedAdjuncts", "fronted_end"]

MAX_FRONT = 12  # tokens of one fronted stretch; longer openings are more often a clause of their own
TIMES = frozenset({"DATE", "TIME"})
VERBAL = frozenset({"VERB", "AUX"})


def _stretch_end(sent: Span, start: int) -> int | None:
    """The comma closing a fronted stretch that starts at ``start``, or None when the stretch is not one."""
    doc = sent.doc
    first = doc[start]
    opens = first.pos_ == "ADP" or (first.ent_type_ in TIMES)
    if not opens:
        return None
    for t in doc[start : min(sent.end, start + MAX_FRONT + 1)]:
        if t.text == ",":
            inner = doc[start : t.i]
            if len(inner) < 2 and first.pos_ == "ADP":
                return None
            if first.pos_ != "ADP" and not all(x.ent_type_ in TIMES for x in inner):
                return None
            return t.i
        if t.pos_ in VERBAL:
            return None
    return None


def fronted_end(sent: Span) -> int | None:
    """Index of the comma that closes the last fronted adjunct of ``sent`` (None when it opens with none)."""
    start, end = sent.start, None
    while start < sent.end and sent.doc[start].is_space:
        start += 1  # a blanked dateline leaves spaces before the sentence
    while start < sent.end:
        comma = _stretch_end(sent, start)
        if comma is None:
            break
        end, start = comma, comma + 1
    return end if end is not None and end + 3 < sent.end else None


def _misread(sent: Span, comma: int) -> bool:
    """A word of the clause after the fronted phrases hangs inside them (the parse joined the two)."""
    return any(sent.start <= t.head.i <= comma and t.text not in ",." for t in sent.doc[comma + 1 : sent.end])


class FrontedAdjuncts:
    """After the model, before the entity linker: a clause joined to its fronted adjuncts is parsed again alone."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp, self.name = nlp, name

    def _parse_alone(self, words: list[Token]) -> Doc:
        sub = Doc(self.nlp.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            sub = proc(sub)
        return sub

    def _repair(self, sent: Span, comma: int) -> None:
        doc = sent.doc
        clause = list(doc[comma + 1 : sent.end])
        sub = self._parse_alone(clause)
        if len(sub) != len(clause) or len(list(sub.sents)) != 1:
            return  # the clause split differently alone: keep the parse
        off = comma + 1
        root = doc[off + next(s.i for s in sub if s.head.i == s.i)]
        root.head, root.dep_ = root, "ROOT"
        for s in sub:
            t = doc[off + s.i]
            t.tag_, t.pos_ = s.tag_, s.pos_
            if s.head.i != s.i:
                t.head, t.dep_ = doc[off + s.head.i], s.dep_
        for t in doc[sent.start : comma + 1]:
            if not (sent.start <= t.head.i <= comma) or t.head.i == t.i:
                t.head = root
                t.dep_ = "punct" if t.is_punct else "prep" if t.pos_ == "ADP" else "npadvmod"

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            comma = fronted_end(sent)
            if comma is not None and _misread(sent, comma):
                self._repair(sent, comma)
        return doc
