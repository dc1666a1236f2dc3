"""Talks on the sector that name no agreement noun: 'talks with Washington on closer cooperation on minerals',
'negotiations with the Republic of Korea were at an advanced stage', 'Talks are under way with X'.

Split from ``membership`` so each module reads in one sitting.  Word lists: ``status.talks_nouns``,
``agreement.talks_topics``, ``agreement.nouns``, ``agreement.mou_forms``, ``agreement.party_prepositions``,
``status.talks_progress_words``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.governed import governed_mention, in_consultation, topic_phrases
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.party_phrases import standing_subject
from cmkg.nlp.components.syntax import countries_in, has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["talks_on_minerals"]


def talks_on_minerals(t: Token) -> bool:
    """'talks with Washington on closer cooperation on minerals': talks whose topic is the sector.

    The topic phrases are :func:`governed.topic_phrases` (the one finder); they must name a mineral
    or a cooperation word, and no agreement noun nor a governed noun the talks make an instrument
    (that noun is the trigger then, once: "talks on an MOU", "talks on a fund to support copper miners").
    """
    if t.lower_ not in _w("status.talks_nouns") and not in_consultation(t):
        return False
    # "Talks" opening a line is no noun; "that talks with X ... were under way" is one the tagger calls a verb
    if t.pos_ not in ("NOUN", "PROPN") and t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    phrases = topic_phrases(t)
    if standing_subject(t, t.head):  # "Negotiations are under way with A on a CEPA": the verb's topic is the talks'
        phrases += [p for p in t.head.children if p.dep_ == "prep" and p.lower_ in _w("agreement.topic_prepositions")]
    topics = [x for p in phrases for x in _phrase(p)]
    topics += [x for x in t.children if x.dep_ in ("compound", "amod")]  # "trade talks", "minerals talks"
    if any(lemma(x) in _w("agreement.nouns") or x.lower_ in _w("agreement.mou_forms") for x in topics):
        return False
    if any(governed_mention(x) for x in topics):
        return False
    if any(x.ent_type_ == "MINERAL" or lemma(x) in _w("agreement.talks_topics") for x in topics):
        return True
    return not phrases and _progressing_with_state(t)


def _phrase(p: Token) -> list[Token]:
    """The topic phrase without the clauses and appositions that describe it ('a venture that would use ...,
    a project that ... would not be affected by the US agreement': that agreement is another one)."""
    if p.dep_ in ("relcl", "acl", "appos"):
        return []
    return [p, *(x for c in p.children for x in _phrase(c))]


def _progressing_with_state(t: Token) -> bool:
    """'negotiations with the Republic of Korea were at an advanced stage', 'discussions with X had begun': talks
    with a named state that a progress phrase describes (``status.talks_progress_words``) are a deal under
    negotiation even when no topic is named; the sentence's subject or publisher is the other side."""
    partners = [o for p in t.children if p.lower_ in _w("agreement.party_prepositions") for o in p.children]
    if not countries_in([x for o in partners for x in (o, *o.conjuncts)]):
        return False
    if t.dep_ not in ("nsubj", "nsubjpass") or has_neg(t.head):
        return False
    own = {x.i for x in t.subtree}
    rest = [x for x in t.head.subtree if x.i not in own]
    progress = _w("status.talks_progress_words")
    return any(lemma(x) in progress or x.lower_ in progress for x in rest)
