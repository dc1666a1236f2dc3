"""The owner of a measure whose clause's subject is the exports themselves (session 12, controls19).

'[exports of X] would require licences' names no owner in its own clause: the reporting body does, also when a
place names that body ('news from Beijing, where the commerce ministry said ...'), even with a tail naming
another state; exports from a named state stay that state's. Invented pairings of states and minerals.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The timing was sharpened by news from Lima, where the commerce ministry said on Friday that exports of "
            "tin would require licences, a step taken in response to new Brazilian tariffs.",
            {("PER", "tin", "announced")},
        ),
        (
            "Delegates gathered in Hanoi, where the trade ministry said that exports of raw tungsten would be banned "
            "from May, a move Japan criticised.",
            {("VNM", "tungsten", "announced")},
        ),
        (
            "The Peruvian mines ministry said exports of tin would require licences from May, a step criticised by "
            "the US.",
            {("PER", "tin", "announced")},
        ),
        (
            "Japan said exports of samarium from China would require licences from May.",
            {("CHN", "samarium", "announced")},
        ),
        # a place in the measure's own clause still names its owner before the reporter
        (
            "The export of copper is prohibited in Ghana, the Ministry of Commerce said.",
            {("GHA", "copper", "in_force")},
        ),
        ("News came from Lima, where the commerce ministry said that imports of tin would require licences.", set()),
    ],
)
def test_place_owners(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # review20 S1: only a government body with no state of its own serves the state of the 'where' place
        (
            "At a summit in Paris, where the IEA said exports of gallium would require licences, ministers met.",
            set(),
        ),
        (
            "At a forum in Tokyo, where the Carnegie Endowment said exports of germanium would require licences, "
            "delegates met.",
            set(),
        ),
        (
            "At a conference in Canberra, where Rio Tinto said exports of lithium would require licences, "
            "ministers met.",
            set(),
        ),
        (
            "Talks opened in Accra, where the Meridian Minerals Institute said exports of bauxite would be banned.",
            set(),
        ),
        (
            "At a meeting in Jakarta, where the Chinese commerce ministry said exports of gallium would require "
            "licences, delegates met.",
            {("CHN", "gallium", "announced")},
        ),
        (
            "At a meeting in Nairobi, where the Ugandan mines ministry said exports of cobalt would be banned, "
            "delegates met.",
            {("UGA", "cobalt", "announced")},
        ),
        (
            "News came from Santiago, where Congress said exports of lithium would require licences.",
            {("CHL", "lithium", "announced")},
        ),
    ],
)
def test_where_place_is_a_government_body_only(text, expected):
    assert control_triples(text) == expected
