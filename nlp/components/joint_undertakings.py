"""An agreement told as joint work states commit to: 'Oman and Saudi Arabia also agreed this month to carry out a
joint geological survey of their border region', 'Peru and Chile decided to launch a joint lithium study'.

No instrument noun is named, so the noun rules find nothing; but two or more states that commit together
(``status.commitment_verbs``) to a task they will do jointly (an object a ``agreement.joint_modifiers`` word
describes) have agreed something between them: announced, or existing when its verb is dated to an earlier year.
An instrument noun as the object ('agreed to set up a joint working group') is the noun rules'; a negated, modal or
company subject gives nothing, nor does one state alone ('Oman agreed to a joint survey with a firm').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.dep_labels import AUX_DEPS
from cmkg.nlp.components.event_dates import year_before
from cmkg.nlp.components.parties import Context, lemma, resolve_subject
from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.components.syntax import has_neg
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["RULE", "find_joint_undertakings"]

RULE = "agreement.joint_undertaking"


def _joint_task(v: Token) -> Token | None:
    """The jointly done object of the committed verb's complement ('to carry out a joint survey')."""
    for work in (x for x in v.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and not has_neg(x)):
        for o in (o for o in work.children if o.dep_ == "dobj"):
            joint = any(a.dep_ == "amod" and a.lower_ in _w("agreement.joint_modifiers") for a in o.children)
            if joint and lemma(o) not in agreement_words() | _w("agreement.governed_nouns"):
                return o
    return None


def _hedged(v: Token) -> bool:
    modal = any(c.dep_ in AUX_DEPS and c.lower_ in _w("status.modal_auxiliaries") for c in v.children)
    return modal or has_neg(v)


def find_joint_undertakings(sent: Span, ctx: Context) -> list[AgreementFact]:
    out: list[AgreementFact] = []
    for v in sent:
        if v.pos_ != "VERB" or lemma(v) not in _w("status.commitment_verbs") or _hedged(v):
            continue
        task = _joint_task(v)
        if task is None:
            continue
        parties, company = resolve_subject(v, ctx)
        if company or len(set(parties)) < 2:
            continue
        status = STATUS.existing if year_before(v, ctx) else STATUS.announced
        fact = AgreementFact(
            task, list(dict.fromkeys(parties)), status, None, "agreement", [], [], None, rules().rule(RULE), 0.6
        )
        out.append(fact)
    return out
