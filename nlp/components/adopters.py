"""Further adopters of one instrument in the same sentence, beyond the verb's own subject or agent.

"The action plan was adopted in June by the leaders of A, B and C, with D taking part, and was endorsed by E,
F and G, which attended as guests": the instrument has one subject and two committing passives, and a grouping
that takes part in an absolute phrase ('with D taking part', 'with D participating'). Every agent of a committing
passive conjoined to the verb (no subject of its own, so the instrument is its subject too) and every state that
takes part by a 'with' absolute on the verb is a party of the instrument. A negated conjunct ('but was not
endorsed by E') or a non-committing one ('and was criticised by E') adds nobody; nor does a 'with' absolute of
another verb ('with D watching').  Words: ``status.signed``, ``status.announced``, ``agreement.membership_verbs``,
``agreement.with_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.status import is_membership
from cmkg.nlp.components.syntax import countries_in, has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["co_adopters"]

SUBJECTS = ANY_SUBJECT_DEPS


def co_adopters(v: Token | None) -> list[str]:
    """The states of conjoined committing passives' agents and of 'with X taking part' absolutes on ``v``."""
    if v is None:
        return []
    out: list[str] = []
    for x in [*_conjoined_agents(v), *_absolute_participants(v)]:
        if x not in out:
            out.append(x)
    return out


def _agents(v: Token) -> list[Token]:
    objects = [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return [y for o in objects for y in (o, *o.conjuncts)]


def _conjoined_agents(v: Token) -> list[str]:
    """'was adopted by A and was endorsed by B': the agents of committing passives conjoined to a passive ``v``."""
    if not any(c.dep_ == "auxpass" for c in v.children) or has_neg(v):
        return []
    committing = making_words()
    out: list[str] = []
    for c in v.conjuncts:
        if c.i < v.i or lemma(c) not in committing or has_neg(c):
            continue
        kids = list(c.children)
        if any(k.dep_ in SUBJECTS for k in kids) or not any(k.dep_ == "auxpass" for k in kids):
            continue  # 'and C endorsed it', 'and endorses': a clause of its own
        out += countries_in(_agents(c))
    return out


def _absolute_participants(v: Token) -> list[str]:
    """'with the European Union taking part': the subject of a taking-part participle in a 'with' phrase."""
    out: list[str] = []
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in _w("agreement.with_prepositions")):
        for part in (c for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and is_membership(c)):
            if not has_neg(part):
                out += countries_in([s for s in part.children if s.dep_ == "nsubj"])
    return out
