"""Questions that only ask about a deal: 'Will the two sides sign agreements on critical minerals?' names no
side of its own.

Briefing transcripts and written questions put a reporter's or member's question before the answer that
states the facts: 'President Tokayev will visit Beijing next week. Will the two sides sign agreements?'.
The question asserts nothing, and its referring subject ('the two sides', 'they') resolves against
whatever the transcript named last (another question's states), so a question whose party set is not
named in the question itself gives no fact; the answer, if it states one, does.  A question that names its
states ('Will China and the United States sign a trade agreement?') still marks talks between them, which
an answer about 'both sides' confirms, and keeps its set.  Page frame: none needed; the sentence decides.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax_states import countries_in

__all__ = ["asked_only"]

QUESTION_MARK = "?"


def asked_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Keep a question's set only when the question itself names every state in it."""
    if not sent.text.rstrip().endswith(QUESTION_MARK):
        return True
    return set(c.parties) <= set(countries_in(list(sent)))
