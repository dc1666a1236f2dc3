"""Sentences whose states watch, challenge or suffer a measure rather than own it.

'Japan said it was monitoring the curbs' (an observer verb), 'the dispute brought by the EU over the nickel ore
ban' (a reaction noun's clause), 'licensing requirements on rare earths have caused production stoppages at
European plants' (the measure as the subject of a verb of consequence), 'the rare earth controls would be on the
agenda' (the measure as an item before a meeting): the states such a sentence names are
onlookers, challengers or the ones hit, so the owner comes from the measure's own phrase or the story, never
from the sentence's other states.  Split from ``control_owner``.  Word lists: ``export_control.observer_verbs``,
``export_control.reaction_nouns``, ``export_control.consequence_verbs``, ``export_control.agenda_verbs``,
``export_control.agenda_nouns``, ``export_control.forum_nouns``, ``export_control.bargaining_words``,
``persistence_verbs``, ``persistence_adverbs`` (a measure 'not on the table' or 'not going
anywhere' is no agenda item: it stands).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["beyond_negotiation", "concerned_measure", "is_subject_of", "reaction_above", "watched_measure"]


def is_subject_of(t: Token, v: Token) -> bool:
    """Whether ``t`` sits in a subject phrase of ``v``."""
    return any(c.dep_ in SUBJECT_DEPS and t in c.subtree for c in v.children)


def watched_measure(t: Token, v: Token | None) -> bool:
    """Whether the verb ``v`` over the measure ``t`` watches it ('Japan said it was monitoring the curbs'),
    belongs to a reaction to it ('the dispute brought by the EU over the ban'), or tells what the measure did
    to others ('the curbs have caused stoppages at European plants', 'the ban has hit Korean smelters')."""
    if v is None:
        return False
    if _lemma(v) in _w("export_control.observer_verbs") and not is_subject_of(t, v):
        return True
    # "noted with concern that China has required licences": a state the reaction's clause makes the measure
    # verb's subject imposes it; "the dispute brought by the EU over the ban": the clause's doer only challenges
    imposed = t.i == v.i or (t.dep_ == "dobj" and t.head.i == v.i)  # 'has required licences', 'had banned'
    stated = imposed and any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP") and c.ent_kb_id_ for c in v.children)
    if v.dep_ in ("acl", "relcl") and _lemma(v.head) in _w("export_control.reaction_nouns") and not stated:
        return True
    # the active subject only: 'the ban was delayed by Ghana' is done to the measure
    subject = any(c.dep_ == "nsubj" and t in c.subtree for c in v.children)
    # or the agent of a passive one: 'A and B say their makers will be hit by the new indium controls'
    agent = any(c.dep_ == "agent" and t in c.subtree for c in v.children)
    consequence = _lemma(v) in _w("export_control.consequence_verbs")
    # "the ban was 'not on the table'": no meeting takes up a measure whose bargaining is denied
    agenda = _agenda_item(v) and not beyond_negotiation(t, v)
    return (subject and (consequence or agenda)) or (agent and consequence)


def _agenda_item(v: Token) -> bool:
    """'they said the rare earth controls would be on the agenda', 'curbs on X came up in the talks', 'the ban
    topped the summit's agenda': a clause that puts its subject, the measure, before a meeting; the speakers and
    the meeting's sides are not its owners."""
    if _lemma(v) not in _w("export_control.agenda_verbs"):
        return False
    objects = [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objects += [c for c in v.children if c.dep_ == "dobj"]
    return any(_lemma(o) in _w("export_control.forum_nouns", "export_control.agenda_nouns") for o in objects)


def concerned_measure(t: Token) -> bool:
    """'Partners expressed concern that export restrictions, including recent licensing requirements on X, have
    disrupted supply chains', 'voiced fears that export curbs will spread': a bare measure (no article or
    possessor of its own, or only 'any'/'such') as the subject of a clause a reaction noun or an observer verb
    holds is any such measure, worried about, not one a state imposed; nor is a measure listed under it. Holds
    in every page frame: on a government page the worry is the government's, not its measure."""
    x = t.head if t.dep_ == "compound" else t
    if x.dep_ == "pobj" and x.head.lower_ in _w("agreement.inclusion_prepositions"):
        x = x.head.head  # "including recent licensing requirements on X": listed under the worried-about measure
    clause = x.head
    if x.dep_ != "nsubj" or clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
        return False
    holder = clause.head
    worried = (holder.pos_ == "NOUN" and _lemma(holder) in _w("export_control.reaction_nouns")) or (
        holder.pos_ == "VERB" and _lemma(holder) in _w("export_control.observer_verbs")
    )
    generic = _w("export_control.generic_determiners")
    bare = x.tag_ == "NNS" and not any(
        (c.dep_ == "det" and c.lower_ not in generic) or c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP")
        for c in x.children
    )
    return worried and bare


def beyond_negotiation(t: Token, v: Token | None) -> bool:
    """'the ban on X exports was "not on the table"', 'is not negotiable', 'is not up for discussion': the negation
    denies bargaining over the measure, which stands."""
    holder = t.head if t.dep_ == "compound" else t
    if v is None or holder.dep_ not in SUBJECT_DEPS or holder.head.i != v.i:
        return False
    predicates = [c for c in v.children if c.dep_ in ("acomp", "attr")]
    preps = [c for c in v.children if c.dep_ == "prep"]
    preps += [p for c in preps + predicates for p in c.children if p.dep_ == "prep"]  # "up for discussion"
    if not (has_neg(v) or any(c.dep_ == "neg" for p in preps for c in p.children)):  # "not on the table"
        return False
    talks = _w("export_control.bargaining_words")
    predicate = [c for c in predicates if _lemma(c) in talks]
    phrase = [o for p in preps for o in p.children if o.dep_ == "pobj" and _lemma(o) in talks]
    return bool(predicate or phrase) or _departure_denied(v)


def _departure_denied(v: Token) -> bool:
    """'The ban is not going anywhere', 'the quota will not go away': a denied departure is the measure's staying."""
    adverbs = _w("export_control.persistence_adverbs")
    return _lemma(v) in _w("export_control.persistence_verbs") and any(c.lower_ in adverbs for c in v.children)


def reaction_above(t: Token) -> bool:
    """A reaction noun two prepositional steps above the measure ('opposition to the use of export controls')."""
    x = t
    for _ in range(2):
        if x.dep_ != "pobj" or x.head.dep_ != "prep":
            return False
        x = x.head.head
        if _lemma(x) in _w("export_control.reaction_nouns"):
            return True
    return False
