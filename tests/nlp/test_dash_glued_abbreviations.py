"""A dash glued to an abbreviation with stops is cut off (usdeals22, nlp/model.py ``_split_dash_glued``).

spaCy splits a dash between two letters only, so "U.S.-Japan" stayed one unknown token and neither side of the
pair was found; an abbreviation of ``agreement.dash_glued_abbreviations`` now stays one token before its dash.
Pairs vary in dash (hyphen, en dash, em dash), position (first, middle of a triple) and partner; near misses keep
"U.S.-led" and a bare "the U.S." from becoming a side.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.model import load_pipeline
from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


TOKENS = [
    ("The U.S.-Japan agreement", ["The", "U.S.", "-", "Japan", "agreement"]),
    ("the U.K.-India deal", ["the", "U.K.", "-", "India", "deal"]),
    ("a U.S.\u2013Ukraine deal", ["a", "U.S.", "\u2013", "Ukraine", "deal"]),
    ("the U.A.E.\u2014Kenya pact", ["the", "U.A.E.", "\u2014", "Kenya", "pact"]),
    ("the Japan-U.S.-Philippines framework", ["the", "Japan", "-", "U.S.", "-", "Philippines", "framework"]),
    ("went to the U.S. on Monday", ["went", "to", "the", "U.S.", "on", "Monday"]),
    ("a U.S.-led partnership", ["a", "U.S.", "-", "led", "partnership"]),
]  # fmt: skip


@pytest.mark.parametrize("text,tokens", TOKENS, ids=range(len(TOKENS)))
def test_dash_glued_tokens(text, tokens):
    assert [t.text for t in load_pipeline().make_doc(text)] == tokens


CASES = [
    ("The U.S.-Japan critical minerals agreement was signed in Tokyo on Monday.",
     {(_set("USA", "JPN"), "signed")}, ["JPN"]),
    ("Officials praised the U.K.-India free trade agreement signed on Tuesday.",
     {(_set("GBR", "IND"), "signed")}, []),
    ("The U.S.\u2013Ukraine minerals deal was signed on Wednesday.", {(_set("USA", "UKR"), "signed")}, ["UKR"]),
    ("The U.S.-Kenya framework on cobalt was signed in Nairobi on Friday.",
     {(_set("USA", "KEN"), "signed")}, ["KEN"]),
    ("The U.S.\u2014Peru memorandum on copper was signed on Friday.", {(_set("USA", "PER"), "signed")}, ["PER"]),
    ("Kenya signed the U.S.-Kenya framework on cobalt on Friday.", {(_set("USA", "KEN"), "signed")}, ["KEN"]),
    ("The Japan-U.S.-Philippines trilateral framework on nickel was signed on Monday.",
     {(_set("JPN", "USA", "PHL"), "signed")}, ["JPN", "PHL"]),
    # near misses: a U.S.-backed deal of others, the U.S. as a destination
    ("Peru signed a U.S.-backed framework on copper with Chile on Monday.", {(_set("PER", "CHL"), "signed")}, []),
    ("He flew to the U.S. on Monday and Chile signed a copper deal with Peru.",
     {(_set("CHL", "PER"), "signed")}, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "dg")


@pytest.mark.parametrize("text,expected,deals", CASES, ids=range(len(CASES)))
def test_dash_glued_pairs(sheets, text, expected, deals):
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected
    assert sorted(sheets[text]["deals_with_usa"]) == sorted(deals)
