"""Restated instruments: a second noun for an instrument the clause has just told is that instrument.

"the EU signed a memorandum ... with Argentina in June, a deal that officials said had not yet produced any
projects": the parser hangs "a deal" on the signing verb as an adverbial noun, and as a trigger of its own it
took the sentence's other states (the US of the clause before) as a new party set.  A noun set off by a comma
after the clause's own instrument, hung on the verb that told that instrument (or apposed to it with a clause
describing it), restates it; the told instrument keeps its set.  So does the label a labelling verb gives its
object ('The plan, which the Government defines as a Letter of Intent and not as a treaty'; words
``export_control.labelling_verbs``, ``agreement.role_prepositions``): the plan is the instrument.  One gate of
the agreement pipeline (``agreements.FILTERS``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.rules import words as _w

__all__ = ["restated_instrument"]

TOLD_DEPS = ("dobj", "nsubjpass", "attr")


def _told_instrument(t: Token) -> Token | None:
    """The instrument the restating noun ``t`` refers back to, if it has the shape of a restatement: hung on the
    verb that told an object before it, or apposed (with a clause describing it) to that instrument, to the
    clause's date ("signed X on Monday, a deal that ...") or to the partner it ends with."""
    verb: Token | None = t.head
    if t.dep_ == "appos" and any(x.dep_ in ("relcl", "acl") for x in t.children):
        if lemma(t.head) in agreement_words():
            return t.head
        # "signed X on Monday, a deal that ...", "signed X with Burundi, a peace agreement that ...": apposed to the
        # date or the partner the clause ends with
        ending = t.head.ent_type_ == "DATE" or t.head.dep_ == "pobj"
        verb = next((a for a in t.head.ancestors if a.pos_ in ("VERB", "AUX")), None) if ending else None
    elif t.dep_ != "npadvmod":
        return None
    told = [x for x in verb.children if x.dep_ in TOLD_DEPS and x.i < t.i] if verb is not None else []
    told = [x for x in told if x.pos_ in ("NOUN", "PROPN")]
    return told[-1] if told else None


def restated_instrument(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'signed a memorandum with A in June, a deal that ...': the restating noun is no new agreement."""
    t = c.t
    if _label_of_object(t):
        return False
    told = _told_instrument(t)
    start = t.left_edge.i
    return told is None or start == 0 or t.doc[start - 1].text != ","


def _label_of_object(t: Token) -> bool:
    """'which the Government defines as a Letter of Intent', 'the plan is described as a framework': the noun is
    what a labelling verb calls its object."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in _w("agreement.role_prepositions"):
        return False
    verb = prep.head
    while verb.dep_ == "conj" and verb.lower_ in _w("agreement.role_prepositions"):
        verb = verb.head  # "as a Letter of Intent and not as a treaty"
    labelled = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    return lemma(verb) in _w("export_control.labelling_verbs") and labelled
