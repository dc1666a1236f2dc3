"""Status rules for talks: an agreement that the sentence places in negotiations, and how those talks stand.

Talks under way ('negotiations on X are under way'), concluded ('concluded negotiations on a CEPA'), still to
open ('intend to begin negotiations on X') or continuing beside a denied deal.  Split from status.py, which
reads the verb chain; word lists ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components import signing_acts as _acts
from cmkg.nlp.components.denied_talks import negated_talks
from cmkg.nlp.components.event_dates import earlier_year
from cmkg.nlp.components.modality import denied_doer
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.signing_acts import intention_noun
from cmkg.nlp.components.syntax import AUX_DEPS, governing_verb, has_neg, subject_tokens, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "concluded_talks",
    "in_preparation",
    "in_talks",
    "made_topic",
    "negated",
    "paused_after_made",
    "pending_commitment",
    "stands_in_force",
    "talks_continue",
    "talks_outcome",
    "talks_to_begin",
    "under_negotiation",
]


def negated(verb: Token) -> bool:
    neither = any(
        c.lower_ in _w("status.negating_determiners")
        for x in subject_tokens(verb)
        for c in x.children
        if c.dep_ in ("preconj", "det")
    )
    return has_neg(verb) or neither


def pending_commitment(verb: Token) -> bool:
    """'has not yet been signed', 'has not yet been concluded': a signing or conclusion still pending leaves the
    text under negotiation, where 'was not signed' denies it (``status.pending_markers``).  Only the making verbs
    (``status.pending_signing_verbs``): 'has not yet been ratified / approved' follows a signature, and 'has not
    yet joined' an instrument that exists."""
    signing = lemma(verb) in _w("status.pending_signing_verbs")  # not 'ratified', 'approved', 'joined': done later
    return signing and has_neg(verb) and any(c.lower_ in _w("status.pending_markers") for c in verb.children)


def in_talks(t: Token, v: Token | None, sent: Span) -> bool:
    talks = _w("status.talks_nouns")
    text = sent.text.lower()
    return any(p in text for p in _w("status.negotiating_phrases")) and (
        t.head.lower_ in talks
        or (t.head.dep_ == "prep" and t.head.head.lower_ in talks)
        or (v is not None and any(x.lower_ in talks for x in subject_tokens(v)))
    )


def made_topic(t: Token) -> bool:
    """'follow-up talks on the trade deal finalised with Washington last month': talks about an instrument whose
    own participle says it was signed or finalised (``status.signed``, ``status.pending_signing_verbs``) are
    about one in place, not one being negotiated."""
    talks = t.head.head if t.dep_ == "pobj" and t.head.lower_ in _w("status.talks_prepositions") else None
    if talks is None or talks.lower_ not in _w("status.talks_nouns"):
        return False
    committing = _w("status.signed", "status.pending_signing_verbs")  # not 'launched', 'agreed in principle'
    made = [x for x in t.children if x.dep_ == "acl" and x.tag_ == "VBN" and lemma(x) in committing]
    return any(not has_neg(x) and not any(a.dep_ in AUX_DEPS for a in x.children) for x in made)


def concluded_talks(t: Token, v: Token | None) -> bool:
    """'X and Y concluded negotiations on a CEPA', 'talks on the deal were completed': the text is agreed, not
    signed.  A round of talks that ends ('concluded the fourth round of negotiations') is still negotiating;
    a denied, modal or controlled completion ('hope to conclude talks') is left to the verb chain."""
    while t.dep_ == "compound":  # "negotiations on a partnership agreement": the phrase's head
        t = t.head
    if v is None or t.dep_ != "pobj" or t.head.lower_ not in _w("status.talks_prepositions"):
        return False
    talks = t.head.head
    if talks.lower_ not in _w("status.talks_nouns"):
        return False
    named = _acts.named_completion(talks)  # "announced the conclusion of negotiations on X": the completion, named
    talks, v = (named, named.head) if named is not None else (talks, v)
    if talks.head.i != v.i or talks.dep_ not in ("dobj", "nsubjpass"):
        return False
    modal = any(c.dep_ in AUX_DEPS and c.lower_ in _w("status.modal_auxiliaries") for c in v.children)
    done = named is not None or lemma(v) in _w("status.completion_verbs")
    return done and not negated(v) and not modal and v.dep_ != "xcomp"


