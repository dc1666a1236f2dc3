"""An object after a phrase set off by commas, which the parser leaves unattached.

"Mozambique and Tanzania agreed to finalise, before the end of 2025, a protocol on graphite transit": after the
comma-set-off date phrase the parser hangs 'a protocol' on the main verb as a loose dependent ('dep',
'npadvmod', or a verb's 'conj'), so the infinitive that takes it has no object and the instrument no committing
verb.  When a verb with no object of its own is followed right away by a comma, and a noun phrase opens right
after the comma that closes the set-off phrase, with the noun hung loose on that verb or the verb above it (and
no date or time), the noun is the verb's object again; the verb may sit a clause or two below the one the noun
hangs on ('increased after China started to require, in April, licences for ...').  Over syntax only.

Round 44: "signed memoranda with Malaysia, represented by Prime Minister X, and with Thailand, represented by Y":
the second partner phrase is hung as a conjunct of the first phrase's set-off participle, where no party rule
looks; a preposition conjoined to a set-off participle, after a phrase of the same preposition before that
participle, is the conjunct of that phrase again.

Round 48: "pointed to the partnership signed with the EU in 2022 and to the memorandum agreed with Korea": the
second 'to' phrase is hung as a conjunct of the participle's 'in 2022' (or of the participle itself), so the
memorandum looks signed with the EU; a preposition conjoined to a different preposition or to a verb is the
conjunct of the nearest phrase above it that opens with the same preposition.
Round 56 (news69 03): "the partnerships which the Federal Government concluded with Mongolia in 2011, with
Kazakhstan in 2012 and with Peru in 2014": the parser hangs the later 'with' phrases on a noun before the clause or
on the first phrase's date, so only the first partner is the verb's.  A chain of 'with' phrases naming states,
right after the own 'with' phrase of a clause on a plural noun and joined only by commas, 'and' and dates, is
that clause's verb's.  Word list:
``agreement.with_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = [
    "rehang_chained_partners",
    "rehang_parallel_prepositions",
    "rehang_set_off_objects",
    "rehang_set_off_prepositions",
]

NOMINAL = frozenset({"NOUN", "PROPN"})
OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr"})
COMMA = ","
LOOSE = frozenset({"dep", "npadvmod", "conj"})  # how the parser hangs the stranded object (a noun as a verb's conjunct)
CLAUSES = frozenset({"xcomp", "ccomp", "advcl"})  # where the verb waiting for the object may hang
TIMES = frozenset({"DATE", "TIME"})  # 'agreed to meet, as planned, Monday': a time, no object


def _open_verb(noun: Token) -> Token | None:
    """The verb before the set-off phrase that waits for ``noun``: itself followed by a comma, with no object."""
    for v in (noun.head, *_clauses_before(noun.head, noun.i)):
        nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
        if v.pos_ != "VERB" or nxt is None or nxt.text != COMMA or v.i >= noun.i:
            continue
        if any(c.dep_ in OBJECTS for c in v.children):
            continue
        return v
    return None


def _clauses_before(v: Token, limit: int) -> list[Token]:
    """The verb's complements before the noun, and theirs in turn ('increased after China started to require, in
    April, licences ...': 'require' under 'started' under 'increased')."""
    out = [c for c in v.children if c.dep_ in CLAUSES and c.i < limit]
    return out + [g for c in out for g in c.children if g.dep_ in ("xcomp", "ccomp") and g.i < limit]


def rehang_set_off_objects(sent: Span) -> None:
    for noun in [t for t in sent if t.dep_ in LOOSE and t.pos_ in NOMINAL and t.ent_type_ not in TIMES]:
        if noun.dep_ == "conj" and noun.head.pos_ != "VERB":
            continue  # 'A, B and C': nouns conjoined with nouns
        first = noun.left_edge
        if first.i == 0 or noun.doc[first.i - 1].text != COMMA:
            continue
        v = _open_verb(noun)
        if v is not None:
            noun.head, noun.dep_ = v, "dobj"


SET_OFF = frozenset({"advcl", "acl"})  # a participle set off after the phrase it describes


def rehang_set_off_prepositions(sent: Span) -> None:
    for c in sent:
        if c.dep_ != "conj" or c.pos_ != "ADP" or c.head.tag_ != "VBN" or c.head.dep_ not in SET_OFF:
            continue
        first = [p for p in sent if p.dep_ == "prep" and p.lower_ == c.lower_ and p.i < c.head.i]
        if first and first[-1] not in c.ancestors and c not in first[-1].ancestors:
            c.head = first[-1]


def rehang_parallel_prepositions(sent: Span) -> None:
    for c in sent:
        # conjoined to another preposition, or to the participle before it ('signed with B in 2022 and to the ...')
        if c.dep_ != "conj" or c.pos_ != "ADP" or c.head.pos_ not in ("ADP", "VERB") or c.head.lower_ == c.lower_:
            continue
        same = next((a for a in c.head.ancestors if a.pos_ == "ADP" and a.lower_ == c.lower_), None)
        if same is not None and same.dep_ == "prep":
            c.head = same


JOINERS = frozenset({",", "and"})


def rehang_chained_partners(sent: Span) -> None:
    """Give a verb the 'with' phrases chained after its own (see the module docstring)."""
    withs = _w("agreement.with_prepositions")
    for first in [p for p in sent if p.lower_ in withs and p.dep_ == "prep" and p.head.pos_ == "VERB"]:
        if not _names_state(first) or not _on_plural_instruments(first.head):
            continue
        k = first.right_edge.i + 1
        while k < sent.end:
            x = sent.doc[k]
            if x.text in JOINERS or x.ent_type_ == "DATE" or x.like_num or _opens_date(x):
                k += 1
            elif x.lower_ in withs and _names_state(x) and first.head not in x.subtree:
                x.head, x.dep_ = first.head, "prep"
                k = max(k, max(o.right_edge.i for o in x.children if o.dep_ == "pobj")) + 1
            else:
                break


def _on_plural_instruments(v: Token) -> bool:
    """A relative or participle clause on a plural noun ('the partnerships which A concluded'): one instrument per
    phrase.  A main verb's chain ('signed memoranda with A in 2011, with B in 2012') the party rules read as it is."""
    return v.dep_ in ("relcl", "acl") and v.head.tag_ in ("NNS", "NNPS")


def _names_state(p: Token) -> bool:
    return bool(countries_in([o for o in p.children if o.dep_ == "pobj"]))


def _opens_date(x: Token) -> bool:
    """'in' of 'in 2012': a preposition whose next word is a date or a number."""
    nxt = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
    return x.pos_ == "ADP" and nxt is not None and (nxt.ent_type_ == "DATE" or nxt.like_num)
