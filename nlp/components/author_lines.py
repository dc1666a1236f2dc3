"""The official who speaks a page in the first person, read from its lead lines.

A speech, a statement or an op-ed says who speaks before the first 'we': a lead line "Remarks by NAME, Deputy
Assistant Secretary for Critical Minerals, Bureau of Energy Resources, U.S. Department of State, at the Washington
Resources Forum" (a byline word, ``persons.byline_words``, then the name and the office's comma-separated parts,
up to the venue or the date), or a first sentence "As Kazakhstan's Minister of Industry and Construction, I have
...".  When the office parts name exactly one state, every 'we', 'our' and 'I' of the page is that state's, as on
a page whose title names its author's office (``interview_voice.mark_author``).  The office must hold an office
word (a title head of ``lexicon_roles.tsv``, and no private one): an analyst's or an executive's 'we' is their
firm's.  Only the page's first
lines are read (``LEAD_LINES``): a speaker introduced further down is quoted, not the page's voice.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.title_pairs import title_states
from cmkg.nlp.role_words import role_word_parts
from cmkg.nlp.rules import words as _w

__all__ = ["lead_author_state"]

LEAD_LINES = 4  # the byline, the speech's heading line, a standfirst and the first paragraph
_AS_OFFICE = re.compile(r"^As ([^,]{3,120}), (?:I|we)\b")  # "As Kazakhstan's Minister of X, I have ..."
_STOP_PART = re.compile(r"^(?:at|on|in|before|to)\b|^\d|^[A-Z][a-z]+ \d{1,2}\b")  # 'at the Forum', '14 January 2025'


def lead_author_state(doc: Doc) -> str | None:
    """The one state the page's speaking official serves, from its lead lines; None when they name no such
    official or more than one state."""
    lines = [ln.strip() for ln in doc_text(doc).split("\n") if ln.strip()][:LEAD_LINES]
    for line in lines:
        office = _byline_office(line) or _as_office(line)
        if office is None:
            continue
        states = list(dict.fromkeys(title_states(office)))
        return states[0] if len(states) == 1 else None
    return None


def _has_office_word(text: str) -> bool:
    """A title head of a public office ('Minister', 'High Commissioner', 'negotiator'), no private one."""
    words = {w.lower().strip(".,") for w in text.split()}
    return bool(words & role_word_parts("head")) and not words & role_word_parts("private")


def _byline_office(line: str) -> str | None:
    """'Remarks by NAME, OFFICE, PART, PART, at VENUE, DATE': the office parts after the name, up to the venue."""
    for word in _w("persons.byline_words"):
        head, by, rest = line.partition(f" {word} ")
        if not by or len(head.split()) > len(["Keynote", "address", "delivered"]):
            continue  # the byline word opens the line's phrase ('Statement by'), not a sentence's ('signed by')
        parts = [p.strip() for p in rest.split(",")]
        office = []
        for part in parts[1:]:
            if not part or _STOP_PART.match(part):
                break
            office.append(part)
        text = ", ".join(office)
        if office and _has_office_word(text):
            return text
    return None


def _as_office(line: str) -> str | None:
    """'As Kazakhstan's Minister of Industry and Construction, I have lost count ...': the office the writer names."""
    m = _AS_OFFICE.match(line)
    return m.group(1) if m is not None and _has_office_word(m.group(1)) else None
