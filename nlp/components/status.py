"""Status rules: how far along an agreement is, read off its verb chain.

The lemma of each verb in the chain, its auxiliaries, negation and time
markers decide between signed, announced, existing, planned, negotiating and
lapsed; a verb in the past with a time phrase before the article's month or
year is background ("existing").  Word lists: ``status.*`` and ``dates.*``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.acted_under import acted_under
from cmkg.nlp.components.event_dates import date_of, earlier_year, year_before
from cmkg.nlp.components.governed import renegotiated, talks_topic, to_be_set_up
from cmkg.nlp.components.modality import UNREAD, modal_status
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.signing_acts import (
    intention_noun,
    issued_itself,
    lapses_under,
    same_day,
    signing_event,
    signing_phrase,
)
from cmkg.nlp.components.status_frames import (
    background_mention,
    carried_out,
    destined,
    lapse_phrase,
    scheduling_copula,
    signing_ahead,
    told_then_unmade,
)
from cmkg.nlp.components.syntax import AUX_DEPS, governing_verb, verb_chain
from cmkg.nlp.components.talks_status import (
    concluded_talks,
    in_preparation,
    in_talks,
    last_step,
    made_topic,
    paused_after_made,
    pending_commitment,
    settling_verb,
    talks_continue,
    talks_outcome,
    talks_to_begin,
    under_negotiation,
)
from cmkg.nlp.components.talks_status import negated as _negated
from cmkg.nlp.components.unratified import never_in_force
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "takes_part",
    "pending_sequel",
    "talks_continue",
    "agreement_status",
    "earlier_year",
    "date_of",
    "intention_noun",
    "is_membership",
    "became_member",
]

CONTROL_DEPS = frozenset({"xcomp", "ccomp"})


def _extended(t: Token, v: Token | None) -> bool:
    """'The memorandum adds to A's partnerships with B and C', 'builds on the accord of 2019': the instrument
    that something is added to is the one in place; the announcing sense of 'add' takes an object ('added
    lithium to the partnership')."""
    while t.dep_ == "compound":
        t = t.head
    if v is None or t.dep_ != "pobj" or t.head.head.i != v.i or any(c.dep_ == "dobj" for c in v.children):
        return False
    return t.head.lower_ in rules().table("status.extension_frames").get(lemma(v), ())


def pending_sequel(v: Token | None) -> bool:
    """'has agreed frameworks with A and B, with final texts to be negotiated', 'with details still to be worked
    out': a step still to come (an infinitive in a 'with' phrase or clause on the verb) makes the agreement the
    news of the day, not the series so far."""
    if v is None:
        return False
    marks = _w("status.sequel_prepositions")
    # "..., the White House said on Thursday, with final texts to be negotiated": on the attribution verb too
    verbs = [v] + [x for x in [v.head, *v.children] if lemma(x) in _w("status.reporting_verbs") and x.i != v.i]
    openers = [c for x in verbs for c in x.children if c.dep_ == "prep" and c.lower_ in marks]
    openers += [
        c for x in verbs for c in x.children if c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children)
    ]
    # the step is a thing ('texts', 'details'), not more of the same ('with more to come')
    return any(
        x.pos_ in ("VERB", "AUX")
        and any(a.tag_ == "TO" for a in x.children)
        and any(n.pos_ == "NOUN" for n in o.subtree)
        for o in openers
        for x in o.subtree
    )


def _founding_instrument(v: Token | None) -> Token | None:
    """'signed a memorandum of understanding establishing a partnership', 'an agreement creating a joint fund':
    a participle on an agreement noun says what that instrument sets up, so what it sets up stands where the
    instrument stands (signed, planned, ...), not where the participle's own lemma would put it.  So does a
    relative clause whose pronoun founds it ('signed a memorandum that launches a partnership')."""
    founding = v is not None and v.dep_ == "relcl" and lemma(v) in _w("status.announced")
    if founding and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in v.children):
        return v.head if _is_instrument(v.head) else None
    if v is None or v.dep_ not in ("acl", "advcl") or v.tag_ != "VBG":
        return None
    # "signed a memorandum in 2019 establishing a partnership": the parser may hang it on the verb beside its object
    objects = [o for o in v.head.children if o.dep_ == "dobj" and o.i < v.i] if v.dep_ == "advcl" else [v.head]
    if not objects:
        return None
    noun = objects[0]
    for _ in range(2):  # "a memorandum of understanding": the participle hangs on 'understanding'
        if _is_instrument(noun) or noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head.head
    return noun if _is_instrument(noun) else None


