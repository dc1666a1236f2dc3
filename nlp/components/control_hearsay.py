"""Export controls that stand only in hearsay: reports of a plan, and reports a body dismisses.

'The ministry dismissed reports that Zambia planned to restrict copper exports', 'has noted media reports that
a ban on X is being prepared', 'Tanzania is reported to be considering limits on graphite exports', 'is
reportedly weighing quotas': a plan that only a report carries is no measure a state has taken or announced,
and a report its subject dismisses or denies carries nothing at all, nor does a guess ('traders speculated that A would
restrict X').  A measure in force that a report states
('reports that China had banned X exports') keeps its status unless the report is dismissed.
Word lists: ``status.report_nouns``, ``export_control.hearsay_verbs``, ``hearsay_adverbs``, ``dismissing_verbs``,
``refuting_words``, ``falsity_words``, ``retraction_pointers``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.report_hearsay import called_false, dismissed_report, report_noun
from cmkg.nlp.components.syntax import has_neg, verb_chain
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["hearsay_status"]


def hearsay_status(t: Token, v: Token | None, status: str) -> str | None:
    """The status of measure ``t`` once hearsay is read: None for a dismissed report, or for a plan ('announced')
    that only a report carries; otherwise ``status`` unchanged."""
    report = report_noun(t, v)
    if report is not None and dismissed_report(report):
        return None  # "dismissed reports that Zambia planned to restrict copper exports"
    if v is not None and _retracted(v):
        return None  # "Last week's issue said Zambia had banned exports of X. That was wrong."
    hearsay = report is not None or (v is not None and _hearsay_chain(v))
    return None if hearsay and status == STATUS.announced else status


def _retracted(v: Token) -> bool:
    """A reported measure ('... said Zambia had banned exports') that the next sentence calls false ('That was
    wrong.', 'This is incorrect.'): a correction withdraws it."""
    said = any(_lemma(x) in _w("export_control.hearsay_verbs") for x in verb_chain(v)[1:])
    doc, end = v.doc, v.sent.end
    if not said or end >= len(doc):
        return False
    root = doc[end].sent.root
    pointer = any(c.dep_ == "nsubj" and c.lower_ in _w("export_control.retraction_pointers") for c in root.children)
    return pointer and called_false(root)


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
    # "traders had speculated that Beijing would next restrict exports": a guess above the plan
    guessed = [x for x in chain[1:] if _lemma(x) in _w("export_control.conjecture_verbs")]
    return passive or adverb or (bool(guessed) and not _borne_out(guessed[0]))


def _borne_out(guess: Token) -> bool:
    """'Dealers speculated that China would add X, and on Friday it did', '...; Vietnam's parliament passed such a
    ban on Tuesday': a later clause of the sentence whose verb repeats or takes the measure bears the guess out."""
    taking = _w("agreement.pro_verbs", "export_control.enacting_verbs", "export_control.placing_verbs")
    later = [x for x in guess.sent if x.i > guess.right_edge.i or (x.dep_ == "conj" and x.head.i == guess.i)]
    return any(x.pos_ in ("VERB", "AUX") and _lemma(x) in taking and not has_neg(x) and x.dep_ != "aux" for x in later)
