"""States that follow a hub's series of instruments: 'Namibia and Kazakhstan followed in 2022'.

A fact sheet or a chronology tells a state's instruments as a series: "The first partnerships, with Canada and
Ukraine, date from 2021. Namibia and Kazakhstan followed in 2022 and five more partners, including Chile and the
Democratic Republic of Congo, in 2023."  The later states join the series by a verb of succession
(``agreement.succession_verbs``) with no object but a partner noun: each is a partner of the story's hub
(``Context.hub``: the one state paired with two or more partners so far), and a partner noun's included states
are too.
The series was told in the past, so each set is existing.  Without a hub, or with a subject that names the hub
itself, nothing is read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["series_followers"]

RULE = "agreement.series_followers"


def _followers(v: Token) -> list[str]:
    """The subject's states and those a partner noun after the verb includes ('five more partners, including A')."""
    out = countries_in(subject_tokens(v))
    members = _w("agreement.member_nouns")
    for o in (c for c in v.children if c.dep_ == "dobj" and lemma(c) in members):
        out += [
            x
            for p in o.children
            if p.lower_ in _w("agreement.inclusion_prepositions")
            for x in countries_in(list(p.subtree))
        ]
    return list(dict.fromkeys(out))


def series_followers(sent: Span, ctx: Context, found: list[AgreementFact]) -> list[AgreementFact]:
    """One existing set of the hub and each state that follows its series."""
    hub = ctx.hub()
    if hub is None or found:
        return []
    out: list[AgreementFact] = []
    for v in sent:
        if v.pos_ != "VERB" or lemma(v) not in _w("agreement.succession_verbs") or has_neg(v):
            continue
        if any(c.dep_ == "dobj" and lemma(c) not in _w("agreement.member_nouns") for c in v.children):
            continue  # 'Canada followed the talks closely': a thing followed, no series joined
        clauses = any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" for c in v.children)  # 'followed, imposing'
        if clauses or any(c.lower_ in _w("agreement.succession_senses") for c in v.children):
            continue  # 'C followed with a ban', 'followed closely behind as the second producer': another sense
        if not any(x.ent_type_ in ("GPE", "NORP") for x in subject_tokens(v)):
            continue  # "C's retaliation followed in October": the subject is no state
        states = _followers(v)
        if not states or hub in states:
            continue
        rule = rules().rule(RULE)
        out += [AgreementFact(v, [hub, s], STATUS.existing, None, "agreement", [], [], None, rule, 0.5) for s in states]
    return out
