"""Where an export control applies, read as its owner when no subject or possessive names one.

The exports' origin ('shipments of cobalt from Congo'), the place of a passive measure ('have been banned in
Indonesia'), of the measure's own phrase or verb ('an export licence in Vietnam', 'permits are no longer
issued in Zimbabwe'), of a relative clause ('curbs that have been in place in Tajikistan'), or a place
fronting the clause ('In the Democratic Republic of Congo, a suspension of cobalt exports ...').
Failing all those, the one state a sentence names, when none sits in a destination or place phrase.
Word lists: ``export_control.origin_prepositions``, ``place_prepositions``, ``export_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.bystanders import in_venue, place_name_root
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.party_phrases import encounter_noun
from cmkg.nlp.components.syntax import MODIFIER_DEPS, SUBJECT_DEPS, countries_in, subject_tokens, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "aimed_at",
    "antecedent_clause_owner",
    "backer_state",
    "clause_place",
    "destined",
    "fronted_place",
    "measure_place",
    "origin",
    "passive_place",
    "private_speakers",
    "sole_state",
    "states_named",
    "status_verb",
    "unless_in",
]


def antecedent_clause_owner(v: Token | None) -> list[str]:
    """'the measures announced by China on January 6, which prohibit exports of X to users in Japan': a measure
    told by a relative clause whose subject is its relative pronoun is the state's that another clause on the same
    antecedent names as doer (a participle's agent, a relative clause's subject), not its own clause's places."""
    relatives = _w("agreement.relative_pronouns")
    subject = subject_tokens(v) if v is not None and v.dep_ == "relcl" else []
    if not subject or not all(x.lower_ in relatives for x in subject):
        return []
    for clause in (c for c in v.head.children if c.i != v.i and c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
        codes = countries_in(x for x in subject_tokens(clause) if x.lower_ not in relatives)
        if codes and _lemma(clause) not in _w("export_control.observer_verbs"):
            return codes[:1]
    return []


def clause_place(clause: Token) -> list[str]:
    """'measures that have been in place in China', 'curbs that took effect in Vietnam', 'rules in force in
    Peru': the state where the measure's own clause says it applies."""
    places = _w("export_control.place_prepositions")
    found = []
    for x in (x for x in clause.subtree if x.dep_ == "pobj" and x.head.lower_ in places):
        anchor = x.head.head  # the clause's verb, or 'place' / 'force' / 'effect' of its phrase
        in_phrase = anchor.dep_ == "pobj" and anchor.head.head.i == clause.i  # "in place [in China]"
        if anchor.i == clause.i or in_phrase or (anchor.dep_ == "dobj" and anchor.head.i == clause.i):
            found.append(x)
    return countries_in(found)


def origin(scope: list[Token]) -> list[str]:
    """'Exports of cobalt from Congo were suspended', 'shipments out of China', 'may not be exported from
    Namibia': the country the exports leave."""
    preps = _w("export_control.origin_prepositions")
    exports, acts = _w("export_control.export_nouns"), _w("export_control.export_verbs")
    found = []
    for x in (x for x in scope if x.dep_ == "pobj"):
        prep = x.head.head if x.head.head.dep_ == "prep" else x.head  # "out of China": the outer preposition
        goods = prep.head
        exported = goods.lower_ in exports or goods.ent_type_ == "MINERAL" or _lemma(goods) in acts
        # "will prohibit the export of X from Papua New Guinea": the phrase hung on the verb whose object is exports
        objects = [c for c in goods.children if c.dep_ == "dobj"] if goods.pos_ == "VERB" else []
        exported = exported or any(o.lower_ in exports for o in objects)
        if prep.lower_ in preps and (exported or _of_exports(goods, exports)):
            found.append(x)  # "shipments of gallium metal from Canada": the goods of the exports, from a place
        elif prep.lower_ in _w("export_control.place_prepositions") and _of_exports(goods, exports):
            found.append(x)  # "exporters of tin ingots in Zambia", "exports of nickel ore within Indonesia"
    return countries_in(found)


def _of_exports(x: Token, exports: frozenset[str]) -> bool:
    """Whether ``x`` is the exports, or the goods in their 'of' phrase ('exporters of [tin ingots]')."""
    for _ in range(5):
        if x.lower_ in exports:
            return True
        if (x.pos_ in ("VERB", "AUX") and x.ent_type_ != "MINERAL") or x.head.i == x.i:
            return False  # "exporters of tungsten in Qatar", with the mineral read as a verb, goes on up
        x = x.head  # up through 'of' phrases and the parser's odd attachments ("cobalt hydroxide" as an adverb)
    return False


def passive_place(v: Token) -> list[str]:
    """'Exports of nickel ore have been banned in Indonesia since 2020', 'X is subject to licensing in China':
    the place of a passive measure, or of a measure its subject is subject to."""
    predicates = [c for c in v.children if c.dep_ == "acomp" and c.lower_ in _w("export_control.subject_adjectives")]
    if not predicates and not any(c.dep_ == "nsubjpass" for c in v.children):
        return []
    holders = {v.i} | {x.i for p in predicates for x in p.subtree}
    places = _w("export_control.place_prepositions")
    return countries_in(
        x for x in v.subtree if x.dep_ == "pobj" and x.head.lower_ in places and x.head.head.i in holders
    )


def measure_place(t: Token, v: Token | None = None) -> list[str]:
    """'will require an export licence in Vietnam', 'export restrictions in Peru', 'exports have required a
    licence in India', 'permits are no longer being issued in Zimbabwe': a place on the measure's own phrase, or
    on its verb (whose subject names no state), is where it applies."""
    holders = {t.i, t.head.i} if t.dep_ == "compound" else {t.i}
    if v is not None and not countries_in([x for s in subject_tokens(v) for x in s.subtree]):
        holders |= {v.i} | {x.i for x in v.subtree if x.dep_ == "xcomp" and x.pos_ == "VERB"}
        holders |= {c.i for c in v.children if c.dep_ == "dobj"}
    places = _w("export_control.place_prepositions")
    found = countries_in(x for x in t.sent if x.dep_ == "pobj" and x.head.lower_ in places and x.head.head.i in holders)
    return found or _where_antecedent(v)


def status_verb(verb: Token) -> bool:
    """A verb that sets a measure's status by itself ('lifted', 'banned': ``export_control.status_by_lemma``)."""
    return any(_lemma(verb) in ws for ws in rules().table("export_control.status_by_lemma").values())


def _where_antecedent(v: Token | None) -> list[str]:
    """'investing in Indonesia, where an export ban on nickel ore has been in force since 2020': a measure told in
    a 'where' clause (``export_control.place_relatives``) on a state applies there."""
    where = v is not None and v.dep_ == "relcl"
    where = where and any(c.dep_ == "advmod" and c.lower_ in _w("export_control.place_relatives") for c in v.children)
    # the clause states the measure ('has been in force', 'was imposed'), not its effects there ('where export
    # controls on gallium have pushed prices to records': another state's measure felt in the place)
    stated = where and (v.pos_ == "AUX" or status_verb(v))
    return [v.head.ent_kb_id_] if stated and v.head.ent_type_ == "GPE" and v.head.ent_kb_id_ else []


def fronted_place(v: Token) -> str | None:
    """'In the Democratic Republic of Congo, a four-month suspension of cobalt exports is still in force',
    'In Kyrgyzstan, the government has suspended licences': a place opening the clause of a measure whose
    subject names no state."""
    for verb in verb_chain(v):
        if countries_in([x for s in subject_tokens(verb) for x in s.subtree]):
            return None
        for c in verb.children:
            fronted = c.dep_ == "prep" and c.i < verb.i and c.lower_ in _w("export_control.place_prepositions")
            if fronted and c.i == v.sent.start:
                codes = countries_in([o for o in c.children if o.dep_ == "pobj"])
                if codes:
                    return codes[0]
    return None


def sole_state(sent: Span) -> str | None:
    """'Under China's new rules, exporters of gallium must obtain a licence': the one state the sentence
    names, when none is a destination, a place or a yardstick of comparison."""
    others = _w("export_control.destination_prepositions", "export_control.place_prepositions")
    others |= _w("production_share.comparison_prepositions")  # "the largest deposits outside China": a yardstick
    states = [x for x in sent if x.ent_type_ in ("GPE", "NORP") and not _in_other_event(x)]
    named = {x.ent_kb_id_ for x in states if x.ent_kb_id_}
    placed = any(_placed(x, others) for x in states)
    return next(iter(named)) if len(named) == 1 and not placed else None


def aimed_at(x: Token) -> bool:
    """'the US-specific ban', 'China-focused curbs': a state word before a target adjective names the state the
    measure aims at, not its owner (also a name's first word: 'the South Korea-specific ban')."""
    while x.dep_ == "compound" and x.head.i != x.i and x.head.ent_type_ == x.ent_type_:
        x = x.head
    return x.head.lower_ in _w("export_control.target_adjectives") and x.head.i > x.i


def backer_state(x: Token) -> bool:
    """'after a surge in Chinese-backed smelter investment', 'Japanese-funded refinery projects': a state word
    joined by a hyphen to a backer participle names who funds or holds some other thing, never who restricts."""
    end = x.i  # "South Korean-funded": from the name's last word
    while end + 1 < len(x.doc) and x.doc[end + 1].ent_iob_ == "I":
        end += 1
    follow = x.doc[end + 1 : end + 3]
    return len(follow) == 2 and follow[0].text == "-" and follow[1].lower_ in _w("export_control.backer_participles")


def _firm_nationality(x: Token) -> bool:
    """'a stake in the main producer, controlled by a French group', 'a Canadian miner's plan': a state word on a
    firm says whose firm it is, never who restricts; but firms that speak of a measure ('Indonesian smelters said
    the ban would stay') speak of their own state's."""
    firm = x.head
    speaking = firm.dep_ == "nsubj" and _lemma(firm.head) in _w("officials.speech_verbs")
    return x.dep_ in ("amod", "compound") and _lemma(firm) in _w("export_control.firm_nouns") and not speaking


def _venue_of_others(x: Token) -> bool:
    """'the consensus reached by the Chinese and U.S. teams in Kuala Lumpur': a place where other named states
    met or acted is a venue, not the state that owns the measure ('officials in Jakarta said' still is)."""
    if not in_venue(x):
        return False
    holder = place_name_root(x).head.head
    # the holder's own modifiers and party phrases ('the Chinese and U.S. teams', 'talks between A and B')
    own = [
        c
        for c in holder.children
        if c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and c.lower_ in _w("agreement.party_prepositions"))
    ]
    others = {t.ent_kb_id_ for c in own for t in c.subtree if t.ent_type_ in ("GPE", "NORP")}
    # 'the outcome of the consultations held in Kuala Lumpur': a participle placing talks or a meeting
    held = holder.dep_ == "acl" and holder.pos_ == "VERB" and encounter_noun(holder.head)
    return held or bool(others - {"", x.ent_kb_id_})


