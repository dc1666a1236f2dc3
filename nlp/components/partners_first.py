"""Split a partner phrase from the bare plural instrument that follows it (round 19, fronts19).

"Brazil signed with Indonesia and Saudi Arabia agreements on critical minerals", "Malaysia signed with the
Republic of Poland frameworks", "is to sign with the Government of Ghana letters of intent": with the partners
before the object and no determiner on the object, the small parser reads the last name as a modifier of the
instrument noun ('Saudi Arabia agreements', 'Ghana letters'), so the instrument hangs inside the partner phrase
and the last partner is lost.  A determiner ('with Peru a memorandum') keeps the two apart and needs no repair.

When a committing verb has a partner preposition (``agreement.partners_first_prepositions``) whose subtree holds
an agreement noun (``agreement.nouns``, ``agreement.compound_heads``, ``agreement.of_heads``) with no
determiner, right after a state name, the noun becomes the verb's
object and the name before it takes the noun's place in the partner phrase: the place the noun held when that
place lies in the phrase (a conjunct of the first partner, the object of 'of'), else the preposition's object.
A partner phrase set off by commas between the verb and its object ('signed, together with the T2 of B, P2, an
agreement') loses its object the same way, to an apposition of the last name; that object returns to the verb.
Syntax, entity classes and word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["split_partners_first"]

STATES = frozenset({"GPE", "NORP"})


def _committing(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and lemma(verb) in _w(
        "status.signed", "status.announced", "status.settling_verbs"
    )


def _instrument(t: Token) -> bool:
    """An agreement noun, or a head the compound or 'of' phrase makes one ('action plan', 'letter of intent')."""
    lem = lemma(t)
    if lem in _w("agreement.nouns"):
        return True
    mods = rules().table("agreement.compound_heads").get(lem) or []
    if any(c.dep_ == "compound" and c.lower_ in mods for c in t.children):
        return True
    ofs = rules().table("agreement.of_heads").get(lem) or []
    return any(
        c.lower_ in _w("syntax.of_prepositions") and any(lemma(o) in ofs for o in c.children) for c in t.children
    )


def _glued_noun(prep: Token) -> Token | None:
    """The bare agreement noun in the preposition's phrase whose phrase starts right after a state name."""
    after = [c for c in prep.head.children if c.i > prep.i and c.dep_ != "punct"]  # 'frameworks' read as a clause
    for t in [*prep.subtree, *after]:
        if t.i <= prep.i + 1 or t.pos_ != "NOUN" or not _instrument(t):
            continue
        if any(c.dep_ == "det" for c in t.children):
            continue
        start = min([t.i, *(c.left_edge.i for c in t.children if c.i < t.i and c.ent_type_ not in STATES)])
        before = t.doc[start - 1]
        if before.ent_type_ in STATES and before.i > prep.i:
            return t
    return None


def _split(verb: Token, prep: Token, noun: Token) -> None:
    doc = noun.doc
    run = range(prep.i + 1, noun.i)
    glued = [t for t in doc[prep.i + 1 : noun.i] if t.head.i == noun.i and t.dep_ != "det"]
    if not glued:
        return
    last = glued[-1]
    old_head, old_dep = noun.head, noun.dep_
    noun.head, noun.dep_ = verb, "dobj"
    if old_head.i in run:
        last.head, last.dep_ = old_head, old_dep
    else:
        last.head, last.dep_ = prep, "pobj"
    for t in doc[prep.i + 1 : noun.i]:
        if t.head.i == noun.i and t.i != last.i:
            t.head = last


def _set_off_object(verb: Token, prep: Token) -> bool:
    """'A's T, P, signed, together with the T2 of B, P2, an agreement on X': a partner phrase set off by commas
    between the verb and its object; the parser hung the object on the phrase's last name as an apposition or
    conjunct.  The instrument after the phrase's closing comma becomes the verb's object."""
    doc = verb.doc
    if prep.left_edge.i < verb.i + 2 or doc[prep.left_edge.i - 1].text != ",":
        return False
    for t in prep.subtree:
        edge = t.left_edge.i
        if _instrument(t) and t.dep_ in ("appos", "conj") and edge > prep.i and doc[edge - 1].text == ",":
            t.head, t.dep_ = verb, "dobj"
            return True
    return False


def split_partners_first(doc: Doc) -> Doc:
    preps = _w("agreement.partners_first_prepositions")
    for verb in doc:
        if not _committing(verb) or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if any(_set_off_object(verb, c) for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
            continue
        for prep in [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i]:
            noun = _glued_noun(prep)
            if noun is not None:
                _split(verb, prep, noun)
                break
    return doc
