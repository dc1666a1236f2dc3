"""What a production share is a share of (nlp/components/share_scope.py).

A later share in a sentence keeps the world scope of the one before it when the two are coordinated, by
their nouns or by their verbs; 'the <stage> of <mineral>' is the world's stage; 'of the ore it digs', 'of
that output' point at something the text names and are no world share.
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
            "Zambia mines roughly 35% of the world's cobalt and handles more than 80% of the processing of cobalt "
            "into battery chemicals, according to industry data.",
            {("ZMB", "mines", "cobalt", 35.0), ("ZMB", "processes", "cobalt", 80.0)},
        ),
        (
            "Brazil digs up about 40% of global nickel ore, the survey said, and carries out roughly 25% of the "
            "refining of nickel.",
            {("BRA", "mines", "nickel", 40.0), ("BRA", "refines", "nickel", 25.0)},
        ),
        (
            "Finland accounts for about 12% of the refining of cobalt, industry figures show.",
            {("FIN", "refines", "cobalt", 12.0)},
        ),
        (
            "Mongolia controls more than 30% of the mining of fluorspar, according to the Japanese Geological Survey.",
            {("MNG", "mines", "fluorspar", 30.0)},
        ),
        # the owner is named or pointed at: no world share for the second number
        (
            "Peru mines about 12% of the world's copper and sells 30% of the ore it digs to smelters abroad.",
            {("PER", "mines", "copper", 12.0)},
        ),
        (
            "Gabon produces roughly 20% of the world's manganese and ships 60% of that output to buyers abroad.",
            {("GAB", "produces", "manganese", 20.0)},
        ),
        # a pronoun after 'of' is the mineral the sentence named: still the world's
        (
            "Russia mines about 40% of the world's palladium and handles around 60% of its processing.",
            {("RUS", "mines", "palladium", 40.0), ("RUS", "processes", "palladium", 60.0)},
        ),
        # the world scope spoken after a determiner is still the world's
        (
            "Kazakhstan, the largest uranium producer, accounts for 40% of the world's supply.",
            {("KAZ", "produces", "uranium", 40.0)},
        ),
    ],
)
def test_scope_of_a_share(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place or a participle after the mineral, or a company subject, is no world share (review20 M3)
        ("Chile handles 20% of the refining of lithium in South America.", set()),
        ("Peru's smelters carry out 60% of the smelting of copper mined in Peru.", set()),
        (
            "Indonesia produces half of the world's nickel, and its smelters do 80% of the processing of nickel mined "
            "in the country.",
            {("IDN", "produces", "nickel", 50.0)},
        ),
        (
            "Chile produces a quarter of the world's copper, and Codelco handles 30% of the smelting of copper.",
            {("CHL", "produces", "copper", 25.0)},
        ),
        (
            "China mines about 65% of the world's graphite, and its plants refine more than 90% of the graphite that "
            "ends up in battery anodes.",
            {("CHN", "mines", "graphite", 65.0), ("CHN", "refines", "graphite", 90.0)},
        ),
    ],
)
def test_what_narrows_a_share(text, expected):
    assert shares(text) == expected