def _in_other_event(x: Token) -> bool:
    """'X products join the licence list, hours after new US tariffs take effect': a state named in a clause that
    only dates the measure by another event (an 'after', 'before', 'when' clause naming no exports and no
    control) is not the one the sentence is about; nor is one in a clause describing a reaction to a measure ('a
    panel rules in the dispute brought by the European Union that the nickel ore ban is inconsistent'), nor a
    state the measure only aims at ('the US-specific ban of December 2024'), nor one that only backs something
    else ('after a surge in Chinese-backed smelter investment')."""
    if aimed_at(x) or backer_state(x) or _firm_nationality(x) or _venue_of_others(x):
        return True
    reactions = _w("export_control.reaction_nouns")
    if any(a.dep_ in ("acl", "relcl") and _lemma(a.head) in reactions for a in x.ancestors):
        return True
    for clause in (a for a in x.ancestors if a.dep_ == "advcl" and a.pos_ in ("VERB", "AUX")):
        if any(c.dep_ == "mark" and c.lower_ in _w("export_control.event_subordinators") for c in clause.children):
            words = _w("export_control.export_nouns", "export_control.trigger_nouns", "export_control.export_verbs")
            return not any(w.lower_ in words or _lemma(w) in words for w in clause.subtree)
    return False


def states_named(sent: Span) -> list[str]:
    """The states the sentence names, less those named only as a yardstick of comparison ('the largest deposits
    outside China', 'second only to Chile'): a state measured against speaks for no measure of the sentence; nor
    does one only named as a destination or addressee ('has said the same to his American counterparts', 'the ban on
    exports to the United States'), which leaves the story's own state the owner."""
    preps = _w("production_share.comparison_prepositions")
    aside = _w("export_control.destination_prepositions")
    states = [x for x in sent if x.ent_type_ in ("GPE", "NORP")]
    # "hours after new US tariffs take effect": a state in a clause that only dates the measure
    aside_tokens = {x.i for x in states if _compared(x, preps) or _placed(x, aside) or _in_other_event(x)}
    yardsticks = {x.ent_kb_id_ for x in states if x.i in aside_tokens}
    others = {x.ent_kb_id_ for x in states if x.i not in aside_tokens}
    return [c for c in countries_in(sent) if c not in yardsticks - others]


