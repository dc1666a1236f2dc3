"""Round 35: an instrument's implicit side from an explainer's question heading, a pronoun's speaker two sentences
back or a submitted draft's recipient; talks owned by 'its' and instruments owned by 'its' or 'whose'; a capital's
possessive on a named instrument; a dated reduced relative read as the verb; the same 'two governments' twice in
one paragraph; controls whose owner is one of two coordinated relatives, whose goods are technology, a deposit or a
describing mineral; share lists headed by their owner, with no separators or under a section title (cases with
other states, names and wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    (
        "What has Tonga signed?\n\nHas Tonga signed anything with Japan?\n\nYes. A 2022 joint statement with Tokyo "
        "covers cooperation on seabed research.",
        {(frozenset({"TON", "JPN"}), "existing")},
    ),
    (
        "Where next?\n\nWhat about Peru and Ecuador?\n\nPeru's regions sign their own deals, and Ecuador works with "
        "private miners.",
        set(),
    ),
    (
        "Ghana's Minister Kofi Mensah said the plan would raise local refining. The ministry had no plans to ban "
        "gold exports. He added that a geology agreement with Hungary, signed in 2014, had expired.",
        {(frozenset({"GHA", "HUN"}), "lapsed")},
    ),
    (
        "Vietnam handed Australia a draft memorandum on rare earths in March.",
        {(frozenset({"VNM", "AUS"}), "negotiating")},
    ),
    (
        "Chile presented a proposal for a lithium partnership to Germany.",
        {(frozenset({"CHL", "DEU"}), "negotiating")},
    ),
    ("Chile presented a proposal for a lithium partnership to its senate.", set()),
    (
        "Zambia briefed Angola on the progress of its talks with Canada on a copper agreement.",
        {(frozenset({"ZMB", "CAN"}), "negotiating")},
    ),
    (
        "Peru has been slower. Lima's Strategic Minerals Accord with Japan, signed in 2021, covers copper.",
        {(frozenset({"PER", "JPN"}), "existing")},
    ),
    (
        "Morocco has courted buyers. The Green Partnership launched with the European Union in October provided "
        "for joint work on phosphate.",
        {(frozenset({"MAR", "EU"}), "existing")},
    ),
    (
        "Fiji, whose partnership agreement with New Zealand dates from 2019, sent a delegation.",
        {(frozenset({"FJI", "NZL"}), "existing")},
    ),
    (
        "The parties recall the commitments of the Kingdom of Tonga under its partnership agreement with Australia.",
        {(frozenset({"TON", "AUS"}), "existing")},
    ),
    (
        "The tariffs are unaffected by the memorandum on nickel that Indonesia is negotiating with Canada.",
        {(frozenset({"IDN", "CAN"}), "negotiating")},
    ),
    (
        "Officials mentioned the memorandum on mining cooperation Lusaka signed with Nairobi in May.",
        {(frozenset({"ZMB", "KEN"}), "existing")},
    ),
    ("Both Peru and Chile already have partnerships with Europe.", set()),
    (
        "Nickel output fell 3% last year, said Colombian Mines Minister Ana Restrepo. She added that a memorandum "
        "with Korea was being negotiated.",
        {(frozenset({"COL", "KOR"}), "negotiating")},
    ),
    (
        "India objects to the agreement on graphite that Sri Lanka is negotiating with China.",
        {(frozenset({"LKA", "CHN"}), "negotiating")},
    ),
    (
        "The memorandum on exploration Windhoek signed with Berlin in 2022 covers lithium.",
        {(frozenset({"NAM", "DEU"}), "existing")},
    ),
    (
        "Australia and Japan signed a joint declaration in 2001, and the two governments consult each year on "
        "resources. Indian and Indonesian officials met in Jakarta last week. The two governments signed a "
        "memorandum on nickel processing.",
        {(frozenset({"AUS", "JPN"}), "existing"), (frozenset({"IND", "IDN"}), "signed")},
    ),
    (
        "Despite its agreement with Japan, Indonesia has no plans to join the US-led Minerals Security Partnership.",
        {(frozenset({"IDN", "JPN"}), "existing"), (frozenset({"USA"}), "existing")},
    ),
    ("At a conference in Tokyo, Rio Tinto said its agreement with Chile on lithium had been renewed.", set()),
    ("Chile and Argentina signed agreements with one another in 2023.", {(frozenset({"CHL", "ARG"}), "existing")}),
    (
        "Chile is the world's second-largest lithium producer. The country's leaders signed a memorandum with Japan "
        "in 2024.",
        {(frozenset({"CHL", "JPN"}), "existing")},
    ),
    ("Two smelters opened in Morowali; officials spoke about the one Indonesia established with China in 2015.", set()),
    ("Japan sent Peru's draft memorandum to Chile for comment.", {(frozenset({"PER", "JPN"}), "negotiating")}),
    ("Chile sent the ratified free trade agreement to Brussels in March.", set()),
    (
        "Indonesia submitted a draft agreement to Japan in 2019, but talks collapsed a year later.",
        {(frozenset({"IDN", "JPN"}), "lapsed")},
    ),
    (
        "Why is China worried?\n\nAustralia signed a critical minerals framework in October, and Japan signed a "
        "memorandum in March.",
        set(),
    ),
    (
        "Samoa is in free association with New Zealand. Under the 1962 Treaty of Friendship, the two governments "
        "consult each other on defence. Wellington says it learnt of the China plan late. Officials from the two "
        "governments are now discussing how to restore the consultation arrangement.",
        {(frozenset({"WSM", "NZL"}), "existing"), (frozenset({"WSM", "NZL"}), "negotiating")},
    ),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round35-agreements")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_round35_agreements(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


CONTROLS = [
    (
        "Critics asked why Ghana had not copied Namibia, which banned raw lithium exports in 2023, or Gabon, "
        "which will ban manganese ore exports from 2029.",
        {("NAM", ("lithium",), "in_force"), ("GAB", ("manganese",), "announced")},
    ),
    (
        "Indonesia will stop exports of raw bauxite from June, the ministry said, in the strongest signal yet "
        "that it wants smelters at home.",
        {("IDN", ("bauxite",), "announced")},
    ),
    ("Korea restricted exports of technology for graphite purification.", set()),
    ("Angola offered an exploration licence for the cobalt deposit near Lobito.", set()),
    ("Zimbabwe imposed export restrictions on its lithium output in 2022.", {("ZWE", ("lithium",), "in_force")}),
    ("Zimbabwe banned exports of chrome-plated steel scrap in 2023.", set()),
    ("Cuban nickel remains barred from the US market by the embargo, which is a US sanction.", set()),
    (
        "Canada's export permit requirement for scandium, a by-product of titanium processing, took effect in 2024.",
        {("CAN", ("scandium",), "in_force")},
    ),
    (
        "Exports of graphite, copper ore and cobalt ore are banned in Zambia.",
        {("ZMB", ("cobalt", "copper", "graphite"), "in_force")},
    ),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round35-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round35_controls(control_sheets: dict, text: str, expected: set) -> None:
    facts = control_sheets[text]["export_controls"]
    assert {(c["country"], tuple(sorted(c["minerals"])), c["status"]) for c in facts} == expected


SHARES = [
    (
        "Peru's share of world mine production was:\n- copper: about 11%\n- zinc: about 10%",
        {("PER", "mines", "copper", 11.0), ("PER", "mines", "zinc", 10.0)},
    ),
    (
        "2. Tin\n\nWorld mine production (2024, estimated share):\n- Indonesia 21%\n- Peru 7%\n- Others 30%",
        {("IDN", "mines", "tin", 21.0), ("PER", "mines", "tin", 7.0)},
    ),
    ("Fact sheet\n\n24%: Chile's share of world copper mine output.", {("CHL", "mines", "copper", 24.0)}),
    ("Tin imports\n\nShare of world tin imports, 2024:\n- Japan 12%\n- Korea 9%", set()),
    (
        "Cobalt and copper\nShare of world cobalt mine production, 2024:\n- Congo: 74%\n- Indonesia: 7%",
        {("COD", "mines", "cobalt", 74.0), ("IDN", "mines", "cobalt", 7.0)},
    ),
    ("Share of world lithium mine production, 2024:\n- Australia (down from 47%) 37%", set()),
]


@pytest.fixture(scope="module")
def share_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SHARES], "round35-shares")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_round35_shares(share_sheets: dict, text: str, expected: set) -> None:
    facts = share_sheets[text]["production_shares"]
    assert {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in facts} == expected


PEOPLE = [
    (
        "Chile's ban has held. Tanzania's rule is similar: Jane Mollel, the minister of minerals, has said raw "
        "graphite may not leave the country.",
        {("Jane Mollel", "TZA")},
    ),
    ("The Minister and the Deputy Minister attended the hearing.", set()),
    (
        "China's demand for Chilean lithium has doubled. Aurora Williams, the mining minister, said production "
        "would rise.",
        {("Aurora Williams", "CHL")},
    ),
]


@pytest.fixture(scope="module")
def people_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in PEOPLE], "round35-people")


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_round35_people(people_sheets: dict, text: str, expected: set) -> None:
    assert {(p["name"], p["country"]) for p in people_sheets[text]["people"]} == expected
