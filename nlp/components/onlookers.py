"""Onlookers of an instrument: who only witnessed, hosted or hailed a deal that others made.

"A and B signed an MOU. The President of C and the Prime Minister of D welcomed the deal": 'the deal' points
back to the A-B memorandum the story already told, so C and D, who only react to it, are no pair of their own
(:func:`onlookers_of_told_deal`; before round 12 an office without its holder was no state, so only bare state
names fell into this; now 'the President of C' does too).  "C and D witnessed the signing of an MOU between A
and B": the parser may hang 'between' on the event noun ('signing') rather than on the instrument; it still
names the instrument's pair (:func:`event_parties`), which :func:`company_deals.between_members_only` then
keeps over the witnesses.  Words: ``agreement.witness_verbs``, ``agreement.mutual_prepositions``,
``agreement.definite_determiners``, ``status.signing_event_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.dep_labels import SUBJECT_DEPS
from cmkg.nlp.components.parties import Context, lemma, with_parties
from cmkg.nlp.components.root_participles import within_name
from cmkg.nlp.components.status import is_membership
from cmkg.nlp.components.syntax import countries_in, nearest_conjunct, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = [
    "event_parties",
    "lone_onlooker_of_told_deal",
    "onlookers_of_told_deal",
    "statement_parties",
    "told_by_agents",
]

OWN_WORD_DEPS = ("poss", "nummod", "relcl", "acl", "appos")  # 'their deal', 'the deal (that) C signed'


def _signing_event(t: Token) -> Token | None:
    """The event noun ('the signing', 'the conclusion') whose 'of' phrase holds the instrument ``t``."""
    of = t.head if t.dep_ == "pobj" else None
    if of is None or of.dep_ != "prep" or of.lower_ not in _w("syntax.of_prepositions"):
        return None
    return of.head if lemma(of.head) in _w("status.signing_event_nouns") else None


def event_parties(t: Token, ctx: Context) -> list[str]:
    """'the signing of an MOU between A and B' parsed with 'between' on 'signing' (or on a topic of the signing:
    'the signing of an MOU on cobalt between A and B'): the instrument's pair."""
    event = _signing_event(t)
    if event is None:
        return []
    own = {x.i for x in t.subtree}  # a phrase inside the instrument's own words is already its own
    mutual = any(
        p.dep_ == "prep" and p.lower_ in _w("agreement.mutual_prepositions") and p.i not in own for p in event.subtree
    )
    if mutual:
        return with_parties(event, ctx)
    # "the signing of the Treaty establishing the Facility by A, B, C and D": the signers, wherever the 'by' hangs
    agents = [p for p in event.subtree if p.lower_ in _w("agreement.event_agent_prepositions")]
    signers = [countries_in([o, *o.conjuncts]) for p in agents for o in p.children if o.dep_ == "pobj"]
    return next((codes for codes in signers if len(set(codes)) >= 2), [])


def statement_parties(t: Token) -> list[str]:
    """'after the joint statement of Indonesia and the United States on the framework of an Agreement on
    Reciprocal Trade': an instrument that is the topic of a joint text (``agreement.joint_text_nouns``), itself
    or through the noun whose 'of' phrase holds it, is between the states the text is of, by or between (two at
    least, coordinated)."""
    if any(y.ent_type_ in ("GPE", "LOC") for y in t.subtree if y.i < t.i):
        return []  # 'on the Paris Agreement': a treaty named after a place is no pair's own
    x = t.head.head if t.dep_ == "pobj" and t.head.lower_ in _w("syntax.of_prepositions") else t
    if x.dep_ != "pobj" or x.head.lower_ not in _w("agreement.topic_prepositions"):
        return []
    text = x.head.head
    if text.pos_ not in ("NOUN", "PROPN") or lemma(text) not in _w("agreement.joint_text_nouns"):
        return []
    sides = _w("agreement.document_author_prepositions")
    for p in (p for p in text.children if p.dep_ in ("prep", "agent") and p.lower_ in sides):
        for o in (o for o in p.children if o.dep_ == "pobj" and o.conjuncts):
            codes = list(dict.fromkeys(countries_in([o, *o.conjuncts])))
            if len(codes) >= 2:
                return codes
    return []


def _told_before(t: Token, inner: Token | None = None) -> bool:
    """A definite noun with no words of its own that name it ('the deal', 'the signing of the memorandum'):
    a reference back to one the story has told (``inner``: the 'of' phrase that holds the instrument)."""
    children = [x for x in t.children if inner is None or x.i != inner.i]
    own = [x for x in children if x.dep_ in OWN_WORD_DEPS or x.ent_type_ == "DATE" or x.like_num]  # 'the 2019 pact'
    # a party phrase of its own ('the deal with C'); a topic or a misattached 'in a joint statement' is no name
    own += [x for x in children if x.dep_ == "prep" and x.lower_ in _w("agreement.party_prepositions")]
    definite = any(x.dep_ == "det" and x.lower_ in _w("agreement.definite_determiners") for x in t.children)
    return definite and not own


