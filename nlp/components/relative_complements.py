"""Undo a misparse of an instrument's object relative clause read as a complement of the main verb ('Exports
resumed under the truce that China and the United States agreed in November') or hung on an earlier noun ('are
suspended for a year under the truce that China and the United States agreed': on 'year').

en_core_web_sm hangs the clause on the main verb as its complement ('agreed' a ccomp of 'resumed') or on a noun
before the instrument, and keeps the relative 'that' as the clause verb's object, so the instrument has no
relative clause and its makers are lost.  A complement or relative clause whose verb makes instruments
(``status.signed``, ``status.announced``) and has as its object a relative pronoun (``agreement.relative_pronouns``)
right after an agreement noun nearer than its head is that noun's relative clause: a true complement ('said that
China agreed') has 'that' as its marker, not its object.  A contact relative clause hung on the instrument itself
as a complement ('the frameworks the United States signed with A') is its relative clause too.  Over syntax and
word lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import agreement_words, lemma
from cmkg.nlp.rules import words as _w

__all__ = ["hang_complement_relatives", "hang_contact_complements", "hang_state_contact_relatives"]

STATES = frozenset({"GPE"})  # a state read as an apposition


def hang_complement_relatives(sent: Span) -> None:
    """Re-hang each complement clause that is an instrument's object relative clause (see the module docstring)."""
    relatives, making = _w("agreement.relative_pronouns"), _w("status.signed", "status.announced")
    for v in sent:
        if v.dep_ not in ("ccomp", "relcl") or lemma(v) not in making:
            continue
        rel = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in relatives and c.i < v.i), None)
        rel = rel or _marked_gap(v, relatives)
        if rel is None or rel.i == sent.start:
            continue
        noun = _instrument_before(sent.doc[rel.i - 1])
        if noun is None or (v.dep_ == "relcl" and noun.i <= v.head.i):
            continue  # a relative clause moves only to a nearer instrument than the noun it hangs on
        v.head, v.dep_ = noun, "relcl"
        rel.dep_ = "dobj"


def hang_contact_complements(sent: Span) -> None:
    """'the critical minerals frameworks the United States signed in October with Australia': a contact relative
    clause (no 'that') the parser hung on the instrument noun as a complement ('signed' a ccomp of 'frameworks').
    A noun takes no such complement; a making verb with a subject of its own and no object or marker, right after
    the instrument's phrase, is its relative clause."""
    making = _w("status.signed", "status.announced")
    for v in sent:
        noun = v.head
        if v.dep_ != "ccomp" or lemma(v) not in making or noun.i > v.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if _instrument_before(noun) is not noun:
            continue
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
        if not subjects or any(c.dep_ in ("dobj", "mark") for c in v.children):
            continue
        v.dep_ = "relcl"


def hang_state_contact_relatives(sent: Span) -> None:
    """'The critical minerals deal Peru signed with Japan in 2023 remains in force': the parser reads the state as
    the instrument's apposition and the verb as the instrument's participle; a making participle right after a
    state apposed to the instrument is its relative clause, the state its subject."""
    making = _w("status.signed", "status.announced")
    for v in sent:
        if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or lemma(v) not in making:
            continue
        if v.head.ent_type_ in STATES and v.head.left_edge.i > sent.start:
            # 'The lithium deal Chile signed with Korea expired': the participle hung on the state itself
            state, noun = v.head, sent.doc[v.head.left_edge.i - 1]
        else:
            noun = v.head
            state = next((c for c in noun.children if c.dep_ == "appos" and c.right_edge.i == v.i - 1), None)
        if state is None or _instrument_before(noun) != noun or state.ent_type_ not in STATES:
            continue
        if state.left_edge.i != noun.i + 1 or noun.i > v.i or v in noun.ancestors:
            continue
        v.head, v.dep_ = noun, "relcl"
        state.head, state.dep_ = v, "nsubj"


def _marked_gap(v: Token, relatives: frozenset[str]) -> Token | None:
    """'We recall the memoranda on manganese that A and B concluded with C': 'that' read as the marker of a
    complement whose making verb has no object of its own (the instrument before it is the object it lacks)."""
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in relatives and c.i < v.i), None)
    own_object = any(c.dep_ in ("dobj", "attr") for c in v.children)
    return mark if mark is not None and not own_object and v.dep_ == "ccomp" else None


def _instrument_before(x: Token) -> Token | None:
    """The agreement noun right before the relative word, or the one whose phrase ends there ('the memoranda on
    manganese that ...': the noun a preposition's object hangs from)."""
    nouns = agreement_words() | _w("agreement.mou_forms", "agreement.plural_forms")  # 'memoranda' keeps its plural
    for y in (x, *x.ancestors):
        if y.pos_ in ("NOUN", "PROPN") and lemma(y) in nouns:
            return y
        before = y.doc[y.i - 1] if y.i > y.sent.start else y
        if y.dep_ == "prep" and before.head == y.head and before.dep_ == "dobj" and lemma(before) in nouns:
            return before  # the parser hung the instrument's own 'on' phrase on the verb beside its object
        if y.dep_ not in ("pobj", "pcomp", "prep", "compound", "amod"):  # 'on tungsten' read as a gerund
            return None
    return None
