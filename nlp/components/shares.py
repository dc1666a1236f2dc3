"""Production-share rules: who mines, processes or refines how much of a mineral.

A percentage or fraction word, tied to an activity word (mines, processes,
refines, produces, accounts for, controls, reserves: ``activity_forms``) and
to the *world* ("of the world's", "global", "globally").  The stage follows
the verb, or a stage noun after the number ("of global cobalt processing").
Import shares, tariffs, price moves, stakes and growth are excluded by the
words around the number.  An elided object ("and processes around 90%")
inherits the mineral and world scope of the share before it in the same
sentence.  Word lists: ``production_share.*``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from cmkg.nlp.components.controls import minerals_in
from cmkg.nlp.components.page_we import page_we
from cmkg.nlp.components.parties import Context, resolve_subject
from cmkg.nlp.components.share_activity import act_of as _act_of
from cmkg.nlp.components.share_activity import activity_forms as _acts
from cmkg.nlp.components.share_activity import own_clause as _own_clause
from cmkg.nlp.components.share_activity import share_activity as _activity
from cmkg.nlp.components.share_gaps import gapped_share
from cmkg.nlp.components.share_holders import (
    antecedent_country,
    apposed_subject_verb,
    company_subject,
    distributed_holders,
    label_end,
    label_owner,
    names_a_body,
    parallel_owner,
    place_object,
    pooled_holders,
    previous_owner,
    questioned,
    restated_figure,
    state_owned,
    stateless_antecedent,
    unscoped,
)
from cmkg.nlp.components.share_numbers import may_state_a_share, percent_at, range_start
from cmkg.nlp.components.share_scope import (
    COUNTRY_LABELS,
    LAST_WORLD,
    grades_mineral,
    implicit_world,
    in_place_clause,
    mineral_before,
    modifies_phrase_object,
    narrowed_object,
    noun_conjunct_of,
    only_a_location,
    pronoun_mineral,
    region_named,
    specific_object,
    subject_goods,
    verb_conjunct_of,
    world_possessive,
    world_share_before,
)
from cmkg.nlp.components.share_tables import rows_in, table_shares
from cmkg.nlp.components.syntax import SUBJECT_DEPS, governing_verb, subject_tokens, unnamed_state
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["ShareFact", "find_shares"]

_JOINT = "+"  # a subject of several coordinated countries
_LAST_SHARE = "cmkg_last_share_country"  # the state of the last share a document stated
_GENERIC_ACTIVITY = "produces"  # the activity of a share whose stage the text leaves open


@dataclass
class ShareFact:
    token: Token
    country: str | None  # None only on a pooled share kept as the scope of the next one, never returned
    activity: str
    mineral: str
    share_percent: float
    rule: str
    confidence: float


def _clause_after(sent: Span, last: int) -> list[Token]:
    """The words after the number up to a comma, a sentence joiner or a second conjunction.

    Read on the token line, not with syntax.clause_apart: the parser hangs a percentage and its 'of' phrase
    anywhere in a long sentence, so a share's clause is cut by punctuation within a short window."""
    out: list[Token] = []
    for x in sent.doc[last + 1 : min(label_end(sent, last), last + 10)]:
        if x.text in _w("production_share.clause_breaks", "production_share.contrast_subordinators") or (
            x.lower_ in _w("production_share.clause_conjunctions") and out
        ):
            break
        out.append(x)
    return out


def _share_phrase(after: list[Token]) -> list[Token]:
    """The words after the number up to a preposition other than 'of': '60% of global supply' in
    '60% of global supply into battery chemicals' (what the number is a share of, not what it becomes).
    A grade of the mineral is part of its name: 'battery-grade graphite' is graphite."""
    out: list[Token] = []
    for x in after:
        if x.pos_ == "ADP" and x.lower_ not in _w("production_share.of_word"):
            break
        if not grades_mineral(x) or x.lower_ in _w("production_share.flow_modifiers"):  # not 'its imported X'
            out.append(x)
    return out


def _excluded(near: list[str], earlier: list[str], before: list[Token]) -> bool:
    """Tariffs, stakes, imports, prices and growth near the number; imports or tariffs earlier in the sentence.

    A change word that reaches a level ("has risen to 50%", "stood at") is no change: the number is a level.
    """
    exclude, world = _w("production_share.exclude_words"), _w("production_share.world_words")
    if _reaches_level(before):
        exclude = exclude - _w("production_share.change_words")
    if any(w in exclude for w in near):
        return True
    return any(w in _w("production_share.sentence_exclusions") for w in earlier) and not any(w in world for w in near)


