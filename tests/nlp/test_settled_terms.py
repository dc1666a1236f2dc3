"""A deal whose terms, text or details a settling verb agrees is announced (branch status24), one row per wording.

'have settled the last terms of the deal', 'completed the wording of the pact': the text is agreed, not yet
signed.  Negative rows: a denied settling is still under negotiation; a settling only hoped for is planned; a
settling in an earlier year is background.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

FO = frozenset({"FJI", "OMN"})
CASES = [
    (
        "Leaders of Fiji and Oman say they have settled the last terms of the trade deal between the two countries.",
        {(FO, "announced")},
    ),
    ("Negotiators from Fiji and Oman completed the wording of the lithium pact on Tuesday.", {(FO, "announced")}),
    (
        "Officials of Fiji and Oman ironed out the final details of the graphite accord in Suva on Friday.",
        {(FO, "announced")},
    ),
    ("Fiji and Oman concluded the text of the nickel partnership on Monday.", {(FO, "announced")}),
    ("Fiji and Oman have not settled the terms of a cobalt deal.", {(FO, "negotiating")}),
    ("Fiji and Oman hope to settle the terms of a cobalt deal next month.", {(FO, "planned")}),
    ("Fiji and Oman settled the terms of a cobalt deal in 2019.", {(FO, "existing")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "st")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_settled_terms(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
