"""Members a relative clause lists: 'the C5+1 format, a platform that brings together A, B, C and D'.

Real text describes a standing format or initiative by what it joins rather than by who signed it:
"the 4+1 format, a diplomatic platform that has brought together A, B, C and D since 2019", "a dialogue
launched in 2015 that brings together A, B and C with D", "the Varna Process, which links A and B with C",
"an initiative bringing together A, B and C", "which unites the four countries with E" (a counted
collective is the latest list of that many states).  The clause's verb is a member-list verb
(``agreement.member_list_verbs``), its head an agreement, initiative or format noun
(``agreement.nouns``, ``agreement.initiative_nouns``, ``agreement.format_nouns``); the members are the list
in its object and the partner of its 'with' phrase, never a state deeper inside them ('has offices in A').
One set of all members, existing (a description of standing membership), unless the head is itself the
object of a committing verb ("launched a platform that links A with B": that verb's status).  A modal or
future clause ("could one day link"), a negated or ended one ("no longer brings together"), and any other
head (a conference, a railway, a refinery) give nothing: the pronoun form ("It brings together A, B and C")
is :func:`announced_sets.find_pronoun_members`.  A state the instrument 'took effect for' is a member too
(:mod:`effect_parties`, round 40).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.effect_parties import effect_states
from cmkg.nlp.components.names import agreement_name
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.state_reference import counted_conjuncts
from cmkg.nlp.components.status import agreement_status
from cmkg.nlp.components.syntax import countries_in, governing_verb, has_neg
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["find_member_clauses"]

RULE = "agreement.member_clause"


def _heads() -> frozenset[str]:
    return _w("agreement.nouns", "agreement.initiative_nouns", "agreement.format_nouns") - _w("agreement.bloc_nouns")


def _clause_verb(v: Token) -> Token | None:
    """The relative or participle clause a member-list verb opens (or is coordinated into), else None."""
    top = v
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ not in ("relcl", "acl") or lemma(v) not in _w("agreement.member_list_verbs") or v.pos_ != "VERB":
        return None
    return top


def _subject_instrument(v: Token) -> Token | None:
    """'The Z format, created in 2015, brings together A and B': a member-list verb whose own subject is an
    instrument noun (not a pronoun: that is :func:`announced_sets.find_pronoun_members`)."""
    if lemma(v) not in _w("agreement.member_list_verbs") or v.pos_ != "VERB" or v.dep_ in ("relcl", "acl"):
        return None
    subjects = [c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    # "Background for readers joining us: the C5+1 format brings together A, B and C": the parser makes the lead-in
    # before a colon a second subject; the one instrument noun among the subjects is the verb's
    instruments = [s for s in subjects if lemma(s) in _heads()]
    return instruments[0] if len(instruments) == 1 else None


def _hedged(v: Token) -> bool:
    """A modal, future, negated or ended clause: no standing membership ('could link', 'no longer unites')."""
    aux = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    ended = _w("export_control.ended_markers")
    return has_neg(v) or any(
        (c.dep_ == "aux" and c.lower_ in aux) or c.lower_ in ended or any(g.lower_ in ended for g in c.children)
        for c in v.children
    )


def _instrument(top: Token) -> Token | None:
    """The noun the clause describes; 'a mechanism launched in 2021 that links ...': the parser hangs the
    clause on the date of the participle before it, so a date or number climbs to the noun that participle is on."""
    head = top.head
    for _ in range(3):
        if lemma(head) in _heads() or not (head.like_num or head.ent_type_ in ("DATE", "CARDINAL")):
            break
        while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
            head = head.head
        head = head.head if head.dep_ == "acl" else head
    return head if lemma(head) in _heads() else None


def _series(head: Token) -> bool:
    """'the EU's network of raw materials partnerships, which includes A, B and C': a plural instrument (or a
    network 'of' one) is one owner's series of bilateral deals, whose pairs other rules read, not one set."""
    of = [o for p in head.children if p.lower_ in _w("syntax.of_prepositions") for o in p.children]
    return any(x.tag_ in ("NNS", "NNPS") and lemma(x) in _heads() for x in (head, *of))


def _members(v: Token) -> list[str]:
    """The states the clause's object lists and its 'with' phrase adds, counted collectives resolved
    ('links A and B with C': the parser hangs the 'with' on the verb, the object or its last conjunct)."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "attr")]
    holders = [v] + [x for o in objects for x in (o, *o.conjuncts)]
    partners = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # "links the EU with the CARIFORUM states, including A and B": the named ones among an unnamed set
    # wherever the parser hung it: right after the partner's phrase, set off by a comma or not
    inclusion = _w("agreement.inclusion_prepositions")
    ends = {x.right_edge.i + k for x in partners for k in (1, 2)}
    included = [p for p in v.sent if p.dep_ == "prep" and p.lower_ in inclusion and (p.i in ends or p.head in partners)]
    partners += [o for p in included for o in p.children if o.dep_ == "pobj"]
    found = countries_in(objects) + countries_in(partners) + counted_conjuncts(objects + partners)
    return list(dict.fromkeys(found))


def _status(head: Token, ctx: Context, sent: Span) -> str:
    """Existing, unless the instrument is the object of a committing verb, whose status it takes."""
    base = head.head if head.dep_ == "appos" else head
    verb = governing_verb(base.head) if base.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and lemma(verb) in making_words():
        return agreement_status(base, verb, ctx, sent) or STATUS.existing
    return STATUS.existing


def find_member_clauses(sent: Span, ctx: Context) -> list[AgreementFact]:
    """One existing set per instrument whose relative clause lists its members."""
    out: list[AgreementFact] = []
    for v in sent:
        top = _clause_verb(v)
        head = _instrument(top) if top is not None else _subject_instrument(v)
        if head is None or _series(head) or _hedged(v) or (top is not None and _hedged(top)):
            continue
        members = _members(v)
        if top is not None:  # "Z, which groups A and B, took effect for C": C joins the members
            members += [x for x in effect_states(head) if x not in members]
        if len(members) < 2:
            continue
        name = agreement_name(head) if lemma(head) in _w("agreement.nouns", "agreement.initiative_nouns") else None
        type_ = rules().table("agreement.type_by_noun").get(lemma(head), "initiative")
        status = _status(head, ctx, sent)
        out.append(AgreementFact(head, members, status, name, type_, [], [], None, rules().rule(RULE), 0.6))
    return out
