"""Negated or denied talks are no agreement (fix24b; nlp/components/denied_talks.py).

A talks noun or negotiating verb that is negated ('is not in talks', 'is no longer negotiating', 'no talks have
started', 'talks have not begun') or sits under a verb that denies, refuses or opposes it ('denied that X was in
talks', 'dismissed reports that', 'ruled out talks') gives no deal; the same sentence with the talks affirmed
keeps its deal, and affirmed talks beside denied ones keep theirs.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements

NEGOTIATING = "negotiating"


@pytest.mark.parametrize(
    "plain,denied,pair",
    [
        # a negated talks predicate: 'not', 'no longer', 'never'
        (
            "Chile is in talks with Ghana on lithium, the trade minister said on Monday.",
            "Chile is not in talks with Ghana on lithium, the trade minister said on Monday.",
            "CHL+GHA",
        ),
        (
            "Oman is negotiating with Peru on a cobalt partnership, its ministry said.",
            "Oman is no longer negotiating with Peru on a cobalt partnership, its ministry said.",
            "OMN+PER",
        ),
        (
            "Kenya has held talks with Laos on nickel, according to the ministry.",
            "Kenya has never held talks with Laos on nickel, according to the ministry.",
            "KEN+LAO",
        ),
        (
            "Fiji and Mongolia are negotiating a graphite agreement.",
            "Fiji and Mongolia are not negotiating a graphite agreement.",
            "FJI+MNG",
        ),
        # a denial, rejection or refusal over the talks clause
        (
            "Officials said that Namibia was in talks with Estonia on tin supplies.",
            "Officials denied that Namibia was in talks with Estonia on tin supplies.",
            "EST+NAM",
        ),
        (
            "Reports said Bolivia was in negotiations with Nigeria over tungsten.",
            "Bolivia rejected reports that it was in negotiations with Nigeria over tungsten.",
            "BOL+NGA",
        ),
        (
            "Uruguay is in discussions with Malawi on manganese processing.",
            "Uruguay refused to enter discussions with Malawi on manganese processing.",
            "MWI+URY",
        ),
    ],
)
def test_denied_talks_lose_their_deal(plain, denied, pair):
    assert agreements(plain) == {(pair, NEGOTIATING)}
    assert agreements(denied) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'no talks' and talks that have not begun, with an instrument as their topic
        ("No talks have started between Peru and Laos on a cobalt agreement, officials said.", set()),
        ("Talks between Peru and Laos on a cobalt agreement have not begun, the ministry said.", set()),
        ("Namibia denied being in talks with Fiji on lithium.", set()),
        # a denied or negated talks clause beside an affirmed one: the affirmed one keeps its deal
        (
            "Ghana is not in talks with Oman, but said on Friday that it was negotiating with Chile on copper.",
            {("CHL+GHA", NEGOTIATING)},
        ),
        (
            "Kenya is in talks with Peru on zinc, but it is not in talks with Laos.",
            {("KEN+PER", NEGOTIATING)},
        ),
        # still under way: talks a deal has yet to conclude, and talks beside a denied signing
        ("Mongolia and Fiji have yet to conclude talks on a lithium partnership.", {("FJI+MNG", NEGOTIATING)}),
        (
            "Laos did not sign an agreement with Chile, though talks on lithium were continuing.",
            {("CHL+LAO", NEGOTIATING)},
        ),
    ],
)
def test_talks_beside_denials(text, expected):
    assert agreements(text) == expected
