"""The text of a parsed article, read once.

spaCy's ``Doc.text`` joins every token's text each time it is read, and the list, paragraph and quotation rules
read it hundreds of times an article.  No component changes the text after tokenisation (merging tokens keeps
it), so the first join is kept in the document's ``user_data``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from cmkg.nlp.rules import words as _w

__all__ = ["doc_text", "is_item_line", "item_start", "line_start", "paragraphs"]

_KEY = ("cmkg", "text")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_BLANKED_GLYPH = 2  # a bullet glyph and its space, turned to spaces


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def paragraphs(doc: Doc) -> list[re.Match[str]]:
    """The text's paragraphs, the runs of lines between blank lines as ingestion joined them (a heading, a dated
    entry line and the prose under it are each one)."""
    return list(_PARAGRAPH.finditer(doc_text(doc)))


def line_start(doc: Doc, idx: int) -> int:
    """Where the line holding character ``idx`` starts: a paragraph, a heading or a list item is a line of its own."""
    return doc_text(doc).rfind("\n", 0, idx) + 1


def is_item_line(line: str) -> bool:
    """A bulleted or numbered line; also one a glyph the extractor blanked left opening with one or two spaces
    (``cmkg.nlp.extract.blank_bullets`` keeps offsets: '\u2022 X' becomes '  X'; a blanked dateline is longer)."""
    head = line.lstrip()
    if head and 0 < len(line) - len(head) <= _BLANKED_GLYPH:
        return True
    number = head.split(".", 1)[0]
    return bool(head) and (head[0] in _w("agreement.bullets") or (number.isdigit() and head[len(number) :][:1] == "."))


def item_start(t: Token) -> int | None:
    """The start of the bulleted or numbered line ``t`` stands in, whatever heads its list."""
    start = line_start(t.doc, t.idx)
    return start if is_item_line(doc_text(t.doc)[start:].split("\n", 1)[0]) else None
