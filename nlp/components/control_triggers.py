"""What starts an export-control fact: a control noun tied to exports or to a mineral, or a restricting verb.

"export curbs", "a ban on exports of", "a quota on cobalt", "licences for exports of", "subject to licensing",
"placed under licensing"; "banned exports", "stopped exporting", "exporters must obtain a licence", "shall not
be exported without a licence", "does not allow the export of", "listed X as a controlled export item".
Word lists: ``export_control.*``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from cmkg.nlp.components.control_covering import covering_goods, goods_clause
from cmkg.nlp.components.control_instruments import (
    made_subject,
    misread_adjective,
)
from cmkg.nlp.components.control_permission import export_prefix
from cmkg.nlp.components.control_status import replacement
from cmkg.nlp.components.control_verbs import misparsed_verb, negation_is_measure, under_export, verb_trigger
from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import SUBJECT_DEPS
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

_WORD = re.compile(r"[A-Za-z]+")  # the headline's words, which no sentence of the body holds

__all__ = [
    "indefinite",
    "minerals_in",
    "misparsed_verb",
    "negation_is_measure",
    "noun_trigger",
    "other_activity",
    "replacing_verb",
    "verb_trigger",
]


_GOODS_DEPTH = 4  # steps from a measure's preposition up through the goods to the verb


def _export_linked(t: Token, exp_words: set[str]) -> bool:
    window = list(t.subtree) + list(t.children) + [t.head]
    if t.head.dep_ == "compound":
        window.append(t.head.head)
    if t.dep_ in ("dobj", "nsubjpass"):  # "apply stricter reviews to exports of X", "licences are required for exports"
        window += [x for c in t.head.children if c.dep_ == "prep" for x in c.subtree]
        # "Exporters of X in A face a freeze on new permits": the measure falls on the exporters of its subject
        window += [c for c in t.head.children if c.dep_ in SUBJECT_DEPS and c.lower_ in exp_words]
    if t.dep_ == "pobj" and _particle_object(t):  # "will phase in a quota on X exports"
        window += [x for c in t.head.head.children if c.dep_ == "prep" for x in c.subtree]
    if t.dep_ == "pobj" and t.head.lower_ in _w("export_control.placement_prepositions"):
        # "cobalt exporters have operated under annual quotas": those who work under the measure
        window += [x for c in t.head.head.children if c.dep_ in SUBJECT_DEPS for x in c.subtree]
    window += _permitted_activity(t)
    return any(
        w.lower_ in exp_words or w.lower_.startswith(export_prefix("export_control.export_prefix")) for w in window
    ) or any(w.lower_ in exp_words for w in t.doc[max(t.sent.start, t.i - 3) : t.i])


def _permitted_activity(t: Token) -> list[Token]:
    """'the export of X is carried out on the basis of a licence', 'shipments proceed under permits': a permission's
    phrase (through 'the basis of') on a verb names the activity it permits in that verb's subject."""
    if _lemma(t) not in _w("export_control.permission_nouns") or t.dep_ != "pobj":
        return []
    x = t
    for _ in range(2):  # 'on the basis of a licence': two phrases up
        x = x.head.head
        if x.pos_ in ("VERB", "AUX"):
            return [w for c in x.children if c.dep_ in SUBJECT_DEPS for w in c.subtree]
        if x.dep_ != "pobj":
            break
    return []


def _particle_object(t: Token) -> bool:
    """'phase in a quota', 'bring in licences': the object of a particle verb the parser read as a preposition."""
    verb, prep = t.head.head, t.head
    phrases = {w for ws in rules().table("export_control.status_by_particle_verb").values() for w in ws}
    return verb.pos_ == "VERB" and f"{_lemma(verb)} {prep.lower_}" in phrases


