"""States an instrument took effect for: each is a party.

Reference pages and treaty trackers tell a state's membership by the date an instrument began to apply to it:
'The Regional Comprehensive Economic Partnership took effect for Indonesia in January 2023', 'the agreement
entered into force for Peru in 2024'.  The state of the 'for' phrase on the effect phrase whose subject is the
instrument is one of its sides, beside any members its own clause names.  A 'for' phrase on another verb ('signed
a deal for Peru's copper') is a purpose, not a party.
Word lists: ``export_control.effect_phrases``, ``agreement.effect_beneficiary_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS
from cmkg.nlp.components.syntax_states import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["effect_parties", "effect_states"]

_NAME_DEPTH = 2  # phrases inside an instrument's name ("X Declaration on Y Accord")


def effect_states(t: Token) -> list[str]:
    """The states of the 'for' phrase on the effect phrase whose subject is the instrument ``t``."""
    # the instrument's verb, or a participle the parser hangs on it ('The X Accord, which links A and B, entered
    # into force for C' read with 'entered' as a clause on the name)
    for _ in range(_NAME_DEPTH):  # "The Lusaka Declaration on Battery Metals Accord": the name's head word
        if t.dep_ != "pobj" or t.pos_ != "PROPN" or t.head.head.pos_ != "PROPN":
            break
        t = t.head.head
    verbs = ([t.head] if t.dep_ in SUBJECT_DEPS else []) + [c for c in t.children if c.dep_ == "acl"]
    v = next((x for x in verbs if _effect_phrase(x)), None)
    if v is None:
        return []
    preps = _w("agreement.effect_beneficiary_prepositions")
    # the 'for' phrase on the verb (read as a dative) or on the phrase's own noun ('entered into force for Peru')
    holders = [v, *(o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    phrases = [p for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in preps]
    # the object itself and its conjuncts ('for Kenya, Uganda and Rwanda'), not a state deeper in the phrase
    # ('for companies listed in Singapore', 'for manganese sold to China')
    objects = [x for p in phrases for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
    return countries_in(x for x in objects if x.ent_type_ == "GPE")


def _effect_phrase(v: Token) -> bool:
    """'took effect', 'entered into', 'came into': the verb and its object or preposition make an effect phrase."""
    words = {f"{lemma(v)} {x.lower_}" for x in v.children if x.dep_ in ("dobj", "prep", "acomp")}
    return bool(words & _w("export_control.effect_phrases"))


def effect_parties(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Add the states the instrument took effect for to its sides; never drops the candidate."""
    c.with_ += [x for x in effect_states(c.t) if x not in c.parties]
    return True
