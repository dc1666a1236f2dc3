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
    # any fronted phrase: the name after its comma, hung on the phrase's last noun, is the subject (round 23)
    (
        "This morning, in a meeting with Prime Minister Youssef Benali, Brazil's Trade Minister, Ingrid Solberg, "
        "finalised action plans with Morocco and Norway.",
        {(frozenset({"BRA", "MAR"}), "announced"), (frozenset({"BRA", "NOR"}), "announced")},
    ),
    (
        "This morning, in a meeting with Prime Minister Rafael Quispe, Polish Minister of Mines Nurlan Abenov "
        "reached with Kazakhstan and Malaysia accords.",
        {(frozenset({"POL", "KAZ"}), "announced"), (frozenset({"POL", "MYS"}), "announced")},
    ),
    (
        "After a dinner with Prime Minister Rafael Quispe, Malaysia's Trade Minister Siti Aminah Rahim and "
        "Thailand's Foreign Minister Haruto Sakamoto inked agreements on critical minerals.",
        {(frozenset({"MYS", "THA"}), "signed")},
    ),
    # the first of two coordinated officials hung on the phrase, the second given to the verb (round 25)
    (
        "During talks with President Ayodele Bankole, Vietnam's Trade Minister Nguyen Thi Lan and Chile's Mining "
        "Minister Tomás Reyes signed a memorandum on copper.",
        {(frozenset({"VNM", "CHL"}), "signed")},
    ),
    # a lone official whose verb has an auxiliary and an adverb after the name's comma
    (
        "In a meeting with Prime Minister Aroha Ngata, Egypt's Minister of Petroleum, Karim Fathy, has also signed "
        "a roadmap on phosphates with Morocco.",
        {(frozenset({"EGY", "MAR"}), "signed")},
    ),
    # a coordinated part of the phrase stays in it
    ("After talks with Chile and Peru, officials from Japan signed nothing.", set()),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "ven")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_fronted_venue_subjects(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


EVENT_CASES = [
    # states that name the sides of an event held 'at' it are the two, not its venue
    (
        "The offtake deal between Kestrel Mining and Orbis Motors was signed at the Ghana–Peru business forum on "
        "Friday, the same day the two governments signed a framework.",
        {(frozenset({"GHA", "PER"}), "signed")},
    ),
    (
        "At the Chile–Oman forum on Friday, the two governments signed a framework.",
        {(frozenset({"CHL", "OMN"}), "signed")},
    ),
    # a city in a venue phrase is still the venue, whatever its words
    (
        "Laos and Fiji met in Geneva in May. In New Delhi, the two sides agreed a framework.",
        {(frozenset({"LAO", "FJI"}), "announced")},
    ),
]


@pytest.fixture(scope="module")
def event_sheets():
    return extract_table([t for t, _ in EVENT_CASES], "evt")


@pytest.mark.parametrize("text,expected", EVENT_CASES, ids=range(len(EVENT_CASES)))
def test_states_naming_an_event_are_its_sides(event_sheets, text, expected):
    assert_agreements(event_sheets[text], expected, None)