def _on_mineral(t: Token, imports: set[str]) -> bool:
    """'checks on graphite', 'a quota on cobalt': the measure names a mineral it applies to (and no imports)."""
    # "lifted its quota on tungsten": the PP may hang on the verb; "the quota system for cobalt": on the head noun
    owners = [t, t.head] if t.dep_ in ("dobj", "compound") else [t]
    if t.dep_ == "nsubjpass" and _lemma(t.head) in _w("export_control.placing_verbs"):
        owners.append(t.head)  # "licences are imposed on tungsten": the measure put on the goods by a passive
    if t.dep_ == "pobj" and _particle_object(t):  # "will phase in a quota on tungsten"
        owners.append(t.head.head)
    # "the licences it imposed in April on seven rare earths": the measure's relative clause places it on the goods
    owners += [c for c in t.children if c.dep_ == "relcl" and _lemma(c) in _w("export_control.placing_verbs")]
    preps = _w("export_control.measure_prepositions")
    if _lemma(t) in _w("export_control.of_measure_nouns"):
        preps = preps | _w("export_control.holder_prepositions")  # "the licensing of gallium and germanium items"
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ in preps):
        span = list(prep.subtree)
        activity = any(_lemma(o) in _w("export_control.other_activities") for o in prep.children if o.dep_ == "pobj")
        if minerals_in(span) and not activity and not any(w.lower_ in imports for w in span):
            return True  # "a moratorium on bauxite mining" restricts mining, not exports
    return False


def minerals_in(tokens) -> list[str]:
    out: list[str] = []
    for x in tokens:
        if x.ent_type_ == "MINERAL" and x.ent_kb_id_ not in out:
            out.append(x.ent_kb_id_)
    return out


def noun_trigger(t: Token, lem: str) -> bool:
    """A control noun tied to exports, to a mineral, or a licensing requirement naming one; not a measure of
    another activity or a fiscal one ('the tax regime for lithium', 'its mine output quota for tungsten')."""
    # "Export permits ... are extended", with 'permits' tagged a verb: a verb in a noun's slot is a noun
    nominal = t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "VERB" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
    if lem in _w("export_control.clause_measure_nouns") and t.pos_ == "NOUN":
        return goods_clause(t) is not None
    if t.lemma_.lower() not in _w("export_control.trigger_nouns") and lem not in _w("export_control.trigger_nouns"):
        return False
    if not nominal or other_activity(t):
        return False
    if lem in _w("export_control.idiom_nouns") and not _acted_on(t):
        return False  # "put talks on shipments on hold", "said the hold ... was a matter": not "lifted the hold"
    if lem in _w("export_control.export_only_nouns"):  # "tightened its grip on exports", not "its grip on X"
        return _export_linked(t, _w("export_control.export_nouns")) or _subject_to_export_measure(t)
    return (
        _export_linked(t, _w("export_control.export_nouns"))
        or _on_mineral(t, _w("export_control.import_words"))
        or (
            lem in _w("export_control.on_measure_nouns")
            and any(c.lower_ in _w("export_control.on_prepositions") for c in t.children)
        )
        or _subject_to_export_measure(t)
        or _required_for_goods(t)
        or _mineral_measure(t)
        or covering_goods(t, lem)
        or _placed_under(t)
        or _extended_to_goods(t)
        or _faced_by_goods(t)
        or under_export(t)
        or _replacing(t)
        or (
            lem in _w("export_control.requirement_nouns")
            and any(c.lower_ in _w("export_control.licence_words") for c in t.children)
            and bool(minerals_in(t.subtree))
        )
    )


def _acted_on(t: Token) -> bool:
    """A measure noun placed, lifted or owned in its own clause: its verb's object or passive subject, or owned."""
    return t.dep_ in ("dobj", "nsubjpass") or any(c.dep_ == "poss" for c in t.children)


