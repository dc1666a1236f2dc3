"""Measures a sentence names that are no state's measure: calls, firms' decisions, generic measures.

'lawmakers called for export controls', 'urged Thailand to ban exports' (a call on another state),
'Nordvik Minerals halted graphite exports' (a firm's own decision), 'export bans on cobalt would hurt
supply chains' (any such measure), 'licences would be reviewed' (a review), 'the Export Control Law' (a law's
name), 'the suspension of its ban' (a status noun over a measure).  Word lists: ``export_control.demand_verbs``,
``body_nouns``, ``firm_nouns``, ``review_verbs``, ``generic_determiners``, ``status_by_lemma``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.answers import is_yes_no_question
from cmkg.nlp.components.control_triggers import indefinite, noun_trigger, other_activity
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.subject_forms import listed_owners
from cmkg.nlp.components.syntax import SUBJECT_DEPS, countries_in, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "asked_for",
    "asked_of_another",
    "company_subject",
    "demanded",
    "generic_measure",
    "holds_measure",
    "names_a_law",
    "phrase_head",
    "reviewed",
]


def demanded(t: Token, v: Token) -> bool:
    """'lawmakers called for export controls on X', 'demanded a ban on Y': a call for a measure is none."""
    if _lemma(v) not in _w("export_control.demand_verbs") or _status_phrase(v):
        return False  # "pushed back the start of its ban": a status phrase, not a demand
    if any(
        c.dep_ == "prep" and c.lower_ in _w("export_control.topic_prepositions") and t in c.subtree for c in v.children
    ):
        return False  # "asked about Canada's licensing rules": a question on a measure, not a call for one
    return not any(c.dep_ in SUBJECT_DEPS and t in c.subtree for c in v.children)


def _status_phrase(v: Token) -> bool:
    phrases = {f"{_lemma(v)} {c.lower_}" for c in v.children if c.dep_ in ("prt", "advmod")}
    table = rules().table("export_control.status_by_particle_verb")
    return any(phrases & set(ws) for ws in table.values())


def _addressee(a: Token) -> bool:
    """Someone a call can be made of: a state, a body, an organisation or a person, or a pronoun for one."""
    return (
        a.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        or a.pos_ in ("PROPN", "PRON")
        or a.lower_ in _w("export_control.body_nouns")
    )


def asked_of_another(v: Token, own: bool = False) -> bool:
    """'urged Thailand to ban exports', 'called on Mexico to restrict exports', 'Peru was pressed to halt
    shipments': a restricting verb someone asks of a state is a call, not a measure ('wants to ban' is the
    subject's own intention)."""
    for x in verb_chain(v)[0 if own else 1 :]:
        if _lemma(x) not in _w("export_control.demand_verbs") or _status_phrase(x):
            continue
        if any(c.dep_ == "prt" for c in x.children):
            return False  # "have pushed up prices": a particle verb, no demand
        addressees = [c for c in x.children if c.dep_ in ("dobj", "nsubjpass")]
        addressees += [
            o
            for c in x.children
            if c.dep_ == "prep" and c.lower_ in _w("export_control.on_prepositions")
            for o in c.children
            if o.dep_ == "pobj"
        ]
        asker = countries_in([s for c in x.children if c.dep_ in SUBJECT_DEPS for s in c.subtree])
        return any(_addressee(a) and not _own_firm(a, asker) for a in addressees)
    return False


def asked_for(t: Token, v: Token | None) -> bool:
    """A measure with no owner ('a ban', ``indefinite``) that a call asks of a state ('urged Peru to tighten
    control over exports of X') or a yes/no question asks about ('Has the department looked at an export
    restriction on X?'): no measure anyone has taken."""
    # not a subordinate clause's measure ('Did buyers switch after China imposed an export ban on X?'): a fact
    subordinate = any(x.dep_ in ("advcl", "relcl") for x in (v, *v.ancestors)) if v is not None else False
    asked = is_yes_no_question(t.sent) and not subordinate
    return v is not None and indefinite(t) and (asked_of_another(v, own=True) or asked)


def _own_firm(a: Token, asker: list[str]) -> bool:
    """'India has asked state-run IREL (India) Ltd to stop exporting': the asking state's own firm, which it
    orders rather than asks. A state-owned firm of another state ('Chile's state-owned Codelco'), or whose state
    the phrase does not name, is still asked."""
    phrase = "".join(x.text_with_ws for x in a.subtree).lower().replace(" - ", "-")
    owners = countries_in(list(a.subtree))
    state_owned = any(w in phrase for w in _w("export_control.own_firm_words"))
    return state_owned and bool(owners) and set(owners) <= set(asker)


