"""A bare number right after a world share is a share of the same mineral (share_scope.world_share_before).

"Niger supplied about 4% of the world's mined uranium. Kazakhstan, by contrast, produces around 40%.": the
second sentence's number ends its clause with no object; its verb gives the stage, the sentence before the
mineral and the world scope. Near misses: a number with an object of its own, a number whose verb is no stage,
a number two sentences later.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def shares(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet["production_shares"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Niger supplied about 4% of the world's mined uranium before the coup. Kazakhstan, by contrast, "
            "produces around 40%, and Canada is the second-largest supplier.",
            {("NER", "mines", "uranium", 4.0), ("KAZ", "produces", "uranium", 40.0)},
        ),
        (
            "India holds about 6% of the world's rare-earth reserves but accounts for only a sliver of mined "
            "output. China mines about 70%.",
            {("IND", "reserves", "rare earths", 6.0), ("CHN", "mines", "rare earths", 70.0)},
        ),
        (
            "Indonesia mines roughly half of the world's nickel. The Philippines, by comparison, mines about 10%.",
            {("IDN", "mines", "nickel", 50.0), ("PHL", "mines", "nickel", 10.0)},
        ),
        (
            "Chile produces about a quarter of the world's lithium. China refines around 65 percent.",
            {("CHL", "produces", "lithium", 25.0), ("CHN", "refines", "lithium", 65.0)},
        ),
        # near misses: an object of its own, a verb that is no stage, a sentence in between
        (
            "China mines 60% of the world's graphite. Japan imports 30% of its graphite from China.",
            {("CHN", "mines", "graphite", 60.0)},
        ),
        (
            "China mines 60% of the world's graphite. Prices have risen about 12%.",
            {("CHN", "mines", "graphite", 60.0)},
        ),
        (
            "China mines 60% of the world's graphite. Demand is rising fast. Brazil produces about 8%.",
            {("CHN", "mines", "graphite", 60.0)},
        ),
    ],
)
def test_bare_number_after_a_world_share(text, expected):
    assert shares(text) == expected
