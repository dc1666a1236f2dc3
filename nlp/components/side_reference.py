"""The other side named by its role rather than its name: the host, or an official named by title alone.

"At a forum in Accra, Australia's minister signed a deal with the host government", "At a summit hosted by
Saudi Arabia, France signed an MOU with its host": the host is the state that hosts (the agent of a host verb),
else the state of the sentence's venue.  "Thailand wants ...  On Thursday, its Trade Minister signed",
"France's minister X travelled to Serbia.  There, the minister signed": see :mod:`title_subjects`.
"Sweden and Rwanda signed a US-backed framework": a backer written as a premodifier is no party when two
other states sign.  Word lists: ``agreement.host_words``, ``venue.host_verbs``, ``venue.prepositions``,
``agreement.backer_suffixes``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import pp_chain_preps
from cmkg.nlp.components.syntax import country_of_token
from cmkg.nlp.rules import words as _w

__all__ = ["host_side", "backers_aside"]


def _host_object(c: Candidate) -> bool:
    """A 'with' object that is the host: 'with the host government', 'with its host', 'with their hosts'."""
    heads = [c.t] + ([c.v] if c.v is not None else [])
    for prep in (p for h in heads for p in pp_chain_preps(h)):
        for o in (x for x in prep.children if x.dep_ == "pobj"):
            if lemma(o) in _w("agreement.host_words") or any(
                m.dep_ in ("amod", "compound", "nmod") and lemma(m) in _w("agreement.host_words") for m in o.children
            ):
                return True
    return False


def _host_state(sent: Span, parties: list[str]) -> str | None:
    """The agent of a host verb ('hosted by C'), else the one state the sentence's venue phrases name."""
    for t in sent:
        if lemma(t) in _w("venue.host_verbs"):
            agents = [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            codes = {country_of_token(o) for o in agents} - {None, *parties}
            if len(codes) == 1:
                return codes.pop()
    venues = {
        t.ent_kb_id_
        for t in sent
        if t.dep_ == "pobj" and t.head.lower_ in _w("venue.prepositions") and t.ent_type_ == "GPE" and t.ent_kb_id_
    } - set(parties)
    return venues.pop() if len(venues) == 1 else None


def host_side(c: Candidate, ctx: Context, sent: Span) -> bool:
    """One side found and the other written as 'the host': the hosting state is that side."""
    if len(c.parties) != 1 or not _host_object(c):
        return True
    state = _host_state(sent, c.parties)
    if state is not None:
        c.with_.append(state)
        c.rule = c.rule or "agreement.host_side"
    return True


def _backed_by(c: Candidate) -> set[str]:
    """States written as a backer premodifier: 'a US-backed framework', 'a Chile-brokered deal'."""
    out: set[str] = set()
    for a in (x for x in c.t.children if x.dep_ in ("amod", "compound")):
        prefix, dash, suffix = a.text.rpartition("-")
        if (suffix if dash else a.text).lower() not in _w("agreement.backer_suffixes"):
            continue
        code = gazetteer().resolve_country(prefix) if dash and prefix else None
        codes = {code} if code else {country_of_token(x) for x in a.children} - {None}
        out |= codes
    return out


def backers_aside(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Sweden and Rwanda signed a US-backed framework': two signers and a backer; the backer is no party.

    Only an unnamed instrument two states sign: a backer of a named initiative ('the EU-backed platform')
    is read as its leader by the premodifier rule."""
    backers = _backed_by(c) if not c.name else set()
    if not backers or len([x for x in c.parties if x not in backers]) < 2:
        return True
    c.subj = [x for x in c.subj if x not in backers]
    c.with_ = [x for x in c.with_ if x not in backers]
    c.mods = [x for x in c.mods if x not in backers]
    return True
