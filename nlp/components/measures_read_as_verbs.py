"""Undo a misparse of a plural measure noun after a mineral: "The graphite controls China announced ...".

en_core_web_sm reads "[the] X controls", "X curbs", "X limits" as a clause: the mineral its subject, the
measure noun a present-tense verb, and a following clause its complement ('The rare earth controls China
announced in October are suspended' becomes 'rare earth controls [that] China announced ...'), so no rule finds
a measure on the mineral. When a plural form of an export-control noun (``export_control.trigger_nouns``) is
tagged a verb, has the mineral right before it as its subject, a determiner, possessive or the sentence start
before the mineral, and no object of its own ('Graphite controls the market' keeps its verb), the measure is a
noun again: the mineral modifies it, a clause the parser hung on it as a complement becomes its relative clause,
and when the parser made it the sentence's root, the verb it had swallowed takes its place and it the subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["restore_measure_nouns"]

MINERAL = "MINERAL"
OBJECTS = frozenset({"dobj", "attr", "oprd"})
OPENERS = frozenset({"DET", "PRON"})  # 'the', 'its', 'China's' ends in a possessive marker: see _opens_phrase
CLAUSES = frozenset({"ccomp", "conj", "advcl", "dep"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _mineral_subject(t: Token) -> Token | None:
    """The mineral right before ``t`` that the parser made its subject."""
    prev = t.doc[t.i - 1] if t.i > t.sent.start else None
    if prev is None or prev.ent_type_ != MINERAL:
        return None
    return next((c for c in t.children if c.dep_ == "nsubj" and c.ent_type_ == MINERAL), None)


def _opens_phrase(mineral: Token) -> bool:
    """A determiner or possessive, or nothing at all, before the mineral's words: a noun phrase starts there."""
    first = mineral.left_edge
    if first.i == first.sent.start:
        return True
    before = first.doc[first.i - 1]
    return first.pos_ in OPENERS or before.tag_ == "POS" or before.pos_ in OPENERS


def _misread(t: Token) -> Token | None:
    if t.pos_ != "VERB" or t.tag_ != "VBZ" or t.lemma_.lower() not in _w("export_control.trigger_nouns"):
        return None
    if any(c.dep_ in OBJECTS for c in t.children):
        return None
    mineral = _mineral_subject(t)
    return mineral if mineral is not None and _opens_phrase(mineral) else None


def _swallowed_verb(t: Token) -> Token | None:
    """The clause verb after the measure that has no subject of its own: the sentence's real verb."""
    clauses = (c for c in t.children if c.dep_ in CLAUSES and c.i > t.i and c.pos_ in ("VERB", "AUX"))
    return next((c for c in clauses if not any(g.dep_ in SUBJECTS for g in c.children)), None)


def restore_measure_nouns(sent: Span) -> None:
    for t in sent:
        mineral = _misread(t)
        if mineral is None:
            continue
        mineral.dep_ = "compound"
        t.pos_, t.tag_ = "NOUN", "NNS"
        verb = _swallowed_verb(t) if t.dep_ == "ROOT" else None
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            t.head, t.dep_ = verb, "nsubjpass" if passive else "nsubj"
        for c in list(t.children):
            if c.dep_ == "ccomp" and c.i > t.i and any(g.dep_ in SUBJECTS for g in c.children):
                c.dep_ = "relcl"  # "controls [that] China announced"
