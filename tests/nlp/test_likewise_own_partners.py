"""'as did C' after a clause that names its own partner is C's own deal with that partner (venue23, round 13).

Round 12 added 'as did C' to the subject's set, which is right without a partner ('A and B signed the
framework, as did C'), but with one it made 'A signed an MOU with B, as did C' a three-party set and a partner
series ('A signed MOUs with B and D, as did C') one four-party fact.  C repeats the act with the same partners:
C+B (C+each partner after a plural).  States vary in region, the US as subject and as partner.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


CASES = [
    ("Indonesia signed an MOU on antimony with Serbia on Friday, as did Morocco.",
     {(_set("IDN", "SRB"), "signed"), (_set("MAR", "SRB"), "signed")}, []),
    ("Uzbekistan signed memorandums with India and Mexico on Wednesday, as did Australia.",
     {(_set("UZB", "IND"), "signed"), (_set("UZB", "MEX"), "signed"), (_set("AUS", "IND"), "signed"),
      (_set("AUS", "MEX"), "signed")}, []),
    ("The United States signed a partnership on germanium with Nigeria on Friday, as did Italy.",
     {(_set("USA", "NGA"), "signed"), (_set("ITA", "NGA"), "signed")}, ["NGA"]),
    ("Vietnam signed a framework on antimony with the United States on Monday, as did Thailand.",
     {(_set("USA", "VNM"), "signed"), (_set("USA", "THA"), "signed")}, ["THA", "VNM"]),
    ("Tanzania signed a framework on graphite with India on Thursday in the presence of the President of Japan, "
     "as did Mozambique.", {(_set("TZA", "IND"), "signed"), (_set("MOZ", "IND"), "signed")}, []),
    # without a partner of its own the clause's set takes C in, as before
    ("Namibia and Brazil signed a framework on graphite on Wednesday, as did Mozambique.",
     {(_set("NAM", "BRA", "MOZ"), "signed")}, []),
    ("Peru signed a memorandum on copper with Chile on Monday, as Ecuador has with Colombia.",
     {(_set("PER", "CHL"), "signed")}, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "lw")


@pytest.mark.parametrize("text,expected,us", CASES, ids=range(len(CASES)))
def test_likewise_own_partners(sheets, text, expected, us):
    assert_agreements(sheets[text], expected, None)
    assert sorted(sheets[text]["deals_with_usa"]) == us
