"""Joiners named with the members they join, and signers beside a refuser (branch agree12a).

Each row: the text, the agreements expected as (party set, status), and the rule that must have
produced them (None: any).  Negative rows: a denied joiner, a joiner with no companions named.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

JOINED, OTHERS = "agreement.joined_companions", "agreement.others_signed"

CASES = [
    ("Fiji became the third signatory of the cobalt compact on Monday, joining Laos and Oman.",
     {(frozenset({"FJI", "LAO", "OMN"}), "signed")}, JOINED),
    ("Nepal joined Chad and Togo as a founding signatory of the graphite accord on Tuesday.",
     {(frozenset({"NPL", "TCD", "TGO"}), "signed")}, JOINED),
    ("Fiji became a member of the cobalt alliance in 2019, joining Laos and Oman.",
     {(frozenset({"FJI", "LAO", "OMN"}), "existing")}, JOINED),
    ("Chad declined to sign the compact on Monday, which Fiji, Laos and Oman signed.",
     {(frozenset({"FJI", "LAO", "OMN"}), "signed")}, OTHERS),
    ("Fiji did not become a signatory of the cobalt compact, joining Laos and Oman.", set(), None),
    ("Chad declined to sign the compact on Monday.", set(), None),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "c")


@pytest.mark.parametrize("text,expected,rule", CASES, ids=range(len(CASES)))
def test_joined_companions(sheets, text, expected, rule):
    assert_agreements(sheets[text], expected, rule)