def _reaches_level(before: list[Token]) -> bool:
    hedges = _w("production_share.hedge_words")
    words = [x.lower_ for x in before[-3:] if x.lower_ not in hedges]
    return bool(words) and words[-1] in _w("production_share.level_prepositions")


def _country(before: list[Token], activity: str, number: Token) -> tuple[str | None, str]:
    """The nearest country before the number that is not inside a place phrase ('in Congo') or a clause
    describing a place ('the salt flats where A and B meet')."""
    actor_acts = rules().table("production_share.actor_activity")
    parallel = parallel_owner(before)
    if parallel is not None:
        return parallel, activity
    for x in reversed(before):
        if region_named(x):
            return None, activity  # "..., but the continent as a whole supplies 9%": the region's, no state's
        if x.ent_type_ not in COUNTRY_LABELS or not x.ent_kb_id_ or in_place_clause(x, number):
            continue
        name = x
        while name.dep_ == "compound" and name.head.ent_type_ == x.ent_type_:
            name = name.head  # "Saudi" of "Saudi Arabia"
        if modifies_phrase_object(name) or names_a_body(name):
            continue  # "according to the [US] Geological Survey", "to [US] buyers": a word inside another phrase
        if name.dep_ == "pobj" and name.head.lower_ in _w("production_share.comparison_prepositions"):
            continue  # "the second-largest producer after Australia, accounting for 30%": not Australia's
        first = x.head if x.dep_ == "conj" else x
        coordinated = [c for c in (first, *first.conjuncts) if c.ent_type_ in COUNTRY_LABELS]
        # "A and B each mined 5%", parsed with 'each' for the subject and the states its modifier, or anyhow: the
        # word right after the last state, read on the token line
        spread, after = _w("agreement.distributive_words"), x.doc[min(coordinated[-1].i + 1, x.sent.end - 1)]
        each = (first.head.lower_ in spread and first.head.dep_ in SUBJECT_DEPS) or after.lower_ in spread
        if (first.dep_ in SUBJECT_DEPS or each) and len(coordinated) > 1:
            # "A and B each account for 40%": one share per state; "A and B account for 75%": no one state's
            each = each or distributed_holders(governing_verb(number))
            return _JOINT.join(c.ent_kb_id_ for c in coordinated) if each else _JOINT, activity
        if not only_a_location(x, number):
            if x.ent_type_ == "NORP" and x.head.lower_ in actor_acts and activity == "produces":
                activity = actor_acts[x.head.lower_]  # "Chinese refiners produce ...": the actor's stage
            return x.ent_kb_id_, activity
    return None, activity


def _place_country(sent: Span, last: int, activity: str | None) -> tuple[str | None, str | None]:
    """'About 44% of the world's niobium is mined in South Korea': the place of a passive activity verb.

    With the stage already known ('60% of global rare earth mining takes place in China'), the place
    of the verb the number is the subject of counts too.
    """
    acts = _acts()
    own_verb = governing_verb(sent.doc[last]) if activity else None
    for x in sent.doc[last + 1 : sent.end]:
        place = place_object(x)
        if place is not None:
            prep, verb = place
            if any(c.dep_ == "conj" and c.ent_type_ in COUNTRY_LABELS for c in x.children):
                return _JOINT, activity  # "produced in Australia and Chile": no one country's share
            act = _act_of(verb, acts)
            if act:
                # "half of the world's refined X comes from Y": a generic verb keeps the stage already named
                return x.ent_kb_id_, activity if activity and act == _GENERIC_ACTIVITY else act
            if own_verb is not None and verb.i == own_verb.i:
                return x.ent_kb_id_, activity
    return None, activity


