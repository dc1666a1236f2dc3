"""Later endorsers of a listed agreement (branch groups20, news8 04): 'The text was also endorsed by A, B and C' after
the story named the instrument and its members.  A passive subject refers back like an object ('Japan also endorsed
the plan'), and so does a definite noun for the instrument's text ('the text', 'the wording'); the parties are the
members and the newcomers.  Without an additive adverb, with a negation, or with a verb that commits to nothing
('was criticised by'), no one joins.  States vary in origin; agreement names are invented.
"""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

LEADS = [
    ("Canada, France and Japan adopted a Critical Minerals Action Plan on Monday.", "plan", {"CAN", "FRA", "JPN"}),
    ("Peru, Chile and Ghana signed the Lithium Charter in Lima on Tuesday.", "charter", {"PER", "CHL", "GHA"}),
    ("Kenya, Norway and Laos launched a Cobalt Declaration on Friday.", "declaration", {"KEN", "NOR", "LAO"}),
]
NEWCOMERS = [
    ("Australia, India and South Korea", {"AUS", "IND", "KOR"}),
    ("Mongolia and Senegal", {"MNG", "SEN"}),
    ("Uruguay, Vietnam and Estonia", {"URY", "VNM", "EST"}),
]
# (frame, status): the status is the endorsing verb's
FRAMES = [
    ("The {N} was also endorsed by {X}.", "announced"),
    ("The text was also endorsed by {X}, whose leaders joined the outreach sessions, according to an official.",
     "announced"),
    ("The text was also signed by {X} on Wednesday.", "signed"),
    ("The wording was likewise approved by {X}, officials said.", "announced"),
]  # fmt: skip

POSITIVE = [
    (f"{lead} {frame.format(N=noun, X=names)}", {(frozenset({*members, *codes}), status)})
    for (frame, status), (lead, noun, members), (names, codes) in zip(
        FRAMES * 2, itertools.cycle(LEADS), itertools.cycle(NEWCOMERS), strict=False
    )
]

LEAD, _, MEMBERS = LEADS[0]
NEGATIVE = [
    (f"{LEAD} The text was not endorsed by Australia.", {(frozenset(MEMBERS), "announced")}),
    (f"{LEAD} The text was criticised by Australia and India.", {(frozenset(MEMBERS), "announced")}),
    (f"{LEAD} The plan was praised by Australia, officials said.", {(frozenset(MEMBERS), "announced")}),
]

CASES = POSITIVE + NEGATIVE


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "le")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_later_endorsers(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
