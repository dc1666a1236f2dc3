"""Officers of intergovernmental organisations, who serve no state.

A fact sheet's people are officials of a state or the EU: the country of each is the government they serve.
"WTO Director-General Ngozi Okonjo-Iweala" and, on unctad.org, "Secretary-General Rebeca Grynspan" serve an
organisation, and filing them under the member the sentence names (or the page's last state) would make them a
country's representative.  Such an officer is kept as a named person who is no official (a not-actor): one whose
title resolved to an intergovernmental organisation other than the EU, or one whose bare secretariat title
(``officials.igo_head_titles``) names no state, in a sentence that names none either, on the organisation's own
site (``officials.igo_hosts``, read by ``cmkg.nlp.igo_sites.igo_publisher`` into ``doc._.cmkg_igo_publisher``).
The EU's officers are officials (the gold's people serve 'the state or EU').
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import words as _w

__all__ = ["mark_igo_staff"]

UNION = "EU"


class _Person(Protocol):
    role: str | None
    country: str | None
    private: bool
    stated: bool


def mark_igo_staff(doc: Doc, people: Iterable[_Person]) -> None:
    """Make each organisation's officer a named person who is no official."""
    orgs = gazetteer().orgs
    igos = {code for code, org in orgs.items() if org.kind == "igo" and code != UNION}
    own_page = bool(doc._.cmkg_igo_publisher)
    for person in people:
        if person.private or not person.role:
            continue
        # "Director-General X of Vietnam's mining department", "Malaysia was represented by Director-General X":
        # a state in the officer's own sentence makes the bare title a national one
        sentence = doc[person.start].sent
        national = any(x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_ not in igos for x in sentence)
        bare = person.role.lower() in _w("officials.igo_head_titles") and not person.stated and not national
        if person.country in igos or (own_page and bare):
            person.private, person.country = True, None
