"""A standing dialogue named by its states: an instrument the text takes as running, not a meeting.

'the China-EU export control dialogue mechanism ... had played a constructive role', 'the five Central Asian
countries and the United States have held a C5+1 critical minerals dialogue since 2023', 'including through the
A-B dialogue mechanism': a dialogue (``agreement.established_only_nouns``) whose modifiers name its states (a
dashed pair, or a grouping the gazetteer lists with its members) is a standing format of those states where the
sentence makes it act, keeps it going ('have held ... since', a perfect tense) or works through it
(``agreement.format_prepositions``).  Where it is only a place ('discussed lithium at the A-B Dialogue') or one
sitting ('held the A-B dialogue in Tokyo on Monday') it stays a meeting, as ``membership.established_only`` says.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.membership import established_only
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.party_phrases import lemma
from cmkg.nlp.components.premodifiers import dash_compound
from cmkg.nlp.components.syntax import has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["established_or_standing", "standing_format", "worked_through"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def standing_format(t: Token) -> bool:
    """A dialogue named by its states, placed in its sentence as a running instrument."""
    if lemma(t) not in _w("agreement.established_only_nouns"):
        return False
    head = _phrase_head(t)
    if not _named_by_states(t) or _one_sitting(head):
        return False
    if head.dep_ in _SUBJECT_DEPS:  # "had played a constructive role", not "met in Riyadh on Tuesday"
        v = head.head
        return _perfect(v) and not has_neg(v) and lemma(v) not in _w("agreement.sitting_verbs")
    if head.dep_ == "pobj":
        return head.head.lower_ in _w("agreement.format_prepositions")
    return head.dep_ == "dobj" and _kept_going(head.head)


def established_or_standing(c: Candidate, ctx: Context, sent: Span) -> bool:
    """A standing format its states name passes the gate that asks other dialogues for a launch."""
    return standing_format(c.t) or established_only(c, ctx, sent)


def worked_through(t: Token) -> bool:
    """'delays would be raised through the A-B dialogue mechanism': the format the clause works through runs
    already, whatever the clause's own verb says of the work."""
    return standing_format(t) and _phrase_head(t).dep_ == "pobj"


def _phrase_head(t: Token) -> Token:
    """'the China-EU export control dialogue mechanism': a format noun (``agreement.format_nouns``) heads the phrase."""
    return t.head if t.dep_ == "compound" and lemma(t.head) in _w("agreement.format_nouns") else t


def _named_by_states(t: Token) -> bool:
    """A dashed pair of states before the noun, or a grouping with listed members among its modifiers."""
    if len(dash_compound(t)) >= 2:
        return True
    members = gazetteer().members
    left = t.doc[t.left_edge.i : t.i] if t.dep_ != "compound" else t.doc[t.head.left_edge.i : t.i]
    return any(x.ent_kb_id_ in members for x in left)


def _one_sitting(head: Token) -> bool:
    """'The inaugural A-B dialogue', 'Tuesday's A-B dialogue', 'next week's': a modifier that marks one sitting
    (``agreement.sitting_modifiers``, or a date owning the noun)."""
    marked = any(
        c.lower_ in _w("agreement.sitting_modifiers") or (c.dep_ == "poss" and c.ent_type_ == "DATE")
        for c in head.subtree
        if c.i < head.i
    )
    # "the A-B dialogue, which took place in New Delhi last week": a clause that tells one sitting, not one that
    # tells its rounds ('which held its latest round earlier this year', ``venue.held_event_nouns``)
    rounds = _w("venue.held_event_nouns")
    told = [x for x in head.children if x.dep_ in ("relcl", "acl") and lemma(x) in _w("agreement.sitting_verbs")]
    return marked or any(not any(o.dep_ == "dobj" and lemma(o) in rounds for o in x.children) for x in told)


def _perfect(v: Token) -> bool:
    return v.tag_ == "VBN" and any(a.dep_ == "aux" and lemma(a) in _w("status.possession_verbs") for a in v.children)


def _kept_going(v: Token) -> bool:
    """'have held a dialogue', 'has held it since 2023', 'still holds': a perfect tense or an existing marker
    (``status.existing_markers``) keeps it running; 'have not held it since 2022' does not."""
    going = _perfect(v) or any(x.lower_ in _w("status.existing_markers") for x in v.children)
    return going and not has_neg(v)
