"""Agreements stated as lists: members of a named agreement, partners a counted plural announced.

"MSP partners include Australia, Canada, ... and the European Union" lists the
members of one agreement; "Canada has signed partnerships with 14 countries.
The most recent were Australia, Norway and Chile." announces a count and gives
the list in the next sentences (``Context.pending_list``).
The states of a list's items are read by ``list_items``; the series an "including" phrase opens after a
counted plural by ``counted_series``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.antecedent_members import antecedent_members
from cmkg.nlp.components.candidate import AgreementFact, Candidate
from cmkg.nlp.components.list_items import inline_items, item_countries, pure_items
from cmkg.nlp.components.names import agreement_name
from cmkg.nlp.components.parties import Context, lemma, pp_chain_preps
from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.series_steps import names_other_state, series_steps
from cmkg.nlp.components.syntax import (
    countries_in,
    country_of_token,
    grouping_token,
    has_neg,
    relative_owner,
    subject_tokens,
)
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "find_member_lists",
    "fold_owned_members",
    "find_bulleted_members",
    "find_listed_partners",
    "following_list",
    "owned_series",
]

LOOSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "npadvmod"})
LOOSE_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp", "npadvmod", "dep", "appos"})


def find_member_lists(sent: Span, ctx: Context) -> list[AgreementFact]:
    """Members listed in one clause: one agreement of the members.

    'MSP partners include A, B, ... and the EU', 'the Z, whose members are A, B and C, met', and
    with the agreement itself as subject, 'the Z comprises / brings together A, B and C'.
    """
    for verb in (x for x in sent if x.pos_ in ("VERB", "AUX")):
        # the parser reads long names and lists loosely: "Compact" as a compound, "Chile" as npadvmod
        subject = subject_tokens(verb) or [x for x in verb.lefts if x.dep_ in LOOSE_SUBJECT_DEPS]
        objects = [x for x in verb.rights if x.dep_ in LOOSE_OBJECT_DEPS and x.ent_type_ == "GPE" and x.ent_kb_id_]
        composed = _composition_objects(verb)  # "The Z is made up of A, B and C"
        objects = objects or composed
        row = _opened_row(verb)
        if not subject or not (objects or row):
            continue
        if any(antecedent_members(r) for r in subject[0].children if r.dep_ == "relcl"):
            continue  # "Partners with which A could sign a deal include B and C": A's partners, not members
        owner = None
        if lemma(subject[0]) in _w("agreement.member_nouns") and lemma(verb) in _w("agreement.list_continuation_verbs"):
            owner = _name_head(relative_owner(verb)) if verb.dep_ == "relcl" else None  # "the Z, whose members are A"
            name = " ".join(x.text for x in subject[0].lefts if x.dep_ in ("compound", "poss", "nmod")) or None
            name = _instrument_before(sent) if name and name.lower() in _w("agreement.own_possessives") else name
            name = _initiative_name(owner) if owner is not None else name
            if owner is not None and name is None and grouping_token(owner) is not None:
                continue  # "the Mercosur bloc, whose members are A and B": who the bloc is, not an agreement
        elif (
            (lemma(verb) in _w("agreement.member_list_verbs") or composed)
            and _named_subject(subject)
            and not _series_owner(_named_subject(subject))  # "Japan's partnerships include A, B": bilateral ones
        ):
            name = _initiative_name(_named_subject(subject))  # "the Z comprises A, B and C"
        else:
            continue
        listed = countries_in(objects)
        listed = row if len(row) > len(listed) else listed
        if owner is not None:  # "A is a member of the Z, whose members also include B and C": A is one too
            listed = list(dict.fromkeys(_member_subject(owner) + listed))
        if len(listed) >= 2:
            rule = rules().rule("agreement.member_list")
            return [AgreementFact(verb, listed, STATUS.existing, name, "agreement", [], [], None, rule, 0.6)]
    return []


def _composition_objects(verb: Token) -> list[Token]:
    """The states of the 'of' phrase of a composition verb ('consists of A and B', 'is made up of A and B')."""
    if lemma(verb) not in _w("agreement.composition_verbs"):
        return []
    particle = rules().table("agreement.composition_particles").get(lemma(verb))
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return []
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions")
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE" and o.ent_kb_id_
    ]


def _instrument_before(sent: Span) -> str | None:
    """'We decided to establish the X Working Group. Its members are: ...': the instrument a possessive pronoun
    before the member noun points to, the last one the sentence before names."""
    before = sentences_before(sent, 1, breaks="skip")
    heads = [x for x in (before[0] if before else []) if x.pos_ in ("NOUN", "PROPN") and _instrument_head(x)]
    return agreement_name(heads[-1]) if heads else None


def _instrument_head(x: Token) -> bool:
    """An agreement or initiative noun, or a head that is one with its modifier ('Working Group', 'action plan')."""
    modifiers = rules().table("agreement.compound_heads").get(lemma(x), ())
    return lemma(x) in agreement_words() or any(
        c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in x.children
    )


def _name_head(owner: Token) -> Token:
    """'the Z Declaration on Battery Metals, whose members ...': the parser hangs the clause on the name's last
    noun; the instrument is the noun its phrases hang from."""
    x = owner
    name_preps = _w("agreement.name_prepositions")  # a name's own phrases ("on Battery Metals"), never "with Z"
    while (
        x.dep_ == "pobj"
        and x.head.dep_ == "prep"
        and x.head.lower_ in name_preps
        and lemma(x.head.head) in agreement_words()
    ):
        x = x.head.head
    return x


def _member_subject(owner: Token) -> list[str]:
    """The states a copula makes members of the instrument the relative clause follows: 'A is a member of the
    Z, whose members also include B and C' lists A with B and C; a denied membership adds nobody."""
    prep = owner.head if owner.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _w("agreement.format_prepositions") and prep.head.pos_ in ("VERB", "AUX"):
        return _working_through(prep.head)  # "the Department had been working through the Z, whose members ..."
    noun = prep.head if prep is not None and prep.dep_ == "prep" else None
    if noun is None or lemma(noun) not in _w("agreement.membership_nouns") or noun.dep_ != "attr":
        return []
    copula = noun.head
    return [] if has_neg(copula) else countries_in(subject_tokens(copula))


