"""Undo a contact relative clause read as an apposition: 'The framework the United States agreed with Vietnam on
July 2 set a 20% tariff', 'The memorandum Japan signed with Chile in May covers lithium'.

en_core_web_sm reads the state right after the instrument as the instrument's apposition, makes the instrument
the subject of the relative clause's verb ('framework' the subject of 'agreed') and hangs the sentence's own verb
on it as a complement ('set' a ccomp of 'agreed').  The instrument then has no maker, and the clause's states are
lost.  When an instrument noun is the subject of a verb that makes instruments (``status.signed``,
``status.announced``, ``status.negotiating``), with a state as its apposition written with no comma (or as a
second subject of the verb, or with the instrument read as the state's compound: 'The MOU [Finland] agreed'), and
that verb has a later subjectless complement verb, the complement is the sentence's verb, the instrument its
subject, and the first verb the instrument's relative clause with the state as its subject.  Over syntax and word
lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.entity_kinds import STATE_LABELS
from cmkg.nlp.components.misparses import committing_verb, has_subject, instrument_head

__all__ = ["hang_apposed_relatives", "subjectless_clause"]


def hang_apposed_relatives(sent: Span) -> None:
    """Re-hang each contact relative clause the parser read as an apposition (see the module docstring)."""
    for v in sent:
        noun = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        if noun is None or not committing_verb(v):
            continue
        state = _apposed_state(noun, v) if instrument_head(noun) else None
        if not instrument_head(noun):  # 'The MOU [Finland] agreed': the instrument read as the state's compound
            noun, state = _compound_instrument(noun), noun
            if noun is None or state.ent_type_ not in STATE_LABELS:
                continue
        main = next((c for c in v.children if c.i > v.i and subjectless_clause(c)), None)
        if state is None or main is None:
            continue
        root = v.head.i == v.i
        main.head, main.dep_ = (main, "ROOT") if root else (v.head, v.dep_)
        noun.head, noun.dep_ = main, "nsubj"
        v.head, v.dep_ = noun, "relcl"
        state.head, state.dep_ = v, "nsubj"


def _compound_instrument(subject: Token) -> Token | None:
    return next((c for c in subject.children if c.dep_ == "compound" and c.i < subject.i and instrument_head(c)), None)


def _apposed_state(noun: Token, v: Token) -> Token | None:
    """The state the parser hung on the noun as an apposition, between the noun and the verb, with no comma."""
    doc = noun.doc
    # an apposition on the noun or on the last word of its name ('declaration of intent Vietnam'), or a second
    # subject of the verb ('The deal [Malaysia] agreed with Brazil ... set')
    second = [c for c in v.children if c.dep_ == "nsubj" and c is not noun]
    for c in [*noun.subtree, *second]:
        if c.dep_ not in ("appos", "nsubj") or not noun.i < c.i < v.i or c.ent_type_ not in STATE_LABELS:
            continue
        if any(doc[k].is_punct for k in range(noun.i + 1, c.left_edge.i)):
            return None
        return c
    return None


def subjectless_clause(c: Token) -> bool:
    """A clause verb with no subject of its own and no infinitive 'to' ('set', not 'agreed to set up')."""
    if c.dep_ not in ("ccomp", "advcl", "xcomp") or has_subject(c):
        return False
    return not any(x.dep_ == "aux" and x.tag_ == "TO" for x in c.children)
