"""An instrument a story introduces without its parties, whose endorsers the next sentences list.

"Leaders of the Group of Seven adopted a Critical Minerals Action Plan on Tuesday. The plan was endorsed by
A, B and C, as well as D": the first sentence names the instrument and no state (leaders, ministers, a summit
adopt it), so no fact; the second refers to it by its head noun, definite, as the passive subject of a
committing verb whose agent lists the states.  The introduced instrument is remembered as the last listed one
with no members yet (:func:`note_introduced`), so the agreement rules read the passive sentence as that
instrument (:func:`accession.listed_reference`), and a later "E and F also signed on to the document" joins them.
Words: ``status.signed``, ``status.announced``, ``agreement.founder_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.acronym_names import name_key
from cmkg.nlp.components.names import agreement_name
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["note_introduced"]


def note_introduced(sent: Span, ctx: Context) -> None:
    """Remember a named instrument that a committing verb adopts, its subject naming no state (a venue may)."""
    committal = _w("status.signed", "status.announced", "agreement.founder_verbs")
    for t in sent:
        if t.dep_ != "dobj" or lemma(t.head) not in committal or has_neg(t.head):
            continue
        name = agreement_name(t)
        if not name or len(name.split()) < 2 or countries_in(subject_tokens(t.head)):
            continue
        ctx.last_listed = (name_key(name) or name, lemma(t), name)
        return
