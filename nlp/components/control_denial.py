"""Denials of an export control, read off the verb chain above its trigger.

'promised not to restrict', 'did not ban', 'has no plans to restrict', 'has yet to impose', 'no decision was
made on a ban', 'rather than restrict exports', 'would have banned' deny the measure; 'will not renew the
ban' and 'no longer in force' end it.  Word lists: ``export_control.*``, ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_abandoned import held_back, shelved_measure
from cmkg.nlp.components.control_concessions import denied_by_concession
from cmkg.nlp.components.control_hearsay import hearsay_status
from cmkg.nlp.components.control_proposals import rejected_proposal
from cmkg.nlp.components.control_subject_denial import denied_actor, denied_subject
from cmkg.nlp.components.control_watchers import beyond_negotiation
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import AUX_DEPS, SUBJECT_DEPS, has_neg, quantified_by_no, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "counterfactual",
    "denied_extension",
    "denied_holder",
    "denied_renewal",
    "dropped_plan",
    "emulated",
    "negated",
    "no_longer",
    "preserved",
    "set_against",
    "status_once_denied",
]


def emulated(v: Token) -> bool:
    """'follow Zimbabwe and Namibia in banning exports', 'join Indonesia in restricting': the gerund's act is
    the followed states' own."""
    holder = v.head.head if v.dep_ == "pcomp" else None
    return holder is not None and _lemma(holder) in _w("export_control.emulation_verbs")


def negated(v: Token, sent: Span) -> bool:
    """'promised not to restrict', 'did not ban', 'has no plans to restrict': no control."""
    # "Asked whether Kenya would follow Zambia in banning exports, officials declined": the followed ban stands
    chain = verb_chain(v)[:1] if emulated(v) else _independent(verb_chain(v))
    neg = _w("export_control.negation_words")
    particles = rules().table("status.refusal_particles")
    return (
        any(_lemma(x) in _w("status.refusal_verbs") for x in chain)  # "denied that it would ban exports"
        or any(c.dep_ == "prt" and c.lower_ == particles.get(_lemma(x)) for x in chain for c in x.children)
        or _denied_intention(chain[-1])  # "had no intention of restricting exports"
        or any(_lemma(x) in _w("export_control.avoid_verbs") for x in chain)  # "urged partners to avoid bans"
        or any(_avoided(x) for x in chain)  # "committed to refrain from banning exports"
        or any(_chosen_against(x) for x in chain)  # "has considered, and decided against, extending this ban"
        or _existential_denial(v)  # "There is no proposal before the government to ban exports"
        or has_neg(v)
        or any(c.dep_ == "neg" for x in chain for c in x.children)
        or _not_yet(chain)
        or denied_subject(v)  # "no decision was made on a ban", "no country has restricted exports"
        or _alternative(v)  # "took a stake in the mine rather than restrict exports"
        or _without(v)  # "will build smelters without banning exports", "without loosening its ban" (it stays)
        or _open_question(chain)  # "is evaluating whether to extend export restrictions to tin"
        or counterfactual(v)  # "a provision that would have banned exports"
        or rejected_proposal(chain)  # "proposed a ban ..., but the government rejected the idea"
        or denied_by_concession(v)  # "promised to tighten control ..., though no measures have been announced"
        # a negating word, not a name or number word ("Regulation No. 5"); "no longer allows"
        or any(
            x.lower_ in neg
            and x.pos_ not in ("PROPN", "NOUN", "NUM")
            and (
                x.head in chain
                or x.head in {c.head for c in chain if not _own_conjunct(c)}
                or (x.head.dep_ == "advmod" and x.head.head in chain)
            )
            for x in sent
        )
    )


def _independent(chain: list[Token]) -> list[Token]:
    """The chain up to a conjunct with a subject of its own: 'The text does not name China, but officials said
    it was drafted with Beijing's licensing requirements in mind' (the 'not' is the other clause's)."""
    for k, x in enumerate(chain):
        if _own_conjunct(x) or _participial_adjunct(x) or _past_event_clause(x):
            return chain[: k + 1]
    return chain


def _past_event_clause(x: Token) -> bool:
    """'asked whether Greenland would follow China's example after Beijing banned exports of X': a past clause
    of time with a subject of its own tells its event as fact, whatever the clause above asks or denies."""
    return (
        x.dep_ == "advcl"
        and x.tag_ == "VBD"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)
        and any(c.dep_ == "mark" and c.lower_ in _w("export_control.event_marks") for c in x.children)
    )


def _participial_adjunct(x: Token) -> bool:
    """'has refused to clear shipments, enforcing an export ban': a participle hung on the clause without a
    subordinator asserts its own event; the clause's refusal or negation is not its."""
    return x.dep_ == "advcl" and x.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj", "aux") for c in x.children)


