"""Agreement rules: who agreed what with whom, and how far along it is.

A rule pipeline over records: every agreement noun (``agreement.nouns``, named initiatives) becomes a
:class:`Candidate` carrying its governing verb and the parties each party rule found (subject, ``with`` phrases,
modifiers, relative clauses); a sequence of filters, each a small named function, drops or edits candidates
(references, witnesses, prospective members, companies); the survivors become facts, one per party set, with a
status from :mod:`status`.  The relative-clause filter lives in ``relative_clauses``, the closing gates (enough
parties, a status) in ``agreement_gates``.  Venues are never parties: no rule reads them.  Rule ids: ``rules.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import AGENCY_KIND, gazetteer
from cmkg.nlp.components.accession import accession, joined_members, joiner_clause
from cmkg.nlp.components.agreement_facts import candidate_facts, merge_same_clause
from cmkg.nlp.components.agreement_gates import (
    alternative_partners,
    conditional_only,
    each_with_another,
    enough_parties,
    has_status,
    recommended_only,
)
from cmkg.nlp.components.agreement_triggers import agreement_triggers
from cmkg.nlp.components.antecedent_members import ANTECEDENT_RULE, antecedent_members
from cmkg.nlp.components.attention import attention_onlookers
from cmkg.nlp.components.bound_parties import bound_parties
from cmkg.nlp.components.candidate import AgreementFact, Candidate
from cmkg.nlp.components.company_deals import between_members_only, between_sides_only, commercial_only
from cmkg.nlp.components.conjunct_phrases import shared_partners
from cmkg.nlp.components.counterpart import implied_counterpart, record_partners
from cmkg.nlp.components.counterpart_signers import counterparts_apart
from cmkg.nlp.components.effect_parties import effect_parties
from cmkg.nlp.components.employers import privately_described
from cmkg.nlp.components.framed import framed_cooperation, framed_exchange
from cmkg.nlp.components.fronted_partner import fronted_partners, met_partners
from cmkg.nlp.components.generic_mentions import generic_mention, hosted_companion_talks
from cmkg.nlp.components.governed import own_topic_partners, proposer_states, topic_talks
from cmkg.nlp.components.host_voice import host_voice
from cmkg.nlp.components.included_series import included_series, including_owner
from cmkg.nlp.components.instrument_asides import aside_instrument, contrasted_away, excepted_partners
from cmkg.nlp.components.instrument_runs import run_partners, run_sides, with_predecessors
from cmkg.nlp.components.joined_companions import joined_companions, others_signed, signatory_status
from cmkg.nlp.components.labelled_items import labelled_item, not_list_heading
from cmkg.nlp.components.list_heading import heading_status
from cmkg.nlp.components.lists import following_list, owned_series
from cmkg.nlp.components.membership import (
    committed_only,
    intention_holder,
    named_members,
    not_an_agreement,
    not_prospective_member,
    not_relationship,
    pointed_back,
    reference_only,
    speakers_country,
)
from cmkg.nlp.components.names import name_head
from cmkg.nlp.components.nonexistent import denied_to_exist
from cmkg.nlp.components.one_party import acting_body, unread_other_side
from cmkg.nlp.components.onlookers import (
    event_parties,
    lone_onlooker_of_told_deal,
    onlookers_of_told_deal,
    statement_parties,
    told_by_agents,
)
from cmkg.nlp.components.open_sets import open_lone_set
from cmkg.nlp.components.outsiders import outside_parties
from cmkg.nlp.components.parties import (
    Context,
    is_company,
    lemma,
    mutual_pair,
    named_body_subjects,
    pp_chain_preps,
    resolve_subject,
    same_entity,
    with_parties,
)
from cmkg.nlp.components.party_phrases import clause_partner, making_words, our_series, standing_subject
from cmkg.nlp.components.passive_owners import passive_owner
from cmkg.nlp.components.possessive_owner import possessive_owner
from cmkg.nlp.components.premodifiers import dash_compound, grouping_members, modifier_parties, participle_leaders
from cmkg.nlp.components.prose import (
    accompanying_parties,
    agency_owners,
    agency_subjects,
    anaphor_partners,
    behalf_parties,
    joined_partners,
    joint_voice_parties,
    likewise_parties,
)
from cmkg.nlp.components.questions import answered_question, asked_only, deliberated_only, reported_question
from cmkg.nlp.components.relative_clauses import relative_clauses
from cmkg.nlp.components.report_hearsay import not_refuted
from cmkg.nlp.components.reported_sides import destination_sides, discussing_sides, reported_sides
from cmkg.nlp.components.requested_partners import requested_partner
from cmkg.nlp.components.restated import restated_instrument
from cmkg.nlp.components.self_reference import self_reference
from cmkg.nlp.components.series_hosts import set_off_apposition
from cmkg.nlp.components.side_reference import backers_aside, host_side
from cmkg.nlp.components.standing_formats import established_or_standing
from cmkg.nlp.components.status import is_membership
from cmkg.nlp.components.submitted_drafts import submitted_draft
from cmkg.nlp.components.subnational_sides import subnational_set, subnational_side
from cmkg.nlp.components.syntax import countries_in, governing_verb, stranded_conjuncts, subject_tokens
from cmkg.nlp.components.title_pairs import titled_instrument
from cmkg.nlp.rules import words as _w

__all__ = ["AgreementFact", "Candidate", "Context", "find_agreements"]

OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "pobj")
SUBJ = ("nsubj", "nsubjpass")


def _candidate(t: Token, lem: str, name: str | None, ctx: Context) -> Candidate:
    reach = 8 if t.lower_ in _w("agreement.anaphors") else 5  # "signed X on Y with A and another with B": far up
    v = governing_verb(t.head, reach) if t.head.i != t.i else None
    c = Candidate(t, lem, name, v)
    if t.lower_ in _w("agreement.anaphors"):
        c.rule = "agreement.one_anaphor"
    if v is not None:
        c.subj, c.company = resolve_subject(v, ctx)
        # "Project Vault, announced by ..., will combine a loan": the subject is the instrument's own name
        c.company = c.company and not any(same_entity(x, t) for x in subject_tokens(v))
        c.subj += [x for x in agency_subjects(v) if x not in c.subj]  # "The Commerce Department signed"
        c.subj += [x for x in accompanying_parties(v) if x not in c.subj]  # "X, along with Y, signed"
        c.subj += [x for x in named_body_subjects(v) if x not in c.subj]  # "The DFC and the Ministry signed"
        if (t if t.dep_ != "conj" else t.head).dep_ in SUBJ and not any(x.dep_ == "agent" for x in v.children):
            c.subj, c.company = [], False  # the instrument (or a conjunct of it) is the subject: its party is none
        elif c.subj:
            stranded = [x for x in stranded_conjuncts(v) if x not in c.subj]
            if stranded:
                c.subj += stranded
                c.rule = "agreement.stranded_subject"
    own = with_parties(t, ctx)
    own += [x for x in event_parties(t, ctx) if x not in own]  # 'the signing of X between A and B'
    own = own or statement_parties(t)  # 'the joint statement of A and B on a framework': none of its own
    own += [x for x in excepted_partners(t) if x not in own]  # "no instrument with B beyond the FTA": B's FTA
    aside = aside_instrument(t, own, v)  # "after a deal between C and D", "outside the truce"
    if aside:
        c.subj, c.rule = [], "agreement.aside"
    shared = v is not None and (t.dep_ in OBJECT_DEPS or standing_subject(t, v)) and not aside  # "... function with B"
    shared = shared and not (name and len(set(dash_compound(t))) >= 2)  # "the A-B Partnership": its name's pair
    c.with_ = own + (with_parties(v, ctx) if shared else [])
    c.with_ += [x for x in fronted_partners(t, v) if x not in c.with_ + c.subj]  # "With Korea we expect to sign"
    sided = lambda u: bool(modifier_parties(u) or dash_compound(u))  # noqa: E731
    c.with_ += [x for x in shared_partners(t, _w("agreement.nouns"), lambda u: with_parties(u, ctx), sided) if not own]
    _antecedent_partners(c, t, v)  # "Countries with which the US has a memorandum include A and B"
    signing = v is not None and t.head == v and t.dep_ in OBJECT_DEPS and lemma(v) in _w("status.signed")
    if signing and len(c.subj) == 1 and not c.with_:  # "In a meeting with Qatar's Prime Minister, A's minister signed"
        c.with_ = [x for x in met_partners(v) if x not in c.subj]
    if c.rule == "agreement.one_anaphor" and not c.with_ and len(c.subj) == 1:
        c.with_ = anaphor_partners(t, lem, c.subj, ctx)  # "X has a memorandum with the EU, and Y signed one in 2022"
    joined = [x for x in joined_partners(v, t) if x not in c.with_ + c.subj]
    if joined:  # "Norway joined Sweden in signing a declaration"
        c.with_ += joined
        c.rule = "agreement.joined_in"
    behalf = [x for x in behalf_parties(v) if x not in c.with_] if t.dep_ in OBJECT_DEPS else []
    if behalf:  # "signed on behalf of the EU by X and on behalf of Peru by Y"
        c.with_ += behalf
        c.rule = "agreement.on_behalf"
    for talks in topic_talks(t):  # "talks between X and Y on an MOU", "holding talks with X on an arrangement"
        c.with_ += [x for x in own_topic_partners(talks, t, with_parties(talks, ctx)) if x not in c.with_]
        c.subj += [x for x in _talks_owner(talks, ctx) if x not in c.with_ + c.subj]
    c.with_ += [x for x in proposer_states(t) if x not in c.with_ + c.subj]  # "a proposal from X for an MoU"
    if len(set(c.subj + c.with_)) < 2 and not clause_partner(t):  # "to deepen the partnership between the two"
        heads = [t, v] if v is not None and t.dep_ in OBJECT_DEPS else [t]
        c.with_ += [x for x in mutual_pair(heads, ctx) if x not in c.with_ + c.subj]
    if v is not None and c.with_ and not name:  # "A signed X with B, as did C": C's own deal with B, not A's set
        c.likewise = [x for x in likewise_parties(v) if x not in c.with_]
        c.subj = [x for x in c.subj if x not in c.likewise]
    return c


def _antecedent_partners(c: Candidate, t: Token, v: Token | None) -> None:
    """The states a relative antecedent lists, one instrument with each; a firm's or bank's partners are no
    state's ('countries with which the company has contracts')."""
    owned = t.dep_ in OBJECT_DEPS and bool(c.subj) and not c.company
    listed = [x for x in antecedent_members(v) if x not in c.with_ + c.subj] if owned else []
    if listed:
        c.with_ += listed
        c.rule = ANTECEDENT_RULE