def other_activity(t: Token) -> bool:
    """'the specific tax regime for lithium', 'a mine output quota', 'their tax credit rules': the measure's own
    modifiers, or a compound of one, name another activity than exporting; 'its ban on imports of X': the
    measure's own phrase names imports."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    mods = [c for h in holders for c in h.children if c.dep_ in ("compound", "amod", "nmod") and c.i < h.i]
    mods += [c for m in mods if m.dep_ == "compound" for c in m.children if c.dep_ == "compound"]
    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in _w("export_control.measure_prepositions")]
    imports = _w("export_control.import_words")
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    imported = any(o.lower_ in imports or _lemma(o) in imports for o in objects)
    # "a production-sharing licence for the Dobra lithium deposit": a licence for a site is a mining one
    sited = any(_lemma(o) in _w("export_control.licensed_sites") or _site_after(o) for o in objects)
    other = any(_lemma(c) in _w("export_control.other_activities") for c in mods)
    return imported or sited or other or _governs_output(t, objects, mods)


def _governs_output(t: Token, objects: list[Token], mods: list[Token]) -> bool:
    """'the total-amount control of rare earth mining and smelting', 'set a quota on rare earths mining': a measure
    on output (``export_control.production_activities``), unless exports are named with it ('controls on mining
    and exports', 'export restrictions on its lithium output')."""
    of = [o for c in t.children if c.dep_ == "prep" and c.lower_ in _w("syntax.of_prepositions") for o in c.children]
    # the phrase the parser hung on the verb, right after the noun
    hung = [p for p in t.head.children if p.dep_ == "prep" and p.i == t.right_edge.i + 1] if t.dep_ == "dobj" else []
    hung = [o for p in hung if p.lower_ in _w("export_control.measure_prepositions") for o in p.children]
    heads = [o for o in objects + of + hung if o.dep_ == "pobj"]
    heads += [c for o in heads for c in o.children if c.i > o.i and c.dep_ in ("acl", "amod", "compound")]
    joined = heads + [c for x in heads for c in x.conjuncts] + mods
    exports, acts = _w("export_control.export_nouns"), _w("export_control.export_verbs")
    exported = any(x.lower_ in exports or _lemma(x) in acts for x in joined)
    return not exported and any(x.lower_ in _w("export_control.production_activities") for x in heads)


def _site_after(o: Token) -> bool:
    """'for the rare earths deposit' read with the mineral as the object: the site noun right after it."""
    nxt = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else None
    sites = _w("export_control.licensed_sites")
    return o.ent_type_ == "MINERAL" and nxt is not None and nxt.pos_ == "NOUN" and _lemma(nxt) in sites


def _subject_to_export_measure(t: Token) -> bool:
    """'Exports of nickel ore shall be subject to a quota', 'X is subject to licensing': the measure applies
    to the predicate's subject, which names exports or a mineral."""
    adjective = t.head.head if t.dep_ == "pobj" else t.head
    if adjective.lower_ not in _w("export_control.subject_adjectives") or adjective.pos_ != "ADJ":
        adjective = misread_adjective(t)  # "made shipments of X subject to licensing", 'subject' read as a noun
        subject = made_subject(adjective) if adjective is not None else []
    elif adjective.dep_ == "acomp":
        subject = [x for c in adjective.head.children if c.dep_ in SUBJECT_DEPS for x in c.subtree]
    elif adjective.dep_ in ("oprd", "ccomp", "xcomp", "amod", "conj", "advcl"):
        # "made exports of X subject to licensing"; an advcl after a set-off "..., and of Y," phrase
        subject = made_subject(adjective)
    else:
        return False
    return any(x.lower_ in _w("export_control.export_nouns") or x.ent_type_ == "MINERAL" for x in subject)


def _required_for_goods(t: Token) -> bool:
    """'Licences become mandatory for seven rare earths', 'a permit is compulsory for X shipments', 'licences
    remain obligatory for X': a permission the predicate makes a duty for goods (not for imports)."""
    permissions = _w("export_control.permission_nouns")  # 'Licences' opening a sentence is tagged a proper noun
    if (_lemma(t) not in permissions and t.lower_.removesuffix("s") not in permissions) or t.dep_ not in SUBJECT_DEPS:
        return False
    duty = [
        c for c in t.head.children if c.dep_ in ("acomp", "attr") and c.lower_ in _w("export_control.duty_adjectives")
    ]
    # "Licences have been required for gallium since 2023": the passive participle is the duty itself
    duty += [t.head] if t.dep_ == "nsubjpass" and t.head.lower_ in _w("export_control.duty_adjectives") else []
    measure_preps = _w("export_control.measure_prepositions")
    preps = [p for h in [t.head, *duty] for p in h.children if p.dep_ == "prep" and p.lower_ in measure_preps]
    goods = [x for p in preps for x in p.subtree]
    imported = any(x.lower_ in _w("export_control.import_words") for x in t.sent)
    return bool(duty) and bool(minerals_in(goods)) and not imported


def _mineral_measure(t: Token) -> bool:
    """'Congo's cobalt quota system', 'the nickel ore ban': a quota or ban named by its mineral, and not by
    another activity ('a nickel mining ban'). A licence named by its minerals ('the gallium and germanium
    licences') is an export licence only in a passage about exports: elsewhere it is as often a mining one."""
    lem = _lemma(t)
    licence = lem in _w("export_control.mineral_licence_nouns")
    if lem not in _w("export_control.mineral_measure_nouns") and not licence:
        return False
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    mods = [c for h in holders for c in h.children if c.dep_ in ("compound", "amod", "nmod") and c.i < h.i]
    mods += [x for m in mods if m.ent_type_ == "MINERAL" for x in m.conjuncts]  # "gallium and germanium licences"
    other = any(_lemma(c) in _w("export_control.other_activities") for c in mods)
    named = not other and any(c.ent_type_ == "MINERAL" for c in mods)
    return named and (not licence or (not indefinite(t) and _exports_in_view(t)))


def indefinite(t: Token) -> bool:
    """A measure with no determiner or owner of its own ('tighten control over exports', 'impose a ban'): one
    a call asks for, not one in place ('urged China to lift its controls'); 'dozens of bauxite licences', permits
    held by firms, not a licence regime the story knows ('the gallium licences')."""
    holder = t.head if t.dep_ == "compound" else t
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _w("export_control.anaphoric_determiners"))
        for c in holder.children
    )


