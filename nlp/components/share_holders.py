"""Who holds a production share when the sentence names a state only through a body or counts several.

'which the US Geological Survey has estimated at around 20%': a state word inside the name of a survey,
agency or institute names the share's source, not its holder.  'The three countries together account for
less than 5%', 'both producers combined mine 70%': a counted or pooled set of states holds the share, no one
of them.  A definite figure noun ('the figure is closer to 5%') restates a share.  Word lists:
``production_share.source_bodies``, ``pooling_words``, ``pooling_determiners``, ``figure_nouns``,
``figure_determiners``; ``syntax.unnamed_state_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import governing_verb, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["names_a_body", "pooled_holders", "restated_figure"]


def names_a_body(x: Token) -> bool:
    """'the [US] Geological Survey', 'the [Australian] Bureau of Statistics': the state word modifies a
    capitalised name whose head is a source body."""
    head = x
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if head.is_title and head.lower_ in _w("production_share.source_bodies"):
            return True
    return False


def pooled_holders(number: Token) -> bool:
    """The number's verb has for subject a counted or pooled set of states ('the three countries together',
    'both nations combined', 'these producers jointly'): no one state's share."""
    v = governing_verb(number)
    if v is None:
        return False
    pooling = _w("production_share.pooling_words")
    states = _w("syntax.unnamed_state_nouns")
    for s in subject_tokens(v):
        pooled = any(c.lower_ in pooling for c in [*s.children, *v.children] if c.dep_ in ("advmod", "amod", "acl"))
        if pooled and s.conjuncts:
            return True  # "Australia, Korea and Japan together account for 5%"
        if s.tag_ != "NNS" or (_lemma(s) not in states and s.lower_ not in states):
            continue
        counted = any(c.dep_ == "nummod" or c.lower_ in _w("production_share.pooling_determiners") for c in s.children)
        if counted or pooled:
            return True
    return False


def restated_figure(number: Token) -> bool:
    """'though analysts say the figure is closer to 5%', 'that estimate is nearer 40%': a rival value for a
    share the sentence has stated, given by a definite figure noun, is no share of its own."""
    v = governing_verb(number)
    if v is None:
        return False
    return any(
        _lemma(s) in _w("production_share.figure_nouns")
        and s.i < number.i
        and any(c.dep_ == "det" and c.lower_ in _w("production_share.figure_determiners") for c in s.children)
        for s in subject_tokens(v)
    )
