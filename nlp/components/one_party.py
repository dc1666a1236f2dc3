"""A named instrument with one state found and another side the text names but the rules cannot read.

'a Trade and Economic Partnership Agreement with the EFTA states', 'the Framework with the Mercosur bloc':
the noun's own 'with'/'between' phrase says the instrument has another side, so the one state found is half
of its set, and a one-party record beside the real pair is wrong.  A named instrument with no such phrase
('its National Critical Mineral Mission', 'the MSP launched by the United States') keeps its one party.
Word list: ``agreement.party_prepositions`` (through :func:`pp_chain_preps`).

A named body read off an instrument word that is the active subject of a verb whose object is an instrument
('The Saudi Fund for Development also signed loan agreements with several countries') is a body acting, not an
instrument anyone made: no record of it (``agreement.nouns``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import pp_chain_preps
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["acting_body", "unread_other_side"]

NAMELESS_TYPES = ("DATE", "MINERAL", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")


def _unread(o: Token) -> bool:
    """A side that is no state the rules can read: not a country, a person, a date or goods."""
    return not countries_in([o]) and o.ent_type_ not in NAMELESS_TYPES and o.pos_ in ("NOUN", "PROPN")


def unread_other_side(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Drop a named one-party instrument whose own 'with'/'between' phrase names an unread other side."""
    if not c.name or len(c.parties) != 1 or c.subnational is not None:  # a province signed: its foreign side alone
        return True
    objects = [x for p in pp_chain_preps(c.t) for x in p.children if x.dep_ == "pobj"]
    return not any(_unread(o) for x in objects for o in (x, *x.conjuncts))


def acting_body(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Drop a named one-party 'instrument' that signs or makes instruments itself: a fund, bank or agency acting."""
    if not c.name or len(c.parties) > 1 or c.t.dep_ != "nsubj":
        return True
    made = [o for o in c.t.head.children if o.dep_ == "dobj"]
    return not any(lemma(o) in _w("agreement.nouns") for o in made)
