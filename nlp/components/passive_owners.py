"""The owner of an instrument made in the passive with no agent: the state that does the clause above it.

'Seoul will host the summit, and officials say a minerals dialogue with A, B and C could be launched there': the
instrument's own clause names its partners and no maker ('could be launched'); the state that is the subject of a
clause above it (through reporting, coordinated or complement clauses, to the root) is its other side, when that
state is not among the partners.  One filter of the agreement pipeline (``agreements.FILTERS``), before the
story's sides are weighed (``counterpart.implied_counterpart``).  A state that only looks on ('criticised',
``agreement.onlooker_clause_verbs``, hosting aside: ``venue.host_verbs``) is no such side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.outsiders import outsider_copula
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["PASSIVE_OWNER_RULE", "passive_owner"]

PASSIVE_OWNER_RULE = "agreement.passive_owner"
_CLIMB_DEPS = ("ccomp", "conj", "xcomp", "advcl")  # clauses that hang below the clause that carries them


def passive_owner(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Complete a subjectless passive instrument with partners by the state subject of a clause above it."""
    v = c.v
    if v is None or c.subj or c.mods or not c.with_ or c.t.dep_ != "nsubjpass" or c.t.head.i != v.i:
        return True
    if any(x.dep_ == "agent" for x in v.children):
        return True
    owner = _state_above(v)
    if owner is not None and owner not in c.with_:
        c.subj = [owner]
        c.rule = c.rule or PASSIVE_OWNER_RULE
    return True


def _state_above(v: Token) -> str | None:
    """The one state that is the subject of the nearest clause above ``v`` with a state subject; None when a clause
    on the way has a subject of its own that names another kind of actor by state ('Japan's officials')."""
    x = v
    while x.dep_ in _CLIMB_DEPS and x.head.i != x.i:
        x = x.head
        states = countries_in(subject_tokens(x))
        if outsider_copula(x):
            return None  # 'An accord between A and B was signed in C; C is not a party to it': C stands outside
        if states and _onlooking(x):
            return None  # 'China criticised the talks, and officials said a dialogue with A could be launched'
        if len(states) == 1:
            return states[0]
        if len(states) > 1:
            return None
    return None


def _onlooking(x: Token) -> bool:
    """A clause whose state only looks on ('criticised', 'welcomed'); hosting is no onlooking here, since the
    instrument's 'with' phrase leaves the host as its other side."""
    return lemma(x) in _w("agreement.onlooker_clause_verbs") - _w("venue.host_verbs")
