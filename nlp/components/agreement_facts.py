"""The facts a kept agreement candidate states: one, or one per partner of a distributed series.

Split from ``agreements`` (which finds and filters candidates) so each module reads in one sitting;
``merge_same_clause`` keeps one fact per agreement noun phrase ('frameworks or memorandums').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact, Candidate
from cmkg.nlp.components.counterpart import is_plural
from cmkg.nlp.components.names import generic_name
from cmkg.nlp.components.party_phrases import (
    distributive_modifier,
    distributive_partners,
    distributive_verb,
    pp_chain_preps,
    split_by_with,
)
from cmkg.nlp.components.premodifiers import own_demonyms
from cmkg.nlp.components.status import date_of
from cmkg.nlp.components.syntax import clause_head, collective_heads, countries_in, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["candidate_facts", "merge_same_clause"]


def _type_of(c: Candidate, sent: Span) -> str:
    type_ = rules().table("agreement.type_by_noun").get(c.lem, "initiative" if c.name else "agreement")
    if c.t.lower_ in _w("agreement.mou_forms"):
        type_ = "mou"
    # "signed frameworks with the US, and describe them as insurance against a breakdown of the truce": a truce
    # another clause mentions does not make these a truce
    own = clause_head(c.t).i
    if any(w.lower_ in _w("agreement.truce_words") and clause_head(w).i == own for w in sent):
        type_ = "truce"
    return type_


def candidate_facts(c: Candidate, sent: Span) -> list[AgreementFact]:
    """One fact, or one per partner when a plural noun distributes over a list."""
    t, v = c.t, c.v
    minerals = sorted({x.ent_kb_id_ for x in t.subtree if x.ent_type_ == "MINERAL"})
    announcers = [
        e.text
        for e in sent.ents
        if e.label_ == "PERSON" and v is not None and (e.root.head == v or e.root.head in verb_chain(v))
    ]
    common = (c.status, minerals, announcers, date_of(v, sent))

    def fact(parties: list[str], name: str | None, rule: str, conf: float) -> AgreementFact:
        status, mins, ann, date = common
        return AgreementFact(t, parties, status, name, _type_of(c, sent), mins, ann, date, rules().rule(rule), conf)

    facts = _main_facts(c, fact)
    # "A signed X with B, as did C" / "A signed Xs with B and D, as did C": C repeats each of them with its partner
    partners = [[x for x in f.parties if x not in c.subj] for f in facts if any(x in c.subj for x in f.parties)]
    extra = [[d, *[x for x in p if x != d]] for d in c.likewise for p in partners if [x for x in p if x != d]]
    return facts + [fact(x, None, facts[0].rule, 0.7) for x in extra if facts]


def _main_facts(c: Candidate, fact) -> list[AgreementFact]:
    """The facts of the clause's own subject: one, or one per partner when a plural noun distributes."""
    t, v = c.t, c.v
    own = [x for x in own_demonyms(t) if x in c.parties]
    if len(own) >= 2:  # "the Congolese and Zambian memorandums (with the EU)": each state's own, with any partner
        partners = [x for x in c.parties if x not in own]
        return [fact([x, *partners], None, "agreement.noun.distributed", 0.7) for x in own] if partners else []
    talks, plural_noun = c.lem in _w("status.talks_nouns"), is_plural(t)
    between = [] if talks else _each_between(t)  # read once: the sides below and the per-partner split both ask
    sides = _each_with(t) if talks or plural_noun else between  # "Agreements with A and with B"
    if not talks and plural_noun and sides and not between:  # "with A (2022) and with B and C (2023)"
        sides = [[x] for x in dict.fromkeys([*(x for side in sides for x in side), *c.with_])]
    rest = [x for x in c.parties if not any(x in side for side in sides)]
    # "talks with B and with C": talks with each of them, one set per phrase; so is "cooperation between A, B
    # and C and between D, B and C"
    if sides and (rest or not talks):
        return [fact([*rest, *side], None, c.rule or "agreement.noun.distributed", 0.75) for side in sides]
    owned = any(x.dep_ == "poss" for x in t.children)  # "Morocco's Comprehensive Economic Partnership Agreements with"
    plural = (
        is_plural(t)
        and (not c.name or generic_name(c.name) or owned)
        or split_by_with(v if v is not None else t, c.name)
    )
    plural = plural and c.lem not in _w("status.talks_nouns")  # "talks with A and with B on a corridor": one set
    plural = plural or (c.lem in _w("status.talks_nouns") and _counterpart_talks(t))
    plural = plural or (c.lem in _w("status.talks_nouns") and len(c.subj) == 1 and _listed_partners(t))
    plural = plural or c.rule == "agreement.included_series"  # 'memoranda include those signed with A and B'
    plural = plural or c.rule == "agreement.antecedent_members"  # 'countries with which X has a deal include A, B'
    plural = plural or distributive_partners(t)  # "a similar instrument with each of the two countries"
    plural = plural or distributive_modifier(t)  # "their respective defence treaties with the United States"
    each = plural or distributive_verb(v)
    if each and len(c.subj) > 1 and len(c.with_) == 1 and not c.mods and c.with_[0] not in c.subj:
        # "The Philippines and Indonesia, which reached tariff deals with Washington": one deal each
        return [fact([one, c.with_[0]], None, "agreement.noun.distributed_subjects", 0.7) for one in c.subj]
    others = [x for x in c.parties if x not in c.subj]
    named = bool(c.name) and not generic_name(c.name)  # 'Memoranda of Understanding' names no one instrument
    if plural and not (c.subj or c.mods or c.rule or named) and len(c.with_) > 1:
        # "The Ministry signed memoranda with A, B and C", the owner unknown: each partner's own deal, never
        # one agreement of the partners
        return []
    if plural and not c.subj and len(c.mods) == 1 and len(c.with_) > 1:  # "Morocco's CEPAs with A and B"
        return [fact([c.mods[0], o], None, c.rule or "agreement.noun.distributed", 0.75) for o in c.with_]
    if plural and len(c.subj) == 1 and len(others) > 1:
        # "reached deals with Japan, Australia and Thailand": one bilateral deal per partner
        # the construction that found the series keeps its name ("the EU's partnerships, which include ...")
        return [fact([c.subj[0], o], None, c.rule or "agreement.noun.distributed", 0.75) for o in others]
    rule = c.rule or ("agreement.named" if c.name else "agreement.noun")
    return [fact(c.parties, c.name, rule, 0.8 if len(c.parties) > 1 else 0.6)]


