"""Where a visiting official is a guest and where a host receives: the places that say whose official is whose.

"X visited Canberra", "the visit of Prime Minister X to Japan": a visitor is no official of the host; "President X
welcomed the visiting minister to Windhoek": a host receives visitors in their own state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.official_countries import lemma_of, verb_of_subject
from cmkg.nlp.rules import words as _w

__all__ = ["hosted_in", "visited"]


def hosted_in(ent: Span) -> str | None:
    """'President X welcomed the visiting minister to Windhoek', 'X hosted Y in Astana': a host receives
    visitors in their own state, the place of the host verb."""
    verb = verb_of_subject(ent)
    if verb is None or lemma_of(verb) not in _w("venue.host_verbs"):
        return None
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _w("officials.host_prepositions")]
    codes = {t.ent_kb_id_ for p in places for t in p.subtree if t.ent_type_ == "GPE" and t.ent_kb_id_}
    return codes.pop() if len(codes) == 1 else None


def _visiting_venue(ent: Span) -> set[str]:
    """'with President X and visiting President Y looking on in Z': a 'visiting' official is a guest of the
    place the sentence is set in."""
    doc = ent.doc
    i = ent.start - 1
    while i >= ent.sent.start and not (doc[i].is_punct or doc[i].pos_ == "CCONJ"):
        if doc[i].lower_ in _w("venue.visiting_words"):
            venue = [t for t in ent.sent if t.lower_ in _w("officials.host_prepositions") and t.dep_ == "prep"]
            return {x.ent_kb_id_ for p in venue for x in p.subtree if x.ent_type_ == "GPE" and x.ent_kb_id_}
        if doc[i].pos_ in ("VERB", "AUX"):
            break
        i -= 1
    return set()


def visited(ent: Span) -> set[str]:
    """'X visited Canberra', 'the visit of Prime Minister X to Japan': a visitor is no official of the host."""
    codes: set[str] = _visiting_venue(ent)
    for t in ent.sent:
        if lemma_of(t) not in _w("venue.visit_nouns"):
            continue
        subjects = [c for c in t.children if c.dep_ == "nsubj"] if t.pos_ == "VERB" else []
        if any(c.left_edge.i < ent.end and ent.start <= c.right_edge.i for c in subjects):  # overlaps the subject
            places = [
                c for c in t.children if c.dep_ in ("dobj", "advmod", "npadvmod")
            ]  # "visited Windhoek" (parsed as an adverb)
        elif t.pos_ == "NOUN" and t.left_edge.i <= ent.start and ent.end <= t.right_edge.i + 1 and not _told_of(t, ent):
            places = [c for c in t.subtree if c.lower_ in _w("venue.destination_prepositions") and c.head == t]
        else:
            continue
        for place in places:
            codes |= {x.ent_kb_id_ for x in place.subtree if x.ent_type_ == "GPE" and x.ent_kb_id_}
    return codes


def _told_of(visit: Token, ent: Span) -> bool:
    """'the visit of X to Santo Domingo, during which President Y and X discussed ...': a person in a clause on
    the visit noun is told of during it, not named as the visitor."""
    clauses = [c for c in visit.children if c.dep_ in ("relcl", "acl")]
    return any(c.left_edge.i <= ent.start and ent.end <= c.right_edge.i + 1 for c in clauses)
