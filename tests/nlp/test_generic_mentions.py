"""Agreement nouns that name no instrument of the parties beside them (nlp/components/generic_mentions.py), and
national agencies as the other side of a deal (nlp/components/agencies.py).

Invented states' pairings; the gazetteer's agencies.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def agreements(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # quantified: deals in general
        ("Norway's prime minister said that any agreement must be made with Iceland, not about Iceland.", set()),
        ("Officials in Lima said every deal with Bolivia on lithium would need congressional approval.", set()),
        ("Peru signed an agreement on lithium with Bolivia on Monday.", {(("BOL", "PER"), "signed")}),
        # named after its venue: the capital's state is no party
        (
            "The peace accord between Togo and Benin, the Accra Accords, was hosted by Ghana but does not make "
            "Ghana a party.",
            {(("BEN", "TGO"), "existing")},
        ),
        ("Peru and Chile signed the Lima Declaration on lithium on Monday.", {(("CHL", "PER"), "signed")}),
        ("Australia launched the Canberra Initiative on critical minerals on Monday.", {(("AUS",), "announced")}),
        # an audience
        ('"We will build our own supply chains," she told the Kenyan Club of Nairobi on Tuesday.', set()),
        # an agency as the other side
        (
            "Kazakhstan held talks with the Department of State on a minerals memorandum.",
            {(("KAZ", "USA"), "negotiating")},
        ),
        (
            "Mongolia signed a memorandum on copper with the Commerce Department on Tuesday.",
            {(("MNG", "USA"), "signed")},
        ),
        # an agency's name with a state of its own is that state's office
        (
            "A framework was signed between the Ministry of Industry and Trade of Peru and the Ministry of Economy, "
            "Trade and Industry of Ghana on Thursday.",
            {(("GHA", "PER"), "signed")},
        ),
        # a named initiative as its own clause's subject is no company deal
        (
            "Project Vault, launched by Ghana last year, will combine a loan with private funds to stockpile cobalt.",
            {(("GHA",), "existing")},
        ),
        ("Project Atlas, launched by Kestrel Mining last year, will finance copper refineries.", set()),
        # a denied deal beside talks with another side
        (
            "Peru and Ghana did not sign an agreement on lithium on Monday, but Peru held talks with Kenya on a "
            "memorandum.",
            {(("KEN", "PER"), "negotiating")},
        ),
        (
            "Peru and Ghana did not sign an agreement on lithium on Monday, though talks were continuing.",
            {(("GHA", "PER"), "negotiating")},
        ),
    ],
)
def test_generic_mentions_and_agency_sides(text: str, expected: set[tuple]) -> None:
    assert agreements(text) == expected
