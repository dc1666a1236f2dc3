"""Export-control and production-share rules.

Export controls: a control noun tied to exports ("export curbs", "a ban on
exports of", "licences for exports of") or a restricting verb whose object is
exports.  Controls on equipment or companies, and promises *not* to restrict,
are not mineral export controls.  Status is read off the governing verb
(suspend, lift, ease, announce, impose, remain in force).

Production shares: a percentage or fraction word, tied to an activity word
(mines, processes, refines, produces, reserves) and to the *world* ("of the
world's", "global", "globally").  Import shares, tariffs, price moves and
stakes are excluded by the words around the number.  An elided object ("and
processes around 90%") inherits the mineral and world scope of the share
before it in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from cmkg.core.resources import load_json
from cmkg.nlp.components.agreements import Context, _lemma, resolve_subject
from cmkg.nlp.components.syntax import countries_in, governing_verb, has_neg, verb_chain

__all__ = ["ControlFact", "ShareFact", "find_controls", "find_shares"]


@dataclass
class ControlFact:
    trigger: Token
    country: str
    minerals: list[str]
    status: str
    measure: str
    rule: str
    confidence: float


@dataclass
class ShareFact:
    token: Token
    country: str
    activity: str
    mineral: str
    share_percent: float
    rule: str
    confidence: float


def _rules() -> dict:
    return load_json("rules", "relations.json")


def _export_linked(t: Token, exp_words: set[str]) -> bool:
    window = list(t.subtree) + list(t.children) + [t.head]
    if t.head.dep_ == "compound":
        window.append(t.head.head)
    return any(w.lower_ in exp_words or w.lower_.startswith("export") for w in window) or any(
        w.lower_ in exp_words for w in t.doc[max(t.sent.start, t.i - 3) : t.i]
    )


def _on_mineral(t: Token, imports: set[str]) -> bool:
    """'checks on graphite', 'a quota on cobalt': the measure names a mineral it applies to (and no imports)."""
    owners = [t, t.head] if t.dep_ == "dobj" else [t]  # "lifted its quota on tungsten": the PP may hang on the verb
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ in ("on", "for")):
        span = list(prep.subtree)
        if _minerals(span) and not any(w.lower_ in imports for w in span):
            return True
    return False


def _control_status(v: Token | None, sent: Span) -> str:
    r = _rules()["export_control"]
    text = sent.text.lower()
    for verb in verb_chain(v) if v is not None else []:
        lem = _lemma(verb)
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        for status, lemmas in r["status_by_lemma"].items():
            if lem in lemmas:
                if status == "in_force" and "will" in aux:
                    return "announced"
                if lem in ("remain", "be") and any(c.lower_ in ("force", "place", "effect") for c in verb.subtree):
                    return "in_force"
                return status
        if "will" in aux or "would" in aux:
            return "announced"
    if any(p in text for p in ("in force", "in place", "in effect")):
        return "in_force"
    return "in_force"


def _minerals(tokens) -> list[str]:
    out: list[str] = []
    for x in tokens:
        if x.ent_type_ == "MINERAL" and x.ent_kb_id_ not in out:
            out.append(x.ent_kb_id_)
    return out


def find_controls(sent: Span, ctx: Context) -> list[ControlFact]:
    r = _rules()["export_control"]
    triggers = set(r["trigger_nouns"])
    exp_words = set(r["export_nouns"])
    equipment = set(r["equipment_words"])
    facts: list[ControlFact] = []
    used_verbs: set[int] = set()
    for t in sent:
        lem = _lemma(t)
        is_noun_trigger = (
            lem in triggers
            and t.pos_ in ("NOUN", "PROPN")
            and (
                _export_linked(t, exp_words)
                or _on_mineral(t, set(r["import_words"]))
                or (lem in ("control", "restriction", "curb") and any(c.lower_ == "on" for c in t.children))
                or (
                    lem == "requirement"
                    and any(c.lower_ in r["licence_words"] for c in t.children)
                    and _minerals(t.subtree)
                )
            )
        )
        is_verb_trigger = (
            t.pos_ == "VERB"
            and lem in r["verbs_implying_control"]
            and any(
                c.dep_ in ("dobj", "nsubjpass")
                and (c.lower_ in exp_words or any(w.lower_ in exp_words for w in c.subtree))
                for c in t.children
            )
        )
        if lem == "require" and t.pos_ == "VERB" and any(c.lower_.startswith("exporter") for c in t.children):
            is_verb_trigger = True
        if not (is_noun_trigger or is_verb_trigger):
            continue
        scope = list(t.subtree)
        if any(w.lower_ in equipment for w in scope) and not _minerals(scope):
            continue
        v = t if is_verb_trigger else governing_verb(t)
        if v is not None and v.i in used_verbs:
            continue
        if v is not None:
            if has_neg(v) or any(
                _lemma(x) in r["promise_words"] and any(c.dep_ == "neg" for c in v.children) for x in verb_chain(v)
            ):
                continue
            if any(c.dep_ == "neg" for x in verb_chain(v) for c in x.children) or any(
                x.lower_ == "not" and x.head in verb_chain(v) for x in sent
            ):
                continue
            used_verbs.add(v.i)
        minerals = _minerals(scope) or (_minerals(v.subtree) if v is not None else []) or _minerals(sent)
        if not minerals:
            continue
        country = None
        for p in (c for c in t.children if c.dep_ == "poss"):
            codes = countries_in([p])
            country = (
                codes[0]
                if codes
                else (ctx.last_subjects[0] if p.lower_ in ("its", "their") and ctx.last_subjects else None)
            )
        if country is None and v is not None:
            codes, _company = resolve_subject(v, ctx)
            codes = [c for c in codes]
            country = codes[0] if codes else None
        if country is None:
            codes, _company = resolve_subject(sent.root, ctx)
            country = codes[0] if codes else None
        if country is None and ctx.last_control_country:
            country = ctx.last_control_country
        if country is None and ctx.last_subjects and not countries_in(sent):
            country = ctx.last_subjects[0]  # the story's current subject: "Licensing requirements ... remain in force"
        if country is None:
            continue
        kind = r["kind_by_word"].get(lem, "controls")
        status = _control_status(v, sent)
        facts.append(
            ControlFact(
                t,
                country,
                minerals,
                status,
                kind,
                rule=f"export_control.{'verb' if is_verb_trigger else 'noun'}.{lem}",
                confidence=0.75,
            )
        )
        ctx.last_control_country = country
    return facts


_PCT = re.compile(r"^\d+(\.\d+)?$")


@lru_cache(maxsize=4)
def _fraction_starts(phrases: tuple[str, ...]) -> frozenset[str]:
    """First tokens of word fractions ("half", "three" of "three-quarters"): a cheap gate per token."""
    return frozenset(p.split()[0].split("-")[0] for p in phrases)


def _percent_at(sent: Span, i: int) -> tuple[float, int] | None:
    """(value, last token index) if a share expression starts at token i."""
    doc = sent.doc
    t = doc[i]
    fr = _rules()["production_share"]["fractions"]
    if _PCT.match(t.text) and i + 1 < sent.end and doc[i + 1].text in ("%", "percent", "per"):
        end = i + 1 if doc[i + 1].text != "per" else i + 2
        return float(t.text), end
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", t.text)
    if m:
        return float(m.group(1)), i
    if t.lower_ not in _fraction_starts(tuple(fr)):
        return None
    for phrase, value in fr.items():
        words = phrase.split()
        span = [x.lower_ for x in doc[i : i + len(words)]]
        joined = " ".join(span)
        if joined == phrase or "".join(x.text for x in doc[i : i + 3]).lower() == phrase.replace(" ", ""):
            n = len(words) if joined == phrase else 3
            if i + n < sent.end and doc[i + n].lower_ == "of":
                return float(value), i + n - 1
    return None


def find_shares(sent: Span, ctx: Context) -> list[ShareFact]:
    r = _rules()["production_share"]
    acts = {w: a for a, ws in r["activity_forms"].items() for w in ws}
    actor_acts = r["actor_activity"]
    world = set(r["world_words"])
    exclude = set(r["exclude_words"])
    text = sent.text.lower()
    if "%" not in text and "percent" not in text and not any(f in text for f in r["fractions"]):
        return []  # most sentences state no share: skip the token scan
    doc = sent.doc
    facts: list[ShareFact] = []
    prev: ShareFact | None = None
    i = sent.start
    while i < sent.end:
        hit = _percent_at(sent, i)
        if hit is None:
            i += 1
            continue
        value, last = hit
        before = doc[max(sent.start, i - 6) : i]
        after = doc[last + 1 : min(sent.end, last + 10)]
        clause_after = []
        for x in after:
            if x.text in (",", ";") or (x.lower_ in ("and", "but") and clause_after):
                break
            clause_after.append(x)
        near = [x.lower_ for x in list(before)[-4:]] + [x.lower_ for x in clause_after]
        if (
            any(w in exclude for w in near)
            or any(
                w in exclude
                for w in (x.lower_ for x in doc[sent.start : i])
                if w in ("import", "imports", "tariff", "tariffs")
            )
            and not any(w in world for w in near)
        ):
            i = last + 1
            continue
        is_world = any(w in world for w in near) or any(
            x.lower_ in ("globally", "worldwide") for x in doc[sent.start : i]
        )
        minerals = _minerals(clause_after)
        activity = None
        for x in reversed(list(doc[sent.start : i])):
            if x.lower_ in acts and x.ent_type_ != "MINERAL":
                activity = acts[x.lower_]
                break
            if x.text in (";",):
                break
        for x in clause_after:
            if x.lower_ in acts and x.lower_ in (
                "processing",
                "refining",
                "mining",
                "production",
                "output",
                "reserves",
                "mined",
                "refined",
            ):
                activity = acts[x.lower_]
        if prev is not None and not minerals and not is_world:
            minerals, is_world = [prev.mineral], True
            activity = activity or prev.activity
        elif prev is not None and minerals and not is_world and any(x.lower_ in ("its", "their") for x in clause_after):
            is_world = True
        if not (is_world and minerals and activity):
            i = last + 1
            continue
        country = None
        for x in reversed(list(doc[sent.start : i])):
            if (
                x.ent_type_ in ("GPE", "NORP")
                and x.ent_kb_id_
                and x.dep_ not in ("pobj",)
                or (
                    x.ent_type_ in ("GPE", "NORP")
                    and x.ent_kb_id_
                    and x.head.lower_ not in ("of", "from", "in", "to", "for")
                )
            ):
                country = x.ent_kb_id_
                if x.ent_type_ == "NORP" and x.head.lower_ in actor_acts:
                    activity = actor_acts[x.head.lower_] if activity == "produces" else activity
                break
        if country is None and prev is not None:
            country = prev.country
        if country is None:
            v = governing_verb(doc[i])
            codes = resolve_subject(v, ctx)[0] if v is not None else []
            country = codes[0] if codes else None
        if country is None:
            i = last + 1
            continue
        for m in minerals[:1] if prev is None or minerals != [prev.mineral] else minerals[:1]:
            fact = ShareFact(
                doc[i], country, activity, m, value, rule="production_share.percent_of_world", confidence=0.8
            )
            facts.append(fact)
            prev = fact
        i = last + 1
    return facts
