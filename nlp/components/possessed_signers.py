"""Signers named through a relative possessive: '... with Rwanda, whose foreign ministers signed an agreement'.

News prose names a pair once and lets a 'whose' clause report what its officials signed: "Congo ... peace
process with neighbouring Rwanda, whose foreign ministers signed an agreement in Washington", "Ghana is in
talks with Togo, whose foreign minister signed a memorandum with Peru".  The officials belong to the state the
relative follows; plural officials (``agreement.collective_people``) with no partner of their own are that
state's and its counterpart's: the state whose clause holds the 'with' phrase the antecedent sits in
(``agreement.party_prepositions``).  A singular official is the antecedent's alone and needs a partner in the
clause.  A venue ('in Washington') is read by no rule.  Words: ``export_control.relative_possessives``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, governing_verb, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["possessed_signers"]


def _antecedent(whose: Token) -> Token | None:
    """The word right before the relative possessive (past its comma): the state the clause follows."""
    k = whose.i - 1
    k -= 1 if k >= 0 and whose.doc[k].is_punct else 0
    return whose.doc[k] if k >= 0 else None


def _counterpart(owner: Token) -> list[str]:
    """'Congo has been at the centre of a process with Rwanda', "Ghana's dispute with Togo": the state whose
    clause (or possessive) holds the 'with' phrase the antecedent sits in."""
    while owner.dep_ in ("compound", "flat", "amod") and owner.head.i != owner.i:
        owner = owner.head
    prep = owner.head
    if owner.dep_ != "pobj" or prep.lower_ not in _w("agreement.party_prepositions"):
        return []
    holder = prep.head
    owners = countries_in([x for x in holder.children if x.dep_ == "poss"])
    verb = governing_verb(holder)
    return owners or (countries_in(subject_tokens(verb)) if verb is not None else [])


def possessed_signers(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'... with B, whose foreign ministers signed an agreement': A and B; 'whose minister signed X with C': B and C."""
    v = c.v
    if v is None or lemma(v) not in _w("status.signed", "status.announced"):
        return True
    collective = _w("agreement.collective_people")
    for s in subject_tokens(v):
        whose = next((p for p in s.children if p.lower_ in _w("export_control.relative_possessives")), None)
        plural = s.lower_ in collective
        if whose is None or not (plural or f"{s.lower_}s" in collective):
            continue
        antecedent = _antecedent(whose)
        owner = countries_in([antecedent]) if antecedent is not None else []
        if len(owner) != 1:
            continue
        partners = [x for x in c.with_ if x not in owner]
        other = [] if partners or not plural else [x for x in _counterpart(antecedent) if x not in owner]
        if partners or other:
            c.subj = owner + other
            c.rule = c.rule or "agreement.possessed_signers"
    return True
