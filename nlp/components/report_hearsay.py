"""Reports that carry a fact, and reports the text dismisses: shared by the export-control and agreement rules.

'The ministry dismissed reports that Zambia planned to restrict copper exports', 'Reports that Ghana had signed an
agreement with the United States were false', 'a rumour that Kiribati was negotiating a deal with Beijing, which
the President's office denied', 'An earlier version of this article said ...': a fact told only inside a report the
sentence refutes, or (for an agreement) in a corrected claim, was never stated; a correction of a measure usually
corrects a detail ('said Gabon's ban would take effect in 2027'), so controls keep it.  Word lists:
``status.report_nouns``, ``status.denied_report_nouns``, ``export_control.report_prepositions``,
``dismissing_verbs``, ``refuting_words``,
``falsity_words``, ``naming_copulas``, ``status.refusal_verbs``, ``status.truth_denial_verbs``,
``status.correction_nouns``, ``status.correction_modifiers``, ``agreement.relative_pronouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import has_neg, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["called_false", "corrected_claim", "dismissed_report", "not_refuted", "report_noun"]

_CLAUSE_DEPS = ("acl", "ccomp", "relcl", "appos")


def report_noun(t: Token, v: Token | None) -> Token | None:
    """'reports that a ban on X is being prepared', 'reports of a planned quota on X': the report noun whose clause
    or 'of' phrase holds the measure (through its verb chain, or above the measure noun itself)."""
    starts = [x for x in verb_chain(v)] if v is not None else []
    for x in [*starts, t]:
        for a in [x, *x.ancestors]:
            head = a.head
            # "noted media reports that a ban is being prepared", with 'reports' misread as a verb holding an 'acl'
            # ... and 'Rumours that ...' opening a paragraph, tagged a proper noun
            noun = head.pos_ in ("NOUN", "PROPN") or (a.dep_ == "acl" and head.pos_ == "VERB")
            if a.dep_ in _CLAUSE_DEPS and noun and head.lower_ in _w("status.report_nouns"):
                return head
            denied = a.dep_ in _CLAUSE_DEPS and noun and head.lower_ in _w("status.denied_report_nouns")
            if denied and dismissed_report(head):
                return head  # "denied the information of some media that A plans ...": not "released information"
            if a.dep_ == "ccomp" and head.pos_ == "VERB":  # "Reports suggesting that exports have been stopped"
                said = [c for c in head.children if c.dep_ == "nsubj" and c.lower_ in _w("status.report_nouns")]
                if said:
                    return said[0]
            if a.dep_ == "pobj" and head.lower_ in _w("export_control.report_prepositions"):
                holder = head.head
                if holder.pos_ == "NOUN" and holder.lower_ in _w("status.report_nouns"):
                    return holder
            if a.dep_ in ("ROOT",) or a.pos_ in ("VERB", "AUX") and a.dep_ not in _CLAUSE_DEPS + ("xcomp",):
                break
    return None


def dismissed_report(report: Token) -> bool:
    """'dismissed reports that ...', 'denied media reports', 'the reports were rejected', 'claims that ... are
    false', 'a rumour that ..., which the office denied': the report's own verb, or a clause on it, refutes it."""
    verb = report.head
    if report.dep_ == "pobj" and verb.head.lower_ in _w("export_control.refuting_words"):
        return True  # "..., contrary to reports of an export licence requirement": the story refutes the report
    if report.dep_ == "nsubj" and called_false(verb):
        return True  # "Reports suggesting that exports have been stopped are inaccurate": the story calls it false
    if any(_denying_relative(x) for x in report.subtree):
        return True  # "a rumour that A was negotiating with B, which the office denied last month"
    if report.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _denying(verb)


def _denying(verb: Token) -> bool:
    return _lemma(verb) in _w("export_control.dismissing_verbs", "status.refusal_verbs") and not has_neg(verb)


def _denying_relative(x: Token) -> bool:
    """A relative clause whose verb denies its relative word is true ('which the office denied'): hung by the
    parser on the report or on the last noun of its clause, it denies the report (a state or a deal is no thing
    to deny); 'which critics rejected as premature' judges, and denies nothing."""
    relative = [
        c for c in x.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _w("agreement.relative_pronouns")
    ]
    judged = any(c.dep_ == "prep" and c.lower_ in _w("agreement.role_prepositions") for c in x.children)
    denies = _lemma(x) in _w("status.truth_denial_verbs") and not has_neg(x)
    return x.dep_ == "relcl" and bool(relative) and denies and not judged


def called_false(verb: Token) -> bool:
    """'Claims that ... are false': the report's copula calls it false; the parser may instead make the report
    the subject of its own participle ('Reports suggesting that ...') and hang a subjectless 'are inaccurate' on it."""
    be = _w("export_control.naming_copulas")
    copulas = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "conj") and _lemma(c) in be)]
    copulas = [x for x in copulas if x is verb or not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)]
    falsity = _w("export_control.falsity_words")
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in falsity for x in copulas for c in x.children)


def corrected_claim(v: Token) -> bool:
    """'An earlier version of this article said Paraguay had signed ...': a correction note's subject is an earlier
    version, and the instrument it said was made is withdrawn (agreements only: see the module docstring)."""
    for verb in verb_chain(v)[1:]:
        for s in (c for c in verb.children if c.dep_ == "nsubj"):
            earlier = any(m.dep_ == "amod" and m.lower_ in _w("status.correction_modifiers") for m in s.children)
            if _lemma(s) in _w("status.correction_nouns") and earlier:
                return True
    return False


def not_refuted(c: Candidate, ctx: Context, sent: Span) -> bool:
    """An agreement filter: keep an instrument unless it is told only inside a report the sentence refutes, or in
    what a correction says an earlier version claimed."""
    if c.v is None:
        return True
    if corrected_claim(c.v):
        return False
    # the report's own clause holds the instrument ('Reports that A had signed X were false'); 'dismissed claims
    # about the agreement that A signed' dismisses claims, not the agreement
    report = report_noun(c.t, c.v)
    told = report is not None and any(a.head == report and a.dep_ in _CLAUSE_DEPS for a in [c.v, *c.v.ancestors])
    return not (told and dismissed_report(report))
