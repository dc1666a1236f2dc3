"""Round 28: the status of a joiner told in a relative clause (the joining verb decides: a signing verb is the
joiner's signature, other joining verbs the news of a change); a name particle the parser reads as a verb ('dos',
'do'); a title after a fronted phrase's comma that the parser made the phrase's object; the state a lone signer
met in a fronted meeting; the title between two names is the second's (cases with other states, names and
wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

SIGNINGS = [
    (
        "Brazil's Mines Minister Ana Paula dos Reis signed a memorandum on niobium with Chile.",
        {frozenset({"BRA", "CHL"})},
    ),
    (
        "Angola's Minister of Mineral Resources Diamantino do Nascimento signed a framework on copper with Zambia.",
        {frozenset({"AGO", "ZMB"})},
    ),
    (
        "On the sidelines of a visit by President Ruth Kamau, Peru's Minister of Energy and Mines, Lucia Quispe, has "
        "signed an agreement on copper with Norway.",
        {frozenset({"PER", "NOR"})},
    ),
    (
        "On the sidelines of a visit by President Ruth Kamau, Portugal's Minister of Economy, Trade and Industry, "
        "Marcos dos Anjos, has signed an agreement on lithium with Kenya.",
        {frozenset({"PRT", "KEN"})},
    ),
    (
        "In a meeting with Ghana's Vice-President Kofi Adu, Japan's trade minister Kenji Sato signed a memorandum on "
        "bauxite.",
        {frozenset({"JPN", "GHA"})},
    ),
    ("In a meeting with President Kofi Adu, Japan's trade minister Kenji Sato signed a memorandum on bauxite.", set()),
    ("Brazil's Mines Minister Ana Paula dos Reis did not sign a memorandum on niobium with Chile.", set()),
]

OFFICIAL_FORMS = [
    (
        "We, the Ministers of Chad, Niger, Mali and Togo, met in Lome on Monday. We decided to establish a Working "
        "Group on uranium. Its members are:\n\n- Chad\n- Niger\n- Mali\n\nTogo will take part in the Working Group "
        "as an observer.",
        {(frozenset({"TCD", "NER", "MLI"}), "announced")},
    ),
    (
        "We, the Ministers of Chad, Niger, Mali and Togo, met in Lome on Monday.\n\nWe recall the memoranda on "
        "uranium that Chad and Mali concluded with France in 2021.",
        {(frozenset({"TCD", "FRA"}), "existing"), (frozenset({"MLI", "FRA"}), "existing")},
    ),
    (
        "Uruguay and Paraguay today signed a memorandum of understanding on lithium. The memorandum commits both "
        "sides to share geological data. It also establishes a Joint Working Group on Lithium.",
        {(frozenset({"URY", "PRY"}), "signed"), (frozenset({"URY", "PRY"}), "announced")},
    ),
    (
        "Shipments of tin resumed under the truce that Laos and Vietnam agreed in 2022.",
        {(frozenset({"LAO", "VNM"}), "existing")},
    ),
    (
        "Officials noted the Canada-Mexico Trade, Critical Minerals and Clean Energy Compact agreed in 2021.",
        {(frozenset({"CAN", "MEX"}), "existing")},
    ),
    (
        "The Government of Nepal is holding consultations with the Government of Peru and the Government of Chile on "
        "memoranda of understanding on copper.",
        {(frozenset({"NPL", "PER"}), "negotiating"), (frozenset({"NPL", "CHL"}), "negotiating")},
    ),
    (
        "Côte d’Ivoire and Liberia signed a memorandum on iron ore on Monday.",
        {(frozenset({"CIV", "LBR"}), "signed")},
    ),
]

OFFICIAL_CONTROLS = [
    ("Guinea's Minerals Policy prohibits the export of raw bauxite.", {("GIN", "in_force")}),
    ("Peru's model relies on partnerships with private producers rather than on export controls on copper.", set()),
]

PEOPLE = [
    (
        "On the sidelines of a visit by President Ruth Kamau, Peru's Minister of Energy and Mines, Lucia Quispe, has "
        "signed an agreement on copper with Norway.",
        {("Ruth Kamau", "President"), ("Lucia Quispe", "Minister of Energy and Mines")},
    ),
    (
        "Prince Faisal bin Saad, Saudi Arabia's Minister of Energy, said the kingdom would invest in copper.",
        {("Faisal bin Saad", "Minister of Energy")},
    ),
]


JOINERS = [
    (
        "Kenya and Chile signed the Andes Cobalt Charter on Monday. Fiji, which attended as an observer and has since "
        "signed the Andes Cobalt Charter, will host the next meeting.",
        {(frozenset({"KEN", "CHL", "FJI"}), "signed")},
    ),
    (
        "Norway and Peru signed the Lima Nickel Compact on Friday. Ghana, which has since signed the Lima Nickel "
        "Compact, hosted the talks.",
        {(frozenset({"NOR", "PER", "GHA"}), "signed")},
    ),
    (
        "Norway and Peru signed the Lima Nickel Compact on Friday. Ghana, which has since joined the Lima Nickel "
        "Compact, hosted the talks.",
        {(frozenset({"NOR", "PER", "GHA"}), "announced")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    cases = JOINERS + SIGNINGS + PEOPLE + OFFICIAL_FORMS + OFFICIAL_CONTROLS
    return extract_table([t for t, _ in cases], "round28")


@pytest.mark.parametrize(("text", "expected"), JOINERS)
def test_joiner_status(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize(("text", "expected"), SIGNINGS)
def test_signing_parties(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {frozenset(a["parties"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_titles_between_names(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(p["name"], p["role"]) for p in sheets[text]["people"]} == expected


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_FORMS)
def test_official_forms(sheets: dict[str, dict], text: str, expected: set) -> None:
    """Every expected fact is read and no other party set (a restatement of the same pair may add a status)."""
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert expected <= got
    assert {parties for parties, _ in got} == {parties for parties, _ in expected}


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_CONTROLS)
def test_official_controls(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(c["country"], c["status"]) for c in sheets[text]["export_controls"]} == expected
