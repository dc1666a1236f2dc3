"""Export-control rules.

A control noun tied to exports ("export curbs", "a ban on exports of",
"licences for exports of") or to a mineral ("a quota on cobalt"), or a
restricting verb whose object is exports.  Controls on equipment or
companies, and promises *not* to restrict, are not mineral export controls.
Status is read off the governing verb (suspend, lift, ease, announce, impose,
remain in force).  Word lists: ``export_control.*``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context, resolve_subject
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import AUX_DEPS, countries_in, governing_verb, has_neg, verb_chain
from cmkg.nlp.rules import rules

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


def _w(name: str) -> frozenset[str]:
    return rules().words(name)


def _prefix(name: str) -> str:
    (prefix,) = rules().value(name)
    return prefix


def _export_linked(t: Token, exp_words: set[str]) -> bool:
    window = list(t.subtree) + list(t.children) + [t.head]
    if t.head.dep_ == "compound":
        window.append(t.head.head)
    return any(
        w.lower_ in exp_words or w.lower_.startswith(_prefix("export_control.export_prefix")) for w in window
    ) or any(w.lower_ in exp_words for w in t.doc[max(t.sent.start, t.i - 3) : t.i])


def _on_mineral(t: Token, imports: set[str]) -> bool:
    """'checks on graphite', 'a quota on cobalt': the measure names a mineral it applies to (and no imports)."""
    owners = [t, t.head] if t.dep_ == "dobj" else [t]  # "lifted its quota on tungsten": the PP may hang on the verb
    for prep in (
        c
        for o in owners
        for c in o.children
        if c.dep_ == "prep" and c.lower_ in _w("export_control.measure_prepositions")
    ):
        span = list(prep.subtree)
        if minerals_in(span) and not any(w.lower_ in imports for w in span):
            return True
    return False


def _control_status(v: Token | None, sent: Span) -> str:
    for verb in verb_chain(v) if v is not None else []:
        lem = _lemma(verb)
        aux = {c.lower_ for c in verb.children if c.dep_ in AUX_DEPS}
        for status, lemmas in rules().table("export_control.status_by_lemma").items():
            if lem in lemmas:
                if status == "in_force" and aux & _w("status.conditional_auxiliaries"):
                    return "announced"
                return status
        if aux & _w("status.conditional_auxiliaries"):
            return "announced"
    return "in_force"


def minerals_in(tokens) -> list[str]:
    out: list[str] = []
    for x in tokens:
        if x.ent_type_ == "MINERAL" and x.ent_kb_id_ not in out:
            out.append(x.ent_kb_id_)
    return out


def _noun_trigger(t: Token, lem: str) -> bool:
    """A control noun tied to exports, to a mineral, or a licensing requirement naming one."""
    if lem not in _w("export_control.trigger_nouns") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    return (
        _export_linked(t, _w("export_control.export_nouns"))
        or _on_mineral(t, _w("export_control.import_words"))
        or (
            lem in _w("export_control.on_measure_nouns")
            and any(c.lower_ in _w("export_control.on_prepositions") for c in t.children)
        )
        or (
            lem in _w("export_control.requirement_nouns")
            and any(c.lower_ in _w("export_control.licence_words") for c in t.children)
            and bool(minerals_in(t.subtree))
        )
    )


def _verb_trigger(t: Token, lem: str) -> bool:
    """A restricting verb whose object is exports, or 'require exporters to ...'."""
    if t.pos_ != "VERB":
        return False
    exp_words = _w("export_control.export_nouns")
    if lem in _w("export_control.verbs_implying_control") and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in exp_words or any(w.lower_ in exp_words for w in c.subtree))
        for c in t.children
    ):
        return True
    exporter = _prefix("export_control.exporter_prefix")
    return lem in _w("export_control.require_verbs") and any(c.lower_.startswith(exporter) for c in t.children)


def _negated(v: Token, sent: Span) -> bool:
    """'promised not to restrict', 'did not ban': no control."""
    chain = verb_chain(v)
    return (
        any(_lemma(x) in _w("status.refusal_verbs") for x in chain)  # "denied that it would ban exports"
        or has_neg(v)
        or any(c.dep_ == "neg" for x in chain for c in x.children)
        or any(x.lower_ in _w("export_control.negation_words") and x.head in chain for x in sent)
    )


def _control_country(t: Token, v: Token | None, sent: Span, ctx: Context) -> str | None:
    """Possessive ('China's ban'), the verb's subject, the sentence's, then the story's current controller."""
    country = None
    for p in (c for c in t.children if c.dep_ == "poss"):
        codes = countries_in([p])
        if not codes and p.lower_ in _w("export_control.possessive_pronouns"):
            # "Meanwhile, Germany extended its ban": the clause's own subject, else the story's
            codes = (resolve_subject(v, ctx)[0] if v is not None else []) or ctx.last_subjects[:1]
        country = codes[0] if codes else None
    for verb in (v, sent.root):
        if country is None and verb is not None:
            codes, _company = resolve_subject(verb, ctx)
            country = codes[0] if codes else None
    if country is None and ctx.last_control_country:
        country = ctx.last_control_country
    if country is None and ctx.last_subjects and not countries_in(sent):
        country = ctx.last_subjects[0]  # the story's current subject: "Licensing requirements ... remain in force"
    return country


def find_controls(sent: Span, ctx: Context) -> list[ControlFact]:
    equipment = _w("export_control.equipment_words")
    facts: list[ControlFact] = []
    used_verbs: set[int] = set()
    for t in sent:
        lem = _lemma(t)
        is_verb = _verb_trigger(t, lem)
        if not (is_verb or _noun_trigger(t, lem)):
            continue
        scope = list(t.subtree)
        if any(w.lower_ in equipment for w in scope) and not minerals_in(scope):
            continue
        if any(m.head.lower_ in equipment for m in scope if m.ent_type_ == "MINERAL"):
            continue  # "exports of rare earth processing technology": the technology, not the mineral
        v = t if is_verb else governing_verb(t)
        if v is not None:
            if v.i in used_verbs or _negated(v, sent):
                continue
            used_verbs.add(v.i)
        minerals = minerals_in(scope) or (minerals_in(v.subtree) if v is not None else []) or minerals_in(sent)
        country = _control_country(t, v, sent, ctx) if minerals else None
        if country is None:
            continue
        kind = rules().table("export_control.kind_by_word").get(lem, "controls")
        rule = rules().rule("export_control.verb" if is_verb else "export_control.noun")
        facts.append(ControlFact(t, country, minerals, _control_status(v, sent), kind, rule, 0.75))
        ctx.last_control_country = country
    return facts
