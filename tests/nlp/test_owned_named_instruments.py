"""A named instrument a possessive pronoun owns has the pronoun's state as its other side (round 25, from
eval/news21: 'Its Advanced Framework Agreement with the European Union' after a sentence on Chile gave the EU
alone, since one named party was enough). Invented states and instrument names; an unowned named instrument
keeps its one named party."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    (
        "Kenya hosted the forum. Its Green Minerals Partnership with Japan was launched in 2023.",
        {(frozenset({"KEN", "JPN"}), "existing")},
    ),
    (
        "Chile has strong links with Europe. Its Advanced Framework Agreement with the European Union took effect "
        "in 2023.",
        {(frozenset({"CHL", "EU"}), "existing")},
    ),
    (
        "Peru's exports rose. Its Andean Copper Compact with Bolivia was signed in 2022.",
        {(frozenset({"PER", "BOL"}), "existing")},
    ),
    # no possessive: the named partnership of one state stays one-sided
    ("Kenya hosted the forum. The Green Minerals Partnership with Japan was launched in 2023.", None),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "own")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_owned_named_instruments(sheets, text, expected):
    if expected is None:
        assert all("KEN" not in a["parties"] for a in sheets[text]["agreements"])
    else:
        assert_agreements(sheets[text], expected, None)
