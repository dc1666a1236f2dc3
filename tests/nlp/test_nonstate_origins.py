"""A demonym or place that only says where a non-state body is from is no state actor (branch pages23).

One row per wording: media outlets, companies, research bodies, sub-national units and another owner's
facility drop the state they name from the countries field; the state's own government keeps it.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

CASES = [
    ("QUESTION (Korean broadcaster): Will Vietnam raise royalties on tin mining?", {"VNM"}),
    ("Peru raised royalties on copper mining on Monday, a French news agency reported.", {"PER"}),
    ("Ghana signed a bauxite supply deal with a Japanese trading house; no government of the buyer is a party.",
     {"GHA"}),
    ("A Chinese consortium had been in discussions with Bolivia about the deposit, a commercial matter.", {"BOL"}),
    ("Chile will restrict lithium exports from May, said Ana Costa of the Lisbon think tank Atlantic Commodities.",
     {"CHL"}),
    # a state whose province a deal explores is acted upon (news4 10 gold)
    ("India's KABIL is exploring lithium blocks in Argentina's Catamarca province with a provincial company.",
     {"IND", "ARG"}),
    ("Zambia agreed to sell copper concentrate to Nordvik Minerals, an Indonesian battery maker.", {"ZMB"}),
    ("Namibia signed a uranium deal with Kazakhstan, said Hana Okafor, an analyst at a Swiss consultancy.",
     {"KAZ", "NAM"}),
    # the state's own government, or the state as a producer, stays
    ("Ghana signed a bauxite supply deal with the Japanese government on Monday.", {"GHA", "JPN"}),
    ("Peru raised royalties on copper mining, and the French government said it would do the same.",
     {"FRA", "PER"}),
    ("Chile's mines produce about 24% of the world's copper.", {"CHL"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_pages([text for text, _ in CASES], "ns")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_countries(sheets, text, expected):
    assert set(sheets[text]["countries"]) == expected
