"""A roadmap two governments agree or sign is an agreement (branch agree12a), one row per wording.

Negative row: one state's own roadmap is a plan, not an agreement of two parties.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Fiji and Oman agreed on a roadmap for copper cooperation on Monday.", {(frozenset({"FJI", "OMN"}), "announced")}),
    ("Nepal signed a roadmap on graphite mining with Chad on Friday.", {(frozenset({"NPL", "TCD"}), "signed")}),
    ("Nepal unveiled a roadmap for graphite processing on Friday.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "r")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_roadmap(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
