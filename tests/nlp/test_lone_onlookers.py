"""One state reacting to an instrument the story told is no party (onlookers.lone_onlooker_of_told_deal, news19ag).

"Argentina and the United States have agreed a framework ... The White House announced similar frameworks with
Ecuador, Guatemala and El Salvador ... Beijing has not commented on the framework" (news19 06): the hub (the
United States) completed Beijing's lone reaction into a CHN+USA set and a deal with the US. Kept: a state the story
already paired reacting, a similar instrument of the reacting state's own, an instrument with words of its own.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


HUB = (
    "Argentina and the United States have agreed a framework for a trade agreement. The White House announced "
    "similar frameworks with Ecuador, Guatemala and El Salvador on the same evening. "
)
TOLD = {_set("ARG", "USA"), _set("USA", "ECU"), _set("USA", "GTM"), _set("USA", "SLV")}
CASES = [
    (HUB + "Beijing has not commented on the framework.", set()),
    (HUB + "China has criticised the framework.", set()),
    (HUB + "Beijing reacted coolly to the framework, officials said.", set()),
    (HUB + "Brazil declined to comment on the framework.", set()),
    (HUB + "Argentina welcomed the framework.", set()),
    (HUB + "Brazil signed the framework on Friday.", {_set("BRA", "USA")}),
    (HUB + "China has not commented on its own 2019 agreement with Laos.", {_set("CHN", "LAO")}),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "lo")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_lone_onlookers(sheets, text, expected):
    got = {frozenset(a["parties"]) for a in sheets[text]["agreements"]}
    assert got == TOLD | expected
    assert "CHN" not in sheets[text]["deals_with_usa"]


ALIASES = [
    # a state's common abbreviation (data/gazetteer/country_aliases.tsv: PNG, news19 16)
    (
        "PNG also has close security ties with Canberra: Australia and PNG signed the Pukpuk mutual defence treaty "
        "in October 2025.",
        {_set("AUS", "PNG")},
    ),
    (
        "The United States signed memoranda with Malaysia and Thailand in Kuala Lumpur on Sunday.",
        {_set("USA", "MYS"), _set("USA", "THA")},
    ),
]


@pytest.mark.parametrize("text,expected", ALIASES, ids=range(len(ALIASES)))
def test_state_aliases(text, expected):
    sheet = extract_table([text], "al")[text]
    assert {frozenset(a["parties"]) for a in sheet["agreements"]} == expected
