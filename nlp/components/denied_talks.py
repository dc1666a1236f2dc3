"""Denied talks: talks the sentence negates or denies are no deal under negotiation.

"Chile is not in talks with Peru on lithium", "Namibia and China are not negotiating", "officials denied that
Namibia was in talks with China", "dismissed reports that X was negotiating with Y", "no talks have started",
"talks have not begun": the talks noun or negotiating verb either carries a negation itself (``neg``, a
negating determiner such as 'no', 'no longer'), sits under a verb that carries one through control
('does not want to negotiate'), or sits anywhere under a verb that denies, refuses or opposes what it governs
(``status.refusal_verbs``, ``status.opposing_verbs``, a refusal particle: 'ruled out talks').  The predicate of
a talks noun is the verb it hangs on ('is in talks', 'have held talks', 'talks have started').  Word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import governing_verb, has_neg, subject_tokens, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["negated_talks", "talks_denied"]


def _talks_of(t: Token, v: Token | None) -> list[Token]:
    """The talks that carry the candidate: the talks noun itself, the talks noun it hangs on ('talks on a
    lithium pact'), or the negotiating verb that governs it."""
    nouns = _w("status.talks_nouns", "status.consultation_nouns")
    out = [t] if t.lower_ in nouns else []
    if t.dep_ == "pobj" and t.head.head.lower_ in nouns:
        out.append(t.head.head)
    if v is not None and v.pos_ in ("VERB", "AUX") and lemma(v) in _w("status.negotiating"):
        out.append(v)
    if v is not None:  # "no talks have started between A and B on an agreement": the talks are the subject
        out += [s for s in subject_tokens(v) if s.lower_ in nouns]
    return out


def _no_longer(verb: Token) -> bool:
    """'is no longer in talks': an adverb the negating determiner 'no' modifies."""
    negating = _w("status.negating_determiners")
    return any(a.dep_ == "advmod" and any(d.lower_ in negating for d in a.children) for a in verb.children)


def _denying(verb: Token) -> bool:
    """A verb that denies, refuses or opposes what it governs ('denied', 'rejected claims', 'ruled out')."""
    particle = rules().table("status.refusal_particles").get(lemma(verb))
    ruled_out = any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
    return ruled_out or lemma(verb) in _w("status.refusal_verbs", "status.opposing_verbs")


def negated_talks(x: Token) -> bool:
    """Whether the talks noun or negotiating verb ``x`` is negated or denied by its own sentence."""
    if any(d.dep_ == "det" and d.lower_ in _w("status.negating_determiners") for d in x.children):
        return True  # "no talks have started", "there are no negotiations"
    pred = x if x.pos_ in ("VERB", "AUX") else governing_verb(x)
    if pred is None:
        return False
    # a negation counts on the predicate and on the verbs that control it ('does not want to'); one that ends
    # the talks ('have not concluded negotiations', 'talks have not stalled') or denies their outcome ('talks
    # did not produce a text', 'have not led to a deal') leaves them under way
    controlled = x is pred or lemma(pred) not in _w("status.completion_verbs", "status.lapsed", "status.outcome_verbs")
    for verb in verb_chain(pred):
        if controlled and (has_neg(verb) or _no_longer(verb)):
            return True
        if _denying(verb):
            return True
        controlled = controlled and verb.dep_ == "xcomp"
        if not _complement(verb):
            break  # "denied X, but said it was in talks with C": a coordinated verb does not deny the talks
    return False


def _complement(verb: Token) -> bool:
    """A clause its governor denies along with it: a complement ('denied that', 'denied being'), or a clause on
    a report noun ('dismissed reports that'); not a coordinated, adverbial or relative clause."""
    reported = verb.dep_ == "acl" and verb.head.lower_ in _w("status.report_nouns")
    return verb.dep_ in ("ccomp", "xcomp", "pcomp") or reported


def talks_denied(t: Token, v: Token | None) -> bool:
    """Whether the talks that carry the agreement noun ``t`` (under ``v``) are negated or denied."""
    return any(negated_talks(x) for x in _talks_of(t, v))
