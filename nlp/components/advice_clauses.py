"""Courses a committee or a speaker advises, which no state has taken.

'The Committee recommends that the Government open discussions with B', and the recommendation items of a
parliamentary report that stand alone as a that-clause ('Recommendation 5 / That the Government of Canada
seek a memorandum of understanding with Finland'): the instrument is advice, neither planned nor made by the
state the clause names.  An instrument the advice names as existing ('building on the Joint Action Plan with
the United States') still exists, and so do talks it takes as going on.  Word lists: ``agreement.advice_verbs``
(the verbs that advise), ``agreement.advice_modals`` (the one auxiliary advice may carry),
``agreement.advice_continuations`` (going on with talks), ``agreement.standalone_clause_marks`` (the mark of a
that-clause standing as a sentence).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import subject_tokens, verb_chain
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["advised", "advised_only"]

_TENSED = frozenset({"VBD", "VBZ", "VBN", "VBG"})  # a verb that tells an event, unlike the bare form advice takes


def advised_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """False when the instrument's clause is advice: a that-clause under a verb of advising, or one that stands
    alone as the sentence (a report's recommendation item).  Talks the advice takes as going on ('continue its
    negotiations with B', 'resume the suspended talks') are given."""
    if c.v is None or c.status == STATUS.existing or _given_talks(c.t):
        return True
    clause = _advice_clause(c.v)
    return clause is None or _in_subject(c.t, clause)


def advised(v: Token) -> bool:
    """``v`` or a verb above it is advice (for a deal told by its predicate: 'recommends that the Government
    open discussions with B')."""
    return _advice_clause(v) is not None


def _advice_clause(v: Token) -> Token | None:
    """The advised clause over ``v``, up to the first clause that tells an event of its own ('recommends that the
    Government note that A and B signed X': the signing is a fact)."""
    for x in verb_chain(v):
        if lemma(x) in _w("agreement.advice_continuations"):
            return None  # 'recommends that the Government continue negotiating with B': talks going on
        if _bare(x) and (_advised(x) or _standalone_that_clause(x)):
            return x
        if subject_tokens(x) and not _bare(x):
            return None
    return None


def _bare(x: Token) -> bool:
    """The bare form of advice ('that the Government open', 'should open'), not a tensed verb that reports ('advised
    reporters that A and B signed', 'insisted that A and B are negotiating')."""
    auxiliaries = [a for a in x.children if a.dep_ in ("aux", "auxpass")]
    return x.tag_ not in _TENSED and all(a.lower_ in _w("agreement.advice_modals") for a in auxiliaries)


def _given_talks(t: Token) -> bool:
    """Talks with an owner or a definite article ('its negotiations', 'the suspended talks'): going on already."""
    if t.lower_ not in _w("status.talks_nouns"):
        return False
    return any(d.dep_ == "poss" or d.lower_ in _w("agreement.definite_determiners") for d in t.children)


def _advised(x: Token) -> bool:
    """'recommends that the Government open ...', 'urged that both sides sign ...'."""
    return x.dep_ == "ccomp" and lemma(x.head) in _w("agreement.advice_verbs")


def _in_subject(t: Token, x: Token) -> bool:
    """'We ask that the negotiations on the A-B agreement, which resumed in June, include ...': an instrument the
    advised clause's subject names is given, not advised."""
    return any(t.i in {y.i for y in s.subtree} for s in subject_tokens(x))


def _standalone_that_clause(x: Token) -> bool:
    """'That the Government of Canada seek ...': the sentence's own verb opened by 'that' as its first word."""
    first = next((y for y in x.sent if y.is_alpha), None)
    return (
        x.dep_ == "ROOT"
        and first is not None
        and first.dep_ == "mark"
        and first.head.i == x.i
        and first.lower_ in _w("agreement.standalone_clause_marks")
    )
