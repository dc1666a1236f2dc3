"""Signature blocks in a page dump: a name line above an office line, with the 'For the X,' line above them.

A page dump keeps only prose lines, so the short lines that close an official act ('For the Authority,' /
'Patrick Luabeya Mbaya' / 'Chairman of the Board of Directors', 'Seen and approved:' / name / 'Minister of
Mines') would be dropped as menu items; the people component reads them as a block (nlp/components/
signatures.py) when they stay together, one line each. An office line holds a title word of
``lexicon_roles.tsv`` (public or private: the component decides); a name line is two to five capitalised words.
"""

from __future__ import annotations

import re

from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

__all__ = ["form_note", "signature_block_at"]

MAX_OFFICE_WORDS = 12
NAME_WORDS = (2, 5)
_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _title_words() -> frozenset[str]:
    return role_words("head", "private")


def _name_line(line: str) -> bool:
    tokens = _TOKEN.findall(line)
    if not NAME_WORDS[0] <= len(tokens) <= NAME_WORDS[1] or any(c.isdigit() or c in ":;" for c in line):
        return False
    particles = _w("persons.name_particles")
    named = all(t[:1].isupper() or t.casefold() in particles for t in tokens)
    return named and not any(w.casefold() in _title_words() for w in _LETTERS.findall(line))


def _office_line(line: str) -> bool:
    words = _LETTERS.findall(line.casefold())
    if not line[:1].isupper() or not 0 < len(words) <= MAX_OFFICE_WORDS or line.rstrip().endswith("."):
        return False
    return any(w in _title_words() or w.removesuffix("s") in _title_words() for w in words)


def _behalf_line(line: str) -> bool:
    words = line.split()
    return 1 < len(words) <= MAX_OFFICE_WORDS and words[0].casefold() in _w("persons.behalf_openers")


def signature_block_at(lines: list[str], k: int) -> int:
    """How many lines from ``k`` make a signature block ('For X,' / name / office: 3; name / office: 2), else 0."""
    if k + 2 < len(lines) and _behalf_line(lines[k]) and _name_line(lines[k + 1]) and _office_line(lines[k + 2]):
        return 3
    if k + 1 < len(lines) and _name_line(lines[k]) and _office_line(lines[k + 1]):
        return 2
    return 0


def form_note(line: str) -> bool:
    """'[Signature and seal]', '(Signed)': a bracketed line standing where a signature is, naming the act's form
    (``persons.form_note_words``); a photo credit or an editorial note in brackets is none."""
    text = line.strip()
    if len(text) < 3 or text[0] not in "[(" or text[-1] not in ")]":
        return False
    return any(w.strip(".,;:").lower() in _w("persons.form_note_words") for w in text[1:-1].split())