def _compared(x: Token, preps: frozenset[str]) -> bool:
    """A state word (or a name's last word) that is the object of a comparison preposition."""
    while x.dep_ == "compound" and x.head.i != x.i:
        x = x.head
    return x.dep_ == "pobj" and x.head.lower_ in preps


def destined(x: Token) -> bool:
    """'checks on graphite exports to the United States announced in October', 'the licence requirement on tin
    exports to Japan announced in May': a state word in a destination phrase is where the goods go, never the
    state right before a verb that owns the measure (round 17, controls30)."""
    return _placed(x, _w("export_control.destination_prepositions"))


def _placed(x: Token, preps: frozenset[str]) -> bool:
    """Whether a state word sits in a destination or place phrase, also as a modifier: 'to [US] end users'."""
    while x.dep_ in ("compound", "amod", "nmod", "poss", "det") and x.head.i != x.i:  # 'the' of 'the United States'
        x = x.head
    if x.dep_ == "pobj" and x.head.lower_ in _w("export_control.member_prepositions") and x.head.head.i != x.head.i:
        x = x.head.head  # "apply to all destinations, including Sweden": a member sits where its list does
    # "to officials from B", "to the government of B": the phrase of a noun that sits in the destination
    holder = x.head.head if x.dep_ == "pobj" and x.head.lower_ in _w("export_control.affiliation_prepositions") else x
    if holder.i != x.i and holder.dep_ == "pobj" and holder.head.lower_ in preps:
        return True
    nxt = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
    # "and in December Beijing went further": a state right before a finite verb with no subject is its subject
    if (
        nxt is not None
        and nxt.pos_ == "VERB"
        and nxt.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in SUBJECT_DEPS for c in nxt.children)
        and not (nxt.dep_ == "acl" and nxt.head.i < x.i)  # "exports to Japan announced in May": a participle
    ):
        return False
    return x.dep_ == "pobj" and x.head.lower_ in preps


