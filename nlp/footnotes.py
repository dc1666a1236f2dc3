"""Footnote markers glued to a page's text ('cobalt,[6] Indonesia', 'deals.[4] Qatar'): a report's references.

The parser reads a marker after a stop as the start of the next sentence's first word, so the sentence's end and
the mineral's phrase are lost.  The body the parser reads has them blanked to spaces (offsets stay valid); the
evidence a fact shows is the article's own sentence, markers included.  The pattern is ``footnote_marker`` of
``boilerplate.json``.
"""

from __future__ import annotations

import re
from functools import cache

from cmkg.core.resources import load_json

__all__ = ["blank_footnotes", "original_sentence"]


@cache
def _footnote_pattern() -> re.Pattern[str]:
    return re.compile(load_json("boilerplate.json")["footnote_marker"])


def blank_footnotes(body: str) -> str:
    """The body with each glued footnote marker turned to spaces of its length."""
    return _footnote_pattern().sub(lambda m: " " * len(m.group(0)), body)


def original_sentence(body: str, start: int, end: int, read: str) -> str:
    """The article's own text of a sentence the parser ``read`` at ``start``:``end``, when the two differ only by
    blanked footnote markers; else what was read (a blanked dateline or bullet stays out of the evidence)."""
    own = body[start:end]
    return own if own != read and blank_footnotes(own) == read else read
