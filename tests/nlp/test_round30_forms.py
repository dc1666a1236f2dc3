"""Round 30: a given name that is also a one-word state or a capital ('Trade Minister Jordan Mwangi') belongs to
the person's name, after a title or before an apposed title, and its place is no party; the same word after a
title link ('the Foreign Minister of Jordan X') or as a subject stays a state (cases with other states, names
and wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

PLACE_GIVEN_NAMES = [
    (
        "Zambia's Minister of Mines Chad Banda signed a memorandum on copper with Austria.",
        {frozenset({"ZMB", "AUT"})},
        {("chad banda", "ZMB")},
    ),
    (
        "Georgia Nkosi, Botswana's Minister of Minerals and Energy, signed a cobalt framework with Finland.",
        {frozenset({"BWA", "FIN"})},
        {("georgia nkosi", "BWA")},
    ),
    (
        "Ugandan Energy Minister Israel Okello and Irish Enterprise Minister Niamh Byrne signed an accord on tin.",
        {frozenset({"UGA", "IRL"})},
        {("israel okello", "UGA"), ("niamh byrne", "IRL")},
    ),
    (
        "Peru's Vice Minister of Mines Lima Huamani said Peru would sign a zinc agreement with Belgium next year.",
        {frozenset({"PER", "BEL"})},
        {("lima huamani", "PER")},
    ),
    (
        "Mexico's Secretary of Industry Victoria de los Santos signed a graphite memorandum with Canada.",
        {frozenset({"MEX", "CAN"})},
        {("victoria de los santos", "MEX")},
    ),
    (
        "The Foreign Minister of Jordan Omar Khatib signed a phosphate agreement with Vietnam.",
        {frozenset({"JOR", "VNM"})},
        {("omar khatib", "JOR")},
    ),
    (
        "Chad signed a memorandum on gold with Qatar, Qatari Trade Minister Salim Al-Kuwari said.",
        {frozenset({"TCD", "QAT"})},
        {("salim al-kuwari", "QAT")},
    ),
    (
        "Zambia's Minister of Mines Chad Banda did not sign the copper memorandum with Austria.",
        set(),
        {("chad banda", "ZMB")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_pages([t for t, _, _ in PLACE_GIVEN_NAMES], "round30-names")


@pytest.mark.parametrize(("text", "parties", "people"), PLACE_GIVEN_NAMES)
def test_place_given_name_is_no_party(sheets: dict[str, dict], text: str, parties: set, people: set) -> None:
    assert {frozenset(a["parties"]) for a in sheets[text]["agreements"]} == parties


@pytest.mark.parametrize(("text", "parties", "people"), PLACE_GIVEN_NAMES)
def test_place_given_name_is_a_person(sheets: dict[str, dict], text: str, parties: set, people: set) -> None:
    assert {(p["name"].lower(), p["country"]) for p in sheets[text]["people"]} == people


INSTRUMENT_FORMS = [
    ("The memorandum Chile signed with Peru in March covers copper.", {(frozenset({"CHL", "PER"}), "signed")}),
    (
        "Few deals say much about cobalt. The framework Canada agreed with Brazil last year set quotas on steel, "
        "officials said.",
        {(frozenset({"CAN", "BRA"}), "announced")},
    ),
    ("Norway has let its memorandum with Zambia on cobalt expire.", {(frozenset({"NOR", "ZMB"}), "lapsed")}),
    (
        "Portugal let its 2023 letter of intent with Namibia on lithium lapse without a single project.",
        {(frozenset({"PRT", "NAM"}), "lapsed")},
    ),
    (
        "The accord builds on Ghana's partnerships, including the Gold Value Partnership with Turkey, launched in "
        "2021.",
        {(frozenset({"GHA", "TUR"}), "existing")},
    ),
    (
        "A letter of intent on geological data was signed among the Government of the Republic of Serbia, the "
        "Cabinet of Ministers of Bosnia and Herzegovina and the Government of Montenegro.",
        {(frozenset({"SRB", "BIH", "MNE"}), "signed")},
    ),
]


@pytest.fixture(scope="module")
def instrument_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in INSTRUMENT_FORMS], "round30-instruments")


@pytest.mark.parametrize(("text", "expected"), INSTRUMENT_FORMS)
def test_instrument_forms(instrument_sheets: dict[str, dict], text: str, expected: set) -> None:
    """A contact relative read as an apposition, a lapse verb read as a noun after 'let', a named list item
    under its owner's possessive: one set each, with its status."""
    assert {(frozenset(a["parties"]), a["status"]) for a in instrument_sheets[text]["agreements"]} == expected


OFFICIAL_FORMS = [
    ("The memorandum was signed by Hon. Grace Wanjiru, EGH, Cabinet Secretary for Mining.", {"grace wanjiru"}),
    ("Adaeze Okafor, CON, Nigeria's Minister of Solid Minerals Development, opened the forum.", {"adaeze okafor"}),
    (
        "During talks at Government House, Trade Secretary Tomas Reyes and Chilean Mining Minister Aurora Williams "
        "signed the memorandum.",
        {"tomas reyes", "aurora williams"},
    ),
    ("Mayor of Los Angeles Maria Bass said the port would expand.", {"maria bass"}),
    ("Governor of California Daniel Ortiz said the port would expand.", {"daniel ortiz"}),
]


@pytest.fixture(scope="module")
def official_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in OFFICIAL_FORMS], "round30-officials")


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_FORMS)
def test_official_names(official_sheets: dict[str, dict], text: str, expected: set) -> None:
    """Honours letters between a name and its apposed title; a place before a title that has its own name; an
    unlinked place after a title link belongs to the title."""
    assert {p["name"].lower() for p in official_sheets[text]["people"]} == expected


CONTROL_FORMS = [
    (
        "Indonesia's trade ministry added nickel and cobalt to its list of goods requiring export licences on "
        "Monday, hours after a Japanese tariff on steel took effect.",
        {"IDN"},
    ),
    ("Vietnam added tungsten to its export licence list on Friday, a day after a Korean levy took effect.", {"VNM"}),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROL_FORMS], "round30-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROL_FORMS)
def test_subordinate_root_owns_no_control(control_sheets: dict[str, dict], text: str, expected: set) -> None:
    """A time clause the parser read as the main one: its subject's state does not own the measure."""
    assert {c["country"] for c in control_sheets[text]["export_controls"]} == expected