def completed_by_relative(t: Token) -> bool:
    """'the Partnership Agreement, whose negotiations were concluded in December 2024, awaits signature by the
    parties': talks the relative clause says were completed leave an agreed text, whatever the year, unless the
    main clause tells what became of it since ('..., was signed in 2023', '..., is now in force')."""
    if not any(_talks_completed(rc) for rc in t.children if rc.dep_ == "relcl"):
        return False
    main = t.head if t.dep_ in ("nsubj", "nsubjpass") else None  # the governing verb may be the relative clause's
    if main is None:
        return True
    # '..., entered into force in 2025', 'was signed on Monday', 'has been ratified', 'is now in force': the main
    # clause says what became of the text since
    perfect = _w("status.perfect_auxiliaries")  # 'has been signed', 'was ratified', not 'is expected'
    auxes = [c for c in main.children if c.dep_ in AUX_DEPS]
    done = main.tag_ == "VBD" or (main.tag_ == "VBN" and any(c.tag_ == "VBD" or c.lower_ in perfect for c in auxes))
    done = done and not negated(main)
    return not done and not stands_in_force(main)


def _completion_signed(t: Token) -> bool:
    """'signed the statement of conclusion of the negotiation of the Indonesia-European Union CEPA': the end of the
    talks on the agreement ('of' or a talks preposition), named by a completion noun that a signing or
    acknowledging verb takes (itself, or a text 'of' it), is an agreed text, not yet a signed agreement."""
    of = _w("syntax.of_prepositions") | _w("status.talks_prepositions")
    if t.dep_ != "pobj" or t.head.lower_ not in of or t.head.head.lower_ not in _w("status.talks_nouns"):
        return False
    end = t.head.head
    for _ in range(2):  # 'the conclusion of the negotiation', 'the statement of conclusion of the negotiation'
        if end.dep_ != "pobj" or end.head.lower_ not in _w("syntax.of_prepositions"):
            return False
        end = end.head.head
        if lemma(end) in _w("status.completion_nouns"):
            break
    else:
        return False
    holder = end.head.head if end.dep_ == "pobj" and end.head.lower_ in _w("syntax.of_prepositions") else end
    verb = holder.head if holder.dep_ == "dobj" else None
    acts = _w("status.acknowledging_verbs", "status.signed")
    return verb is not None and lemma(verb) in acts and not negated(verb)


def _talks_completed(rc: Token) -> bool:
    """A relative clause whose 'whose' talks were completed (``status.completion_verbs``)."""
    if lemma(rc) not in _w("status.completion_verbs") or negated(rc):
        return False
    if any(c.dep_ in AUX_DEPS and c.lower_ in _w("status.modal_auxiliaries") for c in rc.children):
        return False
    subjects = [c for c in rc.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _w("status.talks_nouns")]
    return any(p.dep_ == "poss" and p.tag_ == "WP$" for s in subjects for p in s.children)


