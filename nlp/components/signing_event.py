"""An agreement named as the object of its signing event was signed, when the event is news.

"the two heads of state witnessed the signing of a memorandum between the two governments" / "attended
the conclusion of the agreement on Monday": the verb of the clause (witness, attend, hail) says nothing
of the agreement's status and reads as background; the event noun (``status.signing_event_nouns``)
whose 'of' object the agreement is says it was signed.  An event dated by a year (``earlier_year``) or
a year inside the event's phrase ('since the signing of the 2019 pact') stays background.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.status import earlier_year
from cmkg.nlp.components.syntax import has_neg
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["signing_event"]


def signing_event(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'witnessed the signing of a memorandum': signed (runs after the status, background only)."""
    t = c.t
    if c.status != STATUS.existing or t.dep_ != "pobj" or t.head.lower_ not in _w("syntax.of_prepositions"):
        return True
    event = t.head.head
    if event.pos_ != "NOUN" or lemma(event) not in _w("status.signing_event_nouns"):
        return True
    dated = any(x.ent_type_ == "DATE" and any(ch.isdigit() for ch in x.text) for x in event.subtree)
    if dated or (c.v is not None and (earlier_year(c.v, ctx) or has_neg(c.v))):
        return True
    c.status = STATUS.signed
    return True
