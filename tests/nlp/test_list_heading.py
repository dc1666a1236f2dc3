"""A verbless list item takes its status from the list's heading (branch agree12a), one row per wording.

'Documents signed during the visit:' then items naming an agreement and its parties with no verb:
each item was signed.  Negative rows: a heading with no committing participle, an item with its own verb.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Agreements signed during the visit of the President of Fiji to Oman:\n\n"
     "1. Memorandum of Understanding between the Government of Fiji and the Government of Oman on copper",
     {(frozenset({"FJI", "OMN"}), "signed")}),
    ("Agreements discussed during the visit of the President of Fiji to Oman:\n\n"
     "1. Memorandum of Understanding between the Government of Fiji and the Government of Oman on copper",
     {(frozenset({"FJI", "OMN"}), "existing")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "h")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_heading_status(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
