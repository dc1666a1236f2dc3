"""Party phrases set off by commas that the parser hangs on the wrong word.

1. A party phrase set off after 'and,' that opens the second of two coordinated clauses.

"India joined the Minerals Security Partnership in June 2023 and, together with Australia, Japan and the United
States, launched the Quad Critical Minerals Initiative": the small parser hangs the set-off 'with' phrase on the
first verb ('joined'), so the partners of the second clause's instrument join the first clause's too. The phrase
sits between the 'and,' that opens the second clause and that clause's verb, with only its closing comma before
the verb: it belongs to the second verb.

2. "Canada is a founding member, with the United States, of the Minerals Security Partnership": the parser hangs
the membership phrase after the closing comma on the companion ('States'); it is the member noun's
(``agreement.membership_nouns``, ``agreement.membership_prepositions``), so the companion is a fellow member.

Over syntax and word lists only (``agreement.party_prepositions``, ``agreement.accompaniment_words``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.syntax import live_children
from cmkg.nlp.rules import words as _w

__all__ = ["hang_membership_after_companions", "hang_second_clause_phrases"]


def _phrase_top(prep: Token) -> Token:
    """The set-off phrase's top word: a companion word the parser made its head ('along' over 'with'), else the
    preposition."""
    head = prep.head
    companion = head.i == prep.i - 1 and head.lower_ in _w("agreement.accompaniment_words")
    return head if companion else prep


def _second_verb(top: Token) -> Token | None:
    """The verb right after the phrase's closing comma, when the phrase opens after 'and,' and that verb is a
    conjunct of a verb before the phrase (the parser may hang the phrase and the 'and' on the first verb's object)."""
    doc = top.doc
    start, end = top.left_edge.i, top.right_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].dep_ != "cc":
        return None
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    verb = doc[end + 2]
    # the parser may read the second clause as the first verb's complement ('ccomp')
    joined = verb.dep_ in ("conj", "ccomp") and verb.head.i < start and verb.head.pos_ in ("VERB", "AUX")
    return verb if joined and verb.pos_ in ("VERB", "AUX") and top.head.i < start else None


def _second_clause(verb: Token, cc: Token) -> None:
    """The verb after 'and,' is the first verb's conjunct; an object of the first verb the parser made its subject
    ('concluded [a framework] with B and, along with C, signed') goes back to the first verb."""
    first = verb.head
    for s in [c for c in live_children(verb) if c.dep_ == "nsubj" and c.i < cc.i and first.i < c.i]:
        s.head, s.dep_ = first, "dobj"
    verb.dep_ = "conj"


def hang_second_clause_phrases(sent: Span) -> None:
    """'A joined X and, together with B, launched Y': the 'with B' phrase is the second verb's."""
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        top = _phrase_top(prep)
        verb = _second_verb(top)
        if verb is not None and not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in live_children(verb)):
            _second_clause(verb, top.doc[top.left_edge.i - 2])
            top.head = verb


def hang_membership_after_companions(sent: Span) -> None:
    """'a founding member, with B, of the Z': the 'of the Z' phrase after the closing comma is the member noun's."""
    doc = sent.doc
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        top = _phrase_top(prep)
        member, start = top.head, top.left_edge.i
        if member.lower_ not in _w("agreement.membership_nouns") or member.i != start - 2 or doc[start - 1].text != ",":
            continue
        # the closing comma inside the phrase's subtree, the membership phrase the parser hung under it right after
        close = next((k for k in range(start + 1, top.right_edge.i) if doc[k].text == ","), None)
        of = doc[close + 1] if close is not None else None
        membership = of is not None and of.dep_ == "prep" and of.lower_ in _w("agreement.membership_prepositions")
        if membership and start <= of.head.i < close:
            of.head = member
