"""An agreement one state launched, whose other members a later sentence of the paragraph names.

"Mexico launched a critical minerals alliance on Monday. The other members are Peru, Colombia
and Ecuador." / "Canada signed a minerals partnership on Friday. It is joined by Australia and
Japan."  The first sentence names one party and would be dropped as half a set; it is kept open
(``Context.open_set``) for the next sentences of the same paragraph
(``agreement.list_continuation_window``), and a sentence whose subject is the agreement's other
members ('the other members/partners/participants', with an ``agreement.other_words`` modifier)
or which says the agreement 'is joined by' states, 'includes' them, or that they 'signed it' or 'joined the
alliance', completes it: the
opener and the named states are the parties.  A denied or prospective completion ('is expected to be
joined by') is left out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact, Candidate
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.status import agreement_status
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import NEWLY_AGREED, NOT_YET_AGREED

__all__ = ["find_completed_sets", "open_lone_set"]

COMPLETED_RULE = "agreement.completed_set"


def open_lone_set(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Remember an agreement that one state signed or launched, for the paragraph's next sentences."""
    if len(c.parties) != 1 or c.parties != c.subj or c.v is None or has_neg(c.v):
        return True
    status = agreement_status(c.t, c.v, ctx, sent)
    if status in NEWLY_AGREED:
        type_ = rules().table("agreement.type_by_noun").get(c.lem, "initiative" if c.name else "agreement")
        window = int(rules().value("agreement.list_continuation_window"))
        ctx.open_set = (list(c.subj), c.name, type_, status, window, sent.end_char, c.lem)
    return True


def _other_members(sent: Span) -> list[str]:
    """'The other members are A, B and C', 'Other participants include A and B'."""
    for verb in (x for x in sent if x.pos_ in ("VERB", "AUX")):
        if lemma(verb) not in _w("agreement.list_continuation_verbs") or has_neg(verb):
            continue
        subject = subject_tokens(verb)
        other = any(a.lower_ in _w("agreement.other_words") for s in subject for a in s.children if a.dep_ == "amod")
        if subject and lemma(subject[0]) in _w("agreement.member_nouns") and other:
            return countries_in([x for x in sent if x.i > verb.i])
    return []


def _joined_by(sent: Span, ctx: Context) -> list[str]:
    """'It is joined by A and B', 'The alliance has been joined by A': the agent of a passive joining verb."""
    for verb in (x for x in sent if lemma(x) in _w("agreement.membership_verbs")):
        subject = [x for x in verb.children if x.dep_ == "nsubjpass"]
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        standing = any(
            x.lower_ in _w("agreement.object_pronouns") or lemma(x) in _w("agreement.nouns") for x in subject
        )
        if not (standing and agents) or has_neg(verb):
            continue
        if agreement_status(subject[0], verb, ctx, sent) in {None, *NOT_YET_AGREED}:
            continue
        return countries_in([o for a in agents for o in (a, *a.conjuncts)])
    return []


def _signed_it(sent: Span) -> list[str]:
    """'Chile and Bolivia signed it alongside Argentina': states committing to 'it' join the open agreement."""
    committing = _w("status.signed", "status.announced", "agreement.membership_verbs")
    for verb in (x for x in sent if lemma(x) in committing and not has_neg(x)):
        if any(o.dep_ == "dobj" and o.lower_ in _w("agreement.object_pronouns") for o in verb.children):
            return countries_in(subject_tokens(verb))
    return []


def _same_agreement(t: Token, head: str) -> bool:
    """'the alliance' after 'Mexico launched a critical minerals alliance': a definite noun with its head."""
    return lemma(t) == head and any(
        d.dep_ == "det" and d.lower_ in _w("agreement.definite_determiners") for d in t.children
    )


def _listed_or_joined(sent: Span, head: str) -> list[str]:
    """'The alliance also includes Peru and Chile', 'Peru and Chile joined the alliance', 'Peru and Chile have
    also joined': the agreement's members, or joiners of it, named by a later sentence."""
    for verb in (x for x in sent if x.pos_ in ("VERB", "AUX") and not has_neg(x)):
        subject = subject_tokens(verb)
        if lemma(verb) in _w("agreement.member_list_verbs") and any(_same_agreement(s, head) for s in subject):
            return countries_in([x for x in verb.children if x.dep_ in ("dobj", "attr")])
        if lemma(verb) not in _w("agreement.membership_verbs"):
            continue
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        additive = any(x.dep_ == "advmod" and x.lower_ in _w("agreement.additive_adverbs") for x in verb.children)
        if any(_same_agreement(o, head) for o in objects) or (additive and not objects):
            return countries_in(subject)
    return []


def find_completed_sets(sent: Span, ctx: Context) -> list[AgreementFact]:
    """The open agreement completed by this sentence's members, or nothing (the window runs down)."""
    if ctx.open_set is None:
        return []
    opener, name, type_, status, left, end, head = ctx.open_set
    if "\n\n" in doc_text(sent.doc)[end : sent.start_char]:  # another paragraph: another story
        ctx.open_set = None
        return []
    named = _other_members(sent) + _joined_by(sent, ctx) + _signed_it(sent) + _listed_or_joined(sent, head)
    members = [x for x in named if x not in opener]
    if not members:
        ctx.open_set = (opener, name, type_, status, left - 1, end, head) if left > 1 else None
        return []
    ctx.open_set = None
    parties = list(dict.fromkeys(opener + members))
    trigger: Token = sent.root
    rule = rules().rule(COMPLETED_RULE)
    return [AgreementFact(trigger, parties, status, name, type_, [], [], None, rule, 0.6)]
