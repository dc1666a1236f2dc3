"""States a negated clause about the instrument places outside it (branch series30), one row per wording.

'of which the republic is not a member', 'to which it is not a party', 'in which the kingdom plays no role',
'was not mentioned in the X', 'is not among the signatories of the X', 'has not joined the X': no party.
Negative rows: an outsider beside a real pair keeps the pair; a state denied one instrument keeps its own
deal; a clause conjoined after the denial ('and B signed a framework with C') is its own clause.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

FO, CL = frozenset({"FJI", "OMN"}), frozenset({"CHL", "LAO"})
CASES = [
    ("Fiji already hosts a pilot project on nickel processing under the Andean Minerals Compact, of which the "
     "republic is not a member.", set()),
    ("Oman receives funding for two lithium mines under the Kivu Raw Materials Accord, to which it is not a party.",
     set()),
    ("Laos runs a training centre under the Baltic Supply Chain Charter, in which the country plays no role.", set()),
    ("Chile, whose economy depends on mining, was not mentioned in the Lusaka Declaration on Battery Metals, "
     "according to the text seen by reporters.", set()),
    ("Laos is not among the signatories of the Pacific Minerals Dialogue, officials said.", set()),
    ("Fiji has not joined the Critical Metals Alliance, the ministry said on Monday.", set()),
    ("Fiji and Oman signed a memorandum of understanding on cobalt on Monday, to which Laos is not a party.",
     {(FO, "signed")}),
    ("Chile, which is not a member of the Critical Metals Alliance, signed an MOU on graphite with Laos on Tuesday.",
     {(CL, "signed")}),
    ("Fiji is not a party to that partnership, and Suva signed only a framework on tin with Muscat on Tuesday.",
     {(FO, "signed")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "out")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_outsiders(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