def under_negotiation(t: Token, v: Token | None) -> bool:
    """'partnerships with X are under negotiation', 'the agreement under discussion between X and Y'; a deal said
    to be near ('is close', 'within reach', 'on the table', 'are close to a deal': :func:`near_deal`)."""
    heads = [t] + ([v] if v is not None else [])
    if near_deal(t, v):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ in _w("status.pending_prepositions")
        and (lemma(o) in _w("status.negotiating") or o.lower_ in _w("status.talks_nouns"))  # 'under discussion'
        for h in heads
        for p in h.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def near_deal(t: Token, v: Token | None) -> bool:
    """'A deal between A and B is close', '... is within reach', 'is on the table', 'A and B are close to a deal':
    a deal not yet made but near, as the talks toward it are (``status.nearness_adjectives``; a preposition of
    ``status.nearness_phrases`` with the noun that completes it)."""
    adjectives = _w("status.nearness_adjectives")
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "ADJ":
        # "are close to a deal": an indefinite deal, not "stayed close to the 2018 agreement" (one in place)
        dets = [c.lower_ for c in t.children if c.dep_ == "det"]
        return t.head.head.lower_ in adjectives and all(d in _w("persons.indefinite_article") for d in dets)
    if v is None or t.dep_ != "nsubj" or t.head.i != v.i or lemma(v) not in _w("syntax.copulas"):
        return False
    phrases = rules().table("status.nearness_phrases")
    # 'is close', not 'is close to collapse': the adjective with a phrase of its own is near something else
    said = [c for c in v.children if c.dep_ == "acomp" and c.lower_ in adjectives and not _own_phrase(c)]
    said += [c for c in v.children if c.dep_ == "prep" and c.lower_ in phrases and _completes(c, phrases)]
    return bool(said)


def _own_phrase(adjective: Token) -> bool:
    return any(c.dep_ in ("prep", "xcomp", "ccomp") for c in adjective.children)


def _completes(prep: Token, phrases: dict) -> bool:
    return any(o.lower_ in phrases[prep.lower_] for o in prep.children if o.dep_ == "pobj")


def talks_to_begin(t: Token) -> bool:
    """'intend to begin negotiations on an agreement', 'approved the proposal to commence negotiations on X',
    'are expected to open talks on X', 'would begin talks on X', 'authorised the minister to open negotiations on
    X': talks a plan, an intention, a mandate or a modal has yet to open are a planned deal ('agreed to launch
    negotiations' opens them: under negotiation)."""
    if t.dep_ != "pobj" or t.head.lower_ not in _w("status.talks_prepositions"):
        return False
    talks_nouns = _w("status.talks_nouns", "status.consultation_nouns")  # "the request of X to open consultations"
    holder = t.head.head  # 'negotiations on X', or the verb when the parser hung the phrase there
    talks = holder if holder.dep_ == "dobj" else next((c for c in holder.children if c.dep_ == "dobj"), holder)
    onset = talks.head
    if talks.lower_ not in talks_nouns or talks.dep_ != "dobj" or lemma(onset) not in _w("status.onset_verbs"):
        return False
    proposed = onset.dep_ in ("acl", "xcomp") and onset.head.lower_ in _w("status.proposal_nouns")
    above = verb_chain(onset)[1:]
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    modal = any(c.dep_ in AUX_DEPS and c.lower_ in ahead for c in onset.children)  # "would begin talks on X"
    # "plans to open talks", and a mandate to open them ("authorised the minister to open negotiations")
    planned = any(lemma(x) in _w("status.planned", "status.mandating_verbs") for x in above[:2])
    return proposed or modal or planned or intention_noun(onset) is not None


def talks_continue(sent: Span) -> bool:
    """'X did not sign a memorandum, though talks were continuing', 'has not yet reached a deal, but is
    negotiating': a denied or deferred deal beside talks the sentence affirms is a deal under negotiation.

    The talks are a negotiating verb or a talks noun that is itself neither negated, stalled nor determined by 'no'.
    """
    talks = _w("status.talks_nouns")
    for x in sent:
        # "no agreement with B had been proposed or discussed": talks the denied instrument's verbs deny too
        denied = denied_doer(x) or (x.dep_ == "conj" and denied_doer(x.head))
        if (
            x.pos_ == "VERB"
            and lemma(x) in _w("status.negotiating")
            and not (negated(x) or denied or _talks_on_other(x))
        ):
            return True
        if x.lower_ in talks and x.pos_ in ("NOUN", "PROPN"):
            verb = x.head if x.head.pos_ in ("VERB", "AUX") else None
            stopped = verb is not None and (negated(verb) or lemma(verb) in _w("status.lapsed"))  # "have stalled"
            stopped = stopped or denied_doer(governing_verb(x))  # "no deal, and none is under discussion"
            if not negated_talks(x) and not stopped:  # "no talks", "is not in talks", "denied being in talks"
                return True
    return False


