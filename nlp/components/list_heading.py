"""A verbless list item takes its status from the heading that introduces the list.

"List of documents signed during the visit:\\n\\n1. Memorandum of Understanding between A and B ..." /
"The ministry listed the documents signed on the tour:\\n\\n- a memorandum with B on lithium": the item
names the agreement and its parties but has no verb of its own, so it reads as background (existing);
the heading's committing participle ('signed', ``status.signed``) is what happened to every item.
The heading is the nearest line before the item that is not itself an item (a bullet,
``agreement.bullets``, or a number with a dot) and ends with a list opener (``agreement.list_openers``).
Under a heading that says its instruments were made before ('the partnerships already concluded by the
Government, namely:', ``status.existing_markers``), an item's undated reduced relative ('- the memorandum
concluded with A and B') tells of an existing instrument, not of news.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.doc_text import is_item_line as _is_item
from cmkg.nlp.components.doc_text import line_start as _line_start
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import has_neg
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["heading_status", "heading_span"]


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
    span = heading_span(c.t) if c.status in (STATUS.existing, STATUS.signed) else None
    if span is None:
        return True
    heading = [x for x in sent.doc if span[1] <= x.idx < span[2]]
    if c.status == STATUS.signed:  # 'the partnerships already concluded, namely:\n- the memorandum signed with B'
        if _undated_participle(c) and any(_already_made(x) for x in heading):
            c.status = STATUS.existing
        return True
    if c.v is not None and c.v.idx >= span[0]:  # the item's own verb decides
        return True
    if any(lemma(x) in _w("status.signed") and x.tag_ in ("VBN", "VBD") and not has_neg(x) for x in heading):
        c.status = STATUS.signed
    return True


def _undated_participle(c: Candidate) -> bool:
    """The item's own verb is its instrument's reduced relative with no date of its own ('signed with B')."""
    v = c.v
    return v is not None and v.dep_ == "acl" and v.head == c.t and not any(x.ent_type_ == "DATE" for x in v.subtree)


def _already_made(x: Token) -> bool:
    """A heading's committing participle marked as done before ('already concluded', ``status.existing_markers``)."""
    if lemma(x) not in _w("status.signed") or x.tag_ not in ("VBN", "VBD") or has_neg(x):
        return False
    return any(m.dep_ == "advmod" and m.lower_ in _w("status.existing_markers") for m in x.children)
