"""Parties of a deal named by the phrase that frames a clause: 'Under an MOU signed in March, A will supply B'.

News and releases often name the agreement only as the frame of what it obliges ("Under the
agreement, ...", "As part of the pact, ...", "The deal, under which A will export ... to B,
was signed"): the states that clause names as giver and receiver are the deal's parties.  The
giver is the clause's subject; the receiver its object, its indirect object or its 'to' phrase
("supply B with lithium", "give B access", "export concentrate to B"), or the seller of a 'from'
phrase after a verb of buying ("buy lithium from B").  Only a clause whose
subject is one state and which names no other party is read so: a frame around a clause that
already names both sides, or none, is left to the other rules.  Words:
``agreement.framing_prepositions``, ``agreement.framing_holders``, ``agreement.recipient_prepositions``,
``agreement.source_prepositions``, ``agreement.acquisition_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma, resolve_subject, with_parties
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.components.syntax_states import country_of_token
from cmkg.nlp.rules import words as _w

__all__ = ["FRAMED_COOPERATION_RULE", "framed_cooperation", "framed_exchange", "framing_verb"]

FRAMED_RULE = "agreement.framed_exchange"
FRAMED_COOPERATION_RULE = "agreement.framed_cooperation"
RECIPIENT_DEPS = ("dobj", "dative", "iobj")


def framing_verb(t: Token) -> Token | None:
    """The verb whose clause ``t`` frames: 'Under the deal, A will ...', 'As part of the pact, A will ...',
    'The deal, under which A will ...'."""
    while t.dep_ == "compound" and t.head.i != t.i:  # "Under the Lithium Supply Agreement": its head word
        t = t.head
    prep = t.head if t.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _w("agreement.framing_prepositions") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    holder = prep.head if prep is not None else None  # "part" in "as part of the pact"
    if holder is not None and holder.lower_ in _w("agreement.framing_holders") and holder.dep_ == "pobj":
        outer = holder.head
        if outer.dep_ == "prep" and outer.head.pos_ in ("VERB", "AUX"):
            return outer.head
    for rc in (x for x in t.children if x.dep_ == "relcl"):  # "the deal, under which A will export"
        for p in (x for x in rc.children if x.dep_ == "prep" and x.lower_ in _w("agreement.framing_prepositions")):
            if any(o.lower_ in _w("agreement.relative_pronouns") for o in p.children if o.dep_ == "pobj"):
                return rc
    return None


def _objects_of(holders: list[Token], prepositions: str) -> list[Token]:
    return [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _w(prepositions)
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _recipients(v: Token) -> list[str]:
    objs = [x for x in v.children if x.dep_ in RECIPIENT_DEPS]
    objs += [o for x in objs if x.pos_ == "ADP" for o in x.children if o.dep_ == "pobj"]  # a dative 'to B'
    goods = [x for x in v.children if x.dep_ == "dobj" or x.ent_type_ == "MINERAL"]  # a mineral read as a clause
    objs += _objects_of([v, *goods], "agreement.recipient_prepositions")  # "export potash to Thailand"
    if lemma(v) in _w("agreement.acquisition_verbs"):  # "buy lithium from Chile" ('cut imports from X': no party)
        objs += _objects_of([v, *goods], "agreement.source_prepositions")
    return countries_in(objs)


def framed_exchange(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Under an MOU signed in March, Bolivia will supply India with lithium': Bolivia and India are its parties."""
    if c.with_ or c.mods or len(c.subj) > 1:
        return True
    v = framing_verb(c.t)
    if v is None:
        return True
    giver = c.subj or resolve_subject(v, ctx)[0]
    receivers = [x for x in _recipients(v) if x not in giver]
    if len(giver) == 1 and receivers:
        c.subj = list(giver)
        c.with_ = receivers
        c.rule = c.rule or FRAMED_RULE
    return True


def framed_cooperation(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'welcomed the cooperation between Mongolia and the European Union under the Partnership and Cooperation
    Agreement': an instrument framing a noun of joint work whose own mutual phrase ('between', 'among') names two
    states or more is theirs, whoever welcomes it.  One owner's cooperation with partners ('A's cooperation with B
    and C under the A-B Partnership') or one state ('cooperation with Chile under the FTA') is left to the other
    rules (``agreement.framing_prepositions``, ``agreement.mutual_prepositions``)."""
    if len(c.parties) >= 2 or c.t.dep_ != "pobj" or c.t.head.lower_ not in _w("agreement.framing_prepositions"):
        return True
    holder = c.t.head.head
    mutual = [p for p in holder.children if p.dep_ == "prep" and p.lower_ in _w("agreement.mutual_prepositions")]
    if holder.pos_ != "NOUN" or not mutual:
        return True  # 'A's cooperation with B and C under the A-B Partnership': one owner's, the name's own pair
    sides = [x for p in mutual for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
    if not all(x.ent_kb_id_ and country_of_token(x) for x in sides):
        return True  # 'the cooperation between EU universities and Chile under the Horizon programme'
    sides = with_parties(holder, ctx)
    if len(sides) >= 2:
        c.with_ += [x for x in sides if x not in c.parties]
        c.company, c.rule = False, c.rule or FRAMED_COOPERATION_RULE
    return True
