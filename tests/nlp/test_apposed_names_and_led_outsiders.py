"""Initiatives named only by an apposition, and the leader of an initiative a state stays out of (round 26).

'The European Commission unveiled RESourceEU, a plan to fund stockpiles ...': no instrument noun is in the name,
so nothing was filed; an indefinite apposition that calls a bare proper name a plan or initiative makes it a
named instrument.  'Brasília has not joined the US-led Minerals Security Partnership': the outsider was taken
out and the set dropped whole, where the leader's one-party set stands.  A date after a name ('joined the
Pacific Minerals Dialogue on Monday') is no part of it; a leader may follow the name ('the X led by B'); an
instrument inside a proposal is planned (news22).  Found on eval/news21 (12); the rows are invented states
and names, with companies, unnamed plans and unled instruments as near misses.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Ghana unveiled OreBridge, a plan to fund stockpiles of cobalt, on Monday.", {(frozenset({"GHA"}), "announced")}),
    (
        "Chile and Peru launched Andes Forward, an initiative to map lithium deposits.",
        {(frozenset({"CHL", "PER"}), "announced")},
    ),
    # no name, a company, a person: no instrument
    ("Ghana unveiled a plan to fund stockpiles of cobalt on Monday.", set()),
    ("Kestrel Mining, a company that mines cobalt in Ghana, unveiled a plan to expand output.", set()),
    ("Ghana welcomed Ama Owusu, a minister who led the plan for cobalt stockpiles.", set()),
    # the leader of an initiative an outsider has not joined
    (
        "Peru mines zinc. Peru has not joined the Japan-led Cape Refining Partnership.",
        {(frozenset({"JPN"}), "existing")},
    ),
    (
        "Oman is not a member of the Chile-led Critical Metals Alliance, officials said.",
        {(frozenset({"CHL"}), "existing")},
    ),
    ("Peru mines zinc. Peru has not joined the Cape Refining Partnership.", set()),
    ("Oman is a member of the Chile-led Critical Metals Alliance.", {(frozenset({"OMN", "CHL"}), "existing")}),
    # a leader after the name; a backer is none
    ("Oman is also a member of the Critical Metals Alliance led by Chile.", {(frozenset({"OMN", "CHL"}), "existing")}),
    (
        "Oman is also a member of the Critical Metals Alliance led by Kestrel Mining.",
        {(frozenset({"OMN"}), "existing")},
    ),
    # an instrument inside a proposal: planned, and the proposal is no other side
    (
        "Ghana produced more gold last year. A proposal for a memorandum of understanding with Oman is under review.",
        {(frozenset({"GHA", "OMN"}), "planned")},
    ),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "app")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_apposed_names_and_led_outsiders(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Chile and Peru signed the Pacific Minerals Dialogue on Monday.", "Pacific Minerals Dialogue"),
        ("Chile and Peru signed the Declaration on Cobalt in March.", "Declaration on Cobalt"),
        ("Chile and Peru signed the Declaration on Cobalt Supply Chains.", "Declaration on Cobalt Supply Chains"),
    ],
)
def test_a_date_after_a_name_is_no_part_of_it(text, name):
    sheets = extract_table([text], "dat")
    assert [a["name"] for a in sheets[text]["agreements"]] == [name]
