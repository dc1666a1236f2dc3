"""Dated entry headings of a chronology: '1 August 2023 - China', 'March 4, 2025 | Democratic Republic of the
Congo', 'Viet Nam - 2024-07-01'.

A tracker page lists measures one entry at a time, each under a heading line that gives the entry's date and
its state; the entry's own sentences then omit the state ('Export licences become mandatory for gallium').  The
heading is short and is no prose, so a page dump's cleaner would drop it, and a clean text would join it to the
sentence under it; kept as its own paragraph, the extractor reads the state it names as the entry's owner.
A page counts as a chronology when at least two lines have the heading's shape.  The shapes live in
``data/boilerplate.json`` ("entry_heading").
"""

from __future__ import annotations

import re
from functools import lru_cache

from cmkg.core.resources import load_json

__all__ = ["entry_heading", "chronology"]

_MIN_ENTRIES = 2  # one dated line is a header or a sign-off; a chronology repeats the shape


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, ...]:
    spec = load_json("boilerplate.json")["entry_heading"]
    shapes = list(spec["shapes"])
    for part in ("month", "date", "name", "sep"):  # a part may hold an earlier one ('{month}' in the date)
        value = spec[part]
        spec = {k: v.replace("{" + part + "}", value) if isinstance(v, str) else v for k, v in spec.items()}
        shapes = [s.replace("{" + part + "}", value) for s in shapes]
    return tuple(re.compile(shape, re.I) for shape in shapes)


def entry_heading(line: str) -> bool:
    """Whether ``line`` (stripped) is a dated entry heading: a date and a capitalised name, nothing else."""
    text = " ".join(line.split())
    return any(rx.fullmatch(text) for rx in _shapes())


def chronology(lines: list[str]) -> bool:
    """Whether a page's lines hold at least two dated entry headings."""
    return sum(1 for ln in lines if entry_heading(ln)) >= _MIN_ENTRIES
