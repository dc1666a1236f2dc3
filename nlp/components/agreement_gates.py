"""The last gates of the agreement pipeline: enough parties for a fact, and a status for it.

A candidate that survived the party rules becomes a fact only with two parties (or a name that is no
one-party policy) and a status; a counted plural with one owner ("deals with 14 countries") instead
opens a series whose partners later sentences list, and a perfect verb reports the series so far.
These two filters close ``agreements.FILTERS`` and share the test of the series so far, so they sit
together apart from the filters that find parties.  Word lists: ``agreement.*``, ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.advice_clauses import advised_only
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.counted_series import included_partners
from cmkg.nlp.components.counterpart import is_plural, partner_in_reduced_relative
from cmkg.nlp.components.denied_talks import talks_denied
from cmkg.nlp.components.dep_labels import PRESENT_TAGS
from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.components.generic_mentions import talks_with_others
from cmkg.nlp.components.governed import in_consultation
from cmkg.nlp.components.item_headings import line_above_items
from cmkg.nlp.components.parties import Context, counted_partners, lemma
from cmkg.nlp.components.party_phrases import instrument_acronym
from cmkg.nlp.components.requested_partners import RULE as REQUESTED
from cmkg.nlp.components.series_hosts import joined_series
from cmkg.nlp.components.series_steps import open_series
from cmkg.nlp.components.standing_formats import worked_through
from cmkg.nlp.components.status import (
    agreement_status,
    earlier_year,
    is_membership,
    pending_sequel,
    takes_part,
    talks_continue,
)
from cmkg.nlp.components.submitted_drafts import RULE as SUBMITTED
from cmkg.nlp.components.syntax import countries_in, subject_tokens, verb_chain
from cmkg.nlp.components.talks_status import pending_commitment, under_negotiation
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import NEWLY_AGREED, STATUS

__all__ = [
    "alternative_partners",
    "conditional_only",
    "each_with_another",
    "enough_parties",
    "has_status",
    "recommended_only",
]


def enough_parties(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Two parties, or a name; a counted plural ('deals with 14 countries') announces a list instead."""
    # a named 'Deal' or 'Pact' of one party ("its ambitious Green Deal") is a policy, not an instrument
    policy = c.lem in _w("agreement.policy_name_heads")
    # a memorandum has two sides: with one party found the other is missing, and half a set is wrong
    # ... and so has a trade agreement named by its acronym ('the USMCA', 'the CEPA with Canada')
    two_sided = c.lem in _w("agreement.two_sided_documents") or c.t.lower_ in _w("agreement.mou_forms")
    two_sided = two_sided or instrument_acronym(c.t)
    # "Estonia joins the Z": a joiner alone is not the set of members, which the text names elsewhere if at all
    lone_joiner = c.v is not None and is_membership(c.v) and c.parties == c.subj
    counted = counted_partners(c.t) or (c.v is not None and counted_partners(c.v))
    counted = counted and not c.name and len(c.subj) == 1 and is_plural(c.t)
    # "with several countries on Friday, including X, Y and Z" (the parser may have read X as a 'with' state)
    c.with_ += [x for x in included_partners(c, sent) if x not in c.with_] if counted else []
    # "the X Agreement signed with B": the partner alone is half the set, as for a memorandum
    half_set = two_sided or lone_joiner or (partner_in_reduced_relative(c) and c.parties == c.with_)
    # "announced agreements with partners in A and B": plural instruments whose partner phrase names no state
    withs = [p for p in c.t.children if p.lower_ in _w("agreement.with_prepositions")]
    unnamed = is_plural(c.t) and not c.with_ and bool(withs)
    half_set = half_set or unnamed or _funding_source(c.t)
    if len(c.parties) >= 2 or (c.name and c.parties and not policy and not half_set):
        return True
    if c.subnational is not None and len(c.parties) == 1:  # a province signed with a foreign ministry: that state alone
        return True
    # "X has spent years building a web of partnerships": one owner's series, whose steps may follow
    owned = len(c.parties) == 1 and is_plural(c.t) and not c.name and c.rule != "agreement.one_anaphor"
    if counted or owned:
        status = agreement_status(c.t, c.v, ctx, sent)
        status = STATUS.existing if status in NEWLY_AGREED and _so_far(c) else status  # "has concluded such
        if status:  # instruments with a series of partners. The previous ones were A and B": the series so far
            type_ = rules().table("agreement.type_by_noun").get(c.lem, "agreement")
            open_series(ctx, c.subj if counted else c.parties, type_, status, bool(counted))
    return False


