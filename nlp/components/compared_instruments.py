"""The partner an instrument compared with an earlier one takes from it.

"Uzbekistan already has a Memorandum of Understanding with the European Union ...  The Tajik and Kyrgyz sides
expressed interest in concluding such memoranda": an instrument that compares itself with one just told ('such',
'similar': ``agreement.such_words``, ``agreement.comparison_words``) and names no partner of its own has that
one's partner when a verb that makes, seeks or holds instruments takes it as object (``status.signed``,
``status.announced``, ``status.planned``, ``status.possession_verbs``); a plural one with a coordinated subject is
then one instrument per state of the subject (``counterpart.implied_counterpart``).  The partner is the last one
a 'with' phrase (``agreement.party_prepositions``, not a mutual one) names before the instrument, in its sentence
or the one before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["compared_partner"]


def compared_partner(t: Token, v: Token | None, sent: Span, own: list[str]) -> list[str]:
    """The partner of the instrument ``t`` is compared with, when it is not one of ``own`` (its subject's states)
    and its verb ``v`` makes, seeks or holds it ('concluding such memoranda', not 'said such deals harm smelters'
    or 'discussed such frameworks at a seminar')."""
    marks = _w("agreement.such_words", "agreement.comparison_words")
    if not any(c.dep_ in ("amod", "det", "predet") and c.lower_ in marks for c in t.children):
        return []
    making = _w("status.signed", "status.announced", "status.planned", "status.possession_verbs")
    if v is None or t.head != v or t.dep_ != "dobj" or lemma(v) not in making:
        return []
    one_sided = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    before = [x for s in reversed(sentences_before(sent, 1, breaks="skip")) for x in s]
    preps = [p for p in [*before, *sent[: t.i - sent.start]] if p.dep_ == "prep" and p.lower_ in one_sided]
    codes = [x for p in preps for x in countries_in([o for o in p.children if o.dep_ == "pobj"])]
    return [x for x in codes if x not in own][-1:]
