"""An elided instrument hung inside the partner phrase of the one before it.

"X signed the Moroccan memorandum with Leila Benali, Morocco's Minister of Energy Transition, and the Egyptian one
with Karim Badawi, Egypt's Minister of Petroleum": after a long apposition on the first partner, en_core_web_sm
hangs 'the Egyptian one' as a conjunct of a word inside that apposition, so the second instrument looks like a
partner of the first and the first gets both ministers' states.  An anaphor noun (``agreement.anaphors``: 'one',
'another') with a partner phrase of its own, conjoined somewhere inside the partner phrase of an instrument before
it, is that instrument's conjunct.  Over syntax and word lists only.

"pointed to the partnership signed with Ghana in 2022 and to the memorandum on niobium agreed with Korea": the
parser hangs the second participle on the first instrument, which already has one, so the first gets both partners.
A participle right after another instrument's phrase, hung on an earlier instrument that has a participle of its
own, belongs to the instrument right before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import agreement_noun
from cmkg.nlp.rules import words as _w

__all__ = ["hang_elided_instruments", "hang_later_participles"]


def _with_phrase(t: Token) -> Token | None:
    return next((c for c in t.children if c.dep_ == "prep" and c.lower_ in _w("officials.with_word")), None)


def hang_elided_instruments(sent: Span) -> None:
    for t in sent:
        if t.lower_ not in _w("agreement.anaphors") or t.dep_ != "conj" or _with_phrase(t) is None:
            continue
        for a in t.ancestors:
            own = _with_phrase(a) if agreement_noun(a) else None
            if own is not None and own.i < t.i and t in own.subtree and t.head != a:
                t.head = a
                break


def hang_later_participles(sent: Span) -> None:
    for v in sent:
        if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or not agreement_noun(v.head):
            continue
        if not any(c.dep_ == "acl" and c.i < v.i for c in v.head.children):
            continue
        nearer = [x for x in sent if v.head.i < x.i < v.i and agreement_noun(x) and x.right_edge.i + 1 == v.i]
        if nearer and nearer[-1] not in v.subtree:
            v.head = nearer[-1]
