"""An agreement noun that only modifies another agreement noun is part of one instrument's name.

"the Comprehensive Economic Partnership Agreement": 'Partnership' is a compound of 'Agreement', not a
second, one-party initiative beside the bilateral one (census of official7/news7, round 9).  'a minerals
compact' at a clause's end is parsed with 'compact' as an adjective: it is still the instrument's head.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Ghana signed the Comprehensive Economic Partnership Agreement with Peru in 2022.",
     {(frozenset({"GHA", "PER"}), "existing")}),
    ("Kenya and Chile signed a strategic partnership agreement on cobalt on Monday.",
     {(frozenset({"KEN", "CHL"}), "signed")}),
    ("Oman and Fiji concluded the Minerals Framework Accord on Tuesday.", {(frozenset({"OMN", "FJI"}), "signed")}),
    # the head noun misread as an adjective after its noun premodifier (branch groups17): still the instrument
    ("Fiji, Oman, Chad and Peru have signed a minerals compact.",
     {(frozenset({"FJI", "OMN", "TCD", "PER"}), "signed")}),
    ("Kenya has signed a minerals compact with Peru.", {(frozenset({"KEN", "PER"}), "signed")}),
    ("Kenya and Peru could sign a minerals compact next year.", {(frozenset({"KEN", "PER"}), "planned")}),
    ("Kenya and Peru have not signed a minerals compact.", set()),
    ("Kenya and Peru said the plan is compact and cheap.", set()),
    # a named partnership that heads its own phrase stays an initiative of its own
    ("Latvia joined the Green Metals Partnership, and Ecuador signed a memorandum with Latvia on Friday.",
     {(frozenset({"LVA", "ECU"}), "signed")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "cmp")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_compound_agreement_nouns(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