def _own_conjunct(x: Token) -> bool:
    """A coordinated clause with a subject of its own ('..., but officials said')."""
    return x.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)


def _open_question(chain: list[Token]) -> bool:
    """'is evaluating whether to extend export restrictions', 'asked whether it would ban', 'whether there is any
    proposal to ban exports' (the verb of a noun's clause above the chain too): an open question decides nothing."""
    last = chain[-1] if chain else None  # 'a proposal to ban': the verb of the noun the infinitive hangs on
    above = [last.head.head] if last is not None and last.dep_ == "acl" and last.head.head.i != last.head.i else []
    return any(
        c.dep_ == "mark"
        and (
            c.lower_ in _w("export_control.question_marks")
            # "A journalist asked if Mongolia would curb shipments", "Asked if Lusaka planned quotas": 'if' under a
            # verb of asking opens a question; under any other verb it is a condition ("will ban exports if ...")
            or (c.lower_ in _w("export_control.asked_marks") and _lemma(x.head) in _w("export_control.asking_verbs"))
        )
        for x in [*chain, *above]
        for c in x.children
    )


def _alternative(v: Token) -> bool:
    """'rather than restrict exports', 'instead of banning exports': the measure is the road not taken."""
    before = " ".join(x.lower_ for x in v.doc[max(v.sent.start, v.i - 2) : v.i])
    return before in _w("export_control.alternative_phrases")


def set_against(t: Token) -> bool:
    """'tariffs, which are a matter of trade policy rather than export control', 'a royalty ...; it is a tax, not a
    restriction on volumes': a measure noun named as what something else is not."""
    start = t.left_edge.i + (t.left_edge.dep_ == "neg")  # the parser may hang 'not' on the noun itself
    # "relies on partnerships rather than on export controls": past the phrase's own preposition
    start -= 1 if start > t.sent.start and t.doc[start - 1].pos_ == "ADP" and t.doc[start - 1].dep_ == "prep" else 0
    before = " ".join(x.lower_ for x in t.doc[max(t.sent.start, start - 2) : start])
    return before in _w("export_control.alternative_phrases", "export_control.contrast_phrases")


def _without(v: Token) -> bool:
    """'will build smelters without banning exports', 'pressed on without loosening its ban on X': a gerund under
    'without' is the act not done, so no new measure, and a measure not loosened or lifted stays in force."""
    return v.dep_ == "pcomp" and v.head.lower_ in _w("export_control.without_prepositions")


def counterfactual(v: Token) -> bool:
    """'would have banned exports', 'could have restricted': a past that did not happen."""
    aux = [c.lower_ for c in v.children if c.dep_ in AUX_DEPS]
    modal = set(aux) & (_w("status.conditional_auxiliaries", "status.modal_auxiliaries"))
    return v.tag_ == "VBN" and bool(modal) and "have" in aux


def _not_yet(chain: list[Token]) -> bool:
    """'has yet to impose a ban', 'is unlikely to restrict': a controlling verb that defers or doubts it."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in _w("status.pending_markers"))
        or (c.dep_ == "acomp" and c.lower_ in _w("status.unwilling_adjectives"))
        for x in chain[1:] + chain[:1]
        for c in x.children
    )


def no_longer(v: Token) -> bool:
    """'are no longer in force', 'no longer applies': a measure that has ended."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in _w("export_control.ended_markers")
        and any(n.lower_ in _w("export_control.negation_words") for n in c.children)
        for x in verb_chain(v)
        for c in x.children
    )


def _denied_intention(v: Token) -> bool:
    """'has no intention of restricting', 'sees no need to ban': a denied intention noun above the verb."""
    noun = v.head.head if v.dep_ == "pcomp" else v.head
    if v.dep_ not in ("pcomp", "acl", "xcomp") or noun.pos_ != "NOUN":
        return False
    return quantified_by_no(noun)


def denied_holder(t: Token) -> bool:
    """'had no plans for export restrictions on X', 'there is no question of a ban on X', 'no intention of new
    curbs': the measure noun sits in the phrase of a noun that 'no' quantifies, so it is denied, not taken."""
    x = t.head if t.dep_ == "compound" else t
    if x.dep_ != "pobj" or x.head.dep_ != "prep":
        return False
    holder = x.head.head
    if holder.pos_ != "NOUN" or _lemma(holder) in _w("export_control.export_nouns", "export_control.trigger_nouns"):
        return False  # "no exports of X without a licence": the rule's own wording, not a denial
    return quantified_by_no(holder)


