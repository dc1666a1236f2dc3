"""Undo a misparse of an instrument's object relative clause read as a complement of the main verb ('Exports
resumed under the truce that China and the United States agreed in November') or hung on an earlier noun ('are
suspended for a year under the truce that China and the United States agreed': on 'year').

en_core_web_sm hangs the clause on the main verb as its complement ('agreed' a ccomp of 'resumed') or on a noun
before the instrument, and keeps the relative 'that' as the clause verb's object, so the instrument has no
relative clause and its makers are lost.  A complement or relative clause whose verb makes instruments
(``status.signed``, ``status.announced``) and has as its object a relative pronoun (``agreement.relative_pronouns``)
right after an agreement noun nearer than its head is that noun's relative clause: a true complement ('said that
China agreed') has 'that' as its marker, not its object.  Over syntax and word lists.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.party_phrases import agreement_words, lemma
from cmkg.nlp.rules import words as _w

__all__ = ["hang_complement_relatives"]


def hang_complement_relatives(sent: Span) -> None:
    """Re-hang each complement clause that is an instrument's object relative clause (see the module docstring)."""
    relatives, making = _w("agreement.relative_pronouns"), _w("status.signed", "status.announced")
    for v in sent:
        if v.dep_ not in ("ccomp", "relcl") or lemma(v) not in making:
            continue
        rel = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in relatives and c.i < v.i), None)
        if rel is None or rel.i == sent.start:
            continue
        noun = sent.doc[rel.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or lemma(noun) not in agreement_words() or noun.i <= v.head.i:
            continue
        v.head, v.dep_ = noun, "relcl"
