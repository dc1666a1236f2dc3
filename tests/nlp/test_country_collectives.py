"""'Both countries' never pairs a state with the European Union (branch official19ag, official19 06;
party_reference._the_two, ``agreement.country_collectives``).

After 'the partnership between A and the European Union', a speaker's tail ('..., Bakke said') made the pair by
position A and the EU; a collective that means states only takes the pair a sentence shortly before coordinates,
else the page's pair. Near misses: a sentence that names its members keeps them; 'the two sides' is not a
country word and is left to the position rules.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements

LEAD = (
    "Kenya and Peru have agreed to establish a partnership on copper, the Minister of Mines, Amina Odhiambo, "
    "announced after meeting Peru's Minister of Energy, Luis Quispe, in Nairobi.\n\n"
    "The partnership complements the framework between Kenya and the European Union, which was signed in 2021. "
)


@pytest.mark.parametrize(
    "tail,expected",
    [
        (
            "Both countries are members of the Minerals Security Partnership launched by the United States, "
            "Odhiambo said.",
            {("KEN+PER", "announced"), ("EU+KEN", "existing"), ("KEN+PER+USA", "announced")},
        ),
        (
            "The two nations are members of the Minerals Security Partnership launched by the United States, "
            "Odhiambo said.",
            {("KEN+PER", "announced"), ("EU+KEN", "existing"), ("KEN+PER+USA", "announced")},
        ),
        # near miss: named members
        (
            "Kenya and Chile are members of the Minerals Security Partnership launched by the United States, "
            "Odhiambo said.",
            {("KEN+PER", "announced"), ("EU+KEN", "existing"), ("CHL+KEN+USA", "announced")},
        ),
    ],
)
def test_country_collective_skips_the_union(tail, expected):
    assert agreements(LEAD + tail) == expected