def _scope(
    sent: Span, before: list[Token], after: list[Token], prev: ShareFact | None
) -> tuple[list[str], str | None, bool]:
    """(minerals, activity, world?) of a share: what the number is a share of."""
    world = _w("production_share.world_words")
    near = before[-4:] + after
    adverbs = _w("production_share.world_adverbs")
    is_world = any(x.lower_ in world for x in near) or any(x.lower_ in adverbs for x in before)
    minerals = minerals_in(after)
    activity = _activity(before, after)
    if not minerals and specific_object(after):
        return [], activity, False  # "and sells 30% of the ore it digs": a share of something named, not the world's
    if prev is not None and not minerals and not is_world:
        # an elided object ("and mines about 60 percent"): the share before it; "of them": the nearest mineral
        return [pronoun_mineral(before, after) or prev.mineral], activity or prev.activity, True
    bare = not any(x.is_alpha for x in after) and not minerals_in(before)  # "Its share of global cobalt ..., 2%"
    if prev is None and not minerals and not is_world and activity and bare:
        carried = world_share_before(sent)  # "Niger supplied 4% of the world's mined uranium. Kazakhstan ..."
        if carried:
            return [carried], activity, True
    lead = before[-12:]
    acts = _acts()
    if not minerals and any(x.lower_ in _w("production_share.share_nouns") or _act_of(x, acts) for x in lead + after):
        # "China's share of global gallium production is 98%", "the largest lithium producer, with a 47% share"
        own, stage = subject_goods(sent.doc[before[-1].i + 1] if before else sent[0], acts)
        activity = stage if own and stage and activity in (None, _GENERIC_ACTIVITY) else activity
        minerals = own or minerals_in(lead)
        is_world = is_world or any(x.lower_ in world for x in lead)
        # "China's share of lithium refining rose to 65%": an unowned mineral or stage is the world's
        shares = [k for k, x in enumerate(lead) if x.lower_ in _w("production_share.share_nouns")]
        owned = bool(shares) and state_owned(lead[shares[-1]])  # not "the Government's share of rough output"
        owned = owned and unscoped(lead[shares[-1] :])
        is_world = is_world or (owned and implicit_world(lead[shares[-1] :]))
        activity = activity or _activity([], lead)
    elif prev is not None and minerals and not is_world:
        is_world = any(x.lower_ in _w("production_share.possessive_pronouns") for x in after)
        # "60 percent of global graphite mining and more than 90 percent of the processing of graphite":
        # 'global' covers both conjuncts, unless the second names an owner of its own
        owned = any(x.ent_type_ in COUNTRY_LABELS or x.tag_ == "POS" for x in after)
        is_world = is_world or (
            (noun_conjunct_of(before, prev.token) or verb_conjunct_of(before, prev.token))
            and not owned
            and not narrowed_object(after)
        )
    number = sent.doc[before[-1].i + 1] if before else sent.doc[sent.start]
    is_world = is_world or (bool(minerals) and (implicit_world(after) or world_possessive(after, number)))
    if not minerals and is_world and activity:
        minerals = mineral_before(sent) or _sole_mineral(sent, after[0].i if after else sent.end)
    elif not minerals and activity not in (None, _GENERIC_ACTIVITY) and implicit_world(after):
        # "Chile mines 24% of the world's lithium. Argentina accounts for 8% of mine output.": an unowned
        # stage noun of its own ('of mine output', 'of refining') is the world's stage of the mineral before
        minerals = mineral_before(sent)
        is_world = bool(minerals)
    return minerals, activity, is_world


def _sole_mineral(sent: Span, last: int) -> list[str]:
    """'With 40% of global output, Kazakhstan is the largest uranium producer': the one mineral the
    sentence names, outside the share's own phrase and outside a later figure's, whose share it names ('Oman mines
    7% of the world's gypsum, while Chinese smelters refine 45% of the world's copper')."""
    taken: set[int] = set()
    for x in (x for x in sent if x.i > last):
        if (hit := percent_at(sent, x.i)) is not None:
            taken |= {y.i for y in _share_phrase(_clause_after(sent, hit[1]))}
    minerals = minerals_in([x for x in sent if x.i not in taken])
    return minerals if len(minerals) == 1 else []


