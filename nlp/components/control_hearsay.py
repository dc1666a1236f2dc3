"""Export controls that stand only in hearsay: reports of a plan, and reports a body dismisses.

'The ministry dismissed reports that Zambia planned to restrict copper exports', 'has noted media reports that
a ban on X is being prepared', 'Tanzania is reported to be considering limits on graphite exports', 'is
reportedly weighing quotas': a plan that only a report carries is no measure a state has taken or announced,
and a report its subject dismisses or denies carries nothing at all.  A measure in force that a report states
('reports that China had banned X exports') keeps its status unless the report is dismissed.
Word lists: ``status.report_nouns``, ``export_control.hearsay_verbs``, ``hearsay_adverbs``, ``dismissing_verbs``,
``refuting_words``, ``falsity_words``, ``retraction_pointers``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import has_neg, verb_chain
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["hearsay_status"]

_CLAUSE_DEPS = ("acl", "ccomp", "relcl", "appos")


def hearsay_status(t: Token, v: Token | None, status: str) -> str | None:
    """The status of measure ``t`` once hearsay is read: None for a dismissed report, or for a plan ('announced')
    that only a report carries; otherwise ``status`` unchanged."""
    report = _report_noun(t, v)
    if report is not None and _dismissed(report):
        return None  # "dismissed reports that Zambia planned to restrict copper exports"
    if v is not None and _retracted(v):
        return None  # "Last week's issue said Zambia had banned exports of X. That was wrong."
    hearsay = report is not None or (v is not None and _hearsay_chain(v))
    return None if hearsay and status == STATUS.announced else status


def _report_noun(t: Token, v: Token | None) -> Token | None:
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


def _dismissed(report: Token) -> bool:
    """'dismissed reports that ...', 'denied media reports', 'the reports were rejected', 'claims that ... are
    false': the report's own verb refutes it."""
    verb = report.head
    if report.dep_ == "pobj" and verb.head.lower_ in _w("export_control.refuting_words"):
        return True  # "..., contrary to reports of an export licence requirement": the story refutes the report
    if report.dep_ == "nsubj" and _called_false(verb):
        return True  # "Reports suggesting that exports have been stopped are inaccurate": the story calls it false
    if report.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _lemma(verb) in _w("export_control.dismissing_verbs", "status.refusal_verbs") and not has_neg(verb)


def _called_false(verb: Token) -> bool:
    """'Claims that ... are false': the report's copula calls it false; the parser may instead make the report
    the subject of its own participle ('Reports suggesting that ...') and hang a subjectless 'are inaccurate' on it."""
    be = _w("export_control.naming_copulas")
    copulas = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "conj") and _lemma(c) in be)]
    copulas = [x for x in copulas if x is verb or not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)]
    falsity = _w("export_control.falsity_words")
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in falsity for x in copulas for c in x.children)


def _retracted(v: Token) -> bool:
    """A reported measure ('... said Zambia had banned exports') that the next sentence calls false ('That was
    wrong.', 'This is incorrect.'): a correction withdraws it."""
    said = any(_lemma(x) in _w("export_control.hearsay_verbs") for x in verb_chain(v)[1:])
    doc, end = v.doc, v.sent.end
    if not said or end >= len(doc):
        return False
    root = doc[end].sent.root
    pointer = any(c.dep_ == "nsubj" and c.lower_ in _w("export_control.retraction_pointers") for c in root.children)
    return pointer and _called_false(root)


def _hearsay_chain(v: Token) -> bool:
    """'is reported to be considering limits', 'is said to be weighing quotas', 'is reportedly preparing a ban':
    a passive verb of saying above the measure's verb, or a hearsay adverb on its chain."""
    chain = verb_chain(v)
    passive = any(
        x.i != v.i
        and _lemma(x) in _w("export_control.hearsay_verbs")
        and any(c.dep_ == "auxpass" for c in x.children)
        and any(c.dep_ == "xcomp" for c in x.children)
        for x in chain
    )
    adverbs = _w("export_control.hearsay_adverbs")
    adverb = any(c.dep_ == "advmod" and c.lower_ in adverbs for x in chain for c in x.children)
    return passive or adverb
