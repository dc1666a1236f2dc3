"""Short lines of a page dump that belong to the story although they look like a menu's.

A page dump's furniture is short lines; so are an office above a name in brackets, the bulleted items of a list
the story announced with a colon, the numbered items under an annex the story referred to, and the rows of a
plain-text table of figures under its heading ('World tin mine output by country, 2024 (share of total)' over
'China       23%'). These tests say
which short lines the story keeps.
"""

from __future__ import annotations

import re
from functools import cache

from cmkg.core.resources import load_json
from cmkg.nlp.rules import words as _w

__all__ = ["WORD", "annex_heading", "announced_item", "figure_rows_at", "office_above_name"]

WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")  # a word of a line, for every line test of a page dump


_OFFICE_LINE_WORDS = 12  # "THE MINISTER OF STATE IN THE MINISTRY OF MINES": an office, not a paragraph
_NAME_LINE_WORDS = 6  # "(SHRI G. KISHAN REDDY)"


def office_above_name(lines: list[str], k: int) -> bool:
    """'THE MINISTER OF COAL AND MINES' above '(SHRI G. KISHAN REDDY)': a parliamentary answer names who
    answers in two short lines, the office and the name in brackets; the office line is no menu item."""
    if k + 1 >= len(lines) or len(WORD.findall(lines[k])) > _OFFICE_LINE_WORDS:
        return False
    below = lines[k + 1]
    return below.startswith("(") and below.endswith(")") and 1 < len(WORD.findall(below)) <= _NAME_LINE_WORDS


_ANNEX_HEADING_WORDS = 8  # "Annex: List of controlled items", "Schedule 2 - Prohibited goods"


def annex_heading(body: list[str], line: str) -> bool:
    """A short line opening with the name of an annex the story already referred to ('the items listed in the
    Annex to this Announcement'): a gazette's list of goods, which looks like a menu and is the story's own."""
    words = WORD.findall(line)
    if not words or len(words) > _ANNEX_HEADING_WORDS or words[0].lower() not in _w("export_control.annex_nouns"):
        return False
    named = re.compile(rf"\b{re.escape(words[0])}\b", re.I)
    return any(named.search(b) for b in body)


def announced_item(body: list[str], bullet: re.Pattern[str]) -> bool:
    """Whether a bulleted line continues a list the story announced: its last prose line ends in a colon and
    only bulleted lines came since."""
    k = len(body) - 1
    while k >= 0 and bullet.match(body[k]):
        k -= 1
    return k >= 0 and body[k].rstrip().endswith(":")


_MIN_FIGURE_ROWS = 2  # one 'China 23%' line alone is no table
_HEADING_WORDS = 30


@cache
def _figure_row() -> re.Pattern[str]:
    return re.compile(load_json("boilerplate.json")["figure_row"])


def figure_rows_at(lines: list[str], k: int) -> int:
    """How many lines from ``k`` are a heading (no sentence end) and the figure rows right under it; 0 when
    fewer than two rows follow."""
    heading = lines[k].rstrip()
    if _figure_row().match(heading) or len(WORD.findall(heading)) > _HEADING_WORDS or heading.endswith("."):
        return 0
    n = 0
    while k + 1 + n < len(lines) and _figure_row().match(lines[k + 1 + n].strip()):
        n += 1
    return 1 + n if n >= _MIN_FIGURE_ROWS else 0