def _talks_on_other(v: Token) -> bool:
    """'discussed gas projects but signed no minerals accord': a talks verb whose object is something other than an
    instrument talks about that, not about a deal."""
    objects = [c for c in v.children if c.dep_ == "dobj"]
    instruments = _w("agreement.nouns", "agreement.mou_forms", "agreement.governed_nouns")
    return bool(objects) and not any(lemma(o) in instruments or o.lower_ in instruments for o in objects)


def _talks_about(t: Token) -> Token | None:
    """The talks noun whose topic the agreement noun is ('talks with X on a pact', 'negotiations over an MOU'),
    also where the topic phrase hangs on the verb beside the talks ('abandoned their talks on a pact')."""
    while t.dep_ == "compound":
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _w("status.talks_prepositions"):
        return None
    talks = t.head.head
    if talks.pos_ == "VERB":  # "abandoned talks on X", "Talks have started between A and B on X"
        nouns = _w("status.talks_nouns")
        held = [c for c in talks.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in nouns]
        talks = held[0] if held else talks
    return talks if talks.lower_ in _w("status.talks_nouns") else None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def last_step(verb: Token) -> Token:
    """'Talks opened in 2023, were shelved last year and ...': the latest verb the talks are the subject of (a
    conjoined verb without a subject of its own continues the talks' story; the last one says how they stand).
    A negated step happened not ('were abandoned in 2017 and would not be revived'): the one before stands."""
    while True:
        nxt = next(
            (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not (_own_subject(c) or negated(c))),
            None,
        )
        if nxt is None:
            return verb
        verb = nxt


def _ends(verb: Token) -> bool:
    """A verb that ends talks: 'shelved', 'collapsed', or a phrasal one ('were called off', 'broke down')."""
    particles = rules().table("status.ending_particles").get(lemma(verb), ())
    return lemma(verb) in _w("status.lapsed") or any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _talks_ended(talks: Token) -> bool:
    """Talks named as the instrument themselves that their own verb ends, or that a participle on them ('talks with
    A, broken off in October, ...') or a copula's participle ('remain abandoned') ends while the verb only says how
    they stand (``agreement.talk_state_verbs``): 'broken off in June, resumed on Monday' is talks again."""
    verb = last_step(talks.head) if talks.dep_ in ("nsubj", "nsubjpass") else None
    paused = _w("status.pause_verbs")  # "have stalled": paused, still open
    ends = lambda x: _ends(x) and not negated(x) and lemma(x) not in paused  # noqa: E731
    if verb is not None and verb.pos_ in ("VERB", "AUX") and ends(verb):
        return True
    standing = verb is None or lemma(verb) in _w("agreement.talk_state_verbs")
    ending = [c for c in talks.children if c.dep_ == "acl"]
    ending += [c for c in verb.children if c.dep_ == "acomp"] if verb is not None else []
    return standing and any(ends(x) for x in ending)


