"""The owner a coordinated instrument lends its unowned sibling: "Nigeria's partnership agreement with the UAE, signed
in January, and the memorandum signed with Saudi Arabia would help": the memorandum names only its partner, and the
state that owns the instrument it is listed with made it too, before any side the story would lend.

The small model often parses the second instrument as a subject of the same verb, or of another verb, rather than as a
conjunct, so the sibling is any instrument noun of the same clause, the head it is a conjunct of, or the one whose
stranded 'and' opens it, that a possessive state owns.
A sibling that names its own maker, or a possessor that is one of the partners, lends nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import agreement_noun
from cmkg.nlp.components.syntax import clause_head
from cmkg.nlp.components.syntax_states import countries_in

__all__ = ["sibling_owner"]


def sibling_owner(t: Token, partners: list[str], sent: Span) -> list[str]:
    """The one state a possessive gives an instrument listed with ``t`` (none when ``t`` has an owner of its own)."""
    if any(c.dep_ == "poss" for c in t.children):
        return []
    own = clause_head(t)
    siblings = [
        x
        for x in sent
        if x.i < t.i
        and agreement_noun(x)
        and (t.head == x and t.dep_ == "conj" or x.dep_ == t.dep_ and clause_head(x).i == own.i or _stranded(x, t))
    ]
    owners = [countries_in([c]) for x in siblings for c in x.children if c.dep_ == "poss"]
    states = {s for found in owners for s in found if s not in partners}
    return list(states) if len(states) == 1 else []


def _stranded(x: Token, t: Token) -> bool:
    """'A's agreement with B, signed in January, and the memorandum ...': the parser keeps the 'and' on the first
    instrument and hangs the second elsewhere; the 'and' right before the second still joins them."""
    return any(c.dep_ == "cc" and c.i == t.left_edge.i - 1 for c in x.children)
