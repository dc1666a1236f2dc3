"""A named instrument whose own 'with' phrase names a side the rules cannot read is half a set, not a one-party
record; an inner agreement noun of a capitalised name ('... Partnership Agreement') is no second instrument."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kenya signed a Comprehensive Economic Partnership Agreement with Vietnam in 2022, and a Trade and "
            "Economic Partnership Agreement with the EFTA states in 2024.",
            {("KEN+VNM", "existing")},
        ),
        ("Ghana and Peru signed the Lithium Partnership Framework on Monday.", {("GHA+PER", "signed")}),
        # a one-party programme with no other side named keeps its record
        ("Kenya launched its National Critical Mineral Mission in January.", {("KEN", "existing")}),
    ],
)
def test_one_party_sets(text, expected):
    assert agreements(text) == expected
