"""Agreement nouns under a quantity, and cooperation documents (branch agree12a), one row per wording.

'signed a number of agreements' signs the agreements (the 'of' of a quantity is no reference), and
'cooperation documents' are agreement documents.  Negative rows: a real reference ('financed under'),
a document that is no cooperation document.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Oman and Chad held talks in Muscat. The two sides then signed a series of memorandums on copper.",
     {(frozenset({"OMN", "TCD"}), "signed")}),
    ("Fiji and Nepal signed a package of agreements on cobalt on Monday.",
     {(frozenset({"FJI", "NPL"}), "signed")}),
    ("The Laotian side signed cooperation documents with Oman and Chad on Friday.",
     {(frozenset({"LAO", "OMN"}), "signed"), (frozenset({"LAO", "TCD"}), "signed")}),
    ("Fiji and Nepal exchanged documents on cobalt prices on Monday.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "q")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_quantity_objects(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
