"""Agreement rules: who agreed what with whom, and how far along it is.

Parties come from the syntax around an agreement noun: the subject (or the
passive agent) of the verb that governs it, ``with``/``between`` phrases on
the noun or the verb, compound modifiers ("US-Japan framework") and a relative
clause ("the agreement that Congo and Rwanda signed").  Venues ("in
Washington") are never parties because no rule reads them.  Status comes from
the verb chain: its lemma, modal auxiliaries, negation and time markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.core.resources import load_json
from cmkg.nlp.components.syntax import countries_in, governing_verb, has_neg, subject_tokens, verb_chain

__all__ = ["AgreementFact", "find_agreements", "find_listed_partners", "Context"]

PRONOUNS = {"it", "they", "we", "its", "their", "both", "which", "who", "that"}


@dataclass
class AgreementFact:
    trigger: Token
    parties: list[str]
    status: str
    name: str | None
    type: str
    minerals: list[str]
    announced_by: list[str]
    date: str | None
    rule: str
    confidence: float
    company: bool = False


@dataclass
class Context:
    """What earlier sentences said, for pronouns and elided subjects."""

    last_subjects: list[str] = field(default_factory=list)
    last_countries: list[str] = field(default_factory=list)
    people: dict = field(default_factory=dict)
    year: int | None = None
    month: int | None = None
    last_control_country: str | None = None
    # "signed partnerships with 14 countries." announces a list the next sentences give:
    # (subject codes, agreement type, status, sentences left)
    pending_list: tuple[list[str], str, str, int] | None = None


def _rules() -> dict:
    return load_json("rules", "relations.json")


def _lemma(t: Token) -> str:
    return t.lemma_.lower() if t.lemma_ else t.lower_


def is_company(t: Token) -> bool:
    g = gazetteer()
    words = set(_rules()["agreement"]["company_words"])
    if t.ent_type_ == "ORG":
        kb = t.ent_kb_id_
        return not kb or g.orgs.get(kb) is not None and g.orgs[kb].kind == "company"
    return t.lower_ in words


def resolve_subject(v: Token, ctx: Context) -> tuple[list[str], bool]:
    """Country codes of the subject of ``v`` (or of the verbs that control it)."""
    for verb in verb_chain(v):
        subj = subject_tokens(verb)
        if verb.dep_ == "relcl" and any(x.lower_ in ("which", "who", "that") for x in subj):
            codes = countries_in([verb.head])  # "Indonesia, which banned exports": the antecedent
            if codes:
                return codes, False
        if not subj:
            if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                subj = subject_tokens(verb.head)
            if not subj:
                continue
        codes = countries_in(subj)
        if codes:
            return codes, False
        for s in subj:
            if s.ent_type_ == "PERSON":
                person = ctx.people.get(_person_key(s, ctx))
                if person and person.country and not person.private:
                    return [person.country], False
                return [], False
            if s.lower_ in ("government", "administration", "cabinet"):
                officials = [ctx.people.get(_person_key(e.root, ctx)) for e in s.sent.ents if e.label_ == "PERSON"]
                codes = [o.country for o in officials if o is not None and o.country and not o.private]
                # no official named: the country the sentence itself names ("India's reliance"),
                # else the story's subject
                return (codes or countries_in(s.sent) or ctx.last_subjects)[:1], False
            if is_company(s):
                return [], True
            collective = set(_rules()["agreement"]["collective_states"]) | set(
                _rules()["agreement"]["collective_people"]
            )
            if s.lower_ in collective and any(c.lower_ in ("two", "both") for c in s.children):
                return _the_two(s, ctx), False
            if s.lower_ in PRONOUNS or s.lower_ in collective:
                earlier = [x for x in s.sent if x.i < s.i and x.dep_ in ("nsubj", "nsubjpass") and countries_in([x])]
                if earlier:
                    return countries_in([earlier[-1]]), False
                if s.lower_ in ("they",):
                    return ctx.last_subjects, False
                return ctx.last_subjects[:1], False
        return [], False
    return [], False


def _the_two(s: Token, ctx: Context) -> list[str]:
    """'the two sides / leaders / countries': the people or countries this sentence names, else the last two."""
    people = [ctx.people.get(_person_key(e.root, ctx)) for e in s.sent.ents if e.label_ == "PERSON"]
    codes = []
    for p in people:
        if p is not None and p.country and not p.private and p.country not in codes:
            codes.append(p.country)
    if len(codes) >= 2:
        return codes[:2]
    if len(codes) == 1:
        other = next((c for c in reversed(ctx.last_countries) if c != codes[0]), None)
        return [codes[0], other] if other else codes
    here = [c for c in countries_in([x for x in s.sent if x.i < s.i])]
    if len(here) >= 2:
        return here[-2:]
    if len(here) == 1:
        other = next((c for c in reversed(ctx.last_subjects + ctx.last_countries) if c != here[0]), None)
        return [other, here[0]] if other else here
    return ctx.last_countries[-2:]


def _person_key(t: Token, ctx: Context) -> str:
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    text = ent.text if ent is not None else t.text
    for full in ctx.people:
        if full == text or full.split()[-1] == text.split()[-1]:
            return full
    return text


def _pp_chain_preps(t: Token) -> list[Token]:
    """'with'/'between' phrases on ``t`` or nested in its PP chain ("deals on minerals with Japan")."""
    out = []
    for c in t.subtree:
        if c.dep_ != "prep" or c.lower_ not in ("with", "between", "among", "alongside"):
            continue
        cur = c.head
        ok = True
        while cur.i != t.i:
            if cur.dep_ not in ("prep", "pobj", "conj", "cc", "compound", "amod") or cur.pos_ in ("VERB", "AUX"):
                ok = False
                break
            cur = cur.head
        if ok:
            out.append(c)
    return out


def _with_parties(t: Token, ctx: Context) -> list[str]:
    out: list[str] = []
    for prep in _pp_chain_preps(t):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        codes = countries_in(objs)
        for o in objs:
            for c in [o, *o.conjuncts]:
                if c.ent_type_ == "PERSON":
                    person = ctx.people.get(_person_key(c, ctx))
                    if person and person.country and not person.private:
                        codes.append(person.country)
                elif c.lower_ in ("bloc",) and "EU" not in codes:
                    codes.append("EU")
        out += [c for c in codes if c not in out]
    return out


def _modifier_parties(t: Token) -> list[str]:
    out: list[str] = []
    for c in t.subtree:
        if c.i >= t.i:
            break
        code = c.ent_kb_id_ if c.ent_type_ in ("GPE", "NORP") else None
        if (
            code
            and c.head.i >= t.i - 6
            and c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")
            or (code and c.head.dep_ in ("compound", "amod") and c.head.head == t)
        ) and code not in out:
            out.append(code)
    return out


def _named(t: Token) -> str | None:
    """The capitalised name an agreement noun heads, if any."""
    doc = t.doc
    if not t.text[:1].isupper() and t.lower_ not in ("mou",):
        return None
    start = t.i
    while (
        start - 1 >= t.sent.start
        and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in ("-", "&"))
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "VERB")
        and doc[start - 1].text not in (",", ".", "\u201c", '"')
    ):
        start -= 1
    end = t.i + 1
    while end + 1 < t.sent.end and doc[end].lower_ in ("on", "of", "for", "in") and doc[end + 1].text[:1].isupper():
        end += 2
        while (
            end < t.sent.end
            and (doc[end].text[:1].isupper() or doc[end].lower_ in ("and", "of"))
            and doc[end].text not in (",",)
        ):
            end += 1
    while end - 1 > t.i and doc[end - 1].lower_ in ("and", "of"):
        end -= 1
    if start == t.i and end == t.i + 1 and t.i == t.sent.start:
        return None
    name = doc[start:end].text
    if start == t.i and end == t.i + 1:
        return None
    return name


def _project_name(t: Token) -> str | None:
    doc = t.doc
    if t.text == "Project" and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
        return f"Project {doc[t.i + 1].text}"
    return None


def _status(t: Token, v: Token | None, ctx: Context, sent: Span) -> str | None:
    r = _rules()["status"]
    text = sent.text.lower()
    talks = ("talks", "negotiations")
    if any(p in text for p in r["negotiating_phrases"]) and (
        t.head.lower_ in talks
        or (t.head.dep_ == "prep" and t.head.head.lower_ in talks)
        or (v is not None and any(x.lower_ in talks for x in subject_tokens(v)))
    ):
        return "negotiating"
    chain = verb_chain(v) if v is not None else []
    for verb in chain:
        lem = _lemma(verb)
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        neither = any(
            c.lower_ == "neither" for x in subject_tokens(verb) for c in x.children if c.dep_ in ("preconj", "det")
        )
        if (has_neg(verb) or neither) and lem in r["signed"] + r["announced"] + ["attend", "be", "have"]:
            return None
        if lem in r["lapsed"]:
            return "lapsed"
        if lem in r["negotiating"]:
            return "negotiating"
        if aux & {"could", "might", "may", "would", "should"} and lem not in ("say",):
            return "planned"
        if lem in (
            "plan",
            "intend",
            "aim",
            "seek",
            "consider",
            "propose",
            "hope",
            "expect",
            "want",
            "explore",
            "eye",
            "weigh",
            "pursue",
            "discuss",
        ):
            return "planned" if lem != "discuss" else "negotiating"
        already = any(c.lower_ in r["existing_markers"] for c in verb.children if c.dep_ == "advmod")
        if lem in r["signed"]:
            if already or _earlier_year(verb, ctx):
                return "existing"
            return "signed" if "will" not in aux else "planned"
        if lem in r["announced"]:
            if already or _earlier_year(verb, ctx):
                return "existing"
            if "will" in aux:
                return "planned"
            return "announced"
        if lem == "have":
            return "existing"
    if t.dep_ in ("pobj",) and t.head.lower_ in ("on", "over") and t.head.head.lower_ in ("talks", "negotiations"):
        return "negotiating"
    return "existing"


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _earlier_year(v: Token, ctx: Context) -> bool:
    """A time phrase on the verb that lies before the article's month: background."""
    if ctx.year is None:
        return False
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if (
                    o.lower_ in MONTHS
                    and ctx.month
                    and MONTHS.index(o.lower_) + 1 != ctx.month
                    and v.tag_ in ("VBD", "VBN")
                ):
                    return True
    for tok in v.subtree:
        if re.fullmatch(r"(19|20)\d\d", tok.text) and int(tok.text) < ctx.year:
            return True
        if tok.lower_ in ("last", "previous") and tok.head.lower_ == "year":
            return True
    return False


