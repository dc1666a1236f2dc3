"""An acronym the story defined for a named instrument, as the subject of its own founding.

"Estonia joined the Minerals Security Partnership (MSP) in 2024 ... June 2022 - The MSP is launched in
Toronto by the United States together with A, B, C and the European Commission."  The second sentence
names the instrument only by its initials, so no agreement noun triggers it, and the founders its agent
lists are lost.  An all-capitals word that an earlier bracket of the same document defined as the initials
of a capitalised name headed by an agreement or initiative noun ('Minerals Security Partnership (MSP)') is
that instrument when it is the passive subject of a founding verb (``agreement.founder_verbs``) whose agent
names two states or more ('was launched by A together with B'; 'by the United States and its partners' is a
half set): the trigger takes the full name, and the noun rules read its parties as
for the name.  Elsewhere ('the MSP principals' meeting', 'India joins the MSP')
the acronym is left to the rules that already read it (accession.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.acronym_names import defined_name
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["defined_acronym"]


def defined_acronym(t: Token) -> str | None:
    """The instrument's full name when ``t`` is its defined initials and the subject of its founding verb."""
    if not (t.text.isupper() and t.text.isalpha() and len(t.text) > 1) or t.dep_ != "nsubjpass":
        return None
    # "The MSP is launched by A together with B": a founding verb whose agent names the founders ("The MSP has
    # endorsed 30 projects", "The MSP was mentioned" found nothing)
    if lemma(t.head) not in _w("agreement.founder_verbs"):
        return None
    # "was established by the United States and its partners": one state and a half set, no founders' set
    if not any(a.dep_ == "agent" for a in t.head.children):
        return None
    if len(set(countries_in([x for x in t.head.subtree if x.i > t.head.i]))) < 2:
        return None
    name = defined_name(t)
    heads = _w("agreement.nouns", "agreement.initiative_nouns") - _w("agreement.bloc_nouns")
    return name if name is not None and name.split()[-1].lower() in heads else None
