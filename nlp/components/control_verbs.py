"""What starts an export-control fact on the verb side: a restricting verb on exports, or a rule to export
only with permission.

"banned exports", "stopped exporting", "exporters must obtain a licence", "shall not be exported without a
licence", "does not allow the export of", "listed X as a controlled export item", "added X to its control
list".  Split from ``control_triggers`` (the noun side) so each module reads in one sitting.  Word lists:
``export_control.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components import control_permission as _permission
from cmkg.nlp.components.control_denial import negated
from cmkg.nlp.components.control_endings import ended_object
from cmkg.nlp.components.control_instruments import (
    joined_list,
    nobody_may_export,
    stranded_object,
)
from cmkg.nlp.components.control_owner import country_before, fronted_exports
from cmkg.nlp.components.control_permission import (
    export_prefix,
    freed_exports,
    licensed_export,
    no_longer,
    resumed_exports,
    sent_abroad,
)
from cmkg.nlp.components.control_standing import on_control_list, standing_participle
from cmkg.nlp.components.control_status import granted_permission
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, clause_apart, quantified_by_no, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["kept_from_market", "misparsed_verb", "negation_is_measure", "under_export", "verb_trigger"]


def under_export(t: Token) -> bool:
    """'can no longer be shipped out of Nigeria, under a ban': the measure under which goods are exported, or
    no longer are."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in _w("export_control.placement_prepositions")
        and _lemma(t.head.head) in _w("export_control.export_verbs")
    )


