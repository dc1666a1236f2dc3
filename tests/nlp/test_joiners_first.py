"""Newcomers a story leads with, founders it lists after (branch groups27, official12 16): 'Today D and E signed
the Z Declaration, becoming the first countries to join the initiative. The Declaration was signed in 2025 by A, B
and C' is one agreement of the five.  The joining sentence must have a membership verb, not negated; the later one
must name the instrument by a word of its name, definite, as subject or object of a committing or founding verb,
and list two states or more that are not the joiners.  States vary in origin; agreement names are invented.
"""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

# (lead with {X} joiners, the instrument's word, status of the lead)
LEADS = [
    (
        "Today {X} signed the Corvan Declaration, becoming the first countries to join the initiative.",
        "Declaration",
        "signed",
    ),
    ("{X} joined the Tamsin Charter on minerals on Tuesday.", "charter", "announced"),
    (
        "{X}, both large producers of tin, became the latest countries to join the Ruvu Compact on Monday.",
        "compact",
        "announced",
    ),
]
JOINERS = [
    ("Mongolia and Senegal", {"MNG", "SEN"}),
    ("Uruguay and Estonia", {"URY", "EST"}),
    ("Laos and Ghana", {"LAO", "GHA"}),
]
FOUNDERS = [
    ("Peru, Norway and Kenya", {"PER", "NOR", "KEN"}),
    ("Japan, Morocco and Chile", {"JPN", "MAR", "CHL"}),
]
FRAMES = [
    "The {N} was signed in 2024 by {F}.",
    "The {N}, a pledge on cobalt supply chains, had been launched by {F} in 2023, officials said.",
    "According to the ministry, the {N} was founded by {F} two years ago.",
    "{F} signed the {N} in 2022, at a ceremony in the capital.",
]  # fmt: skip

POSITIVE = [
    (
        f"{lead.format(X=jn)} {frame.format(N=noun.lower(), F=fn)}",
        {(frozenset({*jc, *fc}), status)},
    )
    for frame, (lead, noun, status), (jn, jc), (fn, fc) in zip(
        FRAMES * 2, itertools.cycle(LEADS), itertools.cycle(JOINERS), itertools.cycle(FOUNDERS), strict=False
    )
]

NEGATIVE = [
    # no one joins: two instruments
    ("Mongolia and Senegal signed the Corvan Declaration on Monday. The Orion declaration was signed in 2024 by "
     "Peru, Norway and Kenya.",
     {(frozenset({"MNG", "SEN"}), "signed"), (frozenset({"PER", "NOR", "KEN"}), "existing")}),
    # the later sentence is about another instrument
    ("Uruguay and Estonia joined the Tamsin Charter on minerals on Tuesday. A separate compact was signed by Peru, "
     "Norway and Kenya in 2023.",
     {(frozenset({"URY", "EST"}), "announced"), (frozenset({"PER", "NOR", "KEN"}), "existing")}),
]  # fmt: skip
# the founders' verb commits to nothing: whatever else reads the sentence, the joiners' set stays apart
APART = [
    ("Laos and Ghana joined the Ruvu Compact on Monday. The compact was criticised by Peru, Norway and Kenya.",
     {"LAO", "GHA"}, {"PER", "NOR", "KEN"}),
    ("Mongolia and Senegal did not join the Corvan Declaration on Monday. The declaration was signed by Peru, "
     "Norway and Kenya in 2024.", {"MNG", "SEN"}, {"PER", "NOR", "KEN"}),
]  # fmt: skip

CASES = POSITIVE + NEGATIVE


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES] + [c[0] for c in APART], "jf")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_joiners_first(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


@pytest.mark.parametrize("text,joiners,founders", APART, ids=range(len(APART)))
def test_joiners_kept_apart(sheets, text, joiners, founders):
    sets = [set(a["parties"]) for a in sheets[text]["agreements"]]
    assert not any(s & joiners and s & founders for s in sets)
