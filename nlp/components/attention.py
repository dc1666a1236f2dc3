"""States that only watch an instrument or its talks: 'C is following with interest the negotiations
between A and B' makes C no side of them.

Official pages report their government's attention to other states' dealings in the same clause that names
those dealings: 'Argentina is following with interest the negotiations between Chile and the European Union
under their Advanced Framework Agreement', 'Oslo is closely watching the talks between A and B on a lithium
deal', 'The ministry monitors the partnership between A and B'.  The subject of such an attention verb is the
candidate's subject (and so a party) under the general rules; here it is an onlooker, whatever instrument
or talks the verb's object names, when its own subject names a state ('It follows a similar memorandum with
A' is a sequence).  A phrasal 'follow up (on)' carries the agreement out rather than watches
it and keeps its subject; so does 'follow' with a gerund ('followed Peru in signing'), whose signing verb
governs the instrument anyway.  Page frame: none needed; the clause alone decides.
Word list: ``agreement.attention_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import subject_tokens, verb_chain
from cmkg.nlp.components.syntax_states import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["attention_onlookers"]


def _attending(v: Token) -> bool:
    """'C follows', 'C is watching', 'C monitors' without a particle ('follow up on the deal' implements it).
    The subject must name a state: 'It follows a similar memorandum with A' is a sequence, not attention."""
    if lemma(v) not in _w("agreement.attention_verbs") or any(x.dep_ == "prt" for x in v.children):
        return False
    return bool(countries_in(subject_tokens(v)))


def _watched(t: Token, v: Token) -> bool:
    """The instrument sits in the attention verb's object, not in a clause of its own below it."""
    x = t
    while x.i != v.i and x.head.i != x.i:
        if x.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "pcomp") and x.pos_ in ("VERB", "AUX"):
            return False
        x = x.head
    return x.i == v.i


def attention_onlookers(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Drop the subject of an attention verb whose object holds the instrument: an onlooker, no party."""
    if c.v is None or not c.subj:
        return True
    if any(_attending(x) and _watched(c.t, x) for x in verb_chain(c.v)):
        c.subj = []
    return True
