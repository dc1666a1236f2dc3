"""A venue phrase that opens the sentence is a venue, and the names after its comma the clause's subject.

'In Jakarta, Namibia's Trade Minister Zofia Wrona and Thailand's Foreign Minister Nurlan Abenov signed a
framework': the parser read the first signatory as a conjunct of the place, so the venue's state joined the
parties (round 22, from the core-construction sweep). Invented officials; near misses keep a series of places.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    (
        "In Jakarta, Namibia's Trade Minister Zofia Wrona and Thailand's Foreign Minister Nurlan Abenov signed a "
        "framework on minerals.",
        {(frozenset({"NAM", "THA"}), "signed")},
    ),
    (
        "In Brasilia, Indonesia's Foreign Minister Lena Okafor and Peru's Foreign Minister Dilnoza Karimova agreed "
        "an action plan.",
        {(frozenset({"IDN", "PER"}), "announced")},
    ),
    (
        "At Nairobi, Ghana's Mines Minister Kwame Asante and Chile's Mining Minister Rafael Quispe signed a "
        "memorandum on lithium.",
        {(frozenset({"GHA", "CHL"}), "signed")},
    ),
    ("In Jakarta, Namibia and Thailand signed a framework on minerals.", {(frozenset({"NAM", "THA"}), "signed")}),
    # a series of places keeps its subject elsewhere
    ("In Jakarta, Bandung and Surabaya, officials from Japan signed nothing.", set()),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "ven")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_fronted_venue_subjects(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
