"""Status of an export control: status nouns and modifiers, provisions, relative clauses, replacements.

'suspended its ban' (suspended), 'said it would impose' (announced), 'the suspension of its ban' (a
status noun), 'relaxed licensing rules' (a status modifier); 'promised not to restrict', 'had no
intention of restricting' and 'ruled out restrictions' deny the measure.  Word lists:
``export_control.status_by_*``, ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.control_chain import chain_status, conditional, immediate
from cmkg.nlp.components.control_denial import negated
from cmkg.nlp.components.control_effect_dates import started_before, takes_effect_later
from cmkg.nlp.components.control_endings import ends_by_phrase
from cmkg.nlp.components.control_frames import lemma_status
from cmkg.nlp.components.control_permission import freed_exports
from cmkg.nlp.components.control_standing import standing_participle
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import verb_chain
from cmkg.nlp.dates import parse_iso_date
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS, TOOK_EFFECT

__all__ = ["granted_permission", "measure_status", "planned", "relative_making", "relative_status", "replacement"]


def measure_status(t: Token, v: Token | None, trigger_is_verb: bool, rule_modal: bool = False) -> str:
    """The status of the measure ``t`` governed by ``v``: a status noun or modifier first, then the chain."""
    if trigger_is_verb and freed_exports(t):
        return STATUS.lifted  # "From 1 July, X may be exported without restriction": the halt before it ends
    if v is not None and _restored_permits(t, v):
        return STATUS.lifted  # "lifted the suspension of export permits for X": the halt of its exports ends
    noun = _noun_status(t)
    if noun is not None:
        return noun
    if _lemma(t) in rules().table("export_control.status_by_noun")[STATUS.eased]:
        return STATUS.eased  # "granted a limited relaxation for the export of processed minerals": the measure eases
    if v is not None and _raised_quota(t, v):
        return STATUS.eased
    if v is not None and _withdrawn_permits(t, v):
        return STATUS.in_force  # "suspended export licences for antimony": no licence, no exports
    status = _chain_status(t, v, trigger_is_verb, rule_modal)
    if status in TOOK_EFFECT and planned(t):
        return STATUS.announced  # "pushed back its planned ban to 2029": a planned measure stays a plan
    return status


def planned(t: Token) -> bool:
    """'its planned ban', 'a proposed quota': a measure named as a plan."""
    return _modified_by(t, "export_control.planned_modifiers")


def speculative(t: Token) -> bool:
    """'enquiries about a possible ban on gold exports', 'examining a possible restriction': a measure named only as
    a possibility is no measure taken or announced."""
    return _modified_by(t, "export_control.speculative_modifiers")


def _modified_by(t: Token, words: str) -> bool:
    """An adjective of the list ``words`` on the measure noun, or on the noun it is a compound of ('export ban')."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    return any(c.dep_ == "amod" and c.lower_ in _w(words) for h in holders for c in h.children)


def _withdrawn_permits(t: Token, v: Token) -> bool:
    """'suspended export licences for X', 'revoked the export permits of three firms': the permits, not a rule
    on them, are withdrawn."""
    stops = rules().table("export_control.status_by_lemma")[STATUS.suspended]
    return (
        t.dep_ in ("dobj", "nsubjpass")
        and t.head.i == v.i
        and _lemma(t) in _w("export_control.permission_nouns")
        and _lemma(v) in stops
    )


def _restored_permits(t: Token, v: Token) -> bool:
    """'lifted the suspension of export permits for X': permits suspended are a halt of exports (as 'suspended
    export licences' is), and a lifting verb over the suspension ends that halt, not the permits."""
    prep, table = t.head, rules().table("export_control.status_by_noun")
    return (
        t.dep_ == "pobj"
        and _lemma(t) in _w("export_control.permission_nouns")
        and prep.lower_ in _w("export_control.status_noun_prepositions")
        and _lemma(prep.head) in table[STATUS.suspended]
        and prep.head.head.i == v.i
        and _lemma(v) in rules().table("export_control.status_by_lemma")[STATUS.lifted]
        and not negated(v, v.sent)  # "has not lifted", "refused to lift the suspension": the halt stands
        and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in v.children)  # 'may lift', 'will lift'
        and v.dep_ not in ("xcomp", "advcl", "pcomp", "ccomp")  # 'plans to lift', 'If A lifts', 'expect A to lift'
        and v.sent[-1].text not in _w("export_control.question_ends")
    )


