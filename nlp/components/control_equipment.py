"""Measures on equipment and technology, which are no mineral export controls.

'restricted exports of chipmaking equipment', 'tightened its rules on exports of advanced semiconductors', 'banned
exports of rare earth processing technology': the measure's words name an equipment word
(``export_control.equipment_words``) and no mineral, or the mineral only describes the equipment.  Over syntax
and a word list only.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from cmkg.nlp.components.control_calls import phrase_head
from cmkg.nlp.components.control_clauses import compound_tail
from cmkg.nlp.components.control_triggers import minerals_in
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.rules import words as _w

__all__ = ["excluded_scope", "names_equipment", "named_goods"]


def excluded_scope(t: Token, scope: list[Token]) -> bool:
    """Equipment or technology and no mineral in the measure's words (``scope``, and a phrase on what it covers
    that the parser hung on the verb): 'restricted exports of chipmaking equipment'."""
    scope = scope + _hung_phrase(t)
    equipment = _w("export_control.equipment_words")
    return any(w.lower_ in equipment for w in scope) and not minerals_in(scope)


def _hung_phrase(t: Token) -> list[Token]:
    """'tightened its rules [on exports of chipmaking tools]': the phrase right after an object measure that the
    parser hung on the verb, which says what the measure covers."""
    if t.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [x for p in t.head.children if p.dep_ == "prep" and p.i == t.right_edge.i + 1 for x in p.subtree]


def names_equipment(m: Token) -> bool:
    """'rare earth processing technology', 'tantalum processing technology': the mineral's phrase ends in an
    equipment word, by the tree or, when the parser breaks the phrase, within the next few words."""
    equipment = _w("export_control.equipment_words")
    if phrase_head(m).lower_ in equipment:  # by the form: "X, Y and related technologies" may head X's phrase
        return True
    if _described_equipment(m, equipment):
        return True
    end = m.i + 1
    while end < m.sent.end and m.doc[end].ent_iob_ == "I":  # 'rare-earth processing technology': past the name
        end += 1
    for k, x in enumerate(m.doc[end : min(m.sent.end, end + 5)]):
        # "germanium extraction and separation technologies": a coordination inside the modifiers, not right
        # after the mineral ("X, Y and related technologies" names X and Y)
        if x.is_punct or x.pos_ in ("ADP", "DET") or (x.pos_ == "CCONJ" and k == 0) or x.ent_type_ == "MINERAL":
            return False
        if x.lower_ in equipment or _lemma(x) in equipment:  # "separation technologies"
            # "rare earth technologies and products": goods beside the technology, which the mineral names too
            return not any(c.dep_ == "conj" and _lemma(c) not in equipment for c in x.children)
        joined = x.i + 1 < len(m.doc) and m.doc[x.i + 1].pos_ == "CCONJ"
        stage = _lemma(x) in _w("export_control.process_stage_nouns")  # 'extraction and separation technology'
        if x.pos_ == "NOUN" and x.dep_ not in ("compound", "amod", "nmod") and joined and not stage:
            return False  # "rare-earth magnets and processing technology": the goods' phrase ends at 'magnets'
    return False


def _described_equipment(m: Token, equipment: frozenset[str]) -> bool:
    """'the technology used to refine rare earths', 'technology for refining X': the mineral sits in a clause or
    phrase that describes an equipment noun (a conjunct beside it, 'equipment and rare earths', is goods)."""
    x = m
    for _ in range(8):
        if x.head.i == x.i:
            return False
        if x.dep_ in ("acl", "relcl", "prep") and (x.head.lower_ in equipment or _lemma(x.head) in equipment):
            return True
        # "exporting technology for extracting X": the phrase right after the object, hung on the verb
        if x.dep_ == "prep" and any(
            c.dep_ == "dobj" and c.i == x.i - 1 and _lemma(c) in equipment for c in x.head.children
        ):
            return True
        if _after_equipment_object(x, equipment):
            return True
        x = x.head
    return False


def named_goods(tokens: Iterable[Token]) -> list[str]:
    """The minerals of the tokens, but not those naming a technology ('rare earth processing technology') or
    describing another mineral ('gallium, a by-product of alumina refining')."""
    kept = (m for m in tokens if m.ent_type_ != "MINERAL" or not (names_equipment(m) or compound_tail(m)))
    return minerals_in(m for m in kept if m.ent_type_ != "MINERAL" or not (_describes_mineral(m) or _coating(m)))


def _coating(m: Token) -> bool:
    """'chrome-plated steel scrap', 'zinc-coated sheet': a metal glued by a hyphen to a finish participle
    (``export_control.finish_participles``) is a coating, not goods ('germanium-related items' are)."""
    doc = m.doc
    glued = m.i + 2 < len(doc) and doc[m.i + 1].text == "-" and not m.whitespace_
    return glued and doc[m.i + 2].lower_ in _w("export_control.finish_participles")


def _describes_mineral(m: Token) -> bool:
    """The mineral modifies a process inside an apposition of another mineral that is a described noun of its own
    ('a by-product of alumina refining'), not the next item of a list the parser read as one ('graphite, manganese
    ore and rare earth ore'); the parser may hang the apposition on the measure instead, right after the mineral it
    describes.  'bauxite, the ore of aluminium' names the metal itself."""
    while m.head.i != m.i and m.head.ent_type_ == "MINERAL" and m.head.ent_iob_ == "I":
        m = m.head  # 'rare earths refining': the name's last word
    nxt = m.doc[m.i + 1] if m.i + 1 < len(m.doc) else m
    if m.dep_ not in ("compound", "amod") and not (nxt.pos_ == "NOUN" and nxt.ent_type_ != "MINERAL"):
        return False  # the mineral itself, not a modifier of the noun after it ('of rare earths refining')
    if nxt.lower_ in _w("export_control.export_nouns") or _lemma(nxt) in _w("export_control.export_nouns"):
        return False  # "Fiji's licensing rules for nickel exports": goods, in a list the parser read as an apposition
    return any(
        a.dep_ == "appos"
        and a.ent_type_ != "MINERAL"
        and (a.head.ent_type_ == "MINERAL" or _right_after_mineral(a))
        and a.i != m.i
        and any(d.dep_ == "det" for d in a.children)
        for a in m.ancestors
    )


def _right_after_mineral(a: Token) -> bool:
    """'germanium, a by-product of ...': the apposition opens right after a comma after a mineral."""
    k = a.left_edge.i
    return k >= 2 and a.doc[k - 1].is_punct and a.doc[k - 2].ent_type_ == "MINERAL"


def _after_equipment_object(x: Token, equipment: frozenset[str]) -> bool:
    """'exports of technology for lithium extraction' (also '... for cathodes and for lithium extraction'): a
    phrase right after the 'of' object, which the parser hung on 'exports', describes that object."""
    if x.pos_ != "ADP" or x.dep_ not in ("prep", "conj"):
        return False
    first = _first_coordinated(x)
    before = x.doc[first.i - 1]
    return _lemma(before) in equipment and before.dep_ == "pobj" and first.head in before.ancestors


def _first_coordinated(x: Token) -> Token:
    """The first of two coordinated phrases with the same preposition ('for A and for B'), wherever the parser
    hung the second; ``x`` itself when no such phrase ends right before its conjunction."""
    doc, k = x.doc, x.i - 1
    if k <= x.sent.start or doc[k].pos_ != "CCONJ":
        return x
    earlier = (p for p in reversed(doc[x.sent.start : k]) if p.lower_ == x.lower_ and p.pos_ == "ADP")
    return next((p for p in earlier if p.right_edge.i == k - 1), x)