def kept_from_market(t: Token) -> bool:
    """'Cuban nickel remains barred from the US market (by the embargo)': goods kept out of a market are the
    importer's measure, whether the trigger is the verb or the noun in its 'by' phrase."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ in ("agent", "prep") else t
    sources = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _w("agreement.source_prepositions")]
    return any(o.lower_ in _w("export_control.market_words") for p in sources for o in p.children)


def verb_trigger(t: Token, lem: str) -> bool:
    """A restricting verb whose object is exports, or 'require exporters to ...'."""
    if _changed_only(t, lem) or kept_from_market(t):
        return False
    if _misread_past(t) or standing_participle(t, _w("export_control.export_nouns")) or on_control_list(t):
        return True
    if nobody_may_export(t):
        return True
    if t.pos_ != "VERB":
        return False
    exp_words = _w("export_control.export_nouns")
    verbs = _w("export_control.verbs_implying_control", "export_control.resume_verbs")
    verbs |= _w("export_control.licensing_verbs")  # "said it would license exports of X": a licence requirement
    if lem in verbs and any(
        (c.dep_ in ("dobj", "nsubjpass") or stranded_object(c))  # "prohibits, with effect from X, the export"
        and _permission.exported_object(c, t)  # not "bars dual pricing of X exports": a practice on the exports
        for c in t.children
    ):
        return True  # "banned exports of X", "prohibits the sale of X abroad"
    if lem in verbs and t.dep_ in ("amod", "compound") and t.head.lower_ in exp_words:
        # "Windhoek banned exports", "Spain, which mines X, banned exports": a subject the parser lost,
        # the verb read as an adjective of the exports
        beside = t.head.dep_ == "appos" and t.head.head.ent_type_ in ("GPE", "NORP")
        # "China accounts for half of X output and banned exports of the metal": a verb after 'and'
        coordinated = t.i > t.sent.start and t.nbor(-1).pos_ == "CCONJ"
        # "Italy, which produces X, banned exports": the state hung on the 'adjective' as its subject
        subject = any(c.dep_ in SUBJECT_DEPS and c.ent_type_ in ("GPE", "NORP") for c in t.children)
        return bool(country_before(t)) or beside or coordinated or subject
    if lem in verbs and (_exporting_complement(t) or (t.dep_ == "amod" and _exporting_complement(t.head))):
        return True  # "barred companies from exporting X", also with 'barred' read as an adjective
    if lem in _w("export_control.need_verbs", "export_control.obtain_verbs") and _needs_permission(t, exp_words):
        return True
    if licensed_export(t) or _forbidden_export(t, exp_words) or _controlled_item(t, exp_words):
        return True
    if _added_to_list(t, exp_words) or joined_list(t) or fronted_exports(t, exp_words):
        return True
    if _phrasal_restriction(t, exp_words) or _ended_exports(t, exp_words) or _exports_to_end(t, exp_words):
        return True
    if resumed_exports(t) or freed_exports(t) or _processed_first(t) or _channelled_exports(t, exp_words):
        return True
    exporter = export_prefix("export_control.exporter_prefix")
    return lem in _w("export_control.require_verbs") and any(c.lower_.startswith(exporter) for c in t.children)


def _channelled_exports(t: Token, exp_words: frozenset[str]) -> bool:
    """'has channelled exports of ilmenite and monazite through the state-run IREL': exports a state routes through
    one body of its own (``channelling_verbs``, ``channel_prepositions``, ``state_channel_words``) are closed to
    anyone else, a state-trading control; 'channelled via the Lobito corridor' is a route."""
    if _lemma(t) not in _w("export_control.channelling_verbs"):
        return False
    goods = [c for c in t.children if c.dep_ in _SUBJECTS | {"dobj"} and _lemma(c) in exp_words]
    routes = [p for x in (t, *goods) for p in x.children if p.dep_ == "prep"]  # on the verb or on the exports
    routes = [p for p in routes if p.lower_ in _w("export_control.channel_prepositions")]
    # the one body is the state's ('the state-run IREL', 'the state trader'), not a port, a route or traders
    return bool(goods) and any(x.lower_ in _w("export_control.state_channel_words") for p in routes for x in p.subtree)


def _processed_first(t: Token) -> bool:
    """'X must be refined locally before it can be exported', 'shall be processed in-country before export': a
    rule that goods be processed at home before they leave bars exporting them raw."""
    if t.pos_ != "VERB" or _lemma(t) not in _w("export_control.processing_verbs"):
        return False
    ruled = any(c.dep_ == "aux" and c.lower_ in _w("export_control.rule_modals") for c in t.children)
    ruled = ruled or (t.dep_ == "xcomp" and _lemma(t.head) in _w("export_control.need_verbs"))
    home = any(c.dep_ == "advmod" and c.lower_ in _w("export_control.domestic_words") for c in t.children)
    befores = [c for c in t.children if c.lower_ in _w("export_control.prior_words")]
    befores += [
        c for c in t.children if c.dep_ == "advcl" for m in c.children if m.lower_ in _w("export_control.prior_words")
    ]
    exporting = any(_lemma(x) == export_prefix("export_control.export_prefix") for b in befores for x in b.subtree)
    return ruled and home and exporting


def _phrasal_restriction(t: Token, exp_words: frozenset[str]) -> bool:
    """'clamped down on cobalt exports', 'shut off exports of X', 'choked off shipments': a particle verb of
    restricting whose object, or whose 'on' phrase, is the exports."""
    particles = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod", "prep")}
    if not {f"{_lemma(t)} {p}" for p in particles} & _w("export_control.restricting_phrasal_verbs"):
        return False
    objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    objects += [o for c in t.children if c.dep_ in ("prt", "advmod") for p in c.children for o in p.children]
    return any(x.lower_ in exp_words or sent_abroad(x, t) for o in objects for x in o.subtree)


def _ended_exports(t: Token, exp_words: frozenset[str]) -> bool:
    """'will put an end to the export of raw X', 'called a halt to X exports': ending the exports themselves (not
    a measure on them, which is lifted) bars them."""
    ended = ended_object(t)
    return ended is not None and (ended.lower_ in exp_words or _lemma(ended) in exp_words)


def _exports_to_end(t: Token, exp_words: frozenset[str]) -> bool:
    """'exports of raw manganese ore would end on January 1, 2029', 'the export of unprocessed ilmenite will be
    phased out from 2027': exports of unprocessed goods that will end are a ban announced; exports that ended, or
    goods in no processing state, report the market."""
    phrasal = [f"{_lemma(t)} {c.lower_}" for c in t.children if c.dep_ == "prt"]
    phased = any(p in _w("export_control.goods_ending_particle_verbs") for p in phrasal)  # 'will be phased out'
    # 'exports ... would end' has no object; 'will phase out exports of raw X' has them as its object
    goods_deps = _SUBJECTS | {"dobj"} if phased else _SUBJECTS
    if not (_lemma(t) in _w("export_control.goods_ending_verbs") or phased):
        return False
    if not phased and any(c.dep_ == "dobj" for c in t.children):
        return False
    future = _w("status.future_auxiliaries", "status.conditional_auxiliaries")
    if not any(c.dep_ == "aux" and c.lower_ in future for c in t.children):
        return False
    unprocessed = _w("export_control.unprocessed_modifiers")
    return any(
        c.dep_ in goods_deps and _lemma(c) in exp_words and any(x.lower_ in unprocessed for x in c.subtree)
        for c in t.children
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _changed_only(t: Token, lem: str) -> bool:
    """'Exports of X halved in June': a verb that is a measure only when a state does it to exports ('A halved
    its exports') reports a change when the exports are its subject and it has no object."""
    return lem in _w("export_control.change_verbs") and not any(c.dep_ == "dobj" for c in t.children)


def _misread_past(t: Token) -> bool:
    """'Sweden froze exports of X', 'Poland limited exports': a restricting verb the parser read as an adjective
    of the exports, right after the country that is its subject."""
    # also tagged a proper noun after a body ("Zimbabwe's mines ministry limited exports")
    if t.pos_ not in ("ADJ", "PROPN") or t.lower_ not in _w("export_control.restricting_past_forms"):
        return False
    exports = _w("export_control.export_nouns")
    on_exports = t.dep_ in ("amod", "compound") and t.head.lower_ in exports and country_before(t) is not None
    # "Bolivia froze exports of X" with 'froze' an adjective that still has the state as subject
    bodies = _w("export_control.body_nouns", "syntax.government_heads")
    with_object = any(c.dep_ == "dobj" and c.lower_ in exports for c in t.children) and any(
        c.dep_ == "nsubj"
        and (
            c.ent_type_ in ("GPE", "NORP")
            # "The government of France limited exports": a state's body
            or (_lemma(c) in bodies and any(x.ent_type_ in ("GPE", "NORP") for x in c.subtree))
        )
        for c in t.children
    )
    return on_exports or with_object


def _added_to_list(t: Token, exp_words: frozenset[str]) -> bool:
    """'added graphite to its control list', 'graphite was added to the list': goods put on a list, in a
    sentence about exports or with a control word on the list itself."""
    if _lemma(t) not in _w("export_control.placement_verbs") or t.ent_type_ == "MINERAL":
        return False
    # the goods, also a mineral the parser read as a verb ("added [tungsten] to its list", 'to' hung on it)
    objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "xcomp" and c.ent_type_)]
    if t.dep_ == "amod" and t.head.ent_type_ == "MINERAL":
        objects.append(t.head)  # "Uzbekistan added cobalt to its list", parsed with the verb on the mineral
    lists = [
        o
        for h in [t, *objects]
        for c in h.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj" and _lemma(o) in _w("export_control.list_nouns")
    ]
    controls = _w("export_control.trigger_nouns")
    on_list = any(_lemma(m) in controls or m.lower_ in exp_words for o in lists for m in o.children)
    goods = any(x.ent_type_ == "MINERAL" for c in objects for x in c.subtree)
    return bool(lists) and goods and (on_list or any(x.lower_ in exp_words for x in t.sent))


