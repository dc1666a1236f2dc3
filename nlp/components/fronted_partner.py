"""A partner fronted before the clause: 'With the Republic of Korea we expect to sign a statement of intent'.

Speeches and press conferences put the partner first and the instrument later: "And with the Republic of Korea we
expect to sign a statement of intent on processing investment", "With India, the economic security initiative that
the two Prime Ministers agreed in August covers critical minerals", "With the European Union we already have the
Japan-EU Competitiveness Alliance".  The parser hangs the 'with' phrase on the clause's main verb, above the
signing verb that governs the instrument or on the verb whose subject the instrument is, so the instrument's own
'with' phrases miss it.  A party preposition (``agreement.party_prepositions``, not a mutual one: 'between')
before the subject of a verb of the instrument's chain, whose object is a state itself (not 'with China
restricting exports', not 'with the help of X', not 'with X's support'), names a partner.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.syntax import countries_in, subject_tokens, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["fronted_partners", "met_partners"]


def fronted_partners(t: Token, v: Token | None) -> list[str]:
    """The states of a fronted party phrase on ``v`` or a verb that controls it, before its subject and ``t``."""
    preps = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    out: list[str] = []
    for verb in verb_chain(v) if v is not None else []:
        subjects = subject_tokens(verb)
        start = min([s.left_edge.i for s in subjects], default=verb.i)
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in preps or p.i >= min(start, t.i):
                continue
            objects = [o for o in p.children if o.dep_ == "pobj"]
            objects += [c for o in objects for c in o.conjuncts]
            for o in objects:
                clause = any(c.dep_ in ("acl", "relcl", "poss", "case") for c in o.children)
                out += [x for x in countries_in([o]) if not clause and x not in out]
    return out


def met_partners(v: Token | None) -> list[str]:
    """'In a meeting with Qatar's Prime Minister X, China's minister signed a memorandum': the states a fronted
    meeting, call or talks phrase says the lone signer met, before the subject of a verb of the instrument's
    chain.  A met official without a state of his own ('with Prime Minister X') names none."""
    preps = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    encounters = _w("agreement.meeting_nouns", "agreement.encounter_nouns", "status.talks_nouns")
    out: list[str] = []
    for verb in verb_chain(v) if v is not None else []:
        start = min([s.left_edge.i for s in subject_tokens(verb)], default=verb.i)
        fronted = [p for p in verb.children if p.dep_ == "prep" and p.right_edge.i < start]
        for n in (x for p in fronted for x in p.subtree if x.lemma_.lower() in encounters and x.pos_ == "NOUN"):
            met = [o for w in n.children if w.dep_ == "prep" and w.lower_ in preps for o in w.children]
            met += [c for o in met if o.dep_ == "pobj" for c in o.conjuncts]
            out += [x for x in countries_in([y for o in met for y in o.subtree]) if x not in out]
    return out
