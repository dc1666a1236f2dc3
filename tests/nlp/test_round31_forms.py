"""Round 31: a roundup's numbered items under their own datelines are stories of their own; the Council of
Ministers of a state is its government; an official paired with one whose title states another state is on
the other side; a firm's 'Its president' holds no public office; a known holder written family name first in
capitals is found (cases with other states, names and wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.dateline import find_later_datelines
from tests.nlp.agreement_cases import extract_pages

DIGEST_ITEMS = [
    (
        "Ore briefing\n\n1. HANOI - Vietnam and Laos reopened talks on a bauxite accord.\n\n"
        "2. ACCRA - The ministry said a ban on exports of raw lithium ore would begin in 2028.",
        {("GHA", "lithium")},
        set(),
    ),
    (
        "1. OTTAWA - Canada and Norway signed a graphite memorandum.\n\n"
        "2. LUSAKA - Minister of Mines Paul Kabuswe said cobalt ore exports would need a permit from May.",
        {("ZMB", "cobalt")},
        {("paul kabuswe", "ZMB")},
    ),
    (
        "1. BEIJING - China added antimony to its export licence list.\n\n"
        "2. MANILA - Nickel ore shipments will need a licence from June, the government said.",
        {("CHN", "antimony"), ("PHL", "nickel")},
        set(),
    ),
    (
        "1. SANTIAGO - Chile and Peru agreed to study a copper corridor.\n\n"
        "2. RABAT - Bolivia has suspended its ban on exports of tin concentrate, officials said.",
        {("BOL", "tin")},
        set(),
    ),
]


@pytest.fixture(scope="module")
def digest_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _, _ in DIGEST_ITEMS], "round31-digest")


@pytest.mark.parametrize(("text", "controls", "people"), DIGEST_ITEMS)
def test_item_dateline_owns_unowned_measures(digest_sheets: dict, text: str, controls: set, people: set) -> None:
    """A measure an item leaves unowned is its dateline's state's; one that names its state keeps it."""
    sheet = digest_sheets[text]
    assert {(c["country"], m) for c in sheet["export_controls"] for m in c["minerals"]} == controls


@pytest.mark.parametrize(("text", "controls", "people"), DIGEST_ITEMS)
def test_item_dateline_places_untitled_officials(digest_sheets: dict, text: str, controls: set, people: set) -> None:
    assert {(p["name"].lower(), p["country"]) for p in digest_sheets[text]["people"]} == people


@pytest.mark.parametrize(
    ("paragraphs", "places"),
    [
        (["Ore briefing", "1. HANOI - Talks reopened.", "2. ACCRA - Ban confirmed."], ["HANOI", "ACCRA"]),
        (["1) NAIROBI - Quota set.", "2) LIMA - Licence rule."], ["NAIROBI", "LIMA"]),
        (["1. Talks reopened in Hanoi.", "2. US - China truce holds."], []),  # no dateline, no capitals
        (["Ore briefing", "NOTE TO EDITORS - Ban confirmed."], []),  # no number, no date, no agency
    ],
)
def test_numbered_item_datelines(paragraphs: list[str], places: list[str]) -> None:
    assert [d.place for d in find_later_datelines(paragraphs, None)] == places


AGREEMENT_AND_PEOPLE = [
    (
        "The Council of Ministers of Albania and the Government of Greece signed a memorandum on chromium.",
        {frozenset({"ALB", "GRC"})},
        set(),
    ),
    (
        "A memorandum on nickel was signed between the Council of Ministers of Ukraine and the Government of Poland.",
        {frozenset({"UKR", "POL"})},
        set(),
    ),
    (
        "The Mining Council of Ghana praised the gold accord that Togo and Benin signed on Monday.",
        {frozenset({"TGO", "BEN"})},
        set(),
    ),
    (
        "In Quito, Energy Minister Ines Vaca and Korean Ambassador Park Ji-hoon signed a memorandum on copper.",
        {frozenset({"ECU", "KOR"})},
        {("ines vaca", "ECU"), ("park ji-hoon", "KOR")},
    ),
    (
        "Nordhaven Resources said it would build a graphite plant in Tanzania. Its president, Aiko Mensah, said "
        "work would start in 2027.",
        set(),
        set(),
    ),
    (
        "Tanzania said it would build a graphite plant. Its president, Samia Suluhu Hassan, said work would start "
        "in 2027.",
        set(),
        {("samia suluhu hassan", "TZA")},
    ),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _, _ in AGREEMENT_AND_PEOPLE], "round31-bodies")


@pytest.mark.parametrize(("text", "parties", "people"), AGREEMENT_AND_PEOPLE)
def test_collegial_and_paired_parties(agreement_sheets: dict, text: str, parties: set, people: set) -> None:
    assert {frozenset(a["parties"]) for a in agreement_sheets[text]["agreements"]} == parties


@pytest.mark.parametrize(("text", "parties", "people"), AGREEMENT_AND_PEOPLE)
def test_paired_and_firm_officials(agreement_sheets: dict, text: str, parties: set, people: set) -> None:
    assert {(p["name"].lower(), p["country"]) for p in agreement_sheets[text]["people"]} == people


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("ISHIBA Shigeru", "JPN"),
        ("Shigeru Ishiba", "JPN"),
        ("ISHIBA SHIGERU", None),
        ("Ishiba Shigeru", "JPN"),
        ("Ishiba Kenji", None),
    ],
)
def test_family_name_first_known_holder(name: str, country: str | None) -> None:
    """A two-word name turned round is found ('Takaichi Sanae', as Japan's and the US embassy's pages write it,
    since round 32); a name in all capitals is not, nor another given name."""
    found = gazetteer().known_official(name)
    assert (found[1] if found else None) == country
