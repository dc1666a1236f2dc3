"""An agreement noun the parser read as a verb after a plural or mineral modifier is the instrument again.

"The United States signed a critical minerals deal with Japan": en_core_web_sm reads 'minerals deal with' as
a clause, and the deal was lost (round 22, found while probing pronoun subjects). Under a verb that makes
instruments the noun is that verb's object again; under any other verb ('the countries deal with the issue')
it stays a verb. Invented sentences of many states; the measure side of the module is tested in
test_control_goods_passages.py.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("The United States signed a critical minerals deal with Japan.", {(frozenset({"USA", "JPN"}), "signed")}),
    ("Ghana signed its minerals deal with Peru.", {(frozenset({"GHA", "PER"}), "signed")}),
    ("Laos and Fiji signed the rare earths deal on Monday.", {(frozenset({"LAO", "FJI"}), "signed")}),
    ("Japan struck a minerals deal with Ukraine.", {(frozenset({"JPN", "UKR"}), "announced")}),
    ("Chile and Peru are negotiating a lithium deal.", {(frozenset({"CHL", "PER"}), "negotiating")}),
    ("Kenya reached a metals deal with Oman last week.", {(frozenset({"KEN", "OMN"}), "announced")}),
    # after a preposition no verb can stand: the preposition's object
    (
        "Under the critical minerals deal with Japan, Ghana will supply manganese.",
        {(frozenset({"GHA", "JPN"}), "existing")},
    ),
    ("Ghana and Japan held talks on a minerals deal.", {(frozenset({"GHA", "JPN"}), "negotiating")}),
    # a verb that makes no instrument keeps 'deal' a verb
    ("Officials said the countries deal with the issue through their embassies.", set()),
    ("Kenya and Oman did not sign a minerals deal.", set()),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "nrv")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_an_instrument_read_as_a_verb(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


# a plural instrument capitalised by its place: at the lead's start, after a blanked dateline or a label's colon
PLACED_CASES = [
    (
        "LIMA, May 4 (Reuters) - Frameworks on copper were signed by Peru with Oman and Fiji.",
        {(frozenset({"PER", "OMN"}), "signed"), (frozenset({"PER", "FJI"}), "signed")},
    ),
    (
        "HANOI (AFP) -- Roadmaps will be signed by Vietnam and Mongolia next month.",
        {(frozenset({"VNM", "MNG"}), "planned")},
    ),
    ("Update: Accords on tin were signed by Bolivia with Laos.", {(frozenset({"BOL", "LAO"}), "signed")}),
    ("Accords Secretariat officials from Bolivia visited Laos.", set()),
    ("LIMA, May 4 (Reuters) - Frameworks on copper were not signed by Peru and Oman.", set()),
]


@pytest.fixture(scope="module")
def placed_sheets():
    return extract_table([t for t, _ in PLACED_CASES], "ppl")


@pytest.mark.parametrize("text,expected", PLACED_CASES, ids=range(len(PLACED_CASES)))
def test_a_plural_instrument_capitalised_by_its_place(placed_sheets, text, expected):
    assert_agreements(placed_sheets[text], expected, None)
