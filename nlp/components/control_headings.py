"""A section heading that names a measure its own body then states.

"2. New export permit for graphite concentrate" / "The Deputy Minister announced that from 1 January the export
of graphite concentrate will require a special export permit": a digest's heading line has no verb, so it gives
neither the measure's owner nor its status; the sentence under it gives both.  The heading is the body's title,
no measure of its own: left to the body, it cannot be filed under the last state the page named.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.control_triggers import minerals_in, noun_trigger
from cmkg.nlp.components.control_verbs import verb_trigger
from cmkg.nlp.components.parties import lemma

__all__ = ["heading_line", "restated_below"]

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def heading_line(sent: Span) -> bool:
    """A line of its own with no finite verb and no closing stop."""
    words = [t for t in sent if not t.is_space]
    # a headline clause has a finite verb with a named subject ('Indonesia Continues Ban'); the tagger may read
    # 'permit' or 'concentrate' in a heading as a verb with a common noun for subject
    finite = any(
        t.tag_ in FINITE_TAGS and any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ for c in t.children)
        for t in words
    )
    if not words or (words[-1].is_punct and words[-1].text != ")") or finite:
        return False
    after = sent.doc.text[sent.end_char : sent.end_char + 3]
    return "\n" in (sent[-1].text if sent[-1].is_space else "") + after


def restated_below(sent: Span) -> bool:
    """The heading's goods and a measure word again in the sentence right under it, the heading naming no state."""
    doc = sent.doc
    nxt = next((t for t in doc[sent.end :] if not t.is_space), None)
    if nxt is None or not heading_line(sent):
        return False
    if any(t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_ for t in sent):
        return False  # "Guinea's bauxite export ban": a heading that names its state is a measure of its own
    goods = set(minerals_in(sent))
    below = nxt.sent
    measures = any(verb_trigger(t, lemma(t)) or noun_trigger(t, lemma(t)) for t in below)
    return bool(goods) and measures and goods <= set(minerals_in(below))
