"""The state asked for an instrument is its other side: 'Jakarta has asked Washington for a minerals agreement'.

A government that presses, asks or lobbies another for a deal names the deal's other side as the object of the
asking verb, not in a 'with' phrase: "Jakarta was pressing Washington for a limited critical minerals agreement",
"Jakarta asked Washington in 2023 to negotiate a limited agreement".  The party rules read the asker as the
subject and found no partner, so the request was dropped.  Here the asked state (the asking verb's direct object)
joins the instrument's sides when the instrument is what is asked for: the object of the 'for' phrase on the verb
(``agreement.request_prepositions``), or the object of the verb's infinitive complement when that verb makes or
negotiates it ('to negotiate', 'to sign'; not 'pressed Hanoi to abandon a pact').  The request is no deal yet:
planned (``has_status`` reads the rule).  Words: ``export_control.demand_verbs`` (the asking verbs),
``status.signed``, ``status.announced``, ``status.negotiating`` (the making verbs).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["RULE", "requested_partner"]

RULE = "agreement.requested_partner"


def _asking_verb(t: Token) -> Token | None:
    """The asking verb whose request the instrument ``t`` is: 'asked B for X', 'pressed B to negotiate X'."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    asking = _w("export_control.demand_verbs")
    if t.dep_ == "pobj" and t.head.lower_ in _w("agreement.request_prepositions"):
        verb = t.head.head
        return verb if verb.pos_ == "VERB" and lemma(verb) in asking else None
    making = _w("status.signed", "status.announced", "status.negotiating")  # not 'to abandon', 'to implement'
    if t.dep_ == "dobj" and t.head.dep_ == "xcomp" and lemma(t.head) in making and lemma(t.head.head) in asking:
        return t.head.head
    return None


def requested_partner(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Add the asked state to a subject's instrument that names no partner of its own."""
    if c.with_ or not c.subj:
        return True
    verb = _asking_verb(c.t)
    if verb is None or has_neg(verb):
        return True
    asked = [x for x in countries_in([o for o in verb.children if o.dep_ == "dobj"]) if x not in c.subj]
    if asked:
        c.with_ += asked
        c.rule = RULE
    return True
