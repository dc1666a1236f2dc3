"""The states an instrument binds: 'The memorandum commits the three governments to ...'.

News and official prose often name an instrument's parties only as the object of a verb the
instrument itself governs: "A memorandum signed on Tuesday commits the three governments to
support ...", "The accord binds Ghana and Peru to share data", "The framework obliges both
countries to ...".  The instrument is the clause's subject, so no subject rule reads a party, and
the object is no 'with' phrase.  The verb (``agreement.binding_verbs``) says that whoever it takes
as object is held by the instrument: those states, or a counted collective ('the three
governments', ``agreement.collective_states``) resolved to the latest list of that many states,
are its parties.  Only two or more states: "The agreement requires Indonesia to remove
restrictions" names one side and leaves the other to the story.  A denied verb binds nobody.
"The plan commits A, B and C to work on ..." is the same: a bare compound head ('plan', 'statement') is an
instrument as such a subject (agreement_triggers._binding_subject).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_reference import referred_states
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["bound_objects", "bound_parties"]


def bound_objects(v: Token) -> list[Token]:
    """The objects of a binding verb: its direct object, or the subject the parser gave the infinitive after it
    ('commits Ghana, Peru and Japan to share': 'Ghana' the subject of 'share')."""
    if lemma(v) not in _w("agreement.binding_verbs") or has_neg(v):
        return []
    objects = [o for o in v.children if o.dep_ == "dobj"]
    infinitives = [x for x in v.children if x.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" for a in x.children)]
    return objects or [s for x in infinitives for s in x.children if s.dep_ == "nsubj"]


def _group_states(o: Token, ctx: Context) -> list[str]:
    """'the three governments', 'both countries': a counted collective's states (the latest list of that many,
    the pair the story gives), else the title's states when the title names exactly that many ('Lusaka, Kinshasa
    and Washington put battery pact on paper'); a collective with no count ('the countries') is no set."""
    if o.lower_ not in _w("agreement.collective_states"):
        return []
    counts = rules().table("production_share.number_words")
    n = next((counts.get(c.lower_) for c in o.children if c.dep_ == "nummod"), None)
    paired = any(c.lower_ in _w("agreement.pair_words") for c in o.children)
    if n is None and not paired:
        return []
    found = referred_states(o, ctx)
    n = 2 if n is None else n
    return found if len(found) == n else list(ctx.title_states) if len(ctx.title_states) == n else []


def bound_parties(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The memorandum commits the three governments to ...': the bound states are the parties."""
    t, v = c.t, c.t.head  # the instrument's own verb, not a signing participle on it ('signed on Tuesday')
    if t.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX") or len(c.parties) >= 2:
        return True
    # "The pact, drafted over two rounds of talks, could require A and B to ...": the parser's root is the participle
    objects = [o for x in (v, *v.conjuncts) if x.i == v.i or not subject_tokens(x) for o in bound_objects(x)]
    states = countries_in(objects)
    states += [x for o in objects for x in _group_states(o, ctx) if x not in states]  # "the three governments"
    states = [x for x in states if x not in c.parties]
    if len(set(states) | set(c.parties)) >= 2:
        c.subj = list(dict.fromkeys(c.subj + states))
        c.company = False  # "The MOU commits A and B": the subject the tagger read as a firm is the instrument
        c.rule = c.rule or "agreement.bound_parties"
    return True
