"""Status frames of the clause around an agreement: where the clause's verb chain alone reads the wrong stage.

Three frames, each general English rather than one page's wording:

- a scheduling copula whose infinitive the parser hangs as an adverbial clause ('was due in Ottawa to sign',
  'is set, officials said, to conclude'): the signing is still ahead (planned), like 'is due to sign';
- an instrument under talks whose own relative clause puts its signing ahead ('talks on a memorandum, which
  could be signed next year', 'a framework that is expected to be signed in the coming months'): the text
  names the deal the talks should end in, so the deal is planned, not merely negotiated;
- an instrument whose making is told in a participle or relative clause while the main clause carries it
  out ('continues to implement the partnerships concluded with A and B', 'is applying the memorandum it
  signed with C'): the instrument is in place (existing), not signed today;
- an instrument whose announcement or signing a participle tells while the main clause denies its making ('a
  US-Guinea minerals dialogue announced in 2024 was never launched'): it lapsed, where a denial alone is nothing.

Word lists: ``status.scheduling_verbs``, ``status.signed``,
``status.modal_auxiliaries``, ``status.future_auxiliaries``, ``status.planned``, ``status.reporting_verbs``,
``status.implementing_verbs``, ``status.continuation_verbs``.  Split from status.py (near 400 lines) along this seam.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import AUX_DEPS
from cmkg.nlp.components.talks_status import negated
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "background_mention",
    "carried_out",
    "destined",
    "lapse_phrase",
    "scheduling_copula",
    "signing_ahead",
    "told_then_unmade",
]


def scheduling_copula(verb: Token) -> Token | None:
    """'was due in Ottawa to sign', 'is ready, the minister said, to conclude': an infinitive the parser hangs on
    the copula (advcl) instead of on its adjective; the copula then controls it as 'is due to sign' does."""
    if verb.dep_ != "advcl" or not any(a.tag_ == "TO" for a in verb.children):
        return None
    head = verb.head
    words = _w("status.scheduling_verbs")
    scheduled = any(c.dep_ == "acomp" and c.lower_ in words for c in head.children)
    # "is set on Friday to sign", "is scheduled in Hanoi to conclude": the passive participle is the adjective
    scheduled = scheduled or (head.lower_ in words and any(c.dep_ == "auxpass" for c in head.children))
    if head.pos_ in ("VERB", "AUX") and scheduled and not negated(head):
        return head
    return None


def _ahead(verb: Token) -> bool:
    """A signing verb put in the future: a modal or 'will' ('could be signed', 'will sign'), or a passive
    infinitive under an expectation or schedule ('is expected to be signed', 'is due to be signed').  A side's
    own aim in talks still running ('which Jakarta hopes to conclude', 'which both sides intend to conclude')
    is the talks' goal, not a signing scheduled: the talks stay under way."""
    if lemma(verb) not in _w("status.signed") or negated(verb):
        return False
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    if any(c.dep_ in AUX_DEPS and c.lower_ in ahead for c in verb.children):
        return True
    head = verb.head
    passive = any(a.dep_ == "auxpass" for a in verb.children)
    controlled = verb.dep_ == "xcomp" and passive and any(a.tag_ == "TO" for a in verb.children)
    words = _w("status.scheduling_verbs")
    scheduled = any(c.dep_ == "acomp" and c.lower_ in words for c in head.children)
    if head.dep_ == "acomp" and head.lower_ in words:  # "is due to be signed": the adjective's copula decides
        head, scheduled = head.head, True
    return controlled and not negated(head) and (lemma(head) in _w("status.planned") or scheduled)


def _on_instrument(noun: Token, t: Token) -> bool:
    """The noun a relative clause hangs on is the instrument's own, or the object of the phrase right after it
    ('an MOU on manganese, which ...', where the parser hangs 'on manganese' on the talks or the verb)."""
    if t.left_edge.i <= noun.i <= t.right_edge.i:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.i == t.right_edge.i + 1