def _date(v: Token | None, sent: Span) -> str | None:
    if v is None:
        return None
    for ent in sent.ents:
        if ent.label_ == "DATE" and ent.root.head.i in {v.i, *[c.i for c in v.children]}:
            return ent.text
    return None


def find_agreements(sent: Span, ctx: Context) -> list[AgreementFact]:
    r = _rules()["agreement"]
    nouns = set(r["nouns"]) | set(r["initiative_nouns"])
    facts: list[AgreementFact] = []
    for t in sent:
        lem = _lemma(t)
        if lem not in nouns and t.lower_ not in ("mou", "mous", "memorandums", "memoranda"):
            continue
        nounlike = t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos")
        if not nounlike:
            continue
        name = _named(t) or _project_name(t)
        if lem in set(r["initiative_nouns"]) - set(r["nouns"]) and not name:
            continue
        if lem == "project" and not name:
            continue
        v = governing_verb(t.head) if t.head.i != t.i else None
        subj_codes, company = resolve_subject(v, ctx) if v is not None else ([], False)
        if v is not None and t.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "agent" for c in v.children):
            subj_codes = []
        with_codes = _with_parties(t, ctx) + (
            _with_parties(v, ctx) if v is not None and t.dep_ in ("dobj", "nsubjpass", "attr", "pobj") else []
        )
        if t.dep_ == "nsubjpass" and not subj_codes and with_codes and v is not None and v.dep_ == "ccomp":
            # "Japanese officials indicated that a framework could be signed with Washington": the speakers' country
            subj_codes = [c for c in countries_in(subject_tokens(v.head)) if c not in with_codes]
        if (
            name
            and v is not None
            and _is_membership(v)
            and not with_codes
            and _status(t, v, ctx, sent) in ("planned", "negotiating")
        ):
            continue  # "would consider taking part in Project Vault": a prospective member, not a party
        member_of = t.dep_ == "pobj" and t.head.lower_ == "of" and _lemma(t.head.head) in r["membership_nouns"]
        if t.dep_ == "pobj" and t.head.lower_ in r["reference_prepositions"] and not with_codes and not member_of:
            subj_codes = []  # "financed under the Critical Minerals Framework" mentions it; nobody agrees anything here
        if (
            v is not None
            and with_codes
            and len(with_codes) >= 2
            and any(_lemma(x) in r["witness_verbs"] for x in verb_chain(v))
        ):
            subj_codes = []  # "Trump witnessed the signing of a declaration between Thailand and Cambodia"
        relcl = [c for c in t.children if c.dep_ in ("relcl", "acl")]
        for rc in relcl:
            codes, comp = resolve_subject(rc, ctx)
            subj_codes = subj_codes or codes
            company = company or comp
            with_codes += _with_parties(rc, ctx)
            v = v or rc
        mod_codes = _modifier_parties(t)
        if name:
            mod_codes += [c for c in _grouping_members(t) if c not in mod_codes]
        parties: list[str] = []
        for c in mod_codes + subj_codes + with_codes:
            if c not in parties:
                parties.append(c)
        if company and not with_codes and not mod_codes:
            continue
        if any(is_company(c) for c in t.children if c.dep_ in ("compound", "poss") and not _same_entity(c, t)):
            continue
        if len(parties) < 2 and not name:
            if (
                len(subj_codes) == 1
                and t.tag_ in ("NNS", "NNPS")
                and (_counted_partners(t) or (v is not None and _counted_partners(v)))
            ):
                status = _status(t, v, ctx, sent)
                if status:
                    type_ = r["type_by_noun"].get(lem, "agreement")
                    ctx.pending_list = (subj_codes, type_, status, int(r["list_continuation_window"]))
            continue
        if not parties:
            continue
        status = _status(t, v, ctx, sent)
        if status is None:
            continue
        minerals = sorted({x.ent_kb_id_ for x in t.subtree if x.ent_type_ == "MINERAL"})
        announcers = [
            e.text
            for e in sent.ents
            if e.label_ == "PERSON" and v is not None and (e.root.head == v or e.root.head in verb_chain(v))
        ]
        type_ = r["type_by_noun"].get(lem, "initiative" if name else "agreement")
        if t.lower_ in ("mou", "mous", "memorandums", "memoranda") or lem == "memorandum":
            type_ = "mou"
        if any(w.lower_ in r["truce_words"] for w in sent):
            type_ = "truce"
        rule = f"agreement.{'named' if name else 'noun'}.{lem}"
        date = _date(v, sent)
        plural = t.tag_ in ("NNS", "NNPS") and not name
        if (
            plural
            and len(subj_codes) > 1
            and len(with_codes) == 1
            and not mod_codes
            and with_codes[0] not in subj_codes
        ):
            # "The Philippines and Indonesia, which reached tariff deals with Washington": one deal each
            for one in subj_codes:
                facts.append(
                    AgreementFact(
                        t,
                        [one, with_codes[0]],
                        status,
                        None,
                        type_,
                        minerals,
                        announcers,
                        date,
                        rule=rule + ".distributed_subjects",
                        confidence=0.7,
                    )
                )
            continue
        if plural and len(subj_codes) == 1 and len([c for c in parties if c not in subj_codes]) > 1:
            # "reached deals with Japan, Australia and Thailand": one bilateral deal per partner
            for other in (c for c in parties if c not in subj_codes):
                facts.append(
                    AgreementFact(
                        t,
                        [subj_codes[0], other],
                        status,
                        None,
                        type_,
                        minerals,
                        announcers,
                        date,
                        rule=rule + ".distributed",
                        confidence=0.75,
                    )
                )
            continue
        facts.append(
            AgreementFact(
                t,
                parties,
                status,
                name,
                type_,
                minerals,
                announcers,
                date,
                rule=rule,
                confidence=0.8 if len(parties) > 1 else 0.6,
            )
        )
    return _merge_same_clause(facts)


