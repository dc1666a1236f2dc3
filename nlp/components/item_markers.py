"""Item numbers in a list ('1) A 2) B', '1. A' one a line, '(a) A, (b) B'): separators, not words.

A list a heralded noun announces ('with the following countries:') is often numbered rather than
bulleted; the numbers and their brackets or points are what a bullet glyph is to a bulleted list,
so a pure list of states stays pure when its items are numbered.  A number is an item's marker only
where its closing mark follows it ('1)', '(a)', a line's '2.'), never a figure in prose.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.sentence_runs import opens_line
from cmkg.nlp.rules import words as _w

__all__ = ["item_markers"]


def _label(x: Token) -> bool:
    """An item's number or letter: '1', '12', 'a', 'iv'."""
    return x.like_num or (x.is_alpha and x.is_lower and len(x) <= 3 and x.lower_ in _w("agreement.item_letters"))


def _line_start(x: Token, tokens: Span) -> bool:
    """The label opens a line or the list itself ('countries:\\n2. Japan', 'countries: 1. Australia')."""
    if x.i == tokens.start or opens_line(x):
        return True
    return x.doc[x.i - 1].text in _w("agreement.list_openers")


def item_markers(tokens: Span) -> frozenset[int]:
    """The token indices of the item markers in ``tokens``: the label, its closing mark, an opening bracket.

    A closing bracket ('1)', '(b)') marks an item anywhere; a point ('2.') only at the start of a line or
    of the list, where it cannot be a sentence's full stop after a figure."""
    doc, out = tokens.doc, set()
    brackets, points = _w("agreement.item_number_brackets"), _w("agreement.item_number_points")
    for x in tokens:
        nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
        if not _label(x) or nxt is None or nxt.i + 1 >= len(doc):
            continue
        if nxt.text in brackets or (nxt.text in points and _line_start(x, tokens)):
            opened = x.i > 0 and doc[x.i - 1].text in _w("agreement.item_number_openers")
            out |= {x.i, nxt.i} | ({x.i - 1} if opened else set())
    return frozenset(out)
