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

The page's own state (:func:`page_state`) answers the same question for the whole page: the state whose government
the page or story is about.  On a government's page it is the publisher; on a news page it is the story's
protagonist (:func:`protagonist`): the one state its title names as an actor ('Canberra puts A$1.2 billion into a
reserve'), when the dateline's place ('CANBERRA - ') or the lead (one of its opening sentences whose subject, or
the officials it names, are that state's alone: 'Treasurer X handed down ...') confirms it.  A title naming two states,
or one the dateline and the lead do not confirm (a story on a third state's deal), has no protagonist.  It is the
side a partner-only instrument of the story leaves implicit ('There is the India partnership ..., under which the
two governments ...', 'And there is a 2024 memorandum with South Korea'), never the state the story last mentioned.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span

from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.components.voice import sentence_officials

__all__ = ["acting_states", "page_state", "protagonist", "story_state"]

LEAD_SENTENCES = 3  # how far into the body the lead that confirms a title's state may stand


def protagonist(doc: Doc, ctx: Context) -> str | None:
    """The state a news story is about (module docstring): its title's one state, confirmed by the dateline's
    place or by an opening sentence whose subject or officials are that state's alone; None on a government's page (its
    publisher answers) and when the title names no state, or several."""
    if doc._.cmkg_publisher or len(ctx.title_states) != 1:
        return None
    titled = ctx.title_states[0]
    if ctx.home is not None:
        return titled if ctx.home == titled else None  # 'WASHINGTON - ' under a title on Canberra: no one's story
    for lead in islice(doc.sents, LEAD_SENTENCES):
        root = lead.root
        subjects = countries_in(subject_tokens(root)) if root.pos_ in ("VERB", "AUX") else []
        if set(subjects + sentence_officials(lead, ctx)) == {titled}:  # 'X handed down its budget on Tuesday'
            return titled
    return None


def page_state(doc: Doc, ctx: Context) -> str | None:
    """The state whose government the page or story is about: the publisher, else the story's protagonist."""
    return doc._.cmkg_publisher or ctx.protagonist


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