def _working_through(verb: Token) -> list[str]:
    """The states of the subject that works through the instrument; a bare government body ('the Department')
    on a government's page is that government's."""
    subject = subject_tokens(verb)
    bodies = _w("officials.government_body_nouns", "agreement.government_nouns")
    publisher = verb.doc._.cmkg_publisher
    bare = publisher is not None and any(lemma(s) in bodies and not countries_in(list(s.subtree)) for s in subject)
    return [] if has_neg(verb) else countries_in(subject) or ([publisher] if bare else [])


def _opened_row(verb: Token) -> list[str]:
    """'The members are:\n\nA | B | C': the states of a pure list right after a list opener on the verb (the
    splitter may cut the row from its sentence, and the parser hang its states anywhere)."""
    doc = verb.doc
    opener = next((x for x in doc[verb.i + 1 : verb.i + 3] if x.text in _w("agreement.list_openers")), None)
    return pure_items(doc[opener.i + 1 :]) if opener is not None else []


def _named_subject(subject: list[Token]) -> Token | None:
    """The agreement among the subject's conjuncts: a heading before it can join the subject phrase."""
    apposed = [a for s in subject for a in s.children if a.dep_ == "appos"]  # "Heading\n\nThe Z brings"
    for x in (x for s in subject + apposed for x in (s, *s.conjuncts)):
        if _initiative_name(x) or lemma(x) in agreement_words():
            return x
    return None


def _initiative_name(t: Token) -> str | None:
    """The name of a named agreement or initiative ``t`` heads, or an acronym standing for one ('the MSP')."""
    if lemma(t) in agreement_words():
        return agreement_name(t)
    if not (t.text.isupper() and len(t.text) > 1):
        return None
    for head in (x for x in t.doc[: t.i] if lemma(x) in agreement_words() and x.text[:1].isupper()):
        if initials(head) == t.text:  # "the Minerals Security Partnership (MSP)" ... "the MSP"
            return t.text
    return None


def initials(head: Token) -> str:
    """'MSP' for 'Minerals Security Partnership': the capitals of the name's words up to its head noun."""
    words = [x for x in head.doc[head.left_edge.i : head.i + 1] if x.text[:1].isupper() and x.dep_ != "det"]
    return "".join(x.text[0] for x in words)


