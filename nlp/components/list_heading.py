"""A verbless list item takes its status from the heading that introduces the list.

"List of documents signed during the visit:\\n\\n1. Memorandum of Understanding between A and B ..." /
"The ministry listed the documents signed on the tour:\\n\\n- a memorandum with B on lithium": the item
names the agreement and its parties but has no verb of its own, so it reads as background (existing);
the heading's committing participle ('signed', ``status.signed``) is what happened to every item.
The heading is the nearest line before the item that is not itself an item (a bullet,
``agreement.bullets``, or a number with a dot) and ends with a list opener (``agreement.list_openers``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.doc_text import line_start as _line_start
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import has_neg
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["heading_status", "heading_span", "item_start"]

_BLANKED_GLYPH = 2  # a bullet glyph and its space, turned to spaces


def _is_item(line: str) -> bool:
    """A bulleted or numbered line; also one a glyph the extractor blanked left opening with one or two spaces
    (``cmkg.nlp.extract.blank_bullets`` keeps offsets: '\u2022 X' becomes '  X'; a blanked dateline is longer)."""
    head = line.lstrip()
    if head and 0 < len(line) - len(head) <= _BLANKED_GLYPH:
        return True
    number = head.split(".", 1)[0]
    return bool(head) and (head[0] in _w("agreement.bullets") or (number.isdigit() and head[len(number) :][:1] == "."))


def item_start(t: Token) -> int | None:
    """The start of the bulleted or numbered line ``t`` stands in, whatever heads its list."""
    line_start = _line_start(t.doc, t.idx)
    return line_start if _is_item(doc_text(t.doc)[line_start:].split("\n", 1)[0]) else None


def heading_span(t: Token) -> tuple[int, int, int] | None:
    """The item line of ``t`` and the heading line of its list: (item start, heading start, heading end)."""
    text = doc_text(t.doc)
    line_start = _line_start(t.doc, t.idx)
    if not _is_item(text[line_start:].split("\n", 1)[0]):
        return None
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _is_item(line):
            return (line_start, start, end) if line.rstrip()[-1:] in _w("agreement.list_openers") else None
        end = start - 1
    return None


def heading_status(c: Candidate, ctx: Context, sent: Span) -> bool:
    """A verbless item under 'documents signed during the visit:' was signed (runs after the status)."""
    span = heading_span(c.t) if c.status == STATUS.existing else None
    if span is None or (c.v is not None and c.v.idx >= span[0]):  # the item's own verb decides
        return True
    heading = [x for x in sent.doc if span[1] <= x.idx < span[2]]
    if any(lemma(x) in _w("status.signed") and x.tag_ in ("VBN", "VBD") and not has_neg(x) for x in heading):
        c.status = STATUS.signed
    return True