def _same_entity(a: Token, b: Token) -> bool:
    """Both tokens inside one entity span: 'Minerals' in 'Critical Minerals Framework' is no company."""
    return (
        a.ent_iob_ != "O"
        and b.ent_iob_ != "O"
        and any(e.start <= a.i < e.end and e.start <= b.i < e.end for e in a.doc.ents)
    )


def _grouping_members(t: Token) -> list[str]:
    """'the Quad Critical Minerals Initiative': the members of a grouping named in the initiative's name."""
    g = gazetteer()
    for x in t.doc[max(t.sent.start, t.i - 6) : t.i]:
        if x.ent_type_ == "ORG" and x.ent_kb_id_ in g.members:
            return list(g.members[x.ent_kb_id_])
    return []


def _is_membership(v: Token) -> bool:
    verbs = _rules()["agreement"]["membership_verbs"]
    for verb in verb_chain(v):
        lem = _lemma(verb)
        if lem in verbs or (lem == "take" and any(c.lower_ == "part" for c in verb.children)):
            return True
    return False


def _counted_partners(t: Token) -> bool:
    """'partnerships with 14 countries': the partners are counted, not named."""
    count_nouns = set(_rules()["participation"]["count_nouns"])
    for prep in _pp_chain_preps(t):
        for obj in prep.children:
            if obj.lower_ in count_nouns and not countries_in([obj]):
                return True
    return False


