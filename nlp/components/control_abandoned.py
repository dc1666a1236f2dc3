"""Measures only floated, then abandoned, or held back from: no control.

"Indonesia's ministers have floated, then shelved, a ban on tin ingots": an indefinite measure ('a ban', no owner)
taken by a dropping verb (``export_control.dropping_verbs``) was only proposed; 'scrapped its ban' ends a measure in
place and is read as lifted elsewhere.  "Harare has so far stopped short of any restriction on platinum": the object
of a phrasal verb of holding back (``export_control.avoid_phrases``: the verb and the particle that makes it so) is
a measure not taken.  Read by ``control_denial``; over syntax and word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["held_back", "shelved_measure"]


def shelved_measure(t: Token) -> bool:
    """An indefinite measure ('a ban', no owner) taken by a dropping verb that a verb of proposing shares it with
    ('floated, then shelved, a ban', however the parser hangs the noun): the measure was only proposed.  'scrapped
    a ban in force since 2019' ends a measure in place (lifted elsewhere)."""
    holder = t.head if t.dep_ == "compound" else t
    articles = _w("agreement.new_instance_determiners")
    if holder.dep_ not in ("dobj", "dep") or not any(c.dep_ == "det" and c.lower_ in articles for c in holder.children):
        return False
    verbs = [x for x in holder.sent if x.pos_ == "VERB" and x.i < holder.i]
    nearest = verbs[-1] if verbs else None
    if nearest is None or _lemma(nearest) not in _w("export_control.dropping_verbs"):
        return False
    if any(o.dep_ == "dobj" and o.i != holder.i for o in nearest.children):
        return False
    # the proposing verb joined to the dropping one before it ('floated, then shelved'), however the parser links them
    joined = [x for x in (nearest.head, *nearest.children, *nearest.conjuncts) if x.pos_ == "VERB" and x.i < nearest.i]
    return any(_lemma(x) in _w("status.planned") for x in joined)


def held_back(t: Token) -> bool:
    """'stopped short of any restriction on X', 'held off on a ban', 'steered clear of quotas': the measure is the
    object of the preposition right after the particle of a phrasal verb of holding back
    (``export_control.avoid_phrases``: the verb, its particle and that preposition); 'held off rivals with a ban'
    or 'steered clear of X after its ban' keep the measure."""
    holder = t.head if t.dep_ == "compound" else t
    if holder.dep_ != "pobj" or holder.head.i < 2:
        return False
    prep = holder.head
    doc = prep.doc
    particle = doc[prep.i - 1]
    verb = next((x for x in reversed(doc[prep.sent.start : particle.i]) if x.pos_ in ("VERB", "AUX")), None)
    phrase = rules().table("export_control.avoid_phrases").get(_lemma(verb)) if verb is not None else None
    return phrase is not None and phrase.split() == [particle.lower_, prep.lower_] and verb.i >= particle.i - 3
