"""Round 36: list items ending '; and', an item's undated participle under a heading of instruments made before,
a singular instrument concluded with several partners, the topic of a joint statement of two states, a grouping's
members named after it, talks completed in a relative clause, a draft proposed to a state, a membership noun's
'of' members, a relative clause hung on a topic's conjunct, a member clause's 'including' states, joint work two
states agree to; controls by 'no person shall export', carried out under a licence, 'in an
unprocessed state', a rule's goods in a relative clause on a date or in a contact relative, an anaphor acted on by
a state; a share's mineral from another figure's clause; officials after 'Captain', 'a.i.', in a closing
signature, of an industry federation (cases with other states, names and wordings than the corpus)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    (
        "The Minister spoke after the joint declaration of Ghana and Japan on the framework of a Strategic "
        "Partnership, announced on Monday.",
        {(frozenset({"GHA", "JPN"}), "announced")},
    ),
    (
        "The Association Agreement between Mercosur and Japan awaits ratification by the parties, that is, Japan and "
        "the Mercosur members Uruguay, Paraguay, Argentina and Brazil.",
        {(frozenset({"JPN", "URY", "PRY", "ARG", "BRA"}), "existing")},
    ),
    (
        "The Kenya-Japan Economic Partnership Agreement, whose negotiations were concluded in March 2024, is to be "
        "signed in the autumn.",
        {(frozenset({"KEN", "JPN"}), "announced")},
    ),
    (
        "Officials said Namibia is considering proposing a minerals dialogue to Berlin.",
        {(frozenset({"NAM", "DEU"}), "planned")},
    ),
    (
        "The leaders welcomed the participation of Estonia, Latvia and Lithuania, together with Japan, in the "
        "Minerals Security Partnership.",
        {(frozenset({"EST", "LVA", "LTU", "JPN"}), "existing")},
    ),
    (
        "The memorandum would complement the Canada-Chile Framework on Exploration of Copper and Lithium, which "
        "Prime Minister Mark Carney signed in Ottawa in 2024.",
        {(frozenset({"CAN", "CHL"}), "existing")},
    ),
    (
        "The talks build on the Cotonou Partnership that has linked the European Union with the Pacific states, "
        "including Fiji and Samoa, since 2000.",
        {(frozenset({"EU", "FJI", "WSM"}), "existing")},
    ),
    (
        "Uruguay and Paraguay agreed this week to conduct a joint hydrogeological study of their border aquifer.",
        {(frozenset({"URY", "PRY"}), "announced")},
    ),
    ("Uruguay agreed to conduct a joint study with a Finnish company.", set()),
    (
        "Ministers Ana Ruiz and Kenji Sato signed the statement of conclusion of the negotiation of the Peru-Japan "
        "EPA on Tuesday.",
        {(frozenset({"PER", "JPN"}), "announced")},
    ),
    ("Uruguay and Paraguay agreed to hold a joint press conference after the summit.", set()),
    ("Uruguay and Paraguay agreed to hold a joint press conference on the lithium survey.", set()),
    (
        "Laos signed a framework, the second it has agreed this decade, with Nepal on Monday.",
        {(frozenset({"LAO", "NPL"}), "signed")},
    ),
    ("Peru signed a trade agreement with the EFTA states in 2024.", set()),
    (
        "Quito and Lima are negotiating a joint geological mapping programme along their border.",
        {(frozenset({"ECU", "PER"}), "negotiating")},
    ),
    ("Chilean and Peruvian officials discussed joint investment in copper smelting.", set()),
    (
        "Vietnam already has the VK-FTA with Korea, in force since 2015, and the VJEPA with Japan.",
        {(frozenset({"VNM", "KOR"}), "existing"), (frozenset({"VNM", "JPN"}), "existing")},
    ),
    (
        "Bolivia is not a member of the Minerals Security Partnership (MSP), the club that Washington launched "
        "with allies in 2022.",
        {(frozenset({"USA"}), "existing")},
    ),
    ("Chile and Peru would never agree to carry out joint exploration.", set()),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round36-agreements")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_round36_agreements(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


GOVERNMENT_PAGE = "Partnerships\nSource: https://www.argentina.gob.ar/mineria/partnerships\nPublished: 2025-06-01\n\n"
LISTED = [
    (
        "The Government recalls the partnerships already concluded by it, namely:\n"
        "- the framework agreement signed with the Republic of Chile in May 2021 on mining research;\n"
        "- the Andean Corridor memorandum concluded with the Republic of Peru, the Plurinational State of Bolivia "
        "and the European Union; and\n"
        "- the memorandum signed with Canada in 2019 on geological mapping.",
        {
            (frozenset({"ARG", "CHL"}), "existing"),
            (frozenset({"ARG", "PER", "BOL", "EU"}), "existing"),
            (frozenset({"ARG", "CAN"}), "existing"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_round36_listed_instruments(text: str, expected: set) -> None:
    sheet = extract_pages([text], "round36-listed", GOVERNMENT_PAGE)[text]
    assert {(frozenset(a["parties"]), a["status"]) for a in sheet["agreements"]} == expected


CONTROLS = [
    (
        "The Ministry of Mines of Namibia wishes to inform the public that, with effect from 1 June 2026, no "
        "person shall export lithium ore without an export permit.",
        {("NAM", ("lithium",), "announced")},
    ),
    (
        "The President said that since March 2024 the export of tungsten concentrates from Uzbekistan is carried "
        "out on the basis of a licence issued by the Ministry of Mining.",
        {("UZB", ("tungsten",), "in_force")},
    ),
    ("Chilean law does not permit the export of lithium in an unprocessed state.", {("CHL", ("lithium",), "in_force")}),
    (
        "Silva said China's licensing requirement for rare earths remains in force.\n\nHe added that the new "
        "rules announced by Beijing on 2 February, which cover gallium and germanium and are scheduled to take "
        "effect on 1 December, increase costs.",
        {("CHN", ("rare earths",), "in_force"), ("CHN", ("gallium", "germanium"), "announced")},
    ),
    (
        "In Gabon, the ministry said that exports of manganese ore would require a licence from 2026.\n\n"
        "Indonesia, for its part, suspended in March the manganese rules it had announced in January.",
        {("GAB", ("manganese",), "announced"), ("IDN", ("manganese",), "suspended")},
    ),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round36-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round36_controls(control_sheets: dict, text: str, expected: set) -> None:
    facts = control_sheets[text]["export_controls"]
    assert {(c["country"], tuple(sorted(c["minerals"])), c["status"]) for c in facts} == expected


SHARES = [
    (
        "Morocco mines about 5% of the world's zeolite, while Chinese smelters refine about 40% of the world's zinc.",
        {("CHN", "refines", "zinc", 40.0)},
    ),
    ("With 30% of global output, Peru is the largest tellurium producer.", {("PER", "produces", "tellurium", 30.0)}),
]


@pytest.fixture(scope="module")
def share_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SHARES], "round36-shares")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_round36_shares(share_sheets: dict, text: str, expected: set) -> None:
    facts = share_sheets[text]["production_shares"]
    assert {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in facts} == expected


PEOPLE = [
    (
        "They thanked Captain Moussa Diarra, President of the Transition of Mali, for his welcome.",
        {("Moussa Diarra", "MLI")},
    ),
    (
        "Chargé d'Affaires a.i. Helen M. Orlova of Canada said the Embassy would organize a visit.",
        {("Helen M. Orlova", "CAN")},
    ),
    (
        "During evidence, Shri Arvind Rao, Secretary General of an industry federation, submitted that smelters "
        "need ore.",
        set(),
    ),
    ("The chair will be replaced by non-executive director Maria Olsen.", set()),
    (
        '"Exports will fall," said Tomas Varga, head of research at Budapest-based Danube Capital.',
        set(),
    ),
]


@pytest.fixture(scope="module")
def people_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in PEOPLE], "round36-people")


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_round36_people(people_sheets: dict, text: str, expected: set) -> None:
    assert {(p["name"], p["country"]) for p in people_sheets[text]["people"]} == expected
