"""Round 33: an instrument noun the parser took for the sentence's verb after a relative clause's object
('Thailand, which signed its own minerals memorandum with Washington, has ...'); territories' seats of government
as owners of measures; a measure 'not going anywhere', or 'not up for discussion' after a present-tense 'says'
(cases with other states, names and wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    (
        "Thailand, which signed its own minerals memorandum with Washington on the same day, has little output.",
        {(frozenset({"THA", "USA"}), "signed")},
    ),
    (
        "Ghana, which signed a cobalt deal with Seoul last year, wants more buyers.",
        {(frozenset({"GHA", "KOR"}), "existing")},
    ),
    (
        "Senegal, which is negotiating a minerals agreement with the EU, exports phosphate.",
        {(frozenset({"SEN", "EU"}), "negotiating")},
    ),
    ("Peru, which rejected a minerals deal with Canberra, has copper.", set()),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round33-agreements")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_round33_agreements(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


CONTROLS = [
    (
        "Noumea's government eased its limits on exports of low-grade nickel ore in August.",
        {("NCL", "nickel", "eased")},
    ),
    ("In Papeete, the government banned exports of raw cobalt crusts last year.", {("PYF", "cobalt", "in_force")}),
    (
        "Malawi's mining minister, Chifundo Banda, says the ban on exporting raw graphite ore, in force since 2024, "
        "is not up for discussion.",
        {("MWI", "graphite", "in_force")},
    ),
    (
        "Hanoi's ban on exports of rare earth ore isn't going anywhere, officials said.",
        {("VNM", "rare earths", "in_force")},
    ),
    ("The quota on cobalt exports will not go away, Kinshasa said.", {("COD", "cobalt", "in_force")}),
    ("Ghana's ban on exports of raw lithium ore did not go into effect.", set()),
    ("Ghana did not go ahead with a ban on exports of raw lithium ore.", set()),
    ("Brussels has accepted that the tin ban is not going away.", set()),  # no owner named: none
    (
        "Rwanda banned exports of raw tin ore in 2024. Brussels has accepted that the tin ban is not going away.",
        {("RWA", "tin", "in_force")},
    ),
    ("Lima noted that the copper ban remains in force.", {("PER", "copper", "in_force")}),
    ("China accepted applications for gallium export licences.", {("CHN", "gallium", "in_force")}),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round33-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round33_controls(control_sheets: dict, text: str, expected: set) -> None:
    found = {(c["country"], m, c["status"]) for c in control_sheets[text]["export_controls"] for m in c["minerals"]}
    assert found == expected
