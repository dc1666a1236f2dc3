"""Agreement party sets completed around one mention (branch agree8), one table row per wording.

Three families of real wordings, as outlets and ministries write them: a joiner with the members the
agreement's own phrase names, a deal named as the frame of a clause, and one state's agreement that a
later sentence of the paragraph completes.  Each row: the text (paragraphs split on blank lines), the
agreements expected as (party set, status), and the rule that must have produced them (None: any).
Negative rows keep each construction from over-firing.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

JOINED, FRAMED, COMPLETED = "agreement.joined_members", "agreement.framed_exchange", "agreement.completed_set"

CASES = [
    # a joiner with the members the agreement's own phrase names
    ("Rwanda formally joined the minerals partnership of Singapore and Egypt on Wednesday.",
     {(frozenset({"RWA", "SGP", "EGY"}), "announced")}, JOINED),
    ("Officials said Paraguay had become the third member of the Ecuador-Uruguay lithium framework.",
     {(frozenset({"PRY", "ECU", "URY"}), "announced")}, JOINED),
    ("Fiji acceded on Tuesday to the Ghana-Portugal agreement on manganese.",
     {(frozenset({"FJI", "GHA", "PRT"}), "announced")}, JOINED),
    ("Slovenia has acceded to the rare earths alliance formed by Morocco and Thailand.",
     {(frozenset({"SVN", "MAR", "THA"}), "announced")}, JOINED),
    ("Uzbekistan is expected to join the graphite partnership of Nigeria and Bolivia next year.",
     {(frozenset({"UZB", "NGA", "BOL"}), "planned")}, JOINED),
    ("Croatia became the latest country to join the Japan-Chile minerals partnership on Monday.",
     {(frozenset({"HRV", "JPN", "CHL"}), "announced")}, JOINED),
    ("Namibia did not join the partnership of Japan and Chile on Tuesday.", set(), None),
    ("Fiji has yet to accede to the Ghana-Portugal agreement on manganese.", set(), None),
    ("The partnership of Chile on copper was renewed on Monday.", set(), None),
    # a deal named as the frame of a clause: the clause's giver and receiver
    ("Under the agreement, Tunisia will supply Italy with phosphate.",
     {(frozenset({"TUN", "ITA"}), "existing")}, FRAMED),
    ("According to the ministry, under an MOU signed in 2023, Laos will export potash to Thailand.",
     {(frozenset({"LAO", "THA"}), "existing")}, FRAMED),
    ("As part of the deal, Namibia will provide Germany with rare earths.",
     {(frozenset({"NAM", "DEU"}), "existing")}, FRAMED),
    ("The memorandum, under which Gabon will export manganese to France, was signed on Friday.",
     {(frozenset({"GAB", "FRA"}), "signed")}, FRAMED),
    ("Under the terms of the agreement, Kenya will buy lithium from Chile.",
     {(frozenset({"KEN", "CHL"}), "existing")}, FRAMED),
    ("Under the deal, the United States will cut imports from China.", set(), None),
    ("Under the Critical Minerals Framework, Kenya will finance new refineries.", set(), None),
    ("Under the agreement, Chile and Japan will cooperate on copper refining.",
     {(frozenset({"CHL", "JPN"}), "existing")}, None),
    # one state's agreement completed later in the same paragraph
    ("Mexico launched a critical minerals alliance on Monday. The other members are Peru, Colombia and Ecuador.",
     {(frozenset({"MEX", "PER", "COL", "ECU"}), "announced")}, COMPLETED),
    ("Peru launched a copper alliance in Lima on Monday. It is joined by Ecuador and Colombia.",
     {(frozenset({"PER", "ECU", "COL"}), "announced")}, COMPLETED),
    ("Chile announced a lithium pact in Santiago. The pact has been joined by Argentina and Bolivia.",
     {(frozenset({"CHL", "ARG", "BOL"}), "announced")}, COMPLETED),
    ("Ghana signed a new bauxite partnership on Thursday. The other signatories are Guinea and Sierra Leone.",
     {(frozenset({"GHA", "GIN", "SLE"}), "signed")}, COMPLETED),
    ("Argentina launched a lithium alliance on Monday. Chile and Bolivia signed it alongside Argentina.",
     {(frozenset({"ARG", "CHL", "BOL"}), "announced")}, COMPLETED),
    ("Mexico launched a critical minerals alliance on Monday. The alliance also includes Peru and Chile.",
     {(frozenset({"MEX", "PER", "CHL"}), "announced")}, COMPLETED),
    ("Mexico launched a critical minerals alliance on Monday. Peru and Chile joined the alliance on the same day.",
     {(frozenset({"MEX", "PER", "CHL"}), "announced")}, COMPLETED),
    # another paragraph, a denied opener, a prospective completion: no completed set
    ("Mexico launched a critical minerals alliance on Monday.\n\nThe other members are Peru, Colombia and Ecuador.",
     {(frozenset({"PER", "COL", "ECU"}), "existing")}, None),
    ("Mexico did not launch a critical minerals alliance on Monday. The other members are Peru, Colombia and Ecuador.",
     {(frozenset({"PER", "COL", "ECU"}), "existing")}, None),
    ("Canada signed a minerals partnership on Friday. It is expected to be joined by Australia and Japan.",
     set(), None),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "j")


@pytest.mark.parametrize("text,expected,rule", CASES, ids=range(len(CASES)))
def test_joined_party_set(sheets, text, expected, rule):
    assert_agreements(sheets[text], expected, rule)
