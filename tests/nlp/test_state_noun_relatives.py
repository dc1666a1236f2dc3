"""A share stated in a relative clause on a bare state noun ('the archipelago, which mines ...', 'The Republic,
which mines ...') belongs to the state the noun refers to (nlp/components/state_reference.referred_antecedent),
and the elliptical share of the state compared with it follows. Names are invented or of many origins."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def shares(text: str) -> set[tuple]:
    sheet = extract(make_article(text.split("\n\n"), title="t", source="case.txt", published="2025-06-01"))
    return {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet["production_shares"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Indonesia banned nickel ore exports in 2020. Five years on, the archipelago, which now mines more than "
            "half of the world's nickel, according to figures circulated by the ministry, has kept the ban.",
            {("IDN", "mines", "nickel", 50.0)},
        ),
        (
            "Gabon will stop exports of manganese ore from 2029. The Republic, which mines about 23% of the world's "
            "manganese, is second only to South Africa, which mines roughly 36%, industry figures show.",
            {("GAB", "mines", "manganese", 23.0), ("ZAF", "mines", "manganese", 36.0)},
        ),
        (
            "Zambia raised copper royalties on Monday. The country, which produces about 4% of the world's copper, "
            "wants more smelting at home.",
            {("ZMB", "produces", "copper", 4.0)},
        ),
        (
            "Morocco opened a phosphate plant in May.\n\nThe kingdom, which refines roughly a third of the world's "
            "phosphate, plans two more.",
            {("MAR", "refines", "phosphate", 33.0)},
        ),
        # the one state named before the noun in its own sentence
        (
            "Zimbabwe will stop exports of raw graphite ore from 2027, officials said, arguing that the nation, "
            "which mines about 47% of the world's graphite, is second only to Ghana, which mines roughly 12%.",
            {("ZWE", "mines", "graphite", 47.0), ("GHA", "mines", "graphite", 12.0)},
        ),
    ],
)
def test_share_in_a_relative_clause_on_a_state_noun(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun that names no state, or names its own place
        "The lithium triangle, which holds more than half of the world's lithium, drew investors.",
        "Chile signed a deal on Monday. The region, which mines about 20% of the world's copper, drew investors.",
        # two states before the noun: which one is not said
        "Peru and Chile met on Monday, and officials said the country, which mines about 9% of the world's zinc, "
        "wants a smelter.",
    ],
)
def test_no_state_behind_the_noun(text):
    assert shares(text) == set()
