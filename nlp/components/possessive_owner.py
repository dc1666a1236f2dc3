"""The state an agreement's possessive pronoun points to ('its free trade agreement with the United States').

Real text names one side as a possessor or topic and the instrument a few words later by 'its': 'It is the
Sultanate's first trade agreement since its free trade agreement with the United States', 'For India, it is
the second such agreement, after its CEPA with the United Arab Emirates'.  Without the owner the mention has
one party, and the story's other side (or nothing) completes it wrongly.  The owner is the nearest noun before
the pronoun that is a possessor or a subject, or the object of a fronted phrase ('For India, ...'); only a
state counts, and a nearer company or person ('Glencore said its agreement ...') stops the search.
Word list: ``agreement.own_possessives``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["possessive_owner"]

OWNER_DEPS = ("poss", "nsubj", "nsubjpass")


def _fronted(x: Token) -> bool:
    """'For India, it is ...': the object of a phrase that opens the sentence, before its root verb."""
    root = x.sent.root
    return x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.head.i == root.i and x.head.i < root.i


def _owner(pron: Token) -> list[str]:
    for x in reversed(pron.sent[: pron.i - pron.sent.start]):
        if x.pos_ not in ("NOUN", "PROPN") or x.ent_iob_ == "I" and x.dep_ == "compound":
            continue
        if x.dep_ in OWNER_DEPS or _fronted(x):
            return countries_in([x])  # the nearest owner decides, a state or not
    return []


def possessive_owner(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'its agreement with B' with one party found: the state 'its' points to is the other."""
    pron = next((x for x in c.t.children if x.dep_ == "poss" and x.lower_ in _w("agreement.own_possessives")), None)
    if pron is None or len(c.parties) != 1:
        return True
    owner = [x for x in _owner(pron) if x not in c.parties][:1]
    if owner:
        c.subj += owner
        c.rule = c.rule or "agreement.possessive_owner"
    return True