def _chain_status(t: Token, v: Token | None, trigger_is_verb: bool, rule_modal: bool) -> str:
    """The status a provision, a relative clause or the verb chain gives the measure."""
    provision = _provision_status(t) or relative_status(t, v)
    if provision is not None:
        return provision  # "the suspension of Article II ... shall continue to apply": suspended
    kept = _kept_status(v) if v is not None else None
    if kept is not None:
        return kept  # "the measures remain suspended until November", "the curbs stay paused"
    if v is not None and standing_participle(v, _w("export_control.export_nouns")):
        return STATUS.in_force  # "the export of X continues to be prohibited; this will be reviewed": still so
    if v is not None and (_effect_of_measure(t, v) or _observed(t, v)):
        return STATUS.in_force
    if v is not None and granted_permission(t, v) and not _withheld(v):
        return STATUS.eased  # "extended the permission to export copper concentrate until May"
    status = chain_status(v, trigger_is_verb, rule_modal)
    if status == STATUS.in_force and v is not None and _ended_episode(v):
        return STATUS.lifted  # "in 2010, when Beijing halted rare earth shipments for about two months": long over
    if status == STATUS.in_force and v is not None and takes_effect_later(t, v):
        status = STATUS.announced  # "This Announcement shall take effect on 1 April 2026", published in February
    if status == STATUS.announced and v is not None and started_before(t, v) and not _intended(v):
        status = STATUS.in_force  # "July 3, 2023 - A says exports will need a licence from August 1": begun since
    if v is not None and replacement(t, v):
        # "replaced its ban with quotas": the ban ends, the quotas begin
        later = conditional(v) or status == STATUS.announced or takes_effect_later(t, v)  # "... that starts in May"
        status = STATUS.announced if later else STATUS.in_force
    if status == STATUS.announced and v is not None and immediate(v):
        status = STATUS.in_force  # "would ban exports, effective immediately", "with immediate effect"
    return status


def _intended(v: Token) -> bool:
    """'planned to ban exports from 2024', 'proposed a quota from January': a plan's date is no start."""
    return any(_lemma(x) in _w("status.planned") for x in verb_chain(v))


def _kept_status(v: Token) -> str | None:
    """'remain suspended', 'stays paused', 'remain relaxed': a continuing verb keeps the status its complement
    names."""
    if _lemma(v) not in _w("export_control.continuing_verbs"):
        return None
    table = rules().table("export_control.status_by_modifier")
    # the complement, or the participle the parser made the head of 'remain' read as an auxiliary
    complements = [v.head] if v.dep_ in ("aux", "auxpass") else []
    for c in complements + [c for c in v.children if c.dep_ in ("acomp", "oprd", "xcomp", "attr")]:
        status = next((s for s, words in table.items() if c.lower_ in words), None)
        if status is not None:
            return status
    return None


def _raised_quota(t: Token, v: Token) -> bool:
    """'raised its copper export quota', 'increased the export cap': a larger quota lets more out."""
    kind = rules().table("export_control.kind_by_word").get(_lemma(t))
    holder = t.head if t.dep_ == "compound" else t
    return kind == "quota" and holder.head.i == v.i and _lemma(v) in _w("export_control.quota_raise_verbs")


def _provision_status(t: Token) -> str | None:
    """'The suspension of Article II of Announcement No. 46 concerning gallium exports': a status noun over a
    legal provision is the status of the measure that provision holds."""
    table = rules().table("export_control.status_by_noun")
    status = next((s for s, nouns in table.items() if _lemma(t) in nouns), None)
    if status is None or status == STATUS.in_force:
        return None
    # read off the words, not the tree: the parser often breaks "the suspension of Article II of Announcement"
    words = [x for x in t.doc[t.i + 1 : t.sent.end][:4] if x.pos_ != "DET"]
    of = len(words) > 1 and words[0].lower_ in _w("export_control.status_noun_prepositions")
    return status if of and _lemma(words[1]) in _w("export_control.provision_nouns") else None


