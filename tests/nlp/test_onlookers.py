"""Onlookers of an instrument are no party (venue23, round 13).

Round 12 let an office named without its holder stand for its state as a subject ('The President of C and the
Prime Minister of D signed'); as the subject of a witness or reaction verb it then made the onlookers of a deal
the story had already told into a pair of their own ('... welcomed the deal'), and 'the signing of an MOU
between A and B' lost its pair when the parser hung 'between' on 'signing'.  Subject forms vary (state names,
holderless offices, capitals, the US); states vary in region; no person is named.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


SIGNED = "Zambia and Namibia signed an agreement on niobium on Tuesday. "
REACTIONS = [
    (SIGNED + "The President of Sweden and the Prime Minister of Canada welcomed the deal.", set()),
    (SIGNED + "Sweden and Canada welcomed the deal.", set()),
    (SIGNED + "The Foreign Minister of Chile and the Trade Minister of Peru hailed the agreement.", set()),
    (SIGNED + "The Kenyan President and the Malaysian Prime Minister praised the accord.", set()),
    (SIGNED + "Washington and Canberra applauded the agreement.", set()),
    (SIGNED + "The President of the United States and the Prime Minister of Fiji commended the deal.", set()),
    (SIGNED + "Bolivia and Oman brokered the deal.", set()),
    (SIGNED + "The President of Ghana and the Prime Minister of Laos welcomed the signing of the agreement.", set()),
    (SIGNED + "Jordan and Nepal called the deal a milestone.", set()),
]
KEPT = [
    # a deal named by its own words has no antecedent here; a new deal of the onlookers is theirs
    ("Fiji and Oman hailed the signing of the 2019 copper pact.", {(_set("FJI", "OMN"), "existing")}),
    (SIGNED + "Sweden and Canada signed a similar deal on cobalt on Friday.", {(_set("SWE", "CAN"), "signed")}),
    ("The President of Chile and the Prime Minister of Kenya signed an agreement on copper on Monday.",
     {(_set("CHL", "KEN"), "signed")}),
]  # fmt: skip
BETWEEN_ON_EVENT = [
    ("Canada and Saudi Arabia witnessed the signing of an MOU between Brazil and Zimbabwe.",
     {(_set("BRA", "ZWE"), "signed")}),
    ("The Prime Minister of Canada and the President of Saudi Arabia witnessed the signing of an MOU between "
     "Brazil and Zimbabwe on Monday.", {(_set("BRA", "ZWE"), "signed")}),
    ("Egypt and Peru attended the signing of an MOU on cobalt between Kenya and Norway.",
     {(_set("KEN", "NOR"), "signed")}),
]  # fmt: skip

CASES = REACTIONS + KEPT + BETWEEN_ON_EVENT
TOLD = {(_set("ZMB", "NAM"), "signed")}


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "ol")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_onlookers(sheets, text, expected):
    told = TOLD if text.startswith(SIGNED) else set()
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == told | expected
    assert not sheets[text]["deals_with_usa"]
