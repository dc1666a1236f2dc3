"""The host of a series of like instruments, where the clause that lists the partners does not name it.

"For Washington, the framework joins similar instruments signed in recent weeks with A, B and C": the host is
the state of a phrase that opens the sentence ('For <state>,', ``agreement.host_prepositions``), not the story's
hub or the instrument's own sides. "The Memorandum is part of a network of such partnerships that the Union has
concluded with countries including A, B and C": the relative clause hangs on the collective noun
(``agreement.quantity_nouns``: network, series, web), yet it tells who concluded the plural instruments the
collective is 'of'. "..., with which A concluded the X in 2023, and which is negotiating its own arrangement
with B": the parser hangs the second relative clause off the main verb, and its 'which' still stands for the
first clause's antecedent, not for the story's last subject.  The partners themselves come from the ordinary
party rules; a plural instrument gives one set per partner (``agreement_facts``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import PROSPECTIVE, STATUS

__all__ = [
    "collective_clauses",
    "fronted_host",
    "joined_series",
    "partner_clause_host",
    "ranked_owner",
    "set_off_apposition",
    "stranded_antecedent",
]


def fronted_host(sent: Span) -> list[str]:
    """The one state of a 'For <state>,' phrase that opens the sentence and hangs on its root; else none."""
    root = sent.root
    for p in (x for x in root.children if x.dep_ == "prep" and x.i < root.i):
        if p.lower_ not in _w("agreement.host_prepositions") or not _opens(p, sent):
            continue
        objects = [o for o in p.children if o.dep_ == "pobj"]
        end = max((y.i for o in objects for y in o.subtree), default=p.i)
        if end + 1 >= sent.end or sent.doc[end + 1].text != ",":
            continue  # 'For years the EU has ...', 'for the first time': no comma-closed state
        states = countries_in([y for o in objects for y in (o, *o.conjuncts)])
        return states if len(states) == 1 else []
    return []


def _opens(p: Token, sent: Span) -> bool:
    """Only punctuation or quotes before the preposition in its sentence."""
    return all(x.is_punct or x.is_space for x in sent.doc[sent.start : p.i])


def collective_clauses(t: Token) -> list[Token]:
    """Relative clauses on the collective a plural instrument is 'of' ('a network of such partnerships that the
    Union has concluded'): they tell of the instruments, not of the collective."""
    if t.tag_ not in ("NNS", "NNPS") or t.dep_ != "pobj" or t.head.lower_ not in _w("syntax.of_prepositions"):
        return []
    collective = t.head.head
    if collective.lemma_.lower() not in _w("agreement.quantity_nouns"):
        return []
    # only a clause that names who made them ('that the Union has concluded'), not one where they act ('a series
    # of agreements that will strengthen industry')
    pronouns = _w("agreement.relative_pronouns")
    return [
        x
        for x in collective.children
        if x.dep_ == "relcl" and x.i > t.i and any(s.lower_ not in pronouns for s in subject_tokens(x))
    ]


def stranded_antecedent(verb: Token) -> list[str]:
    """'..., with which A concluded X, and which is negotiating Y': a relative pronoun subject of a verb that is no
    relative clause (the parser hung it elsewhere) stands for the antecedent of the nearest relative clause before
    it in the sentence; the antecedent's states, else none."""
    pronouns = [x for x in _pronoun_subjects(verb) if x.lower_ in _w("agreement.relative_pronouns")]
    if verb.dep_ != "conj" or len(pronouns) != 1 or pronouns[0].i == 0:
        return []
    if verb.doc[pronouns[0].i - 1].lower_ not in _w("agreement.stranded_relative_links"):
        return []  # 'and which', 'but which': a second relative clause, not a question or a clause of its own
    before = [x for x in verb.sent if x.i < pronouns[0].i and x.pos_ in ("VERB", "AUX") and _relative(x)]
    if not before:
        return []
    # "cooperation with Mexico, with which ...": the parser may hang the clause on a noun further up; the word
    # right before the clause (past its comma) is the antecedent then
    left = before[-1].left_edge.i - 1
    while left > verb.sent.start and verb.doc[left].is_punct:
        left -= 1
    return countries_in([before[-1].head]) or countries_in([verb.doc[left]])


def _relative(v: Token) -> bool:
    """A clause opened by a relative pronoun, as its argument or a preposition's ('which A signed', 'with which A
    concluded'), however the parser labelled the clause (relcl, or advcl when it hangs it on the main verb)."""
    pronouns = _w("agreement.relative_pronouns")
    args = [*v.children, *(g for c in v.children if c.dep_ == "prep" for g in c.children)]
    return any(x.lower_ in pronouns and x.tag_ in ("WDT", "WP") and x.i < v.i for x in args)


def _pronoun_subjects(verb: Token) -> list[Token]:
    return [x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass") and x.tag_ in ("WDT", "WP")]


def joined_series(t: Token, v: Token | None) -> str | None:
    """'the framework joins similar instruments signed in recent weeks with A', 'the memorandum adds to similar
    frameworks': a plural instrument that another instrument, as the verb's subject, joins is the series before it
    (existing) where its own participle commits ('signed', 'concluded'), under way where it is being negotiated or
    planned ('similar instruments now being negotiated with A'); None for any other instrument."""
    if v is None or t.tag_ not in ("NNS", "NNPS"):
        return None
    direct = t.dep_ == "dobj" and t.head.i == v.i
    via = t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == v.i
    nouns = agreement_words()
    # active: the told instrument joins the series; 'was announced together with similar frameworks' is news of both
    if not (direct or via) or not any(x.dep_ == "nsubj" and x.lemma_.lower() in nouns for x in subject_tokens(v)):
        return None
    own = [x.lemma_.lower() for x in t.children if x.dep_ in ("acl", "relcl")]
    for status in PROSPECTIVE:
        if any(x in _w(f"status.{status}") for x in own):
            return status
    return STATUS.existing


def ranked_owner(t: Token) -> list[str]:
    """'the instrument is its tenth raw-materials partnership', 'Peru's fourth such memorandum': a singular instrument
    ranked in its owner's series (``agreement.rank_words``) by a possessor; the possessor's state, where 'its' is the
    nearest subject or possessor before it that is no instrument (the instrument is what is ranked, not who owns it).
    """
    ranked = any(x.dep_ == "amod" and x.lower_ in _w("agreement.rank_words") for x in t.children)
    if t.tag_ not in ("NN", "NNP") or not ranked:
        return []
    poss = next((x for x in t.children if x.dep_ == "poss"), None)
    if poss is None:
        return []
    if poss.lower_ not in _w("agreement.own_possessives"):
        return countries_in([poss])
    nouns = agreement_words()
    for x in reversed(t.sent[: poss.i - t.sent.start]):
        if x.pos_ in ("NOUN", "PROPN") and x.dep_ in ("poss", "nsubj", "nsubjpass") and x.lemma_.lower() not in nouns:
            return countries_in([x])  # the nearest owner decides, a state or not
    return []


def partner_clause_host(verb: Token | None) -> list[str]:
    """'Serbia will become the fourteenth partner with which the EU has concluded a partnership, following
    agreements with A, B and C': where the clause's attribute is a partner noun (``agreement.rank_holder_nouns``)
    whose own clause names who deals with it, that state hosts the series, not the clause's subject (the newest
    partner). Its clause's subject ('with which the EU has concluded', 'that the Union has signed with'), else the
    partner of an infinitive ('the latest country to sign a memorandum with the EU'); one state, else none."""
    if verb is None:
        return []
    # 'to sign a partnership with H, following ...': the aside ('following' tagged a verb) may hang on the infinitive
    # or on the clause on the partner; the copula is above them
    for _ in range(3):
        if verb.dep_ in ("prep", "xcomp", "advcl"):
            verb = verb.head
        elif verb.dep_ in ("relcl", "acl") and verb.head.dep_ in ("attr", "oprd"):
            verb = verb.head.head
    nouns, pronouns = _w("agreement.rank_holder_nouns"), _w("agreement.relative_pronouns")
    own = set(countries_in(subject_tokens(verb)))
    for attr in (x for x in verb.children if x.dep_ in ("attr", "oprd") and x.lemma_.lower() in nouns):
        # the parser may hang 'to sign' on the copula rather than on its attribute
        infinitives = [x for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.i > attr.i]
        for clause in [*(x for x in attr.children if x.dep_ in ("relcl", "acl")), *infinitives]:
            subjects = [s for s in subject_tokens(clause) if s.lower_ not in pronouns]
            states = countries_in(subjects) if subjects else _with_partners(clause)
            states = [x for x in states if x not in own]
            if len(states) == 1:
                return states
    return []


def _with_partners(clause: Token) -> list[str]:
    """The states of the 'with' phrases of an infinitive and of its object ('to sign a memorandum with the EU')."""
    heads = [clause, *(x for x in clause.children if x.dep_ == "dobj")]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _w("agreement.with_prepositions")]
    return countries_in([o for p in preps for o in p.children if o.dep_ == "pobj"])


def set_off_apposition(t: Token, v: Token | None) -> list[Token]:
    """'Qatar signed the Pax Silica declaration, the US-led grouping on chips, at a ceremony': a common noun in
    apposition to the instrument describes it (its leader's premodifier is a party), also a definite one set off by a
    comma right after the instrument's phrase that the parser hangs on the verb."""
    out = [a for a in t.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    if v is None or t.dep_ not in ("dobj", "pobj"):
        return out
    end = t.right_edge.i
    if end + 2 >= len(t.doc) or t.doc[end + 1].text != ",":
        return out
    for x in (c for c in v.children if c.dep_ in ("npadvmod", "appos", "dobj") and c.i > end + 1):
        if x.left_edge.i == end + 2 and x.left_edge.dep_ == "det" and x.pos_ == "NOUN":
            out.append(x)
    return out
