"""The state an agreement's 'its' points to (census13 rows 13, 14): the nearest possessor or subject before the
pronoun, or a fronted 'For X,' phrase; a nearer company stops the search."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "It is Bahrain's first trade deal since its free trade agreement with Peru entered into force.",
            {("BHR+PER", "existing")},
        ),
        (
            "Kenya and Chile signed a deal on Monday. For Kenya, it is the second such deal, after its "
            "Comprehensive Economic Partnership Agreement with Vietnam signed in 2022.",
            {("CHL+KEN", "signed"), ("KEN+VNM", "existing")},
        ),
        (
            "The Sultanate of Oman and Ghana signed a trade agreement today. It is the Sultanate's first "
            "trade agreement since its free trade agreement with Norway entered into force in 2009.",
            {("GHA+OMN", "signed"), ("NOR+OMN", "existing")},
        ),
        (
            "Chile and Peru signed a deal. Glencore said its agreement with Peru was unaffected.",
            {("CHL+PER", "signed")},
        ),
    ],
)
def test_possessive_owner(text, expected):
    assert agreements(text) == expected