def onlookers_of_told_deal(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'A and B signed an MOU. C and D welcomed the deal': a witness verb's subject reacting to an instrument the
    story told before (an earlier fact paired other states) is no party; the same pair again keeps it, and so does
    a deal named by its own words ('the 2019 copper pact', 'their memorandum')."""
    event = _signing_event(c.t)
    mutual = event is not None and any(p.lower_ in _w("agreement.mutual_prepositions") for p in event.subtree)
    if mutual and len(c.with_) >= 2:  # "looked on at the signing of X between A and B": whoever looks on
        c.subj = [x for x in c.subj if x in c.with_]
        return True
    if c.v is None or c.with_ or c.mods or c.name or len(c.subj) < 2 or not ctx.partners:
        return True
    # "C and D called the deal a milestone": a verb that judges its object reacts to it as well
    judging = any(x.dep_ == "oprd" for x in c.v.children) and c.t.head.i == c.v.i
    if not judging and not any(lemma(x) in _w("agreement.witness_verbs") for x in verb_chain(c.v)):
        return True
    if not _told_before(c.t) or (event is not None and not _told_before(event, c.t.head)):
        return True
    if not all(o in ctx.partners.get(s, []) for s in c.subj for o in c.subj if o != s):
        c.subj = []
    return True


def lone_onlooker_of_told_deal(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'A and the United States agreed a framework ... Beijing has not commented on the framework': one state that
    only reacts to an instrument the story told before ('the framework', no words of its own) through a verb of
    comment or judgement (``agreement.onlooker_clause_verbs``) is no party, and the story's hub is not its
    partner; a state the story already paired ('Argentina welcomed the framework') keeps its reading."""
    if c.v is None or c.with_ or c.mods or c.name or len(c.subj) != 1 or not ctx.partners:
        return True
    if c.subj[0] in ctx.partners or not _told_before(c.t):
        return True
    return not any(lemma(x) in _w("agreement.onlooker_clause_verbs") for x in verb_chain(c.v))


def told_by_agents(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The Participants reaffirm the Agreement signed in 2023 by the Governments of A, B and C', 'It builds on the
    partnership concluded between A and B': the instrument's own participle names its makers, and the subject that
    reaffirms, recalls, welcomes or builds on it only refers to it."""
    making = _w("status.signed", "status.announced", "status.negotiating")
    # the verb that refers to the instrument (the governing verb may be the participle itself): its object, or the
    # object of its preposition ('builds on the partnership')
    ref = c.t.head if c.t.dep_ == "dobj" else c.t.head.head if c.t.dep_ == "pobj" else c.t
    if ref.i == c.t.i or ref.pos_ != "VERB" or lemma(ref) in making or is_membership(ref):
        return True  # "Oman has acceded to the framework adopted by A, B and C": the joiner is a member too
    participles = [x for x in c.t.subtree if x.dep_ == "acl" and lemma(x) in making and within_name(x.head, c.t)]
    participles = [x for x in participles if x.head.i != c.t.i or nearest_conjunct(x) == c.t.i]  # not a conjunct's
    # the participle right after the instrument's phrase that the parser hangs on the verb
    participles += [x for x in ref.children if x.dep_ == "advcl" and lemma(x) in making and x.i == c.t.right_edge.i + 1]
    # ... and "builds on the partnership concluded between A and the EU in 2022": the participle's own pair
    mutual = _w("agreement.mutual_prepositions")
    agents = [
        a for p in participles for a in p.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in mutual)
    ]
    # "by the Governments of A, the Democratic Republic of the Congo and C": every state the phrase names
    listed = [x for a in agents for x in [*(y for y in a.subtree if _listed_under(y, a)), *_series_after(a)]]
    named = [x.ent_kb_id_ for x in listed if x.ent_type_ == "GPE"]
    makers = [x for x in dict.fromkeys(named) if x]
    if len(makers) >= 2:
        c.subj, c.with_ = makers, [x for x in c.with_ if x not in makers]
    return True


def _series_after(agent: Token) -> list[Token]:
    """The words of the series right after 'by' ('by the United States, the Democratic Republic of the Congo and
    Zambia'), read off the words where the parser breaks the coordination: states, their articles, commas, 'and'
    and the government words of 'the Governments of A, B and C'."""
    glue = _w("persons.list_joiners", "officials.definite_article", "syntax.government_heads", "syntax.of_prepositions")
    out: list[Token] = []
    for x in agent.doc[agent.i + 1 : agent.sent.end]:
        if not (x.ent_type_ == "GPE" or x.lower_ in glue) or x.dep_ in SUBJECT_DEPS:
            break  # '... signed by Zambia and the DRC, Angola said': the next clause's subject ends the series
        out.append(x)
    return out


def _listed_under(x: Token, agent: Token) -> bool:
    """``x`` belongs to the series the agent phrase names: up to 'by' only through coordination, appositions and
    'of' phrases ('by the Governments of A, the Republic of B and C'), not a place or another phrase ('by the
    heads of state of A and B in Busan and the outcomes of talks held in Kuala Lumpur')."""
    joins = ("pobj", "conj", "appos", "compound", "det", "cc", "punct", "prep")
    while x.i != agent.i:
        if x.dep_ not in joins or x.head.i == x.i:
            return False
        if x.dep_ == "prep" and x.lower_ not in _w("syntax.of_prepositions"):
            return False  # 'in Busan', 'held in Kuala Lumpur': another phrase
        x = x.head
    return True