def find_listed_partners(sent: Span, ctx: Context) -> list[AgreementFact]:
    """The list a counted plural announced: 'The most recent were Australia, Serbia and Norway.'

    Applies to the next few sentences whose verb is a copula or 'include' and
    whose subject names no country; each listed country becomes a bilateral
    agreement with the earlier subject.
    """
    if ctx.pending_list is None:
        return []
    subj, type_, status, left = ctx.pending_list
    r = _rules()["agreement"]
    root = sent.root
    nouns = set(r["nouns"])
    subject = subject_tokens(root) if root.pos_ in ("VERB", "AUX") else []
    listed = [c for c in countries_in([x for x in sent if x.i > root.i]) if c not in subj]
    if (
        _lemma(root) not in r["list_continuation_verbs"]
        or not subject
        or countries_in(subject)
        or any(_lemma(x) in nouns for x in sent)
        or len(listed) < 2
    ):
        ctx.pending_list = (subj, type_, status, left - 1) if left > 1 else None
        return []
    ctx.pending_list = (subj, type_, status, left)
    seen: list[str] = []
    for c in listed:
        if c not in seen:
            seen.append(c)
    return [
        AgreementFact(
            root, [subj[0], c], status, None, type_, [], [], None, rule="agreement.list_continuation", confidence=0.6
        )
        for c in seen
    ]


def _merge_same_clause(facts: list[AgreementFact]) -> list[AgreementFact]:
    """One fact per agreement noun phrase: 'frameworks or memorandums' is one mention."""
    out: list[AgreementFact] = []
    for f in facts:
        twin = next(
            (
                o
                for o in out
                if set(o.parties) == set(f.parties)
                and (o.trigger.head == f.trigger or f.trigger.head == o.trigger or f.trigger in o.trigger.conjuncts)
            ),
            None,
        )
        if twin is None:
            out.append(f)
    return out