def find_bulleted_members(sent: Span, ctx: Context) -> list[AgreementFact]:
    """'The X Partnership has the following members:' and then one country per bulleted line.

    The subject is an agreement or initiative noun, the object a member noun, and a list opener
    (a colon) follows it; each bulleted line after it that starts with a country adds a member.
    The lines are read off the document's tokens, since sentence splitting cuts lists anywhere.
    """
    for verb in (x for x in sent if lemma(x) in _w("agreement.member_list_verbs") and x.pos_ in ("VERB", "AUX")):
        objects = [x for x in verb.children if x.dep_ in ("dobj", "attr") and lemma(x) in _w("agreement.member_nouns")]
        named = _named_subject(subject_tokens(verb))
        if not objects or named is None:
            continue
        opener = objects[0].i + 1  # "the following members:"
        if opener >= len(sent.doc) or sent.doc[opener].text not in _w("agreement.list_openers"):
            continue
        items = sent.doc[opener + 1 :]
        members = item_countries(items)
        members = members if len(members) >= 2 else inline_items(items)
        if len(members) < 2:
            continue
        head = named
        named = [x for x in sent.doc[head.left_edge.i : head.i + 1] if x.dep_ != "det"]
        name = " ".join(x.text for x in named) if head.text[:1].isupper() else None
        type_ = rules().table("agreement.type_by_noun").get(lemma(head), "initiative" if name else "agreement")
        rule = rules().rule("agreement.bulleted_members")
        return [AgreementFact(verb, members, STATUS.existing, name, type_, [], [], None, rule, 0.6)]
    return []


