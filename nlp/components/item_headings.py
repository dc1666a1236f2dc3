"""The state a heading line gives the bulleted items under it.

"Section A. Measures by member / China / - Export licensing for tungsten ..., effective 4 February 2025. / Gabon /
- Announcement that exports of raw manganese ore will be prohibited": a monitoring annex, a digest or a list of
instruments files its items by member under a line that names one state and nothing else.  An item with no owner
of its own (a verbless measure, 'exports of gallium to the United States are not permitted', 'A memorandum with
Peru on X, signed on 3 March') is the heading state's, whatever the item before was about or names as a
destination.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cmkg.nlp.components.doc_text import doc_text, is_item_line, item_start

__all__ = ["line_above_items", "only_state", "section_state"]

_LABEL_TOKENS = 8  # 'Democratic Republic of the Congo:' and a list marker


def section_state(t: Token) -> str | None:
    """The state of the heading line above the run of bulleted items ``t``'s item belongs to ('China' over
    '- Export licensing for ...'); None outside a list, or when the line above the run is no bare state heading."""
    start = item_start(t)
    above = line_above_items(t.doc, start) if start is not None else None
    if above is None:
        return None
    piece = t.doc.char_span(above[0], above[1], alignment_mode="expand")
    return only_state([x for x in piece or [] if not (x.is_punct or x.is_space)])


def line_above_items(doc: Doc, start: int, skip_blank: bool = False) -> tuple[int, int] | None:
    """The (begin, end) of the first line above the run of bulleted or numbered lines that ends at ``start`` (the
    run's heading or lead-in); None at the top of the text, or at a blank line unless ``skip_blank``."""
    text = doc_text(doc)
    end = start - 1  # the newline that ends the line above
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not is_item_line(line):
            return begin, end
        if not line.strip() and not skip_blank:
            return None
        end = begin - 1
    return None


def only_state(words: list[Token]) -> str | None:
    """The one state a short verbless run of words names and nothing else ('China', 'Democratic Republic of the
    Congo:'): a heading's or a label's state."""
    if not words or len(words) > _LABEL_TOKENS or any(x.pos_ in ("VERB", "AUX") for x in words):
        return None
    states = {x.ent_kb_id_ for x in words if x.ent_type_ == "GPE" and x.ent_kb_id_}
    named = all(x.ent_type_ == "GPE" or x.is_stop for x in words)
    return next(iter(states)) if len(states) == 1 and named else None
