"""Round 31, from news28: official prose and export-control forms (cases with other states, names and wordings
than the CheckList templates).  Agreements: an instrument's participle read as the verb, its makers in an
agent phrase, a comparison, an intention of two states, a denied membership beside the founder, a signatory
line.  Controls: imports, technology, duties a passive states, the antecedent of 'which'.  People: signatory
lines, elided particles, the possessor in a body's name."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    (
        "Peru's ministry said the Agreement on Cooperation in Copper concluded with Canada in 2016 remains in force.",
        {(frozenset({"PER", "CAN"}), "existing")},
    ),
    (
        "Ghana said its framework on gold agreed with Turkey in 2019 still applies.",
        {(frozenset({"GHA", "TUR"}), "existing")},
    ),
    (
        "The Parties reaffirm the Protocol signed in 2021 by the Governments of Malawi, Botswana and Lesotho.",
        set(),  # 'protocol' is no agreement noun of the rule set: nothing, and never the Parties' own set
    ),
    (
        "Norway recalled the memorandum on cobalt signed in 2020 by Finland, Sweden and Denmark.",
        {(frozenset({"FIN", "SWE", "DNK"}), "existing")},
    ),
    (
        "Oman welcomed the intention of Jordan and Egypt to conclude a memorandum on phosphate.",
        {(frozenset({"JOR", "EGY"}), "planned")},
    ),
    (
        "Uruguay is not a member of the Andes Mineral Compact launched by Peru in 2019.",
        {(frozenset({"PER"}), "existing")},
    ),
    (
        "Senegal has opened talks with Mali on a memorandum similar to the one signed with Guinea in 2020.",
        {(frozenset({"SEN", "MLI"}), "negotiating")},
    ),
    (
        "Analysts said governments had been busy outside the truce. Kenya signed a memorandum with Japan.",
        {(frozenset({"KEN", "JPN"}), "signed")},
    ),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round31-official")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_official_instrument_references(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


CONTROLS = [
    ("Peru banned exports of tin ore, and its ban on imports of Bolivian zinc took effect in May.", {("PER", "tin")}),
    ("Japan restricted exports of rare-earth separation technology and of gallium.", {("JPN", "gallium")}),
    ("Beijing unveiled new controls on exports of rare earth technologies and products.", {("CHN", "rare earths")}),
    ("Vietnam's licences have been required for tungsten since March 2024.", {("VNM", "tungsten")}),
    (
        "Chile lifted its tariffs, but the licences it placed in May on lithium remain in force.",
        {("CHL", "lithium")},
    ),
    ("The ruling widens the gap with Malaysia, which has banned exports of bauxite.", {("MYS", "bauxite")}),
    (
        "Unlike Ghana and Nigeria, which ban the export of raw tin ore, Mali places no limits.",
        {("GHA", "tin"), ("NGA", "tin")},
    ),
    ("A plan to ban exports of nickel ore from Cuba was left out of the final bill.", set()),
    (
        "Kenya places no limits on ore.\n\nRumours that Kenya and Uganda were preparing cobalt export quotas "
        "resurfaced this week.",
        set(),
    ),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round31-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_control_scope_and_owners(control_sheets: dict, text: str, expected: set) -> None:
    found = {(c["country"], m) for c in control_sheets[text]["export_controls"] for m in c["minerals"]}
    assert found == expected


PEOPLE = [
    (
        "Signed in Accra on 2 May 2025:\n\nFor the Republic of Ghana: Hon. Kwame Asante, Minister of Lands\n"
        "For the Republic of Togo: Mr. Koffi Mensah, Director General of Mines",
        {("kwame asante", "GHA"), ("koffi mensah", "TGO")},
    ),
    (
        "Commissioner Anna Berg signed for the European Union and Petar Ilic, Minister of Energy, signed for "
        "the Republic of Serbia.",
        {("anna berg", "EU"), ("petar ilic", "SRB")},
    ),
    (
        "Mozambique was represented by its Minister of Mines, Carlos Neves d'Almeida.",
        {("carlos neves d'almeida", "MOZ")},
    ),
    ("Ana Ruiz, president of the Peruvian Copper Exporters' Council, said the talks went well.", set()),
    (
        "In Kinshasa, President Felix Tshisekedi's office said the accord would be reviewed.",
        {("felix tshisekedi", "COD")},
    ),
    ("Ivan Petrov, director of the Bulgarian Battery Alliance, an industry association, welcomed the accord.", set()),
]


@pytest.fixture(scope="module")
def people_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in PEOPLE], "round31-people")


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_signatory_lines_and_body_names(people_sheets: dict, text: str, expected: set) -> None:
    assert {(p["name"].lower(), p["country"]) for p in people_sheets[text]["people"]} == expected