def company_subject(v: Token, t: Token | None = None) -> bool:
    """'Nordvik Minerals halted graphite exports after a fire': a firm's own decision is no state measure. A
    firm is an organisation the gazetteer does not know as a state body, with no body noun in its name.  A halt
    an accident caused, with no doer named ('Shipments were halted after a derailment'), is no one's decision."""
    if _firm_goods(v) or _accidental(v):
        return True
    for s in (c for c in v.children if c.dep_ in ("nsubj", "agent")):
        words = [s] if s.dep_ == "nsubj" else [o for o in s.children if o.dep_ == "pobj"]
        # "two producers, which received six-month export permits": the relative pronoun's antecedent, for the
        # permits the clause's own object is (not 'permits under the quota on X', a state's measure)
        held = t is not None and t.dep_ == "dobj" and t.head.i == v.i
        held = held and not any(_lemma(x) in _w("export_control.trigger_nouns") for x in v.subtree if x.i != t.i)
        words = [v.head if w.tag_ in ("WDT", "WP") and v.dep_ == "relcl" and held else w for w in words]
        for w in (w for w in words if not listed_owners(w)):  # "producers, including A and B, ban": states
            if _firm(w) or _introduced_firm(w):
                return True
            name = [x for x in w.subtree if x.ent_type_ == "ORG"]
            if not name or w.ent_type_ != "ORG" or w.pos_ != "PROPN":
                continue  # "the Decree abolishes the quota": a document, not a firm
            bodies = _w("export_control.body_nouns", "export_control.document_nouns", "agreement.meeting_nouns")
            if any(x.lower_ in bodies for x in name):
                continue  # "the Decree abolishes the quota", "the Summit noted the ban": a body, a text, a meeting
            if not any(x.ent_kb_id_ for x in name) and not countries_in(name):
                return True
    return False


def _accidental(v: Token) -> bool:
    """A verb with no subject or agent of its own whose cause phrase names an accident (``export_control.
    disruption_nouns`` after ``export_control.cause_prepositions``: 'halted for several days after a derailment')."""
    if any(c.dep_ in ("nsubj", "agent") for c in v.children):
        return False
    return any(
        o.dep_ == "pobj" and _lemma(o) in _w("export_control.disruption_nouns")
        for p in v.children
        if p.dep_ == "prep" and p.lower_ in _w("export_control.cause_prepositions")
        for o in p.children
    )


def _firm_goods(v: Token) -> bool:
    """'Guinea Alumina Corporation's shipments had been blocked', 'the subsidiary, whose shipments had been blocked':
    goods a firm owns, held up, are that firm's matter, not a state's measure."""
    for s in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        for p in (c for c in s.children if c.dep_ == "poss"):
            relative = p.lower_ in _w("export_control.relative_possessives") and v.dep_ == "relcl"
            if _firm(v.head if relative else p):
                return True
    return False


def _introduced_firm(w: Token) -> bool:
    """'the state company YLB ... YLB briefly halted lithium exports': a name with no entity of a state that the
    text introduced earlier right after a firm noun is that firm."""
    if w.pos_ != "PROPN" or w.ent_kb_id_ or w.ent_type_ in ("GPE", "NORP", "PERSON"):
        return False
    firms = _w("export_control.firm_nouns")
    return any(
        x.text == w.text
        and x.i < w.i
        and x.i > 0
        and (x.doc[x.i - 1].lower_ in firms or _lemma(x.doc[x.i - 1]) in firms)
        for x in w.doc[: w.i]
    )


def _firm(w: Token) -> bool:
    """'A German company halted nickel shipments', 'Peruvian firm Andes Metals suspended', 'a state-owned smelter
    stopped exports': a firm noun heads the subject or names it; the demonym on it makes no state measure.
    A state named as the head ('Indonesia, the top producer, banned') is the state's own measure, and 'no
    company shall export X' names no firm but a rule on every firm."""
    if w.ent_type_ == "GPE" or any(
        c.dep_ == "det" and c.lower_ in _w("export_control.negation_words") for c in w.children
    ):
        return False
    firms = _w("export_control.firm_nouns")
    named = [x for x in w.children if x.dep_ in ("compound", "appos", "nmod")]
    return any(x.lower_ in firms or _lemma(x) in firms for x in [w, *named])