def private_speakers(v: Token | None) -> set[str]:
    """'Japanese buyers say exporters must now obtain a licence', 'Analysts at a bank in Germany said ...': a state
    named inside the subject of a buyer, analyst or lender above the measure is where they sit, not who restricts
    exports (a producer or exporter speaking is often the restricting state's own: not in the list)."""
    nouns = _w("export_control.outside_speakers")
    heads = [s for verb in (verb_chain(v)[1:] if v is not None else []) for s in subject_tokens(verb)]
    private = [s for s in heads if _lemma(s) in nouns or s.lower_ in nouns]
    return {x.ent_kb_id_ for s in private for x in s.subtree if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_}


def unless_in(code: str | None, speakers: set[str]) -> str | None:
    """``code`` unless it is only where the speakers sit."""
    return None if code in speakers else code


def where_place(s: Token) -> list[str]:
    """'news from Beijing, where the commerce ministry said exports would need licences', 'in Lima, where the
    mines ministry announced the ban': a government body speaking in a clause on a state's place serves that
    state. Any other organisation or name there is only a guest of the city ('a summit in Paris, where the IEA
    said ...', 'a forum in Tokyo, where the Carnegie Endowment said ...'), and so is an international body the
    gazetteer knows ('the European Commission'). A place phrase opening the body's own clause does the same."""
    v = s.head
    if _state_body(s) and s.dep_ in SUBJECT_DEPS and v.dep_ != "relcl":
        return _fronted_body_place(s)  # "In Lima, the mines ministry announced the ban"
    if not _state_body(s) or s.dep_ not in SUBJECT_DEPS:
        return []
    if not any(c.dep_ == "advmod" and c.lower_ in _w("export_control.place_relatives") for c in v.children):
        return []
    place = v.head
    return [place.ent_kb_id_] if place.ent_type_ == "GPE" and place.ent_kb_id_ else []


