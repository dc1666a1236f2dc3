"""Rejoin a series of governments named by their bodies: 'among the Government of the Republic of Albania, the
Council of Ministers of Bosnia and Herzegovina, the Government of Montenegro and the Government of the Republic of
North Macedonia'.

en_core_web_sm keeps the first item as the preposition's object and hangs the later ones elsewhere (an apposition
of the sentence's subject, a conjunct of it), so the instrument gets one party.  Two body nouns
(``agreement.series_body_nouns``), each with an 'of' phrase that names a state, with nothing between the end of
the first item and the start of the next but a comma or a conjunction, are one series: the later item is the
earlier one's conjunct.  Over syntax and word lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.entity_kinds import STATE_LABELS
from cmkg.nlp.rules import words as _w

__all__ = ["join_body_series"]


def join_body_series(sent: Span) -> None:
    """Make each later item of a series of state bodies the conjunct of the item before it."""
    bodies = [(t, end) for t in sent if (end := _state_body_end(t)) is not None]
    joiners = _w("persons.list_joiners") | {","}
    for (a, a_end), (b, _) in zip(bodies, bodies[1:], strict=False):
        between = sent.doc[a_end + 1 : b.left_edge.i]
        if not len(between) or any(x.lower_ not in joiners for x in between):
            continue
        if (b.head == a and b.dep_ == "conj") or a in b.subtree or b.head.i == b.i:
            continue
        b.head, b.dep_ = a, "conj"
        for x in between:
            if x.lower_ != ",":
                x.head, x.dep_ = a, "cc"


def _state_body_end(t: Token) -> int | None:
    """The index of the last word of a body noun's 'of' phrase, when the noun is a body and the phrase names a
    state ('the Council of Ministers of Bosnia and Herzegovina'); None otherwise."""
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in _w("agreement.series_body_nouns"):
        return None
    of = [c for c in t.children if c.dep_ == "prep" and c.lower_ in _w("territory.of_word") and c.i > t.i]
    if not of:
        return None
    doc, j = t.doc, of[-1].i + 1
    while j < t.sent.end and doc[j].text != "," and not (doc[j].dep_ == "cc" and doc[j].ent_iob_ != "I"):
        j += 1  # the phrase's own words: a later item the parser hung inside it is not part of it
    if not any(x.ent_type_ in STATE_LABELS and x.ent_kb_id_ for x in doc[of[-1].i : j]):
        return None
    return j - 1
