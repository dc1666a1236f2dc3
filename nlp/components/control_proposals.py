"""Proposals for an export control deliberated and refused: no measure.

'Lawmakers proposed a ban on X, but the government rejected the idea', 'weighed a ban on X but rejected it',
'considered quotas and decided against them', also with the refusal in the next sentence.  Split from
``control_denial``, which asks this module whether a verb chain's measure was refused.
Word lists: ``export_control.deliberation_verbs``, ``proposal_nouns``, ``dropping_verbs``, ``advancing_verbs``,
``proposing_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, has_neg
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["rejected_proposal"]


def rejected_proposal(chain: list[Token]) -> bool:
    """'Lawmakers proposed a ban on X, but the government rejected the idea', 'weighed a ban on X but rejected
    it', 'looked at restricting X exports and dropped the idea', 'considered quotas and decided against them':
    a measure deliberated in one clause and refused in a coordinated one, by a noun for the proposal or a
    pronoun, never became a measure."""
    announced = rules().table("export_control.status_by_lemma")[STATUS.announced]
    proposals = set(announced) | _w("export_control.deliberation_verbs")
    head = chain[0].head.head if chain and chain[0].dep_ == "pcomp" and chain[0].head.dep_ == "prep" else None
    # "considered the case for restricting exports of X, and concluded that such restrictions would not be ..."
    weighing = [*chain, *([head.head] if head is not None and head.pos_ == "NOUN" and head.dep_ == "dobj" else [])]
    if any(_concluded_against(x) and not _reviews_measure(x) for x in weighing):
        return True
    for x in (x for x in [*chain, *([head] if head is not None else [])] if _lemma(x) in proposals):
        if not _existing_measure(x) and any(c.dep_ == "conj" and _refuses_it(c) for c in x.children):
            return True
        if not _existing_measure(x) and _unadopted_object(x):
            return True
        if _lemma(x) in _w("export_control.deliberation_verbs") and not _existing_measure(x) and _refused_next(x):
            return True
    return False


def _unadopted_object(x: Token) -> bool:
    """'Vietnam has proposed restrictions on exports of X, which have not been adopted': a relative clause on the
    proposed measure (or a noun of its phrase) whose negated advancing or enacting verb has the relative word as
    its subject says the measure was never made."""
    verbs = set(rules().table("export_control.advancing_verbs")) | _w("export_control.enacting_verbs")
    relative = _w("export_control.relative_objects")
    return any(
        c.dep_ == "relcl"
        and has_neg(c)
        and _lemma(c) in verbs
        and any(s.dep_ in SUBJECT_DEPS and s.lower_ in relative for s in c.children)
        for o in x.children
        if o.dep_ == "dobj"
        for c in o.subtree
    )


def _refused_next(x: Token) -> bool:
    """'Cabinet considered a ban on X last week. It decided against it, the minister said.', 'The ministry weighed
    quotas on X. In the end, officials rejected the idea.': the next sentence's main clause (or the clause its
    reporting verb governs) refuses the weighed measure by a pronoun or a noun for the proposal."""
    if x.sent.end >= len(x.doc):
        return False
    root = x.doc[x.sent.end].sent.root
    return any(_refuses_it(v) for v in (root, *(c for c in root.children if c.dep_ == "ccomp")))


def _existing_measure(x: Token) -> bool:
    """'reviewed its ban on X and scrapped it', 'discussed the quota and dropped it': a measure owned or already
    named that is refused was lifted, not denied; only a bare or indefinite proposal ('a ban', 'quotas')."""
    definite = _w("export_control.anaphoric_determiners")
    if _lemma(x) in _w("export_control.proposing_verbs"):
        return False  # "MPs proposed the ban on X": what is proposed is not yet in force, whatever its article
    return any(
        o.dep_ == "dobj" and any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in definite) for d in o.children)
        for o in x.children
    )


def _refuses_it(c: Token) -> bool:
    """'rejected the idea', 'dropped it', 'ruled them out', 'turned the proposal down', 'decided against it':
    a refusing verb whose object is the proposal itself (a noun for it or a pronoun)."""

    def _it(o: Token) -> bool:
        # ... or the measure named again: "considered a licensing requirement but concluded against such a requirement"
        return _lemma(o) in _w("export_control.proposal_nouns") or _anaphor(o)

    lem = _lemma(c)
    particles = rules().table("status.refusal_particles") | rules().table("export_control.refusal_particles")
    refusing = lem in _w("status.refusal_verbs", "export_control.dropping_verbs") or any(
        p.dep_ == "prt" and p.lower_ == particles.get(lem) for p in c.children
    )
    if refusing and any(o.dep_ in ("dobj", "nsubjpass") and _it(o) for o in c.children):  # "the plan was shelved"
        return True
    if _stalled(c):
        return True  # "but the proposal did not go to the vote", "the proposal was not adopted": it never advanced
    against = _w("export_control.against_prepositions")
    return lem in _w("export_control.against_verbs") and any(
        p.dep_ == "prep" and p.lower_ in against and any(o.dep_ == "pobj" and _it(o) for o in p.children)
        for p in c.children
    )


def _stalled(c: Token) -> bool:
    """'the proposal did not go to the vote', 'was not adopted', 'did not pass': a negated advancing verb with the
    proposal as its subject, with its preposition where the verb needs one ('go to'), and no complement, particle
    or clause that carries it on ('did not go unnoticed', 'go down well', 'until 2024', 'before it was approved by
    decree', 'because the president signed it into law')."""
    needs = rules().table("export_control.advancing_verbs").get(_lemma(c))
    if needs is None or not has_neg(c):
        return False
    if not any(s.dep_ in SUBJECT_DEPS and _lemma(s) in _w("export_control.proposal_nouns") for s in c.children):
        return False
    if needs and not any(p.dep_ in ("prep", "dative") and p.lower_ in needs for p in c.children):
        return False
    pending = _w("export_control.pending_marks")
    goes_on = any(x.dep_ in ("acomp", "oprd", "prt", "advcl") for x in c.children)
    return not goes_on and not any(x.lower_ in pending for x in c.subtree)


def _concluded_against(x: Token) -> bool:
    """'has considered the case for restricting exports ... and has concluded that such restrictions would not be in
    the interests of': a deliberation whose coordinated conclusion denies the weighed measure, named again by an
    anaphor ('such restrictions', 'this ban', 'it'), leaves no measure."""
    if _lemma(x) not in _w("export_control.deliberation_verbs"):
        return False
    conclusions = [c for c in x.children if c.dep_ == "conj" and _lemma(c) in _w("export_control.conclusion_verbs")]
    return any(
        has_neg(k) and any(s.dep_ in SUBJECT_DEPS and _anaphor(s) for s in k.children)
        for c in conclusions
        for k in c.children
        if k.dep_ == "ccomp"
    )


def _reviews_measure(x: Token) -> bool:
    """'reviewed its ban and concluded that it would not be lifted': a measure in force, weighed again, stays; 'the
    case for a ban' weighs no measure yet."""
    return _existing_measure(x) and any(
        o.dep_ == "dobj" and _lemma(o) in _w("export_control.trigger_nouns") for o in x.children
    )


def _anaphor(s: Token) -> bool:
    """'such restrictions', 'this ban', 'it': a subject naming the weighed measure again."""
    if s.lower_ in _w("export_control.anaphoric_pronouns"):
        return True
    marks = _w("export_control.anaphoric_determiners", "export_control.anaphoric_adjectives")
    return _lemma(s) in _w("export_control.measure_anaphors") and any(c.lower_ in marks for c in s.children)
