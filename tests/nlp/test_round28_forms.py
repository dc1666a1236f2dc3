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
    return extract_table([t for t, _ in JOINERS + SIGNINGS + PEOPLE], "round28")


@pytest.mark.parametrize(("text", "expected"), JOINERS)
def test_joiner_status(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize(("text", "expected"), SIGNINGS)
def test_signing_parties(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {frozenset(a["parties"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_titles_between_names(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(p["name"], p["role"]) for p in sheets[text]["people"]} == expected