def _exports_in_view(t: Token) -> bool:
    """Exports named in the sentence, in one of the few before it, or in the headline: a story names them once,
    then speaks of 'the licences' and 'placed X under licence' (a timeline of 'export controls' all the way down)."""
    exports = _w("export_control.export_nouns")
    back = int(rules().value("export_control.placement_context_sentences"))
    if any(w.lower() in exports for w in _WORD.findall(t.doc._.cmkg_title or "")):
        return True
    return any(x.lower_ in exports for s in [t.sent, *sentences_before(t.sent, back)] for x in s)


def _extended_to_goods(t: Token) -> bool:
    """'publishes rules that extend controls to holmium and erbium': a measure a widening verb carries 'to'
    goods, in a passage about exports (a timeline of 'export controls' names them once; elsewhere 'extended
    its price controls to X' is another measure)."""
    verb = t.head
    if t.dep_ != "dobj" or _lemma(verb) not in _w("export_control.widening_verbs"):
        return False
    if verb.dep_ in ("acl", "xcomp") and _lemma(verb.head) in _w("export_control.proposal_nouns"):
        return False  # "a proposal ... to extend the ban to tungsten": asked for, not done
    to = _w("export_control.extension_prepositions")
    preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in to]
    # "extend controls to graphite" read as an infinitive: the mineral tagged a verb, 'to' its auxiliary
    preps += [x for x in verb.subtree if x.ent_type_ == "MINERAL" and any(a.lower_ in to for a in x.children)]
    return any(minerals_in(p.subtree) for p in preps) and _exports_in_view(t) and not _modified_measure(t)


