"""An agreement told as joint work states commit to: 'Oman and Saudi Arabia also agreed this month to carry out a
joint geological survey of their border region', 'Peru and Chile decided to launch a joint lithium study'.

No instrument noun is named, so the noun rules find nothing; but two or more states that commit together
(``status.commitment_verbs``) to a task of joint work (an ``agreement.joint_work_nouns`` object a
``agreement.joint_modifiers`` word describes) have agreed something between them: announced, or existing when its
verb is dated to an earlier year.  Negotiating such a task ('Muscat and Riyadh are negotiating a joint geological
mapping programme', ``agreement.bare_talk_verbs``; not 'discussed joint investment') is talks on one.  An
instrument noun as the object ('agreed to set up a joint working group') is the noun rules'; a joint press
conference, bid or exercise is no such work; a negated, modal, failed, refused, conditional, hoped-for or doubted
commitment or a company subject
gives nothing, nor does one state alone ('Oman agreed to a joint survey with a firm').  Two states that will found
such a work themselves ('Mongolia and South Korea will set up a joint centre', a ``status.announced`` verb under
'will') have announced it; a task a committing relative clause founds ('the joint centre that A and B agreed to set
up last December') is that clause's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.dep_labels import AUX_DEPS
from cmkg.nlp.components.event_dates import year_ago, year_before
from cmkg.nlp.components.parties import Context, lemma, resolve_subject, with_parties
from cmkg.nlp.components.syntax import has_neg, path_up, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["RULE", "find_joint_undertakings"]

RULE = "agreement.joint_undertaking"


def _joint_task(v: Token) -> Token | None:
    """The jointly done object of the committed verb's complement ('agreed to carry out a joint survey'), or of the
    negotiating verb itself ('are negotiating a joint geological mapping programme')."""
    negotiating = lemma(v) in _w("agreement.bare_talk_verbs") or _founds_ahead(v)
    works = [v] if negotiating else [x for x in v.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    for work in (w for w in works if not (w is not v and has_neg(w))):
        objects = [o for o in work.children if o.dep_ == "dobj" and o.tag_ != "WDT"]
        if not objects and v.dep_ == "relcl" and work is not v:
            objects = [v.head]  # "the joint centre that A and B agreed to set up": the clause's antecedent
        for o in objects:
            joint = any(
                a.dep_ == "amod" and a.lower_ in _w("agreement.joint_modifiers", "agreement.cross_border_modifiers")
                for a in o.subtree
                if a.i < o.i
            )
            # 'a joint rare earths processing plant', read with the mineral as the object: the task is in its phrase
            task = any(lemma(x) in _w("agreement.joint_work_nouns") for x in _own_words(o))
            if joint and task and lemma(o) not in _w("agreement.nouns", "agreement.governed_nouns"):
                return o
    return None


def _founds_ahead(v: Token) -> bool:
    """'A and B will set up a joint centre': a founding verb under 'will', whose object is the work itself."""
    future = any(c.dep_ in AUX_DEPS and c.lower_ in _w("status.future_auxiliaries") for c in v.children)
    return future and lemma(v) in _w("status.announced") and lemma(v) not in _w("status.commitment_verbs")


def _own_words(o: Token) -> list[Token]:
    """The object's own words, not those of a phrase on it ('a joint press conference on the survey')."""
    return [x for x in o.subtree if not any(a.dep_ == "prep" for a in path_up(x, o))]


def _hedged(v: Token) -> bool:
    """A modal, negated, failed or refused commitment ('would not agree', 'failed to agree', 'refused to agree')."""
    modal = any(c.dep_ in AUX_DEPS and c.lower_ in _w("status.modal_auxiliaries") for c in v.children)
    refused = any(lemma(x) in _w("status.refusal_verbs") or has_neg(x) for x in verb_chain(v)[1:2])
    # "If A and B agree to build ...", "unclear whether they will agree", "are expected to agree", "unlikely to
    # agree", "Analysts doubt that they will agree": a commitment still hoped for, weighed or in doubt
    conditional = any(c.dep_ == "mark" and c.lower_ in _w("agreement.accord_condition_marks") for c in v.children)
    above = v.head if v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i else None
    doubted = above is not None and lemma(above) in _w(
        "status.planned", "status.unwilling_adjectives", "status.doubt_verbs"
    )
    return modal or has_neg(v) or refused or conditional or doubted


def find_joint_undertakings(sent: Span, ctx: Context) -> list[AgreementFact]:
    out: list[AgreementFact] = []
    for v in sent:
        acting = lemma(v) in _w("status.commitment_verbs", "agreement.bare_talk_verbs") or _founds_ahead(v)
        if v.pos_ != "VERB" or not acting or _hedged(v):
            continue
        task = _joint_task(v)
        if task is None:
            continue
        parties, company = resolve_subject(v, ctx)
        parties = list(dict.fromkeys(parties + with_parties(v, ctx)))  # 'Chile agreed with Peru to ...'
        if company or len(parties) < 2:
            continue
        works = [v, *(x for x in v.children if x.dep_ == "xcomp")]  # 'agreed to set up in 2020': the date on the work
        status = STATUS.existing if year_before(v, ctx) or any(year_ago(x, sent) for x in works) else STATUS.announced
        status = STATUS.negotiating if lemma(v) in _w("agreement.bare_talk_verbs") else status
        minerals = sorted({x.ent_kb_id_ for x in task.subtree if x.ent_type_ == "MINERAL"})
        fact = AgreementFact(task, parties, status, None, "agreement", minerals, [], None, rules().rule(RULE), 0.6)
        out.append(fact)
    return out
