"""A state a copula makes a member of an instrument whose relative clause lists the other members is one of
them: 'A is a member of the Z, whose members also include B and C' is one set A, B, C; a denied membership
or a mere onlooker adds nobody.  Three page frames: bare text, a wire dateline, another government's page."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, page_agreements

WIRE = "LIMA, May 6 (Agency) - "
NEWS = "https://www.lakesidecourier.example.com/news/x"

CASES = [
    ("Kenya is a member of the Lithium Producers Alliance, whose members also include Chile and Peru.",
     {(("CHL", "KEN", "PER"), "existing")}),
    ("Ghana is a member of the Cobalt Supply Partnership, whose other members are Norway and Peru.",
     {(("GHA", "NOR", "PER"), "existing")}),
    ("Vietnam is also a member of the Rare Earths Compact, whose members include Brazil, Chile and Canada.",
     {(("BRA", "CAN", "CHL", "VNM"), "existing")}),
    # a denied membership adds nobody
    ("Kenya is not a member of the Lithium Producers Alliance, whose members include Chile and Peru.",
     {(("CHL", "PER"), "existing")}),
    # no membership copula: the listed members alone
    ("The Cobalt Supply Partnership, whose members include Norway and Peru, was launched in 2022.",
     {(("NOR", "PER"), "existing")}),
]  # fmt: skip


@pytest.mark.parametrize("frame", ["bare", "wire", "gov"])
@pytest.mark.parametrize("text,expected", CASES)
def test_member_relative_subject(frame, text, expected):
    url = GOV if frame == "gov" else NEWS
    body = WIRE + text if frame == "wire" else text
    assert page_agreements(url, body) == expected
