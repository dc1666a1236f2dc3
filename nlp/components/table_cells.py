"""Cells of a bar-separated line ('Mineral | Country | Share'), shared by the two table readers.

``share_tables`` (world shares) and ``table_rows`` (instruments and their parties) each decide what counts as a
row of their own tables (a share table's row is a ``ShareRow``, which the labelled rows of ``share_label_rows`` give
too) (outer bars optional, how many cells); how a row's text splits into cells with their
character spans, and where a header joined to its rule line ends, is the same for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

__all__ = ["RULE_CELL", "Cell", "ShareRow", "before_rule", "cell_tokens", "header_words", "split_cells"]

Cell = tuple[str, int, int]  # a cell's stripped text and its (start, end) character span in the page
RULE_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")  # '---', ':--:': a cell of the line under a header


def split_cells(body: str, offset: int) -> list[Cell]:
    """The cells of ``body`` split at every '|', each with its span; ``offset`` is where ``body`` starts in the
    page. Empty cells stay (an outer bar gives one): each reader trims the ones its rows may have."""
    out: list[Cell] = []
    pos = offset
    for cell in body.split("|"):
        out.append((cell.strip(), pos, pos + len(cell)))
        pos += len(cell) + 1
    return out


def cell_tokens(doc: Doc, span: tuple[int, int] | None) -> list[Token]:
    """The tokens of a cell's character span (widened to whole tokens); none for a missing cell."""
    piece = doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    return list(piece) if piece is not None else []


def header_words(text: str) -> set[str]:
    """The lower-case words of a header cell, caption or heading ('%' a word too): what every table reader classes
    its columns by."""
    return set(re.findall(r"[a-z%']+", text.lower()))


def before_rule(cells: list[Cell]) -> list[Cell]:
    """The page reader joins a header and its rule line ('| A | B | |---|---|'): the header ends at the first
    rule cell. A line that opens with a rule cell (a rule line itself) stays whole."""
    rule = next((k for k, (text, _, _) in enumerate(cells) if RULE_CELL.match(text)), 0)
    return cells[:rule] if rule > 0 else cells


@dataclass(frozen=True)
class ShareRow:
    """One body row of a share table: its character span and the cells' (start, end) spans."""

    start: int
    end: int
    mineral: tuple[int, int]
    country: tuple[int, int]
    share: tuple[int, int]
    stage: tuple[int, int] | None
    activity: str  # the header's stage when there is no stage column
