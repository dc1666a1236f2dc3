"""A deal whose own 'between' phrase names a company has no state party (nlp/components/company_deals.py)."""

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
        (
            "Trade ministers from Peru and Korea witnessed the signing of an offtake deal between Cordillera "
            "Copper Corp and a refiner from Korea on Monday.",
            set(),
        ),
        ("Ghana and Japan witnessed the signing of a supply deal between Volta Minerals Ltd and Sojitz.", set()),
        ("Ghana and Japan signed an agreement between Volta Minerals Ltd and a Japanese trader.", set()),
        # states, or a ministry whose long name the parser splits, are no company
        ("Ghana and Egypt witnessed the signing of a memorandum between Japan and Korea.", {frozenset({"JPN", "KOR"})}),
        (
            "Negotiations began on a memorandum between the Ministry of Industry and Entrepreneurship Development "
            "of Ghana and the Ministry of Economy, Trade and Industry of Japan.",
            {frozenset({"GHA", "JPN"})},
        ),
    ],
)
def test_company_deals(text, expected):
    assert party_sets(text) == expected
