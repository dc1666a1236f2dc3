"""Measures that a concession in the same sentence says were never taken.

'Congo has promised to tighten control over cobalt exports, though no measures have been announced': a clause
of contrast whose subject is a measure noun that 'no' quantifies says the promised or weighed measure does not
exist yet, so the sentence states none; so does a denied next step of the same subject ('is considering
similar rules, but has not yet proposed them').  A measure taken, or a concession about other goods, stands.  A
decision still to come ('but no decision has been taken') is left to the deliberation rules: it says nothing
of a measure.
Word lists: ``export_control.concession_nouns``, ``concession_marks``, ``realising_verbs``, ``promise_words``,
``deliberation_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, has_neg, quantified_by_no, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["denied_by_concession"]

_CONCESSION_DEPS = ("advcl", "conj")


def denied_by_concession(v: Token) -> bool:
    """True when a contrast clause beside ``v``'s chain says that no measure has been taken."""
    chain = verb_chain(v)
    if not any(_lemma(x) in _w("export_control.promise_words", "export_control.deliberation_verbs") for x in chain):
        return False  # "A banned exports of X, though no measures have been announced on Y": the ban stands
    # the clause hangs on the chain, or on a verb coordinated with it ("has promised ... and has said ..., though")
    holders = {*chain, *(c for x in chain for c in x.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))}
    return any(
        x.dep_ in _CONCESSION_DEPS
        and x.head in holders
        and _marked(x)
        and (_no_measure_subject(x) or _not_yet_made(x))
        and not _own_goods(x)
        for x in v.sent
        if x not in chain
    )


def _not_yet_made(clause: Token) -> bool:
    """'is considering similar rules ..., but has not yet proposed them': the weigher's own next step, denied."""
    own = not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    return own and _lemma(clause) in _w("export_control.realising_verbs") and has_neg(clause)


def _own_goods(clause: Token) -> bool:
    """'though no measures have been announced on Y': the concession speaks of other goods."""
    return any(x.ent_type_ == "MINERAL" for x in clause.subtree)


def _marked(clause: Token) -> bool:
    """'though ...', 'although ...', ', but ...': the clause's own mark, or the 'but' before a conjunct."""
    marks = _w("export_control.concession_marks")
    own = any(c.dep_ in ("mark", "cc") and c.lower_ in marks for c in clause.children)
    joined = clause.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in marks for c in clause.head.children)
    return own or joined


def _no_measure_subject(clause: Token) -> bool:
    """'no measures have been announced', 'no rules have been published': a 'no' on a measure noun subject."""
    return any(
        c.dep_ in SUBJECT_DEPS and _lemma(c) in _w("export_control.concession_nouns") and quantified_by_no(c)
        for c in clause.children
    )
