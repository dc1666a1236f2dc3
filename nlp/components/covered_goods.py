"""Goods a measure noun's relative clause of coverage adds: 'The prohibition, which also covers raw cobalt and
graphite ores, remains in force', 'The licences it has required since April for seven rare earths remain in force'.
Split from ``controls``.  Word lists: ``export_control.covering_verbs``,
``covering_prepositions``, ``exemption_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.control_denial import negated
from cmkg.nlp.components.control_equipment import named_goods
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import phrase_objects
from cmkg.nlp.rules import words as _w

__all__ = ["covered_goods"]


def covered_goods(t: Token) -> list[str]:
    """'The prohibition, which also covers raw cobalt and graphite ores, remains in force': the goods a relative
    clause of coverage (``export_control.covering_verbs``) names as its object or after 'to', when that clause is
    neither negated nor modal ('does not cover cobalt', 'will extend to cobalt') and names no exemption."""
    objects = []
    for c in (c for c in t.children if c.dep_ == "relcl" and _lemma(c) in _w("export_control.covering_verbs")):
        if negated(c, t.sent) or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children):
            continue
        found = [o for o in c.children if o.dep_ == "dobj"]
        found += phrase_objects(c, _w("export_control.covering_prepositions"))
        objects += [x for o in found if not _exempting(o) for x in _own_phrase(o)]
    objects += [x for c in t.children if _imposing_relative(c) for o in _measured(c) for x in _own_phrase(o)]
    return named_goods(objects)


def _imposing_relative(c: Token) -> bool:
    """'The licences it has required since April for seven heavy rare earths': a relative clause with the measure as
    its object (no relative word as its subject), neither negated nor modal."""
    if c.dep_ != "relcl" or c.pos_ != "VERB" or negated(c, c.sent):
        return False
    if any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children):
        return False
    subjects = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(x.lower_ in _w("agreement.relative_pronouns") for x in subjects)


def _measured(c: Token) -> list[Token]:
    """The objects of its measure phrases ('for seven rare earths': ``export_control.measure_prepositions``)."""
    return phrase_objects(c, _w("export_control.measure_prepositions"))


def _own_phrase(o: Token) -> list[Token]:
    """The object's own noun phrase, without the clauses on it ('firms that also mine cobalt')."""
    clauses = {y.i for x in o.subtree if x.dep_ in ("relcl", "acl") and x.i != o.i for y in x.subtree}
    return [x for x in o.subtree if x.i not in clauses]


def _exempting(o: Token) -> bool:
    """'includes an exemption for cobalt': the object names goods left out, not covered."""
    return any(_lemma(x) in _w("export_control.exemption_nouns") for x in o.subtree)
