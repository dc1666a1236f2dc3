"""The state a paragraph is about, for a measure that names no owner.

"1. China's silver licences are in force ... China also keeps its licences on tungsten.  4. Jakarta trims nickel
quotas / Indonesia's Energy Ministry approved lower quotas. Note: the ban on exporting nickel ore has been in force
since 2020": after the story moves to a new paragraph whose sentences so far are about one state, an unowned
measure is that state's, not the controller of an earlier paragraph (issue 12: "after a paragraph about country A,
... is filed under A").  The last measure's place comes from ``Context.last_measure``.  A paragraph or list item
that opens with its state's name alone as a label ('China. Licences have been required ...', 'Zimbabwe. Exports of
raw lithium ore have been banned ...') is that state's, whatever measure came before.  So is a bulleted item
under a heading line that names one state and nothing else (``item_headings.section_state``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_bodies import owner_countries
from cmkg.nlp.components.item_headings import only_state, section_state
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import SUBJECT_DEPS

__all__ = ["item_label", "paragraph_state", "section_state"]


def paragraph_state(t: Token, ctx: Context) -> str | None:
    """The one state that the subjects of ``t``'s paragraph name before ``t``, when the last measure was filed
    in an earlier paragraph; None when the paragraph names no state, or more than one."""
    sents = [*reversed(sentences_before(t.sent, breaks="stop")), t.sent]  # the paragraph so far, oldest first
    label = _label_state(sents[0]) if len(sents) > 1 else None
    if label is not None:
        return label  # "Zimbabwe. Exports of raw lithium ore have been banned ...": the item's own state
    if ctx.last_measure is None or ctx.last_measure[3] > sents[0].start:
        return None  # the last measure is this paragraph's own: it stays the reference
    states: list[str] = []
    for x in (x for sent in sents for x in sent if x.i < t.i and x.dep_ in SUBJECT_DEPS):
        states += [s for s in owner_countries([x]) if s not in states]
    return states[0] if len(states) == 1 else None


def item_label(t: Token) -> str | None:
    """The state label that opens ``t``'s paragraph or list item ('MALAWI. In a reversal, the Ministry ...'),
    when ``t`` is not in the label itself; None without one."""
    sents = [*reversed(sentences_before(t.sent, breaks="stop")), t.sent]
    return _label_state(sents[0]) if len(sents) > 1 else None


def _label_state(sent: Span) -> str | None:
    """The state a verbless sentence opening its paragraph names and nothing else ('China.', '- Democratic
    Republic of the Congo.'): a list item's or a paragraph's label."""
    if sentences_before(sent, 1, breaks="stop"):
        return None
    return only_state([x for x in sent if not (x.is_punct or x.is_space)])