def denied_extension(v: Token) -> bool:
    """'is not extending the ban to uranium': goods the measure is denied to reach, so no measure on them (the
    measure itself stands for its own goods); 'will not extend the ban' (no goods phrase) is a denied renewal."""
    preps = _w("export_control.extension_prepositions")
    for x in verb_chain(v):
        if _lemma(x) not in _w("export_control.renewal_verbs") or not has_neg(x):
            continue
        heads = [x] + [o for o in x.children if o.dep_ == "dobj"]
        phrases = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps]
        # "extending the ban to cobalt" parsed with 'to' as the marker of a clause on the goods (on the verb or
        # on the ban)
        phrases += [c for h in heads for c in h.children if any(m.lower_ in preps for m in c.children)]
        if any(m.ent_type_ == "MINERAL" for p in phrases for m in p.subtree):
            return True
    return False


def denied_renewal(v: Token) -> bool:
    """'will not renew the ban when it expires': the measure is to end, so it is lifted."""
    return any(_lemma(x) in _w("export_control.renewal_verbs") and has_neg(x) for x in verb_chain(v))


def _avoided(x: Token) -> bool:
    """'refrain from banning', 'abstain from restricting': a gerund under a verb of avoiding."""
    return x.dep_ == "pcomp" and _lemma(x.head.head) in _w("export_control.avoid_verbs")


def left_out_goods(t: Token) -> bool:
    """'decided against extending this prohibition to X, which will continue to be exported under the existing
    licences': a clause on goods a measure is denied to reach says how they go on being traded, no measure."""
    preps = _w("export_control.extension_prepositions")
    for x in t.ancestors:
        if x.dep_ not in ("relcl", "acl") or x.head.pos_ not in ("NOUN", "PROPN"):
            continue
        holder = x.head
        while holder.dep_ == "conj":
            holder = holder.head
        holder = holder.head
        if holder.dep_ == "prep" and holder.lower_ in preps:
            verb = holder.head.head if holder.head.dep_ == "dobj" else holder.head  # "extending the ban to X"
        elif holder.dep_ in ("advcl", "xcomp") and any(c.lower_ in preps for c in holder.children):
            verb = holder.head  # "extending the ban to germanium ore" read with 'to germanium' as an infinitive
        else:
            return False
        chain = verb_chain(verb)
        extending = _lemma(verb) in _w("export_control.renewal_verbs")
        return extending and (has_neg(verb) or any(_chosen_against(c) or _avoided(c) for c in chain))
    return False


def _chosen_against(x: Token) -> bool:
    """'decided against extending the ban', 'voted against a quota', 'opted against restricting shipments': a
    verb of choosing whose 'against' phrase holds the measure (or, misparsed, sits beside the gerund) turns it
    down. Frame-free: the choice is the clause's own, whoever publishes the page."""
    against = _w("export_control.against_prepositions")
    if x.dep_ == "pcomp" and x.head.lower_ in against:
        return _lemma(x.head.head) in _w("export_control.against_verbs")
    if x.dep_ == "advcl" and _lemma(x.head) in _w("export_control.against_verbs"):
        # "decided against, extending the ban": the parser leaves 'against' bare and hangs the gerund on the verb
        return any(c.dep_ == "prep" and c.lower_ in against and not list(c.children) for c in x.head.children)
    # "voted against a ban", not "a panel ruled against Indonesia's ban" (a judgment on a state's measure)
    return _lemma(x) in _w("export_control.against_verbs") and any(
        c.dep_ == "prep" and c.lower_ in against and not any(_owned(o) for o in c.children) for c in x.children
    )


def _owned(o: Token) -> bool:
    """A noun phrase a state owns or names: a possessive, a state modifier, a state itself."""
    return o.ent_type_ in ("GPE", "NORP") or any(
        c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in o.subtree if c.i < o.i
    )


def _existential_denial(v: Token) -> bool:
    """'There is no proposal before the government to ban exports', 'there are no plans at this stage to
    restrict': an existential clause whose noun 'no' quantifies, with the measure's infinitive hung on the
    verb 'be' rather than on the noun (the parser's reading when a phrase comes between)."""
    if v.dep_ not in ("advcl", "xcomp", "ccomp") or v.head.pos_ not in ("VERB", "AUX"):
        return False
    be = v.head
    if not any(c.dep_ == "expl" for c in be.children):
        return False
    neg = _w("export_control.negation_words")
    return any(
        c.dep_ in ("attr", "nsubj") and any(d.dep_ == "det" and d.lower_ in neg for d in c.children)
        for c in be.children
    )


def preserved(t: Token, v: Token | None) -> bool:
    """'Nothing in this Memorandum will affect the prohibition on exports of X', 'the deal does not alter the ban':
    a measure a text declares it leaves untouched stands (in force); neither the 'will' nor the negation is the
    measure's own."""
    # "the controls on X, in place since 2023, are not changed by this Announcement": the passive's subject too
    holder = t.head if t.dep_ == "compound" else t
    if v is None or holder.dep_ not in ("dobj", "nsubjpass") or holder.head.i != v.i:
        return False
    if _lemma(v) not in _w("export_control.preservation_verbs"):
        return False
    nothing = any(c.dep_ in SUBJECT_DEPS and c.lower_ in _w("export_control.negative_pronouns") for c in v.children)
    return nothing or has_neg(v)


