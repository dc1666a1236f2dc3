"""A reported clause whose verb the parser hung on the instrument, and a reporter who is no side (round 25).

'A 2019 cooperation agreement with India on manganese exploration expired last year, a ministry official said':
en_core_web_sm made the instrument the complement of 'said' and 'expired' its reduced relative, so the lapse was
read as an existing agreement; and the unnamed reporter ('a ministry official', 'officials') was taken for the
instrument's other side, so the story's state never completed it. Found on eval/news21 (04); the rows are
invented states and instruments, with committing participles and named sides as near misses.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

LEAD = "Ghana banned raw bauxite exports in 2021. "

CASES = [
    (
        LEAD
        + "A 2019 cooperation agreement with Peru on bauxite exploration expired last year, a ministry official said.",
        {(frozenset({"GHA", "PER"}), "lapsed")},
    ),
    (
        LEAD + "A memorandum with Chile on lithium lapsed in 2023, officials said.",
        {(frozenset({"GHA", "CHL"}), "lapsed")},
    ),
    (
        LEAD + "The 2018 framework with Oman on copper expired in March, the deputy minister told reporters.",
        {(frozenset({"GHA", "OMN"}), "lapsed")},
    ),
    # the reporter is no side: the story's state completes the instrument
    (
        LEAD + "A deal with Fiji on manganese was signed last year, officials said.",
        {(frozenset({"GHA", "FJI"}), "existing")},
    ),
    # a named other side stays
    (
        LEAD + "A 2019 agreement between Peru and Chile on copper expired last year, a ministry official said.",
        {(frozenset({"PER", "CHL"}), "lapsed")},
    ),
    # an instrument called earlier is background, unless its own verb ends it
    (
        LEAD + "An earlier partnership with Chile expired in 2021, two officials said on Wednesday.",
        {(frozenset({"GHA", "CHL"}), "lapsed")},
    ),
    (LEAD + "An earlier framework with Oman collapsed in 2020.", {(frozenset({"GHA", "OMN"}), "lapsed")}),
    (
        LEAD + "Previous partnerships were signed with Chile and Oman.",
        {(frozenset({"GHA", "CHL"}), "existing"), (frozenset({"GHA", "OMN"}), "existing")},
    ),
    # a company is a side, not a state: no state agreement
    (LEAD + "A supply deal with Glencore expired last year, officials said.", set()),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "rep")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_reported_instrument_clauses(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
