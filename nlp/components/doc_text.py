"""The text of a parsed article, read once.

spaCy's ``Doc.text`` joins every token's text each time it is read, and the list, paragraph and quotation rules
read it hundreds of times an article.  No component changes the text after tokenisation (merging tokens keeps
it), so the first join is kept in the document's ``user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_text", "line_start"]

_KEY = ("cmkg", "text")


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def line_start(doc: Doc, idx: int) -> int:
    """Where the line holding character ``idx`` starts: a paragraph, a heading or a list item is a line of its own."""
    return doc_text(doc).rfind("\n", 0, idx) + 1
