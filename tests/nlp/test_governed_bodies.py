"""Generic heads that are an instrument only where a committing verb governs them and two states are named
(agreement.governed_nouns): 'understanding', 'consensus' (recall17 census row 6), 'committee', 'mechanism'
(row 4). A meeting of a committee, one state's committee, or 'a better understanding of' is no agreement."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peru and Ghana reached an understanding on copper exports on Monday.", {("GHA+PER", "announced")}),
        ("Laos and Oman reached a consensus on joint tin exploration on Monday.", {("LAO+OMN", "announced")}),
        (
            "Malawi and Namibia agreed on Monday to set up a joint technical committee on lithium transport.",
            {("MWI+NAM", "announced")},
        ),
        (
            "Peru and Ghana agreed to establish an upgraded dialogue mechanism on export licences.",
            {("GHA+PER", "announced")},
        ),
        ("Peru will create a coordination mechanism with Ghana for copper exports.", {("GHA+PER", "planned")}),
        ("Peru and Ghana signed a memorandum of understanding on copper on Monday.", {("GHA+PER", "signed")}),
        ("Officials from Peru and Ghana called for a better understanding of copper supply chains.", set()),
        ("There is a broad consensus in Peru and Ghana that copper prices will rise.", set()),
        ("Peru set up a technical committee to review lithium contracts on Monday.", set()),
        ("The joint committee of Peru and Ghana met on Monday in Lima.", set()),
    ],
)
def test_governed_bodies(text, expected):
    assert agreements(text, published="2025-12-15") == expected
