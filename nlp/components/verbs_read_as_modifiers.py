"""Undo two misreadings of a finite verb as a word inside a noun phrase, before the rule layers read the tree.

1. A verb read as a preposition's object: "A memorandum with Australia on tungsten lapsed in 2022, officials
   said".  The small parser tags the mineral a participle modifying 'lapsed' and makes 'lapsed' the object of
   'on', so the instrument has no verb and its lapse is lost.  A past-tense word that is a preposition's object,
   with a mineral right before it hung on it as a modifier, on a noun that has no verb of its own (a clause
   complement, the root or a loose dependent), is the noun's verb: the mineral is the preposition's object again
   and the noun the verb's subject.
2. A verb read as an adjective: "Critical minerals\\n\\nSweden banned exports of raw nickel in 2019" (after a
   heading the parser reads 'banned' as a modifier of 'exports' that is the root).  A past-tense word hung as an
   adjectival modifier on the root noun right after it, with a subject of its own before it, is the sentence's verb
   and the noun its object.
Over syntax and entity classes only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["restore_modifier_verbs"]

MINERAL = "MINERAL"
PAST_TAGS = frozenset({"VBD", "VBN"})
VERBLESS_SLOTS = frozenset({"ccomp", "ROOT", "dep"})  # where a noun hangs that the parser left without a verb
MODIFIER_DEPS = frozenset({"amod", "compound"})


def restore_modifier_verbs(sent: Span) -> None:
    """Re-hang each finite verb read as a prepositional object or as a modifier (see the module docstring)."""
    for v in sent:
        if v.tag_ not in PAST_TAGS:
            continue
        if _verb_as_object(v):
            _restore_object_verb(v)
        elif _verb_as_modifier(v):
            _restore_modifier_verb(v)


def _verb_as_object(v: Token) -> bool:
    if v.dep_ != "pobj" or v.i == v.sent.start or v.head.dep_ != "prep":
        return False
    mineral, noun = v.doc[v.i - 1], v.head.head
    hung = mineral.head.i == v.i and mineral.dep_ in MODIFIER_DEPS and mineral.ent_type_ == MINERAL
    return hung and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in VERBLESS_SLOTS and noun.i < v.i


def _restore_object_verb(v: Token) -> None:
    mineral, prep = v.doc[v.i - 1], v.head
    noun = prep.head
    mineral.head, mineral.dep_ = prep, "pobj"
    mineral.pos_, mineral.tag_ = "NOUN", "NN"
    v.pos_, v.tag_ = "VERB", "VBD"
    if noun.dep_ == "ROOT":
        v.head, v.dep_ = v, "ROOT"
        for c in [c for c in noun.children if c.i > v.i]:
            c.head = v  # the clause's own trailing words and punctuation
    else:
        v.head, v.dep_ = noun.head, noun.dep_
    noun.head, noun.dep_ = v, "nsubj"


def _verb_as_modifier(v: Token) -> bool:
    noun = v.head
    if v.dep_ != "amod" or noun.dep_ != "ROOT" or noun.i != v.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "nsubj" and c.i < v.i for c in v.children) and not any(c.dep_ == "dobj" for c in noun.children)


def _restore_modifier_verb(v: Token) -> None:
    noun = v.head
    for c in [c for c in noun.children if c.i > noun.i and (c.is_punct or c.dep_ == "prep" and _temporal(c))]:
        c.head = v  # "in 2019", the full stop: the clause's, not the goods'
    v.head, v.dep_ = v, "ROOT"
    v.pos_, v.tag_ = "VERB", "VBD"
    noun.head, noun.dep_ = v, "dobj"


def _temporal(prep: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children)
