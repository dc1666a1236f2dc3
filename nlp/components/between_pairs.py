"""The second side of 'between A, <a set-off clause>, and B' that the parser hangs elsewhere.

"the agreement between the Mercosur, formed by A, B, C and D, and the European Union waits the signature": after a
participle or relative clause set off by commas on the first side, the small parser makes the second side ('the
European Union') a subject or object of the main verb, so the instrument keeps one side.  When the mutual
preposition's object has no conjunct of its own and the words right after its set-off phrase are ', and' and a
state (a linked country, bloc or grouping), that state is the object's conjunct.  Over syntax and entity classes
(``agreement.mutual_prepositions``).

And "the Falepili Union between Australia and Tuvalu and the Nakamarra Treaty between Australia and Nauru": the
parser makes the second noun and its second side conjuncts of the first side; a conjunct of a 'between' object that
is no state but has a 'between' phrase of its own is the first noun's conjunct, and the states after it are its
own side's conjuncts.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["join_set_off_second_side", "split_chained_pairs"]

_STATE_LABELS = ("GPE", "NORP", "ORG")


def _state_head(sent: Span, i: int) -> Token | None:
    """The head word of the linked state entity that starts at ``i`` (after an article)."""
    doc = sent.doc
    if i < sent.end and doc[i].pos_ == "DET":
        i += 1
    if i >= sent.end or doc[i].ent_type_ not in _STATE_LABELS or not doc[i].ent_kb_id_:
        return None
    j = i
    while j + 1 < sent.end and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j]


def join_set_off_second_side(sent: Span) -> None:
    doc = sent.doc
    for prep in (t for t in sent if t.lower_ in _w("agreement.mutual_prepositions") and t.dep_ == "prep"):
        first = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if first is None or first.conjuncts or first.ent_type_ not in _STATE_LABELS:
            continue
        set_off = [c for c in first.children if c.dep_ in ("acl", "relcl") and c.i > first.i]
        if not set_off:
            continue
        end = max(c.right_edge.i for c in set_off) + 1
        if end + 2 >= sent.end or doc[end].text != "," or doc[end + 1].pos_ != "CCONJ":
            continue
        second = _state_head(sent, end + 2)
        if second is None or second.head.i == first.i or first in second.ancestors:
            continue
        if second.i + 1 < sent.end and doc[second.i + 1].tag_ == "POS":
            continue  # "..., and Canada's objections": a possessor, no side
        second.head, second.dep_ = first, "conj"
        doc[end + 1].head, doc[end + 1].dep_ = first, "cc"


def split_chained_pairs(sent: Span) -> None:
    """Give 'X between A and B and the Y between C and D' its two pairs back."""
    mutual = _w("agreement.mutual_prepositions")
    for prep in [t for t in sent if t.lower_ in mutual and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN")]:
        first = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if first is None or first.ent_type_ not in _STATE_LABELS:
            continue
        conj = [c for c in first.children if c.dep_ == "conj"]
        noun = next((c for c in conj if not c.ent_kb_id_ and _own_pair(c, mutual)), None)  # no linked state
        if noun is None:
            continue
        own_first = next(o for p in noun.children if p.lower_ in mutual for o in p.children if o.dep_ == "pobj")
        for c in [c for c in first.children if c.i > noun.i and c.dep_ in ("conj", "cc")]:
            c.head = own_first
        noun.head = prep.head


def _own_pair(noun: Token, mutual: frozenset[str]) -> bool:
    return any(p.lower_ in mutual and any(o.dep_ == "pobj" for o in p.children) for p in noun.children)
