"""A number standing for states as the subject (branch agree12a), one row per wording.

'Two of the biggest producers, A and B, signed': the partitive's apposition; 'where all three signed':
the latest list of exactly that many states.  Negative rows: a count that matches no list, a year.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Two of the continent's largest copper producers, Zambia and Chile, signed a framework on Monday.",
     {(frozenset({"ZMB", "CHL"}), "signed")}),
    ("Envoys of Fiji, Oman and Chad met in Suva on Friday, where all three signed an accord on cobalt.",
     {(frozenset({"FJI", "OMN", "TCD"}), "signed")}),
    ("Envoys of Fiji and Oman met in Suva on Friday, where all five signed an accord on cobalt.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "n")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_numeral_subject(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
