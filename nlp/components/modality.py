"""Instruments named only as the object of an intention, a refusal or a draft: none of them is in place.

'B said it had no plans for a minerals pact with C', 'has expressed interest in an agreement with C', 'ruled
out a deal with C', 'a draft agreement between B and C': an intention noun whose preposition takes the
instrument (``status.intention_frames``) makes it planned, or nothing when the noun is negated ('no plans
for') or its verb is; a refusing verb whose direct object is the instrument leaves no instrument; a draft
(``status.draft_modifiers``) is a text still under negotiation.
A denial by quantity leaves none either: a 'no' on the noun or on the noun premodifier the parser hung it from
('announced no minerals deals', 'have no minerals agreement'), or a subject that is a negative pronoun or quantified
by one ('neither signed an agreement', 'neither side agreed to sign a pact', 'none of the partners signed'),
and a contrast that sets the instrument aside ('contracts with companies, not treaties with Moscow').
Word lists: ``status.intention_frames``, ``status.negating_determiners``, ``status.refusal_verbs``,
``status.refusal_particles``, ``status.draft_modifiers``, ``export_control.negative_pronouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import has_neg, quantified_by_no, subject_tokens, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "UNREAD",
    "contrasted_away",
    "denied_by_quantity",
    "denied_doer",
    "modal_status",
    "intention_status",
    "refused_outright",
    "drafted",
]

UNREAD = "unread"


def _head_noun(t: Token) -> Token:
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t


def intention_status(t: Token) -> str | None:
    """'planned' when the instrument is what an intention is for ('interest in an agreement with C'), '' when
    that intention is denied ('no plans for a pact', 'has not expressed interest in'), UNREAD otherwise."""
    t = _head_noun(t)
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return UNREAD
    noun = t.head.head
    frames = rules().table("status.intention_frames")
    if noun.pos_ != "NOUN" or t.head.lower_ not in frames.get(noun.lower_, ()):
        return UNREAD
    if any(c.dep_ == "compound" for c in noun.children):  # 'the Action Plan for the partnership': a document
        return UNREAD
    if any(d.dep_ == "det" and d.lower_ in _w("status.negating_determiners") for d in noun.children):
        return ""
    verb = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubj") and verb.pos_ in ("VERB", "AUX") and has_neg(verb):
        return ""
    return STATUS.planned


def refused_outright(t: Token, v: Token | None) -> bool:
    """'ruled out a deal with C', 'rejected an agreement with C': the instrument refused is none."""
    t = _head_noun(t)
    if v is None or t.dep_ != "dobj" or t.head.i != v.i or has_neg(v):
        return False
    particles = rules().table("status.refusal_particles")
    particle = particles.get(lemma(v))
    return lemma(v) in _w("status.refusal_verbs") or any(c.dep_ == "prt" and c.lower_ == particle for c in v.children)


def drafted(t: Token) -> bool:
    """'a draft agreement between B and C': a text not yet agreed, under negotiation."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _w("status.draft_modifiers") for c in t.children)


def modal_status(t: Token, v: Token | None) -> str | None:
    """'' when the instrument is refused or its intention denied, 'planned' when intended, 'negotiating' for a
    draft; UNREAD when none of these frames holds and the verb chain must decide."""
    if any(d.dep_ == "det" and d.lower_ in _w("status.negating_determiners") for d in t.children):
        return ""  # "announced no agreements", "No deal was signed", "signed no new pact"
    if denied_by_quantity(t, v) or contrasted_away(t):
        return ""
    if refused_outright(t, v):
        return ""
    intended = intention_status(t)
    if intended != UNREAD:
        return intended
    return STATUS.negotiating if drafted(t) else UNREAD


def contrasted_away(t: Token) -> bool:
    """'These are contracts with companies, not treaties with Moscow': a negation right before the instrument's
    phrase that negates no verb ('did not sign a treaty' is the verb chain's to read) contrasts it away."""
    left = _head_noun(t).left_edge
    before = t.doc[left.i - 1] if left.i > left.sent.start else None
    return before is not None and before.dep_ == "neg" and before.head.pos_ not in ("VERB", "AUX")


def _negative(x: Token) -> bool:
    """A negative pronoun ('none', 'neither', 'nobody') or a word quantified by one ('neither side', 'neither A nor
    B', 'no government')."""
    if x.lower_ in _w("export_control.negative_pronouns"):
        return True
    return any(d.dep_ in ("det", "preconj") and d.lower_ in _w("status.negating_determiners") for d in x.children)


def denied_by_quantity(t: Token, v: Token | None) -> bool:
    """'announced no minerals deals', 'neither signed an agreement', 'none of the partners signed the memorandum':
    the parser hangs 'no' from the noun's premodifier as often as from the noun, and a denied doer leaves the
    instrument undone; the first verb of the chain with a subject decides (a controlling verb's subject does the
    controlled verb's act). A savings clause's verb (``export_control.preservation_verbs``: "Nothing in this Notice
    affects the Memorandum ... between A and B") denies a change to the instrument, which stands."""
    if any(c.dep_ == "compound" and quantified_by_no(c) for c in t.children):
        return True
    for verb in verb_chain(v):
        subjects = _doers(verb)
        if subjects:
            return any(_negative(s) for s in subjects) and lemma(verb) not in _w("export_control.preservation_verbs")
    return False


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects; 'but neither signed an agreement': a lone 'neither' the parser hangs on the verb is one."""
    return subject_tokens(verb) + [c for c in verb.children if c.dep_ == "preconj"]


def denied_doer(verb: Token | None) -> bool:
    """'none is under discussion', 'neither side is negotiating': the verb's doer is a negative pronoun."""
    return verb is not None and any(_negative(s) for s in _doers(verb))