def _share_at(sent: Span, i: int, last: int, prev: ShareFact | None, ctx: Context) -> tuple | None:
    """(country, activity, mineral) of the share at token i, or None."""
    doc = sent.doc
    before = list(doc[sent.start : i])
    after = _clause_after(sent, last)
    # the particle of an activity verb ("dug up 47%") is no change word
    near = [x.lower_ for x in _own_clause(before[-4:]) if not _activity_particle(x)]
    near += [x.lower_ for x in _share_phrase(after)]
    since = before[prev.token.i - sent.start :] if prev is not None else before  # imports before an earlier share
    if _excluded(near, [x.lower_ for x in since], before):
        return None
    minerals, activity, is_world = _scope(sent, before, after, prev)
    place = None
    if activity is None:  # "About 60% of the world's cobalt comes from Congo": the verb after gives both
        place, activity = _place_country(sent, last, activity)
    if not (is_world and minerals and activity):
        return None
    if stateless_antecedent(doc[i], ctx):
        return None  # "the lithium triangle, which holds more than half of the world's lithium": no state's share
    if questioned(doc[i]):
        return None  # "whether China is below 80%": asked about, not stated
    if company_subject(doc[i]):
        return None  # "and Codelco handles 30% of the smelting of copper": a company's share, not a state's
    if restated_figure(doc[i]):
        return None  # "though analysts say the figure is closer to 5%": a rival value, no share of its own
    if pooled_holders(doc[i]):
        return _JOINT, activity, minerals[0]  # "The three countries together account for 5%": no one state's
    antecedent = antecedent_country(doc[i], ctx)
    country, activity = (place or antecedent, activity) if place or antecedent else _country(before, activity, doc[i])
    if country == _JOINT:
        return _JOINT, activity, minerals[0]  # "Chile and Australia together account for 75%": no one country's
    if country is None and prev is not None:
        country = prev.country
    if country is None:
        country, activity = _place_country(sent, last, activity)
    if country is None:
        v = governing_verb(doc[i]) or apposed_subject_verb(doc[i])
        if v is not None and any(unnamed_state(x) for x in subject_tokens(v)):
            return None  # "A single country accounts for 60%": the text does not say which
        pronoun = v is not None and any(x.lower_ in _w("production_share.subject_pronouns") for x in subject_tokens(v))
        # "Analysts point to Canada's role in uranium. It is the second-largest producer": the state the
        # sentence before is about, over an older subject
        codes = previous_owner(sent) if pronoun else []
        codes = codes or (resolve_subject(v, ctx)[0] if v is not None else [])
        # "We mine about 9%" on a government's page or in an official's answer: the voice's state
        codes = codes or [x for s in (subject_tokens(v) if v is not None else []) for x in (page_we(s) or [])][:1]
        owners = [c for x in (subject_tokens(v) if v is not None else []) for c in x.children if c.dep_ == "poss"]
        owned = any(c.lower_ in _w("production_share.possessive_pronouns") for c in owners)  # "its mines supplied"
        codes = codes or (ctx.last_subjects[:1] if owned or pronoun else [])
        # "China mines 48% of the world's antimony. It also produces 68% of refined germanium": the state of the
        # share before it
        codes = codes or ([doc.user_data[_LAST_SHARE]] if pronoun and doc.user_data.get(_LAST_SHARE) else [])
        country = codes[0] if codes else label_owner(doc[i])  # "70%: South Africa's share of world X output"
    return (country, activity, minerals[0]) if country and country != _JOINT else None


def _activity_particle(x: Token) -> bool:
    """'dug up': the particle right after an activity verb (parsed as a particle or an adverb)."""
    return x.dep_ in ("prt", "advmod") and x.i == x.head.i + 1 and _act_of(x.head, _acts()) is not None


def find_shares(sent: Span, ctx: Context) -> list[ShareFact]:
    if (rows := rows_in(sent)) is not None:  # a share table's rows: read by their header, not as prose
        rule = rules().rule("production_share.table_row")
        return [ShareFact(token, *found, rule, 0.8) for token, found in table_shares(sent, rows)]
    if not may_state_a_share(sent):
        return []  # most sentences state no share: skip the token scan
    facts: list[ShareFact] = []
    prev: ShareFact | None = None
    i = sent.start
    while i < sent.end:
        gap = gapped_share(sent, i) if prev is not None else None
        if prev is not None and gap is not None and gap[0] != prev.country:
            # "..., Chile about a quarter,": the verb and mineral of the share before it
            state, value, last = gap
            rule = rules().rule("production_share.gapped_clause")
            facts.append(ShareFact(sent.doc[i], state, prev.activity, prev.mineral, value, rule, 0.7))
            i = last + 1
            continue
        hit = percent_at(sent, i)
        if hit is None:
            i += 1
            continue
        value, last = hit
        found = _share_at(sent, i, last, prev, ctx)
        if found and found[0] == _JOINT:
            # a pooled share states none, but its mineral and stage carry to an elided one after it ("A and B
            # together mine 60% of the world's lithium, and Zimbabwe about 9 percent")
            prev = ShareFact(sent.doc[i], None, found[1], found[2], value, None, 0.0)
            i = last + 1
            continue
        for country in found[0].split(_JOINT) if found else []:
            _, activity, mineral = found
            rule = rules().rule("production_share.percent_of_world")
            low = range_start(sent, i)
            if low is not None and low < value:
                facts.append(ShareFact(sent.doc[i - 2], country, activity, mineral, low, rule, 0.8))
            prev = ShareFact(sent.doc[i], country, activity, mineral, value, rule, 0.8)
            facts.append(prev)
            sent.doc.user_data[_LAST_SHARE] = country
            sent.doc.user_data[LAST_WORLD] = (sent.start, mineral)
        i = last + 1
    return facts
