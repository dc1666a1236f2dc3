"""Undo a possessive read as owned by a whole coordination: 'The Department of State and Uzbekistan's Ministry
of Mining signed a memorandum'.

en_core_web_sm reads the state as a conjunct inside the body's own 'of' phrase ('of State and Uzbekistan') and
the whole 'The Department of State and Uzbekistan' as the possessor of 'Ministry'; the subject is then one
ministry of no state, and the signing has no parties.  A possessive marker right after a state that is a conjunct
inside a body's 'of' phrase belongs to that state alone: the body is the first subject, the possessed noun its
conjunct, and the state the possessed noun's owner.  Over syntax and entity classes.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["hang_last_conjunct_possessives"]

STATES = frozenset({"GPE"})


def hang_last_conjunct_possessives(sent: Span) -> None:
    for body in sent:
        if body.dep_ != "poss" or body.pos_ != "PROPN":
            continue
        mark = next((c for c in body.children if c.dep_ == "case" and c.i > body.i), None)
        state = sent.doc[mark.i - 1] if mark is not None else None
        if state is None or state.dep_ != "conj" or state.ent_type_ not in STATES or not _inside_of_phrase(state, body):
            continue
        cc = next((c for c in state.head.children if c.dep_ == "cc" and c.i < state.i), None)
        owned = body.head
        if cc is None or owned.i <= mark.i:
            continue
        body.head, body.dep_ = owned.head, owned.dep_
        owned.head, owned.dep_ = body, "conj"
        cc.head = body
        state.head, state.dep_ = owned, "poss"
        mark.head = state


def _inside_of_phrase(state: Token, body: Token) -> bool:
    """The state hangs, through conjuncts and 'of' phrases, under the body itself."""
    x = state
    while x.i != body.i:
        if x.dep_ not in ("conj", "pobj", "prep") or x.head.i == x.i:
            return False
        if x.dep_ == "prep" and x.lower_ not in _w("syntax.of_prepositions"):
            return False
        x = x.head
    return True
