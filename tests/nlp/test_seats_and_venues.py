"""Round 24: capitals and seats of government the gazetteer newly holds stand for their states; a place where
other named states met or held talks is a venue, never the owner of a measure; ending exports bans them, ending a
measure lifts it.  Invented events; the near misses keep a state's own capital as the place its body speaks in."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import sheet

PAIRS = [
    ("Kuala Lumpur signed a memorandum on rare earths with Seoul on Monday.", {("KOR", "MYS")}),
    ("Abidjan and Paris signed a roadmap on manganese.", {("CIV", "FRA")}),
    ("Dar es Salaam concluded a partnership on graphite with New Delhi.", {("IND", "TZA")}),
    # a venue is no party
    ("Malaysia and Japan signed a memorandum on rare earths in Kuala Lumpur.", {("JPN", "MYS")}),
    ("Tanzania signed an agreement on graphite with India in Dar es Salaam.", {("IND", "TZA")}),
    # a capital in a venue phrase is where the two met: 'the two countries' are the two that met
    (
        "Chilean Vice Minister Ana Ruiz and Peruvian Trade Minister Luis Soto held talks in Tokyo.\n\nThe two "
        "countries signed a memorandum on lithium the next day.",
        {("CHL", "PER")},
    ),
    ("Chile and Tokyo held talks.\n\nThe two countries signed a memorandum on lithium the next day.", {("CHL", "JPN")}),
]

CONTROLS = [
    ("Porto-Novo banned exports of raw manganese ore in 2021.", {("BEN", "manganese", "in_force")}),
    ("Kuala Lumpur's ban on rare earth ore exports stays in place.", {("MYS", "rare earths", "in_force")}),
    # ending exports bans them; ending a measure, or resuming exports, lifts it
    ("Canada ended exports of raw lithium in 2024.", {("CAN", "lithium", "in_force")}),
    ("Canada ended its ban on raw lithium exports in 2024.", {("CAN", "lithium", "lifted")}),
    ("Canada resumed exports of raw lithium in 2024.", {("CAN", "lithium", "lifted")}),
    # a place where other named states met is a venue, not the owner
    (
        "In accordance with the consensus reached by the Chilean and Peruvian teams in Kuala Lumpur, Chile "
        "suspended its ban on lithium exports.",
        {("CHL", "lithium", "suspended")},
    ),
    (
        "In line with the outcome of the consultations held in Kuala Lumpur, the Chilean ministry suspended the "
        "ban on lithium exports to Peru.",
        {("CHL", "lithium", "suspended")},
    ),
    # near misses: the body's own place, and officials in a capital, speak for its state
    (
        "In Lusaka, the Ministry of Mines confirmed that a ban on cobalt exports would stay.",
        {("ZMB", "cobalt", "in_force")},
    ),
    ("Officials in Jakarta said the ban on nickel ore exports would stay.", {("IDN", "nickel", "in_force")}),
]


@pytest.mark.parametrize("text,expected", PAIRS)
def test_seats_stand_for_their_states(text: str, expected: set) -> None:
    assert {tuple(sorted(a["parties"])) for a in sheet(text)["agreements"]} == expected


@pytest.mark.parametrize("text,expected", CONTROLS)
def test_control_owners_and_endings(text: str, expected: set) -> None:
    got = {(c["country"], m, c["status"]) for c in sheet(text)["export_controls"] for m in c["minerals"]}
    assert got == expected