def signing_ahead(t: Token) -> bool:
    """The instrument's own relative clause (or one on a noun of its phrase, where the parser hangs it on the
    last noun: 'a memorandum on critical minerals, which could be signed during 2026') signs it in the future;
    also through a reporting verb ('which officials said could be signed next year')."""
    for x in t.sent:
        if x.dep_ != "relcl" or x.left_edge.tag_ != "WDT" or not _on_instrument(x.head, t):
            continue
        # "which is expected to be signed", "which officials said could be signed", "which is due to be signed"
        # (through the adjective): on to the controlled verb
        verbs = [x, *(c for c in x.children if c.dep_ in ("xcomp", "ccomp"))]
        verbs += [c for a in x.children if a.dep_ == "acomp" for c in a.children if c.dep_ == "xcomp"]
        if any(_ahead(v) for v in verbs):
            return True
    return False


def carried_out(verb: Token) -> bool:
    """'continues to implement the partnerships concluded with A, B and C', 'is honouring the memorandum that it
    signed with D': a signing told in a participle or relative clause on the object of a verb that carries the
    instrument out is the instrument's past; one to be carried out ('will implement the memorandum signed today')
    is not."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBN"):
        return False
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "the memorandum on vanadium that it concluded with B": hung on the last noun
    holder = noun.head if noun.dep_ == "dobj" else None
    if holder is None or holder.pos_ != "VERB" or lemma(holder) not in _w("status.implementing_verbs"):
        return False
    # "To implement the consensus reached in Busan, ...": a purpose is ahead; "continues to implement" is not
    infinitive = any(a.tag_ == "TO" for a in holder.children)
    if infinitive and not (holder.dep_ == "xcomp" and lemma(holder.head) in _w("status.continuation_verbs")):
        return False
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    chain = [holder, holder.head] if holder.dep_ == "xcomp" else [holder]
    return not any(c.dep_ in AUX_DEPS and c.lower_ in ahead for x in chain for c in x.children)


def destined(inner: Token, verb: Token) -> bool:
    """'A is to sign X with B': a bare copula (status.destining_copulas) whose 'to' infinitive is the signing verb
    puts the signing ahead, planned; read before the signing verb's own status, which would say signed."""
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in inner.children)  # the infinitive marker, by its tag
    bare = not any(c.dep_ in ("acomp", "attr", "neg") for c in verb.children)
    return to and bare and inner.dep_ == "xcomp" and lemma(verb) in _w("status.destining_copulas")


def told_then_unmade(t: Token, verb: Token) -> str:
    """Lapsed for an instrument a participle or relative clause says was announced or signed, under a main verb
    that denies its making ('announced in 2024 was never launched'); '' (denied) otherwise."""
    head = t
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    making = _w("status.signed", "status.announced")
    told = any(c.dep_ in ("acl", "relcl") and lemma(c) in making and not negated(c) for c in head.children)
    never = any(c.dep_ == "neg" and c.lower_ in _w("status.never_words") for c in verb.children)
    return STATUS.lapsed if told and never and head.head.i == verb.i else ""  # 'has not been finalised': pending


def background_mention(t: Token, v: Token | None) -> bool:
    """An instrument called earlier is background, unless its own verb ends it ('An earlier one expired')."""
    lapsing = v is not None and lemma(v) in _w("status.lapsed")
    return not lapsing and any(a.dep_ == "amod" and a.lower_ in _w("status.background_adjectives") for a in t.children)


def lapse_phrase(verb: Token) -> bool:
    """'Washington broke off trade talks', 'called off the deal' (``status.lapsed_phrasal_verbs``); not negated, not
    under a modal, not the object of another verb ('did not call off', 'would call off', 'threatened to call off')."""
    phrase = " ".join([lemma(verb), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    modal = any(c.dep_ in AUX_DEPS and c.lower_ in _w("status.modal_auxiliaries") for c in verb.children)
    return phrase in _w("status.lapsed_phrasal_verbs") and not (modal or negated(verb) or verb.dep_ == "xcomp")