def _talks_owner(talks: Token, ctx: Context) -> list[str]:
    """'A informed B of the state of its negotiations with C on an agreement': talks owned by 'its' or 'their' are
    the subject's of the nearest clause above them, however deep the phrase that holds them."""
    if not any(x.dep_ == "poss" and x.lower_ in _w("agreement.third_person_possessives") for x in talks.children):
        return []
    above = next((a for a in talks.ancestors if a.pos_ in ("VERB", "AUX") and subject_tokens(a)), None)
    return resolve_subject(above, ctx)[0] if above is not None else []


def _joint_voice(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'We announce today a new partnership', 'we reaffirm our partnership': the joint text's pair."""
    named = list(dict.fromkeys(c.mods + c.with_))  # who the sentence names besides the speaking 'we'
    # "We welcome the decision of X to accede to the Declaration": the joiner joins the speaking members
    joiner = c.rule == "agreement.intention_holder" and c.v is not None and is_membership(c.v)
    # "We reaffirm the Treaty between A and B", "the United States-Australia Framework": the instrument's own pair
    paired = len(named) >= 2 and any(p.lower_ in _w("agreement.mutual_prepositions") for p in pp_chain_preps(c.t))
    paired = paired or len(dash_compound(name_head(c.t) if c.name else c.t)) >= 2
    voiced = not paired and joint_voice_parties(c.t, c.v, [x for x in named if not joiner or x not in c.with_], ctx)
    told = _makers_after(c.t)  # "We recall the memoranda that A and B concluded with C": the clause's makers
    if voiced and told and set(c.subj) <= set(told):
        c.subj, voiced = told, False
    if paired and joint_voice_parties(c.t, c.v, named, ctx):  # the speakers only welcome the pair's instrument
        c.subj = [x for x in c.subj if x in named]
    if len(c.subj) < 2 and voiced:
        c.subj = [x for x in ctx.doc_pair if x not in named]
        c.rule = "agreement.accession" if joiner else "agreement.joint_voice"  # a joiner's set is news of a change
    elif not c.subj and c.with_ and our_series(c.t):  # "our agreements with A, B and C": the publisher's
        c.subj = [x for x in (sent.doc._.cmkg_publisher, ctx.home, ctx.main_actor()) if x and x not in c.with_][:1]
    return True


def _makers_after(t: Token) -> list[str]:
    """The states a relative clause after the instrument makes its subject with a verb that makes instruments
    ('the memoranda on critical minerals that A and B concluded with C'; the parser may hang the clause on the
    noun of the instrument's phrase)."""
    making = making_words()
    clauses = [x for x in t.sent if x.dep_ == "relcl" and x.i > t.i and lemma(x) in making]
    return countries_in(subject_tokens(clauses[0])) if clauses else []


def _modifiers(c: Candidate, ctx: Context, sent: Span) -> bool:
    c.mods = modifier_parties(c.t, ctx.people)
    head = name_head(c.t) if c.name else c.t  # "the US-initiated Minerals Security Partnership Forum"
    inner = head.i != c.t.i and lemma(head) not in _w("agreement.nouns")  # "Framework Agreement": its own trigger
    c.mods += [x for x in (modifier_parties(head) if inner else []) if x not in c.mods]
    # "the China-Pakistan Economic Corridor, a decade-old infrastructure pact": the noun describes that name
    described = c.t.head if c.t.dep_ == "appos" and c.t.head.text[:1].isupper() else c.t
    # "the India–Oman Agreement" parsed as an apposition of the dash's first side: the noun's own premodifiers first
    pair = dash_compound(c.t) or dash_compound(described)
    dashed = [x for x in pair if x not in c.parties]
    if dashed:
        c.mods += dashed
        c.rule = "agreement.dash_compound"
    committing = making_words()
    joiner = joiner_clause(c)  # "C acceded to the A-B agreement": the joiner stays
    if len(pair) >= 2 and c.v is not None and lemma(c.v) not in committing and not joiner:  # "invested under the X-Y"
        c.subj = [x for x in c.subj if x in pair]
    if c.name:
        c.mods += [x for x in grouping_members(c.t) if x not in c.mods]
        # "joins the Z Forum, the United States-led network": the apposition's premodifiers describe Z
        # ... and so does its participle: "the MSP, a body launched by the United States in which Korea takes part"
        described = [x for a in head.children if a.dep_ == "appos" for x in modifier_parties(a) + participle_leaders(a)]
        c.mods += [x for x in described if x not in c.parties]
        c.mods += [x for x in participle_leaders(head) if x not in c.parties]  # "the X led by the United States"
        owners = [x for x in agency_owners(c.t) if x not in c.parties]
        if owners:  # "EXIM's new Supply Chain Resiliency Initiative"
            c.mods += owners
            c.rule = c.rule or "agreement.agency_owner"
    # "signed the Pax Silica declaration, the US-led grouping on chips, at ...": an apposition hung on the verb
    aside = [x for a in set_off_apposition(c.t, c.v) for x in modifier_parties(a) + participle_leaders(a)]
    c.mods += [x for x in aside if x not in c.parties]
    return True


def _not_company(c: Candidate, ctx: Context, sent: Span) -> bool:
    if c.company and not c.with_ and not c.mods:
        return False
    if privately_described(c.t):  # "the Serbian Battery Alliance, an industry association": a body, no instrument
        return False
    # "the vehicle Ma'aden set up with the Public Investment Fund": a government body the gazetteer lists, named
    org = gazetteer().orgs.get(c.t.ent_kb_id_) if c.t.ent_type_ == "ORG" else None
    if c.name and org is not None and org.kind == AGENCY_KIND:
        return False
    named = set(c.name.split()) if c.name else set()  # "Gateway" in "the EU's Global Gateway programme"
    owners = (x for x in c.t.children if x.dep_ in ("compound", "poss") and not same_entity(x, c.t))
    return not any(is_company(x) and x.text not in named for x in owners)


FILTERS: tuple[Callable[[Candidate, Context, Span], bool], ...] = (
    restated_instrument,  # 'signed a memorandum with A in June, a deal that ...': the told instrument, no new one
    run_partners,  # 'X with A, Y with B and Z with C': each instrument's own partner, the run's owner
    speakers_country,
    intention_holder,
    _joint_voice,
    not_prospective_member,
    framed_exchange,
    reference_only,
    pointed_back,  # 'treats those agreements as ...': the set just told
    named_members,
    effect_parties,  # 'took effect for Indonesia': beside the members its own clause names
    joined_companions,
    others_signed,
    between_members_only,
    between_sides_only,  # 'modelled on the agreement between A and B': A and B's, not the citing subject's
    commercial_only,  # 'This is a commercial agreement': between companies, whatever a label lends it
    attention_onlookers,  # 'C is following the talks between A and B': before a relative clause names the sides
    relative_clauses,
    framed_cooperation,  # 'the cooperation between A and B under the X Agreement': theirs
    _modifiers,
    subnational_side,  # a state or province signs for itself: its country is no party
    onlookers_of_told_deal,  # after the relative clauses: 'welcomed the deal that C and D signed' is theirs
    told_by_agents,  # 'reaffirm the Agreement signed by A, B and C': its makers, not who reaffirms it
    lone_onlooker_of_told_deal,  # 'Beijing has not commented on the framework': before the hub completes it
    following_list,  # the listed partners, before the publisher's side is weighed against them
    included_series,  # 'Earlier partnerships include those concluded with A, and with B': the owner's series
    including_owner,  # 'the agreements of Chile, including the FTA with A, ... and the one with B': the owner's
    labelled_item,  # '- Australia: <instrument>': the label's state with the list's owner, not the item before
    host_voice,  # after the relative clauses and modifiers have named any side of the sentence's own
    run_sides,  # a gapped clause's own sides; 'together with similar frameworks with A, B and C': the page's series
    backers_aside,
    committed_only,
    counterparts_apart,  # 'memoranda signed by X and his A and B counterparts': before the story completes sides
    bound_parties,  # before an instrument read as a firm is dropped and the story's sides complete a set
    not_relationship,
    not_an_agreement,
    contrasted_away,  # 'a commercial matter rather than a government agreement': named as what it is not
    _not_company,
    established_or_standing,
    self_reference,
    titled_instrument,
    owned_series,
    joined_members,
    accession,
    host_side,
    possessive_owner,
    requested_partner,  # 'asked Washington for an agreement': before the story supplies another side
    submitted_draft,  # 'submitted a framework proposal to Washington': likewise
    reported_sides,  # 'Peru and Japan said an agreement could be signed': the reporting pair's
    discussing_sides,  # 'A and B discussed X, although talks on a memorandum continue': theirs
    destination_sides,  # 'travels to Uzbekistan, where a similar agreement could be signed': visitor and host
    passive_owner,  # 'Seoul will host ..., and a dialogue with A and B could be launched there': Seoul's
    not_list_heading,  # 'NEW AGREEMENTS WITH THE UNITED STATES:': its items state the instruments
    implied_counterpart,
    open_lone_set,
    subnational_set,  # 'Premier X signed a memorandum with JOGMEC': the foreign state alone, never completed
    unread_other_side,
    acting_body,  # 'The X Fund signed loan agreements with ...': a body acting, no instrument of its own
    generic_mention,  # after the sides are complete: a venue's state is read as the one party
    outside_parties,  # 'of which the Republic is not a member', 'was not mentioned in it': no party
    hosted_companion_talks,  # 'alongside talks between C and D that E is hosting': E's process, no deal of C and D
    asked_only,  # 'Will the two sides sign agreements?': a question names no set it does not name itself
    not_refuted,  # 'Reports that A had signed a deal with B were false': nothing was stated
    denied_to_exist,  # 'an A-B treaty that a reader submitted: no such instrument exists'
    deliberated_only,  # 'A and B are considering joining the partnership': no set of the deliberating states
    each_with_another,  # 'Both A and B have arrangements with Europe': no set of A and B
    alternative_partners,  # 'a memorandum with Washington, Tokyo or Beijing': one of them, no set of all
    conditional_only,  # 'If A would sign a deal with B, ...': a hypothesis, no deal
    enough_parties,
    has_status,
    recommended_only,  # '1. Conclude a framework with Chile': advice in a recommendations list, no act
    reported_question,  # 'Asked whether A and B would sign ..., he said': talks only when the answer says so
    answered_question,  # 'Will A sign X with B? No.': a direct question's status is its answer's, never signed
    signatory_status,
    heading_status,
)


def find_agreements(sent: Span, ctx: Context) -> list[AgreementFact]:
    facts: list[AgreementFact] = []
    for t, lem, name in agreement_triggers(sent, ctx):
        c = _candidate(t, lem, name, ctx)
        if all(keep(c, ctx, sent) for keep in FILTERS):
            for f in with_predecessors(c, candidate_facts(c, sent)):
                f.accession = c.accession
                facts.append(f)
                # "A is to sign a framework with W, while talks with T stalled": a pair this sentence has made counts
                # for the story's hub before its next clause's instrument asks for its other side
                record_partners(ctx, f.parties)
    return merge_same_clause(facts)
