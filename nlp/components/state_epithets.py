"""Which state an epithet of style stands for: 'the Kingdom', 'the Sultanate', 'the Republic'.

A state called by the word of its official style ('Sultanate of Oman') is the one fitting state the text names; of
several, the one named by that style in the epithet's own sentence or the one before ('The Republic of Korea buys
cobalt. The Republic and Chile signed'; not in an office's title, 'the President of the Republic', which on a
state's own page is its own), else the page's own state (its publisher, or its dateline's place:
'Manama, Sept. 23 (BNA): The Kingdom and Japan signed', a Saudi agency's 'the Kingdom' beside 'the Hashemite Kingdom
of Jordan'), else the one an item's heading names, else the one the title styles or the text names most.  Split
from ``entities``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.item_datelines import dateline_home
from cmkg.nlp.rules import words as _w

__all__ = ["epithet_state"]


def epithet_state(
    t: Token, ents: list[Span], fits: list[str], styles: dict[str, set[str]], styled: dict[str, list[str]]
) -> list[str]:
    """The one state the epithet ``t`` stands for (a one-item list), or none; ``fits``: the named states whose
    style has its word."""
    doc, word = t.doc, t.lower_
    near = _named_just_before(t, ents, fits)
    own = [p for p in (doc._.cmkg_publisher, dateline_home(doc)) if word in styles.get(p, ())][:1]
    # "the President of the Republic, X" on a state's own page: its own office, whatever republic came before
    office = t.dep_ == "pobj" and t.head.head.lower_ in _w("officials.public_heads")
    if near or own:
        return (own or near) if office else (near or own)
    return fits if len(fits) == 1 else _nearest_named(t, ents, fits) or _salient(doc, ents, fits, styled)


def _named_just_before(t: Token, ents: list[Span], fits: list[str]) -> list[str]:
    """The one fitting state named by its style ('the Republic of Korea') in the epithet's sentence, or in the
    sentence right before it ('Thailand was also mentioned.' names no kingdom)."""
    before = t.doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
    style = f"{t.lower_} of "  # 'the Republic of Korea', not the 'United Kingdom'
    styled = [e for e in ents if e.kb_id_ in fits and before <= e.start < t.i and style in e.text.lower()]
    named = {e.kb_id_ for e in styled}
    return list(named) if len(named) == 1 else []


def _nearest_named(t: Token, ents: list[Span], fits: list[str]) -> list[str]:
    """'Saudi Arabia: a framework with Washington / The Kingdom and the United States signed ...' in a round-up that
    names Bahrain more often: the fitting state an item's heading names, the short line with no full stop right
    above the epithet's paragraph, when that heading names no other fitting state."""
    text = t.doc.text
    start = text.rfind("\n\n", 0, t.idx)
    if start < 0:
        return []
    above = text.rfind("\n\n", 0, start)
    heading = text[above + 2 if above >= 0 else 0 : start].strip()
    if not heading or "\n" in heading or heading.endswith(".") or len(heading.split()) > _HEADING_WORDS:
        return []
    lo = above + 2 if above >= 0 else 0
    named = {e.kb_id_ for e in ents if e.kb_id_ in fits and lo <= e.start_char < start}
    return list(named) if len(named) == 1 else []


_HEADING_WORDS = 12  # an item's heading ('Saudi Arabia: a framework with Washington'), never a paragraph


def _salient(doc: Doc, ents: list[Span], fits: list[str], styled: dict[str, list[str]]) -> list[str]:
    """Of several named states whose style has the epithet ('the Kingdom' in a text naming Saudi Arabia and
    Thailand), the one the title calls by that style ('... with the Kingdom of Saudi Arabia'), else the one the
    text names more often than all the others together; none when neither tells."""
    title = (doc._.cmkg_title or "").lower()
    titled = [c for c in fits if any(f in title for f in styled.get(c, []))]
    if len(titled) == 1:
        return titled
    counts = {c: sum(1 for e in ents if e.kb_id_ == c) for c in fits}
    top = max(fits, key=lambda c: counts[c], default=None)
    return [top] if top is not None and counts[top] > sum(counts.values()) - counts[top] else []
