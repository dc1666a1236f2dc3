"""Joiners named with the members they join, and signers named beside a state that refused.

"A became the fourth signatory of the compact, joining B, C and D" / "A joined B and C as a
founding signatory of the compact": the membership noun (``agreement.membership_nouns``) the
agreement is 'of' belongs to a clause whose subject is the joiner, and the states it joins are the
object of a joining verb (``agreement.membership_verbs``) on that clause; every one of them is a
party.  "A declined to sign the compact, which B, C and D signed": a refusal
(``status.refusal_verbs``) beside a relative clause whose subject signed it; the clause's subject is
the party set and its verb gives the status, the refuser stays out.  A joiner who becomes a
*signatory* (``agreement.signing_member_nouns``) signed, as news, unless an earlier year dates it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.membership import membership_of
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.status import earlier_year
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens, verb_chain
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["joined_companions", "others_signed", "signatory_status"]

JOINED_RULE = "agreement.joined_companions"
OTHERS_RULE = "agreement.others_signed"


def _membership_clause(t: Token) -> Token | None:
    """The verb whose attribute or 'as' phrase is the membership noun over ``t`` ('became the signatory of')."""
    holder = membership_of(t)
    if holder is None:
        return None
    if holder.dep_ in ("attr", "oprd", "dobj"):
        return holder.head
    if holder.dep_ == "pobj" and holder.head.dep_ == "prep":  # "joined B and C as a founding signatory of"
        return holder.head.head
    return None


def joined_companions(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'A became the fourth signatory of Z, joining B, C and D': the joiner and the states it joins."""
    verb = _membership_clause(c.t)
    if verb is None or has_neg(verb):
        return True
    joiner = countries_in(subject_tokens(verb))
    joining = [verb] if lemma(verb) in _w("agreement.membership_verbs") else []
    joining += [
        x for x in verb.children if x.dep_ in ("advcl", "conj") and lemma(x) in _w("agreement.membership_verbs")
    ]
    joined = [o for v in joining if not has_neg(v) for o in v.children if o.dep_ == "dobj"]
    companions = [x for x in countries_in(joined) if x not in joiner]
    if joiner and companions:
        c.subj = joiner
        c.with_ = [x for x in c.with_ if x not in joiner] + [x for x in companions if x not in c.with_]
        c.rule = JOINED_RULE
    return True


def others_signed(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'A declined to sign Z, which B, C and D signed': the relative clause's signers, not the refuser."""
    chain = verb_chain(c.v) if c.v is not None else []
    if not any(lemma(x) in _w("status.refusal_verbs") for x in chain):
        return True
    committing = making_words()
    for rc in (x for x in sent if x.dep_ == "relcl" and x.i > c.t.i and lemma(x) in committing and not has_neg(x)):
        relative = any(o.lower_ in _w("agreement.relative_pronouns") for o in rc.children if o.dep_ == "dobj")
        signers = countries_in(subject_tokens(rc))
        if relative and len(signers) >= 2:
            c.subj, c.with_, c.v = signers, [], rc
            c.rule = OTHERS_RULE
            return True
    return True


def signatory_status(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'became the fourth signatory of Z on Monday': signing is what a new signatory did (runs after the status)."""
    verb = _membership_clause(c.t) if c.rule == JOINED_RULE else None
    holder = membership_of(c.t)
    signatory = holder is not None and lemma(holder) in _w("agreement.signing_member_nouns")
    if verb is not None and signatory and c.status in (STATUS.existing, STATUS.announced):
        c.status = STATUS.existing if earlier_year(verb, ctx) else STATUS.signed
    return True
