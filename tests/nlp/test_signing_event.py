"""An agreement named as the object of its signing event was signed (status rule in signing_acts), one row per wording.

Negative rows: an event carrying a year stays background; a denied witness makes no signing.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Leaders of Fiji and Oman witnessed the signing of an accord on copper between the two governments on Monday.",
     {(frozenset({"FJI", "OMN"}), "signed")}),
    ("Ministers attended the conclusion of the cobalt pact between Nepal and Chad in Kathmandu on Friday.",
     {(frozenset({"NPL", "TCD"}), "signed")}),
    ("Fiji and Oman hailed the signing of the 2019 copper pact.", {(frozenset({"FJI", "OMN"}), "existing")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "e")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_signing_event(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
