"""A sentence that opens with a title the parser reads as a preposition ('Under Secretary of State X and
Minister Y signed'): the opening phrase is the subject of the verb it runs into (subject_forms)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract

US_PAGE = "https://www.state.gov/releases/office-of-the-spokesperson/case"


def party_sets(text: str, url: str | None = US_PAGE) -> set[frozenset]:
    sheet = extract(make_article([text], title="t", source="case.txt", url=url, published="2025-06-01"))
    return {frozenset(a["parties"]) for a in sheet["agreements"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Under Secretary of State for Economic Affairs Daniel Okafor and Minister of Mines and Geology of the "
            "Republic of Guinea Mamadou Keita signed a Memorandum of Understanding on bauxite on May 4.",
            {frozenset({"USA", "GIN"})},
        ),
        (
            "Under Secretary Priya Natarajan and Kazakh Minister of Industry Daniyar Ospanov signed a memorandum "
            "on rare earths.",
            {frozenset({"USA", "KAZ"})},
        ),
        (
            "U.S. Under Secretary of State Kwabena Asante-Mensah and Chile's Minister of Mining Ana "
            "Ruiz-Tagle signed a partnership on copper on Tuesday.",
            {frozenset({"USA", "CHL"})},
        ),
        # a real preposition before a comma, or with a subject of its own, is no subject
        ("Under the agreement, Kenya and Japan will share geological data.", {frozenset({"KEN", "JPN"})}),
        ("Under Secretary Priya Natarajan's watch, officials met in Lima.", set()),
    ],
)
def test_titled_opening(text, expected):
    assert party_sets(text) == expected