def _ended_episode(v: Token) -> bool:
    """A past measure with a bounded duration, in a sentence dated to an earlier year: it has ended."""
    published = parse_iso_date(v.doc._.cmkg_published)
    if published is None or v.tag_ != "VBD":
        return False
    holders = [v, *(c for c in v.children if c.dep_ == "dobj")]  # "halted shipments ... for two months"
    bounded = any(
        c.dep_ == "prep"
        and c.lower_ in _w("export_control.duration_prepositions")
        and any(_lemma(o) in _w("export_control.duration_nouns") for o in c.children if o.dep_ == "pobj")
        for h in holders
        for c in h.children
    )
    # the clause's own year, or the year a 'when' clause hangs on ("in 2010, when Beijing halted ...")
    years = [int(x.text) for x in [*v.subtree, v.head] if x.like_num and len(x.text) == 4 and x.text.isdigit()]
    return bounded and any(1900 < y < published.year for y in years)


def relative_status(t: Token, v: Token | None) -> str | None:
    """'China's ban, which it suspended in November', 'curbs, lifted last month': the measure's own clause
    undoes it."""
    undoing = _w("export_control.undoing_statuses")
    if v is not None and _lemma(v) in _w("export_control.restoring_verbs"):
        return None  # "reinstated a ban that it had lifted in 2022": the undoing is the past the verb reverses
    return next((s for c in _own_clauses(t, v) if (s := lemma_status(c)) in undoing), None)


def relative_making(t: Token, v: Token | None) -> bool:
    """'China's ban on X, which Beijing imposed on Monday, has not changed buying': the measure's own clause puts it
    in force, whatever a main verb of effect denies (the caller asks only when that verb states no status)."""
    relative = _w("agreement.relative_pronouns")
    return any(
        lemma_status(c) == STATUS.in_force and any(o.dep_ == "dobj" and o.lower_ in relative for o in c.children)
        for c in _own_clauses(t, v)
    )


def _own_clauses(t: Token, v: Token | None) -> list[Token]:
    """The relative and participle clauses on the measure, its goods or its restatement, other than ``v``."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    for _ in range(3):  # the clause may hang on the goods: "the ban on exports to the US, which it suspended"
        holders += [
            o
            for h in list(holders)
            for p in h.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj" and o not in holders
        ]
    holders += _restated_measure(t.head if t.dep_ == "compound" else t)
    clauses = (c for h in holders for c in h.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB")
    return [c for c in clauses if not (v is not None and c.i == v.i) and not _replacing_relative(c)]


def _replacing_relative(c: Token) -> bool:
    """'cobalt export quotas, which replaced a temporary ban', 'a licence regime that superseded the ban': the
    measure is the clause's subject, the new measure, and the object it replaced is the one that ended."""
    subject = any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children)
    participle = c.dep_ == "acl" and c.tag_ == "VBG"  # "the quota system replacing the ban"
    return _lemma(c) in _w("export_control.replace_verbs") and (subject or participle)


def _restated_measure(t: Token) -> list[Token]:
    """'announced export controls on X, measures it later suspended', 'a ban on X, a policy that was lifted':
    the measure named again after its phrase: an apposition, or by word order (the parser often makes it a
    conjunct of the verb)."""
    anaphors = _w("export_control.measure_anaphors")
    restated = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _lemma(c) in anaphors]
    if restated:
        return restated
    if t.dep_ in ("dobj", "nsubjpass"):  # "introduced a ban on X in 2018, a measure that was lifted": a second
        restated = [  # object of the verb after a comma, the parser's reading of the apposition
            c
            for c in t.head.children
            if c.dep_ == t.dep_
            and c.i > t.i
            and c.pos_ == "NOUN"
            and _lemma(c) in anaphors
            and "," in {x.text for x in c.doc[t.i : c.i]}
        ]
        if restated:
            return restated
    k = t.right_edge.i + 1
    if k + 1 >= t.sent.end or t.doc[k].text != ",":
        return []
    k += 1 + (t.doc[k + 1].pos_ == "DET")
    x = t.doc[k] if k < t.sent.end else None
    return [x] if x is not None and x.pos_ == "NOUN" and _lemma(x) in anaphors else []


def granted_permission(t: Token, v: Token) -> bool:
    """'extended export permits for X', 'granted permission to export X': a permission the verb gives."""
    return (
        _lemma(t) in _w("export_control.permission_nouns")
        and t.dep_ in ("dobj", "nsubjpass")
        and t.head.i == v.i
        and _lemma(v) in _w("export_control.grant_verbs")
    )