def _faced_by_goods(t: Token) -> bool:
    """'graphite sold to US buyers would face stricter end-user reviews': a measure the goods themselves face,
    the mineral heading the subject of a facing verb (not 'lithium projects face reviews')."""
    verb = t.head
    if t.dep_ != "dobj" or _lemma(verb) not in _w("export_control.facing_verbs"):
        return False
    subjects = [s for s in verb.children if s.dep_ in ANY_SUBJECT_DEPS] or _goods_before(verb)
    # "manganese sold to foreign buyers would face ...": the parser makes the participle the clausal subject
    goods = [x for s in subjects for x in (s, *s.children) if x.ent_type_ == "MINERAL"]
    # goods on their way out ('sold to US buyers', 'shipped from Congo'), not 'Russian palladium faces a G7
    # ban' (an import ban) or 'cobalt faces a price cap in Congo's domestic market'
    moving = _w("export_control.transfer_words", "export_control.export_verbs", "export_control.departure_verbs")
    participles = [
        c
        for s in subjects
        for c in (s, *s.children)
        if _lemma(c) in moving and (c.dep_ in ("acl", "csubj", "xcomp") or c.tag_ == "VBN")
    ]
    return bool(goods) and bool(participles)


def _goods_before(verb: Token) -> list[Token]:
    """'said copper sold to foreign buyers would face ...' parsed with 'sold' as the reported verb and 'face' with
    no subject: the goods and their participle right after the reporting verb, read by word order."""
    start = next(
        (x.i + 1 for x in reversed(verb.doc[verb.sent.start : verb.i]) if x.pos_ == "VERB" and x.dep_ == "ROOT"), None
    )
    if start is None or start + 1 >= verb.i:
        return []
    goods, participle = verb.doc[start], verb.doc[start + 1]
    return [goods, participle] if goods.ent_type_ == "MINERAL" and participle.tag_ == "VBN" else []


def _modified_measure(t: Token) -> bool:
    """'its price controls', 'stockpile limits', 'national-security reviews', 'anti-coercion review': a measure
    noun a modifier names as another kind than an export control (an export word or a mineral may qualify it)."""
    exports = _w("export_control.export_nouns")
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
    return any(m.lower_ not in exports and m.ent_type_ != "MINERAL" and m.pos_ in ("NOUN", "PROPN") for m in mods)


def _replacing(t: Token) -> bool:
    """'replaced its cobalt export ban with quotas', 'the suspension was replaced by a quota system': the new
    measure of a replacement controls what the old one did, though its own phrase names no exports."""
    return replacing_verb(t) is not None


def replacing_verb(t: Token) -> Token | None:
    """The 'replace' verb whose new measure ``t`` is, however deep the parser hung 'with Y' in the old one."""
    m = t.head if t.dep_ == "compound" else t  # "replace it with a quota system"
    if m.dep_ != "pobj":
        return None
    verb = m.head.head
    for _ in range(4):  # "replaced [its ban (on exports of X) with quotas]": 'with' hung inside the old measure
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    replaces = verb.pos_ == "VERB" and _lemma(verb) in _w("export_control.replace_verbs")
    return verb if replaces and replacement(t, verb) else None


def _placed_under(t: Token) -> bool:
    """'the rare earths placed under licensing in April': goods put under a measure, in a passage about
    exports. A news story names exports once and then says 'placed X under licence'; the sentences just before
    carry that topic, and a control named beside the licence ('builds on controls ..., when Beijing placed X
    under licence') carries it in the sentence itself."""
    verb = t.head.head
    for _ in range(_GOODS_DEPTH):  # 'under' hung on the goods ('subjected exports of [tungsten] to licensing')
        if (verb.pos_ == "VERB" and verb.ent_type_ != "MINERAL") or verb.head.i == verb.i:
            break
        verb = verb.head
    placed = t.head.lower_ in _w("export_control.placement_prepositions") and (
        _lemma(verb) in _w("export_control.placement_verbs")
    )
    # "China has subjected exports of tungsten to licensing": 'subject ... to' puts goods under a measure too
    subjected = t.head.lower_ in _w("export_control.extension_prepositions") and (
        _lemma(verb) in _w("export_control.subjecting_verbs")
    )
    if t.dep_ != "pobj" or not (placed or subjected):
        return False
    if _exports_in_view(t):
        return True
    controls = _w("export_control.trigger_nouns")
    return any(_lemma(x) in controls and x.pos_ == "NOUN" for x in t.sent if x.i != t.i)
