"""The instrument phrase of 'the participation of X in Z' that the parser hangs on the member.

"The Cabinet approved the participation of Mongolia in the Minerals Security Partnership Forum established on the
initiative of the United States": the small parser hangs 'in the ... Forum' on 'Mongolia', so the membership noun
has no instrument and the participle after the name hangs on the noun.  When a membership noun's 'of' object is a
state and that state carries a membership preposition's phrase naming a capitalised instrument, the phrase is the
noun's.  And "Sweden is not a member of the Baltic Charter launched by Namibia in 2018": the parser hangs the
participle right after the instrument on the membership noun; a past participle that follows the noun's 'of' object
(a capitalised name or an agreement noun) straight away is that object's.  Over syntax, entity classes and word
lists (``agreement.membership_nouns``, ``agreement.membership_prepositions``, ``syntax.of_prepositions``,
``agreement.nouns``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["hang_membership_phrases"]

_STATE_LABELS = ("GPE", "NORP")


def hang_membership_phrases(sent: Span) -> None:
    nouns, into = _w("agreement.membership_nouns"), _w("agreement.membership_prepositions")
    ofs = _w("syntax.of_prepositions")
    for noun in (t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in nouns):
        for of in (p for p in noun.children if p.dep_ == "prep" and p.lower_ in ofs):
            for member in (o for o in of.children if o.dep_ == "pobj" and o.ent_type_ in _STATE_LABELS):
                for prep in [p for p in member.children if p.dep_ == "prep" and p.lower_ in into]:
                    named = any(o.dep_ == "pobj" and o.text[:1].isupper() for o in prep.children)
                    if named and prep.i > member.i:
                        prep.head = noun
        _hang_instrument_participles(noun)


def _hang_instrument_participles(noun: Token) -> None:
    ofs, instruments = _w("syntax.of_prepositions"), _w("agreement.nouns")
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ofs for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        if not (obj.text[:1].isupper() or obj.lemma_.lower() in instruments):
            continue
        for x in [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == obj.right_edge.i + 1]:
            x.head = obj
