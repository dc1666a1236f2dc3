"""Ending something by a light-verb phrase: 'put an end to the export of X', 'called a halt to exports', 'put a
stop to its ban'.

The phrase ends whatever its 'to' phrase names: exports (a ban) or a measure (lifted).  Kept apart so that
the trigger side (``control_verbs``) and the status side (``control_status``) read one definition.  Word lists:
``export_control.ending_light_verbs``, ``export_control.ending_nouns``, ``export_control.ending_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.rules import words as _w

__all__ = ["ended_object", "ends_by_phrase"]

_REACH = 6  # 'to', up to three modifiers ('raw lithium ore') and the export noun


def ends_by_phrase(x: Token) -> bool:
    """Whether ``x`` is the ending noun of a light verb ('an end' of 'put an end') or a light verb whose object
    is one: the parser hangs the 'to' phrase on either."""
    if x.pos_ == "NOUN" and _lemma(x) in _w("export_control.ending_nouns"):
        return x.dep_ == "dobj" and _lemma(x.head) in _w("export_control.ending_light_verbs")
    return _lemma(x) in _w("export_control.ending_light_verbs") and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and _lemma(c) in _w("export_control.ending_nouns") for c in x.children
    )


def ended_object(verb: Token) -> Token | None:
    """The object of the 'to' phrase that the light verb ``verb`` puts an end to, if any."""
    if not ends_by_phrase(verb) or verb.pos_ != "VERB":
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    parsed = (
        o
        for h in [verb, *nouns]
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _w("export_control.ending_prepositions")
        for o in p.children
        if o.dep_ == "pobj"
    )
    return next(parsed, None) or _object_after_to(nouns)


def _object_after_to(nouns: list[Token]) -> Token | None:
    """'called a halt to lithium exports', which the parser reads as an infinitive 'to lithium': the first export
    noun in the few words after 'to', read off the words."""
    for n in nouns:
        doc = n.doc
        if n.i + 1 < len(doc) and doc[n.i + 1].lower_ in _w("export_control.ending_prepositions"):
            after = doc[n.i + 2 : min(n.i + _REACH, n.sent.end)]
            return next((x for x in after if x.lower_ in _w("export_control.export_nouns")), None)
    return None