def reviewed(t: Token, v: Token | None) -> bool:
    """'Export licences for X would be reviewed', 'will review its export licences', 'permits are under review':
    a review of a measure is no control and no announcement of one. A measure its own clause establishes ('the
    quota, which A introduced in 2020, will be reviewed') is still in force."""
    reviews, under = _w("export_control.review_verbs"), _w("export_control.review_prepositions")
    if _lemma(t) in reviews and t.head.lower_ in under:
        return True  # the 'review' of 'under review' is no measure either
    # a clause that establishes the measure ("the quota on X exports that A introduced in 2020"), not one that
    # describes its goods with a relative subject ("restrictions on tin ingots that do not meet new rules")
    own = [
        c
        for c in t.subtree
        if c.dep_ in ("relcl", "acl")
        and c.pos_ == "VERB"
        and not any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children)
    ]
    if v is None or v.i == t.i or own:
        return False
    # "said it would study Bolivia's ban": a watcher of a measure a named state owns, not its review
    holder = t.head if t.dep_ == "compound" else t
    named = any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in holder.children)
    if named and _lemma(v) in _w("export_control.observer_verbs"):
        return False
    under_review = any(
        c.dep_ == "prep" and c.lower_ in under and any(_lemma(o) in reviews for o in c.children) for c in v.children
    )
    return _lemma(v) in reviews or under_review


def generic_measure(t: Token, v: Token | None) -> bool:
    """'warned that export bans on cobalt would hurt supply chains': a bare plural measure, owned by no one in
    its phrase, as the subject of what it would do, is any such measure, not one in place."""
    if _bare_framework(t):
        return True
    if v is None or t.tag_ != "NNS" or not any(c.dep_ == "nsubj" and c.i == t.i for c in v.children):
        return False
    owned = any(c.dep_ in ("poss", "relcl", "acl") for c in t.children) or countries_in(list(t.subtree))
    generic = _w("export_control.generic_determiners")  # "Any export curbs on germanium would hurt buyers"
    if owned or any(c.dep_ == "det" and c.lower_ not in generic for c in t.children):
        return False
    statuses = rules().table("export_control.status_by_lemma")
    if _lemma(v) in _w("export_control.effect_verbs") or any(_lemma(v) in ws for ws in statuses.values()):
        return False
    aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & (_w("status.modal_auxiliaries", "status.conditional_auxiliaries")))


def _bare_framework(t: Token) -> bool:
    """'remain subject to the existing export regime', 'a stable regime for exports': a framework noun restricts
    only when a control word names what kind it is ('the licensing regime', 'its export quota regime') or it
    refers back to one ('placed under the same regime')."""
    if _lemma(t) not in _w("export_control.framework_nouns"):
        return False
    # "placed under the same regime": a regime referred back to is the measure named before
    qualifiers = _w("export_control.trigger_nouns", "export_control.sameness_words")
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
    mods += [x for c in mods for x in c.subtree]  # "export licence regime": 'licence' may hang on 'export'
    return not any(_lemma(c) in qualifiers - _w("export_control.framework_nouns") for c in mods)


def names_a_law(t: Token) -> bool:
    """'the Export Control Law', 'the Regulations on the Export Control of Dual-Use Items': a control noun in
    a law's name or subject is no measure; the measure is what the text says the law does."""
    documents = _w("export_control.document_nouns")
    head = phrase_head(t)
    if head.pos_ == "PROPN" and {_lemma(head), head.lower_} & documents:
        return True  # a capitalised name, not 'relaxed licensing rules for X'
    holder = t.head.head
    return t.dep_ == "pobj" and t.pos_ == "PROPN" and bool({_lemma(holder), holder.lower_} & documents)


def holds_measure(t: Token) -> bool:
    """'the suspension of its export ban': the status noun over a measure is not a second measure; nor is a
    measure word that modifies another ('China's licensing regime on X': the regime is the measure)."""
    if t.dep_ == "compound" and t.head.i != t.i and noun_trigger(t.head, _lemma(t.head)):
        return True
    if not any(_lemma(t) in nouns for nouns in rules().table("export_control.status_by_noun").values()):
        return False
    # "a freeze on new permits" for the exporters of X: bare permits the freeze falls on are no measure of their
    # own; "its suspension of mining licences" holds a measure of another activity, and is no export measure
    return any(
        _lemma(o) in _w("export_control.trigger_nouns")
        and (noun_trigger(o, _lemma(o)) or other_activity(o) or any(d.dep_ in ("det", "poss") for d in o.children))
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in _w("export_control.status_noun_prepositions")
        for o in c.children
        if o.dep_ == "pobj"
    )


def phrase_head(t: Token) -> Token:
    """The noun a run of modifiers ends in: 'rare earth processing technology' -> 'technology'."""
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i:
        t = t.head
    return t
