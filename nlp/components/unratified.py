"""An instrument signed that never took effect has lapsed.

"The CPTPP replaced the original Trans-Pacific Partnership, which New Zealand signed with eleven other countries
in 2016, but which never entered into force after the United States withdrew": the making clause says signed,
a clause joined to it says the instrument never entered into force.  A negated entry verb
(``status.entry_verbs``) with an 'into force' or 'effect' object (``status.in_force_objects``), in a relative
clause on the instrument or a clause coordinated after its making verb, makes the instrument lapsed.  'has not yet
entered into force' (a text still to be ratified) is pending, not lapsed: only a negation with no 'yet'
(``status.pending_markers``).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import has_neg, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["never_in_force"]


def never_in_force(t: Token, v: Token | None) -> bool:
    """Whether a clause on ``t`` (or after its verb ``v``) denies that it ever entered into force."""
    clauses = [c for c in t.children if c.dep_ in ("relcl", "acl")]
    clauses += [x for c in clauses for x in c.conjuncts if x.i > c.i]
    clauses += [x for x in (v.conjuncts if v is not None else ()) if x.i > v.i]
    # "..., but which never entered into force": the parser hangs the second relative clause on the main verb
    relative = _w("agreement.relative_pronouns")
    clauses += [x for x in t.head.conjuncts if x.i > t.i and any(s.lower_ in relative for s in subject_tokens(x))]
    return any(_denied_entry(x) for x in clauses)


def _denied_entry(x: Token) -> bool:
    if lemma(x) not in _w("status.entry_verbs") or not has_neg(x):
        return False
    if any(c.lower_ in _w("status.pending_markers") for c in x.children):
        return False  # "has not yet entered into force": ratification pending
    near = [y for y in x.subtree if y.head == x or y.head.head == x]
    return any(lemma(y) in _w("status.in_force_objects") for y in near)
