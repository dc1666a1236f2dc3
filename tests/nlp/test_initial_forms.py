"""One person written with and without initials, and a name in a capitals heading that runs into the next line
(nlp/components/name_forms.py: merge_initial_forms, leaves_shouted_run).

Mongolian style cuts the patronymic to an initial glued to the given name ('D.Oyunbileg' for 'Dashdorj
Oyunbileg'); other styles add or drop a middle initial ('Rosalinda T. Macasaet', 'Rosalinda Macasaet'). The form
with the most written-out words is the name. A heading in capitals that ingestion joins to the next line ends
the name where the case turns. Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.components.name_forms import _same_person
from cmkg.nlp.extract import extract
from cmkg.nlp.ingest import read_text_as_article

HEADER = "A story\nSource: https://example.org/x\nPublished: 2025-06-01\n\n"


def names(body: str) -> set[str]:
    return {p["name"] for p in extract(read_text_as_article(HEADER + body, "case.txt"))["people"]}


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "The memorandum was signed by Vice Minister of Mining Mr. Tsogtbaatar Enkhjargal for Mongolia.\n\n"
            "Later, Vice Minister Ts.Enkhjargal said exports to Japan would grow.",
            {"Tsogtbaatar Enkhjargal"},
        ),
        (
            "Mongolia's Minister of Industry B.Altangerel met investors.\n\n"
            "Minister of Industry Batbold Altangerel said coal exports would grow.",
            {"Batbold Altangerel"},
        ),
        (
            "Philippine Undersecretary Marisol D. Villaluz said nickel exports would not be banned.\n\n"
            "Undersecretary Marisol Villaluz added that talks with Japan went on.",
            {"Marisol Villaluz"},
        ),
        (
            "Nigerian Minister of Mines Adebayo O. Ogunleye said lithium exports were banned.\n\n"
            "Minister of Mines A. Ogunleye told reporters the ban stays.",
            {"Adebayo O. Ogunleye"},
        ),
        # two people who share a surname stay apart
        (
            "Ghanaian Minister of Mines Kwame Boateng and Deputy Minister of Trade Ama Boateng met on Monday.",
            {"Kwame Boateng", "Ama Boateng"},
        ),
        # a capitals heading joined to the next line: the name ends where the case turns
        (
            "PRESS BRIEFING OF MINING UNDERSECRETARY ROSALIA P. DIMAANO\nMalacañang Press Room, 10 July 2025\n\n"
            "Undersecretary Rosalia Dimaano said nickel exports would not be banned.",
            {"Rosalia Dimaano"},
        ),
    ],
)
def test_initial_forms(body, expected):
    assert names(body) == expected


@pytest.mark.parametrize(
    "short,full,same",
    [
        ("D.Oyunbileg", "Dashdorj Oyunbileg", True),
        ("Ts.Batbayar", "Tsogt Batbayar", True),
        ("K. R. Venkatesan", "Kumar Raghavan Venkatesan", True),
        ("Rosalinda T. Macasaet", "Rosalinda Macasaet", True),
        ("J. Mbeki", "Thandi Mbeki", False),
        ("Rosalinda T. Macasaet", "Ramon Macasaet", False),
        ("Anna Kowalska", "Maria Kowalska", False),
        ("J. Kowalska", "K. Kowalska", False),
    ],
)
def test_same_person(short, full, same):
    assert _same_person(short, full) is same