def talks_outcome(t: Token) -> str | None:
    """How the talks on the agreement stand, read off the talks noun's own verb: talks that were shelved,
    abandoned or collapsed ('Talks with X on a pact were shelved', 'abandoned negotiations on an accord') make
    the agreement lapsed; talks that have not (yet) produced, led to or concluded anything ('Discussions on a
    partnership with X have not yet led to a text', 'talks ... have yet to yield a text') are still under way.
    None when the talks' verb says neither.  Talks a 'whose' clause on the agreement completed leave an agreed
    text (:func:`completed_by_relative`)."""
    if completed_by_relative(t) or _completion_signed(t):
        return STATUS.announced
    if t.lower_ in _w("status.talks_nouns"):
        return STATUS.lapsed if _talks_ended(t) else None  # "the bloc's free-trade talks with A collapsed"
    talks = _talks_about(t)
    if talks is None or talks.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = last_step(talks.head) if talks.dep_ != "dobj" else talks.head
    if verb.pos_ != "VERB":
        return None
    if lemma(verb) in _w("status.pause_verbs"):
        return STATUS.negotiating  # "talks on X have stalled": paused, still open
    if _ends(verb) and not negated(verb):
        return STATUS.lapsed
    ahead = any(
        c.dep_ in AUX_DEPS and c.lower_ in _w("status.modal_auxiliaries", "status.future_auxiliaries")
        for c in verb.children
    )
    if ahead and lemma(verb) in _w("status.onset_verbs"):
        return STATUS.planned  # "Talks between A and B on X will begin next month": still ahead
    controlled = verb.dep_ in ("xcomp", "acl")  # "intend to begin negotiations on X": left to talks_to_begin
    if lemma(verb) in _w("status.talks_progress_words") and not negated(verb) and not ahead and not controlled:
        return STATUS.negotiating  # "Talks have started between A and B on X", "were suspended but resumed"
    if talks.dep_ == "dobj":
        return None
    outcomes = _w("status.outcome_verbs", "status.completion_verbs")
    pending = any(c.dep_ == "advmod" and c.lower_ in _w("status.pending_markers") for c in verb.children)
    result = next((c for c in verb.children if c.dep_ == "xcomp" and lemma(c) in outcomes), None)
    if lemma(verb) in outcomes and negated(verb) or pending and result is not None:
        return STATUS.negotiating  # "have yet to produce a text": 'yet' on the controlling verb
    return None


def settling_verb(t: Token) -> Token | None:
    """'have settled the last terms of the trade deal', 'completed the wording of the pact', 'ironed out the final
    details of the accord': the verb that settles the agreement's text (``status.text_nouns``), or None.  A modal,
    future or controlled settling ('hope to settle the terms') is left to the verb chain."""
    while t.dep_ == "compound":
        t = t.head
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head.pos_ != "NOUN":
        return None
    text = t.head.head
    verb = text.head
    if lemma(text) not in _w("status.text_nouns") or text.dep_ not in ("dobj", "nsubjpass"):
        return None
    if lemma(verb) not in _w("status.settling_verbs", "status.completion_verbs") or verb.dep_ in ("xcomp", "acl"):
        return None
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    return None if any(c.dep_ in AUX_DEPS and c.lower_ in ahead for c in verb.children) else verb


def stands_in_force(v: Token) -> bool:
    """'has been in force since 2009', 'is now in force': the verb's own 'in force' phrase
    (``status.in_force_prepositions``, ``status.in_force_objects``)."""
    preps = [p for p in v.children if p.dep_ == "prep" and p.lower_ in _w("status.in_force_prepositions")]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o) in _w("status.in_force_objects") for o in objects)


def in_preparation(t: Token, chain: list[Token]) -> bool:
    """'agreed to begin work on a bilateral arrangement', 'will start drafting a memorandum': work on an
    instrument only begun is an instrument planned, whatever the verb that agreed to begin it."""
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return False
    work = t.head.head
    onset = work.head if work.dep_ == "dobj" else work
    return (
        lemma(work) in _w("status.preparation_nouns")
        and lemma(onset) in _w("status.onset_verbs")
        and onset in chain
        and not any(negated(x) for x in chain)
    )


def paused_after_made(verb: Token, ctx: Context, own: Token | None) -> bool:
    """'The 2019 agreement between A and B has stalled': a pause verb (``status.pause_verbs``) on an instrument a
    past year made pauses its working, not its making: the instrument exists."""
    return lemma(verb) in _w("status.pause_verbs") and earlier_year(verb, ctx, own)