def _withheld(v: Token) -> bool:
    """'stopped issuing export permits', 'permits will no longer be issued': a withheld permission is a ban."""
    stops = _w("export_control.verbs_implying_control")
    return negated(v, v.sent) or any(_lemma(x) in stops for x in verb_chain(v)[1:])


def _observed(t: Token, v: Token) -> bool:
    """'said it would study Indonesia's export ban', 'In response to China's curbs, Japan has sought new
    suppliers': a watcher's verb, or the verb of another state's sentence, says nothing of the measure's status."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and t in c.subtree for c in v.children)
    holder = t.head if t.dep_ == "compound" else t
    named_owner = any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in holder.children)
    # "Nothing in this Memorandum will affect the prohibition": a verb that leaves the measure as it is
    bystander = _lemma(v) in _w("export_control.observer_verbs", "export_control.preservation_verbs")
    return not subject and (bystander or named_owner)


def replacement(t: Token, v: Token) -> bool:
    """The new measure of 'replace X with Y' / 'X was replaced by Y' ('with Y' may hang on X)."""
    t = t.head if t.dep_ == "compound" else t  # "replace it with a quota system"
    prep = t.head
    on_old = _within_object(prep.head, v)  # "replaced its ban (on exports of X) with quotas"
    return (
        t.dep_ == "pobj"
        and prep.lower_ in _w("export_control.replacement_prepositions")
        and (prep.head.i == v.i or on_old)
        and _lemma(v) in rules().table("export_control.status_by_lemma")[STATUS.lifted]
        and not negated(v, v.sent)  # "has not lifted", "refused to lift the suspension": the halt stands
        and not any(c.dep_ == "neg" for c in v.children)
    )


def _within_object(x: Token, v: Token) -> bool:
    """Whether ``x`` sits in the object (or passive subject) phrase of ``v``."""
    for _ in range(5):
        if x.dep_ in ("dobj", "nsubjpass") and x.head.i == v.i:
            return True
        if x.head.i == x.i or x.pos_ in ("VERB", "AUX"):
            return False
        x = x.head
    return False


def _effect_of_measure(t: Token, v: Token | None) -> bool:
    """'China's ban on gallium exports would hurt supply chains', 'the quota will be reviewed': an identified
    measure as the subject of what it does or undergoes; the modal is about that, the measure is in place
    ('will take effect' dates it, 'will be lifted' changes it)."""
    head = t.head if t.dep_ == "compound" else t  # "the quota system for cobalt"
    if v is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i == head.i for c in v.children):
        return False
    # an identified measure: "China's ban", "the ban", "the quota system, which Congo introduced"
    owned = any(
        c.dep_ == "poss"
        or c.dep_ in ("relcl", "acl")
        or (c.dep_ == "det" and c.lower_ in _w("export_control.anaphoric_determiners"))
        for c in head.children
    )
    dated = _lemma(v) in _w("export_control.effect_verbs")
    # "China's curbs have delayed deliveries to Japan": what the measure does to others, not a change of its status
    done = _lemma(v) in _w("export_control.consequence_verbs") and any(c.dep_ == "nsubj" for c in v.children)
    statused = not done and any(
        _lemma(v) in lemmas for lemmas in rules().table("export_control.status_by_lemma").values()
    )
    # "the rules announced on 9 October, which ... are scheduled to take effect on 1 December, increase the urgency":
    # what the measure does says nothing of a start its own words put after publication
    return owned and not dated and not statused and not takes_effect_later(t, v)


def _noun_status(t: Token) -> str | None:
    """'a pause on its export controls', 'the lifting of the ban': a status noun governing the measure.

    'relaxed licensing rules', which the parser reads as an adjective: a status modifier of the measure.
    """
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    for m in (c for h in holders for c in h.children if c.dep_ == "amod"):
        found = next(
            (s for s, ws in rules().table("export_control.status_by_modifier").items() if m.lower_ in ws), None
        )
        if found:
            return found
    prep = t.head
    if t.dep_ == "pobj" and prep.lower_ in _w("export_control.ending_prepositions") and ends_by_phrase(prep.head):
        return STATUS.lifted  # "put an end to its ban on X", "called a halt to the quota"
    if t.dep_ != "pobj" or prep.lower_ not in _w("export_control.status_noun_prepositions"):
        return None
    holder = _lemma(prep.head)
    return next((s for s, nouns in rules().table("export_control.status_by_noun").items() if holder in nouns), None)
