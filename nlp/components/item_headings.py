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

__all__ = ["section_state"]

_LABEL_TOKENS = 8  # 'Democratic Republic of the Congo:' and a list marker


def section_state(t: Token) -> str | None:
    """The state of the heading line above the run of bulleted items ``t``'s item belongs to ('China' over
    '- Export licensing for ...'); None outside a list, or when the line above the run is no bare state heading."""
    start = item_start(t)
    if start is None:
        return None
    text = doc_text(t.doc)
    end = start - 1  # the newline that ends the line above
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if not is_item_line(line):
            return _heading_state(t.doc, begin, end) if line.strip() else None
        end = begin - 1
    return None


def _heading_state(doc: Doc, begin: int, end: int) -> str | None:
    """The one state a verbless line names and nothing else ('China', 'Democratic Republic of the Congo:')."""
    piece = doc.char_span(begin, end, alignment_mode="expand")
    words = [x for x in piece or [] if not (x.is_punct or x.is_space)]
    if not words or len(words) > _LABEL_TOKENS or any(x.pos_ in ("VERB", "AUX") for x in words):
        return None
    states = {x.ent_kb_id_ for x in words if x.ent_type_ == "GPE" and x.ent_kb_id_}
    named = all(x.ent_type_ == "GPE" or x.is_stop for x in words)
    return next(iter(states)) if len(states) == 1 and named else None