def _is_instrument(x: Token) -> bool:
    return x.pos_ in ("NOUN", "PROPN") and (lemma(x) in _w("agreement.nouns") or x.lower_ in _w("agreement.mou_forms"))


def _subordinated(verb: Token) -> bool:
    """An adverbial clause opened by a reason or time conjunction ('since', 'because', 'after')."""
    return any(c.dep_ == "mark" and c.lower_ in _w("status.subordinating_marks") for c in verb.children)


def _verb_status(verb: Token, ctx: Context, own: Token | None = None) -> str | None:
    """The status one verb of the chain gives, or None to look further up the chain ('' = negated)."""
    lem = lemma(verb)
    aux = {c.lower_ for c in verb.children if c.dep_ in AUX_DEPS}
    committed = _w("status.signed", "status.announced")
    if _negated(verb) and lem in _w("status.post_signing_verbs"):
        return None  # "the accord that A signed with B has not yet been ratified": the signing decides, not this
    if _negated(verb) and (lem in committed or lem in _w("status.negatable_verbs")):
        return STATUS.negotiating if pending_commitment(verb) else ""
    if (lem in _w("status.lapsed") or lapse_phrase(verb)) and lem not in _w("status.pause_verbs"):  # not 'stalled'
        return STATUS.existing if lapses_under(verb, own) else STATUS.lapsed
    if lem in _w("status.permissive_verbs") and _lets_lapse(verb):  # "was allowed to lapse", "left to expire"
        return STATUS.lapsed
    if lem in _w("status.negotiating", "status.pause_verbs"):  # "the deal has stalled": open, unless a past year's
        return STATUS.existing if paused_after_made(verb, ctx, own) else STATUS.negotiating
    if lem in _w("export_control.preservation_verbs"):
        return None  # "would not change the agreement with B": what leaves it as it is says nothing of its making
    if aux & _w("status.modal_auxiliaries") and lem not in _w("status.reporting_verbs"):
        return STATUS.planned
    if lem in _w("status.planned"):  # "continues to pursue an agreement": the pursuit is under way
        kept = verb.dep_ == "xcomp" and lemma(verb.head) in _w("status.continuation_verbs")
        return STATUS.negotiating if kept else STATUS.planned
    background = any(c.lower_ in _w("status.existing_markers") for c in verb.children if c.dep_ == "advmod")
    background = background and not same_day(verb) or _referred_back(verb) or _after_interval(verb) or carried_out(verb)
    future = bool(aux & _w("status.future_auxiliaries"))
    # "Korea to sign a similar memorandum with Uzbekistan": a headline's 'to' infinitive as its main verb is ahead
    future = future or verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if lem in committed or signing_phrase(verb, own):  # "put their signatures to", "exchanged letters of intent"
        if background or earlier_year(verb, ctx, own):
            return STATUS.existing
        if future:
            return STATUS.planned
        return STATUS.announced if lem in _w("status.announced") else STATUS.signed
    if lem in _w("status.possession_verbs"):
        return STATUS.existing
    return None


def _ended_since(t: Token, v: Token | None) -> bool:
    """'A partnership that X signed with Y in 2012 was allowed to lapse', 'the memorandum, signed in 2019, expired
    last year': a clause on the agreement tells how it began, its own predicate how it stands now; a past lapse
    there makes it lapsed whatever the earlier signing ('expires next year' is still in place)."""
    if t.dep_ not in ("nsubj", "nsubjpass") or v is None or v.i == t.head.i:
        return False
    verb = last_step(t.head)
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or _negated(verb):
        return False
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    if any(c.dep_ in AUX_DEPS and c.lower_ in ahead for c in verb.children):
        return False
    return (
        lemma(verb) in _w("status.lapsed")
        and not lapses_under(verb, t)
        or (lemma(verb) in _w("status.permissive_verbs") and _lets_lapse(verb))
    )