def following_list(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The memoranda were signed ... with the following counterparts: - A, represented by ...; - B ...'.

    A 'with' object announced by 'following' and a list opener: the states that open the list's
    items are the partners (one agreement each, when the noun is plural).
    """
    doc = c.t.doc
    for p in (p for a in [c.t] + ([c.v] if c.v is not None else []) for p in pp_chain_preps(a)):
        for w, o in ((x, h) for x in p.children if x.dep_ == "pobj" for h in _of_chain(x)):
            heralded = any(a.dep_ == "amod" and a.lower_ in _w("agreement.list_heralds") for a in o.children)
            opener = _clause_opener(o) if heralded else None
            if opener is None:
                continue
            items = doc[opener + 1 :]
            members = item_countries(items)
            members = members if len(members) >= 2 else inline_items(items)
            members = members if len(members) >= 2 else pure_items(items)
            if len(members) < 2:
                continue
            # 'with the governments of the following countries': the list is who 'the governments' are
            c.with_ = members if w is not o else c.with_ + [m for m in members if m not in c.with_]
            c.subj = [s for s in c.subj if s not in members]  # the parser may hang a listed state on the subject
    return True


def _of_chain(o: Token) -> list[Token]:
    """'with the governments of the following countries': the noun and the nouns it is 'of'."""
    ofs = [p for p in o.children if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions")]
    return [o] + [g for p in ofs for g in p.children if g.dep_ == "pobj"]


def _clause_opener(o: Token) -> int | None:
    """Where the list a heralded noun announces opens: right after the noun or at the end of its clause
    ('the following countries, which are being implemented through working groups:'); a state or a full
    stop before any opener means the noun's list is not the one that follows."""
    for x in o.doc[o.i + 1 :]:
        if x.text in _w("agreement.list_openers"):
            return x.i
        if x.text in (".", ";") or "\n" in x.text or (x.ent_type_ == "GPE" and x.ent_kb_id_):
            return None
    return None


def find_listed_partners(sent: Span, ctx: Context) -> list[AgreementFact]:
    """The partners a series announced: 'The most recent were Australia, Serbia and Norway.'

    A counted plural ('partnerships with 14 countries') is continued in the next few sentences by a list
    after a copula or 'include' whose subject names no country; any open series also by its steps
    (:func:`series_steps`: 'The first two were signed with A and B', 'C and D followed'). Each listed
    country becomes a bilateral agreement with the series' owner. Only a sentence that names another
    state uses up the window.
    """
    if ctx.pending_list is None:
        return []
    subj, type_, status, left, counted = ctx.pending_list
    root = sent.root
    nouns = _w("agreement.nouns")
    subject = subject_tokens(root) if root.pos_ in ("VERB", "AUX") else []
    listed = [c for c in countries_in([x for x in sent if x.i > root.i]) if c not in subj]
    if (
        counted
        and lemma(root) in _w("agreement.list_continuation_verbs")
        and subject
        and not countries_in(subject)
        and not any(lemma(x) in nouns and x.pos_ in ("NOUN", "PROPN") for x in sent)  # not 'according to
        and len(listed) >= 2
    ):
        return [_partner_fact(root, subj[0], c, status, type_) for c in dict.fromkeys(listed)]
    steps = series_steps(sent, ctx)
    if not steps and names_other_state(sent, subj):
        ctx.pending_list = (subj, type_, status, left - 1, counted) if left > 1 else None
    return [_partner_fact(v, subj[0], c, st, type_) for v, partners, st in steps for c in partners]


def _partner_fact(v: Token, owner: str, partner: str, status: str, type_: str) -> AgreementFact:
    rule = rules().rule("agreement.list_continuation")
    return AgreementFact(v, [owner, partner], status, None, type_, [], [], None, rule=rule, confidence=0.6)


def _series_owner(t: Token) -> list[str]:
    """'the EU's partnerships', 'the EU's growing network of partnerships': the state a series belongs to."""
    holders = [t]
    if t.dep_ == "pobj" and t.head.lower_ in _w("syntax.of_prepositions"):
        holders.append(t.head.head)  # "network of partnerships", "series of agreements"
    owners = [x for h in holders for x in h.children if x.dep_ == "poss"]
    return list(dict.fromkeys(code for code in (country_of_token(x) for x in owners) if code))


def owned_series(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'the EU's network of raw materials partnerships, which includes Canada, Ukraine and Namibia',
    'Japan's partnerships include Australia, India and Chile', 'the UK's partnerships with A, B and C': one
    agreement of the owner with each state listed.

    A plural, unnamed agreement noun whose owner is a possessive state, and an inclusion verb (a relative
    clause on the series or the verb whose subject it is) listing the partners; what other rules read
    into the series (the clause's antecedents, the document's pair) gives way to the list.
    """
    plural = c.t.tag_ in ("NNS", "NNPS")
    owner = _series_owner(c.t) if plural and not c.name else []
    if len(owner) != 1:
        return True
    holders = [c.t] + ([c.t.head.head] if c.t.dep_ == "pobj" else [])
    verbs = [x for h in holders for x in h.children if x.dep_ in ("relcl", "acl")]
    verbs += [c.t.head] if c.t.dep_ == "nsubj" else []
    objects = [
        o
        for v in verbs
        if lemma(v) in _w("agreement.inclusion_verbs")
        for o in v.children
        if o.dep_ in ("dobj", "attr")
    ]
    partners = [x for x in countries_in(objects) if x not in owner]
    # "the UK's existing partnerships with A, B and C": the owner's series with the states of its 'with' phrase
    partners = partners or ([x for x in c.with_ if x not in owner] if not c.subj and len(c.with_) >= 2 else [])
    if partners:
        c.subj, c.with_, c.mods = owner, partners, []
        c.rule = "agreement.owned_series"
    return True


def fold_owned_members(listed: list[AgreementFact], found: list[AgreementFact]) -> list[AgreementFact]:
    """'the X Free Trade Agreement, in force for A since 2007, whose other members are B, C and D', 'the Y
    Arrangement (Y), a stand-in for the Appellate Body whose participants include B and C': a nameless 'whose'
    member list in a sentence with one named instrument completes that instrument when the word 'whose' follows
    lies inside the instrument's phrase or is a date after it (the parser hangs the clause anywhere); 'Finland,
    whose other partners ...', 'a summit whose participants ...' are other owners. Returns the lists left."""
    named = [a for a in found if a.name]
    if len(named) != 1:
        return listed
    rule = rules().rule("agreement.member_list")
    kept = []
    for b in listed:
        owner = _whose_owner(b.trigger)
        inside = owner is not None and owner in named[0].trigger.subtree and not owner.ent_kb_id_
        dated = owner is not None and (owner.like_num or owner.ent_type_ == "DATE")
        if b.name is None and b.rule == rule and (inside or dated):
            named[0].parties = list(dict.fromkeys(named[0].parties + b.parties))
            continue
        kept.append(b)
    return kept


def _whose_owner(verb: Token) -> Token | None:
    """The word right before the 'whose' of a member-list verb's member subject ('..., whose members are')."""
    nouns = [s for s in subject_tokens(verb) if lemma(s) in _w("agreement.member_nouns")]
    whose = [c for s in nouns for c in s.children if c.lower_ in _w("export_control.relative_possessives")]
    if not whose:
        return None
    k = whose[0].i - 1
    while k > 0 and verb.doc[k].is_punct:
        k -= 1
    return verb.doc[k] if k >= 0 else None
