"""Whose talks or series a news page tells when the sentence names no owner: the state the story is about there.

A government's page owns its unowned talks ('Officials are in discussions with counterparts in A') and its
series ('Earlier partnerships include those concluded with A'): the publisher.  A news page has no publisher;
its unowned talks and series belong to the state the story is about at that point: the state of the official
the sentence quotes ('..., Park told a briefing', Park being Korea's minister), else the one state whose
officials the sentence before named, or that it made its subject when the story has already paired that state
with a partner ('Chile has signed frameworks with A and B, the minister said.'; a paragraph on another state's
rain or budget before the story owns nothing).  The speaker here wins over the sentence before; two states
(two speakers, or a subject and another state's official before) are no owner.  Talks and series only (the
callers gate): one source of truth, the story so far (:class:`Context`).
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.components.voice import sentence_officials

__all__ = ["story_state", "acting_states"]


def story_state(sent: Span, ctx: Context) -> str | None:
    """On a page without a publisher: the one state the story is about here, else None."""
    if sent.doc._.cmkg_publisher:
        return None
    here = sentence_officials(sent, ctx)  # the officials it quotes (voice: one answer)
    subjects = [x for x in ctx.last_subjects if x in ctx.partners]  # a subject the story has paired already
    earlier = set(ctx.last_people) | set(subjects)  # the sentence before: its officials and its acting subject
    states = here or (list(earlier) if len(earlier) == 1 else [])
    return states[0] if len(set(states)) == 1 else None


def acting_states(sent: Span, excluded: list[str]) -> list[str]:
    """The states the sentence makes the subject of a clause ('Kazakhstan signed a deal with B, and officials said
    talks with C ...', 'Malaysia is also closer to sealing a deal with C'), less ``excluded`` (the partners): on a
    page of any government, the sentence's own acting state owns its unowned instrument before the publisher does,
    which the sentence does not name (a third state's page reporting on others); the subject of a clause on a
    noun is no owner."""
    # a clause on a noun ('..., which the French side will support') says who backs it, not whose it is
    subjects = [x for x in sent if x.dep_ in ("nsubj", "nsubjpass") and x.head.dep_ not in ("relcl", "acl")]
    return [x for x in dict.fromkeys(countries_in(subjects)) if x not in excluded]