def _lets_lapse(verb: Token) -> bool:
    """'was allowed to lapse', 'was left to expire': a permissive verb whose complement ends the agreement."""
    lapsed = _w("status.lapsed")
    lapsing = any(c.dep_ in CONTROL_DEPS and lemma(c) in lapsed for c in verb.children)
    # "was left to lapse": the parser may read the complement as a noun in a 'to' phrase
    lapsing = lapsing or any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and lemma(o) in lapsed for o in c.children) for c in verb.children
    )
    return lapsing and not _negated(verb)


def _after_interval(verb: Token) -> bool:
    """'The forum comes two months after X and Y signed a framework', 'a week after the summit in Z, where X
    signed ...': a signing that measures a span of days, weeks or years before another event is background.

    The span ('a week', 'less than a month', 'two years') ends right before the 'after'/'since' that opens the
    clause or phrase holding the verb; a bare 'after talks' or 'hours after' measures nothing."""
    units, marks = _w("dates.interval_units"), _w("dates.interval_prepositions")
    for x in [verb, *verb.ancestors]:
        opener = x if x.lower_ in marks and x.dep_ == "prep" else None
        opener = opener or next((c for c in x.children if c.dep_ == "mark" and c.lower_ in marks), None)
        if opener is None:
            continue
        span = opener.doc[opener.i - 1] if opener.i > opener.sent.start else None
        # 'two months after' (npadvmod), 'less than a month after' (the object of the comparison); a bare
        # 'days after' counts nothing: the signing is still the week's news
        counted = span is not None and any(c.dep_ in ("det", "nummod") for c in span.children)
        return counted and span.dep_ in ("npadvmod", "pobj") and lemma(span) in units
    return False


def _referred_back(verb: Token) -> bool:
    """'pointed to the memorandum that A and B signed in March': a signing told in a relative clause on an
    instrument that the main clause only refers back to (``status.reference_verbs``) is background."""
    noun = verb.head if verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "pobj") else None
    holder = governing_verb(noun.head) if noun is not None and noun.head.i != noun.i else None
    return holder is not None and lemma(holder) in _w("status.reference_verbs")


def _denies_or_defers(verb: Token) -> str | None:
    """A controlling verb that denies ('' : "ruled out signing", "have yet to sign") or schedules
    ('planned': "are set to sign", "is due to sign") what it controls; None when it does neither."""
    particles = rules().table("status.refusal_particles")
    if any(c.dep_ == "prt" and c.lower_ == particles.get(lemma(verb)) for c in verb.children):
        return ""
    if any(c.dep_ == "advmod" and c.lower_ in _w("status.pending_markers") for c in verb.children):
        return ""
    if any(c.dep_ == "acomp" and c.lower_ in _w("status.unwilling_adjectives") for c in verb.children):
        return ""  # "are unlikely to sign", "remain reluctant to sign"
    if lemma(verb) in _w("status.scheduling_verbs") or any(
        c.dep_ == "acomp" and c.lower_ in _w("status.scheduling_verbs") for c in verb.children
    ):
        return STATUS.planned
    return None


def _commits_to_sign(x: Token) -> bool:
    """'We agreed to sign an MOU before the end of the year', 'undertook on Friday to conclude a framework': a
    signing verb in the infinitive under a commitment (``status.commitment_verbs``) is a signing still to come;
    a commitment to anything else ('agreed to establish a partnership') is the agreement itself."""
    infinitive = x.dep_ in CONTROL_DEPS | {"advcl"} and any(a.tag_ == "TO" for a in x.children)
    return (
        infinitive
        and lemma(x) in _w("status.signed")
        and lemma(x.head) in _w("status.commitment_verbs")
        and not _negated(x.head)
    )


def _opposed(verb: Token) -> bool:
    """A verb that refuses or opposes its object ('rejects', 'opposes', 'rules out')."""
    refusing = _w("status.refusal_verbs", "status.opposing_verbs")
    return lemma(verb) in refusing or _denies_or_defers(verb) == ""