def _exporting_complement(t: Token) -> bool:
    """'stopped exporting lithium', 'barred miners from shipping ore', 'before selling X abroad', 'capped how much
    X its producers may ship abroad': the restricted
    act is an export verb, or a transfer sent abroad."""
    acts = _w("export_control.export_verbs")
    # "capped how much X its miners may export": the restricted act in a clause of the verb's own
    complements = [c for c in t.children if c.dep_ in ("xcomp", "pcomp", "ccomp")]
    # "will not allow raw X to leave the country": an infinitive the parser hung as an adverbial clause
    complements += [c for c in t.children if c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children)]
    complements += [g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    if any(c.pos_ == "VERB" and (_lemma(c) in acts or sent_abroad(c, c)) for c in complements):
        return True
    # "before shipping X abroad" with 'shipping' read as a noun of the phrase
    phrases = [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(sent_abroad(x, o) for o in phrases for x in o.subtree if x.dep_ in ("compound", "amod") or x is o)


def _needs_permission(t: Token, exp_words: frozenset[str]) -> bool:
    """'Exports of X will require a licence', 'exporters of X must obtain a permit', 'apply for a licence'."""
    # "exports of X continue to require a licence", "exporters would have to obtain licences": a raising verb
    # above carries the subject of the requirement
    holders = [t, t.head] if t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX") else [t]
    subject = [x for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS for x in c.subtree]
    subject = subject or _stolen_subject(t)
    exporter = export_prefix("export_control.exporter_prefix")
    permissions = _w("export_control.permission_nouns", "export_control.licence_words")
    objects = [c for c in t.children if c.dep_ == "dobj"]
    objects += [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    # "exporters must obtain a licence", "companies must obtain permission before shipping X abroad"
    exporting = any(x.lower_ in exp_words or x.lower_.startswith(exporter) for x in subject)
    # "Exporters of X need no new approval": a permission quantified by 'no' is none needed
    granted = [c for c in objects if _lemma(c) in permissions and not quantified_by_no(c)]
    # "Gallium and germanium have needed licences since 2023": the goods themselves need a bare licence (not a
    # mining or import one)
    subjects = [c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS]
    goods = any(c.ent_type_ == "MINERAL" or _members_are_goods(c) for c in subjects) and any(
        not any(_lemma(m) in _w("export_control.other_activities", "export_control.import_words") for m in c.children)
        for c in granted
    )
    # "certain graphite products need a licence to leave China": the goods' leaving is their export (goods, not
    # 'workers at lithium mines' who leave the country)
    heads = [c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS]
    leaving = any(x.ent_type_ == "MINERAL" for x in subject) and any(
        x.pos_ == "VERB" and _lemma(x) in _w("export_control.departure_verbs") for c in objects for x in c.subtree
    )
    leaving = leaving and any(c.ent_type_ == "MINERAL" or c.lower_ in _w("export_control.leaving_goods") for c in heads)
    return (exporting or goods or leaving or _exporting_complement(t)) and bool(granted)


def _members_are_goods(subject: Token) -> bool:
    """'The seven added in April, among them dysprosium and terbium, have needed a licence': a counted subject
    whose members a phrase of its own names as goods."""
    preps = _w("export_control.member_prepositions")
    opened = [c for c in subject.children if any(p.dep_ == "prep" and p.lower_ in preps for p in c.children)]
    # ... 'among them' hung on the first of the goods, which the parser made a clause of the subject
    phrases = [c for c in subject.children if (c.dep_ == "prep" and c.lower_ in preps) or c.dep_ == "appos"] + opened
    return any(x.ent_type_ == "MINERAL" for c in phrases for x in c.subtree)


def _stolen_subject(t: Token) -> list[Token]:
    """'A announces that exports of X, and of several of their compounds, will need a licence': an insertion
    makes the parser read the exports as the object of the verb before and the requirement as a conjunct with
    no subject; the object between that verb and the requirement is its subject."""
    head = t.head
    if t.dep_ != "conj" or head.i >= t.i or any(c.dep_ in SUBJECT_DEPS for c in t.children):
        return []
    stolen = [c for c in head.children if c.dep_ == "dobj" and head.i < c.i < t.i]
    return [x for c in stolen for x in c.subtree]


def _forbidden_export(t: Token, exp_words: frozenset[str]) -> bool:
    """'does not allow the export of X', 'no longer permits exports', 'stopped allowing exports': a denied
    permission to export is a ban (its negation is the measure, not a denial of it)."""
    if _lemma(t) not in _w("export_control.permission_verbs") or t.pos_ != "VERB":
        return False
    objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    # "X will not be permitted for export": the purpose phrase names the exports
    objects += [c for c in t.children if c.dep_ == "prep" and c.lower_ in _w("export_control.measure_prepositions")]
    if not any(x.lower_ in exp_words for c in objects for x in c.subtree) and not _exporting_complement(t):
        return False
    # "stopped allowing exports"; not a clause of its own joined to another ('A prohibits X, and officials said B
    # might allow Y to be exported': the chain ends at the joined clause with its own subject)
    chain = verb_chain(t)
    own = next((k for k, x in enumerate(chain) if clause_apart(x)), len(chain))
    stopped = any(_lemma(x) in _w("export_control.verbs_implying_control") for x in chain[1 : own + 1])
    return negated(t, t.sent) or no_longer(t) or stopped or licensed_export(t, anywhere=True)


def _controlled_item(t: Token, exp_words: frozenset[str]) -> bool:
    """'listed antimony as a controlled export item': a control participle on an export noun's phrase."""
    return (
        t.lower_ in _w("export_control.control_participles")
        and t.dep_ == "amod"
        and any(c.dep_ == "compound" and c.lower_ in exp_words for c in t.head.children)
    )


def negation_is_measure(t: Token, v: Token) -> bool:
    """'shall not be exported without a licence', 'does not allow exports of X', 'permits will no longer be
    issued': the 'not' is the measure."""
    return (
        licensed_export(t)
        or _lemma(t) in _w("export_control.permission_verbs")
        or granted_permission(t, v)
        or under_export(t)  # "can no longer be shipped ..., under a ban": the ban is why
    )


def misparsed_verb(t: Token) -> Token | None:
    """'Windhoek tightened controls': the verb the parser hung on the measure as an adjective."""
    return next((c for c in t.children if c.dep_ == "amod" and c.pos_ == "VERB" and country_before(c)), None)
