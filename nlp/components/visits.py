"""The states a sentence says someone visited: a visit's destination is a venue, not a party by itself.

Word lists: ``venue.visit_nouns``, ``venue.destination_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.syntax import country_of_token
from cmkg.nlp.rules import words as _w

__all__ = ["visit_destinations"]


def visit_destinations(sent: Span) -> list[str]:
    """'during a visit by [official] to Santiago', 'X's trip to Seoul': the states visited in the sentence."""
    out: list[str] = []
    for t in sent:
        if t.lemma_.lower() not in _w("venue.visit_nouns"):
            continue
        # a place right after 'to' anywhere in the visit's phrase: the parser hangs "to Paris" on the
        # visitor's name, or reads "to Rabat" as an infinitive
        to = _w("venue.destination_prepositions")
        visited = [x for x in t.children if x.dep_ == "dobj"] if t.pos_ == "VERB" else []  # "visits Washington"
        for obj in visited + [x for x in t.subtree if x.i > 0 and x.doc[x.i - 1].lower_ in to]:
            code = country_of_token(obj)
            if code and code not in out:
                out.append(code)
    return out