def _intending(chain: list[Token]) -> list[Token]:
    """The verbs an intention noun may govern: all but the announcing last one, and the last one too where the
    chain stops at the noun ('signed deals with many countries and plans to conclude more')."""
    stopped = chain[-1:] if chain and chain[-1].tag_ == "VB" and chain[-1].head.pos_ == "NOUN" else []
    # "has no intention of signing an agreement with C": the gerund under the noun's 'of' (modality19)
    stopped = stopped or (chain[-1:] if chain and chain[-1].dep_ == "pcomp" and intention_noun(chain[-1]) else [])
    return chain[:-1] + stopped


def _intended(x: Token) -> bool:
    """'intention to sign / negotiate / begin / explore', 'interest in joining the Z': intended, not done."""
    intended = _w("status.signed", "status.negotiating", "status.onset_verbs", "status.planned")
    return lemma(x) in intended or is_membership(x)


def _controlled_status(chain: list[Token], ctx: Context, t: Token) -> str | None:
    """What a verb controlling the instrument's verb decides: '' when it denies the instrument ('refused to sign',
    'did not agree to sign'), a status when it sets one ('plan to sign', 'agreed to sign', 'is due to be
    signed'), None when the chain's own verbs must decide."""
    # "refused to sign", "did not agree to sign", "are not expected to sign": the controlling verb denies it
    denied = _w("status.signed", "status.announced", "status.negatable_verbs", "status.planned")
    for verb in chain:
        if _negated(verb) and lemma(verb) in _w("status.post_signing_verbs"):
            continue  # 'has not yet been ratified': a step after signing, no denial of the instrument
        if lemma(verb) in _w("status.refusal_verbs") or (_negated(verb) and lemma(verb) in denied):
            return STATUS.negotiating if pending_commitment(verb) else told_then_unmade(t, verb)
        if verb is not chain[0] and (deferred := _denies_or_defers(verb)) is not None:
            return deferred
        if any(c.dep_ == "acomp" and c.lower_ in _w("status.scheduling_verbs") for c in verb.children):
            return STATUS.planned  # "a partnership agreement with X is due to be signed next month"
        if verb is not chain[0] and lemma(verb) in _w("status.planned"):
            return STATUS.planned  # "plan to sign", "are expected to sign"
        if verb is not chain[0] and destined(chain[0], verb):
            return STATUS.planned  # "A is to sign an agreement with B", "are to sign": a copula with 'to' destines
        if verb is not chain[0] and lemma(verb) in _w("export_control.deliberation_verbs"):
            return ""  # "A and B discussed signing an MoU": a signing talked over is none (round 18, grammar18)
        if verb is chain[0] and _commits_to_sign(verb) and not earlier_year(verb.head, ctx, t):
            return STATUS.planned  # "agreed to sign", "undertook to conclude": the signing is still to come
        reported = verb.dep_ == "acl" and verb.head.lower_ in _w("status.report_nouns")  # "denied reports that"
        if verb.dep_ not in CONTROL_DEPS and not reported:
            break  # "did not sign X but agreed Y": a coordinated verb does not deny this one
    return None


def agreement_status(t: Token, v: Token | None, ctx: Context, sent: Span) -> str | None:
    """Status of the agreement noun ``t`` governed by ``v``; None when the sentence denies it.  Talks on an
    instrument whose own clause signs it ahead ('talks on a memorandum, which could be signed next year') name
    the deal they should end in: planned."""
    status = _clause_status(t, v, ctx, sent)
    return STATUS.planned if status == STATUS.negotiating and signing_ahead(t) else status


