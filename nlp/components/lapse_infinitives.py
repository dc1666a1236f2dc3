"""Undo a lapse verb read as a noun after a letting verb: 'The United States has let its letter of intent with
Malawi expire', 'Japan let the memorandum lapse in May'.

en_core_web_sm reads the bare infinitive after 'let' and its object as a word inside the object ('expire' the
object of 'with', 'Malawi' its compound), so the instrument's verb is 'let' and its lapse is lost.  A lower-case
word of ``status.lapsed`` inside the object of a verb of ``status.letting_verbs``, with no determiner or possessive
of its own, is that verb's complement (as in 'allowed its memorandum to expire'); the object stays the verb's, and
the words the parser hung on the lapse word as modifiers go back to its old head (the partner of 'with').  Over
syntax and word lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["restore_lapse_infinitives"]


def restore_lapse_infinitives(sent: Span) -> None:
    """Re-hang each lapse verb read as a noun inside a letting verb's object (see the module docstring)."""
    letting = _w("status.letting_verbs")
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in letting:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        lapse = _lapse_noun(obj) if obj is not None else None
        if lapse is None:
            continue
        old = lapse.head
        for c in [c for c in lapse.children if c.dep_ in ("compound", "amod") and c.i < lapse.i]:
            c.head, c.dep_ = old, "pobj" if old.dep_ == "prep" or old.pos_ == "ADP" else c.dep_
        lapse.head, lapse.dep_ = v, "xcomp"  # as in 'allowed its memorandum to expire'; the object stays the verb's


def _lapse_noun(obj: Token) -> Token | None:
    lapsed = _w("status.lapsed")
    for x in obj.subtree:
        if x.i <= obj.i or x.pos_ not in ("NOUN", "PROPN", "VERB") or not x.is_lower or x.lower_ not in lapsed:
            continue
        if any(c.dep_ in ("det", "poss") for c in x.children):
            return None  # 'let its partners see the lapse': a noun of its own
        return x
    return None
