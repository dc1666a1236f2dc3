"""A gazetteer body whose name the text goes on with: another body.

"Undersecretary of the Ministry of Commerce and Industry": the gazetteer knows 'Ministry of Commerce' as China's
(a form it gives one state's ministry), but here the name runs on with a joiner and another portfolio word, so the
words name a longer body, another state's (Qatar's Ministry of Commerce and Industry).  Such a match is dropped;
the model's own span, unlinked, stays.  Word lists: ``entities.body_name_joiners``, ``persons.portfolio_words``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.rules import words as _w

__all__ = ["name_goes_on"]


def name_goes_on(s: Span) -> bool:
    """Whether the organisation span ``s`` is only the head of a longer body's name ('Ministry of Commerce' in
    'Ministry of Commerce and Industry'); a state's own words after a joiner ('... and Beijing') are no portfolio."""
    doc = s.doc
    if s.label_ != "ORG" or s.end + 1 >= len(doc) or doc[s.end].lower_ not in _w("entities.body_name_joiners"):
        return False
    after = doc[s.end + 1]
    return after.text[:1].isupper() and after.lower_ in _w("persons.portfolio_words")
