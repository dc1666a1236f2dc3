"""The state a paragraph is about, for a measure that names no owner.

"1. China's silver licences are in force ... China also keeps its licences on tungsten.  4. Jakarta trims nickel
quotas / Indonesia's Energy Ministry approved lower quotas. Note: the ban on exporting nickel ore has been in force
since 2020": after the story moves to a new paragraph whose sentences so far are about one state, an unowned
measure is that state's, not the controller of an earlier paragraph (issue 12: "after a paragraph about country A,
... is filed under A").  The last measure's place comes from ``Context.last_measure``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.control_bodies import owner_countries
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import SUBJECT_DEPS

__all__ = ["paragraph_state"]


def paragraph_state(t: Token, ctx: Context) -> str | None:
    """The one state that the subjects of ``t``'s paragraph name before ``t``, when the last measure was filed
    in an earlier paragraph; None when the paragraph names no state, or more than one."""
    sents = [*reversed(sentences_before(t.sent, breaks="stop")), t.sent]  # the paragraph so far, oldest first
    if ctx.last_measure is None or ctx.last_measure[3] > sents[0].start:
        return None  # the last measure is this paragraph's own: it stays the reference
    states: list[str] = []
    for x in (x for sent in sents for x in sent if x.i < t.i and x.dep_ in SUBJECT_DEPS):
        states += [s for s in owner_countries([x]) if s not in states]
    return states[0] if len(states) == 1 else None
