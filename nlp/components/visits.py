"""The states a sentence says someone visited: a visit's destination is a venue, not a party by itself.

Word lists: ``venue.visit_nouns``, ``venue.destination_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.syntax import clause_head, country_of_token
from cmkg.nlp.rules import words as _w

__all__ = ["visit_destinations"]


def visit_destinations(sent: Span, anchor: Token | None = None) -> list[str]:
    """'during a visit by [official] to Santiago', 'X's trip to Seoul': the states visited in the sentence; with an
    ``anchor``, only visits told in its clause, in a clause that modifies it, or above it where it is reported or
    planned, not beside an adverbial clause of its own ('Gabon signed X during a visit to Beijing, while an accord
    with Morocco expired')."""
    out: list[str] = []
    for t in sent:
        if t.lemma_.lower() not in _w("venue.visit_nouns"):
            continue
        if anchor is not None and not _same_clause(t, anchor):
            continue
        # a place right after 'to' anywhere in the visit's phrase: the parser hangs "to Paris" on the
        # visitor's name, or reads "to Rabat" as an infinitive
        to = _w("venue.destination_prepositions")
        visited = [x for x in t.children if x.dep_ == "dobj"] if t.pos_ == "VERB" else []  # "visits Washington"
        # ... past its article: "the visit of His Majesty the King to the United Arab Emirates"
        after_to = [x for x in t.subtree if x.i > 0 and x.doc[x.i - 1].lower_ in to]
        after_to += [x for x in t.subtree if x.i > 1 and x.doc[x.i - 1].dep_ == "det" and x.doc[x.i - 2].lower_ in to]
        for obj in visited + after_to:
            code = country_of_token(obj)
            if code and code not in out:
                out.append(code)
    return out


def _same_clause(visit: Token, anchor: Token) -> bool:
    """The anchor's clause is the visit's, one the visit's clause modifies ('could sign X when its minister visits
    Y'), or one reported or planned under it ('During his visit to Y, he said Z expected to sign X')."""
    top, low = clause_head(visit), clause_head(anchor)
    # "the memoranda signed in Abu Dhabi on the occasion of the visit to X": the instrument's own participle
    own = top.dep_ in ("acl", "relcl") and top.head in anchor.subtree and anchor.i <= top.head.i
    return own or _reaches(top, low, ("advcl", "ccomp", "xcomp")) or _reaches(low, top, ("ccomp", "xcomp"))


def _reaches(x: Token, target: Token, deps: tuple[str, ...]) -> bool:
    """From clause ``x`` up to clause ``target`` through clauses joined by ``deps`` only."""
    for _ in range(6):
        if x.i == target.i:
            return True
        if x.dep_ not in deps or x.head.i == x.i:
            return False
        x = clause_head(x.head)
    return False