def dropped_plan(t: Token) -> bool:
    """'dropped a plan to ban exports', 'shelved proposals for a quota on X', 'backed away from a plan to curb':
    a measure held by a plan its owner abandons never applied, so it is no control."""
    proposals = _w("export_control.proposal_nouns")
    if shelved_measure(t):
        return True  # "floated, then shelved, a ban on tin ingots": a measure only proposed, then dropped
    if t.dep_ in ("acl", "relcl", "xcomp") and _lemma(t.head) in proposals:
        plan = t.head  # "a plan to ban exports"
    elif t.dep_ == "pobj" and t.head.dep_ == "prep" and _lemma(t.head.head) in proposals:
        plan = t.head.head  # "plans for a ban on exports"
    else:
        return False
    verb = plan.head.head if plan.dep_ == "pobj" else plan.head
    verb = verb.head if verb.dep_ in ("prt", "advmod") else verb  # "backed away from a plan": 'from' on 'away'
    if plan.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    # "a proposal to ban X had been examined by Cabinet and set aside": a conjunct sharing the plan as its subject
    shared = [c for c in verb.children if c.dep_ == "conj" and not any(s.dep_ in SUBJECT_DEPS for s in c.children)]
    shared = shared if plan.dep_ == "nsubjpass" else []
    # "a proposal to ban exports has not been adopted", "the cabinet never approved a plan for a quota", "has
    # yet to take up the bill": a plan not taken up is no measure (a plan 'not withdrawn' still is none either)
    return any(_drops(x) for x in [verb, *shared]) or has_neg(verb) or _not_yet([verb])


def _not_covered(t: Token, v: Token | None) -> bool:
    """'The new licences do not cover primary aluminium', 'the ban does not apply to copper': the measure, as the
    subject of a denied coverage verb, leaves those goods out (even a licence, whose 'not' is otherwise its own)."""
    subject = t.dep_ in SUBJECT_DEPS and v is not None and t.head.i == v.i
    return subject and _lemma(v) in _w("export_control.coverage_verbs") and has_neg(v)


def _drops(verb: Token) -> bool:
    """'shelved', 'backed away from', 'set aside' (the particle parsed as a particle or an adverb)."""
    particles = {f"{_lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")}
    table = rules().table("export_control.refusal_particles")
    return (
        _lemma(verb) in _w("export_control.dropping_verbs")
        or bool(particles & _w("export_control.dropping_phrasal_verbs"))
        # "was left out of the bill": the particle read as a preposition
        or any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == table.get(_lemma(verb)) for c in verb.children)
    )


def status_once_denied(t: Token, v: Token | None, sent: Span, status: str, own: bool = False) -> str | None:
    """The status of measure ``t`` once negation is read: None when the sentence denies the measure. ``own``: the
    negation is the measure's own wording ('no exports of X are allowed'), so it denies nothing."""
    if preserved(t, v) or beyond_negotiation(t, v):
        return STATUS.in_force  # "Nothing in this Memorandum will affect the prohibition": the measure stands
    if hearsay_status(t, v, status) is None:
        return None  # "dismissed reports that A planned to restrict X", "is reported to be considering limits"
    if denied_holder(t) or left_out_goods(t) or _not_covered(t, v) or held_back(t):
        return None  # "had no plans for export restrictions on X", "sees no case for a ban": none is taken
    if v is None or not negated(v, sent) or (own and not (v.dep_ == "conj" and denied_actor(v))):
        return status
    if denied_extension(v):
        return None  # "is not extending the ban to uranium": uranium is left out
    # "the prohibition does not affect uranium": the measure, as the subject, leaves those goods out
    # "copper exports are not affected by the suspension": the measure as the agent of a passive does the same
    exempting = t.dep_ in SUBJECT_DEPS and t.head.i == v.i
    exempting = exempting or (t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.i == v.i)
    if v is not t and _lemma(v) in _w("export_control.observer_verbs", "export_control.preservation_verbs"):
        # "Malaysia's ban ... will not change": a measure that changes nothing of its own stays as it is
        unchanged = exempting and not any(c.dep_ in ("dobj", "prep", "agent") for c in v.children)
        return None if exempting and not unchanged else status  # "did not criticise the ban": as it was
    if denied_renewal(v) or no_longer(v):
        return STATUS.lifted  # "will not renew the ban when it expires", "the curbs are no longer in force"
    if status not in _w("export_control.undoing_statuses"):
        return None  # "did not ban", "promised not to restrict"
    return STATUS.in_force  # "does not plan to lift its ban", "the ban would not be lifted": the ban stays
