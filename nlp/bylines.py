"""The speaker a page's title names: 'Speech by Ambassador X at the Y Congress', 'Remarks by State Secretary X'.

A speech, a statement or a press conference is published under a title that names who gave it; the body is the
speech itself, in the first person, and never names its speaker again. The title is no part of the body the
pipeline reads, so a title that opens with a byline noun (``persons.byline_nouns``: 'Speech', 'Keynote Remarks',
'Press Conference') before 'by' is read on its own, and the officials it names join the body's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from cmkg.nlp.rules import words as _w

__all__ = ["byline_title", "with_title_people"]

MAX_BYLINE_HEAD = 4  # words before 'by': 'Keynote Speech of the Minister' is no byline


def byline_title(title: str | None) -> bool:
    """'Speech by ...', 'Opening Remarks by ...', 'Press Conference by ...': a byline noun ends the words before
    the first 'by'."""
    head, by, _rest = (title or "").partition(" by ")
    words = re.findall(r"[^\W\d_]+", head.casefold())
    return bool(by) and 0 < len(words) <= MAX_BYLINE_HEAD and words[-1] in _w("persons.byline_nouns")


def with_title_people(doc: Doc, title: str | None, read: Callable[[str], Doc]) -> list:
    """The body's people, then the officials a byline title names that the body does not (``read`` runs the
    pipeline on the title)."""
    people = list(doc._.cmkg_people or [])
    if not byline_title(title):
        return people
    known = {p.name.casefold() for p in people}
    titled: Iterable = read(title or "")._.cmkg_people or []
    return people + [p for p in titled if p.role and not p.private and p.name.casefold() not in known]
