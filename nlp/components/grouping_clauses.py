"""Clauses on a noun that the parser hangs elsewhere: the noun a relative clause follows, and the participle of
composition that lists a grouping's members ('the Mercosur, formed by A, B, C and D').  Split from
``syntax_states``, which reads the states these words name.  Words: ``agreement.composition_verbs``,
``agreement.composition_particles``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["composed_objects", "relative_owner"]


def relative_owner(rel: Token) -> Token:
    """The noun a relative clause follows: the parser hangs 'A and B, whose members are' on A, the list's head."""
    k = rel.left_edge.i - 1
    k -= 1 if k > 0 and rel.doc[k].is_punct else 0
    found = next((x for x in (rel.head, *rel.head.conjuncts) if k in (x.i, x.right_edge.i)), None)
    # "the gap with Indonesia, which has banned ...": a clause set off after a state the head's phrase ends in
    before = rel.doc[k] if k >= 0 else rel.head
    state = before.ent_type_ in ("GPE",) and before.dep_ == "pobj" and rel.head in before.ancestors
    return found or (before if state and rel.doc[k + 1].is_punct else rel.head)


def composed_objects(c: Token) -> list[Token]:
    """'the Mercosur, formed by A, B, C and D', 'the bloc, made up of A and B', 'the grouping comprising A and B':
    a participle of composition on the grouping lists its states (the words its objects name)."""
    verbs, particles = _w("agreement.composition_verbs"), rules().table("agreement.composition_particles")
    clauses = [
        x
        for h in (c, c.head)
        for x in h.children
        if x.dep_ == "acl"
        and x.tag_ in ("VBN", "VBG")
        and x.lemma_ in verbs
        and relative_owner(x).i == c.i
        and (x.lemma_ not in particles or any(p.dep_ == "prt" and p.lower_ == particles[x.lemma_] for p in x.children))
    ]
    objects = [ch for x in clauses for ch in x.children if ch.dep_ == "dobj"]  # "comprising A and B"
    return objects + [  # "formed by A, B and C", "made up of A and B"
        o for x in clauses for ch in x.children if ch.dep_ in ("agent", "prep") for o in ch.children if o.dep_ == "pobj"
    ]
