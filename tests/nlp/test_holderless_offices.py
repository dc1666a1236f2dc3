"""An office named without its holder that is the subject of the act stands for its state (round 12, lead).

'The President of A and the Prime Minister of B signed ...', 'the Minister for Foreign Affairs and Trade of
A', 'the Minister of Industry and Construction of A' (the parser coordinates the portfolio's last word with
the office): each office is its state. Only as a subject: an office that witnesses, represents or welcomes
('in the presence of the President of C', 'represented by the Vice-President of C') is a person's role and
adds no party.  States vary in region; no person is named.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


SUBJECTS = [
    ("The President of Chile and the Prime Minister of Kenya signed an agreement on copper processing on Monday.",
     {(_set("CHL", "KEN"), "signed")}),
    ("The Minister of Foreign Affairs of Japan and the Minister of Mines of Zambia signed a memorandum on cobalt.",
     {(_set("JPN", "ZMB"), "signed")}),
    ("The Minister for Foreign Affairs and Trade of Mongolia and the Trade Minister of Peru signed a framework on "
     "copper on Friday.",
     {(_set("MNG", "PER"), "signed")}),
    ("The Minister of Industry and Construction of Uzbekistan and the Deputy Prime Minister of Spain signed a "
     "roadmap on tungsten on Tuesday.",
     {(_set("UZB", "ESP"), "signed")}),
    ("The Prime Minister of Laos and the President of Ghana agreed on Thursday to sign a partnership on bauxite "
     "next year.",
     {(_set("LAO", "GHA"), "planned")}),
]  # fmt: skip

NOT_PARTIES = [
    ("Chile and Kenya signed an agreement on copper on Monday in the presence of the President of France.",
     {(_set("CHL", "KEN"), "signed")}),
    ("The Ambassador of India to Zambia attended the signing of the memorandum between Zambia and Japan on cobalt.",
     {(_set("ZMB", "JPN"), "signed")}),
    ("Vietnam signed a memorandum on rare earths with Norway, which was represented by the Minister of Trade of "
     "Norway, as the President of Brazil looked on.",
     {(_set("VNM", "NOR"), "signed")}),
    ("The Minister of Mines said on Monday that exports of raw cobalt would be reviewed.", set()),
]  # fmt: skip

CASES = SUBJECTS + NOT_PARTIES


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "ho")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_holderless_offices(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
