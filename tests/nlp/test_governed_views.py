"""'understanding' and 'consensus' that state a view (agreement.view_nouns, nlp/components/governed.py): a content
clause ('a consensus that supply is at risk') or an 'of' theme ('a better understanding of each other's
positions') makes them an opinion, not a deal, even under a committing verb ('reach', 'negotiate').  Review18
M2's cases give no agreement; the instrument forms ('an understanding on exports') still do."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        # a view: no fact
        ("Japan and India reached a consensus that the rare earth market is at risk.", set()),
        ("Japan and India reached a broad consensus that rare earth supply is at risk.", set()),
        ("China and the United States reached a better understanding of each other's positions on gallium.", set()),
        ("Australia and Japan reached an understanding of each other's concerns about lithium prices.", set()),
        ("Canada and Mexico negotiated an understanding of the rules of origin for lithium.", set()),
        ("Brazil has reached an understanding with Argentina that lithium prices are too low.", set()),
        ("Peru and Ghana signed a consensus that copper prices will rise.", set()),
        ("Peru negotiated an understanding with Ghana on Friday that copper prices are too low.", set()),
        # an instrument: still a fact
        ("Peru and Ghana reached an understanding on copper exports on Monday.", {("GHA+PER", "announced")}),
        ("Laos and Oman reached a consensus on joint tin exploration on Monday.", {("LAO+OMN", "announced")}),
        ("Peru reached an understanding with Ghana on copper processing on Monday.", {("GHA+PER", "announced")}),
        ("Peru and Ghana signed a memorandum of understanding on copper on Monday.", {("GHA+PER", "signed")}),
        (
            "Under the understanding reached between Peru and Ghana, tariffs on copper will be cut.",
            {("GHA+PER", "announced")},
        ),
    ],
)
def test_view_nouns(text, expected):
    assert agreements(text, published="2025-12-15") == expected
