"""Partners a relative clause's antecedent lists: 'Countries with which the US has a memorandum include A and B'.

The instrument's partner phrase holds only the relative word ('with which'); the partners are the states its
antecedent (a collective noun of states, ``agreement.member_antecedents``) stands for, which the sentence lists
through the antecedent's own verb of inclusion or copula ('... include A, B and C', 'are A and B'), through a
copula whose complement the antecedent is ('A, B and C are (among) the countries with which ...'), or through a
series opener inside the antecedent's phrase ('..., such as A and B', 'including A').  Each listed state has its
own instrument with the clause's subject, as with any distributed series.  Word lists:
``agreement.party_prepositions``, ``agreement.relative_partner_words``, ``agreement.member_antecedents``,
``agreement.list_continuation_verbs``, ``agreement.inclusion_prepositions``, ``agreement.partitive_prepositions``,
``agreement.series_openers``, ``agreement.list_exclusions``; a lapsing or ending verb ('has ended',
``agreement.partner_ending_verbs``) lists none.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["ANTECEDENT_RULE", "antecedent_members"]

ANTECEDENT_RULE = "agreement.antecedent_members"
_LISTING_DEPS = ("dobj", "attr", "oprd")


def antecedent_members(v: Token | None) -> list[str]:
    """The states the antecedent of a relative partner phrase on ``v`` lists; none when nothing lists them or the
    listing verb is negated ('Countries with which X has a deal do not include B')."""
    if (
        v is None
        or v.dep_ != "relcl"
        or not _relative_partner(v)
        or lemma(v) in _w("status.lapsed", "agreement.partner_ending_verbs")
    ):
        return []  # 'countries with which X has ended agreements': no partner now
    head = v.head
    if head.lower_ not in _w("agreement.member_antecedents"):
        return []
    listed = _listing_verb_objects(head) + _complement_subjects(head) + _series_after(head, v)
    excluded = {code for x in head.sent if _excluded(x) for code in countries_in([x])}  # 'A and B but not C'
    return [x for x in dict.fromkeys(listed) if x not in excluded]


def _excluded(x: Token) -> bool:
    """'A and B but not C': a state the list names with a negation right before it."""
    doc = x.doc
    return x.i > 0 and doc[x.i - 1].lower_ in _w("agreement.list_exclusions") and x.ent_type_ in ("GPE", "NORP")


def _relative_partner(v: Token) -> bool:
    """The clause's partner phrase is the relative word itself ('with which', 'with whom'), on the verb or on its
    object, where the parser may hang it."""
    preps = _w("agreement.party_prepositions")
    relative = _w("agreement.relative_partner_words")
    objects = [o for o in v.children if o.dep_ in ("dobj", "nsubjpass")]  # 'has partnerships with which': on the noun
    return any(
        p.dep_ == "prep" and p.lower_ in preps and any(o.dep_ == "pobj" and o.lower_ in relative for o in p.children)
        for h in (v, *objects)
        for p in h.children
    )


def _listing_verb_objects(head: Token) -> list[str]:
    """'Countries with which ... include A and B', '... are A and B': the antecedent's own verb, or a verb the
    parser coordinated with the clause ('are those with which ..., and include A and B')."""
    verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for r in head.children if r.dep_ == "relcl" for c in r.conjuncts if c.i > r.i]
    if head.dep_ == "attr":  # 'Qualifying countries are those with which ...': the copula's other verbs
        verbs += [c for c in head.head.conjuncts if c.i > head.i]
    out: list[str] = []
    for verb in verbs:
        if lemma(verb) not in _w("agreement.list_continuation_verbs") or has_neg(verb):
            continue
        out += countries_in([o for o in verb.children if o.dep_ in _LISTING_DEPS and o.i > head.i])
    return out


def _complement_subjects(head: Token) -> list[str]:
    """'A, B and C are the countries with which ...', '... are among the countries with which ...'."""
    copula = head.head
    among = _w("agreement.inclusion_prepositions", "agreement.partitive_prepositions")
    if head.dep_ == "pobj" and copula.lower_ in among:
        copula = copula.head
    elif head.dep_ != "attr":
        return []
    if lemma(copula) not in _w("agreement.list_continuation_verbs") or has_neg(copula):
        return []
    return countries_in([s for s in subject_tokens(copula) if s.i < head.i])


def _series_after(head: Token, v: Token) -> list[str]:
    """'..., such as A and B', '..., including A': a series opener inside the antecedent's phrase, after the
    clause's verb, introduces its members however the parser hangs it."""
    openers = _w("agreement.inclusion_prepositions")
    doc = head.doc
    out: list[str] = []
    for x in head.subtree:
        if x.i <= v.i or x.dep_ != "prep":
            continue
        such = x.i > 0 and doc[x.i - 1].lower_ + " " + x.lower_ in _w("agreement.series_openers")
        if x.lower_ in openers or such:
            out += countries_in([o for o in x.children if o.dep_ == "pobj"])
    return out
