"""Office forms of a name's title: a plural title shared by a list of names, and a post-nominal that is an office.

"The two foreign ministers, X of Congo and Y of Rwanda": each holds one office, 'Foreign Minister', not the
plural the list shares.  "Liam Byrne MP said": the letters after the name stand for a seat in parliament
(``persons.office_post_nominals``); honours and degrees ('OBE', 'PhD') stand for none.  And a role's title case.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cmkg.nlp.components.name_forms import unshouted
from cmkg.nlp.components.persons import is_anchor
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["plural_office", "post_nominal_office", "singular_role", "title_case"]


def post_nominal_office(ent: Span) -> str | None:
    """'Liam Byrne MP', 'Ana Costa MEP': the office a post-nominal right after the name stands for
    (``persons.office_post_nominals``); an honour ('OBE') or a degree names none."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return rules().table("persons.office_post_nominals").get(after.text.rstrip(".")) if after is not None else None


def singular_role(role: str | None, heads: frozenset[str]) -> str | None:
    """'Foreign Ministers' -> 'Foreign Minister': a plural title shared by a list of names is each one's office."""
    if not role:
        return role
    return " ".join(w[:-1] if w.lower()[:-1] in heads and w.lower() not in heads else w for w in role.split())


def plural_office(t: Token, anchors: frozenset[str]) -> bool:
    """'Senators', and 'Ministers' in 'Prime Ministers X and Y', which the tagger reads as a singular proper noun."""
    tagged = t.tag_ in ("NNS", "NNPS") and is_anchor(t, anchors)
    return tagged or (t.lower_.endswith("s") and t.lower_[:-1] in anchors)


def title_case(words: list[str]) -> str:
    """A role in title case: small words lower inside it, acronyms kept, no spaces inside brackets or before commas."""
    small = _w("officials.title_small_words")
    out = []
    for i, w in enumerate(unshouted(words)):
        out.append(
            w if (w.isupper() and len(w) > 1) else (w.lower() if (w.lower() in small and i) else w[:1].upper() + w[1:])
        )
    joined = re.sub(r"\s+,", ",", re.sub(r"\s+-\s+", "-", " ".join(out)))  # and "(MTA)" below, not "( MTA )"
    joined = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", joined))
    return re.sub(r"\s*\(\)", "", joined)  # "of the Congo (DRC)" loses the state's acronym with the state
