"""Instruments named by a head and its 'of' complement ('a statement of cooperation', 'a protocol on
cooperation', 'a declaration of principles'): the pair is an agreement where the head alone is not
(``agreement.of_heads``)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def party_sets(text: str) -> set[frozenset]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {frozenset(a["parties"]) for a in sheet["agreements"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Samoa and Korea have signed a statement of cooperation on seabed minerals.", {frozenset({"WSM", "KOR"})}),
        ("Uzbekistan and Italy signed a protocol of cooperation in geology on Tuesday.", {frozenset({"UZB", "ITA"})}),
        (
            "Ghana and Morocco signed a declaration of principles on responsible cobalt supply chains.",
            {frozenset({"GHA", "MAR"})},
        ),
        # the head alone, with no such complement, is no instrument
        ("Kenyan officials reviewed the security protocol for the port with visitors from Chile.", set()),
        ("Peru and Canada issued a statement on the floods.", set()),
    ],
)
def test_of_headed_instruments(text, expected):
    assert party_sets(text) == expected
