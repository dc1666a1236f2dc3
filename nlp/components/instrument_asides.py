"""Instruments a sentence names only beside its point: a time mark, an exception, a thing set aside.

"Beijing's licence approvals are slowing again after the truce" dates the approvals by the truce; the truce is
neither Beijing's doing nor anyone's the story can supply.  "There is no equivalent instrument with the United
States beyond the free trade agreement in force since 2004" denies every instrument with the US but one: that one
is with the US.  "... a commercial matter for its state companies rather than a government agreement" names a
government agreement only to say that the matter is not one.
Words: ``agreement.aside_prepositions``, ``agreement.exclusion_prepositions``, ``agreement.with_prepositions``,
``export_control.alternative_phrases``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, quantified_by_no, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["aside_instrument", "contrasted_away", "excepted_partners"]


def aside_instrument(t: Token, own: list[str], v: Token | None) -> bool:
    """The instrument is a phrase the sentence's subject does not make: 'signed X on Monday, after a deal between C
    and D' (that deal has its own parties), 'busy outside the truce', and 'Beijing's approvals are slowing again
    after the truce', where the subject is only something a state owns and the truce's sides go unnamed."""
    if t.dep_ != "pobj":
        return False
    if t.head.lower_ in _w("agreement.exclusion_prepositions"):
        return True
    if t.head.lower_ not in _w("agreement.aside_prepositions"):
        return False
    if len(own) >= 2:
        return True
    subjects = subject_tokens(v) if v is not None and not own else []
    return bool(subjects) and not any(s.ent_type_ in ("GPE", "NORP") for s in subjects)


def excepted_partners(t: Token) -> list[str]:
    """'no equivalent instrument with the United States beyond the free trade agreement': the one instrument an
    exception leaves out of a denial with a partner has that partner."""
    if t.dep_ != "pobj" or t.head.lower_ not in _w("agreement.exclusion_prepositions"):
        return []
    denied = t.head.head
    if denied.pos_ != "NOUN" or lemma(denied) not in _w("agreement.nouns") or not quantified_by_no(denied):
        return []
    preps = [p for p in denied.children if p.dep_ == "prep" and p.lower_ in _w("agreement.with_prepositions")]
    return countries_in([o for p in preps for o in p.children if o.dep_ == "pobj"])


def contrasted_away(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'a commercial matter for its companies rather than a government agreement', 'instead of a treaty': the
    instrument is named as what the thing is not (``export_control.alternative_phrases``, the list a measure
    named as the road not taken is read by)."""
    t = c.t
    pairs = [tuple(p.split()) for p in _w("export_control.alternative_phrases")]  # ('rather', 'than'), ...
    if t.dep_ == "conj":  # 'a matter ... rather than a government agreement': 'than' joins the two
        ccs = [x for x in t.head.children if x.dep_ == "cc" and t.head.i < x.i < t.i]
        if any((a.lower_, x.lower_) in pairs for x in ccs for a in (*x.children, x.doc[x.i - 1])):
            return False
    opener = t.head.head if t.dep_ == "pobj" else None  # 'instead of a treaty': the phrase on 'instead'
    return not (opener is not None and opener.i < t.i and (opener.lower_, t.head.lower_) in pairs)
