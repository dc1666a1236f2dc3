"""Round 23: a meeting, talks, visit, call or meal named in a phrase of the signing verb has its own 'with' phrase,
which names who met, not the parties (unless the verb has no other party phrase: then the state met is the
counterpart); the run of titled names before the subject never enters such a fronted
phrase. Invented officials; near misses keep the instrument's own 'with' phrase.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Brazil signed an agreement with Morocco after talks with Chile.", {(frozenset({"BRA", "MAR"}), "signed")}),
    (
        "In a meeting with Chile's Prime Minister Zofia Wrona, Brazil signed an agreement with Morocco.",
        {(frozenset({"BRA", "MAR"}), "signed")},
    ),
    (
        "During a call with Chile's president, Brazil signed an agreement with Morocco.",
        {(frozenset({"BRA", "MAR"}), "signed")},
    ),
    (
        "Brazil concluded a partnership on lithium with Morocco during a visit to Chile.",
        {(frozenset({"BRA", "MAR"}), "signed")},
    ),
    (
        "After a lunch with President Tomasz Wieczorek, Ghanaian Minister of Mines Kwabena Osei-Tutu signed a "
        "memorandum with South Korea.",
        {(frozenset({"GHA", "KOR"}), "signed")},
    ),
    # near misses: the instrument's own partners stay, and a denied signing gives none
    (
        "Brazil signed a memorandum on lithium with Morocco and Chile after talks in Geneva.",
        {(frozenset({"BRA", "MAR", "CHL"}), "signed")},
    ),
    ("Brazil did not sign a memorandum on lithium with Morocco after talks with Chile.", set()),
    # directional: with no other party phrase and a lone subject, the state met is the counterpart
    ("Brazil signed a memorandum on lithium at a meeting with Chile.", {(frozenset({"BRA", "CHL"}), "signed")}),
    (
        "Ghana concluded a partnership on cobalt during talks with Norway in Accra.",
        {(frozenset({"GHA", "NOR"}), "signed")},
    ),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "enc")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_encounters_are_not_parties(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
