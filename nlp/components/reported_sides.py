"""An instrument with no side of its own, reported by two states together or made where a visitor goes, is theirs.

"Peru and Japan said a lithium agreement could be signed next year", "Officials in both capitals said a
memorandum could follow", "The two governments said a framework was close": the instrument's own clause names
no maker and no partner, and the clause that reports it has two or more states for its subject.  The party rules
left the instrument with no side and it was dropped.  Only a subject that names its states itself (two or more
state names in its phrase, or a pair or counted collective, ``agreement.pair_words`` or a number, standing for
the states the sentence before made its subject) counts; a bare 'Officials said' is no evidence of two sides, and
a named initiative others report on is not theirs alone.  Nor are the reporters the sides when the instrument has a
partner phrase of its own (``agreement.party_prepositions``: 'an agreement with the Gulf states'), when they are
described as onlookers ('which mediated the talks'), or when the instrument's clause names another state.

"The Tajik delegation and the American side discussed cooperation, although no document was signed and talks on
a memorandum are continuing": talks with no side of their own, in a sentence whose one negotiating verb
(``status.negotiating``) has two or more states for its subject, are those states' talks; not when the talks'
own clause names a state.

"Yoon travels to Uzbekistan on Thursday, where a similar agreement could be signed": an instrument made in a
'where' clause (``export_control.place_relatives``) on the state someone goes 'to' (``venue.destination_
prepositions``) is that state's and the traveller's, when its own clause gives at most one side.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, pp_chain_preps, resolve_subject
from cmkg.nlp.components.quoted_speaker import speech_verb
from cmkg.nlp.components.syntax import (
    countries_in,
    country_of_token,
    governing_verb,
    has_neg,
    subject_tokens,
    verb_chain,
)
from cmkg.nlp.rules import words as _w

__all__ = ["DISCUSSING_RULE", "DESTINATION_RULE", "RULE", "destination_sides", "discussing_sides", "reported_sides"]

RULE = "agreement.reported_sides"
DESTINATION_RULE = "agreement.destination_sides"
DISCUSSING_RULE = "agreement.discussing_sides"


def reported_sides(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Give a sideless, unnamed instrument the states of the subject that reports it, when there are two or more."""
    if c.subj or c.with_ or c.v is None or c.name or c.company or _partner_phrase(c):
        return True
    speech = next((v for v in verb_chain(c.v)[1:] if speech_verb(v)), None)
    if speech is None:
        return True
    speakers = subject_tokens(speech)
    if any(x.dep_ in ("relcl", "appos", "acl") for s in speakers for x in s.subtree):
        return True  # "Qatar and the United States, which mediated the talks, said": onlookers, not the sides
    words = [x for s in speakers for x in s.subtree]
    spoken = {x.i for x in words}
    own = [x for x in c.v.subtree if x.i not in spoken]
    if set(countries_in(own)) - set(countries_in(words)):
        return True  # "said a peace agreement would unlock investment in Congo": the clause names another state
    named = len(set(countries_in(words))) >= 2
    if not named and not any(x.lower_ in _w("agreement.pair_words") or x.dep_ == "nummod" for x in words):
        return True
    codes, company = resolve_subject(speech, ctx)
    # 'Officials in both capitals': only the pair the sentence before made its subject, not one guessed further back
    settled = named or set(codes) == set(ctx.last_subjects)
    if not company and len(set(codes)) >= 2 and settled:
        c.subj = list(dict.fromkeys(codes))
        c.rule = RULE
    return True


def destination_sides(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Give an instrument made 'where' a traveller goes the destination and the traveller's state."""
    if len(c.parties) >= 2 or c.v is None or c.name or c.company:
        return True
    where = _w("export_control.place_relatives")
    rel = next((v for v in verb_chain(c.v) if v.dep_ == "relcl" and any(x.lower_ in where for x in v.children)), None)
    if rel is None or rel.head.dep_ != "pobj" or rel.head.head.head.pos_ != "VERB":
        return True
    mover, to = rel.head.head.head, _w("venue.destination_prepositions")
    goals = [o for p in mover.children if p.dep_ == "prep" and p.lower_ in to for o in p.children if o.dep_ == "pobj"]
    # "travels to Uzbekistan on Thursday, where ...": the parser may hang the clause on the date after the place
    if not goals or (rel.head not in goals and rel.head.ent_type_ not in ("DATE", "TIME")):
        return True
    place = country_of_token(goals[-1])
    travellers = [x for x in resolve_subject(mover, ctx)[0] if x != place]
    if place is None or not travellers or any(x not in (place, travellers[0]) for x in c.parties):
        return True
    c.subj, c.with_ = [travellers[0]], [place]
    c.rule = DESTINATION_RULE
    return True


def _partner_phrase(c: Candidate) -> bool:
    """The instrument has a partner phrase of its own, read or not ('an agreement with the Gulf states')."""
    return any(p.lower_ in _w("agreement.party_prepositions") for p in pp_chain_preps(c.t))


def discussing_sides(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Give sideless talks (or an instrument they are about) the states that discuss in the sentence's other clause."""
    if c.subj or c.with_ or c.v is None or c.name or c.company or _partner_phrase(c):
        return True
    talks = _w("status.talks_nouns")
    noun = next((x for x in (c.t, *c.t.ancestors) if x.lower_ in talks), None)  # 'talks on a memorandum'
    own = governing_verb(noun.head) if noun is not None and noun.head != noun else None
    if noun is None or own is None or countries_in(list(own.subtree)):
        return True
    verbs = [v for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in _w("status.negotiating") and not has_neg(v)]
    verbs = [v for v in verbs if v not in (noun, own) and not own.is_ancestor(v)]  # another clause's
    if len(verbs) != 1:
        return True
    codes, company = resolve_subject(verbs[0], ctx)
    named = countries_in(x for s in subject_tokens(verbs[0]) for x in s.subtree)
    if not company and len(set(codes)) >= 2 and set(codes) <= set(named):
        c.subj = list(dict.fromkeys(codes))
        c.rule = DISCUSSING_RULE
    return True
