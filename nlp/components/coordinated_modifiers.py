"""Undo a misparse of two coordinated minerals before a noun: "the gallium and germanium licences".

en_core_web_sm reads "A and B N" as "A" coordinated with "B N": the first mineral takes the noun's place in
the clause (subject or object) and the noun becomes its conjunct, so a measure named by both minerals names
only the second ('China's gallium and germanium quotas' gave germanium alone). When a noun is the conjunct
of a mineral before it and has a mineral compound of its own right after the coordinator, the noun takes the
first mineral's place and both minerals modify it, coordinated. Over entity classes and syntax only.

It also reads "the export of graphite concentrate and rare earth concentrate" as the export with the second
product for its apposition; a product after a coordinator that joins it to a product before is that product's
conjunct.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["join_apposed_goods", "join_coordinated_minerals"]

MINERAL = "MINERAL"
MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # "copper export bans": a compound between


def _first_mineral(noun: Token) -> Token | None:
    """The first mineral of the pair: the noun is its conjunct, or the object of the second mineral that the
    tagger read as a verb ('germanium and tungsten quotas', 'tungsten' taking 'quotas' as its object)."""
    if noun.pos_ != "NOUN":
        return None
    head = noun.head
    if noun.dep_ == "conj" and head.ent_type_ == MINERAL and head.i < noun.i:
        return head
    if noun.dep_ == "dobj" and head.ent_type_ == MINERAL and head.dep_ == "conj" and head.head.ent_type_ == MINERAL:
        return head.head
    return None


def _split_pair(noun: Token) -> tuple[Token, Token, Token] | None:
    """(first mineral, coordinator, second mineral) when only modifiers stand between the second and the noun."""
    first = _first_mineral(noun)
    if first is None:
        return None
    ccs = [c for c in first.children if c.dep_ == "cc" and first.i < c.i < noun.i]
    if len(ccs) != 1:
        return None
    doc = noun.doc
    after = doc[ccs[0].i + 1]
    ent = next((e for e in doc.ents if e.start <= after.i < e.end), None)
    second = ent.root if ent is not None else after
    between = doc[second.i + 1 : noun.i]
    if second.ent_type_ != MINERAL or second.i >= noun.i or any(x.pos_ not in MODIFIER_POS for x in between):
        return None
    return first, ccs[0], second


def join_coordinated_minerals(doc: Doc) -> Doc:
    for noun in doc:
        pair = _split_pair(noun)
        if pair is None:
            continue
        first, cc, second = pair
        if first.head == first:
            noun.head, noun.dep_ = noun, "ROOT"
        else:
            noun.head, noun.dep_ = first.head, first.dep_
        first.head, first.dep_ = noun, "compound"
        second.head, second.dep_ = first, "conj"
        cc.head = first
    return doc


def _mineral_modified(noun: Token) -> bool:
    return any(x.ent_type_ == MINERAL for x in noun.lefts)


def join_apposed_goods(doc: Doc) -> Doc:
    """Make the second of two coordinated mineral products the first's conjunct (see the module docstring)."""
    for noun in doc:
        start = noun.left_edge.i
        if noun.dep_ != "appos" or start == 0 or not _mineral_modified(noun):
            continue
        cc, first = doc[start - 1], doc[start - 1].head
        if cc.dep_ != "cc" or first.i >= cc.i or first.pos_ != "NOUN" or not _mineral_modified(first):
            continue
        noun.head, noun.dep_ = first, "conj"
    return doc
