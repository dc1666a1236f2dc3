"""States a sentence names as bystanders of a signing: who facilitated, mediated, brokered or hosted it.

"The talks between Malaysia and Finland were facilitated by Türkiye, and the two governments signed":
'the two governments' are the pair of the talks, not the facilitator.  A state that is the agent of a
witness or mediation verb ('facilitated by C', 'brokered by C') or its subject ('C mediated') plays a
non-party role in that sentence.  Word list: ``agreement.witness_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.dep_labels import MODIFIER_DEPS
from cmkg.nlp.components.party_phrases import state_office
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["bystander_states", "in_venue", "place_name_root", "venue_capital", "venue_prepositions"]


def bystander_states(sent: Span) -> set[str]:
    """The states that act as a witness verb's agent or subject in ``sent``."""
    out: set[str] = set()
    for v in sent:
        if v.pos_ != "VERB" or (v.lemma_ or v.text).lower() not in _w("agreement.witness_verbs"):
            continue
        agents = [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        out.update(countries_in(agents + subjects))
    return out


def venue_prepositions() -> frozenset[str]:
    """Prepositions that say where something happened ('in', 'at'), not where someone went ('to')."""
    return _w("venue.prepositions") - _w("venue.destination_prepositions")


def place_name_root(t: Token) -> Token:
    """The last word of the place name ``t`` belongs to ('Delhi' of 'New Delhi'), never a noun it modifies ('the
    Peru-Italy forum'): the word the venue preposition governs."""
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and t.head.ent_type_ == t.ent_type_:
        t = t.head
    return t


def in_venue(t: Token) -> bool:
    """A place name in a venue phrase ('in New Delhi', 'at Mexico City'), from any word of the name: the place
    where something happened, which stands for no side of it."""
    t = place_name_root(t)
    return t.dep_ == "pobj" and t.head.lower_ in venue_prepositions() and not _paired(t)


def venue_capital(ent: Span) -> bool:
    """'agree the outline of a framework at talks in Kuala Lumpur': a capital in a venue phrase is where the
    others met, so a later 'the two presidents' or 'the two countries' never counts it among the states named."""
    if gazetteer().capital_of(ent.text) is None or not in_venue(ent.root):
        return False
    # "Officials in Jakarta are negotiating with Washington": a state's own people in its capital speak for it,
    # unless their own states are named ('the Chinese and U.S. teams in Kuala Lumpur')
    holder = place_name_root(ent.root).head.head
    own_states = any(c.dep_ in MODIFIER_DEPS and c.ent_type_ in ("GPE", "NORP") for c in holder.children)
    return own_states or not state_office(holder)


def _paired(t: Token) -> bool:
    """'at the Zambia–Egypt business forum': a state joined by a dash to another names a side of the event, not
    where it was held (the parser makes the first state the preposition's object)."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    end = ent.end if ent is not None else t.i + 1
    if end + 1 >= len(t.doc) or t.doc[end].text not in _w("agreement.compound_joiners"):
        return False
    return bool(countries_in([t.doc[end + 1]]))