def _funding_source(t: Token) -> bool:
    """'The factory received EUR 18.7 million from the EU Just Transition Fund': a named fund a sum comes from is
    where the money is drawn, no news of the fund (``agreement.receipt_verbs``, ``agreement.source_prepositions``)."""
    prep = t.head if t.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in _w("agreement.source_prepositions")
        and lemma(prep.head) in _w("agreement.receipt_verbs")
    )


def each_with_another(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Both Kazakhstan and Uzbekistan already have arrangements with Europe': plural instruments of coordinated
    subjects with a partner that is no state (a region, a firm) are each subject's own with that partner, not a
    set of the subjects."""
    if c.with_ or c.mods or c.name or len(c.subj) < 2 or not is_plural(c.t):
        return True
    anchors = [c.t] + ([c.v] if c.v is not None else [])
    withs = [p for a in anchors for p in a.children if p.dep_ == "prep" and p.lower_ in _w("officials.with_word")]
    partners = [o for p in withs for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON"]
    # 'with each other', 'with one another': the subjects' own set; 'joint agreements with Europe': theirs together
    each_other = any(x.lower_ in _w("agreement.reciprocal_words") for o in partners for x in o.subtree)
    joint = any(a.lower_ in _w("agreement.joint_modifiers") for a in c.t.children)
    return not partners or each_other or joint or any(countries_in([o]) for o in partners)


def alternative_partners(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'before each member signs its own memorandum with Washington, Tokyo or Beijing', 'may sign a deal on X with A or
    B': partners offered as alternatives (``agreement.alternative_conjunctions``) in the instrument's own 'with'
    phrase (on the instrument, its verb or its topic) make no set with all of them."""
    if len(c.with_) < 2:
        return True
    own = [c.t, *c.t.subtree] + ([c.v] if c.v is not None else [])
    withs = [p for p in own if p.dep_ == "prep" and p.lower_ in _w("officials.with_word") and p.head in own]
    words = _w("agreement.alternative_conjunctions")
    chains = [(o, *o.conjuncts) for p in withs for o in p.children if o.dep_ == "pobj"]
    return not any(y.dep_ == "cc" and y.lower_ in words for ch in chains for x in ch for y in x.children)


def _so_far(c: Candidate) -> bool:
    """A perfect verb with no sequel pending ('has concluded'): what it reports is the series up to now."""
    auxiliaries = [x.lower_ for x in c.v.children if x.dep_ == "aux"] if c.v is not None else []
    return any(x in _w("status.perfect_auxiliaries") for x in auxiliaries) and not pending_sequel(c.v)


def has_status(c: Candidate, ctx: Context, sent: Span) -> bool:
    if talks_denied(c.t, c.v):
        return False  # "X is not in talks with Y", "denied that X was negotiating with Y": no deal under way
    c.status = agreement_status(c.t, c.v, ctx, sent)
    # "The A-B accord, concluded in May, has not yet been signed": a later verb of the chain, or one coordinated
    # with the instrument's own that has no subject of its own, leaves it pending
    chain = verb_chain(c.v)[1:] + [x for x in c.v.conjuncts if not subject_tokens(x)] if c.v is not None else []
    if c.status in (*NEWLY_AGREED, STATUS.existing) and any(pending_commitment(x) for x in chain):
        c.status = STATUS.negotiating
    if c.rule == REQUESTED and c.status is not None:
        c.status = STATUS.planned  # "Jakarta has asked Washington for an agreement": asked for, not yet made
    if c.rule == SUBMITTED:  # "submitted a framework proposal to Washington": a text handed over, unless it failed
        ended = any(lemma(x) in _w("status.lapsed", "status.refusal_verbs") for x in sent)
        # 'is considering proposing a dialogue to Washington': a handing-over a verb above still weighs is planned
        weighed = c.v is not None and any(lemma(x) in _w("status.planned") for x in verb_chain(c.v)[1:])
        c.status = STATUS.lapsed if ended else STATUS.planned if weighed else STATUS.negotiating
    # "those talks are continuing, and no minerals agreement with X is under discussion": a denial of the talks on
    # the instrument itself leaves the talks the sentence affirms another deal's
    talks_denied_here = under_negotiation(c.t, c.v)
    if c.status is None and talks_continue(sent) and not talks_with_others(c, ctx, sent) and not talks_denied_here:
        c.status = STATUS.negotiating  # "did not sign a memorandum, though talks were continuing": still under way
    if c.status is None and c.outside:
        c.status = STATUS.existing  # "C is not a party to the A-B agreement": the clause takes the deal as given
    talks = c.lem in _w("status.talks_nouns") or in_consultation(c.t)  # 'is in consultation with B on ...'
    if talks and c.status not in (None, STATUS.lapsed):  # "terminated trade talks": lapsed
        c.status = STATUS.negotiating  # the talks are the deal's only mention: under negotiation
    if c.status in NEWLY_AGREED and (joined := joined_series(c.t, c.v)):
        c.status = joined  # "the framework joins similar instruments signed with A": the series before it
    if (c.rule == "agreement.aside" or worked_through(c.t)) and c.status:
        c.status = STATUS.existing  # "after / like a deal between C and D", "through the A-B dialogue": one running
    if c.self_reference and c.status == STATUS.existing:
        c.status = STATUS.announced  # the text is the instrument: announced by being published
    series = is_plural(c.t) and len(c.with_) >= 2 and not c.self_reference and c.rule != "agreement.preamble"
    if series and c.status in NEWLY_AGREED and _so_far(c):
        c.status = STATUS.existing  # "Germany has concluded partnerships with A, B and C": the series so far
    joined = c.accession or c.rule in ("agreement.joined_members", "agreement.accession")  # news of a change
    joined = joined and not _standing(c.v)  # "All five take part in the Dialogue": held now, no news
    if joined and c.status == STATUS.existing and c.v is not None and not earlier_year(c.v, ctx):
        # "C, which has since signed the alliance": a signing verb tells the joiner's signature, others the news
        c.status = STATUS.signed if lemma(c.v) in _w("status.signed") else STATUS.announced
    return c.status is not None


def recommended_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'3. Recommendations / 1. Conclude a framework with Chile': a bare imperative opening an item is advice to
    the reader, no act of the states; a joint text sets its operative paragraphs of that shape in capitals ('2.
    AGREE to establish ...', voiced by the document's pair).  An instrument it names as existing ('Use the
    Minerals Security Partnership to ...') still exists.  A that-clause of advice is advice too (``advice_clauses``)."""
    v = c.v
    if v is None or v.text.isupper() or c.status == STATUS.existing:
        return True
    if not advised_only(c, ctx, sent):
        return False  # 'The Committee recommends that the Government open talks with B
    if v.dep_ != "ROOT" or v.tag_ != "VB" or subject_tokens(v):
        return True
    start = line_start(v.doc, v.idx)  # the item's own line: the parser may join it to the heading above
    before = [x for x in v.doc[v.sent.start : v.i] if x.idx >= start]
    opens_item = all(x.is_punct or x.is_space or x.tag_ == "LS" or x.like_num for x in before)
    return not opens_item or _completes_lead_in(v.doc, start)


def _completes_lead_in(doc: Doc, start: int) -> bool:
    """'The two ministers decided to:' over '1. Establish a partnership': the items finish the lead-in's clause
    (its last word before the colon 'to' or a modal, ``agreement.lead_in_ends``), so they are the subject's
    commitments; not a lead-in of advice ('We urge B to:', ``agreement.advice_lead_in_words``)."""
    above = line_above_items(doc, start, skip_blank=True)
    if above is None:
        return False
    line = doc_text(doc)[above[0] : above[1]].strip()
    words = [w.lower().strip(",;") for w in line.rstrip(":").split()]
    if not line.endswith(":") or not words or words[-1] not in _w("agreement.lead_in_ends"):
        return False
    # 'decided to:', 'committed themselves to:', 'The Parties will:'; not 'We urge the Government to:'
    return not set(words) & _w("agreement.advice_lead_in_words")


def _standing(v: Token | None) -> bool:
    """A present-tense verb of taking part ('take part in', 'participate in'): a membership held, not a joining."""
    if v is None or v.tag_ not in PRESENT_TAGS:
        return False
    return takes_part(v) or lemma(v) in _w("agreement.standing_membership_verbs")


def conditional_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'If Belgrade would sign a similar agreement with Washington, we would get capital', 'If A signs a deal with B,
    prices will fall', 'as if A had signed a deal with B': an instrument whose verb is the open or counterfactual
    condition of another clause is a hypothesis, no deal in any state (``export_control.condition_marks``); so is
    one a state is only open to."""
    if _openness_only(c.t):
        return False
    if c.v is None:
        return True
    marks = _w("export_control.condition_marks")
    return not any(_open_condition(x, marks) for x in (c.v, *verb_chain(c.v)[1:2]))


def _openness_only(t: Token) -> bool:
    """'his government was open to a minerals partnership with the United States, although no talks had begun': an
    instrument a state is only open to (``agreement.openness_adjectives``) is neither made, planned nor in talks."""
    head = t.head if t.dep_ == "conj" and t.head.dep_ == "pobj" else t
    prep = head.head if head.dep_ == "pobj" else None
    adjective = prep.head if prep is not None and prep.dep_ == "prep" else None
    return adjective is not None and adjective.pos_ == "ADJ" and adjective.lower_ in _w("agreement.openness_adjectives")


def _open_condition(x: Token, marks: frozenset[str]) -> bool:
    """An 'if' or 'unless' clause with a subject of its own and a verb in the present or after a modal ('If A signs',
    'If B would sign', 'if a deal would be signed'): 'If approved, the agreement would ...' speaks of a named deal,
    and 'Even if A signed the deal in 2018' or 'If A signed it last year, as officials say' tells a past one."""
    if x.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in marks for m in x.children):
        return False
    if not any(s.dep_ in ("nsubj", "nsubjpass") for s in x.children):
        return False
    if _counterfactual(x):
        return True  # "as if Peru had signed a deal", "what would happen if Canada signed a deal with China"
    modal = any(
        a.dep_ in ("aux", "auxpass") and a.lower_ in _w("status.modal_auxiliaries", "status.future_auxiliaries")
        for a in x.children
    )
    return modal or x.tag_ in PRESENT_TAGS


def _counterfactual(x: Token) -> bool:
    """'as if A had signed', '... would happen if A signed': a past condition that a comparison or a
    hypothetical main clause sets against what is (``agreement.as_if_words``,
    ``agreement.counterfactual_auxiliaries``)."""
    marks = [m for m in x.children if m.dep_ == "mark"]
    before = [m.doc[m.i - 1].lower_ for m in marks if m.i > 0]
    if any(w in _w("agreement.concessive_words") for w in before) and x.tag_ == "VBD":
        return False  # "Even if Peru signed the deal in 2018, it could not stop smuggling": a told past
    as_if = any(w in _w("agreement.as_if_words") for w in before)
    hypothetical = _w("agreement.counterfactual_auxiliaries")
    return as_if or any(a.dep_ == "aux" and a.lower_ in hypothetical for a in x.head.children)