def _clause_status(t: Token, v: Token | None, ctx: Context, sent: Span) -> str | None:
    if t.lower_ in _w("agreement.anaphors") and v is not None and _opposed(v):
        return None  # "rules out further ones", "opposes new ones": what the anaphor stands for is not made
    if (modal := modal_status(t, v)) != UNREAD:  # "ruled out a deal", "no plans for a pact", "a draft agreement"
        return modal or None
    if talks_to_begin(t):  # "the intention of X to begin negotiations on Y": talks still ahead
        return STATUS.planned
    stood = talks_outcome(t)  # "talks on X were shelved", "talks on X have not yet led to a text"
    if stood is not None:
        return stood
    if _ended_since(t, v) or never_in_force(t, v):  # 'signed in 2016, but which never entered into force'
        return STATUS.lapsed
    if concluded_talks(t, v) or issued_itself(t):  # "A and B issued a joint statement on ...": put out, announced
        return STATUS.existing if year_before(v, ctx) else STATUS.announced
    settling = settling_verb(t)  # "have settled the last terms of the deal": its text agreed, not yet signed
    if settling is not None:
        if _negated(settling):
            return STATUS.negotiating  # "have not yet settled the terms of the deal": still being negotiated
        return STATUS.existing if year_before(settling, ctx) else STATUS.announced
    if in_talks(t, v, sent) or under_negotiation(t, v) or renegotiated(t):  # not "talks on the deal finalised in May"
        return STATUS.existing if made_topic(t) else STATUS.planned if to_be_set_up(t) else STATUS.negotiating
    instrument = _founding_instrument(v)
    if instrument is not None and instrument.i != t.i:
        return agreement_status(instrument, governing_verb(instrument.head), ctx, sent)
    if _extended(t, v) or acted_under(t):  # "the fund A and B set up under their April agreement"
        return STATUS.existing
    if background_mention(t, v):
        return STATUS.existing  # "Previous partnerships were signed with ...": the series before today's
    chain = verb_chain(v) if v is not None else []
    if chain and scheduling_copula(chain[0]) is not None:
        return STATUS.planned  # "was due in Ottawa to sign": the copula's adjective schedules the infinitive
    # "has no plans to negotiate, since it already has an agreement": a clause the main verb does not control
    cut = next((k for k, x in enumerate(chain) if x.dep_ == "advcl" and _subordinated(x)), None)
    chain = chain[: cut + 1] if cut is not None else chain
    for x in _intending(chain):
        noun = intention_noun(x)
        if noun is not None:  # the noun "plans to sign", not the verb "does not plan to"
            if any(d.dep_ == "det" and d.lower_ in _w("status.negating_determiners") for d in noun.children):
                return None  # "has no plans to sign"
            if _intended(x):
                # "announced their intention to conclude/sign/negotiate an MOU": intended, not yet signed
                return STATUS.planned
            chain = chain[chain.index(x) + 1 :]  # "intention to establish a working group": the announcing verb decides
            break
    if in_preparation(t, chain):
        return STATUS.planned
    decided = _controlled_status(chain, ctx, t)
    if decided is not None:
        return decided or None
    for verb in chain:
        status = _verb_status(verb, ctx, t)
        if status == "":
            return None
        if status:
            return status
    if talks_topic(t):  # "talks on an MOU", "was holding talks with X on an arrangement" (the topic on the verb)
        return STATUS.negotiating
    if signing_event(t) and (v is None or not earlier_year(v, ctx, t)):
        return STATUS.signed  # "witnessed the signing of a plan between X and Y": the signing is the news
    return STATUS.existing


def is_membership(v: Token) -> bool:
    verbs = _w("agreement.membership_verbs")
    return any(lemma(verb) in verbs or takes_part(verb) for verb in verb_chain(v))


def takes_part(verb: Token) -> bool:
    """'take part in' (``agreement.take_part``): the verb with its own 'part'."""
    take, part = rules().value("agreement.take_part")
    return lemma(verb) == take and any(c.lower_ == part for c in verb.children)


def became_member(v: Token) -> bool:
    """'Estonia becomes a partner of the MSP', 'Fiji became a member of the compact': a becoming verb with a
    membership noun and its 'of' phrase, which joins an agreement whose members the story listed (accession.py)."""
    nouns = _w("agreement.membership_nouns", "agreement.member_nouns")
    of = _w("syntax.of_prepositions")
    return lemma(v) in _w("agreement.becoming_verbs") and any(
        a.dep_ == "attr" and lemma(a) in nouns and any(p.lower_ in of for p in a.children) for a in v.children
    )