def _each_with(t: Token) -> list[list[str]]:
    """'talks with B and with C on lithium': a partner phrase repeated with its own preposition gives talks with
    each; talks on a joint topic ('with B and with C on a regional corridor', ``agreement.joint_scope_modifiers``)
    stay one set, as do 'talks with B and C'.  The repeated phrase is read off the token sequence, since the
    parser hangs the second preposition on the first, on the talks or on the verb."""
    if _joint_topic(t):
        return []
    first = next((p for p in t.children if p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")), None)
    sides: list[list[str]] = []
    p = first
    while p is not None:
        objects = [o for o in p.children if o.dep_ == "pobj"]
        sides.append(countries_in(objects))
        end = max((x.i for o in objects for x in o.subtree), default=p.i) + 1
        doc = t.doc
        joined = end + 1 < t.sent.end and doc[end].dep_ == "cc" and doc[end + 1].lower_ == first.lower_
        p = doc[end + 1] if joined else None
    nested = [x for x in first.subtree if x.dep_ == "conj" and x.lower_ == first.lower_] if first is not None else []
    if len(sides) < 2 and nested:  # "with A, signed in 2017, and with B": the parser's conjunct preposition
        sides = [countries_in([o for o in q.children if o.dep_ == "pobj"]) for q in (first, *nested)]
    return sides if len(sides) >= 2 and all(sides) else []


def _each_between(t: Token) -> list[list[str]]:
    """'the cooperation between A, B and C and between D, B and C': a mutual phrase (``agreement.mutual_prepositions``)
    repeated with its own preposition, each naming two or more states, gives one set per phrase."""
    first = next((p for p in t.children if p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")), None)
    if first is None or first.lower_ not in _w("agreement.mutual_prepositions"):
        return []
    # the parser may hang the repeated preposition as a conjunct inside the first phrase's list
    nested = [x for x in first.subtree if x.dep_ == "conj" and x.lower_ == first.lower_]
    nested += [p for p in t.children if p.dep_ == "prep" and p.lower_ == first.lower_ and p.i > first.i]
    phrases = [[o for o in p.children if o.dep_ == "pobj"] for p in (first, *nested)]
    sides = [countries_in(objects) for objects in phrases] if nested else _each_with(t)
    return sides if all(len(set(side)) >= 2 for side in sides) else []


def _joint_topic(t: Token) -> bool:
    """'talks ... on a regional corridor', 'on a joint fund' (``agreement.joint_scope_modifiers``): one instrument of
    all the partners is the topic, so the talks are one set however their partners are listed."""
    owners = (t, t.head, t.head.head)  # the topic may hang on the talks, their verb or the verb over 'in talks'
    topics = [o for h in owners for p in h.children if p.lower_ in _w("status.talks_prepositions") for o in p.children]
    return any(a.lower_ in _w("agreement.joint_scope_modifiers") for o in topics for a in o.subtree)


def _counterpart_talks(t: Token) -> bool:
    """'in discussions with counterparts in Chile and in Brazil', 'talks with their counterparts from A and B': the
    talks' partner is a collective head standing for several states' own officials, so the talks are held with
    each of them, one set per state (talks 'with A and with B on a regional corridor' stay one set)."""
    objs = [o for p in pp_chain_preps(t) for o in p.children if o.dep_ == "pobj"]
    return not _joint_topic(t) and any(o.lower_ in collective_heads() and len(countries_in([o])) > 1 for o in objs)


def _listed_partners(t: Token) -> bool:
    """'India has been in talks with Argentina and Chile on lithium blocks', 'Ukraine was in talks with Japan and
    Canada on similar documents': one state's talks with a list of partners in one 'with' phrase are talks with
    each (the gold of news6, official17 and news18 lists one pair per partner); talks named joint by their own
    modifier ('trilateral talks') or by a joint topic ('on a regional corridor') stay one set."""
    if _joint_topic(t) or any(a.lower_ in _w("agreement.joint_scope_modifiers") for a in t.children):
        return False
    phrases = [p for p in t.children if p.dep_ == "prep" and p.lower_ in _w("agreement.with_prepositions")]
    return any(len(countries_in([o])) >= 2 for p in phrases for o in p.children if o.dep_ == "pobj")


def merge_same_clause(facts: list[AgreementFact]) -> list[AgreementFact]:
    """One fact per agreement noun phrase: 'frameworks or memorandums' is one mention."""
    out: list[AgreementFact] = []
    for f in facts:
        if (owner := _listed_under(f, facts)) is not None:
            owner.name = owner.name or f.name
            continue
        twin = next(
            (
                o
                for o in out
                if set(o.parties) == set(f.parties)
                and (o.trigger.head == f.trigger or f.trigger.head == o.trigger or f.trigger in o.trigger.conjuncts)
            ),
            None,
        )
        if twin is None:
            out.append(f)
    return out


def _listed_under(f: AgreementFact, facts: list[AgreementFact]) -> AgreementFact | None:
    """ "Kenya's partnerships, including the X Partnership with the United States": the named item of a list
    that another fact of the clause already gives with its owner ('Kenya') is that fact, not one of its own
    with one side only."""
    if len(set(f.parties)) != 1:
        return None
    return next(
        (
            o
            for o in facts
            if o is not f
            and o.trigger is not f.trigger
            and set(f.parties) < set(o.parties)
            and f.trigger in o.trigger.subtree
        ),
        None,
    )
