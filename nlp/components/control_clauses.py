"""Which clause of a sentence a word belongs to, for goods a measure takes from its sentence.

A measure whose own phrase names no goods ('a ban on exports of the raw ore took effect') takes the minerals of
its sentence, but not those of a coordinated clause with a subject of its own, however deep either sits: 'The
government applied the same logic to bauxite in June, when a ban on exports of the raw ore took effect, and
officials have said that tin and copper could follow' (tin and copper are the officials' outlook, in the
second conjunct; the ban is in the first).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import clause_apart
from cmkg.nlp.rules import words as _w

__all__ = ["compound_tail", "coordinated_apart", "owned_item"]


def coordinated_apart(x: Token, m: Token) -> bool:
    """Whether ``x`` and ``m`` sit in different conjuncts of a clause coordination: one of them lies inside a
    conjoined clause with a subject of its own that does not hold the other."""
    return any(not _holds(c, m) for c in _conjunct_clauses(x)) or any(not _holds(c, x) for c in _conjunct_clauses(m))


def _conjunct_clauses(x: Token) -> list[Token]:
    """The conjoined or contrasting clauses (each with its own subject) that hold ``x``, from the nearest up:
    "..., and officials said Y could follow", "..., while traders said Y ..." (syntax.clause_apart)."""
    out = []
    for _ in range(20):
        if clause_apart(x, contrast=True):
            out.append(x)
        if x.head.i == x.i:
            break
        x = x.head
    return out


def _holds(clause: Token, x: Token) -> bool:
    """Whether ``x`` is the clause's verb or sits below it (spaCy's ``is_ancestor``)."""
    return x.i == clause.i or clause.is_ancestor(x)


def owned_item(c: Token) -> bool:
    """'China's licence requirements for X, the Peruvian proposal for Y, and Ghana's ban on Z': a coordinated
    noun with its own state (a possessor or a state adjective) is an item of its own, not more of the measure's
    goods."""
    if c.dep_ not in ("conj", "appos") or c.pos_ not in ("NOUN", "PROPN") or c.ent_type_ == "MINERAL":
        return False
    if _lemma(c) in _w("export_control.export_nouns"):
        return False  # "bans on cobalt exports and Chinese exports of copper": still the measure's goods
    own = [x for x in c.children if x.dep_ in ("poss", "amod", "compound") and x.ent_type_ in ("GPE", "NORP")]
    return bool(own)


def compound_tail(m: Token) -> bool:
    """'extended to lithium iron phosphate cathode materials': a mineral right after another mineral that
    premodifies it, with no comma or conjunction between, names one compound product with the first, whose
    mineral it is (lithium), not goods of its own (iron, phosphate)."""
    if m.i == 0 or m.ent_iob_ != "B":
        return False
    prev = m.doc[m.i - 1]
    # read off the words: the parser often takes such a run for a verb and its objects
    return prev.ent_type_ == "MINERAL" and prev.ent_kb_id_ != m.ent_kb_id_ and prev.whitespace_ != ""
