"""A reduced participle the parser made the main verb ('The framework agreed between A and B in 2023 provides
...'): the agreement is its object, so the mutual phrase names the parties (recall17 census, official6 item 12).
A mutual phrase that names fewer than two states, or a participle with its own auxiliary, is left alone."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The cooperation framework on battery minerals agreed between the Government of Malawi and the "
            "Government of the Republic of Namibia in 2023 provides for a joint precursor plant.",
            {("MWI+NAM", "existing")},
        ),
        ("The accord agreed between Peru and Ghana in 2021 covers copper.", {("GHA+PER", "existing")}),
        ("The accord concluded between Peru and Ghana on Monday covers copper.", {("GHA+PER", "signed")}),
        ("The memorandum reached among Laos, Chile and Oman on Friday covers tin.", {("CHL+LAO+OMN", "announced")}),
        ("The accord signed between Peru and Ghana in 2021 covers copper.", {("GHA+PER", "existing")}),
        # the phrase names firms, not two states: no pair of states is read from it
        ("The offtake deal agreed between Glencore and Trafigura last week covers copper.", set()),
    ],
)
def test_misread_participle(text, expected):
    assert agreements(text) == expected
