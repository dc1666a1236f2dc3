"""Export-control rules.

A control noun tied to exports ("export curbs", "a ban on exports of",
"licences for exports of") or to a mineral ("a quota on cobalt"), or a
restricting verb whose object is exports.  Controls on equipment or
companies, and promises *not* to restrict, are not mineral export controls.
Triggers are found by ``control_triggers``, status and denial are read off
the governing verb chain (``control_status``), the owning state off
possessives, subjects and origins (``control_owner``).
A control word that refers back to a measure named before is read by ``control_anaphora``.
Word lists: ``export_control.*``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_anaphora import anaphoric, another_instance, referred_owner, same_as_before
from cmkg.nlp.components.control_bodies import named_doers
from cmkg.nlp.components.control_calls import (
    asked_for,
    asked_of_another,
    company_subject,
    demanded,
    generic_measure,
    holds_measure,
    names_a_law,
    reviewed,
)
from cmkg.nlp.components.control_clauses import coordinated_apart, owned_item
from cmkg.nlp.components.control_covering import described_status
from cmkg.nlp.components.control_dated import (
    dated_goods,
    dated_reference,
    goods_owner,
    pronoun_subject,
    remember_dated,
    restated_only,
)
from cmkg.nlp.components.control_denial import dropped_plan, set_against, status_once_denied
from cmkg.nlp.components.control_effect_dates import came_into_effect
from cmkg.nlp.components.control_equipment import excluded_scope
from cmkg.nlp.components.control_equipment import named_goods as _goods
from cmkg.nlp.components.control_followers import Followed, followers
from cmkg.nlp.components.control_frames import asked_premise, framed_status, outside_measure
from cmkg.nlp.components.control_heading_items import headed_item_goods
from cmkg.nlp.components.control_headings import heading_line, restated_below
from cmkg.nlp.components.control_instruments import relative_maker, subject_maker
from cmkg.nlp.components.control_label_items import label_goods, labelled_goods
from cmkg.nlp.components.control_lists import before_list, listed_after, listed_goods, members_after
from cmkg.nlp.components.control_open_goods import (
    described_goods,
    named_before,
    placeholder,
    unrealised,
)
from cmkg.nlp.components.control_owner import (
    control_country,
    emulated_owners,
    reaction_without_owner,
    relative_owners,
)
from cmkg.nlp.components.control_permission import held_rule, licensed_export, permission_noun
from cmkg.nlp.components.control_places import states_named
from cmkg.nlp.components.control_sequels import own_clause, sequel_goods, set_against_phrase
from cmkg.nlp.components.control_status import (
    measure_status,
    planned,
    relative_making,
    relative_status,
    replacement,
    speculative,
)
from cmkg.nlp.components.control_triggers import (
    minerals_in,
    misparsed_verb,
    negation_is_measure,
    noun_trigger,
    other_activity,
    replacing_verb,
    verb_trigger,
)
from cmkg.nlp.components.control_unnamed import unnamed_actor, unnamed_owner
from cmkg.nlp.components.control_verbs import kept_from_market
from cmkg.nlp.components.covered_goods import covered_goods
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.subject_forms import listed_owners
from cmkg.nlp.components.syntax import (
    SUBJECT_DEPS,
    countries_in,
    governing_verb,
    quantified_by_no,
    relative_owner,
    subject_tokens,
)
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import ALTERED, STANDING, STATUS

__all__ = ["ControlFact", "find_controls", "minerals_in"]


@dataclass
class ControlFact:
    trigger: Token
    country: str
    minerals: list[str]
    status: str
    measure: str
    rule: str
    confidence: float


def _own_words(tokens: list[Token]) -> list[Token]:
    """The clause without a subject that names another activity ('The royalty rates for gold ... do not affect
    export permits'): its goods are that measure's, not the export measure's."""
    other = _w("export_control.other_activities")
    out = {
        y.i for x in tokens if x.dep_ in SUBJECT_DEPS and (other_activity(x) or _lemma(x) in other) for y in x.subtree
    }
    return [x for x in tokens if x.i not in out]


def _measure_goods(t: Token, sent: Span, scope: list[Token], clause: list[Token]) -> list[str]:
    """The goods the measure's own words name: a list, its phrase, its clause before a list, its coverage clause."""
    found = listed_goods(sent, scope) or _goods(scope + members_after(scope))
    return found or _goods(_own_words(before_list(clause, sent, scope))) or covered_goods(t)


def _sentence_goods(sent: Span, scope: list[Token]) -> list[str]:
    """The goods the sentence names, but not in another coordinated clause ('deferred a royalty increase on
    platinum, and no decision was made on a ban on chrome exports': the platinum is the royalty's)."""
    if not scope:
        return listed_goods(sent, scope) or _goods(list(sent))
    # nor in a list item with its own state ("A's requirements for X, the B proposal for Y, C's ban on Z")
    items = {y.i for x in sent if owned_item(x) and not x.is_ancestor(scope[0]) and x != scope[0] for y in x.subtree}
    items |= {y.i for x in sent if x.dep_ in ("appos", "conj") and set_against_phrase(x) for y in x.subtree}
    tokens = [x for x in sent if x.i not in items and not coordinated_apart(x, scope[0])]
    return listed_goods(sent, scope) or _goods(_own_words(tokens))


def _joint_owners(t: Token, v: Token | None, country: str) -> list[str]:
    """'Both Indonesia and the Philippines have considered bans': each state of a coordinated subject, also as the
    antecedent of a relative pronoun ('Unlike Zimbabwe and Namibia, which ban exports of X')."""
    subjects = subject_tokens(v) if v is not None else []
    relative = v is not None and v.dep_ == "relcl" and subjects
    if relative and all(x.lower_ in _w("agreement.relative_pronouns") for x in subjects):
        subjects = [relative_owner(v)]
        if _own_relatives(subjects[0], v):  # "Gabon, which would ban X, or Zimbabwe, which had banned Y": each its own
            return [country]
    joint = countries_in(subjects) or [code for x in subjects for code in listed_owners(x)]  # "several, including"
    own = relative_owners(t) if t.pos_ in ("NOUN", "PROPN") else []  # a measure noun's own clause: 'bans A and B keep'
    joint = joint if len(joint) > 1 else own
    # "the bans on exports of lithium ore now in place in Zimbabwe and Namibia": the places the measure stands in
    joint = joint if len(joint) > 1 else _standing_places(v) if v is not None else []
    return joint if len(joint) > 1 and country in joint else [country]


def _standing_places(v: Token) -> list[str]:
    """The states of the place phrase on 'in place' or 'in force' under ``v`` ('now in place in A and B'), not of
    other places in the clause ('pushed exporters in A and B to build refineries')."""
    standing = [x for x in v.subtree if x.lower_ in _w("status.in_force_objects", "export_control.standing_nouns")]
    preps = _w("export_control.place_prepositions")
    # the place phrase on the noun, or right after it wherever the parser hung it ('in place | in A and B')
    after = [x.doc[x.right_edge.i + 1] for x in standing if x.right_edge.i + 1 < x.sent.end]
    places = [p for x in standing for p in x.children] + after
    return countries_in([o for p in places if p.lower_ in preps and p.dep_ == "prep" for o in p.children])


def _own_relatives(owner: Token, v: Token) -> bool:
    """The owner's coordination carries another relative clause than ``v``: each state has its own."""
    group = [owner.head, *owner.head.conjuncts] if owner.dep_ == "conj" else [owner, *owner.conjuncts]
    return any(c.dep_ == "relcl" and c.i != v.i for x in group for c in x.children)


def _denied_by_determiner(t: Token) -> bool:
    """'no export restrictions on X', 'There is no licence requirement on X exports': a 'no' on the measure's
    noun, or on the noun a control word modifies ('licence' in 'no licence requirement'), denies the measure; so
    does a 'not' on a predicate noun ('a US sanction and not a Cuban export rule')."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    predicate = [h for h in holders if h.pos_ == "NOUN" and h.dep_ in ("attr", "conj")]
    return any(quantified_by_no(h) for h in holders) or any(c.dep_ == "neg" for h in predicate for c in h.children)


def _capitalised_noun(t: Token) -> str | None:
    """'- Licences for graphite exports remain in place': a control noun opening a bullet or headline, tagged a
    proper noun (so with no lemma), read as the control noun it is."""
    if t.pos_ != "PROPN" or t.ent_type_ or not t.is_title:
        return None
    nouns = _w("export_control.trigger_nouns")
    forms = [t.lower_, t.lower_.removesuffix("s"), t.lower_.removesuffix("es")]
    return next((f for f in forms if f in nouns), None)


def find_controls(sent: Span, ctx: Context) -> list[ControlFact]:
    if restated_below(sent):
        return []  # "2. New export permit for graphite": the section's title; its body states the measure
    facts: list[ControlFact] = []
    used: dict[tuple[int, str], set[str]] = {}  # minerals already filed under each governing verb, by owner
    framed = False  # a control word a frame keeps from being a measure: no sequel of the last one either
    for t in sent:
        lem = _capitalised_noun(t) or _lemma(t)
        is_verb = verb_trigger(t, lem)
        anaphor = not is_verb and not noun_trigger(t, lem) and (anaphoric(t, lem, ctx) or dated_reference(t, lem, ctx))
        if not (is_verb or anaphor or noun_trigger(t, lem)) or holds_measure(t) or names_a_law(t):
            continue
        if _denied_by_determiner(t) or kept_from_market(t) or (not is_verb and (speculative(t) or set_against(t))):
            continue  # "have no export restrictions on X", "a possible ban", "barred from the US market by ..."
        # "Spain, which mines X, banned exports of Y" parsed with the verb as an adjective: the exports are the scope
        scope = own_clause(t.head if is_verb and t.dep_ == "amod" else t)
        if excluded_scope(t, scope) or unnamed_owner(list(t.subtree)):
            continue
        v = _measure_verb(t, is_verb)
        if outside_measure(t, v, is_verb) and (framed := True):
            continue  # "an export control dialogue", "want Poland to restrict", "in a major producing country"
        if not is_verb and ((v is not None and demanded(t, v)) or reaction_without_owner(t, v, ctx)):
            continue
        if (is_verb and asked_of_another(t)) or (v is not None and company_subject(v, t)) or generic_measure(t, v):
            continue
        if unnamed_actor(t, v):  # "the export restrictions that third countries have applied to X": no owner
            continue
        if not is_verb and reviewed(t, v):
            continue
        if not is_verb and asked_for(t, v):
            continue  # "urged Peru to tighten control over exports of X", "Has A looked at an export ban on X?"
        # "the rare earths placed under licensing": a participle's goods are the noun it describes
        clause = own_clause(v.head if v.dep_ == "acl" else v) if v is not None else scope
        minerals = _measure_goods(t, sent, scope, clause)
        if not minerals and minerals_in(clause):
            continue  # the clause's minerals name a technology: no mineral is controlled here
        if not _goods(scope) and unnamed_owner(clause if minerals else list(sent)):
            continue  # "restrictions on critical minerals, including requirements for X introduced by one economy"
        dated, own_goods, minerals = dated_goods(t, is_verb, minerals, ctx)  # "its October measures": its goods
        status = _read_status(t, v, is_verb, sent, ctx)
        if status is None and minerals and asked_premise(t):  # "Q: X announced curbs on Y. Are they in place?"
            ctx.last_control_country, ctx.last_control_minerals = control_country(t, v, sent, ctx), minerals
        repeated = anaphor and not minerals and not another_instance(t) and not came_into_effect(t, v, ctx)
        if status is None or (repeated and _restates(facts, status)):
            continue
        if restated_only(dated, status, own_goods):
            continue  # "The April 4 measures were published ...", "The October rules were a bigger step": history
        if (status == STATUS.lifted and (planned(t) or (anaphor and permission_noun(t)))) or dropped_plan(t):
            continue  # "dropped a proposed ban": never applied; "that permit ends": an exemption ends
        minerals = _goods_from_context(t, v, (scope, clause), minerals, anaphor, ctx)
        ctx.last_open_end = sent.end if placeholder(scope + clause, bool(minerals)) else ctx.last_open_end
        owner = dated.country if dated else None
        facts += _filed(t, v, is_verb and not anaphor, anaphor, minerals, status, sent, ctx, used, owner)
    facts += _followed(sent, ctx, facts)
    return facts if facts or framed else _sequel(sent, ctx) or _headed_item(sent, ctx) or _labelled_item(sent, ctx)


def _sequel(sent: Span, ctx: Context) -> list[ControlFact]:
    """The goods of the measure named just before, told by this sentence (``control_sequels``)."""
    sequel = sequel_goods(sent, ctx)
    if sequel is None:
        return []
    trigger, (country, minerals, status, kind) = sequel
    return [ControlFact(trigger, country, minerals, status, kind, rules().rule("export_control.sequel"), 0.6)]


def _headed_item(sent: Span, ctx: Context) -> list[ControlFact]:
    """A verbless goods item under a heading that stated the measure (``control_heading_items``)."""
    found = headed_item_goods(sent, ctx)
    if found is None:
        return []
    country, minerals, status, kind = found
    rule = rules().rule("export_control.headed_item")
    return [ControlFact(sent.root, country, minerals, status, kind, rule, 0.6)]


def _labelled_item(sent: Span, ctx: Context) -> list[ControlFact]:
    """'Antimony: licences since September 2024' in a list of export measures (``control_label_items``)."""
    found = labelled_goods(sent, ctx)
    if found is None:
        return []
    noun, (country, minerals, status, kind) = found
    ctx.last_control_country, ctx.last_control_minerals = country, minerals
    return [ControlFact(noun, country, minerals, status, kind, rules().rule("export_control.label_item"), 0.6)]


def _goods_from_context(
    t: Token, v: Token | None, spans: tuple[list[Token], list[Token]], minerals: list[str], anaphor: bool, ctx: Context
) -> list[str]:
    """Goods the measure's own words leave out: the measure referred back to, the sentence's, those listed after
    it or named before it ('the metal'), or the one mineral of its owner's world share the sentence before."""
    scope, clause = spans
    sent = t.sent
    minerals = minerals or (ctx.last_control_minerals if anaphor else _sentence_goods(sent, scope))
    minerals = minerals or (ctx.last_control_minerals if same_as_before(t) else []) or label_goods(sent)
    if not minerals and not anaphor:  # "Congo mines 70% of the world's cobalt. It let exports resume under quotas"
        minerals = described_goods(sent, lambda: control_country(t, v, sent, ctx))
    return minerals + [m for m in listed_after(scope) + named_before(clause) if m not in minerals]


def _followed(sent: Span, ctx: Context, facts: list[ControlFact]) -> list[ControlFact]:
    """'Zimbabwe banned exports of lithium in 2022, and Namibia followed in 2023', 'Graphite followed in December':
    the measures an elliptical 'followed' clause tells, as the next measure a reference may point back to."""
    earlier = [Followed(f.trigger.i, f.country, f.minerals, f.status, f.measure) for f in facts]
    out: list[ControlFact] = []
    for f in followers(sent, ctx, earlier):
        out.append(
            ControlFact(f.verb, f.country, f.minerals, f.status, f.kind, rules().rule("export_control.follower"), 0.6)
        )
        ctx.last_control_country, ctx.last_control_minerals = f.country, f.minerals
        ctx.last_measure = (f.country, f.status, f.kind, sent.end)
    return out


def _read_status(t: Token, v: Token | None, is_verb: bool, sent: Span, ctx: Context) -> str | None:
    """The measure's status from its verbs, a denial, a description and a frame; None when none stands."""
    # "X may be exported only under a licence": the licence noun's export verb states the rule, unless held
    ruled = (licensed_export(t) or (v is not None and licensed_export(v))) and not held_rule(v if v is not None else t)
    # "China's ban on X, which Beijing suspended on Sunday, has not changed prices": its own clause's status stands
    # against a denied effect (the measure the subject of a verb with an object of its own), not a denied renewal
    effect = v is not None and t.dep_ == "nsubj" and t.head.i == v.i and any(c.dep_ == "dobj" for c in v.children)
    told = effect and (relative_status(t, v) is not None or relative_making(t, v))
    own = v is not None and (negation_is_measure(t, v) or told)
    status = status_once_denied(t, v, sent, measure_status(t, v, is_verb, rule_modal=ruled), own=own)
    return framed_status(t, v, described_status(t, v, status, ctx)) if status is not None else None


def _measure_verb(t: Token, is_verb: bool) -> Token | None:
    """The verb that governs the measure: the trigger itself, the 'replace' of its replacement, its governor."""
    if is_verb:
        return t
    v = replacing_verb(t) or subject_maker(t) or relative_maker(t) or governing_verb(t.head if t.pos_ == "VERB" else t)
    v = v or misparsed_verb(t)
    if v is not None and v.ent_type_ == "MINERAL":  # "added copper and tungsten to its list": no verb
        v = governing_verb(v.head) if v.head.i != v.i else None
    return v


def _restates(facts: list[ControlFact], status: str) -> bool:
    """An anaphoric measure with no goods of its own: the same measure in a changed state ("announced new
    licence rules, before suspending them", "has restricted exports ...; welcomed its decision to ease those
    restrictions": a lifting is a fact of its own beside the measure it ends), or a repetition ("the ban would
    last until 2027")."""
    if facts and status != STATUS.announced and (facts[-1].status == STATUS.announced or status in ALTERED):
        facts[-1].status = status
        return True
    return status in STANDING


def _filed(
    t: Token,
    v: Token | None,
    is_verb: bool,
    anaphor: bool,
    minerals: list[str],
    status: str,
    sent: Span,
    ctx: Context,
    used: dict[tuple[int, str], set[str]],
    owner: str | None = None,
) -> list[ControlFact]:
    """The facts of one measure, one per owner; a measure with no goods yet is remembered for the next sentence;
    ``owner``: the state of a measure a dated reference points back to ('its October measures')."""
    kind = rules().table("export_control.kind_by_word").get(_lemma(t), "controls")
    if unrealised(t, status):  # "announced further measures which would have extended licensing to X"
        ctx.last_control_country, ctx.last_control_minerals = control_country(t, v, sent, ctx), minerals
        remember_dated(ctx, t, v, sent, ctx.last_control_country, minerals)
        return []
    if not minerals:
        # "Peru said it would restrict exports of several minerals.": the goods may come in the next sentence
        owner = None if anaphor else control_country(t, v, sent, ctx)
        if owner is not None:
            ctx.last_measure, ctx.last_goodsless_end = (owner, status, kind, sent.end), sent.end
            if heading_line(sent):  # 'A. Products whose export remains prohibited': the measure of the items below
                ctx.heading_measure = (owner, status, kind, sent.end_char)
        return []
    followed = emulated_owners(v)  # "would follow Namibia in banning exports": Namibia's ban
    country = followed[0] if followed else owner or referred_owner(t, v, anaphor, minerals, ctx)
    if country is None:
        country = control_country(t, v, sent, ctx)
        # an unowned line on goods the story filed under another state than the last controller: that state's
        # (not under a chronology's entry heading, which names the line's state: it leaves no goods behind it)
        unowned = country == ctx.last_control_country and ctx.last_control_minerals and not states_named(sent)
        unowned = unowned and not pronoun_subject(v)  # "Tanzania kept its ban ... It eased the rule for X": its own
        country = (goods_owner(minerals, country, ctx) if unowned else None) or country
    if country is None:
        return []  # the measure's noun may still name its owner ("will require an export licence in Peru")
    # "replaced its ban on X with quotas": the quotas are a measure of their own on the same goods; "noted A's
    # ban on X and Y and the suspension of Y exports by B": a 'by' doer's measure is its own, another's is the same
    seen = [m for (i, owner), m in used.items() if i == (v.i if v is not None else -1)]
    if any(x.ent_type_ in ("GPE", "NORP") for h in (t, t.head) for x in named_doers(h)) and v is not None:
        seen = [used.get((v.i, country), set())]
    if v is not None and set(minerals) <= set().union(*seen) and not replacement(t, v):
        return []
    if v is not None:
        used.setdefault((v.i, country), set()).update(minerals)
    rule = rules().rule("export_control.verb" if is_verb else "export_control.noun")
    ctx.last_control_country, ctx.last_control_minerals = country, minerals
    ctx.last_measure = (country, status, kind, sent.end)
    remember_dated(ctx, t, v, sent, country, minerals)
    return [
        ControlFact(t, owner, minerals, status, kind, rule, 0.75) for owner in followed or _joint_owners(t, v, country)
    ]