def _fronted_body_place(s: Token) -> list[str]:
    """'In Lusaka, the Ministry of Mines confirmed that a ban ...', 'Speaking in Accra, the Minerals Commission
    announced', 'At a briefing in Windhoek, the mines ministry said': a government body named by no state, after a
    place phrase that opens its own clause, serves the state of that place, whoever publishes the page (another
    state's ministry) and wherever the dateline sits (a wire desk in London)."""
    v = s.head
    places = _w("export_control.place_prepositions")
    for c in (c for c in v.children if c.i < s.i and c.dep_ in ("prep", "advcl")):
        for x in c.subtree:
            # not "In line with the consensus of the Chinese and U.S. teams in Kuala Lumpur, the Ministry ..."
            if x.dep_ == "pobj" and x.head.lower_ in places and x.ent_type_ == "GPE" and x.ent_kb_id_:
                return [] if _venue_of_others(x) else [x.ent_kb_id_]
    return []


def _state_body(s: Token) -> bool:
    """A government body by its head noun, not an international body the gazetteer knows ('the European
    Commission'): the kind of subject a place it speaks in can give a state."""
    bodies = _w("export_control.body_nouns", "officials.government_body_nouns")
    body = s.lower_ in bodies or _lemma(s) in bodies
    if body and s.ent_type_ == "ORG" and s.ent_kb_id_:
        org = gazetteer().orgs.get(s.ent_kb_id_)
        body = org is None or org.kind == "agency"
    return body


def subject_exports(v: Token) -> bool:
    """'[exports of X] would require licences': the verb's subject is the exports themselves, from no named state,
    and the clause places the measure nowhere ('is prohibited in Vietnam'), so it names no owner of its own."""
    if passive_place(v) or measure_place(v, v):
        return False
    subject = [x for c in v.children if c.dep_ in SUBJECT_DEPS for x in c.subtree]
    exports = _w("export_control.export_nouns")
    heads = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
    # "raw lithium ore may not leave the country": goods that leave are the exports too
    leaving = _lemma(v) in _w("export_control.departure_verbs") and any(x.ent_type_ == "MINERAL" for x in subject)
    return bool(heads) and (leaving or all(h.lower_ in exports for h in heads)) and not countries_in(subject)
