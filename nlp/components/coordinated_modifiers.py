"""Undo a misparse of two coordinated minerals before a noun: "the gallium and germanium licences".

en_core_web_sm reads "A and B N" as "A" coordinated with "B N": the first mineral takes the noun's place in
the clause (subject or object) and the noun becomes its conjunct, so a measure named by both minerals names
only the second ('China's gallium and germanium quotas' gave germanium alone). When a noun is the conjunct
of a mineral before it and has a mineral compound of its own right after the coordinator, the noun takes the
first mineral's place and both minerals modify it, coordinated. Over entity classes and syntax only.

It also reads "the export of graphite concentrate and rare earth concentrate" as the export with the second
product for its apposition; a product after a coordinator that joins it to a product before is that product's
conjunct.

And "Australia's climate, critical minerals and clean energy compact with the United States": the parser reads the
series of modifiers as the phrase (its first item the preposition's object) and the instrument noun after the last
item as that first item's apposition.  An agreement noun (``agreement.nouns``) apposed to the first item of a
series whose last conjunct stands right before it takes the first item's place; the series modifies it, and a
possessive or determiner of the first item is the noun's; a second phrase of the noun's own preposition that the
parser joined to a phrase inside it ('... compact with the United States and on our partnerships with India') is
that preposition's conjunct again.

And "banned the supply of lithium and tungsten to Türkiye": the parser reads the second mineral as a verb
coordinated with the clause's verb, with the rest of the clause ('to Türkiye') on it.  A mineral tagged as a verb,
conjunct of the verb right after 'and' and a mineral noun, is that noun's conjunct; its own phrases go to the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cmkg.nlp.rules import words as _w

__all__ = ["join_apposed_goods", "join_coordinated_minerals", "join_minerals_read_as_verbs", "join_modifier_series"]

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


def join_modifier_series(doc: Doc) -> Doc:
    """Hang each instrument noun read as the apposition of its own modifier series (see the module docstring)."""
    for n in doc:
        first = n.head
        if n.dep_ != "appos" or first.i >= n.i or n.pos_ != "NOUN" or n.lemma_.lower() not in _w("agreement.nouns"):
            continue
        last = doc[n.i - 1]
        if last not in first.conjuncts or last.i < first.i:
            continue
        n.head, n.dep_ = (n, "ROOT") if first.dep_ == "ROOT" else (first.head, first.dep_)
        for c in [c for c in first.children if c.dep_ in ("poss", "det") and c.i < first.i]:
            c.head = n
        first.head, first.dep_ = n, "compound"
        _rejoin_preposition(n)
    return doc


def _rejoin_preposition(n: Token) -> None:
    """'on X with A and on Y': the second 'on', read as a conjunct of 'with', is the first 'on''s."""
    prep = n.head
    if n.dep_ != "pobj" or prep.pos_ != "ADP":
        return
    for c in [c for c in n.subtree if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_]:
        if c.head.pos_ == "ADP" and c.head.lower_ != prep.lower_:
            for cc in [x for x in c.head.children if x.dep_ == "cc" and x.i < c.i]:
                cc.head = prep
            c.head = prep


def join_minerals_read_as_verbs(doc: Doc) -> Doc:
    """Make a second mineral read as a verb the first mineral's conjunct (see the module docstring)."""
    for x in doc:
        if x.ent_type_ != MINERAL or x.pos_ != "VERB" or x.dep_ != "conj" or x.i < 2:
            continue
        cc, first = doc[x.i - 1], doc[x.i - 2]
        if cc.dep_ != "cc" or first.ent_type_ != MINERAL or first.pos_ not in ("NOUN", "PROPN") or first.i < x.head.i:
            continue
        for c in list(x.children):
            c.head = x.head  # "to Türkiye": the clause's phrase
        cc.head = first
        x.head, x.dep_, x.pos_ = first, "conj", "NOUN"
    return doc
